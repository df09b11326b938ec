/**
 * Scans → searchable PDF through convert() with OCR (tesseract.js): the words are findable with
 * poppler's pdftotext, the text layer is invisible, pages that already have text are left alone, and
 * OCR chains on to text formats.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { convert, type ConvertRequest } from '../../src/api/convert.js';
import { createDefaultRegistry } from '../../src/convert/matrix.js';
import { tesseractLanguages } from '../../src/convert/ocr-pdf.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { tmpDir } from '../helpers/cli.js';
import { ENGLISH_INVOICE, makeInvoicePdf, renderPng } from '../ocr/helpers.js';
import { pdfPageSizes } from './helpers.js';

const registry = createDefaultRegistry({ ocr: { workers: 1 } });
afterAll(() => registry.dispose());
const run = (request: Omit<ConvertRequest, 'registry'>) => convert({ registry, ...request });
const tmp = tmpDir();

/** pdftotext of one page (or all), as a viewer's search sees the document. */
function pdftotext(pdf: Uint8Array, page?: number): string {
  const file = path.join(tmp, `p${Math.random().toString(36).slice(2)}.pdf`);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), file, '-'], { encoding: 'utf8' });
}

describe('searchable PDF (OCR)', () => {
  let scan: Uint8Array; // a picture of an A4 invoice at 150 dpi, no text
  beforeAll(async () => {
    scan = (await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), 150)).png;
  });

  it('image → PDF with OCR: the page shows the scan, and pdftotext finds its words', async () => {
    const result = await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['en'] } });
    const [file] = result.files;
    expect(file).toMatchObject({ status: 'converted', via: ['ocr'], outputs: [{ name: 'scan.pdf', pages: 1 }] });
    const pdf = file.outputs[0].bytes!;
    const text = pdftotext(pdf);
    expect(text).toContain('INV-2024-0042');
    expect(text).toContain('Acme Corporation');
    expect(text).toMatch(/Total\s+2,076\.00/);
    // Same page as without OCR (A4, the image placed the same way), and the text layer paints nothing.
    const plain = (await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'pdf' })).files[0].outputs[0].bytes!;
    expect(pdftotext(plain).trim()).toBe('');
    expect(await pdfPageSizes(pdf)).toEqual(await pdfPageSizes(plain));
    const [a, b] = await Promise.all([renderPdfPage(pdf, 1, { dpi: 50 }), renderPdfPage(plain, 1, { dpi: 50 })]);
    let differing = 0;
    for (let i = 0; i < a.rgba.length; i += 4) if (Math.abs(a.rgba[i] - b.rgba[i]) > 32) differing++;
    expect(differing).toBe(0);
  });

  it('pages that already have text are left alone (skip-text); scanned pages get a text layer', async () => {
    // Page 1: real text. Page 2: only the scan's picture.
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595.28, 841.89]).drawText('Cover letter, typed: reference ZX-99', { x: 60, y: 780, size: 14, font });
    const image = await doc.embedPng(scan);
    doc.addPage([595.28, 841.89]).drawImage(image, { x: 0, y: 0, width: 595.28, height: 841.89 });
    const mixed = await doc.save();

    const result = await run({ inputs: [{ name: 'mixed.pdf', bytes: mixed }], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['eng'], quality: 'medium' } });
    const pdf = result.files[0].outputs[0].bytes!;
    expect(pdftotext(pdf, 1)).toBe(pdftotext(mixed, 1)); // untouched: no second copy of its words
    expect(pdftotext(pdf, 2)).toContain('INV-2024-0042');
    expect(pdftotext(mixed, 2).trim()).toBe('');
  });

  it('OCR chains on: image → searchable PDF → txt; without OCR, text from pixels is refused', async () => {
    const result = await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'txt', options: { ocrEnabled: true, ocrLanguage: ['eng'], quality: 'medium' } });
    expect(result.files[0].via).toEqual(['ocr', 'pdf-to-text']);
    const text = new TextDecoder().decode(result.files[0].outputs[0].bytes);
    expect(text).toContain('INV-2024-0042');
    expect(text).toContain('Acme Corporation');

    const refused = await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'txt' });
    expect(refused.files[0].error).toMatchObject({ code: 'INVALID_OPTION', message: expect.stringContaining('OCR') });
    const intoPixels = await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'png', options: { ocrEnabled: true } });
    expect(intoPixels.files[0].error?.code).toBe('INVALID_OPTION');
  });

  it('Chinese with the spec’s language codes (zh_CN, en → chi_sim+eng)', async () => {
    const invoice = await makeInvoicePdf([
      { text: '电子发票（普通发票）', size: 20, cjk: true },
      { text: '发票号码：24442000000012345678', cjk: true },
      { text: '价税合计 ¥ 1,280.00', cjk: true },
    ]);
    const png = (await renderPng(invoice, 200)).png;
    const result = await run({ inputs: [{ name: 'fapiao.png', bytes: png }], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['zh_CN', 'en'], quality: 'medium' } });
    const text = pdftotext(result.files[0].outputs[0].bytes!).replace(/\s/g, '');
    expect(text).toContain('发票号码');
    expect(text).toContain('24442000000012345678');
    expect(text).toContain('1,280.00');
  });

  it('languages: spec codes mapped, bad codes refused, missing language data → ENGINE_UNAVAILABLE', async () => {
    expect(tesseractLanguages(['zh_CN', 'en'])).toBe('chi_sim+eng');
    expect(tesseractLanguages(['chi_sim+eng', 'eng'])).toBe('chi_sim+eng');
    expect(tesseractLanguages([])).toBeUndefined();
    expect(() => tesseractLanguages(['../etc'])).toThrow(/not an OCR language/);
    const missing = await run({ inputs: [{ name: 'scan.png', bytes: scan }], to: 'pdf', options: { ocrEnabled: true, ocrLanguage: ['ita'] } });
    expect(missing.files[0].error).toMatchObject({ code: 'ENGINE_UNAVAILABLE', message: expect.stringContaining('@tesseract.js-data/ita') });
  });
});
