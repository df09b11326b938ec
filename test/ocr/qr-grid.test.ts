/**
 * A bare QR code redrawn on its module grid (src/ocr/qr-grid.ts): the real invoices' code images and
 * generated variants of one (rotated, enlarged by a fraction, on a wider margin) give the same payload
 * as the image read as it is; what is not a bare code gives no grid.
 */
import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { looksLikeCode } from '../../src/extract/qr.js';
import { onModuleGrid, type Pixels } from '../../src/ocr/qr-grid.js';
import { pageImages } from '../../src/pdf/page-images.js';
import { SHARED } from '../helpers/cli.js';

const jsQR = createRequire(import.meta.url)('jsqr') as (d: Uint8ClampedArray, w: number, h: number, o: object) => { data: string } | null;
const read = (p: Pixels) => jsQR(p.rgba, p.width, p.height, { inversionAttempts: 'dontInvert' })?.data ?? null;

const CN_PDF = path.join(SHARED, 'corpus', 'cn-pdf');
const codes = readdirSync(CN_PDF)
  .filter((n) => n.endsWith('.pdf'))
  .sort()
  .map((n) => {
    const layout = pageImages(new Uint8Array(readFileSync(path.join(CN_PDF, n))), 1, 50_000_000)!;
    const im = layout.images.find((i) => looksLikeCode(i.width, i.height, i.pixelWidth, i.pixelHeight) && i.rgba())!;
    return { name: n, image: { rgba: im.rgba()!, width: im.pixelWidth, height: im.pixelHeight } };
  });

/** Nearest-neighbour copy, turned a quarter (clockwise) `turns` times, scaled by `scale`, on a white margin. */
function variant(src: Pixels, { turns = 0, scale = 1, margin = 0 }): Pixels {
  const sw = Math.round(src.width * scale);
  const sh = Math.round(src.height * scale);
  const [w, h] = turns % 2 ? [sh, sw] : [sw, sh];
  const width = w + 2 * margin;
  const height = h + 2 * margin;
  const out = new Uint32Array(width * height).fill(0xffffffff);
  const from = new Uint32Array(src.rgba.slice().buffer);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      let [u, v] = [x, y];
      for (let t = 0; t < turns; t++) [u, v] = [v, (t % 2 ? sh : sw) - 1 - u];
      const sx = Math.min(src.width - 1, Math.floor(u / scale));
      const sy = Math.min(src.height - 1, Math.floor(v / scale));
      out[(y + margin) * width + x + margin] = from[sy * src.width + sx]!;
    }
  }
  return { rgba: new Uint8ClampedArray(out.buffer), width, height };
}

describe('onModuleGrid', () => {
  test.each(codes.map((c) => [c.name, c.image] as const))('%s: the code image on its grid reads as the image', (_name, image) => {
    const grid = onModuleGrid(image.rgba, image.width, image.height, 2)!;
    expect(grid).not.toBeNull();
    const modules = grid.width / 2 - 8;
    expect((modules - 17) % 4).toBe(0);
    expect(grid.height).toBe(grid.width);
    const payload = read(grid);
    expect(payload).toMatch(/^01,\d\d,/);
    expect(payload).toBe(read(variant(image, { margin: 20 })));
  });

  test.each([
    ['turned a quarter', { turns: 1 }],
    ['upside down', { turns: 2 }],
    ['enlarged 1.37x on a wide margin', { scale: 1.37, margin: 33 }],
    ['shrunk 0.8x, turned three quarters', { scale: 0.8, turns: 3, margin: 5 }],
  ])('a real code %s keeps its payload', (_label, how) => {
    const { image } = codes[0]!;
    const expected = read(variant(image, { margin: 20 }));
    const changed = variant(image, how);
    const grid = onModuleGrid(changed.rgba, changed.width, changed.height, 2)!;
    expect(grid).not.toBeNull();
    expect(read(grid)).toBe(expected);
  });

  test('no grid for what is not a bare code: a framed code, a wide box, a blank image', () => {
    const { image } = codes[0]!;
    const framed = variant(image, { margin: 30 });
    const px = new Uint32Array(framed.rgba.buffer);
    for (let i = 0; i < framed.width; i++) px[i] = px[(framed.height - 1) * framed.width + i] = 0xff000000;
    expect(onModuleGrid(framed.rgba, framed.width, framed.height, 2)).toBeNull();
    const wide = new Uint32Array(200 * 50).fill(0xff000000);
    expect(onModuleGrid(new Uint8ClampedArray(wide.buffer), 200, 50, 2)).toBeNull();
    const blank = new Uint32Array(100 * 100).fill(0xffffffff);
    expect(onModuleGrid(new Uint8ClampedArray(blank.buffer), 100, 100, 2)).toBeNull();
  });
});
