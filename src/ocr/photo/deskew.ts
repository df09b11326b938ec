import { createCanvas, ImageData } from '@napi-rs/canvas';

/**
 * The small turn of a page photographed or cropped without its edges in view: the angle at which the
 * print's rows line up best. Text lines and table rules are straight, so the ink counted along lines at
 * the right angle falls into sharp rows (a peaked profile); a few degrees off, every row smears into its
 * neighbours. Both directions are tried, since a sideways page's rows run up the image; the quarter turn
 * itself is left to the OCR engine.
 */

/** Widest side of the reduced page the angle is measured on: a row of 3 mm text stays a few pixels high. */
const MEASURE_SIDE = 1000;
/** Angles tried, degrees either way; a phone photo held roughly square to the page is within this. */
const MAX_ANGLE = 6;
/** Turns smaller than this are left alone: OCR reads them as they are (an office scan's skew, ~1°). */
export const MIN_TURN = 1;
/** Share of each side next to the border where ink is not counted. */
const BORDER = 0.06;
/** The best angle's profile must be this much sharper than the page's as it is to be trusted. */
const MIN_GAIN = 1.1;

/**
 * The angle in degrees (clockwise on screen, y down) the page's rows lie at; 0 when there is no clear
 * answer (too little ink, no gain over the page as it is).
 */
export function skewAngle(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): number {
  const ink = inkPoints(rgba, width, height);
  if (ink.xs.length < 500) return 0;
  let best = { angle: 0, score: 0, gain: 0 };
  for (const sideways of [false, true]) {
    // Along the rows: y against x; a sideways page's rows run along y.
    const [u, v] = sideways ? [ink.ys, ink.xs] : [ink.xs, ink.ys];
    const flat = sharpness(u, v, 0, ink.size);
    const search = (from: number, to: number, step: number, start: { angle: number; score: number }) => {
      let found = start;
      for (let a = from; a <= to + 1e-9; a += step) {
        const score = sharpness(u, v, a, ink.size);
        if (score > found.score) found = { angle: a, score };
      }
      return found;
    };
    const coarse = search(-MAX_ANGLE, MAX_ANGLE, 0.25, { angle: 0, score: flat });
    const fine = search(coarse.angle - 0.2, coarse.angle + 0.2, 0.05, coarse);
    const gain = fine.score / Math.max(1, flat);
    // A sideways page's row angle, measured on x against y, turns the other way on screen.
    const angle = sideways ? -fine.angle : fine.angle;
    if (fine.score > best.score) best = { angle, score: fine.score, gain };
  }
  return best.gain >= MIN_GAIN || Math.abs(best.angle) < 1e-9 ? best.angle : 0;
}

/** The reduced page's ink: pixels much darker than the paper around them. */
function inkPoints(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number) {
  const scale = Math.min(1, MEASURE_SIDE / Math.max(width, height));
  const w = Math.max(1, Math.round(width * scale)), h = Math.max(1, Math.round(height * scale));
  const grey = new Float32Array(w * h);
  for (let y = 0; y < h; y++) {
    const sy = Math.min(height - 1, Math.floor(y / scale));
    for (let x = 0; x < w; x++) {
      const i = (sy * width + Math.min(width - 1, Math.floor(x / scale))) * 4;
      grey[y * w + x] = 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
    }
  }
  // The paper's brightness per block of 32 pixels (its brightest), so shade and uneven light do not count as ink.
  const B = 32, bw = Math.ceil(w / B), bh = Math.ceil(h / B);
  const paper = new Float32Array(bw * bh);
  for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
    const b = Math.floor(y / B) * bw + Math.floor(x / B);
    paper[b] = Math.max(paper[b]!, grey[y * w + x]!);
  }
  const xs: number[] = [], ys: number[] = [];
  // Not near the border: a cropped photo's corners may show the desk, a dark blob that no angle sharpens.
  const mx = Math.round(w * BORDER), my = Math.round(h * BORDER);
  for (let y = my; y < h - my; y++) for (let x = mx; x < w - mx; x++) {
    if (grey[y * w + x]! < 0.6 * paper[Math.floor(y / B) * bw + Math.floor(x / B)]!) {
      xs.push(x);
      ys.push(y);
    }
  }
  return { xs, ys, size: Math.max(w, h) };
}

/** Sum of squares of the ink counted along lines at `angle` degrees: high when rows are sharp. */
function sharpness(u: readonly number[], v: readonly number[], angle: number, size: number): number {
  const t = Math.tan((angle * Math.PI) / 180);
  const offset = Math.ceil(size * Math.abs(t)) + 1;
  const rows = new Float64Array(size + 2 * offset + 2);
  for (let i = 0; i < u.length; i++) rows[Math.round(v[i]! - u[i]! * t) + offset] += 1;
  let sum = 0;
  for (const r of rows) sum += r * r;
  return sum;
}

/**
 * The page turned back by `angle` degrees (counter-clockwise on screen), on a canvas grown to keep its
 * corners, the new corners filled white like paper.
 */
export function unturn(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, angle: number): { rgba: Uint8ClampedArray; width: number; height: number; canvas: import('@napi-rs/canvas').Canvas } {
  const rad = (-angle * Math.PI) / 180;
  const W = Math.ceil(Math.abs(width * Math.cos(rad)) + Math.abs(height * Math.sin(rad)));
  const H = Math.ceil(Math.abs(width * Math.sin(rad)) + Math.abs(height * Math.cos(rad)));
  const source = canvasOf(rgba, width, height);
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, W, H);
  ctx.translate(W / 2, H / 2);
  ctx.rotate(rad);
  ctx.drawImage(source, -width / 2, -height / 2);
  return { rgba: ctx.getImageData(0, 0, W, H).data, width: W, height: H, canvas };
}

/** RGBA pixels on a canvas. */
export function canvasOf(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): import('@napi-rs/canvas').Canvas {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').putImageData(new ImageData(new Uint8ClampedArray(rgba.buffer, rgba.byteOffset, rgba.byteLength), width, height), 0, 0);
  return canvas;
}
