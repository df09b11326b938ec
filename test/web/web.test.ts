/**
 * The web page end to end in Debian's chromium against `invoicectl serve`: the dashboard first; upload
 * with per-file states and reasons in the page language (a chunked file cut off and retried, a truncated
 * PDF, a file over the limit refused before sending, a ZIP with a note); the list with badges, a
 * duplicate linked to its original, select all and bulk approve; a field corrected in the detail (stored,
 * source manual, checks re-run); the CSV export opened by LibreOffice and the .xlsx export read back;
 * English remembered over a reload; every view at 390 px without sideways scrolling. Screenshots of
 * every view at 1280 and 390 px in both languages go to test-output/web/.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpDir } from '../helpers/cli.js';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { invoiceFixtures } from '../server/processor-fixtures.js';
import { OFD_DIR, fixturePath, getByApi, hasChromium, inkIn, launch, newContext, noSidewaysScroll, shot } from './helpers.js';

/** The cells of a sheet of an .xlsx as text, by reference (A1, B2…): inline strings, shared strings, values. */
function xlsxCells(bytes: Buffer): Map<string, string> {
  const zip = new AdmZip(bytes);
  const shared = [...(zip.readAsText('xl/sharedStrings.xml') || '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => [...m[1].matchAll(/<t[^>]*>([^<]*)<\/t>/g)].map((t) => t[1]).join(''));
  const sheet = zip.readAsText('xl/worksheets/sheet1.xml');
  const cells = new Map<string, string>();
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const [, ref, attrs, inner = ''] = m;
    const type = /t="(\w+)"/.exec(attrs)?.[1];
    const v = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
    const inline = /<t[^>]*>([^<]*)<\/t>/.exec(inner)?.[1];
    cells.set(ref, unescape(type === 's' ? shared[Number(v)] : type === 'inlineStr' ? (inline ?? '') : (v ?? '')));
  }
  return cells;
}
const column = (cells: Map<string, string>, header: string): string[] => {
  const col = [...cells].find(([ref, v]) => /^[A-Z]+1$/.test(ref) && v === header)?.[0].replace('1', '');
  if (!col) throw new Error(`no column ${header}`);
  return [...cells].filter(([ref]) => new RegExp(`^${col}\\d+$`).test(ref) && ref !== `${col}1`).map(([, v]) => v);
};

describe.skipIf(!hasChromium)('the web page in chromium', () => {
  let server: ServeProcess;
  let browser: Browser;
  let page: Page;
  const external: string[] = [];
  const fixtures = invoiceFixtures();
  const dir = tmpDir('invoicectl-web-');
  const ofd = path.join(OFD_DIR, 'ofdrw__zhejiang_vat_normal_1.ofd');
  const ofdTruth = JSON.parse(fs.readFileSync(path.join(OFD_DIR, 'ofdrw__zhejiang_vat_normal_1.gt.json'), 'utf8')).ofd_xml_customdata as Record<string, string>;

  beforeAll(async () => {
    server = await startServe();
    browser = await launch();
    page = await (await newContext(browser, 'zh-CN')).newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !/^(data|blob):/.test(r.url())) external.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('opens on the dashboard, in the browser language, with a title and <html lang>', async () => {
    await page.goto(server.url);
    await expect(page.textContent('main h2')).resolves.toBe('概览');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.title()).toContain('发票');
    // The month's figures come from a request of their own, after the heading is drawn: wait for them.
    await page.locator('main').getByText('本月还没有发票').waitFor();
    expect(await page.textContent('main')).toContain('本月还没有发票');
    await shot(page, 'dashboard-empty');
  });

  it('uploads with a state and a reason per file: chunks cut off and retried, a truncated PDF, a file over the limit, a ZIP', async () => {
    await page.click('a[data-view="upload"]');
    expect(page.url()).toMatch(/#\/upload$/);
    expect(await page.textContent('[data-limits]')).toContain('10 MB');
    await shot(page, 'upload-empty');

    // A 6 MB copy of an invoice (three 2 MB chunks; the second cut off once), a truncated PDF, 11 MB refused in the page.
    const big = fixtures[0];
    const bigFile = path.join(dir, `big-${big.name}`);
    fs.writeFileSync(bigFile, Buffer.concat([Buffer.from(big.bytes), Buffer.from(`\n%${' '.repeat(6 * 1024 * 1024)}\n`)]));
    const truncated = path.join(dir, 'truncated.pdf');
    fs.writeFileSync(truncated, Buffer.from(fixtures[1].bytes).subarray(0, 900));
    const huge = path.join(dir, 'huge.pdf');
    fs.writeFileSync(huge, Buffer.concat([Buffer.from(fixtures[2].bytes), Buffer.alloc(11 * 1024 * 1024, 32)]));
    const chunkPosts: string[] = [];
    const uploads: string[] = [];
    let cut = false;
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/invoices/upload')) uploads.push(/filename="([^"]+)"/.exec(r.postDataBuffer()?.toString('latin1') ?? '')?.[1] ?? '?');
    });
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
    // The 6 MB copy can only finish after its retry, so the original bytes are stored first: the copy is the duplicate.
    const files = [bigFile, ...fixtures.map((f) => fixturePath(f.name)), ofd, truncated, huge];
    await page.setInputFiles('input[data-files]', files);
    const finished = (n: number) => page.waitForFunction((count) => document.querySelectorAll('li[data-state]').length === count && !document.querySelector('li[data-state="waiting"], li[data-state="sending"], li[data-state="reading"]'), n);
    await finished(files.length);
    // The cut-off upload failed with a reason that offers a retry; the truncated PDF and the huge file did not.
    const failed = await page.$$eval('li[data-state="failed"]', (lis) => lis.map((li) => ({ name: li.querySelector('.upload-name')!.textContent, reason: li.querySelector('[data-reason]')?.textContent?.trim(), retry: !!li.querySelector('[data-resume]') })));
    expect(failed).toContainEqual({ name: path.basename(bigFile), reason: '网络中断，可以重试', retry: true });
    expect(failed).toContainEqual({ name: 'truncated.pdf', reason: expect.stringContaining('PDF 文件已损坏或不完整'), retry: false });
    expect(failed).toContainEqual({ name: 'huge.pdf', reason: '文件超过 10 MB，无法上传', retry: false });
    expect(failed.map((f) => f.reason).join()).not.toMatch(/OCR|PDF_CORRUPT/);
    expect(uploads).not.toContain('huge.pdf');
    await shot(page, 'upload-states');
    // Opened again (a reload, another tab) before the retry: the page offers to pick the unfinished file again.
    const again = await page.context().newPage();
    await again.goto(`${server.url}/#/upload`);
    expect(await again.textContent('[data-resume-offer]')).toContain(path.basename(bigFile));
    await again.close();

    await page.click('li[data-state="failed"] button[data-resume]');
    await page.waitForFunction(() => !document.querySelector('li[data-state="sending"], li[data-state="reading"]') && !document.querySelector('li[data-state="failed"] [data-resume]'), undefined);
    const chunks = Math.ceil(fs.statSync(bigFile).size / (2 * 1024 * 1024));
    // Every chunk once, then only the cut one again.
    expect([...chunkPosts].sort()).toEqual([...Array.from({ length: chunks }, (_, i) => String(i)), '1'].sort());
    // The 6 MB copy is the same invoice as the first fixture: a duplicate, said so.
    expect(await page.getAttribute(`li:has(.upload-name:text-is("${path.basename(bigFile)}"))`, 'data-state')).toBe('duplicate');
    // The overall bar counts bytes: everything sent but the two refused or unreadable files.
    expect(Number(await page.getAttribute('[data-overall]', 'aria-valuenow'))).toBeGreaterThan(90);

    // A ZIP: its invoice is uploaded, its note refused with the reason.
    const zip = new AdmZip();
    zip.addFile('发票/extra.pdf', Buffer.concat([Buffer.from(fixtures[1].bytes), Buffer.from('\n% from a zip\n')]));
    zip.addFile('发票/readme.txt', Buffer.from('not an invoice'));
    fs.writeFileSync(path.join(dir, 'batch.zip'), zip.toBuffer());
    await page.setInputFiles('input[data-files]', path.join(dir, 'batch.zip'));
    await finished(files.length + 2);
    expect(await page.textContent('li:has(.upload-name:text-is("readme.txt")) [data-reason]')).toContain('不支持的文件类型');
  });

  it('lists invoices with type, currency and badges; a duplicate links to its original; the dashboard counts each invoice once', async () => {
    await page.click('a[data-view="invoices"]');
    await page.locator('tr[data-invoice]').first().waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-badge]').length > 0);
    const rows = await page.$$eval('tr[data-invoice]', (trs) => trs.map((tr) => ({ number: tr.querySelector('a[data-open]')!.textContent!.trim(), amount: tr.querySelector('[data-total]')!.getAttribute('data-amount'), badge: tr.querySelector('[data-badge], [data-duplicate]')!.textContent!.trim(), duplicate: tr.querySelector('a[data-duplicate]')?.getAttribute('href') ?? null })));
    for (const f of fixtures) expect(rows).toContainEqual(expect.objectContaining({ number: f.expected.number, amount: f.expected.totalAmount.toFixed(2) }));
    expect(rows.find((r) => r.number === 'truncated.pdf')?.badge).toBe('失败');
    // The first invoice twice (its bytes and the 6 MB copy): one of the two is marked, linking to the other.
    const copies = rows.filter((r) => r.number === fixtures[0].expected.number);
    expect(copies).toHaveLength(2);
    expect(copies.filter((r) => r.duplicate)).toHaveLength(1);
    const dup = copies.find((r) => r.duplicate)!;
    await page.click(`a[data-duplicate][href="${dup.duplicate}"]`);
    await page.locator('[data-number]').waitFor();
    expect(page.url()).toContain(dup.duplicate!);
    await page.goBack();
    await page.locator('tr[data-invoice]').first().waitFor();
    await shot(page, 'invoices');

    await page.click('a[data-view="dashboard"]');
    await page.locator('[data-stat="count"]').waitFor();
    const invoicesUploaded = rows.length; // the truncated PDF included, the refused files not
    expect(Number(await page.textContent('[data-stat="duplicates"]'))).toBe(2); // the 6 MB copy and the ZIP's copy
    expect(Number(await page.textContent('[data-stat="count"]'))).toBe(invoicesUploaded - 2);
    expect(Number(await page.textContent('[data-stat="failed"]'))).toBe(1);
    expect(await page.textContent('[data-card="totals"]')).toMatch(/¥[\d,]+\.\d\d/);
    await shot(page, 'dashboard');
  });

  it('corrects a field in the detail: stored, source manual, the checks run again; Esc closes; approve', async () => {
    const hotel = fixtures.find((f) => f.name.startsWith('hotel'))!;
    await page.goto(`${server.url}/#/invoices`);
    await page.click(`tr[data-invoice] a[data-open]:text-is("${hotel.expected.number}")`);
    await page.locator('canvas[data-page][data-rendered]').first().waitFor();
    expect(await inkIn(page, 'canvas[data-page]')).toBeGreaterThan(0.01);
    const id = decodeURIComponent(page.url().split('/').pop()!);
    expect(await page.textContent('[data-field="seller.name"]')).toBe(hotel.expected.seller.name);
    expect(await page.locator('[data-check="totals_consistent"]').textContent()).toContain('金额加税额等于价税合计');
    await page.click('button[data-zoom-in]');
    await shot(page, 'detail');

    // A wrong total: stored as typed, by hand, and the arithmetic check now fails, in a sentence.
    await page.click('button[data-edit="totalAmount"]');
    await page.fill('input[data-edit-input="totalAmount"]', '99999');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-source="totalAmount"]')?.textContent === '人工');
    expect(await page.locator('[data-check="totals_consistent"]').textContent()).toMatch(/金额加税额不等于价税合计（.*99999\.00）/);
    let stored = (await (await getByApi(page, `${server.url}/api/v1/invoices/${id}/review`)).json()).data;
    expect(stored.totalAmount).toBe(99999);
    expect(stored.invoice.fieldSources.totalAmount).toBe('manual');
    expect(stored.status).toBe('reviewing');
    // Back to the right figure: the checks pass again.
    await page.click('button[data-edit="totalAmount"]');
    await page.fill('input[data-edit-input="totalAmount"]', hotel.expected.totalAmount.toFixed(2));
    await page.click('button[data-save]');
    await page.waitForFunction(() => document.querySelector('[data-check="totals_consistent"]')?.classList.contains('ok'));
    stored = (await (await getByApi(page, `${server.url}/api/v1/invoices/${id}/review`)).json()).data;
    expect(stored.status).toBe('verified');
    // A date taken away: the list's badge names the field to check.
    await page.click('button[data-edit="date"]');
    await page.fill('input[data-edit-input="date"]', '');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-check="required_fields"]')?.textContent?.includes('开票日期'));
    await page.click('a[data-back]');
    await page.waitForFunction((n) => document.querySelector(`tr[data-invoice="${n}"] [data-badge]`)?.textContent === '需核对：开票日期', id);
    await page.goBack();
    await page.click('button[data-edit="date"]');
    await page.fill('input[data-edit-input="date"]', hotel.expected.date);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-check="required_fields"]')?.classList.contains('ok'));

    // Esc closes the detail, the focus back on the invoice's row; Back returns to it.
    await page.keyboard.press('Escape');
    await page.waitForURL(/#\/invoices$/);
    await page.waitForFunction((n) => document.activeElement?.closest('tr')?.getAttribute('data-invoice') === n, id);
    await page.goBack();
    await page.locator('[data-number]').waitFor();
    expect(page.url()).toContain(id);
  });

  it('selects all and approves in bulk; exports CSV that LibreOffice keeps as text, and .xlsx', async () => {
    // Everything on the page approved at once; the unreadable one cannot be, and the page says so.
    await page.goto(`${server.url}/#/invoices`);
    await page.locator('tr[data-invoice]').first().waitFor();
    await page.check('[data-select-all]');
    const count = await page.locator('tr[data-invoice]').count();
    expect(await page.textContent('[data-selected-count]')).toContain(String(count));
    await page.click('[data-bulk="approve"]');
    await page.waitForFunction((n) => document.querySelector('[role="status"]')?.textContent === `${n - 1} 张已处理 · 1 张未能处理`, count);
    await page.evaluate(() => sessionStorage.removeItem('invoicectl.selected'));
    await page.goto(`${server.url}/#/invoices`);
    await page.reload();
    await page.locator('tr[data-invoice]').first().waitFor();

    const csvUrl = await page.getAttribute('a[data-export="csv"]', 'href');
    expect(csvUrl).toContain('lang=zh');
    const csv = Buffer.from(await (await getByApi(page, `${server.url}${csvUrl}`)).body());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csvFile = path.join(dir, 'invoices.csv');
    fs.writeFileSync(csvFile, csv);
    // LibreOffice's import with its default column types (UTF-8 named: headless it would take the system's
    // 8-bit charset, which a user picks in the import dialog), then the workbook read back.
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--infilter=CSV:44,34,76', '--convert-to', 'xlsx', '--outdir', dir, csvFile], { stdio: 'ignore' });
    for (const cells of [xlsxCells(fs.readFileSync(path.join(dir, 'invoices.xlsx'))), xlsxCells(Buffer.from(await (await getByApi(page, `${server.url}${await page.getAttribute('a[data-export="xlsx"]', 'href')}`)).body()))]) {
      const numbers = column(cells, '发票号码');
      for (const f of fixtures) expect(numbers).toContain(f.expected.number);
      expect(numbers).toContain('00917355');
      expect(numbers.some((n) => /^\d{20}$/.test(n))).toBe(true);
      expect(column(cells, '发票代码')).toContain(ofdTruth['发票代码']);
      expect(column(cells, '状态')).toContain('已人工确认');
      expect(column(cells, '状态')).toContain('读取失败');
      expect(column(cells, '重复于').filter(Boolean)).toHaveLength(2);
      expect(column(cells, '重复于')).toContainEqual(expect.stringContaining(fixtures[0].expected.number));
    }
  });

  it('switches to English, remembered over a reload; every view fits 390 px; screenshots of every view in both languages', async () => {
    const views = ['dashboard', 'upload', 'invoices', 'layout'];
    for (const lang of ['zh', 'en'] as const) {
      if (lang === 'en') {
        await page.click('button[data-lang]');
        await page.reload();
        expect(await page.getAttribute('html', 'lang')).toBe('en');
        expect(await page.textContent('a[data-view="invoices"]')).toContain('Invoices');
      }
      const first = await page.locator('tr[data-invoice]').count().then(async () => ((await (await getByApi(page, `${server.url}/api/v1/invoices?pageSize=2`)).json()).data.data as { id: string }[]));
      await page.evaluate((ids) => sessionStorage.setItem('invoicectl.selected', JSON.stringify(ids)), first.map((r) => r.id));
      for (const view of [...views, `invoices/${first[0].id}`]) {
        await page.goto(`${server.url}/#/${view}`);
        await page.reload();
        await page.locator('main h2').first().waitFor();
        if (view === 'layout') await page.locator('canvas[data-sheet][data-drawn]').waitFor();
        if (view.includes('/')) await page.locator('canvas[data-page][data-rendered]').first().waitFor();
        await page.setViewportSize({ width: 390, height: 800 });
        await page.waitForTimeout(200);
        expect(await noSidewaysScroll(page), `${view} at 390 px in ${lang}`).toBe(true);
        await page.setViewportSize({ width: 1280, height: 900 });
        await shot(page, `view-${view.replace(/\/.*/, '-detail')}`);
      }
    }
    expect(external).toEqual([]);
  });
});
