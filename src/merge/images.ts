/**
 * Image inputs (PNG, JPEG, TIFF) in a merge: their page sizes for planning and their pages placed. Loaded
 * by sources.ts only when a batch holds an image, so a folder of PDFs does not load the image checks and
 * headers (three bundle files, 1.5–3 CPU-ms of every merge's start).
 */
import type { PDFDocument, PDFImage } from 'pdf-lib';
import { assertPageLimit, InvoicectlError } from '../core/errors.js';
import type { FileType } from '../core/filetype.js';
import { checkImage } from '../core/image/image-check.js';
import { tiffHeaders } from '../core/image/image-header.js';
import { checkImagePixels, imageInfo } from '../core/image/image-info.js';
import type { Limits } from '../core/inputs.js';
import type { Size } from './geometry.js';

/** The sizes an image's pages are planned with, its pixels held to the limits first. */
export function imagePageSizes(bytes: Uint8Array, type: FileType, name: string, limits: Limits): Size[] {
  // Every page of a TIFF is placed, as convert and extract read them all.
  const sizes = type === 'tiff' ? tiffPageSizes(bytes, name, limits.maxPages) : [imageInfo(bytes, name)];
  for (const size of sizes) checkImagePixels(size, limits.maxImagePixels, name);
  // Images are sized as if scanned at 150 dpi; only the aspect ratio matters when fitting a cell.
  return sizes.map((s) => ({ width: (s.width * 72) / 150, height: (s.height * 72) / 150 }));
}

/** The size of each page of a TIFF, from its directories, the page count held to limits.maxPages first. */
function tiffPageSizes(bytes: Uint8Array, name: string, maxPages: number): { width: number; height: number }[] {
  const headers = tiffHeaders(bytes);
  if (!headers) throw new InvoicectlError('IMAGE_CORRUPT', `${name}: cannot read the image size`);
  assertPageLimit(name, headers.length, maxPages);
  return headers.map((h) => ({ width: h.width, height: h.height }));
}

export async function embedImages(out: PDFDocument, bytes: Uint8Array, type: FileType, name: string): Promise<PDFImage[]> {
  try {
    await checkImage(bytes, name);
    if (type === 'png') return [await out.embedPng(bytes)];
    if (type === 'jpeg') return [await out.embedJpg(bytes)];
    // Every page; their count and sizes were checked against the limits when the input was analysed.
    // The raster decoder (canvas) is loaded only when a TIFF needs it.
    const { decodeRaster } = await import('../core/image/raster.js');
    const images: PDFImage[] = [];
    for (const raster of await decodeRaster(bytes, name, { maxPixels: Infinity })) images.push(await out.embedPng(raster.encoded));
    return images;
  } catch (err) {
    if (err instanceof InvoicectlError) throw err;
    throw new InvoicectlError('IMAGE_CORRUPT', `${name}: the image cannot be decoded: ${(err as Error).message}`);
  }
}
