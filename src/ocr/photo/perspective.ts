/**
 * A sheet photographed at an angle, drawn flat: the homography that takes the page's four corners on the
 * photo to a rectangle, each output pixel sampled (bilinear) from where it lies on the photo.
 */
import type { Quad } from './page-outline.js';
import { SHEETS } from './sheets.js';

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
 * Shapes (long side over short) a photographed paper may have: A4 (A5's shape too) and US Letter, which
 * a paper near their shape is drawn at, and the 发票's own sizes (数电 210 × 140 mm, classic 240 × 140
 * mm), which are no sheet's and are drawn as seen. A 数电 发票 is 6% from A4's shape, within what a
 * tilt takes off a side: a paper is drawn at a sheet's shape only when that sheet is the nearest of them.
 * (Legal is left out: its shape lies 4% from a classic 发票's.)
 */
const PAPERS = [...SHEETS.slice(0, 2).map(([short, long]) => ({ ratio: long / short, sheet: true })), { ratio: 210 / 140, sheet: false }, { ratio: 240 / 140, sheet: false }];
/** How far a side may be off its paper's shape with no perspective to explain it: corners found to a pixel or two. */
const SHAPE_NOISE = 0.015;
/**
 * A tilted page's far edge is shorter than its near one, and the sides running away from the camera
 * come out short too: by less than this share of the far edge's shortening (about 0.3 on a page seen
 * 5-15° off, less on a phone held close, where the far edge shrinks most).
 */
const FORESHORTENING = 0.4;

/**
 * The size the page inside `quad` is drawn at: as wide as the quad's longer horizontal edge and as tall
 * as its longer vertical one (the near edge of a tilted page keeps its resolution); then, when a side
 * running away from the camera is short of a sheet's shape by what the tilt explains, lengthened to it.
 * A4 read as 1664 × 2242 (its long side 5% short) would otherwise be taken for no sheet, read at an
 * assumed resolution, and its address window and columns, placed in mm, looked for in the wrong place.
 */
function drawnSize(quad: Quad): { across: number; down: number } {
  const top = dist(quad[0], quad[1]), bottom = dist(quad[3], quad[2]);
  const left = dist(quad[0], quad[3]), right = dist(quad[1], quad[2]);
  const across = Math.max(top, bottom), down = Math.max(left, right);
  // What each side may have lost: a side comes out short as the edges across it converge (down as
  // the top and bottom edges differ, across as the left and right ones do).
  const slack = (near: number, far: number) => SHAPE_NOISE + FORESHORTENING * (1 - far / near);
  const room = { across: slack(down, Math.min(left, right)), down: slack(across, Math.min(top, bottom)) };
  let nearest: { paper: (typeof PAPERS)[number]; grow: number; side: 'across' | 'down'; fit: number } | undefined;
  for (const paper of PAPERS) {
    // The paper's down / across in the orientation the quad has, and the side that must grow to reach it.
    const shape = down >= across ? paper.ratio : 1 / paper.ratio;
    const side = down / across < shape ? 'down' : 'across';
    const grow = Math.max(shape * across / down, down / (shape * across)) - 1;
    // Nearest by the share of a side's room it takes: a short side that lost 1.6% with nothing to explain
    // it is a worse fit than a long side that lost 7% to a steep tilt.
    const fit = grow / room[side];
    if (fit <= 1 && (!nearest || fit < nearest.fit)) nearest = { paper, grow, side, fit };
  }
  if (!nearest?.paper.sheet) return { across, down };
  return nearest.side === 'down' ? { across, down: down * (1 + nearest.grow) } : { across: across * (1 + nearest.grow), down };
}

/**
 * The page inside `quad` (clockwise from its top-left corner) as an upright rectangle of RGBA pixels,
 * at the size drawnSize gives, within the photo's own pixel count.
 */
export function flattenQuad(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, quad: Quad): { rgba: Uint8ClampedArray; width: number; height: number } {
  const { across, down } = drawnSize(quad);
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
