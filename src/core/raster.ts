/**
 * Images as pixels, the way a person sees them: PNG, JPEG and every TIFF page decoded to RGBA, with
 * the JPEG's EXIF orientation applied (a phone photo of a receipt is stored sideways and says so only
 * in EXIF; OCR and QR decoding need it upright).
 */
import { createCanvas, ImageData, loadImage } from '@napi-rs/canvas';
import exifr from 'exifr';
import UTIF from 'utif2';
import { InvoicectlError } from './errors.js';
import { readImageHeader, sniffImage, tiffHeaders } from './image-header.js';
import { checkImagePixels } from './image-info.js';

export interface Raster {
  width: number;
  height: number;
  /** RGBA, row-major. */
  rgba: Uint8ClampedArray;
  /** Resolution the file declares, if any. */
  dpi?: number;
  /** PNG or JPEG bytes of exactly these pixels (the original file when nothing had to change). */
  encoded: Uint8Array;
}

const corrupt = (name: string, why: string, cause?: unknown) =>
  new InvoicectlError('IMAGE_CORRUPT', `${name}: ${why}`, { file: name }, cause ? { cause } : undefined);

/**
 * Decodes every page of the image (one, except multi-page TIFF). Sizes are checked from the headers
 * first: a 30000x30000 PNG is small on disk and 3.6 GB decoded.
 */
export async function decodeRaster(bytes: Uint8Array, name: string, maxPixels: number): Promise<Raster[]> {
  const kind = sniffImage(bytes);
  if (!kind) throw corrupt(name, 'not a PNG, JPEG or TIFF image');
  const headers = kind === 'tiff' ? tiffHeaders(bytes) : [readImageHeader(bytes)];
  if (!headers?.length || headers.some((h) => !h)) throw corrupt(name, `the ${kind.toUpperCase()} header is unreadable`);
  for (const h of headers) checkImagePixels(h!, maxPixels, name);
  if (kind === 'tiff') return decodeTiff(bytes, name);
  const header = headers[0];
  let image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw corrupt(name, `the ${kind.toUpperCase()} cannot be decoded`, e);
  }
  const orientation = kind === 'jpg' ? await exifOrientation(bytes) : 1;
  const swap = orientation >= 5;
  const width = swap ? image.height : image.width;
  const height = swap ? image.width : image.height;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.setTransform(...ORIENT[orientation](image.width, image.height));
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const encoded = orientation === 1 ? bytes : new Uint8Array(canvas.toBuffer('image/png'));
  return [{ width, height, rgba, dpi: header?.dpi, encoded }];
}

function decodeTiff(bytes: Uint8Array, name: string): Raster[] {
  const headers = tiffHeaders(bytes);
  if (!headers?.length) throw corrupt(name, 'the TIFF header is unreadable');
  return headers.map((h) => {
    try {
      UTIF.decodeImage(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, h.ifd);
      const data = UTIF.toRGBA8(h.ifd);
      const { width, height } = h;
      if (!width || !height || data.length < width * height * 4) throw new Error('no pixel data');
      const rgba = new Uint8ClampedArray(data.buffer, data.byteOffset, width * height * 4);
      const canvas = createCanvas(width, height);
      canvas.getContext('2d').putImageData(new ImageData(rgba, width, height), 0, 0);
      return { width, height, rgba, dpi: h.dpi, encoded: new Uint8Array(canvas.toBuffer('image/png')) };
    } catch (e) {
      throw corrupt(name, `the TIFF cannot be decoded (${(e as Error).message})`, e);
    }
  });
}

/** The EXIF orientation of a JPEG, 1..8 (1: as stored, also when there is no readable EXIF). */
export async function exifOrientation(bytes: Uint8Array): Promise<number> {
  try {
    const o = await exifr.orientation(bytes);
    return typeof o === 'number' && o >= 1 && o <= 8 ? o : 1;
  } catch {
    return 1; // no or unreadable EXIF: the pixels as stored
  }
}

type Transform = [number, number, number, number, number, number];

/** Canvas transforms that draw a stored w×h image upright for EXIF orientations 1..8. */
const ORIENT: Record<number, (w: number, h: number) => Transform> = {
  1: () => [1, 0, 0, 1, 0, 0],
  2: (w) => [-1, 0, 0, 1, w, 0],
  3: (w, h) => [-1, 0, 0, -1, w, h],
  4: (_w, h) => [1, 0, 0, -1, 0, h],
  5: () => [0, 1, 1, 0, 0, 0],
  6: (_w, h) => [0, 1, -1, 0, h, 0],
  7: (w, h) => [0, -1, -1, 0, h, w],
  8: (w) => [0, -1, 1, 0, 0, w],
};
