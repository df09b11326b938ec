import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, StandardFonts, degrees } from 'pdf-lib';
import { addTextLayerToPdf, buildSearchablePdf } from '../../src/ocr/searchable-pdf.js';
import { createOcrPool, type OcrPool } from '../../src/ocr/tesseract/pool.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { ENGLISH_INVOICE, makeInvoicePdf, renderPng } from './helpers.js';

const PT_TO_MM = 25.4 / 72;
const tmp = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-ocr-test-'));

/** Text as poppler's pdftotext extracts it (what search in a viewer finds), optionally one page. */
function pdftotext(pdf: Uint8Array, page?: number): string {
  const file = path.join(tmp, `doc-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...range, '-layout', file, '-'], { encoding: 'utf8' });
}

/**
 * A "scan": a PDF page holding only a picture of the invoice, no text. With `sideways`, the picture is
 * stored turned a quarter left on a landscape page with /Rotate 90, so viewers show it upright (what
 * scanners produce when they fix orientation with /Rotate instead of resampling).
 */
async function imageOnlyPdf(png: Uint8Array, dpi: number, sideways = false): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const image = await doc.embedPng(png);
  const width = (image.width / dpi) * 72, height = (image.height / dpi) * 72;
  if (sideways) {
    const page = doc.addPage([height, width]);
    page.drawImage(image, { x: height, y: 0, width, height, rotate: degrees(90) });
    page.setRotation(degrees(90));
  } else {
    doc.addPage([width, height]).drawImage(image, { x: 0, y: 0, width, height });
  }
  return doc.save();
}

describe('searchable PDF', () => {
  let eng: OcrPool;
  let chi: OcrPool;
  beforeAll(() => {
    eng = createOcrPool({ langs: 'eng', concurrency: 1 });
    chi = createOcrPool({ langs: 'chi_sim+eng', concurrency: 1 });
  });
  afterAll(async () => {
    await Promise.all([eng.dispose(), chi.dispose()]);
    rmSync(tmp, { recursive: true, force: true });
  });

  test('buildSearchablePdf: the picture plus invisible words that pdftotext finds', async () => {
    const { png, dpi, width, height } = await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), 150);
    const ocr = await eng.recognize(png, { dpi });
    const pdf = await buildSearchablePdf([{ image: png, ocr, dpi }]);

    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const size = doc.getPage(0).getSize();
    expect(size.width).toBeCloseTo((width / dpi) * 72, 3);
    expect(size.height).toBeCloseTo((height / dpi) * 72, 3);

    const text = pdftotext(pdf);
    expect(text).toContain('INV-2024-0042');
    expect(text).toContain('Acme Corporation');
    expect(text).toMatch(/Total\s+2,076\.00/);

    // Invisible: rendering the searchable PDF gives the same picture (text mode 3 paints nothing).
    const rendered = await renderPdfPage(pdf, 1, { dpi });
    const original = await renderPdfPage(await makeInvoicePdf(ENGLISH_INVOICE), 1, { dpi });
    let differing = 0;
    for (let i = 0; i < rendered.rgba.length; i += 4) if (Math.abs(rendered.rgba[i]! - original.rgba[i]!) > 64) differing++;
    expect(differing / (rendered.width * rendered.height)).toBeLessThan(0.001);
  });

  test('CJK words use an embedded CJK font and come back from pdftotext unspaced', async () => {
    const { png, dpi } = await renderPng(await makeInvoicePdf([
      { text: 'Invoice No: INV-2024-0042' },
      { text: '电子发票（普通发票）', cjk: true, size: 18 },
      { text: '价税合计 2076.00', cjk: true },
    ]), 200);
    const ocr = await chi.recognize(png, { dpi });
    const jpeg = new Uint8Array(await (await renderPdfPage(await makeInvoicePdf([{ text: 'Page two 42.00' }]), 1, { dpi: 100 })).encode('jpeg'));
    const second = await eng.recognize(jpeg, { dpi: 100 });
    const pdf = await buildSearchablePdf([{ image: png, ocr, dpi }, { image: jpeg, ocr: second, dpi: 100 }]);

    const page1 = pdftotext(pdf, 1);
    expect(page1).toContain('电子发票');
    expect(page1).toContain('价税合计');
    expect(page1).toContain('INV-2024-0042');
    expect(pdftotext(pdf, 2)).toContain('42.00');
    const fonts = execFileSync('pdffonts', [writeTmp(pdf)], { encoding: 'utf8' });
    // The project's CJK font (src/pdf/fonts.ts), embedded as a CID font.
    expect(fonts).toMatch(/CID [^\n]*Identity-H\s+yes/);
    expect(fonts).toMatch(/Helvetica/);
  });

  test('addTextLayerToPdf: OCRs image-only pages, leaves pages with text alone', async () => {
    const dpi = 150;
    const { png } = await renderPng(await makeInvoicePdf(ENGLISH_INVOICE), dpi);
    // Page 1: a scan. Page 2: a born-digital page. Page 3: a scan stored rotated (/Rotate 90).
    const merged = await PDFDocument.create();
    const font = await merged.embedFont(StandardFonts.Helvetica);
    const [scan] = await merged.copyPages(await PDFDocument.load(await imageOnlyPdf(png, dpi)), [0]);
    merged.addPage(scan!);
    merged.addPage([595, 842]).drawText('Born digital page 2 text', { x: 60, y: 700, size: 14, font });
    const { png: sideways } = await renderPng(await makeInvoicePdf([{ text: 'Receipt No: RCP-555-19' }, { text: 'Amount due 88.40' }]), dpi);
    const [rotated] = await merged.copyPages(await PDFDocument.load(await imageOnlyPdf(sideways, dpi, true)), [0]);
    merged.addPage(rotated!);
    const input = await merged.save();

    const asked: number[] = [];
    const { pdf, pagesWithTextAdded, pagesSkipped } = await addTextLayerToPdf(input, async (pageIndex) => {
      asked.push(pageIndex);
      // OCR the page as pdf.js renders it, which is the frame addTextLayerToPdf maps boxes onto.
      const page = await renderPdfPage(input, pageIndex + 1, { dpi });
      return eng.recognize(new Uint8Array(await page.encode('png')), { dpi });
    });
    expect(asked).toEqual([0, 2]);
    expect(pagesWithTextAdded).toEqual([0, 2]);
    expect(pagesSkipped).toEqual([1]);

    expect(pdftotext(pdf, 1)).toContain('INV-2024-0042');
    expect(pdftotext(pdf, 1)).toMatch(/Total\s+2,076\.00/);
    const page2 = pdftotext(pdf, 2);
    expect(page2.match(/Born digital page 2 text/g)).toHaveLength(1);
    const page3 = pdftotext(pdf, 3);
    expect(page3).toContain('RCP-555-19');
    expect(page3).toContain('88.40');

    // The invisible words sit over their pictures: pdf.js (which applies /Rotate) finds the receipt
    // number where it was drawn on the upright page: first line, x = 60pt, baseline 780pt from the bottom.
    const [, , rotatedText] = await pdfPageText(pdf);
    const receipt = rotatedText!.items.find((i) => i.text.includes('RCP-555-19'));
    expect(receipt).toBeDefined();
    expect(Math.abs(receipt!.x - 60 * PT_TO_MM)).toBeLessThan(1.5);
    expect(Math.abs(receipt!.y + receipt!.height - (841.89 - 780) * PT_TO_MM)).toBeLessThan(1.5);

    // Running it again changes nothing: every page now has text.
    const again = await addTextLayerToPdf(pdf, () => { throw new Error('must not be asked'); });
    expect(again.pagesSkipped).toEqual([0, 1, 2]);
    expect(again.pagesWithTextAdded).toEqual([]);
  });

  test('a corrupt PDF is PDF_CORRUPT', async () => {
    await expect(addTextLayerToPdf(new TextEncoder().encode('%PDF-1.7 garbage'), new Map())).rejects.toMatchObject({ code: 'PDF_CORRUPT' });
  });
});

function writeTmp(pdf: Uint8Array): string {
  const file = path.join(tmp, `fonts-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return file;
}
