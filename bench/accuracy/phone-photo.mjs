/**
 * Phone photos made of a PDF page, the way a user photographs a paper invoice on a desk: the page seen
 * at an angle (perspective), turned (a quarter turn or upside down, plus a few degrees), on a coloured
 * desk that shows around it, lit unevenly (a darker side, a soft shadow), slightly blurred, with sensor
 * noise, saved as a phone's JPEG. Every "random" choice comes from a seed, so a page always gives the
 * same photo; nothing is tuned to a document.
 *
 *   import { phonePhoto, photoVariants } from './phone-photo.mjs';
 *   const { jpeg, corners } = await phonePhoto('invoice.pdf', photoVariants(seed)[0]);
 *
 * Needs pdftoppm (poppler-utils).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { createCanvas, ImageData, loadImage } from '@napi-rs/canvas';
import { prng } from '../../fixtures/prng.mjs';

const run = promisify(execFile);

/** The page rendered in colour (the red and blue print of a 发票 stays coloured on a photo). */
async function renderPage(pdfPath, { dpi, page }) {
  const { stdout } = await run('pdftoppm', ['-png', '-r', String(dpi), '-f', String(page), '-l', String(page), pdfPath], {
    encoding: 'buffer',
    maxBuffer: 256 * 1024 * 1024,
  });
  return loadImage(stdout);
}

/**
 * Three photos a page: one upright or upside down and one sideways, each on a desk with its own camera
 * angle, tilt direction, desk and light; and one cropped to the page (no desk, no paper edge in view,
 * as a phone's crop leaves it), held nearly square but turned a few degrees. `seed` picks them; the same
 * seed gives the same photos.
 */
export function photoVariants(seed) {
  const next = prng(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const between = (a, b) => a + (b - a) * next();
  const desks = ['#7a5c3e', '#5d6670', '#a08566', '#3f4a3c', '#8c8c88'];
  const onDesk = [pick([0, 180]), pick([90, 270])].map((turn, i) => ({
    turn,
    skew: between(-3, 3),
    tilt: between(5, 15),
    tiltSide: pick(['top', 'bottom', 'left', 'right']),
    desk: desks[(Math.floor(next() * desks.length) + i) % desks.length],
    light: between(0.55, 0.8),
    blur: between(0.4, 1.0),
    quality: 70,
    seed: Math.floor(next() * 2 ** 31),
  }));
  const sign = next() < 0.5 ? -1 : 1;
  const cropped = {
    turn: pick([0, 90, 180, 270]),
    skew: sign * between(1.5, 3),
    tilt: between(0, 3),
    tiltSide: pick(['top', 'bottom', 'left', 'right']),
    desk: pick(desks),
    light: between(0.7, 0.9),
    blur: between(0.4, 1.0),
    quality: 70,
    seed: Math.floor(next() * 2 ** 31),
    crop: between(0.01, 0.03),
  };
  return [...onDesk, cropped];
}

/**
 * The homography taking the unit square's corners (0,0) (1,0) (1,1) (0,1) to `quad` (4 points). The
 * same formula as src/ocr/photo/perspective.ts, written here on purpose: the photos that measure the
 * product's flattening are not made with the product's own code.
 */
function squareToQuad([[x0, y0], [x1, y1], [x2, y2], [x3, y3]]) {
  const dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3;
  const dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3;
  const den = dx1 * dy2 - dx2 * dy1;
  const g = (dx3 * dy2 - dx2 * dy3) / den;
  const h = (dx1 * dy3 - dx3 * dy1) / den;
  return [x1 - x0 + g * x1, x3 - x0 + h * x3, x0, y1 - y0 + g * y1, y3 - y0 + h * y3, y0, g, h, 1];
}

function invert3([a, b, c, d, e, f, g, h, i]) {
  const A = e * i - f * h, B = -(d * i - f * g), C = d * h - e * g;
  const det = a * A + b * B + c * C;
  return [A / det, -(b * i - c * h) / det, (b * f - c * e) / det, B / det, (a * i - c * g) / det, -(a * f - c * d) / det, C / det, -(a * h - b * g) / det, (a * e - b * d) / det];
}

/**
 * Where the page's corners (top-left, top-right, bottom-right, bottom-left) land on the photo: the far
 * edge of the tilted page shorter than the near one, the whole turned by `turn + skew` degrees.
 */
function pageCorners(w, h, { turn, skew, tilt, tiltSide }) {
  // A camera tilted by `tilt` degrees shortens the far edge by about tan(tilt) of the page's depth.
  const k = Math.tan((tilt * Math.PI) / 180) * 0.8;
  const corners = [[0, 0], [w, 0], [w, h], [0, h]];
  const far = { top: [0, 1], bottom: [3, 2], left: [0, 3], right: [1, 2] }[tiltSide];
  const along = tiltSide === 'top' || tiltSide === 'bottom' ? 0 : 1;
  const len = along === 0 ? w : h;
  // The far edge's two corners move towards each other, and the far side comes a little closer.
  const [a, b] = far;
  corners[a][along] += (len * k) / 2;
  corners[b][along] -= (len * k) / 2;
  const depth = (along === 0 ? h : w) * k * 0.3;
  const away = tiltSide === 'top' || tiltSide === 'left' ? 1 : -1;
  corners[a][1 - along] += away * depth;
  corners[b][1 - along] += away * depth;
  const rad = ((turn + skew) * Math.PI) / 180;
  const cos = Math.cos(rad), sin = Math.sin(rad);
  return corners.map(([x, y]) => [(x - w / 2) * cos - (y - h / 2) * sin, (x - w / 2) * sin + (y - h / 2) * cos]);
}

/**
 * A phone photo of page `page` of `pdfPath`: `jpeg` (Uint8Array) and where the page's corners lie on it
 * (`corners`, pixels: the page's top-left, top-right, bottom-right, bottom-left). `variant`: one of
 * photoVariants'. The page is rendered at `dpi`; the photo's paper has about that many pixels across.
 */
export async function phonePhoto(pdfPath, variant, { dpi = 200, page = 1 } = {}) {
  const img = await renderPage(pdfPath, { dpi, page });
  const pw = img.width, ph = img.height;
  const src = (() => {
    const c = createCanvas(pw, ph);
    const ctx = c.getContext('2d');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, pw, ph);
    ctx.drawImage(img, 0, 0);
    return ctx.getImageData(0, 0, pw, ph).data;
  })();
  const next = prng(variant.seed);

  // The photo frame: the paper plus a desk margin of 6-14% of its size on each side, or cropped inside it.
  const quad = pageCorners(pw, ph, variant);
  const xs = quad.map((p) => p[0]), ys = quad.map((p) => p[1]);
  const spanX = Math.max(...xs) - Math.min(...xs), spanY = Math.max(...ys) - Math.min(...ys);
  // A cropped photo cuts `crop` of the span off each side instead (its corners may show a little desk).
  const margin = (span) => (variant.crop ? -span * variant.crop : span * (0.06 + 0.08 * next()));
  const ml = margin(spanX), mr = margin(spanX), mt = margin(spanY), mb = margin(spanY);
  const W = Math.round(spanX + ml + mr), H = Math.round(spanY + mt + mb);
  const placed = quad.map(([x, y]) => [x - Math.min(...xs) + ml, y - Math.min(...ys) + mt]);
  const toPage = invert3(squareToQuad(placed));

  const desk = [1, 3, 5].map((i) => parseInt(variant.desk.slice(i, i + 2), 16));
  const out = new Uint8ClampedArray(W * H * 4);
  // Light: brightest at one point of the frame, falling to `light` at the far corner.
  const lx = next() * W, ly = next() * H;
  const reach = Math.hypot(Math.max(lx, W - lx), Math.max(ly, H - ly));
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const o = (y * W + x) * 4;
      const light = 1 - (1 - variant.light) * (Math.hypot(x - lx, y - ly) / reach) ** 1.5;
      const zw = toPage[6] * x + toPage[7] * y + toPage[8];
      const u = ((toPage[0] * x + toPage[1] * y + toPage[2]) / zw) * pw;
      const v = ((toPage[3] * x + toPage[4] * y + toPage[5]) / zw) * ph;
      let r, g, b;
      if (u >= 0 && v >= 0 && u < pw - 1 && v < ph - 1) {
        // Bilinear sample of the page; paper is slightly warm under room light.
        const x0 = Math.floor(u), y0 = Math.floor(v), fx = u - x0, fy = v - y0;
        const i00 = (y0 * pw + x0) * 4, i01 = i00 + pw * 4;
        const w00 = (1 - fx) * (1 - fy), w10 = fx * (1 - fy), w01 = (1 - fx) * fy, w11 = fx * fy;
        r = (src[i00] * w00 + src[i00 + 4] * w10 + src[i01] * w01 + src[i01 + 4] * w11) * 0.97;
        g = (src[i00 + 1] * w00 + src[i00 + 5] * w10 + src[i01 + 1] * w01 + src[i01 + 5] * w11) * 0.95;
        b = (src[i00 + 2] * w00 + src[i00 + 6] * w10 + src[i01 + 2] * w01 + src[i01 + 6] * w11) * 0.9;
      } else {
        [r, g, b] = desk;
      }
      out[o] = r * light;
      out[o + 1] = g * light;
      out[o + 2] = b * light;
      out[o + 3] = 255;
    }
  }
  const canvas = createCanvas(W, H);
  const ctx = canvas.getContext('2d');
  ctx.putImageData(new ImageData(out, W, H), 0, 0);
  // A soft shadow (a hand, the phone) across one side.
  const side = Math.floor(next() * 4);
  const grad = side < 2 ? ctx.createLinearGradient(side ? W : 0, 0, side ? W * 0.6 : W * 0.4, 0) : ctx.createLinearGradient(0, side === 2 ? 0 : H, 0, side === 2 ? H * 0.4 : H * 0.6);
  grad.addColorStop(0, 'rgba(0,0,0,0.3)');
  grad.addColorStop(1, 'rgba(0,0,0,0)');
  ctx.fillStyle = grad;
  ctx.fillRect(0, 0, W, H);
  // Mild blur (focus, hand shake), then sensor noise.
  const blurred = createCanvas(W, H);
  const bctx = blurred.getContext('2d');
  bctx.filter = `blur(${variant.blur.toFixed(2)}px)`;
  bctx.drawImage(canvas, 0, 0);
  const data = bctx.getImageData(0, 0, W, H);
  const d = data.data;
  for (let i = 0; i < d.length; i += 4) {
    const n = (next() - 0.5) * 16;
    d[i] += n;
    d[i + 1] += n;
    d[i + 2] += n;
  }
  bctx.putImageData(data, 0, 0);
  return { jpeg: new Uint8Array(blurred.toBuffer('image/jpeg', variant.quality)), corners: placed };
}
