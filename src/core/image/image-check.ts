/**
 * Every image's structure checked before a decoder sees it, whichever way it came in (merge, convert,
 * extract, an OFD's resources): PNG, JPEG and TIFF each have their own check; the pixel limit is
 * applied from the headers, so nothing is allocated for an oversized image.
 */
import { InvoicectlError } from '../errors.js';
import { sniffImage } from './image-header.js';
import { checkJpeg } from './jpeg-check.js';
import { checkPng } from './png-check.js';
import { checkTiff } from './tiff-check.js';

export async function checkImage(bytes: Uint8Array, name: string, maxPixels = Number.POSITIVE_INFINITY): Promise<void> {
  const kind = sniffImage(bytes);
  if (kind === 'png') return checkPng(bytes, name, maxPixels);
  if (kind === 'jpg') return checkJpeg(bytes, name, maxPixels);
  if (kind === 'tiff') return checkTiff(bytes, name, maxPixels);
  throw new InvoicectlError('IMAGE_CORRUPT', `${name}: not a PNG, JPEG or TIFF image`, { file: name });
}
