/**
 * PNG / JPEG / TIFF (one or many) → one PDF with pdf-lib, one page per image (per TIFF page).
 *
 * JPEG and PNG bytes are embedded as they are (no re-encoding, no quality loss); TIFF has no PDF
 * equivalent pdf-lib can embed, so it is decoded (src/core/image/raster.ts) and embedded as PNG (lossless).
 * EXIF orientation is applied with the drawing matrix rather than by rotating pixels, for the same
 * reason. Every image is validated (header, pixel limit, decode) before any work on it.
 */
import { concatTransformationMatrix, drawObject, PDFDocument, popGraphicsState, pushGraphicsState, type PDFImage } from 'pdf-lib';
import { decodeRaster, exifOrientation } from '../core/image/raster.js';
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { checkImage } from '../core/image/image-check.js';
import { decodeContained, type ImageDecoder } from '../core/image/image-decoder.js';
import { baseNameOf } from './formats.js';
import { readImageHeader, sniffImage, tiffHeaders } from '../core/image/image-header.js';
import { DEFAULT_MAX_IMAGE_PIXELS } from '../core/page-ranges.js';
import { checkOptions, MM_TO_PT, PAGE_SIZES_MM } from './options.js';
import type { ConvertContext, ConvertInput, ConvertOptions, Converter, PageSizeName } from './types.js';

/** One picture ready to place: the embedded image, its stored pixel size, EXIF orientation (1..8). */
interface Placed {
  image: PDFImage;
  width: number;
  height: number;
  orientation: number;
  dpi?: number;
}

/**
 * Maps the image's unit square onto its displayed unit square for EXIF orientations 1..8
 * (PDF matrix [a b c d e f]; u' = a·u + c·v + e, v' = b·u + d·v + f, v pointing up).
 */
const ORIENTATION_MATRIX: Record<number, [number, number, number, number, number, number]> = {
  1: [1, 0, 0, 1, 0, 0],
  2: [-1, 0, 0, 1, 1, 0], // mirrored horizontally
  3: [-1, 0, 0, -1, 1, 1], // rotated 180°
  4: [1, 0, 0, -1, 0, 1], // mirrored vertically
  5: [0, -1, -1, 0, 1, 1], // transposed
  6: [0, -1, 1, 0, 0, 1], // rotated 90° clockwise to display
  7: [0, 1, 1, 0, 0, 0], // transversed
  8: [0, 1, -1, 0, 1, 0], // rotated 90° counter-clockwise to display
};

const corrupt = (name: string, why: string, cause?: unknown) =>
  new InvoicectlError('IMAGE_CORRUPT', `${name}: ${why}`, { file: name }, cause ? { cause } : undefined);

/** Validates and embeds one input file; TIFFs can yield several pages. */
async function embed(doc: PDFDocument, input: ConvertInput, maxPixels: number, signal?: AbortSignal, decoder?: ImageDecoder): Promise<Placed[]> {
  const { bytes, name } = input;
  const kind = sniffImage(bytes);
  if (!kind) throw corrupt(name, 'not a PNG, JPEG or TIFF image');
  const headers = kind === 'tiff' ? tiffHeaders(bytes) : [readImageHeader(bytes)];
  if (!headers || headers.some((h) => !h)) throw corrupt(name, `the ${kind.toUpperCase()} header is unreadable`);
  for (const h of headers) {
    if (h!.width * h!.height > maxPixels) {
      throw new InvoicectlError('IMAGE_TOO_LARGE', `${name}: ${h!.width}×${h!.height} pixels exceeds the limit of ${maxPixels}`, { file: name, width: h!.width, height: h!.height, maxImagePixels: maxPixels });
    }
  }
  if (kind === 'tiff') {
    const out: Placed[] = [];
    // TIFF pages decoded to PNG (lossless) by the shared raster reader; the orientation is applied below.
    const rasters = await decodeRaster(bytes, name, { maxPixels, signal, decoder });
    for (const [i, h] of tiffHeaders(bytes)!.entries()) {
      const image = await doc.embedPng(rasters[i].encoded);
      out.push({ image, width: h.width, height: h.height, orientation: ORIENTATION_MATRIX[h.orientation] ? h.orientation : 1, dpi: h.dpi });
    }
    return out;
  }
  const h = headers[0]!;
  await checkImage(bytes, name, maxPixels);
  if (kind === 'jpg') {
    // pdf-lib only reads JPEG headers; decode once so a broken body is reported, not printed.
    await decodeContained(bytes, name, { pixels: false, signal, decoder });
  }
  let image: PDFImage;
  try {
    image = kind === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  } catch (e) {
    throw corrupt(name, `the ${kind.toUpperCase()} cannot be decoded (${(e as Error).message})`, e);
  }
  return [{ image, width: h.width, height: h.height, orientation: await exifOrientation(bytes), dpi: h.dpi }];
}

/** Adds one page for `p`, sized and oriented per the options, the image fitted and centred. */
function place(doc: PDFDocument, p: Placed, options: ConvertOptions): void {
  const swap = p.orientation >= 5; // 5..8 turn the picture a quarter
  const dw = swap ? p.height : p.width; // displayed pixel size
  const dh = swap ? p.width : p.height;
  const m = { top: 0, right: 0, bottom: 0, left: 0, ...options.margins };
  const [mt, mr, mb, ml] = [m.top, m.right, m.bottom, m.left].map((mm) => (mm ?? 0) * MM_TO_PT);
  const size = options.pageSize ?? 'A4';

  let pageW: number;
  let pageH: number;
  if (size === 'fit') {
    // The page is the picture at its resolution (option, else what the file says, else 96 dpi).
    const dpi = options.imageOptions?.dpi ?? p.dpi ?? 96;
    pageW = (dw * 72) / dpi + ml + mr;
    pageH = (dh * 72) / dpi + mt + mb;
  } else {
    const mm = PAGE_SIZES_MM[size as PageSizeName];
    const orientation = options.orientation ?? 'auto';
    const landscape = orientation === 'landscape' || (orientation === 'auto' && dw > dh);
    [pageW, pageH] = [mm.width * MM_TO_PT, mm.height * MM_TO_PT];
    if (landscape) [pageW, pageH] = [pageH, pageW];
  }
  const boxW = pageW - ml - mr;
  const boxH = pageH - mt - mb;
  if (boxW <= 1 || boxH <= 1) throw new InvoicectlError('INVALID_OPTION', 'the margins leave no room for the image', { margins: options.margins });
  const scale = Math.min(boxW / dw, boxH / dh);
  const W = dw * scale;
  const H = dh * scale;
  const x = ml + (boxW - W) / 2;
  const y = mb + (boxH - H) / 2;

  // Whole hundredths of a point: 612 rather than 612.0000000000001 in the MediaBox.
  const page = doc.addPage([Math.round(pageW * 100) / 100, Math.round(pageH * 100) / 100]);
  const [a, b, c, d, e, f] = ORIENTATION_MATRIX[p.orientation];
  const xObject = page.node.newXObject('Image', p.image.ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(W * a, H * b, W * c, H * d, x + W * e, y + H * f), drawObject(xObject), popGraphicsState());
}

/** Several images (or multi-page TIFFs) into one PDF, pages in input order. */
export async function imagesToPdf(inputs: ConvertInput[], options: ConvertOptions = {}, ctx: ConvertContext = {}): Promise<Uint8Array> {
  checkOptions(options, 'images → PDF', 'pdf', ['pageSize', 'orientation', 'margins', 'imageOptions', 'maxImagePixels']);
  if (options.imageOptions?.format !== undefined || options.imageOptions?.quality !== undefined) {
    throw new InvoicectlError('INVALID_OPTION', 'images → PDF embeds images unchanged; only imageOptions.dpi (for pageSize "fit") applies', { option: 'imageOptions' });
  }
  if (options.orientation && options.orientation !== 'auto' && options.pageSize === 'fit') {
    throw new InvoicectlError('INVALID_OPTION', 'orientation cannot be forced when pageSize is "fit" (the page follows the image)', { option: 'orientation' });
  }
  if (inputs.length === 0) throw new InvoicectlError('INVALID_OPTION', 'no images to convert');
  const doc = await PDFDocument.create();
  const decoder = await ctx.imageDecoder?.();
  for (const input of inputs) {
    throwIfAborted(ctx.signal);
    for (const p of await embed(doc, input, options.maxImagePixels ?? DEFAULT_MAX_IMAGE_PIXELS, ctx.signal, decoder)) place(doc, p, options);
  }
  return doc.save();
}

export function createImagesToPdfConverter(): Converter {
  return {
    id: 'images-to-pdf',
    engine: 'native',
    from: ['png', 'jpg', 'tiff'],
    to: ['pdf'],
    available: async () => ({ ok: true }),
    async convert(input, to, options, ctx) {
      if (to !== 'pdf') throw new InvoicectlError('UNSUPPORTED_CONVERSION', `images can only become pdf here, not ${to}`, { to });
      const bytes = await imagesToPdf([input], options, ctx);
      return [{ name: `${baseNameOf(input.name)}.pdf`, bytes, mime: 'application/pdf' }];
    },
  };
}
