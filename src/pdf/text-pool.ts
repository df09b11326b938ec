/**
 * PDF text extraction spread over worker threads. pdf.js in Node runs its "worker" on the calling
 * thread, so however many documents are in flight, one process reads PDFs on one core; a pool of
 * threads, each with its own pdf.js, uses them all.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { InvoicectlError } from '../core/errors.js';
import type { Settled } from '../core/pipeline.js';
import { pdfTextAndAttachments, type PdfTextOptions } from './text.js';

export type PdfTextReader = (bytes: Uint8Array, options: Pick<PdfTextOptions, 'password' | 'maxPages'>) => ReturnType<typeof pdfTextAndAttachments>;

export interface PdfTextPool {
  read: PdfTextReader;
  destroy(): Promise<void>;
}

const WORKER = fileURLToPath(new URL('./text-worker.js', import.meta.url));

/** A pool of `threads` readers; in-process when one thread is enough or the compiled worker is absent (tests run from sources). */
export function createPdfTextPool(threads: number): PdfTextPool {
  if (threads < 2 || !existsSync(WORKER)) return { read: pdfTextAndAttachments, destroy: async () => {} };
  // A larger young generation: pdf.js makes many short-lived objects, and scavenges took ~12% of a thread.
  const pool = new Piscina({ filename: WORKER, minThreads: 1, maxThreads: threads, idleTimeout: 5_000, resourceLimits: { maxYoungGenerationSizeMb: 96 } });
  return {
    read: async (bytes, options) => {
      const result = (await pool.run({ bytes, options })) as Settled<Awaited<ReturnType<PdfTextReader>>>;
      if (!result.ok) throw new InvoicectlError(result.error.code, result.error.message, result.error.details);
      return result.value;
    },
    destroy: () => pool.destroy(),
  };
}
