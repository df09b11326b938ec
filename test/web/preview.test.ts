/**
 * The layout preview is the PDF: for 2x1, 2x2 and 3x2 over a selection with a two-page invoice and an
 * OFD, each sheet's cells as the page draws them (which invoice page in which cell, ink where a page is,
 * none where the cell is empty) equal the merged PDF's, read from the PDF's own drawing operators (where
 * each placed page's centre lands). The OFD's page is drawn in the detail view too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFArray, PDFNumber, PDFRawStream, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServe, type ServeProcess } from '../server/helpers.js';
import { OFD_DIR, fixturePath, getByApi, hasChromium, inkIn, launch, newContext, shot, uploadByApi } from './helpers.js';

type Box = { x: number; y: number; width: number; height: number };
type Cells = ([string, number] | null)[];

const numbersOf = (a: PDFArray | undefined) => (a ? a.asArray().map((n) => (n as PDFNumber).asNumber()) : undefined);
const apply = (m: number[], [x, y]: [number, number]): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** Per cell of a merged sheet: the placed page there (`P<doc>_<page>` names the merge gives them, mapped to ids), from the content stream's `cm … Do`. */
function sheetCells(doc: PDFDocument, page: PDFPage, cells: Box[], ids: string[]): Cells {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r) as PDFRawStream) : [contents as unknown as PDFRawStream];
  const ops = streams.map((s) => Buffer.from(decodePDFRawStream(s).decode()).toString('latin1')).join('\n');
  const xobjects = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const out: Cells = cells.map(() => null);
  for (const m of ops.matchAll(/([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s+([-\d.e]+)\s+cm\s+\/P(\d+)_(\d+)\s+Do/g)) {
    const cm = m.slice(1, 7).map(Number);
    const xobject = xobjects.lookup(PDFName.of(`P${m[7]}_${m[8]}`)) as PDFRawStream;
    const isImage = xobject.dict.get(PDFName.of('Subtype'))?.toString() === '/Image';
    const bbox = isImage ? [0, 0, 1, 1] : numbersOf(xobject.dict.lookup(PDFName.of('BBox'), PDFArray))!;
    const matrix = numbersOf(xobject.dict.lookup(PDFName.of('Matrix')) as PDFArray | undefined) ?? [1, 0, 0, 1, 0, 0];
    const [x, y] = apply(cm, apply(matrix, [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2]));
    const cell = cells.findIndex((c) => x >= c.x && x <= c.x + c.width && y >= c.y && y <= c.y + c.height);
    expect(cell, `P${m[7]}_${m[8]} at ${x},${y} is in no cell`).toBeGreaterThanOrEqual(0);
    out[cell] = [ids[Number(m[7])], Number(m[8]) + 1];
  }
  return out;
}

describe.skipIf(!hasChromium)('the layout preview is the merged PDF', () => {
  let server: ServeProcess;
  let browser: Browser;
  let page: Page;
  let ofdId: string;
  let selection: string[];

  beforeAll(async () => {
    server = await startServe();
    browser = await launch();
    page = await (await newContext(browser, 'zh-CN')).newPage();
    await page.goto(server.url);
    const files = [
      fixturePath('monitor-shumagang.pdf'),
      path.join(OFD_DIR, 'ofdrw__zhejiang_vat_normal_1.ofd'),
      fixturePath('coffee-douxiang-shudian.pdf'),
      fixturePath('stationery-wenhai-2pages.pdf'),
      fixturePath('dinner-haiweixuan.pdf'),
      fixturePath('hotel-jinjiang-special.pdf'),
      fixturePath('taxi.png'),
    ];
    const stored = [];
    for (const f of files) stored.push(await uploadByApi(page, server.url, f));
    selection = stored.map((s) => s.id);
    ofdId = stored[1].id;
    expect(stored.every((s) => s.status !== 'failed')).toBe(true);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('draws an OFD page in the detail view', async () => {
    await page.goto(`${server.url}/#/invoices/${ofdId}`);
    await page.locator('canvas[data-page][data-rendered]').first().waitFor();
    expect(await inkIn(page, 'canvas[data-page]')).toBeGreaterThan(0.01);
    // The fields read from the OFD, as its ground truth has them (the code keeps its leading zero).
    const truth = JSON.parse(fs.readFileSync(path.join(OFD_DIR, 'ofdrw__zhejiang_vat_normal_1.gt.json'), 'utf8')).ofd_xml_customdata;
    expect(await page.textContent('[data-field="code"]')).toBe(truth['发票代码']);
    expect(await page.textContent('[data-field="number"]')).toBe(truth['发票号码']);
    await shot(page, 'detail-ofd');
  });

  for (const [rows, cols] of [[2, 1], [2, 2], [3, 2]] as const) {
    it(`${rows}x${cols}: each sheet's cells in the preview are the merged PDF's`, async () => {
      // The selection in print order, ticked in the list.
      await page.goto(`${server.url}/#/invoices`);
      await page.evaluate(() => sessionStorage.removeItem('invoicectl.selected'));
      await page.reload();
      for (const id of selection) await page.check(`tr[data-invoice="${id}"] input[type=checkbox]`);
      await page.click('[data-bulk="layout"]');
      await page.fill('input[data-rows]', String(rows));
      await page.fill('input[data-cols]', String(cols));
      await page.locator('input[data-cols]').dispatchEvent('change');
      const pages = selection.length + 1; // the stationery invoice has two pages
      // The preview of this grid drawn: as many sheets as the page says.
      await page.waitForFunction((n) => JSON.parse(document.querySelector('canvas[data-drawn]')?.getAttribute('data-cell-boxes') ?? '[]').length === n, rows * cols);
      const sheets = Number(await page.textContent('[data-sheets]'));

      const preview: Cells[] = [];
      for (let s = 0; s < sheets; s++) {
        await page.locator(`canvas[data-sheet="${s + 1}"][data-drawn]`).waitFor();
        const canvas = page.locator('canvas[data-sheet]');
        const cells = JSON.parse((await canvas.getAttribute('data-cells'))!) as Cells;
        const boxes = JSON.parse((await canvas.getAttribute('data-cell-boxes'))!) as Box[];
        const size = JSON.parse((await canvas.getAttribute('data-sheet-size'))!) as { width: number; height: number };
        const scale = (await canvas.evaluate((c) => (c as HTMLCanvasElement).width)) / size.width;
        // Ink where a page is drawn, none in an empty cell (a little inside the cell, away from the gap).
        for (const [i, box] of boxes.entries()) {
          const region = { x: (box.x + 6) * scale, y: (size.height - box.y - box.height + 6) * scale, width: (box.width - 12) * scale, height: (box.height - 12) * scale };
          const ink = await inkIn(page, 'canvas[data-sheet]', region);
          if (cells[i]) expect(ink, `sheet ${s + 1} cell ${i + 1}`).toBeGreaterThan(0.005);
          else expect(ink, `sheet ${s + 1} cell ${i + 1}`).toBe(0);
        }
        preview.push(cells);
        if (s === 0) await shot(page, `layout-${rows}x${cols}`);
        if (s < sheets - 1) await page.click('button[data-next-sheet]');
      }

      await page.click('button[data-create="pdf"]');
      const link = page.locator('a[data-download]');
      await link.waitFor();
      const pdf = await PDFDocument.load(await (await getByApi(page, `${server.url}${await link.getAttribute('href')}`)).body());
      const boxes = JSON.parse((await page.locator('canvas[data-sheet]').getAttribute('data-cell-boxes'))!) as Box[];
      const merged = pdf.getPages().map((p) => sheetCells(pdf, p, boxes, selection));
      expect(preview).toEqual(merged);
      expect(pdf.getPageCount()).toBe(sheets);
      // Every page of every invoice is somewhere, once.
      expect(merged.flat().filter(Boolean)).toHaveLength(pages);
      // Changing an option makes the PDF stale: the link goes.
      await page.fill('input[data-rows]', String(rows === 2 ? 3 : 2));
      await link.waitFor({ state: 'detached' });
    });
  }

  it('reorders and removes in the selection, the preview following; rows beyond 6 are brought back to 6', async () => {
    await page.fill('input[data-rows]', '2');
    await page.fill('input[data-cols]', '1');
    await page.locator('input[data-cols]').dispatchEvent('change');
    const firstCells = async () => {
      await page.locator('canvas[data-sheet="1"][data-drawn]').waitFor();
      return JSON.parse((await page.locator('canvas[data-sheet]').getAttribute('data-cells'))!) as Cells;
    };
    while ((await page.textContent('[data-sheet-number]'))!.trim().split(' / ')[0] !== '1') await page.click('button[data-prev-sheet]');
    expect((await firstCells()).map((c) => c?.[0])).toEqual([selection[0], selection[1]]);
    await page.click(`li[data-selected-invoice="${selection[0]}"] button:has-text("↓")`);
    await page.waitForFunction((id) => JSON.parse(document.querySelector('canvas[data-sheet]')!.getAttribute('data-cells')!)[0]?.[0] === id, selection[1]);
    expect((await firstCells()).map((c) => c?.[0])).toEqual([selection[1], selection[0]]);
    await page.click(`li[data-selected-invoice="${selection[1]}"] button[data-remove]`);
    // The list and the sheet settle together once the new plan is drawn.
    await page.waitForFunction(
      ([id, n]) => JSON.parse(document.querySelector('canvas[data-sheet]')!.getAttribute('data-cells')!)[0]?.[0] === id && document.querySelectorAll('li[data-selected-invoice]').length === n,
      [selection[0], selection.length - 1] as const,
    );
    expect(await page.locator(`li[data-selected-invoice="${selection[1]}"]`).count()).toBe(0);
    await page.fill('input[data-rows]', '9');
    await page.locator('input[data-rows]').dispatchEvent('change');
    await page.waitForFunction(() => (document.querySelector('input[data-rows]') as HTMLInputElement).value === '6');
  });
});

