/**
 * PDF text extraction for extract. The lean reader (lean-text.ts) reads a digital invoice in a few
 * milliseconds without pdf.js; pdf.js reads what it refuses. Where that runs:
 * - a small batch (fewer than THREADED_BATCH documents) reads on the calling thread, and starts pdf.js
 *   threads only if a document needs them: starting threads costs more than such a batch gains;
 * - a large batch, and a long-lived runtime (the server), read on threads (pdfjs-pool.ts), the lean
 *   reader first there too, so the calling thread only parses invoices and several cores read PDFs;
 * - except documents up to `inlineBytes` (the server sets it): read lean on the calling thread, since
 *   sending one to a thread and its text back cost more than reading it (an uncached /extract of a
 *   100 KB invoice: ~8 ms of server CPU instead of ~12); larger ones still go to the threads, so a big
 *   document never holds the server's event loop.
 */
import { createPdfjsPool, type PdfjsPool } from './pdfjs-pool.js';
import { tryLeanText } from './lean-text.js';
import type { pdfTextAndAttachments, PdfTextOptions } from './text.js';

export type PdfTextReader = (bytes: Uint8Array, options: Pick<PdfTextOptions, 'password' | 'maxPages'>) => ReturnType<typeof pdfTextAndAttachments>;

export interface PdfTextPool {
  read: PdfTextReader;
  destroy(): Promise<void>;
}

/**
 * From this many documents on, a batch reads PDFs on threads. Measured on 2 cores (bench/extract/README):
 * 50 invoices cost 3.3 CPU-s read here and 3.8 with threads; at 200 both cost ~7.1, and threads
 * spread it over both cores.
 */
export const THREADED_BATCH = 100;

export function createPdfTextPool(threads: number, batchSize = Infinity, inlineBytes = 0): PdfTextPool {
  let pool: PdfjsPool | undefined;
  const threaded = batchSize >= THREADED_BATCH;
  return {
    async read(bytes, options) {
      const here = !threaded || bytes.length <= inlineBytes;
      const lean = here ? tryLeanText(bytes, options) : undefined;
      if (lean) return lean;
      pool ??= createPdfjsPool(threads);
      return pool.textAndAttachments({ bytes, options, leanTried: here });
    },
    destroy: async () => pool?.destroy(),
  };
}
