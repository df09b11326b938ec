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
import { textParts } from './text-parts.js';

/**
 * A photo rarely says its resolution, and many files claim a meaningless 72: below 100 dpi, assume
 * 300 (what scanners use), which keeps the page's size in mm plausible for the layout rules.
 */
const ASSUMED_DPI = 300;
const declaredDpi = (dpi?: number) => (dpi && dpi >= 100 ? dpi : undefined);

export async function readImage(bytes: Uint8Array, name: string, ctx: ReadContext): Promise<Reading> {
  const rasters = await decodeRaster(bytes, name, { maxPixels: ctx.maxImagePixels, maxPages: ctx.maxPages, signal: ctx.signal, decoder: await ctx.imageDecoder?.() });
  if (!ctx.ocr) throw new InvoicectlError('EXTRACTION_FAILED', 'an image needs OCR, which is switched off');
  const pages: PageText[] = [];
  let qr: SourcedInvoice | undefined;
  for (const [i, decoded] of rasters.entries()) {
    throwIfAborted(ctx.signal);
    const { photo, skew } = photoForOcr(decoded.rgba, decoded.width, decoded.height);
    const raster = { ...decoded, ...photo };
    const text = await ctx.ocr.pageText(raster.encoded, { dpi: declaredDpi(raster.dpi) ?? ASSUMED_DPI, page: i + 1, signal: ctx.signal, skew });
    pages.push(text);
    if (!qr && wantQrAfterOcr(ctx.qr, ctx.ocr.settings.langs, text)) qr = await qrFromPixels(raster.rgba, raster.width, raster.height, declaredDpi(raster.dpi));
  }
  const parts = pages.some((p) => p.items.length) ? textParts(pages, 'ocr', ctx.templates) : [];
  if (qr) parts.push(qr);
  return { parts, pages: rasters.length, qr };
}
