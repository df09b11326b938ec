/**
 * PDF text extraction for extract, on pdf.js threads (pdfjs-pool.ts): however many documents are in
 * flight, each thread reads one, so several cores read PDFs at once.
 */
import { createPdfjsPool } from './pdfjs-pool.js';
import type { pdfTextAndAttachments, PdfTextOptions } from './text.js';

export type PdfTextReader = (bytes: Uint8Array, options: Pick<PdfTextOptions, 'password' | 'maxPages'>) => ReturnType<typeof pdfTextAndAttachments>;

export interface PdfTextPool {
  read: PdfTextReader;
  destroy(): Promise<void>;
}

export function createPdfTextPool(threads: number): PdfTextPool {
  const pool = createPdfjsPool(threads);
  return { read: (bytes, options) => pool.textAndAttachments({ bytes, options }), destroy: () => pool.destroy() };
}
