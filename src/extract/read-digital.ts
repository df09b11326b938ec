/**
 * The part of reading a PDF that needs neither pixels nor pdf.js: its embedded invoice XML and its text
 * layer by position. readPdf goes on from here (OCR of scanned pages, the QR code); readDigitalPdf is the
 * whole reading of a digital PDF the lean reader can read, or null, for the document threads
 * (document-threads.ts), which load nothing else.
 */
import type { PageText } from '../core/text.js';
import { readInvoiceAttachments } from '../einvoice/read.js';
import type { Check, SourcedInvoice, Template } from '../invoice/index.js';
import { tryLeanDocument } from '../pdf/lean-text.js';
import type { PdfAttachment } from '../pdf/text.js';
import type { QrMode, Reading } from './context.js';
import { codeImages, qrWithoutRendering, wantQr } from './qr.js';
import { pageImages } from '../pdf/page-images.js';
import { pagesLookChinese, textLength, textParts } from './text-parts.js';
import { textLayerDoubts } from './text-layer-doubts.js';

/** Fewer characters than this on a page: treat it as a scan. */
const MIN_TEXT_CHARS = 10;

/**
 * Partial invoices from the XML attachments and the text pages, the pages that look scanned, and the
 * failing checks of invoice attachments that could not be read (the text layer is still read, but the
 * result then needs review: the attachment, not the page, is the invoice).
 */
export function readTextLayer(layer: { pages: readonly PageText[]; attachments: readonly PdfAttachment[] }, templates: readonly Template[]): { parts: SourcedInvoice[]; scanned: number[]; checks: Check[] } {
  const { invoices, checks } = readInvoiceAttachments(layer.attachments);
  const parts: SourcedInvoice[] = invoices.map((x) => ({ source: 'xml', invoice: x.reading.invoice }));
  const scanned = layer.pages.filter((p) => textLength(p) < MIN_TEXT_CHARS).map((p) => p.page);
  const textPages = layer.pages.filter((p) => !scanned.includes(p.page));
  if (textPages.length) parts.push(...textParts(textPages, 'text', templates));
  return { parts, scanned, checks };
}

export interface DigitalOptions {
  templates: readonly Template[];
  qr: QrMode;
  maxPages: number;
}

/**
 * The pixels a QR code image may have here: far above an invoice code's (300 x 300), far below any limit
 * a configuration sets on images; a bigger one is left to readPdf, which has the configured limit.
 */
const QR_IMAGE_MAX_PIXELS = 1_000_000;

/**
 * What readPdf would return for this PDF when that needs only the lean reader; null when the lean reader
 * refuses it (pdf.js must read it: encrypted, unusual fonts), a page looks scanned (OCR), the QR code is
 * wanted and cannot be read without rendering or the image decoders (JBIG2, JPEG), the text layer is
 * suspect (text-layer-doubts.ts: readPdf reads it again by OCR), or anything fails (readPdf then reports
 * it as it always does).
 */
export function readDigitalPdf(bytes: Uint8Array, options: DigitalOptions): Reading | null {
  try {
    const lean = tryLeanDocument(bytes, { maxPages: options.maxPages });
    if (!lean) return null;
    const { layer, doc } = lean;
    const { parts, scanned, checks } = readTextLayer(layer, options.templates);
    if (scanned.length) return null;
    const extra = checks.length ? { checks } : {};
    if (!wantQr(options.qr, pagesLookChinese(layer.pages), false, parts)) return textLayerDoubts(layer, parts) ? null : { parts, pages: layer.pages.length, ...extra };
    // The document the text was read from: the file is not parsed again for its images.
    const layout = pageImages(doc, 1, QR_IMAGE_MAX_PIXELS);
    if (codeImages(layout).some((im) => im.needsDecoders)) return null;
    const { found } = qrWithoutRendering(layout);
    return found && !textLayerDoubts(layer, parts, found) ? { parts: [...parts, found], pages: layer.pages.length, qr: found, ...extra } : null;
  } catch {
    return null;
  }
}
