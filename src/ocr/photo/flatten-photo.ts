/**
 * A phone photo of a sheet on a desk, made to look like a scan of it: the paper found (page-outline.ts),
 * cut from the desk and drawn flat (perspective.ts); a photo without the paper's edges in view (cropped
 * to the page) turned straight by its rows of print (deskew.ts). Text lines then run straight across
 * the page, so the OCR's axis-aligned boxes hold one line each and a table's cells line up in columns and
 * rows as on the paper. Quarter turns are left to the OCR engine, which reads a sideways page upright.
 */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import { findPageOutline, type Quad } from './page-outline.js';
import { flattenQuad } from './perspective.js';
import { imageSkew } from '../deskew.js';
import { canvasOf, MIN_TURN, skewAngle, unturn } from './deskew.js';

export interface FlatPhoto {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** JPEG of the flattened pixels, for the OCR engine. */
  encoded: Uint8Array;
  /** Where the paper was found on the photo, or (no paper edge seen) the angle the photo was turned back by. */
  outline: Quad | null;
  turnedBy: number;
}

/** Quality of the flattened page handed to OCR: a resampled photo, no sharper than this anyway. */
const JPEG_QUALITY = 92;

/**
 * The paper of the photo, flat; else the photo turned straight; null when neither is needed (a scan
 * whose paper fills the frame and lies square, within MIN_TURN).
 */
export function flattenPhoto(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): FlatPhoto | null {
  return photoForOcr(rgba, width, height).photo;
}

/**
 * flattenPhoto's answer (`photo`), with the skew the OCR engines measure (`imageSkew`, ocr/deskew.ts)
 * when the photo goes to them as it is (`photo` null): measured here once, handed to the engine
 * (RecognizeOptions.skew), which would otherwise measure the same pixels again.
 */
export function photoForOcr(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): { photo: FlatPhoto | null; skew?: number } {
  const outline = findPageOutline(rgba, width, height);
  if (outline) {
    const flat = flattenQuad(rgba, width, height, outline);
    const canvas = createCanvas(flat.width, flat.height);
    canvas.getContext('2d').putImageData(new ImageData(flat.rgba, flat.width, flat.height), 0, 0);
    return { photo: { ...flat, encoded: new Uint8Array(canvas.toBuffer('image/jpeg', JPEG_QUALITY)), outline, turnedBy: 0 } };
  }
  // A page whose lines the OCR engine's own straightening sees (a scan, skewed or not) is left to the
  // engine, which turns it from its own threshold; only one whose lines it cannot see (a photo cropped
  // to the page, desk in its corners) is measured by its rows of print and turned here.
  const skew = imageSkew(canvasOf(rgba, width, height)).angle;
  if (skew !== 0) return { photo: null, skew };
  const angle = skewAngle(rgba, width, height);
  if (Math.abs(angle) < MIN_TURN) return { photo: null, skew };
  const { canvas, ...straight } = unturn(rgba, width, height, angle);
  return { photo: { ...straight, encoded: new Uint8Array(canvas.toBuffer('image/jpeg', JPEG_QUALITY)), outline: null, turnedBy: angle } };
}
