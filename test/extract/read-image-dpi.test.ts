/**
 * A scan that does not say its resolution (a JPEG written without one) is read at the resolution its
 * sheet's shape gives, so the page keeps its size in mm and the layout rules (the address window, the
 * letterhead) look where the paper has them.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { sheetDpi } from '../../src/extract/read-image.js';
import { letterPage, toPdf } from '../invoice/page-builder.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-expect-error: plain ESM helpers shared with the benches
import { scanPage } from '../../fixtures/scan.mjs';

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
