/**
 * Image size for the input limits, read from the header alone (src/core/image/image-header.ts), so an
 * oversized image is refused before anything decodes it (a 30000x30000 PNG is small on disk and 3.6 GB
 * in memory).
 */
import { InvoicectlError } from '../errors.js';
import { readImageHeader } from './image-header.js';

export interface ImageInfo {
  width: number;
  height: number;
}

export function imageInfo(bytes: Uint8Array, name: string): ImageInfo {
  const header = readImageHeader(bytes);
  if (!header) throw new InvoicectlError('IMAGE_CORRUPT', `${name}: cannot read the image size`);
  return { width: header.width, height: header.height };
}

export function checkImagePixels(info: ImageInfo, maxPixels: number, name: string): void {
  if (info.width * info.height > maxPixels) {
    throw new InvoicectlError('IMAGE_TOO_LARGE', `${name} is ${info.width}x${info.height} pixels, over the limit of ${maxPixels}`, { ...info, limit: maxPixels });
  }
}
