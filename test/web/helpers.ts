/** The web page's tests: Debian's chromium driven by playwright-core against `invoicectl serve`, and what they share. */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../helpers/cli.js';

export const CHROMIUM = '/usr/bin/chromium';
export const SHOTS = path.join(ROOT, 'test-output', 'web');
export const hasChromium = fs.existsSync(CHROMIUM);

export function launch(): Promise<Browser> {
  // Without the built page every wait below (no time limit) would wait for an app that never loads.
  if (!fs.existsSync(path.join(ROOT, 'dist', 'web', 'index.html'))) throw new Error('the web page is not built (dist/web): run npm run build');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A context whose waits have no time limit: what they wait for is real work (OCR, a merge) that a loaded
 * machine may take minutes over; vitest's own test timeout stops a test that hangs.
 */
export async function newContext(browser: Browser, locale: 'zh-CN' | 'en-US', width = 1280): Promise<BrowserContext> {
  const context = await browser.newContext({ locale, viewport: { width, height: 900 }, acceptDownloads: true });
  context.setDefaultTimeout(0);
  return context;
}

/** GET through the page's request context, with no time limit (see newContext). */
export const getByApi = (page: Page, url: string) => page.request.get(url, { timeout: 0 });

/** The stored invoice (envelope's data) of a file uploaded through the API. */
export async function uploadByApi(page: Page, base: string, file: string): Promise<{ id: string; number: string | null; status: string }> {
  const res = await page.request.post(`${base}/api/v1/invoices/upload`, { multipart: { file: { name: path.basename(file), mimeType: 'application/octet-stream', buffer: fs.readFileSync(file) } }, timeout: 0 });
  const body = (await res.json()) as { code: number; data: { id: string; number: string | null; status: string } };
  return body.data;
}

/** Every view at both widths: `name-<lang>-<width>.png`. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const lang = (await page.getAttribute('html', 'lang'))?.startsWith('zh') ? 'zh' : 'en';
  const before = page.viewportSize()!;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(SHOTS, `${name}-${lang}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

/** The document is no wider than the viewport: nothing scrolls sideways. */
export const noSidewaysScroll = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Share of a canvas region's pixels that are ink (opaque and darker than light grey). Region in canvas pixels. */
export const inkIn = (page: Page, selector: string, region?: { x: number; y: number; width: number; height: number }) =>
  page.$eval(
    selector,
    (c, r) => {
      const canvas = c as HTMLCanvasElement;
      const box = r ?? { x: 0, y: 0, width: canvas.width, height: canvas.height };
      const data = canvas.getContext('2d')!.getImageData(Math.round(box.x), Math.round(box.y), Math.max(1, Math.round(box.width)), Math.max(1, Math.round(box.height))).data;
      let ink = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) ink++;
      return ink / (data.length / 4);
    },
    region,
  );

export function fixturePath(name: string): string {
  for (const folder of fs.readdirSync(path.join(ROOT, 'fixtures', 'invoices'))) {
    const candidate = path.join(ROOT, 'fixtures', 'invoices', folder, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`no fixture ${name}`);
}

export const OFD_DIR = path.join(ROOT, '..', 'shared', 'fixtures', 'real', 'ofd');
