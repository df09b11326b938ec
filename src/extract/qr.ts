/**
 * The QR code printed on Chinese invoices (type, code, number, amount, date, check code): a source that
 * fills what the text missed and a cross-check of what it read.
 */
import { parseInvoiceQr, type Check, type Invoice, type SourcedInvoice } from '../invoice/index.js';
import type { PageText } from '../core/text.js';
// Importing this costs nothing: jsqr loads on the first decode (see ocr/qr.ts).
import { decodeQr, decodeQrImage } from '../ocr/qr.js';
import { loadImageDecoders, pageImages, type ImageDecoders, type PageImages } from '../pdf/page-images.js';
import type { LeanDocument } from '../pdf/lean/document.js';
import type { PdfjsPool } from '../pdf/pdfjs-pool.js';
import type { PageRegion } from '../pdf/render-page.js';
import type { QrMode } from './context.js';
import { pagesLookChinese } from './text-parts.js';

/** `dpi`: the pixels' resolution when known (the search is then cheaper, see decodeQr). */
export async function qrFromPixels(rgba: Uint8ClampedArray, width: number, height: number, dpi?: number): Promise<SourcedInvoice | undefined> {
  return qrOf(decodeQr(rgba, width, height, dpi));
}

/** A Chinese invoice's code: about 15-40 mm square, so 36-144 pt placed, within 25% of square. */
const CODE_SIDE = { min: 36, max: 144 };
/** Rendered regions: the resolution that gives an invoice code's modules 3-5 px (see ocr/qr.ts). */
const REGION_DPI = 150;
/** The whole page as a last resort, as it was always read: 200 dpi leaves a margin for small codes. */
const PAGE_DPI = 200;

/**
 * The QR code of page 1 of a PDF with a text layer, cheapest way first:
 * 1. decoded from the image XObject that draws it (most invoices print the code as an image; JBIG2 and
 *    JPEG ones with pdf.js's standalone image decoders): no rendering;
 * 2. drawn again from the filled squares of a vector code (found from the page's path operators);
 * 3. rendered, but only the region of such a candidate that did not decode so, at REGION_DPI;
 * 4. the whole page, as before, for a code drawn some other way (inline image, pattern, curves) or
 *    anywhere else. A page without a candidate goes straight there: a page without a code costs what it
 *    always did, not a region's rendering more.
 */
export async function qrFromPdf(bytes: Uint8Array, options: { password?: string; maxPixels: number; signal?: AbortSignal; pool?: () => PdfjsPool; doc?: LeanDocument }): Promise<SourcedInvoice | undefined> {
  // The lean reader's document of the file when its text was read so: the file is not parsed again.
  const layout = pageImages(options.doc ?? bytes, 1, options.maxPixels);
  // JBIG2 and JPEG codes need pdf.js's image decoders: loaded (~30 ms) only for such a candidate.
  const decoders = codeImages(layout).some((im) => im.needsDecoders) ? await loadImageDecoders().catch(() => undefined) : undefined;
  const { found, regions } = qrWithoutRendering(layout, decoders);
  if (found) return found;
  const { renderPdfPages } = await import('../pdf/render.js');
  const pool = options.pool?.();
  for (const region of regions) {
    for await (const image of renderPdfPages(bytes, { dpi: REGION_DPI, pages: [1], password: options.password, region, signal: options.signal, pool })) {
      const read = qrOf(decodeQrImage(image.rgba, image.width, image.height));
      if (read) return read;
    }
  }
  for await (const image of renderPdfPages(bytes, { dpi: PAGE_DPI, pages: [1], password: options.password, signal: options.signal, pool })) {
    return qrOf(decodeQr(image.rgba, image.width, image.height, PAGE_DPI));
  }
  return undefined;
}

/**
 * Steps 1-2 of qrFromPdf, synchronous and without pdf.js (the document threads read a code so): the code
 * read, or the regions left to render (candidates that did not decode here).
 */
export function qrWithoutRendering(layout: PageImages | undefined, decoders?: ImageDecoders): { found?: SourcedInvoice; regions: PageRegion[] } {
  const regions: PageRegion[] = [];
  for (const image of codeImages(layout)) {
    const rgba = image.rgba(decoders);
    const found = rgba ? qrOf(decodeQrImage(rgba, image.pixelWidth, image.pixelHeight)) : undefined;
    if (found) return { found, regions };
    // Undecodable here, or decoded to nothing: its region rendered (a quiet zone of 10% around it).
    if (!rgba) regions.push(grow(image, 0.1));
  }
  // A code drawn as filled squares: drawn again from its rectangles, else its box rendered.
  if (layout?.vectorCode) {
    const drawn = drawRects(layout.vectorCode);
    const found = qrOf(decodeQrImage(drawn.rgba, drawn.width, drawn.height));
    if (found) return { found, regions };
    regions.push(grow(layout.vectorCode, 0.1));
  }
  return { regions };
}

/** The page's images that could be its code, top-left first (where Chinese invoices print it). */
export function codeImages(layout: PageImages | undefined) {
  const squares = (layout?.images ?? []).filter((im) => looksLikeCode(im.width, im.height, im.pixelWidth, im.pixelHeight));
  return squares.sort((a, b) => a.x + a.y - (b.x + b.y));
}

function qrOf(payload: string | null): SourcedInvoice | undefined {
  const invoice = payload ? parseInvoiceQr(payload) : null;
  return invoice ? { source: 'qr', invoice } : undefined;
}

/** A placed image that could be an invoice's QR code: square on the page and in pixels, of a code's size. */
export function looksLikeCode(width: number, height: number, pixelWidth: number, pixelHeight: number): boolean {
  const square = (a: number, b: number) => a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 1.25;
  return square(width, height) && square(pixelWidth, pixelHeight) && Math.min(pixelWidth, pixelHeight) >= 21 && width >= CODE_SIDE.min && width <= CODE_SIDE.max;
}

/** A code's rectangles painted black on white at 4 px per module (decodeQrImage adds the quiet zone). */
export function drawRects(code: PageRegion & { module: number; rects: PageRegion[] }): { rgba: Uint8ClampedArray; width: number; height: number } {
  const scale = 4 / code.module;
  const width = Math.max(1, Math.round(code.width * scale));
  const height = Math.max(1, Math.round(code.height * scale));
  const pixels = new Uint32Array(width * height).fill(0xffffffff);
  for (const r of code.rects) {
    const x0 = Math.max(0, Math.round((r.x - code.x) * scale));
    const y0 = Math.max(0, Math.round((r.y - code.y) * scale));
    const x1 = Math.min(width, Math.round((r.x + r.width - code.x) * scale));
    const y1 = Math.min(height, Math.round((r.y + r.height - code.y) * scale));
    for (let y = y0; y < y1; y++) pixels.fill(0xff000000, y * width + x0, y * width + x1);
  }
  return { rgba: new Uint8ClampedArray(pixels.buffer), width, height };
}

function grow(box: PageRegion, by: number): PageRegion {
  const dx = box.width * by;
  const dy = box.height * by;
  return { x: Math.max(0, box.x - dx), y: Math.max(0, box.y - dy), width: box.width + 2 * dx, height: box.height + 2 * dy };
}

/** Whether the QR code is worth decoding (rendering a page costs more than reading its text). */
export function wantQr(mode: QrMode, chinese: boolean, ocred: boolean, parts: readonly SourcedInvoice[]): boolean {
  if (mode === 'never' || !chinese) return false;
  if (mode === 'always' || ocred) return true;
  const has = (pick: (inv: Invoice) => unknown) => parts.some((p) => pick(p.invoice) != null);
  return !has((i) => i.number) || !has((i) => i.date) || !has((i) => i.amount ?? i.totalAmount);
}

/**
 * Whether to decode the QR code of a page OCR has just read. Only a Chinese invoice's code is parsed,
 * and a page without one costs most (jsQR tries the corners and the page: ~1 page area at 200 dpi, and
 * up to ~4.9 with the rescaled copies tried at low or unknown resolutions, ~1.5 s of an A4 page, as
 * much as its OCR). So, as for a text layer (wantQr), a page read with Chinese OCR that shows no
 * Chinese is skipped; read without chi_sim, its text cannot tell.
 */
export function wantQrAfterOcr(mode: QrMode, langs: string, page: PageText): boolean {
  if (mode === 'never') return false;
  if (mode === 'always' || !langs.split('+').includes('chi_sim')) return true;
  return pagesLookChinese([page]);
}

/** qr_matches: every field the QR code carries agrees with the extracted invoice. */
export function qrCheck(qr: Invoice, invoice: Invoice): Check {
  const differ: string[] = [];
  const compare = (field: 'code' | 'number' | 'date' | 'checkCode' | 'amount' | 'totalAmount') => {
    const a = qr[field];
    const b = invoice[field];
    if (a === null || b === null) return;
    const same = typeof a === 'number' ? Math.abs(a - (b as number)) <= 0.005 : a === b;
    if (!same) differ.push(`${field} ${b} (QR: ${a})`);
  };
  (['code', 'number', 'date', 'checkCode', 'amount', 'totalAmount'] as const).forEach(compare);
  return differ.length ? { id: 'qr_matches', ok: false, message: `the QR code disagrees: ${differ.join('; ')}` } : { id: 'qr_matches', ok: true };
}
