/**
 * The real CLI on the bundled fixtures (generated Chinese e-invoices with signature-widget seals) and on
 * ../shared/fixtures/real: sheet count and size, where content lands, selectable text, seal pixels,
 * bad inputs, duplicates, ZIP output.
 */
import fs from 'node:fs';
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { openPdfjs } from '../../src/pdf/pdfjs.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { ROOT, SHARED, runCli, tmpDir } from '../helpers/cli.js';

const INVOICES = path.join(ROOT, 'fixtures', 'invoices');
const DINNER = path.join(INVOICES, '餐饮', 'dinner-haiweixuan.pdf');
const HOTEL = path.join(INVOICES, '住宿', 'hotel-jinjiang-special.pdf');
const expected = (pdf: string) => JSON.parse(fs.readFileSync(pdf.replace(/\.pdf$/, '.expected.json'), 'utf8'));

// A4 portrait, 10 mm margins, 5 mm gap, 2x1: computed here by hand, independently of src/merge/geometry.
const PT = 72 / 25.4;
const A4 = { w: 210 * PT, h: 297 * PT };
const cellW = A4.w - 20 * PT;
const cellH = (A4.h - 20 * PT - 5 * PT) / 2;
const topCellY = A4.h - 10 * PT - cellH;
function placementInTopCell(page: { w: number; h: number }) {
  const s = Math.min(cellW / page.w, cellH / page.h);
  return { s, x: 10 * PT + (cellW - page.w * s) / 2, y: topCellY + (cellH - page.h * s) / 2 };
}

async function pageTexts(pdf: Uint8Array, pageNumber: number) {
  const doc = await openPdfjs(pdf);
  const page = await doc.getPage(pageNumber);
  const content = await page.getTextContent();
  const items = content.items.filter((i): i is typeof i & { str: string; transform: number[] } => 'str' in i);
  await doc.destroy();
  return items.map((i) => ({ str: i.str, x: i.transform[4], y: i.transform[5] }));
}

/** Pixels that are clearly seal-red (the seal is pure red; the invoice frame is brown). */
function redPixelsIn(r: { width: number; height: number; rgba: Uint8ClampedArray }, box: { x0: number; y0: number; x1: number; y1: number }) {
  let count = 0;
  for (let y = Math.max(0, Math.floor(box.y0)); y < Math.min(r.height, Math.ceil(box.y1)); y++) {
    for (let x = Math.max(0, Math.floor(box.x0)); x < Math.min(r.width, Math.ceil(box.x1)); x++) {
      const i = (y * r.width + x) * 4;
      if (r.rgba[i] > 170 && r.rgba[i + 1] < 90 && r.rgba[i + 2] < 90) count++;
    }
  }
  return count;
}

describe('invoicectl merge on real-looking invoices', () => {
  let dir: string;
  let out: string;
  let run: Awaited<ReturnType<typeof runCli>>;
  let pdf: Uint8Array;

  beforeAll(async () => {
    dir = tmpDir();
    out = path.join(dir, 'out.pdf');
    run = await runCli(['merge', DINNER, HOTEL, '-o', out, '--json', '--cache-dir', path.join(dir, 'cache')]);
    pdf = fs.readFileSync(out);
  });

  it('puts two invoices on one A4 portrait sheet and reports where', async () => {
    expect(run.code, run.stderr).toBe(0);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect(width).toBeCloseTo(595.28, 1);
    expect(height).toBeCloseTo(841.89, 1);
    const summary = JSON.parse(run.stdout);
    expect(summary.sheets).toBe(1);
    expect(summary.counts).toEqual({ inputs: 2, placed: 2, duplicates: 0, failed: 0 });
    expect(summary.documents.map((d: { placements: unknown[] }) => d.placements)).toEqual([[{ page: 1, sheet: 1, cell: 1 }], [{ page: 1, sheet: 1, cell: 2 }]]);
  });

  it('keeps the text selectable and puts it where the layout says', async () => {
    const dinner = expected(DINNER);
    const hotel = expected(HOTEL);
    const texts = await pageTexts(pdf, 1);
    const find = (s: string) => texts.find((t) => t.str.replace(/\s/g, '').includes(s));
    const dinnerNumber = find(dinner.number);
    const hotelNumber = find(hotel.number);
    expect(dinnerNumber, 'dinner invoice number is text in the output').toBeDefined();
    expect(hotelNumber, 'hotel invoice number is text in the output').toBeDefined();
    expect(find(dinner.seller.name)).toBeDefined();
    // First invoice in the top cell, second in the bottom one.
    expect(dinnerNumber!.y).toBeGreaterThan(A4.h / 2);
    expect(hotelNumber!.y).toBeLessThan(A4.h / 2);
    // Its position matches the original position scaled into the cell.
    const original = (await pageTexts(fs.readFileSync(DINNER), 1)).find((t) => t.str.replace(/\s/g, '').includes(dinner.number))!;
    const p = placementInTopCell({ w: dinner.pageSizePt[0], h: dinner.pageSizePt[1] });
    expect(dinnerNumber!.x).toBeCloseTo(p.x + original.x * p.s, 0);
    expect(dinnerNumber!.y).toBeCloseTo(p.y + original.y * p.s, 0);
  });

  it('keeps the seal (a signature widget appearance) visible where it was', async () => {
    const dinner = expected(DINNER);
    const [x1, y1, x2, y2] = dinner.seal.rect as number[];
    const p = placementInTopCell({ w: dinner.pageSizePt[0], h: dinner.pageSizePt[1] });
    const dpi = 100;
    const k = dpi / 72;
    const rendered = await renderPdfPage(pdf, 1, { dpi });
    // PDF y grows upwards, pixel rows downwards.
    const box = { x0: (p.x + x1 * p.s) * k, x1: (p.x + x2 * p.s) * k, y0: (A4.h - (p.y + y2 * p.s)) * k, y1: (A4.h - (p.y + y1 * p.s)) * k };
    const inSeal = redPixelsIn(rendered, box);
    const area = (box.x1 - box.x0) * (box.y1 - box.y0);
    expect(inSeal).toBeGreaterThan(area * 0.05);

    // Control: pdf-lib's plain embedPage drops the widget, and then the same count finds nothing.
    const naive = await PDFDocument.create();
    const sheet = naive.addPage([A4.w, A4.h]);
    const [embedded] = await naive.embedPdf(fs.readFileSync(DINNER), [0]);
    sheet.drawPage(embedded, { x: p.x, y: p.y, xScale: p.s, yScale: p.s });
    const naiveRendered = await renderPdfPage(await naive.save(), 1, { dpi });
    expect(redPixelsIn(naiveRendered, box)).toBeLessThan(area * 0.01);
  });
});

describe('invoicectl merge options', () => {
  it('2x2 with labels, page numbers, cut lines and a summary sheet', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'grid.pdf');
    const run = await runCli(['merge', INVOICES, '--layout', '2x2', '--labels', '--page-numbers', '--summary', '--cut-lines', '--no-cache', '-o', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    const pages = summary.documents.reduce((n: number, d: { pages: number }) => n + d.pages, 0);
    const doc = await PDFDocument.load(fs.readFileSync(out));
    expect(doc.getPageCount()).toBe(1 + Math.ceil(pages / 4));
    expect(summary.sheets).toBe(doc.getPageCount());
    const pdf = fs.readFileSync(out);
    const first = (await pageTexts(pdf, 1)).map((t) => t.str).join(' ');
    expect(first).toContain('hotel-jinjiang-special.pdf');
    expect(first).toContain(`1 / ${summary.sheets}`);
    const second = (await pageTexts(pdf, 2)).map((t) => t.str);
    expect(second).toContain(`2 / ${summary.sheets}`);
    // Labels come from the folder names (Chinese categories need the CJK font to survive).
    const labels = new Set(summary.documents.filter((d: { sheet: number }) => d).map((d: { label: string }) => d.label));
    const labelOnSheet2 = second.find((s) => labels.has(s));
    expect(labelOnSheet2, `one of ${[...labels].join(',')} on sheet 2`).toBeDefined();
  });

  it('landscape 1x2 with WxH paper and rotation off', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'l.pdf');
    const run = await runCli(['merge', DINNER, HOTEL, '--layout', '1x2', '--paper', '297x210', '--orientation', 'landscape', '--rotate', 'none', '--margin', '5,10,5,10', '--no-cache', '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    const doc = await PDFDocument.load(fs.readFileSync(out));
    expect(doc.getPage(0).getSize().width).toBeCloseTo(841.89, 1);
    const texts = await pageTexts(fs.readFileSync(out), 1);
    const hotel = texts.find((t) => t.str.includes(expected(HOTEL).number))!;
    const dinner = texts.find((t) => t.str.includes(expected(DINNER).number))!;
    expect(dinner.x).toBeLessThan(841.89 / 2);
    expect(hotel.x).toBeGreaterThan(841.89 / 2);
  });

  it('places a byte-identical invoice once and says so, unless --keep-duplicates', async () => {
    const dir = tmpDir();
    const copy = path.join(dir, 'copy-of-dinner.pdf');
    fs.copyFileSync(DINNER, copy);
    const out = path.join(dir, 'd.pdf');
    const run = await runCli(['merge', DINNER, copy, HOTEL, '-o', out, '--json', '--no-cache']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.counts.duplicates).toBe(1);
    expect(summary.documents[1]).toMatchObject({ status: 'duplicate', duplicateOf: DINNER });
    expect(run.stderr).toContain('duplicate');
    const kept = await runCli(['merge', DINNER, copy, HOTEL, '-o', out, '--json', '--no-cache', '--keep-duplicates']);
    expect(JSON.parse(kept.stdout).counts.placed).toBe(3);
    expect((await PDFDocument.load(fs.readFileSync(out))).getPageCount()).toBe(2);
  });

  it('--output-type zip holds the merged PDF and the originals', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'archive.zip');
    const run = await runCli(['merge', DINNER, HOTEL, '--output-type', 'zip', '--no-cache', '-o', out]);
    expect(run.code, run.stderr).toBe(0);
    const zip = new AdmZip(out);
    const names = zip.getEntries().map((e) => e.entryName);
    expect(names).toContain('merged.pdf');
    const original = names.find((n) => n.endsWith('dinner-haiweixuan.pdf'))!;
    expect(original.startsWith('inputs/')).toBe(true);
    expect(zip.readFile(original)!.equals(fs.readFileSync(DINNER))).toBe(true);
    expect((await PDFDocument.load(zip.readFile('merged.pdf')!)).getPageCount()).toBe(1);
  });

  it('keeps a multi-page invoice together and reads stdin', async () => {
    const twoPages = path.join(INVOICES, '办公用品', 'stationery-wenhai-2pages.pdf');
    const dir = tmpDir();
    const out = path.join(dir, 'k.pdf');
    const run = await runCli(['merge', DINNER, '-', '--keep-together', '--no-cache', '-o', out, '--json'], { input: fs.readFileSync(twoPages) });
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.documents[1].file).toBe('-');
    expect(summary.documents[1].placements).toEqual([{ page: 1, sheet: 2, cell: 1 }, { page: 2, sheet: 2, cell: 2 }]);
  });

  it('merges the real shared fixtures (Factur-X PDFs, an airline itinerary) with their text intact', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'real.pdf');
    const inputs = [path.join(SHARED, 'fixtures/real/cn'), path.join(SHARED, 'fixtures/real/facturx/*.pdf')];
    const run = await runCli(['merge', ...inputs, '--no-cache', '-o', out, '--json']);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.counts.placed).toBe(9);
    const pdf = fs.readFileSync(out);
    const text = (await pageTexts(pdf, 1)).map((t) => t.str).join('');
    expect(text).toContain('9223372036854775807'); // the itinerary's 发票号码
  });
});

describe('invoicectl merge with OFD invoices', () => {
  it('renders OFD pages to vector PDF and places them, text selectable, cached by content', async () => {
    const dir = tmpDir();
    const ofdDir = path.join(SHARED, 'fixtures/real/ofd');
    const ofds = fs.readdirSync(ofdDir).filter((f) => f.endsWith('.ofd')).map((f) => path.join(ofdDir, f));
    const args = ['merge', ...ofds, '-o', path.join(dir, 'ofd.pdf'), '--json', '--cache-dir', path.join(dir, 'cache')];
    const run = await runCli(args);
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary.counts).toEqual({ inputs: 4, placed: 4, duplicates: 0, failed: 0 });
    expect(summary.sheets).toBe(2);
    const pdf = fs.readFileSync(path.join(dir, 'ofd.pdf'));
    const text = [...(await pageTexts(pdf, 1)), ...(await pageTexts(pdf, 2))].map((t) => t.str).join('');
    for (const ofd of ofds) {
      const gt = JSON.parse(fs.readFileSync(ofd.replace(/\.ofd$/, '.gt.json'), 'utf8'));
      const number = gt.ofd_xml_customdata?.['发票号码'] ?? gt.ofd_xml_customdata?.InvoiceNo;
      if (number) expect(text).toContain(number);
    }
    const again = JSON.parse((await runCli(args)).stdout);
    expect(again.documents.map((d: { cache: string }) => d.cache)).toEqual(['HIT', 'HIT', 'HIT', 'HIT']);
  });
});

describe('invoicectl merge with bad inputs', () => {
  it('gives each bad file a clear error code and still merges the rest', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'mixed.pdf');
    const bad = path.join(ROOT, 'fixtures', 'bad');
    const inputs = ['truncated.pdf', 'encrypted.pdf', 'traversal.zip', 'empty.pdf', 'not-a-pdf.pdf', 'bomb.zip', 'huge-image.png'].map((f) => path.join(bad, f));
    const run = await runCli(['merge', DINNER, ...inputs, HOTEL, '--no-cache', '-o', out, '--json']);
    expect(run.code).toBe(1);
    const summary = JSON.parse(run.stdout);
    const codeOf = (suffix: string) => summary.documents.find((d: { file: string }) => d.file.endsWith(suffix))?.error?.code;
    expect(codeOf('truncated.pdf')).toBe('PDF_CORRUPT');
    expect(codeOf('encrypted.pdf')).toBe('PDF_ENCRYPTED');
    expect(codeOf('../../evil.pdf')).toBe('ZIP_UNSAFE_PATH');
    expect(codeOf('empty.pdf')).toBe('FILE_EMPTY');
    expect(codeOf('not-a-pdf.pdf')).toBe('INVALID_FILE_TYPE');
    expect(codeOf('bomb.zip')).toBe('ZIP_TOO_LARGE');
    expect(codeOf('huge-image.png')).toBe('IMAGE_TOO_LARGE');
    // The good invoices (and the good entry of traversal.zip, a copy of the dinner invoice) are all there.
    expect(summary.documents.filter((d: { status: string }) => d.status === 'placed').map((d: { file: string }) => path.basename(d.file))).toEqual(['dinner-haiweixuan.pdf', 'hotel-jinjiang-special.pdf']);
    expect(summary.counts.duplicates).toBe(1);
    const texts = (await pageTexts(fs.readFileSync(out), 1)).map((t) => t.str).join('');
    expect(texts).toContain(expected(HOTEL).number);
    expect(run.stderr).toMatch(/PDF_ENCRYPTED/);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('exits 1 with the errors and writes nothing when no input is usable', async () => {
    const dir = tmpDir();
    const out = path.join(dir, 'none.pdf');
    const run = await runCli(['merge', path.join(ROOT, 'fixtures/bad/empty.pdf'), '--no-cache', '-o', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('NO_USABLE_INPUT');
    expect(run.stderr).toContain('FILE_EMPTY');
    expect(fs.existsSync(out)).toBe(false);

    const empty = path.join(dir, 'empty-folder');
    fs.mkdirSync(empty);
    const none = await runCli(['merge', empty, '--no-cache', '-o', out]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('NO_USABLE_INPUT');
    expect(fs.existsSync(out)).toBe(false);
  });

  it('exits 2 on usage and config errors, naming the bad key', async () => {
    const dir = tmpDir();
    expect((await runCli(['merge', DINNER, '-o', path.join(dir, 'x.pdf'), '--layout', 'two'])).code).toBe(2);
    expect((await runCli(['merge', DINNER])).code).toBe(2);
    fs.writeFileSync(path.join(dir, 'invoicectl.config.json'), JSON.stringify({ merge: { layuot: '2x2' } }));
    const run = await runCli(['merge', DINNER, '-o', path.join(dir, 'x.pdf')], { cwd: dir });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('merge.layuot');
  });

  it('takes defaults from the config file and lets flags override them', async () => {
    const dir = tmpDir();
    fs.writeFileSync(path.join(dir, '.invoicectlrc.json'), JSON.stringify({ merge: { layout: '1x1', paper: 'A5' }, cache: { enabled: false } }));
    const out = path.join(dir, 'c.pdf');
    let run = await runCli(['merge', DINNER, HOTEL, '-o', out, '--json'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout).sheets).toBe(2);
    expect((await PDFDocument.load(fs.readFileSync(out))).getPage(0).getSize().width).toBeCloseTo(148 * PT, 1);
    run = await runCli(['merge', DINNER, HOTEL, '-o', out, '--json', '--layout', '2x1'], { cwd: dir });
    expect(JSON.parse(run.stdout).sheets).toBe(1);
  });
});
