/**
 * The page for keyboard and screen-reader users, and in dark mode: a warning before leaving with an
 * upload unfinished; a skip link, every view reachable
 * with Tab and Enter, an invoice ticked with Space; dark colours when the system asks for them
 * (screenshots of every view to test-output/web/*-dark-*.png); and axe-core run in the page on every
 * view with no serious or critical violation (axe-core is a devDependency).
 */
import { createRequire } from 'node:module';
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { fixturePath, hasChromium, launch, shot, uploadByApi } from './helpers.js';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

describe.skipIf(!hasChromium)('the page by keyboard, in dark mode, and under axe-core', () => {
  let server: ServeProcess;
  let browser: Browser;
  let page: Page;
  let id: string;
  const views = () => ['dashboard', 'upload', 'invoices', `invoices/${id}`, 'layout'];

  beforeAll(async () => {
    server = await startServe();
    browser = await launch();
    page = await (await browser.newContext({ locale: 'zh-CN', colorScheme: 'dark', viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(server.url);
    id = (await uploadByApi(page, server.url, fixturePath('hotel-jinjiang-special.pdf'))).id;
    await uploadByApi(page, server.url, fixturePath('dinner-haiweixuan.pdf'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** Presses Tab until the focused element matches `selector` (at most 40 times). */
  const tabTo = async (selector: string) => {
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    }
    throw new Error(`Tab never reached ${selector}`);
  };

  it('works by keyboard: skip link, views by Tab and Enter, an invoice ticked with Space, Esc closes the detail', async () => {
    await page.goto(`${server.url}/#/dashboard`);
    await page.reload();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip');
    await tabTo('a[data-view="invoices"]');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#\/invoices$/);
    await page.locator('tr[data-invoice]').first().waitFor();
    await tabTo(`tr[data-invoice="${id}"] input[type=checkbox]`);
    await page.keyboard.press('Space');
    await page.waitForFunction(() => document.querySelector('[data-selected-count]')?.textContent?.includes('1'));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`#/invoices/${id}$`));
    await page.locator('[data-number]').waitFor();
    await page.keyboard.press('Escape');
    await page.waitForURL(/#\/invoices$/);
  });

  it('warns before leaving while a file is still uploading', async () => {
    const held = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    // An upload that cannot end: the server never answers it.
    await held.route('**/api/v1/invoices/upload', () => {});
    await held.goto(`${server.url}/#/upload`);
    await held.click('h2'); // a page the user has not touched may leave without asking
    await held.setInputFiles('input[data-files]', fixturePath('coffee-douxiang-shudian.pdf'));
    await held.locator('li[data-state="sending"], li[data-state="reading"]').waitFor();
    const asked = new Promise<string>((resolve) => held.once('dialog', (d) => {
      resolve(d.type());
      void d.dismiss();
    }));
    await held.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });

  it('follows the system into dark mode on every view', async () => {
    for (const view of views()) {
      await page.goto(`${server.url}/#/${view}`);
      await page.reload();
      await page.locator('main h2').first().waitFor();
      if (view === 'layout') await page.locator('canvas[data-sheet][data-drawn]').waitFor();
      const [r, g, b] = (await page.evaluate(() => getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number))) as number[];
      expect(r + g + b, view).toBeLessThan(150);
      await shot(page, `dark-${view.replace(/\/.*/, '-detail')}`);
    }
  });

  it('has no serious or critical axe-core violation on any view, in either language', async () => {
    const axe = fs.readFileSync(axePath, 'utf8');
    for (const lang of ['zh', 'en']) {
      await page.evaluate((l) => localStorage.setItem('invoicectl.lang', l), lang);
      for (const view of views()) {
        await page.goto(`${server.url}/#/${view}`);
        await page.reload();
        await page.locator('main h2').first().waitFor();
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe.run();
          return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
        expect(violations, `${view} in ${lang}`).toEqual([]);
      }
    }
  });
});
