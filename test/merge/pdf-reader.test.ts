/**
 * PDFs that stress merge's lean reader (src/pdf/lazy-pdf.ts) and its raw object copier: object streams
 * and xref streams, an incremental update, a page inheriting MediaBox and Resources from the page tree,
 * a rotated page, resources shared by two pages. Each is generated here with pdf-lib, and checked three
 * ways: the lean reader (not pdf-lib's full parse) read it; the merged sheet shows the right text in the
 * right place; and it renders the same as the same file read through pdf-lib's full parse (the fallback,
 * reached by breaking the file's startxref).
 */
import fs from 'node:fs';
import path from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber, PDFRef, StandardFonts, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { openPdfjs } from '../../src/pdf/pdfjs.js';
import { openPdfPages } from '../../src/pdf/lazy-pdf.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { tmpDir } from '../helpers/cli.js';

const PT = 72 / 25.4;
const A4 = { w: 210 * PT, h: 297 * PT };

async function onePage(text: string, size: [number, number], options: { objectStreams: boolean; red?: boolean }) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage(size);
  page.drawText(text, { x: 20, y: size[1] - 40, size: 18, font });
  if (options.red) page.drawRectangle({ x: size[0] - 60, y: 10, width: 50, height: 30, color: rgb(1, 0, 0) });
  return { doc, bytes: await doc.save({ useObjectStreams: options.objectStreams }) };
}

/** The same file with its startxref pointing nowhere: only pdf-lib's full parse (which scans) reads it. */
function withBrokenStartxref(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString('latin1');
  const at = text.lastIndexOf('startxref');
  return Buffer.from(text.slice(0, at) + text.slice(at).replace(/startxref\s+\d+/, 'startxref\n7'), 'latin1');
}

/** Merges one PDF onto a 1x1 A4 sheet (10 mm margins): the sheet's bytes. */
async function mergeOne(bytes: Uint8Array, name = 'in.pdf'): Promise<Uint8Array> {
  const file = path.join(tmpDir(), name);
  fs.writeFileSync(file, bytes);
  const result = await merge({ inputs: [file], layout: '1x1', paper: 'A4', orientation: 'portrait', margin: 10, rotate: 'none', cache: null });
  expect(result.counts).toMatchObject({ placed: 1, failed: 0 });
  return result.output!;
}

async function texts(pdf: Uint8Array, pageNumber = 1) {
  const doc = await openPdfjs(pdf);
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  const view = page.view;
  await doc.destroy();
  const items = content.items.filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i && i.str.trim() !== '');
  return { view, items: items.map((i) => ({ str: i.str, t: i.transform })) };
}

/** Share of pixels that differ by more than a little between two renderings of the same size. */
async function pixelDifference(a: Uint8Array, b: Uint8Array): Promise<number> {
  const [ra, rb] = [await renderPdfPage(a, 1, { dpi: 40 }), await renderPdfPage(b, 1, { dpi: 40 })];
  expect([ra.width, ra.height]).toEqual([rb.width, rb.height]);
  let differing = 0;
  for (let i = 0; i < ra.rgba.length; i += 4) {
    if (Math.abs(ra.rgba[i] - rb.rgba[i]) + Math.abs(ra.rgba[i + 1] - rb.rgba[i + 1]) + Math.abs(ra.rgba[i + 2] - rb.rgba[i + 2]) > 60) differing++;
  }
  return differing / (ra.width * ra.height);
}

/** The lean reader reads it (no fallback), and the merge matches the fallback's to the pixel. */
async function expectLeanAndSameAsFallback(bytes: Uint8Array): Promise<Uint8Array> {
  expect((await openPdfPages(bytes, 'in.pdf')).raw, 'read by the lean reader').toBeDefined();
  expect((await openPdfPages(withBrokenStartxref(bytes), 'in.pdf')).raw, 'read by pdf-lib').toBeUndefined();
  const lean = await mergeOne(bytes);
  const full = await mergeOne(withBrokenStartxref(bytes));
  expect(await pixelDifference(lean, full)).toBeLessThan(0.001);
  return lean;
}

/** Where a point of the source page lands on the sheet: fitted into the 190x277 mm cell, centred. */
function landing(page: { w: number; h: number }, x: number, y: number) {
  const cell = { x: 10 * PT, y: 10 * PT, w: A4.w - 20 * PT, h: A4.h - 20 * PT };
  const s = Math.min(cell.w / page.w, cell.h / page.h);
  return { x: cell.x + (cell.w - page.w * s) / 2 + x * s, y: cell.y + (cell.h - page.h * s) / 2 + y * s, s };
}

describe('merge reads only what a page needs, from any well-formed PDF', () => {
  it('object streams and an xref stream: text where the layout puts it', async () => {
    const { bytes } = await onePage('Object streams', [400, 300], { objectStreams: true });
    expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/Type\s*\/ObjStm/);
    const out = await expectLeanAndSameAsFallback(bytes);
    const { view, items } = await texts(out);
    expect(view.map(Math.round)).toEqual([0, 0, Math.round(A4.w), Math.round(A4.h)]);
    const item = items.find((i) => i.str === 'Object streams')!;
    const want = landing({ w: 400, h: 300 }, 20, 260);
    expect(item.t[4]).toBeCloseTo(want.x, 0);
    expect(item.t[5]).toBeCloseTo(want.y, 0);
    expect(item.t[0]).toBeCloseTo(18 * want.s, 1);
  });

  it('an incremental update: the newest revision of the page is placed', async () => {
    const { doc, bytes } = await onePage('Old revision', [400, 300], { objectStreams: false });
    // Append a revision by hand: a new content stream, the page object again pointing at it, an xref
    // section for both, and a trailer whose /Prev names the first xref table.
    const page = doc.getPages()[0];
    const text = Buffer.from(bytes).toString('latin1');
    const prev = Number(/startxref\s+(\d+)/.exec(text.slice(text.lastIndexOf('startxref')))![1]);
    const size = doc.context.largestObjectNumber + 1;
    const fontName = page.node.Resources()!.lookup(PDFName.of('Font'), PDFDict).keys()[0].decodeText();
    const content = `BT /${fontName} 18 Tf 20 260 Td (New revision) Tj ET`;
    const pageDict = page.node.toString().replace(/\/Contents\s+(\d+ \d+ R|\[[^\]]*\])/, `/Contents ${size} 0 R`);
    const parts: string[] = [];
    const offsets: number[] = [];
    let at = bytes.length;
    const add = (s: string) => {
      parts.push(s);
      at += Buffer.byteLength(s, 'latin1');
    };
    add('\n');
    offsets.push(at);
    add(`${size} 0 obj\n<< /Length ${content.length} >>\nstream\n${content}\nendstream\nendobj\n`);
    offsets.push(at);
    add(`${page.ref.objectNumber} 0 obj\n${pageDict}\nendobj\n`);
    const xrefAt = at;
    const entry = (o: number) => `${String(o).padStart(10, '0')} 00000 n \n`;
    add(`xref\n${page.ref.objectNumber} 1\n${entry(offsets[1])}${size} 1\n${entry(offsets[0])}`);
    add(`trailer\n<< /Size ${size + 1} /Root ${doc.context.trailerInfo.Root!.toString()} /Prev ${prev} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
    const updated = Buffer.concat([Buffer.from(bytes), Buffer.from(parts.join(''), 'latin1')]);

    const out = await expectLeanAndSameAsFallback(updated);
    const strs = (await texts(out)).items.map((i) => i.str);
    expect(strs).toContain('New revision');
    expect(strs).not.toContain('Old revision');
  });

  it('a page inheriting MediaBox and Resources from the page tree', async () => {
    const { doc } = await onePage('Inherited', [300, 500], { objectStreams: true });
    const page = doc.getPages()[0];
    const tree = doc.catalog.Pages();
    tree.set(PDFName.of('MediaBox'), page.node.get(PDFName.of('MediaBox'))!);
    tree.set(PDFName.of('Resources'), page.node.get(PDFName.of('Resources'))!);
    page.node.delete(PDFName.of('MediaBox'));
    page.node.delete(PDFName.of('Resources'));
    const bytes = await doc.save({ useObjectStreams: true });
    const [read] = (await openPdfPages(bytes, 'in.pdf')).pages;
    expect(read.node.get(PDFName.of('MediaBox'))).toBeUndefined();
    expect(read.node.MediaBox().asRectangle()).toMatchObject({ width: 300, height: 500 });

    const out = await expectLeanAndSameAsFallback(bytes);
    const item = (await texts(out)).items.find((i) => i.str === 'Inherited')!;
    const want = landing({ w: 300, h: 500 }, 20, 460);
    expect(item.t[4]).toBeCloseTo(want.x, 0);
    expect(item.t[5]).toBeCloseTo(want.y, 0);
  });

  it('a rotated page is placed upright, as displayed', async () => {
    const { doc } = await onePage('Turned', [500, 300], { objectStreams: false, red: true });
    doc.getPages()[0].node.set(PDFName.of('Rotate'), PDFNumber.of(90));
    const bytes = await doc.save({ useObjectStreams: false });
    const out = await expectLeanAndSameAsFallback(bytes);
    // Displayed, the page is 300 wide and 500 tall; its text runs downwards (turned 90° clockwise).
    const item = (await texts(out)).items.find((i) => i.str === 'Turned')!;
    const s = landing({ w: 300, h: 500 }, 0, 0).s;
    expect(item.t[0]).toBeCloseTo(0, 3);
    expect(item.t[1]).toBeCloseTo(-18 * s, 1);
    // Content point (x, y) of a page turned clockwise shows at (y, W - x) of the displayed page.
    const want = landing({ w: 300, h: 500 }, 260, 500 - 20);
    expect(item.t[4]).toBeCloseTo(want.x, 0);
    expect(item.t[5]).toBeCloseTo(want.y, 0);
  });

  it('resources shared by two pages are copied once', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Courier);
    const first = doc.addPage([400, 300]);
    first.drawText('Page one', { x: 20, y: 260, size: 18, font });
    const second = doc.addPage([400, 300]);
    second.drawText('Page two', { x: 20, y: 260, size: 18, font });
    // One indirect Resources dictionary for both pages, naming the font under both pages' keys.
    const resources = first.node.Resources()!;
    const fonts = resources.lookup(PDFName.of('Font'), PDFDict);
    for (const [key, value] of second.node.Resources()!.lookup(PDFName.of('Font'), PDFDict).entries()) fonts.set(key, value);
    const shared = doc.context.register(resources);
    first.node.set(PDFName.of('Resources'), shared);
    second.node.set(PDFName.of('Resources'), shared);
    const bytes = await doc.save({ useObjectStreams: true });
    expect((await openPdfPages(bytes, 'in.pdf')).pages.map((p) => p.node.get(PDFName.of('Resources')))).toEqual([shared, shared]);
    expect(shared).toBeInstanceOf(PDFRef);

    const out = await mergeOne(bytes);
    expect((await texts(out, 1)).items.map((i) => i.str)).toContain('Page one');
    expect((await texts(out, 2)).items.map((i) => i.str)).toContain('Page two');
    expect(Buffer.from(out).toString('latin1').match(/\/BaseFont\s*\/Courier\b/g)).toHaveLength(1);
  });

  it('an object the xref table misplaces: the page is placed through pdf-lib\'s full parse instead', async () => {
    const { doc, bytes } = await onePage('Misplaced font', [400, 300], { objectStreams: false });
    const fontRef = doc.getPages()[0].node.Resources()!.lookup(PDFName.of('Font'), PDFDict).values()[0] as PDFRef;
    const text = Buffer.from(bytes).toString('latin1');
    // Point the font's xref entry at the catalog: the page tree still reads, the font only fails when copied.
    const xref = text.lastIndexOf('\nxref');
    const entryAt = text.indexOf('\n', text.indexOf('\n', xref + 1) + 1) + 1 + 20 * fontRef.objectNumber;
    const catalogOffset = text.slice(entryAt - 20 * fontRef.objectNumber + 20 * doc.context.trailerInfo.Root!.objectNumber).slice(0, 10);
    const broken = text.slice(0, entryAt) + catalogOffset + text.slice(entryAt + 10);
    expect(broken.length).toBe(text.length);
    const brokenBytes = Buffer.from(broken, 'latin1');
    expect((await openPdfPages(brokenBytes, 'in.pdf')).raw, 'the lean reader opens it').toBeDefined();

    const out = await mergeOne(brokenBytes);
    expect((await texts(out)).items.map((i) => i.str)).toContain('Misplaced font');
    expect(await pixelDifference(out, await mergeOne(bytes))).toBeLessThan(0.001);
  });
});
