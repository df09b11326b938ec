/**
 * Images as pixels, the way a person sees them: PNG, JPEG and every TIFF page decoded to RGBA, with
 * the JPEG's EXIF orientation applied (a phone photo of a receipt is stored sideways and says so only
 * in EXIF; OCR and QR decoding need it upright).
 */
import { createCanvas, ImageData } from '@napi-rs/canvas';
import exifr from 'exifr';
import UTIF from 'utif2';
import { InvoicectlError } from '../errors.js';
import { readImageHeader, sniffImage, tiffHeaders } from './image-header.js';
import { checkImagePixels } from './image-info.js';
import { checkImage } from './image-check.js';
import { decodeContained, type ImageDecoder } from './image-decoder.js';

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
export async function decodeRaster(bytes: Uint8Array, name: string, limits: RasterLimits): Promise<Raster[]> {
  const { kind, headers } = await checkRaster(bytes, name, limits);
  if (kind === 'tiff') return decodeTiff(bytes, name, limits.maxPages ?? Infinity);
  const { width, height, rgba } = await decodeContained(bytes, name, { pixels: true, signal: limits.signal, decoder: limits.decoder });
  // A turned photo is handed on (to OCR) as a PNG of the upright pixels: a PNG has no EXIF to misread.
  const turned = kind === 'jpg' && (await exifOrientation(bytes)) !== 1;
  return [{ width, height, rgba: rgba!, dpi: headers[0]?.dpi, encoded: turned ? encodePng(rgba!, width, height) : bytes }];
}

/**
 * A JPEG's size, whether it shows no ink (core/image/ink.ts) and whether its EXIF turns it, with the checks of
 * decodeRaster; its pixels stay in the decoder. For a scanned page that only needs them when it has a
 * QR code worth decoding.
 */
export async function inspectJpeg(bytes: Uint8Array, name: string, limits: RasterLimits): Promise<{ width: number; height: number; blank: boolean; turned: boolean }> {
  const { kind } = await checkRaster(bytes, name, limits);
  if (kind !== 'jpg') throw corrupt(name, 'not a JPEG image');
  const { width, height, blank } = await decodeContained(bytes, name, { pixels: false, blank: true, signal: limits.signal, decoder: limits.decoder });
  return { width, height, blank: blank!, turned: (await exifOrientation(bytes)) !== 1 };
}

/** `decoder`: a runtime's image decoder; without one, the process's own (image-decoder.ts). */
type RasterLimits = { maxPixels: number; maxPages?: number; signal?: AbortSignal; decoder?: ImageDecoder };

/** The image's kind and the headers of the pages to decode, refused when corrupt or too large. */
async function checkRaster(bytes: Uint8Array, name: string, limits: RasterLimits) {
  const kind = sniffImage(bytes);
  if (!kind) throw corrupt(name, 'not a PNG, JPEG or TIFF image');
  // Only the pages that will be decoded are checked (and decoded): merge places a TIFF's first page.
  const headers = (kind === 'tiff' ? tiffHeaders(bytes) : [readImageHeader(bytes)])?.slice(0, limits.maxPages ?? Infinity);
  if (!headers?.length || headers.some((h) => !h)) throw corrupt(name, `the ${kind.toUpperCase()} header is unreadable`);
  for (const h of headers) checkImagePixels(h!, limits.maxPixels, name);
  await checkImage(bytes, name, kind === 'tiff' ? Infinity : limits.maxPixels);
  return { kind, headers };
}

/** Our own pixels as a PNG (trusted input: the encoder needs no containment). */
function encodePng(rgba: Uint8ClampedArray, width: number, height: number): Uint8Array {
  const canvas = createCanvas(width, height);
  canvas.getContext('2d').putImageData(new ImageData(rgba, width, height), 0, 0);
  return new Uint8Array(canvas.toBuffer('image/png'));
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
      return { width, height, rgba, dpi: h.dpi, encoded: encodePng(rgba, width, height) };
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
