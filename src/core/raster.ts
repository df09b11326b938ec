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
import { checkImage } from './image-check.js';

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
 * Decodes the pages of the image (one, except multi-page TIFF; at most `maxPages`). Sizes are checked from the headers
 * first: a 30000x30000 PNG is small on disk and 3.6 GB decoded.
 */
export async function decodeRaster(bytes: Uint8Array, name: string, limits: { maxPixels: number; maxPages?: number }): Promise<Raster[]> {
  const kind = sniffImage(bytes);
  if (!kind) throw corrupt(name, 'not a PNG, JPEG or TIFF image');
  // Only the pages that will be decoded are checked (and decoded): merge places a TIFF's first page.
  const headers = (kind === 'tiff' ? tiffHeaders(bytes) : [readImageHeader(bytes)])?.slice(0, limits.maxPages ?? Infinity);
  if (!headers?.length || headers.some((h) => !h)) throw corrupt(name, `the ${kind.toUpperCase()} header is unreadable`);
  for (const h of headers) checkImagePixels(h!, limits.maxPixels, name);
  await checkImage(bytes, name, kind === 'tiff' ? Infinity : limits.maxPixels);
  if (kind === 'tiff') return decodeTiff(bytes, name, limits.maxPages ?? Infinity);
  const header = headers[0];
  let image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (e) {
    throw corrupt(name, `the ${kind.toUpperCase()} cannot be decoded`, e);
  }
  // @napi-rs/canvas decodes a JPEG upright already (it applies the EXIF orientation itself).
  const { width, height } = image;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  // A turned photo is handed on (to OCR) as a PNG of the upright pixels: a PNG has no EXIF to misread.
  const turned = kind === 'jpg' && (await exifOrientation(bytes)) !== 1;
  const encoded = turned ? new Uint8Array(canvas.toBuffer('image/png')) : bytes;
  return [{ width, height, rgba, dpi: header?.dpi, encoded }];
}

function decodeTiff(bytes: Uint8Array, name: string, maxPages: number): Raster[] {
  const headers = tiffHeaders(bytes);
  if (!headers?.length) throw corrupt(name, 'the TIFF header is unreadable');
  return headers.slice(0, maxPages).map((h) => {
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
