/**
 * What reading one document needs besides its bytes, and what reading it yields: partial invoices,
 * each tagged with the source it came from, for mergeInvoices to combine best first.
 */
import type { Check, SourcedInvoice, Template } from '../invoice/index.js';
import type { ImageDecoder } from '../core/image/image-decoder.js';
import type { PdfjsPool } from '../pdf/pdfjs-pool.js';
import type { PdfTextReader } from '../pdf/text-pool.js';
import type { LazyOcr } from './ocr.js';

export type QrMode = 'auto' | 'always' | 'never';

export interface ReadContext {
  /** invoice2data-style templates; a matching one wins over the generic parser for its fields. */
  templates: readonly Template[];
  /** null: OCR switched off; image-only pages then fail with EXTRACTION_FAILED. */
  ocr: LazyOcr | null;
  /** auto: decode the QR code of a Chinese invoice when the text misses a field it carries, or was OCR'd. */
  qr: QrMode;
  /** Reads a PDF's text layer and attachments, on a worker thread when there are several. */
  pdfText: PdfTextReader;
  /** A digital PDF's whole reading on another thread (document-threads.ts); null: readPdf reads it. */
  readDigital?: (bytes: Uint8Array) => Promise<Reading | null>;
  /** The runtime's pdf.js pool that renders pages; absent (no runtime, a document thread): the process's own. */
  pdfjs?: () => PdfjsPool;
  /** The runtime's image decoder; absent: the process's own. */
  imageDecoder?: () => Promise<ImageDecoder>;
  maxPages: number;
  maxImagePixels: number;
  password?: string;
  signal?: AbortSignal;
}

export interface Reading {
  parts: SourcedInvoice[];
  pages: number;
  /** The partial invoice read from the QR code, kept apart too so the result can be cross-checked. */
  qr?: SourcedInvoice;
  /** Checks of what was read: an invoice attachment that could not be read, an amount in no decimal form, IBAN check digits. */
  checks?: Check[];
}
