/**
 * PDF text extraction for extract. The lean reader (lean-text.ts) reads a digital invoice in about a
 * millisecond on the calling thread; only what it cannot decode goes to pdf.js, on threads
 * (pdfjs-pool.ts) started the first time one is needed, so a batch of ordinary invoices never pays
 * for loading pdf.js or starting threads.
 */
import { InvoicectlError } from '../core/errors.js';
import { leanTextAndAttachments } from './lean-text.js';
import { createPdfjsPool, type PdfjsPool } from './pdfjs-pool.js';
import type { pdfTextAndAttachments, PdfTextOptions } from './text.js';

export type PdfTextReader = (bytes: Uint8Array, options: Pick<PdfTextOptions, 'password' | 'maxPages'>) => ReturnType<typeof pdfTextAndAttachments>;

export interface PdfTextPool {
  read: PdfTextReader;
  destroy(): Promise<void>;
}

export function createPdfTextPool(threads: number): PdfTextPool {
  let pdfjs: PdfjsPool | undefined;
  return {
    async read(bytes, options) {
      try {
        return leanTextAndAttachments(bytes, options);
      } catch (err) {
        // A refusal (LeanUnsupported) or a file too broken for the lean reader: pdf.js reads it, and
        // reports what is wrong with a stable code. Only our own errors (the page limit) stand.
        if (err instanceof InvoicectlError) throw err;
      }
      pdfjs ??= createPdfjsPool(threads);
      return pdfjs.textAndAttachments({ bytes, options });
    },
    destroy: async () => pdfjs?.destroy(),
  };
}
