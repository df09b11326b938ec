/**
 * A phone photo inside a PDF (a phone's "scan to PDF", a mail's photos made a PDF, a photographed
 * multi-page invoice) is read as the same photo as an image file: its paper cut from the desk and drawn
 * flat before OCR. A scanner's page in a PDF is handed to the engine as before: its JPEG's bytes, at the
 * PDF page's resolution, with the skew the photo test measured (the engine's own measure of it).
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../src/extract/read-image.js';
import { readPdf } from '../../src/extract/read-pdf.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import type { ReadContext } from '../../src/extract/context.js';
import { pdfTextAndAttachments } from '../../src/pdf/text.js';
import type { RecognizeOptions } from '../../src/ocr/tesseract/pool.js';
// @ts-expect-error: plain ESM helpers shared with the benches
import { imagePdf, scanPage } from '../../fixtures/scan.mjs';
// @ts-expect-error: plain ESM helpers shared with the benches
import { phonePhoto, photoVariants } from '../../bench/accuracy/phone-photo.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const GERMAN = path.join(ROOT, 'fixtures', 'western', 'rechnung-de-eur.pdf');
const CHINESE = path.join(ROOT, 'fixtures', 'invoices', '餐饮', 'dinner-haiweixuan.pdf');

type Call = { image: Uint8Array; options: RecognizeOptions };

/** Reads a PDF or an image file with an engine that records what it was handed and reads nothing. */
async function handed(bytes: Uint8Array, kind: 'pdf' | 'jpg'): Promise<Call[]> {
  const calls: Call[] = [];
  const engine = {
    recognize: async (image: Uint8Array, options: RecognizeOptions = {}) => {
      calls.push({ image, options });
      return { text: '', confidence: 0, words: [], lines: [], width: 100, height: 100 };
    },
  };
  const ocr = new LazyOcr({ langs: 'chi_sim+eng', engine: 'paddle', dpi: 200, recycleAfter: 50 }, 1, async () => engine);
  const ctx = { templates: [], ocr, qr: 'never', pdfText: pdfTextAndAttachments, maxPages: 10, maxImagePixels: 100_000_000 } as unknown as ReadContext;
  await (kind === 'pdf' ? readPdf(bytes, ctx) : readImage(bytes, 'photo.jpg', ctx));
  await ocr.dispose();
  return calls;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('a photo inside a PDF', () => {
  it('is flattened as the same photo in an image file is, page by page', async () => {
    // Two of the photo variants on a desk (upright or upside down, sideways with perspective).
    const [upright, sideways] = photoVariants(37);
    const photos: Uint8Array[] = [];
    for (const variant of [upright, sideways]) photos.push((await phonePhoto(CHINESE, variant, { dpi: 150 })).jpeg);
    const inPdf = await handed(await imagePdf(photos, 150), 'pdf');
    expect(inPdf).toHaveLength(2);
    for (const [i, photo] of photos.entries()) {
      const [asFile] = await handed(photo, 'jpg');
      // The PDF's page JPEG is the photo's bytes: OCR is handed the flattened paper instead, as for the file.
      expect(same(inPdf[i]!.image, photo), `page ${i + 1}`).toBe(false);
      expect(same(inPdf[i]!.image, asFile!.image), `page ${i + 1}`).toBe(true);
      expect(inPdf[i]!.options.skew).toBeUndefined();
      // Read at its sheet's resolution, as the file: the PDF page's 150 dpi is the photo's, not the paper's.
      expect(inPdf[i]!.options.dpi).toBe(asFile!.options.dpi);
    }
  });
});

describe('a scanner\'s page inside a PDF', () => {
  it('is handed to the engine as before: its JPEG, the PDF page\'s resolution, and its skew', async () => {
    for (const skew of [1.8, -0.6]) {
      const jpeg: Uint8Array = await scanPage(GERMAN, { skew });
      const [call] = await handed(await imagePdf(jpeg, 200), 'pdf');
      expect(same(call!.image, jpeg), `${skew}°`).toBe(true);
      expect(call!.options.dpi).toBeCloseTo(200, 3);
      expect(Math.abs(call!.options.skew! - skew), `${skew}°`).toBeLessThan(0.2);
    }
  });
});
