import { describe, expect, test } from 'vitest';
import { readFile } from 'node:fs/promises';
import { decodeQr } from '../../src/ocr/qr.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { makeInvoicePdf } from './helpers.js';
import { SHARED } from '../helpers/cli.js';
import path from 'node:path';

const FIXTURE = path.join(SHARED, 'fixtures/real/cn/ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf');
// The payload printed on the fixture (a test invoice: code 61, number 9223372036854775807, 620.00, 2021-07-28).
const PAYLOAD = '01,61,,9223372036854775807,620,20210728,,7890';

describe('decodeQr', () => {
  test.each([100, 150, 200, 300])('decodes the real e-invoice QR code rendered at %i dpi', async (dpi) => {
    const page = await renderPdfPage(new Uint8Array(await readFile(FIXTURE)), 1, { dpi });
    expect(decodeQr(page.rgba, page.width, page.height)).toBe(PAYLOAD);
  });

  test.each([150, 200, 300])('decodes it at %i dpi told its resolution (searched at ~150 dpi, corners and page only)', async (dpi) => {
    const page = await renderPdfPage(new Uint8Array(await readFile(FIXTURE)), 1, { dpi });
    expect(decodeQr(page.rgba, page.width, page.height, dpi)).toBe(PAYLOAD);
  });

  test.each([undefined, 150, 300])('still finds the code when it sits in the middle of the page (whole-page pass, told %s dpi)', async (told) => {
    const page = await renderPdfPage(new Uint8Array(await readFile(FIXTURE)), 1, { dpi: told ?? 150 });
    // Paste the page's top-right quarter into the centre of a blank canvas twice the size.
    const w = page.width * 2, h = page.height * 2;
    const canvas = new Uint8ClampedArray(w * h * 4).fill(255);
    const cw = Math.round(page.width / 2), ch = Math.round(page.height / 2);
    const ox = Math.round(w / 2 - cw / 2), oy = Math.round(h / 2 - ch / 2);
    for (let y = 0; y < ch; y++) {
      const src = (y * page.width + (page.width - cw)) * 4;
      canvas.set(page.rgba.subarray(src, src + cw * 4), ((oy + y) * w + ox) * 4);
    }
    expect(decodeQr(canvas, w, h, told)).toBe(PAYLOAD);
  });

  test('returns null for a page without a QR code, and for too-small input', async () => {
    const page = await renderPdfPage(await makeInvoicePdf([{ text: 'Invoice No: INV-1 Total 10.00' }]), 1, { dpi: 150 });
    expect(decodeQr(page.rgba, page.width, page.height)).toBeNull();
    expect(decodeQr(page.rgba, page.width, page.height, 150)).toBeNull();
    expect(decodeQr(new Uint8ClampedArray(16), 2, 2)).toBeNull();
  });
});
