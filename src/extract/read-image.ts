/**
 * A scan or photo (PNG, JPEG, every TIFF page): OCR into positioned text, read like a text layer, with
 * the QR code of a Chinese invoice decoded from the same pixels. A phone photo of a sheet on a desk is
 * first cut to the sheet and drawn flat (ocr/photo), so its lines and table read as on a scan.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { decodeRaster } from '../core/image/raster.js';
import type { PageText } from '../core/text.js';
import { photoForOcr } from '../ocr/photo/flatten-photo.js';
import type { SourcedInvoice } from '../invoice/index.js';
import type { ReadContext, Reading } from './context.js';
import { qrFromPixels, wantQrAfterOcr } from './qr.js';
import { secondLook } from './ocr-second-look.js';
import { readMarks } from './ocr-marks.js';
import { readShortRowsAgain } from './ocr-short-rows.js';
import { textParts } from './text-parts.js';

/**
 * A photo rarely says its resolution, and many files claim a meaningless 72: below 100 dpi, an image
 * shaped like a whole sheet is taken to be one (sheetDpi), else 300 is assumed (what scanners use),
 * which keeps the page's size in mm plausible for the layout rules.
 */
const ASSUMED_DPI = 300;
const declaredDpi = (dpi?: number) => (dpi && dpi >= 100 ? dpi : undefined);

/**
 * Sheets a scanned page is printed on, by their short and long sides in inches: A4, US Letter, US
 * Legal. A5 and A3 have A4's shape, so an image of that shape is taken for A4, the usual one.
 */
const SHEETS = [[210 / 25.4, 297 / 25.4], [8.5, 11], [8.5, 14]] as const;
/** How far an image's shape may be from a sheet's (a scanner's crop, a few pixels of margin). */
const SHEET_SHAPE = 0.01;

/**
 * The resolution of an image that has a sheet's shape, from its width: a scan that does not say its
 * resolution (a JPEG written without one) is nearly always of a whole sheet. At 300 dpi assumed, a
 * 200 dpi A4 scan would read as 140 × 198 mm, and rules that place an address window or a letterhead
 * in mm would look in the wrong place. Undefined for other shapes (a till receipt, a cropped photo).
 */
export function sheetDpi(width: number, height: number): number | undefined {
  const short = Math.min(width, height), long = Math.max(width, height);
  for (const [w, h] of SHEETS) {
    if (Math.abs(long / short / (h / w) - 1) > SHEET_SHAPE) continue;
    const dpi = short / w;
    if (dpi >= 100 && dpi <= 1200) return dpi;
  }
  return undefined;
}

/** A page's image as OCR reads it (imageForOcr). */
export interface OcrImage {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
  /** PNG or JPEG bytes of these pixels, for the OCR engine and its second looks. */
  encoded: Uint8Array;
  dpi: number;
  /** The skew measured for the engine, which then does not measure it again; absent for a photo made anew. */
  skew?: number;
  /** A photo's paper cut from its desk and drawn flat, or a photo turned straight: new pixels. */
  photo: boolean;
}

/**
 * A page's image made ready for OCR, whether an image file or a PDF's page holds it: a phone photo of a
 * sheet cut from its desk and drawn flat, or turned straight (photoForOcr); else the image as it came,
 * with the skew photoForOcr measured on the way. `stated`: the resolution the file or the PDF page
 * states; a photo's paper cut from its desk has its own scale (the stated one is the photo's), so it is
 * read at its sheet's (sheetDpi), as is an image that states none.
 */
export function imageForOcr(image: { rgba: Uint8ClampedArray; width: number; height: number; encoded: Uint8Array }, stated?: number): OcrImage {
  const { photo, skew } = photoForOcr(image.rgba, image.width, image.height);
  const ready = photo ?? image;
  const dpi = (photo?.outline ? undefined : stated) ?? sheetDpi(ready.width, ready.height) ?? ASSUMED_DPI;
  return { rgba: ready.rgba, width: ready.width, height: ready.height, encoded: ready.encoded, dpi, ...(skew === undefined ? {} : { skew }), photo: photo !== null };
}

export async function readImage(bytes: Uint8Array, name: string, ctx: ReadContext): Promise<Reading> {
  const rasters = await decodeRaster(bytes, name, { maxPixels: ctx.maxImagePixels, maxPages: ctx.maxPages, signal: ctx.signal, decoder: await ctx.imageDecoder?.() });
  if (!ctx.ocr) throw new InvoicectlError('EXTRACTION_FAILED', 'an image needs OCR, which is switched off');
  const pages: PageText[] = [];
  // Each page's image as OCR read it, for a second look at an unsure 发票号码 / 发票代码 (ocr-second-look.ts).
  const read: OcrImage[] = [];
  let qr: SourcedInvoice | undefined;
  for (const [i, decoded] of rasters.entries()) {
    throwIfAborted(ctx.signal);
    const image = imageForOcr(decoded, declaredDpi(decoded.dpi));
    const text = await ctx.ocr.pageText(image.encoded, { dpi: image.dpi, page: i + 1, signal: ctx.signal, skew: image.skew });
    pages.push(text);
    read.push(image);
    if (!qr && wantQrAfterOcr(ctx.qr, ctx.ocr.settings.langs, text)) qr = await qrFromPixels(image.rgba, image.width, image.height, declaredDpi(decoded.dpi));
  }
  const ocr = ctx.ocr;
  // (Its frame by the page's text as OCR returned it: the rows read again make a new one.)
  const frames = pages.map((p) => ocr.frameOf(p));
  const readPage = (page: number) => {
    const raster = read[page - 1];
    return raster && { image: async () => raster.encoded, dpi: raster.dpi, ...frames[page - 1] };
  };
  await readShortRowsAgain(pages, readPage, ocr, ctx.signal);
  const parts = pages.some((p) => p.items.length) ? textParts(pages, 'ocr', ctx.templates) : [];
  // A QR code's number and code outrank OCR's (SOURCE_RANK): no second look for what it gives.
  if (!qr) await secondLook(parts, pages, readPage, ocr, ctx.signal);
  await readMarks(parts, pages, readPage, ocr, ctx.signal);
  if (qr) parts.push(qr);
  return { parts, pages: rasters.length, qr };
}
