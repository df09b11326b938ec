/**
 * The web page end to end in a real browser (Debian's chromium, driven by playwright-core) against
 * `invoicectl serve` on loopback: upload the bundled invoices (one over 5 MB in chunks, its upload cut
 * off and resumed), find them in the list with their numbers and totals, open a detail view, preview a
 * 2x2 landscape layout on canvas, create the merge task and check the downloaded PDF. Screenshots of each
 * view at 1280 px and 390 px go to test-output/screenshots/ (not committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument } from 'pdf-lib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../convert/helpers.js';
import { ROOT, tmpDir } from '../helpers/cli.js';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { invoiceFixtures } from '../server/processor-fixtures.js';

const SHOTS = path.join(ROOT, 'test-output', 'screenshots');
const CHROMIUM = '/usr/bin/chromium';

/** Share of a canvas's pixels that are not white: a drawn sheet has ink. */
const inkOf = (page: Page, selector: string) =>
  page.$eval(selector, (c) => {
    const canvas = c as HTMLCanvasElement;
    const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
    let ink = 0;
    // Opaque and darker than light grey (an undrawn canvas is transparent black: not ink).
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] + data[i + 1] + data[i + 2] < 600) ink++;
    return ink / (data.length / 4);
  });

describe.skipIf(!fs.existsSync(CHROMIUM))('the web page in chromium', () => {
  let server: ServeProcess;
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  const fixtures = invoiceFixtures();
  const shot = async (name: string) => {
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
    }
    await page.setViewportSize({ width: 1280, height: 900 });
  };

  beforeAll(async () => {
    fs.mkdirSync(SHOTS, { recursive: true });
    server = await startServe();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    page = await context.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('uploads files (a large one in chunks, cut off and resumed) and lists them with their numbers and totals', async () => {
    await page.goto(server.url);
    await expect(page.locator('header h1').textContent()).resolves.toBe('发票工具');
    await shot('upload');

    // A 6 MB copy of an invoice: three 2 MB chunks; the second is cut off once.
    const dir = tmpDir('invoicectl-web-');
    const big = fixtures[0];
    const bigFile = path.join(dir, `big-${big.name}`);
    fs.writeFileSync(bigFile, Buffer.concat([Buffer.from(big.bytes), Buffer.from(`\n%${' '.repeat(6 * 1024 * 1024)}\n`)]));
    const chunkPosts: string[] = [];
    let cut = false;
    await page.route('**/api/v1/invoices/upload-chunk', async (route) => {
      if (route.request().method() !== 'POST') return route.continue();
      const index = /name="chunkIndex"\r\n\r\n(\d+)/.exec(route.request().postDataBuffer()?.toString('latin1') ?? '')?.[1] ?? '?';
      chunkPosts.push(index);
      if (index === '1' && !cut) {
        cut = true;
        return route.abort('connectionreset');
      }
      return route.continue();
    });
    const files = [bigFile, ...fixtures.slice(1).map((f) => fixturePath(f.name))];
    await page.setInputFiles('input[data-files]', files);
    await page.locator('tr[data-state="failed"]').waitFor({ timeout: 60_000 });
    await page.locator('tr[data-state="uploading"], tr[data-state="waiting"]').first().waitFor({ state: 'detached', timeout: 60_000 });
    await page.click('button[data-resume]');
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-state="done"]').length === n, files.length, { timeout: 60_000 });
    // Every chunk once the first time (chunk 1 cut off), then only chunk 1 on resuming.
    const chunks = Math.ceil(fs.statSync(bigFile).size / (2 * 1024 * 1024));
    expect([...chunkPosts].sort()).toEqual([...Array.from({ length: chunks }, (_, i) => String(i)), '1'].sort());

    // A ZIP is opened in the page: its invoice is uploaded, its note is reported as unsupported.
    const zip = new AdmZip();
    zip.addFile('发票/extra.pdf', Buffer.concat([Buffer.from(fixtures[1].bytes), Buffer.from('\n% from a zip\n')]));
    zip.addFile('发票/readme.txt', Buffer.from('not an invoice'));
    fs.writeFileSync(path.join(dir, 'batch.zip'), zip.toBuffer());
    await page.setInputFiles('input[data-files]', path.join(dir, 'batch.zip'));
    await page.waitForFunction((n) => document.querySelectorAll('tbody tr[data-state]').length === n + 2 && !document.querySelector('tr[data-state="waiting"], tr[data-state="uploading"]'), files.length, { timeout: 60_000 });
    const states = await page.$$eval('tr[data-state]', (trs) => trs.map((tr) => `${tr.getAttribute('data-state')} ${tr.textContent}`));
    expect(states.filter((r) => r.startsWith('done'))).toHaveLength(files.length + 1);
    const failed = states.filter((r) => r.startsWith('failed'));
    expect(failed).toHaveLength(1);
    expect(failed[0]).toContain('readme.txt');

    await page.click('button[data-view="invoices"]');
    await page.locator('tr[data-invoice]').first().waitFor();
    const rows = await page.$$eval('tr[data-invoice]', (trs) => trs.map((tr) => ({ number: tr.querySelector('a')!.textContent!.trim(), total: tr.querySelector('[data-total]')!.textContent!.trim() })));
    for (const f of fixtures) expect(rows).toContainEqual({ number: f.expected.number, total: f.expected.totalAmount.toFixed(2) });
    // Everything uploaded was read this month (the ZIP's copy of an invoice included).
    expect(Number(await page.textContent('[data-stat="processed"]'))).toBe(rows.length);
    expect(rows.length).toBe(fixtures.length + 1);
    // The extracted data as CSV (Excel-friendly: UTF-8 with a byte-order mark).
    const csv = Buffer.from(await (await page.request.get(`${server.url}${await page.getAttribute('a[data-export="csv"]', 'href')}`)).body());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const f of fixtures) expect(csv.toString('utf8')).toContain(f.expected.number);
    await shot('invoices');

    // Search by the seller's name narrows the list.
    const hotel = fixtures.find((f) => f.name.startsWith('hotel'))!;
    await page.fill('input[data-search]', hotel.expected.seller.name.slice(2, 6));
    await page.waitForFunction((n) => [...document.querySelectorAll('tr[data-invoice] a')].map((a) => a.textContent!.trim()).join() === n, hotel.expected.number);
    await page.fill('input[data-search]', '');
    await page.waitForFunction((n) => document.querySelectorAll('tr[data-invoice]').length >= n, fixtures.length);
  });

  it('shows a detail view: the page drawn beside the extracted fields and checks', async () => {
    const hotel = fixtures.find((f) => f.name.startsWith('hotel'))!;
    await page.click(`tr[data-invoice] a:text-is("${hotel.expected.number}")`);
    await page.locator('[data-number]').waitFor();
    expect(await page.textContent('[data-field="total"]')).toBe(hotel.expected.totalAmount.toFixed(2));
    expect(await page.textContent('[data-field="seller"]')).toBe(hotel.expected.seller.name);
    expect(await page.textContent('[data-source="number"]')).toBe('text');
    await page.locator('canvas[data-page][data-rendered]').waitFor({ timeout: 30_000 });
    expect(await inkOf(page, 'canvas[data-page]')).toBeGreaterThan(0.01);
    expect(await page.locator('[data-checks] li').count()).toBeGreaterThan(0);
    await shot('detail');
    await page.click('button[data-back]');
  });

  it('previews a 2x2 landscape layout and downloads the same layout as a PDF', async () => {
    const chosen = fixtures.filter((f) => !f.name.includes('2pages')).slice(0, 4);
    for (const f of chosen) await page.check(`tr[data-invoice]:has(a:text-is("${f.expected.number}")) input[type=checkbox]`);
    await page.click('button[data-view="layout"]');
    // 2x1 portrait first: four invoices make two sheets, flipped one at a time.
    await page.waitForFunction(() => document.querySelector('[data-sheets]')?.textContent === '2');
    expect(await page.textContent('[data-sheet-number]')).toBe('1 / 2');
    await page.click('button[data-next-sheet]');
    await page.waitForFunction(() => document.querySelector('[data-sheet-number]')?.textContent === '2 / 2');
    await page.click('button[data-prev-sheet]');
    await page.fill('input[data-rows]', '2');
    await page.fill('input[data-cols]', '2');
    await page.selectOption('select[data-orientation]', 'landscape');
    await page.waitForFunction(() => document.querySelector('[data-sheets]')?.textContent === '1' && document.querySelectorAll('canvas[data-sheet]').length === 1);
    await page.waitForFunction(() => {
      const c = document.querySelector('canvas[data-sheet]') as HTMLCanvasElement;
      return c.width > c.height && c.width > 300;
    });
    await page.waitForTimeout(500);
    expect(await inkOf(page, 'canvas[data-sheet]')).toBeGreaterThan(0.02);
    await shot('layout');

    // The selection kept as a draft is offered in the draft list.
    await page.fill('input[data-draft-name]', '11月报销单');
    await page.click('button[data-save-draft]');
    await page.waitForFunction(() => [...document.querySelectorAll('select[data-drafts] option')].some((o) => o.textContent!.startsWith('11月报销单 (4)')));

    await page.click('button[data-create="pdf"]');
    const link = page.locator('a[data-download]');
    await link.waitFor({ timeout: 60_000 });
    const res = await page.request.get(`${server.url}${await link.getAttribute('href')}`);
    const pdf = new Uint8Array(await res.body());
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeGreaterThan(height);
    const text = pdfText(pdf).replace(/\s+/g, '');
    for (const f of chosen) expect(text).toContain(f.expected.number);
    expect(external).toEqual([]);
  });
});

function fixturePath(name: string): string {
  for (const folder of fs.readdirSync(path.join(ROOT, 'fixtures', 'invoices'))) {
    const candidate = path.join(ROOT, 'fixtures', 'invoices', folder, name);
    if (fs.existsSync(candidate)) return candidate;
  }
  throw new Error(`no fixture ${name}`);
}
