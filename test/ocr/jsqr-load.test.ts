/**
 * jsqr loaded with its Shift-JIS (Kanji mode) table built on first use (src/ocr/jsqr-load.ts): it decodes
 * as the package does, and the table, when asked for, holds the standard's mappings.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksLikeCode } from '../../src/extract/qr.js';
import { loadJsQR } from '../../src/ocr/jsqr-load.js';
import { pageImages } from '../../src/pdf/page-images.js';
import { SHARED } from '../helpers/cli.js';

const CN_PDF = path.join(SHARED, 'corpus', 'cn-pdf');

describe('loadJsQR', () => {
  test('decodes a real invoice code as the package required as it is does', () => {
    const file = readdirSync(CN_PDF).filter((n) => n.endsWith('.pdf')).sort()[0]!;
    const im = pageImages(new Uint8Array(readFileSync(path.join(CN_PDF, file))), 1, 50_000_000)!.images.find((i) => looksLikeCode(i.width, i.height, i.pixelWidth, i.pixelHeight))!;
    // A white margin around the image: the quiet zone jsQR's finder needs.
    const w = im.pixelWidth + 40;
    const h = im.pixelHeight + 40;
    const out = new Uint32Array(w * h).fill(0xffffffff);
    const src = new Uint32Array(im.rgba()!.slice().buffer);
    for (let y = 0; y < im.pixelHeight; y++) out.set(src.subarray(y * im.pixelWidth, (y + 1) * im.pixelWidth), (y + 20) * w + 20);
    const pixels = new Uint8ClampedArray(out.buffer);
    const required = createRequire(import.meta.url)('jsqr') as typeof loaded.jsQR;
    const loaded = loadJsQR();
    const ours = loaded.jsQR(pixels, w, h, { inversionAttempts: 'dontInvert' });
    expect(ours?.data).toMatch(/^01,\d\d,/);
    expect(ours?.data).toBe(required(pixels, w, h, { inversionAttempts: 'dontInvert' })?.data);
  });

  test('the Kanji table, built when asked for, maps Shift-JIS to Unicode', () => {
    const table = loadJsQR().shiftJisTable()!;
    expect(table).toBeDefined();
    expect(table[0x8140]).toBe(0x3000); // ideographic space
    expect(table[0x82a0]).toBe(0x3042); // あ
    expect(table[0x889f]).toBe(0x4e9c); // 亜
    expect(Object.keys(table).length).toBeGreaterThan(6000);
  });
});
