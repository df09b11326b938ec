/**
 * OCR routing in extract: images and image-only PDF pages go through the OCR layer (models and language data from
 * npm), pages with a text layer do not. Inputs are real renderings of invoices whose values we know.
 */
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { PDFDocument } from 'pdf-lib';
import { imagesToPdf } from '../../src/convert/images-to-pdf.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { expectedOf, FIXTURES, read } from './helpers.js';

const INVOICE = path.join(FIXTURES, 'western', 'invoice-en-usd.pdf');
const NOW = new Date('2026-11-21T00:00:00Z');
let png: Uint8Array;

beforeAll(async () => {
  // A 300 dpi "scan" of the invoice: pixels only, no text layer.
  png = new Uint8Array(await (await renderPdfPage(read(INVOICE), 1, { dpi: 300 })).encode('png'));
});

describe('extract with OCR', () => {
  test('a scanned invoice image and the same scan as an image-only PDF read like the original', async () => {
    const e = expectedOf(INVOICE);
    const scannedPdf = await imagesToPdf([{ name: 'scan.png', bytes: png }], { pageSize: 'fit', imageOptions: { dpi: 300 } });
    const { results } = await extract({
      inputs: [{ name: 'scan.png', bytes: png }, { name: 'scan.pdf', bytes: scannedPdf }],
      ocr: { langs: 'eng' },
      concurrency: 2,
      now: NOW,
    });
    for (const r of results) {
      expect(r.status, `${r.file}: ${r.error?.message}`).not.toBe('failed');
      expect(r.source).toBe('ocr');
      expect(r.invoice).toMatchObject({ number: e.number, date: e.date, totalAmount: e.totalAmount, currency: 'USD' });
      expect(r.invoice!.fieldSources!.totalAmount).toBe('ocr');
    }
  });

  test('a PDF with a text layer is not OCR\'d (fields come from the text)', async () => {
    const { results } = await extract({ inputs: [INVOICE], ocr: { langs: 'eng' }, now: NOW });
    expect(results[0].source).toBe('text');
    expect(Object.values(results[0].invoice!.fieldSources!)).not.toContain('ocr');
  });

  test('Chinese receipt and taxi-ticket photos: total and date; the ticket\'s code, number and company (chi_sim + eng)', async () => {
    const meal = path.join(FIXTURES, 'invoices', 'receipts', 'meal.jpg');
    const taxi = path.join(FIXTURES, 'invoices', 'receipts', 'taxi.png');
    const { results } = await extract({ inputs: [meal, taxi], ocr: { langs: 'chi_sim+eng' }, now: NOW });
    const m = expectedOf(meal);
    expect(results[0].invoice).toMatchObject({ totalAmount: m.totalAmount, date: m.date, currency: 'CNY' });
    const t = expectedOf(taxi);
    expect(results[1].invoice).toMatchObject({ type: 'taxi', code: t.code, number: t.number, totalAmount: t.totalAmount, date: t.date, currency: 'CNY' });
    expect(results[1].invoice!.seller.name).toBe(t.seller.name);
  });

  test("a scanner's image-only PDF (one JPEG per page) reads like the original; one whose JPEG data is damaged fails alone", async () => {
    const e = expectedOf(INVOICE);
    const jpeg = new Uint8Array(await (await renderPdfPage(read(INVOICE), 1, { dpi: 200 })).encode('jpeg'));
    const doc = await PDFDocument.create();
    const image = await doc.embedJpg(jpeg);
    const page = doc.addPage([(image.width * 72) / 200, (image.height * 72) / 200]);
    page.drawImage(image, { x: 0, y: 0, width: page.getWidth(), height: page.getHeight() });
    const scan = await doc.save();
    // The same file with the JPEG's entropy-coded data overwritten: its headers still say a whole image.
    const damaged = new Uint8Array(scan);
    const at = Buffer.from(damaged).indexOf(Buffer.from(jpeg.subarray(0, 64)));
    damaged.fill(0x55, at + 2000, at + jpeg.length - 10);
    const { results } = await extract({ inputs: [{ name: 'damaged.pdf', bytes: damaged }, { name: 'scan.pdf', bytes: scan }], ocr: { langs: 'eng' }, now: NOW });
    expect(results[0]).toMatchObject({ file: 'damaged.pdf', status: 'failed', error: { code: 'EXTRACTION_FAILED' } });
    expect(results[1].source).toBe('ocr');
    expect(results[1].invoice).toMatchObject({ number: e.number, date: e.date, totalAmount: e.totalAmount, currency: 'USD' });
  });

  test('an image with no text fails with EXTRACTION_FAILED, not a crash', async () => {
    const { results } = await extract({ inputs: [path.join(FIXTURES, 'bad', 'image-no-text.png')], ocr: { langs: 'eng' }, now: NOW });
    expect(results[0]).toMatchObject({ status: 'failed', error: { code: 'EXTRACTION_FAILED' } });
  });
});
