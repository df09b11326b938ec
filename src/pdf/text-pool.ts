/**
 * PDF text extraction for extract. The lean reader (lean-text.ts) reads a digital invoice in a few
 * milliseconds without pdf.js; pdf.js reads what it refuses. Where that runs:
 * - a small batch (fewer than THREADED_BATCH documents) reads on the calling thread, and starts pdf.js
 *   threads only if a document needs them, one at first (ONE_THREAD_UP_TO): starting threads costs more
 *   than such a batch gains;
 * - a large batch, and a long-lived runtime (the server), read on threads (pdfjs-pool.ts), the lean
 *   reader first there too, so the calling thread only parses invoices and several cores read PDFs;
 * - except documents up to `inlineBytes` (the server sets it): read lean on the calling thread, since
 *   sending one to a thread and its text back cost more than reading it (an uncached /extract of a
 *   100 KB invoice: ~8 ms of server CPU instead of ~12); larger ones still go to the threads, so a big
 *   document never holds the server's event loop.
 */
import { createPdfjsPool, type PdfjsPool } from './pdfjs-pool.js';
import { tryLeanDocument } from './lean-text.js';
import type { LeanDocument } from './lean/document.js';
import type { pdfTextAndAttachments, PdfTextOptions } from './text.js';

/**
 * `doc`: the lean reader's document when the text was read here, for a caller that reads more of the
 * file (page 1's images, for a QR code) without parsing it again.
 */
export type PdfTextReader = (bytes: Uint8Array, options: Pick<PdfTextOptions, 'password' | 'maxPages'>) => Promise<Awaited<ReturnType<typeof pdfTextAndAttachments>> & { doc?: LeanDocument }>;

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

/**
 * A small batch starts one pdf.js thread for its first refused document, and the others (up to `threads`)
 * only once it has sent more than this many: a small batch usually has a few such documents (6 of the 50
 * in bench/extract/files.mjs), and a second thread's start (loading pdf.js: ~0.45 CPU-s, ~40 MB) cost
 * more than it saved them (50 files: 2.5 instead of 3.0–3.5 CPU-s, no slower).
 */
export const ONE_THREAD_UP_TO = 8;

export function createPdfTextPool(threads: number, batchSize = Infinity, inlineBytes = 0): PdfTextPool {
  const threaded = batchSize >= THREADED_BATCH;
  const pools: { pool: PdfjsPool; busy: number }[] = [];
  let sent = 0;
  /** The least busy pool, after starting the first one, or the rest once a small batch sent enough. */
  const pick = () => {
    sent++;
    if (pools.length === 0) pools.push({ pool: createPdfjsPool(threaded ? threads : 1), busy: 0 });
    else if (pools.length === 1 && !threaded && threads > 1 && sent > ONE_THREAD_UP_TO) pools.push({ pool: createPdfjsPool(threads - 1), busy: 0 });
    return pools.reduce((a, b) => (b.busy < a.busy ? b : a));
  };
  return {
    async read(bytes, options) {
      const here = !threaded || bytes.length <= inlineBytes;
      const lean = here ? tryLeanDocument(bytes, options) : undefined;
      if (lean) return { ...lean.layer, doc: lean.doc };
      const target = pick();
      target.busy++;
      try {
        return await target.pool.textAndAttachments({ bytes, options, leanTried: here });
      } finally {
        target.busy--;
      }
    },
    destroy: async () => {
      await Promise.all(pools.map((p) => p.pool.destroy()));
    },
  };
}
