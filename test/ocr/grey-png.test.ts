/**
 * The accents' stacks go to tesseract.js as grey PNGs written by src/ocr/paddle/grey-png.ts: the file
 * must pass the project's own PNG checks and hold exactly the pixels given.
 */
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkPng } from '../../src/core/image/png-check.js';
import { greyPng } from '../../src/ocr/paddle/grey-png.js';

/** The chunks of a PNG, by type (IDAT joined). */
function chunks(png: Uint8Array): Map<string, Buffer> {
  const view = Buffer.from(png);
  const found = new Map<string, Buffer>();
  for (let pos = 8; pos < view.length;) {
    const length = view.readUInt32BE(pos);
    const type = view.toString('latin1', pos + 4, pos + 8);
    found.set(type, Buffer.concat([found.get(type) ?? Buffer.alloc(0), view.subarray(pos + 8, pos + 8 + length)]));
    pos += 12 + length;
  }
  return found;
}

describe('greyPng', () => {
  it('writes an 8-bit grey PNG holding the pixels given, row by row', async () => {
    const width = 37, height = 11;
    const grey = Uint8Array.from({ length: width * height }, (_, i) => (i * 7919) % 256);
    const png = greyPng(grey, width, height);
    await expect(checkPng(png, 'stack.png')).resolves.toBeUndefined();
    const parts = chunks(png);
    const ihdr = parts.get('IHDR')!;
    expect([ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9]]).toEqual([width, height, 8, 0]);
    const rows = zlib.inflateSync(parts.get('IDAT')!);
    expect(rows.length).toBe((width + 1) * height);
    for (let y = 0; y < height; y++) {
      expect(rows[y * (width + 1)]).toBe(0); // no filter
      expect([...rows.subarray(y * (width + 1) + 1, (y + 1) * (width + 1))]).toEqual([...grey.subarray(y * width, (y + 1) * width)]);
    }
    expect(parts.has('IEND')).toBe(true);
  });
});
