/**
 * The QR code of a Chinese invoice scanned on an A4 flatbed and saved as a JPEG without a resolution.
 * The layout reads the page at the resolution its sheet's shape gives (sheetDpi), but the code is
 * searched for as at an unknown resolution (ocr/qr.ts: full size, then rescaled copies): searched at the
 * ~150 dpi a known resolution allows, the third of these scans loses its code (bench/ocr/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImage, sheetDpi } from '../../src/extract/read-image.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import type { ReadContext } from '../../src/extract/context.js';
import { decodeRaster } from '../../src/core/image/raster.js';
// @ts-expect-error: plain ESM helpers shared with the benches
import { scanPage } from '../../fixtures/scan.mjs';

const CN_PDF = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpus', 'cn-pdf');

/** readImage with an engine that reads nothing, the QR code decoded whatever the text. */
async function qrOf(bytes: Uint8Array) {
  const engine = { recognize: async () => ({ text: '', confidence: 0, words: [], lines: [], width: 100, height: 100 }) };
  const ocr = new LazyOcr({ langs: 'chi_sim+eng', engine: 'paddle', dpi: 200, recycleAfter: 50 }, 1, async () => engine);
  const ctx = { templates: [], ocr, qr: 'always', pdfText: undefined as never, maxPages: 10, maxImagePixels: 100_000_000 } as unknown as ReadContext;
  try {
    return (await readImage(bytes, 'scan.jpg', ctx)).qr;
  } finally {
    await ocr.dispose();
  }
}

/** A scan (200 dpi) of an invoice smaller than A4 as a flatbed gives it: the whole A4 bed, white below it. */
async function onA4Bed(scan: Uint8Array): Promise<Uint8Array> {
  const image = await loadImage(Buffer.from(scan));
  const canvas = createCanvas(1654, 2339);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(image, 0, 0);
  return canvas.encode('jpeg', 80);
}

describe('the QR code of a Chinese invoice scanned without a resolution', () => {
  const pdfs = readdirSync(CN_PDF).filter((f) => f.endsWith('.pdf')).sort().slice(0, 3);

  it.each(pdfs)('%s', async (file) => {
    const truth = JSON.parse(readFileSync(path.join(CN_PDF, `${file}.gt.json`), 'utf8')) as { number: string; totalAmount: number };
    const jpeg = await onA4Bed(await scanPage(path.join(CN_PDF, file)));
    const [raster] = await decodeRaster(jpeg, 'scan.jpg', { maxPixels: 100_000_000, maxPages: 1 });
    // The premise: a JPEG that states no resolution, whose shape gives one.
    expect(raster!.dpi ?? 0).toBeLessThan(100);
    expect(sheetDpi(raster!.width, raster!.height)).toBeGreaterThan(150);
    const qr = await qrOf(jpeg);
    expect(qr?.source).toBe('qr');
    expect(qr?.invoice.number).toBe(truth.number);
    expect(qr?.invoice.totalAmount).toBe(truth.totalAmount);
  });
});
