/**
 * A scan that does not say its resolution (a JPEG written without one) is read at the resolution its
 * sheet's shape gives, so the page keeps its size in mm and the layout rules (the address window, the
 * letterhead) look where the paper has them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { imageForOcr, sheetDpi } from '../../src/extract/read-image.js';
import { photoForOcr } from '../../src/ocr/photo/flatten-photo.js';
import { letterPage, toPdf } from '../invoice/page-builder.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCanvas, loadImage } from '@napi-rs/canvas';
// @ts-expect-error: plain ESM helpers shared with the benches
import { scanPage } from '../../fixtures/scan.mjs';
// @ts-expect-error: plain ESM helpers shared with the benches
import { phonePhoto, photoVariants } from '../../bench/accuracy/phone-photo.mjs';

const WESTERN = path.resolve(__dirname, '..', '..', 'fixtures', 'western');

describe('the resolution of an image shaped like a sheet', () => {
  it.each([
    ['A4 at 200 dpi', 1654, 2339, 200],
    ['A4 at 300 dpi, landscape', 3508, 2480, 300],
    ['US Letter at 150 dpi', 1275, 1650, 150],
  ])('%s', (_, width, height, dpi) => {
    expect(sheetDpi(width, height)).toBeCloseTo(dpi, 0);
  });

  it.each([
    ['a till receipt', 576, 1800],
    ['a square photo', 2000, 2000],
    ['a phone photo, 3:4', 3024, 4032],
    ['a thumbnail of a sheet', 62, 88],
  ])('none for %s', (_, width, height) => {
    expect(sheetDpi(width, height)).toBeUndefined();
  });
});

describe('a letter scanned to a JPEG without a resolution', () => {
  it('reads the buyer in the address window', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-dpi-'));
    try {
      const draws = letterPage({ info: [['Invoice No.', 'RE-2025-0417'], ['Date', '14.03.2025']] }, {
        letterhead: ['Tischlerei Brandt GmbH', 'Werkstrasse 12 · 28195 Bremen'],
        window: ['Hofmann Logistik KG', 'Hafenstrasse 8', '20457 Hamburg'],
        item: ['Regal nach Mass', '1.200,00 EUR'],
        totals: [['Net', '1.200,00 EUR'], ['VAT 19 %', '228,00 EUR'], ['Total', '1.428,00 EUR']],
      });
      const pdf = path.join(dir, 'letter.pdf');
      writeFileSync(pdf, await toPdf(draws, 210, 297, false));
      const jpeg: Uint8Array = await scanPage(pdf);
      const { results: [r] } = await extract({ inputs: [{ name: 'scan.jpg', bytes: jpeg }], ocr: { langs: 'eng' }, concurrency: 1, now: new Date('2026-11-25T00:00:00Z') });
      expect(r!.source).toBe('ocr');
      expect(r!.invoice).toMatchObject({ number: 'RE-2025-0417', totalAmount: 1428 });
      expect(r!.invoice!.buyer.name).toBe('Hofmann Logistik KG');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** The pixels of a JPEG, as readImage decodes them. */
async function decoded(jpeg: Uint8Array) {
  const img = await loadImage(Buffer.from(jpeg));
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { rgba: ctx.getImageData(0, 0, img.width, img.height).data, width: img.width, height: img.height, encoded: jpeg };
}

const shape = (w: number, h: number) => Math.max(w, h) / Math.min(w, h);
const edge = (a: number[], b: number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

describe('a phone photo of a sheet on a desk', () => {
  // Photos on a desk, every side tilted away 5-15°, upright, upside down and sideways: the paper drawn
  // flat comes out up to ~5% short on the side running away from the camera.
  const variants = [1, 2, 5].flatMap((seed) => photoVariants(seed).filter((v: { crop?: number }) => !v.crop));

  it.each([
    ['A4', 'rechnung-de-eur.pdf', Math.SQRT2],
    ['US Letter', 'invoice-en-usd.pdf', 11 / 8.5],
  ])('reaches OCR at the %s sheet\'s shape and at the resolution it was photographed at', async (_, file, sheet) => {
    expect(new Set(variants.map((v: { tiltSide: string }) => v.tiltSide)).size).toBe(4);
    for (const variant of variants) {
      const { jpeg } = await phonePhoto(path.join(WESTERN, file), variant, { dpi: 120 });
      const image = imageForOcr(await decoded(jpeg));
      expect(image.photo).toBe(true);
      expect(Math.abs(shape(image.width, image.height) / sheet - 1), JSON.stringify(variant)).toBeLessThan(0.005);
      // The paper has about 120 pixels an inch across its near edge: read at that, not at an assumed 300.
      expect(Math.abs(image.dpi / 120 - 1), JSON.stringify(variant)).toBeLessThan(0.03);
    }
  });

  it('reaches OCR as seen when the paper is no sheet: a till receipt on a desk', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-dpi-'));
    try {
      const pdf = path.join(dir, 'receipt.pdf');
      writeFileSync(pdf, await toPdf([{ x: 8, y: 20, text: 'KEDAI RUNCIT 88' }, { x: 8, y: 40, text: 'TOTAL RM 12.50' }], 80, 200, false));
      for (const variant of variants.slice(0, 4)) {
        const { jpeg } = await phonePhoto(pdf, variant, { dpi: 120 });
        const photo = await decoded(jpeg);
        const { photo: flat } = photoForOcr(photo.rgba, photo.width, photo.height);
        const image = imageForOcr(photo);
        expect(image.photo).toBe(true);
        // As wide and as tall as the outline's longer edges, and read at the assumed 300 dpi.
        const [a, b, c, d] = flat!.outline!;
        const across = Math.max(edge(a, b), edge(d, c)), down = Math.max(edge(a, d), edge(b, c));
        expect(shape(image.width, image.height), JSON.stringify(variant)).toBeCloseTo(shape(across, down), 2);
        expect(image.dpi).toBe(300);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves a scan as it came: its bytes, at the resolution it states or its sheet gives', async () => {
    const jpeg: Uint8Array = await scanPage(path.join(WESTERN, 'rechnung-de-eur.pdf'), { dpi: 200 });
    const scan = await decoded(jpeg);
    for (const stated of [200, undefined]) {
      const image = imageForOcr(scan, stated);
      expect(image.photo).toBe(false);
      expect(Buffer.from(image.encoded).equals(Buffer.from(jpeg))).toBe(true);
      expect([image.width, image.height]).toEqual([scan.width, scan.height]);
      expect(image.dpi).toBeCloseTo(200, 0);
    }
  });
});
