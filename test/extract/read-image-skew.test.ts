/**
 * An image file's skew is measured once, with the photo checks, and handed to the OCR engine with the
 * image (RecognizeOptions.skew); a photo cut from its desk is a new image, which the engine measures.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage } from '../../src/extract/read-image.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import type { ReadContext } from '../../src/extract/context.js';
import type { RecognizeOptions } from '../../src/ocr/tesseract/pool.js';
// @ts-expect-error: plain ESM helpers shared with the benches
import { scanPage } from '../../fixtures/scan.mjs';
// @ts-expect-error: plain ESM helpers shared with the benches
import { phonePhoto, photoVariants } from '../../bench/accuracy/phone-photo.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const GERMAN = path.join(ROOT, 'fixtures', 'western', 'rechnung-de-eur.pdf');
const CHINESE = path.join(ROOT, 'fixtures', 'invoices', '餐饮', 'dinner-haiweixuan.pdf');

/** readImage with an engine that records what it was handed and reads nothing. */
async function handed(bytes: Uint8Array, name: string) {
  const calls: { image: Uint8Array; options: RecognizeOptions }[] = [];
  const engine = {
    recognize: async (image: Uint8Array, options: RecognizeOptions = {}) => {
      calls.push({ image, options });
      return { text: '', confidence: 0, words: [], lines: [], width: 100, height: 100 };
    },
  };
  const ocr = new LazyOcr({ langs: 'chi_sim+eng', engine: 'paddle', dpi: 200, recycleAfter: 50 }, 1, async () => engine);
  const ctx = { templates: [], ocr, qr: 'never', pdfText: undefined as never, maxPages: 10, maxImagePixels: 100_000_000 } as unknown as ReadContext;
  await readImage(bytes, name, ctx);
  await ocr.dispose();
  return calls;
}

describe('an image file\'s skew, measured once', () => {
  it('hands the engine a skewed scan as it is, with its skew', async () => {
    for (const skew of [2.4, -1.6, 0.8]) {
      const jpeg: Uint8Array = await scanPage(GERMAN, { skew });
      const [call] = await handed(jpeg, 'scan.jpg');
      expect(Buffer.from(call!.image).equals(Buffer.from(jpeg))).toBe(true);
      expect(Math.abs(call!.options.skew! - skew), `${skew}°`).toBeLessThan(0.2);
    }
  });

  it('hands no skew with a photo cut from its desk: the engine measures the flattened page', async () => {
    const [variant] = photoVariants(21);
    const { jpeg } = await phonePhoto(CHINESE, { ...variant, turn: 0 }, { dpi: 150 });
    const [call] = await handed(jpeg, 'photo.jpg');
    expect(Buffer.from(call!.image).equals(Buffer.from(jpeg))).toBe(false);
    expect(call!.options.skew).toBeUndefined();
  });
});
