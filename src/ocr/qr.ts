/**
 * Finds and decodes the QR code on an invoice page (Chinese VAT invoices print one in the top-left
 * corner; its payload carries invoice code, number, amount, date and check code).
 *
 * jsQR binarises the whole image it is given, so on a full page the text, tables and stamps compete with
 * the finder patterns and it often misses a code a corner crop finds instantly; a corner is also much
 * cheaper. Its cost is linear in pixels and a page without a code pays for every attempt, so when the
 * page's resolution is known the search runs at ~150 dpi, where an invoice code's modules (0.5-0.8 mm)
 * are 3-5 px: the likely corners first, then the whole page (coarser, see WHOLE_DPI). That is all a page at 150 dpi or more
 * needs (a miss costs ~1 page area at 200 dpi rather than ~4.9). Below 150 dpi, or when the resolution
 * is unknown, rescaled copies follow: the corners doubled (modules 1-2 px wide) and, unknown only, big
 * pages halved (modules too large for jsQR's block binariser).
 */
import { createRequire } from 'node:module';
import type jsQRModule from 'jsqr';
import { onModuleGrid } from './qr-grid.js';

// jsqr is a 10,000-line CommonJS bundle: required, not imported, because Node's ESM loader first lexes a
// CommonJS file for its export names (~50 ms of a 70-110 ms import, against 16-30 ms required); and on
// first use, so that importing this module (the text-layer reader does, for the QR path) costs nothing.
// Its exports object is the function and also carries it as `.default`.
let loaded: typeof jsQRModule.default | undefined;
function jsQR(...args: Parameters<typeof jsQRModule.default>): ReturnType<typeof jsQRModule.default> {
  if (!loaded) {
    const exports = createRequire(import.meta.url)('jsqr') as { default?: unknown };
    loaded = (exports.default ?? exports) as typeof jsQRModule.default;
  }
  return loaded(...args);
}

interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The resolution searched at when the image's is known (see above). */
const SEARCH_DPI = 150;
/**
 * The whole page after the corners, when the resolution is known: most of a miss's cost (~60 of ~120
 * CPU-ms on a 200-dpi A4 scan without a code at SEARCH_DPI), and on a full page jsQR finds a code more
 * often with fewer pixels (the text's strokes compete less with the finder patterns): of 8 real
 * invoice scans and photos, 6 codes read whole at 100 dpi against 5 at 150.
 */
const WHOLE_DPI = 100;

/**
 * Returns the first QR payload found, or null. `rgba` is row-major RGBA, width*height*4 bytes; `dpi`,
 * when known, is the image's resolution.
 */
export function decodeQr(rgba: Uint8ClampedArray, width: number, height: number, dpi?: number): string | null {
  if (rgba.length < width * height * 4 || width < 21 || height < 21) return null;
  const image = { rgba, width, height };

  // Corners as 45% x 40% of the page: top-left (CN VAT), top-right (e-tickets, itineraries), then the
  // bottom corners (European payment QR codes, e.g. Swiss QR-bill, EPC/GiroCode).
  const cw = Math.round(width * 0.45);
  const ch = Math.round(height * 0.4);
  const corners: Region[] = [
    { x: 0, y: 0, width: cw, height: ch },
    { x: width - cw, y: 0, width: cw, height: ch },
    { x: 0, y: height - ch, width: cw, height: ch },
    { x: width - cw, y: height - ch, width: cw, height: ch },
  ];
  const whole: Region = { x: 0, y: 0, width, height };

  // Only ever shrunk here: nearest-neighbour enlargement by a fraction makes modules of uneven widths,
  // which jsQR misreads (a 100 dpi scan enlarged 1.5x failed where 1x and 2x read).
  const scale = dpi ? Math.min(1, SEARCH_DPI / dpi) : 1;
  for (const region of corners) {
    const found = tryRegion(image, region, scale);
    if (found !== null) return found;
  }
  const wholeFound = tryRegion(image, whole, dpi && dpi >= SEARCH_DPI ? Math.min(1, WHOLE_DPI / dpi) : scale);
  if (wholeFound !== null) return wholeFound;
  if (dpi && dpi >= SEARCH_DPI) return null;
  if (!dpi && width * height > 1_500_000) {
    const found = tryRegion(image, whole, 0.5);
    if (found !== null) return found;
  }
  for (const region of corners) {
    const found = tryRegion(image, region, 2);
    if (found !== null) return found;
  }
  return null;
}

/**
 * decodeQrImage brings an image's short side to MIN_SIDE-2*MIN_SIDE pixels by whole steps: a code of up
 * to ~40 modules then has 3 px modules or more, and jsQR (linear in pixels) reads no more than it needs.
 */
const MIN_SIDE = 120;

/**
 * Pixels per module of a code redrawn on its grid. The 18 real invoice codes at hand (PDF images, JBIG2
 * images of OFD invoices, vector squares; versions 3-5) all read at 2 and at 3 px; jsQR's first decode
 * costs ~30 CPU-ms at 2, ~38 at 3, ~45 on the image as it was (bench/extract/README.md).
 */
const GRID_PX = 2;

/**
 * The payload of a code that fills an image (an image XObject, or a rendered region around a code), or
 * null. The image gets a white margin (an XObject is often cropped to the code, without the quiet zone
 * jsQR's finder needs); a small one is enlarged by a whole factor (1-2 px modules are too thin for
 * jsQR), a large one sampled every `step` pixels.
 */
export function decodeQrImage(rgba: Uint8ClampedArray, width: number, height: number): string | null {
  if (rgba.length < width * height * 4 || width < 21 || height < 21) return null;
  // A bare code first, redrawn on its module grid at 2 px a module: the least work for jsQR (qr-grid.ts).
  const grid = onModuleGrid(rgba, width, height, GRID_PX);
  const fromGrid = grid && jsQR(grid.rgba, grid.width, grid.height, { inversionAttempts: 'dontInvert' });
  if (fromGrid && fromGrid.data) return fromGrid.data;
  const short = Math.min(width, height);
  const factor = Math.max(1, Math.min(4, Math.ceil(MIN_SIDE / short)));
  const step = Math.max(1, Math.floor(short / MIN_SIDE));
  const cw = Math.floor((width * factor) / step);
  const ch = Math.floor((height * factor) / step);
  const margin = Math.max(8, Math.round(Math.min(cw, ch) * 0.1));
  const w = cw + 2 * margin;
  const h = ch + 2 * margin;
  const out = new Uint32Array(w * h).fill(0xffffffff);
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const src = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  for (let y = 0; y < ch; y++) {
    const from = Math.floor((y * step) / factor) * width;
    const to = (y + margin) * w + margin;
    for (let x = 0; x < cw; x++) out[to + x] = src[from + Math.floor((x * step) / factor)]!;
  }
  const code = jsQR(new Uint8ClampedArray(out.buffer), w, h, { inversionAttempts: 'dontInvert' });
  return code && code.data ? code.data : null;
}

interface Image {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

function tryRegion(image: Image, region: Region, scale: number): string | null {
  const crop = cropAndScale(image, region, scale);
  // Invoices print dark codes on light paper; skipping the inverted pass halves the cost of a miss.
  const code = jsQR(crop.rgba, crop.width, crop.height, { inversionAttempts: 'dontInvert' });
  return code && code.data ? code.data : null;
}

/** Nearest-neighbour crop + scale; keeps module edges sharp, which is what the QR sampler wants. */
function cropAndScale(image: Image, region: Region, scale: number): Image {
  if (scale === 1 && region.x === 0 && region.y === 0 && region.width === image.width && region.height === image.height) {
    return image;
  }
  const width = Math.max(1, Math.round(region.width * scale));
  const height = Math.max(1, Math.round(region.height * scale));
  const out = new Uint8ClampedArray(width * height * 4);
  // One 32-bit read/write per pixel; a Uint32Array view needs a 4-byte aligned offset, so copy if not.
  const rgba = image.rgba.byteOffset % 4 === 0 ? image.rgba : image.rgba.slice();
  const src = new Uint32Array(rgba.buffer, rgba.byteOffset, image.width * image.height);
  const dst = new Uint32Array(out.buffer);
  for (let y = 0; y < height; y++) {
    const sy = region.y + Math.min(region.height - 1, Math.floor(y / scale));
    const rowStart = sy * image.width + region.x;
    for (let x = 0; x < width; x++) {
      dst[y * width + x] = src[rowStart + Math.min(region.width - 1, Math.floor(x / scale))]!;
    }
  }
  return { rgba: out, width, height };
}
