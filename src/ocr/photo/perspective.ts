/**
 * A sheet photographed at an angle, drawn flat: the homography that takes the page's four corners on the
 * photo to a rectangle, each output pixel sampled (bilinear) from where it lies on the photo.
 */
import type { Quad } from './page-outline.js';

type Matrix = [number, number, number, number, number, number, number, number, number];

/** The homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to `quad`. */
function squareToQuad([[x0, y0], [x1, y1], [x2, y2], [x3, y3]]: Quad): Matrix {
  const dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / den;
  const h = (dx1 * dy3 - dx3 * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

const dist = (a: readonly number[], b: readonly number[]) => Math.hypot(a[0]! - b[0]!, a[1]! - b[1]!);

/**
 * The page inside `quad` (clockwise from its top-left corner) as an upright rectangle of RGBA pixels,
 * as wide as the quad's longer horizontal edge and as tall as its longer vertical one (the near edge of
 * a tilted page keeps its resolution), within the photo's own pixel count.
 */
export function flattenQuad(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, quad: Quad): { rgba: Uint8ClampedArray; width: number; height: number } {
  const across = Math.max(dist(quad[0], quad[1]), dist(quad[3], quad[2]));
  const down = Math.max(dist(quad[0], quad[3]), dist(quad[1], quad[2]));
  // Never more pixels than the photo had (its size was checked against the limits before decoding).
  const fit = Math.min(1, Math.sqrt((width * height) / (across * down)));
  const W = Math.max(1, Math.round(across * fit)), H = Math.max(1, Math.round(down * fit));
  const [a, b, c, d, e, f, g, h, i] = squareToQuad(quad);
  const out = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    const v = (y + 0.5) / H;
    for (let x = 0; x < W; x++) {
      const u = (x + 0.5) / W;
      const z = g * u + h * v + i;
      // Pixel centres: the photo's pixel (px, py) covers [px, px+1).
      const sx = Math.min(width - 1.001, Math.max(0, (a * u + b * v + c) / z - 0.5));
      const sy = Math.min(height - 1.001, Math.max(0, (d * u + e * v + f) / z - 0.5));
      const x0 = Math.floor(sx), y0 = Math.floor(sy), fx = sx - x0, fy = sy - y0;
      const x1 = Math.min(width - 1, x0 + 1), y1 = Math.min(height - 1, y0 + 1);
      const i00 = (y0 * width + x0) * 4, i10 = (y0 * width + x1) * 4, i01 = (y1 * width + x0) * 4, i11 = (y1 * width + x1) * 4;
      const w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
      const o = (y * W + x) * 4;
      for (let ch = 0; ch < 3; ch++) out[o + ch] = rgba[i00 + ch]! * w00 + rgba[i10 + ch]! * w10 + rgba[i01 + ch]! * w01 + rgba[i11 + ch]! * w11;
      out[o + 3] = 255;
    }
  }
  return { rgba: out, width: W, height: H };
}
