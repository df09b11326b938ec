/**
 * Digital PDFs read whole on worker threads, for a long-lived runtime (the server): reading one (lean
 * text layer, XML, invoice parsing: a few ms of CPU for an invoice) is almost all of an uncached
 * /extract's work, and on the event loop it was a turn of the loop per request in flight. Node accepts
 * one waiting connection per turn, so under load new clients waited seconds for their first answer
 * (bench/serve: p99 3.8–5.5 s uncached, all of it before the request was parsed), cached answers
 * queued behind extractions, and one core did all the reading. On threads the loop only receives,
 * hashes and answers; the threads read on every core.
 *
 * What a thread cannot read alone (readDigitalPdf's null: pdf.js, OCR, a QR code) comes back to the
 * caller, which reads it with readPdf. A thread that dies (its memory limit, a crash) is replaced on the
 * next read, and its documents come back as null; without the compiled thread script (tests run from
 * sources) every document is read on the calling thread.
 *
 * A CLI batch (`callerReads`) has no event loop to keep free: the calling thread reads documents too,
 * whenever every thread already has that many waiting, so neither core idles while a thread starts or
 * the calling thread parses what came back. Its threads start at once (`startNow`), while the calling
 * thread still collects and reads the first files.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { threadBytes } from '../core/thread-bytes.js';
import type { Reading } from './context.js';
import { readDigitalPdf, type DigitalOptions } from './read-digital.js';

const SCRIPT = fileURLToPath(new URL('./document-thread.js', import.meta.url));
/** A thread's heap: far above an invoice's needs, so a hostile document ends the thread, not the server. */
const THREAD_HEAP_MB = 512;

export interface DocumentThreads {
  /** The document's reading, or null when readPdf must read it (see readDigitalPdf). */
  read(bytes: Uint8Array): Promise<Reading | null>;
  /** How many threads were started, and how many documents were read on them and on the calling thread. */
  stats(): { threads: number; onThreads: number; here: number };
  destroy(): Promise<void>;
}

export interface ThreadOptions {
  /** A thread's heap limit. */
  heapMb?: number;
  /** The calling thread reads a document itself when every thread has this many waiting (default: never). */
  callerReads?: number;
  /** Start every thread now, not on the first read. */
  startNow?: boolean;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, (reading: Reading | null) => void>;
}

export function createDocumentThreads(threads: number, options: DigitalOptions, { heapMb = THREAD_HEAP_MB, callerReads = Infinity, startNow = false }: ThreadOptions = {}): DocumentThreads {
  const counts = { threads: 0, onThreads: 0, here: 0 };
  const readHere = (bytes: Uint8Array) => {
    counts.here++;
    return readDigitalPdf(bytes, options);
  };
  if (!existsSync(SCRIPT)) return { read: async (bytes) => readHere(bytes), stats: () => ({ ...counts }), destroy: async () => {} };
  const pool: (Thread | undefined)[] = new Array(Math.max(1, threads)).fill(undefined);
  let nextId = 0;
  let destroyed = false;
  /** Starts the slots that are empty (first use, or their thread died). */
  const fill = () => {
    for (let i = 0; i < pool.length; i++) {
      if (pool[i]) continue;
      pool[i] = start(options, heapMb, () => (pool[i] = undefined));
      counts.threads++;
    }
  };
  /** The least busy thread. */
  const pick = (): Thread => {
    fill();
    return pool.reduce((a, b) => (b!.waiting.size < a!.waiting.size ? b : a))!;
  };
  if (startNow) fill();
  return {
    async read(bytes) {
      if (destroyed) return readHere(bytes);
      const thread = pick();
      if (thread.waiting.size >= callerReads) return readHere(bytes);
      counts.onThreads++;
      const id = nextId++;
      return new Promise((resolve) => {
        // Referenced while it has work: a run waiting for its answer must not end for want of other events.
        if (thread.waiting.size === 0) thread.worker.ref();
        thread.waiting.set(id, resolve);
        thread.worker.postMessage({ id, bytes: threadBytes(bytes) });
      });
    },
    stats: () => ({ ...counts }),
    async destroy() {
      destroyed = true;
      await Promise.all(pool.map((t) => t?.worker.terminate()));
    },
  };
}

function start(options: DigitalOptions, heapMb: number, onGone: () => void): Thread {
  const worker = new Worker(SCRIPT, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 } });
  // An idle thread does not keep the process alive.
  worker.unref();
  const thread: Thread = { worker, waiting: new Map() };
  worker.on('message', ({ id, reading }: { id: number; reading: Reading | null }) => {
    thread.waiting.get(id)?.(reading);
    thread.waiting.delete(id);
    if (thread.waiting.size === 0) worker.unref();
  });
  let gone = false;
  const fail = () => {
    if (gone) return;
    gone = true;
    onGone();
    for (const resolve of thread.waiting.values()) resolve(null);
    thread.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  return thread;
}
