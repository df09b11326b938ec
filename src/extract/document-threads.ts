/**
 * Digital PDFs read whole on worker threads, for a long-lived runtime (the server): reading one (lean
 * text layer, XML, invoice parsing: a few ms of CPU for an invoice) is almost all of an uncached
 * /extract's work, and on the event loop it was a turn of the loop per request in flight. Node accepts
 * one waiting connection per turn, so under load new clients waited seconds for their first answer
 * (bench/serve: p99 3.8–5.5 s uncached, all of it before the request was parsed), cached answers
 * queued behind extractions, and one core did all the reading. On threads the loop only receives,
 * hashes and answers; the threads read on every core.
 *
 * A CLI batch has no requests to answer, and its calling thread reads documents too (`callerReads`):
 * beside one thread fewer, whenever every thread already has QUEUED documents waiting. Each thread's
 * start and its warm-up (its own compiled patterns and optimised code: V8 shares neither between
 * threads) cost more than the calling thread's turns away from the files it reads and hashes.
 *
 * What a thread cannot read alone (readDigitalPdf's null: pdf.js, OCR, a QR code) comes back to the
 * caller, which reads it with readPdf. A thread that dies (its memory limit, a crash) is replaced on the
 * next read, and its documents come back as null; without the compiled thread script (tests run from
 * sources) every document is read on the calling thread.
 */
import { existsSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { lazyRequire } from '../core/lazy-require.js';
import { threadBytes } from '../core/thread-bytes.js';
import type { Reading } from './context.js';
import { readDigitalPdf, type DigitalOptions } from './read-digital.js';
import { documentThreadScript } from './thread-script.js';

// Loaded with the first thread: a batch of fewer than THREADED_BATCH files starts none.
const workerThreads = lazyRequire<typeof import('node:worker_threads')>('node:worker_threads');

/** A thread's heap: far above an invoice's needs, so a hostile document ends the thread, not the server. */
const THREAD_HEAP_MB = 512;

/**
 * Documents a thread has waiting before the calling thread reads the next one itself: ~50 ms of a
 * thread's work, more than the calling thread may read between two turns of its event loop (letEventsIn
 * lets them in after 20 ms), the turns at which the thread's answers are taken and its next documents sent.
 */
const QUEUED = 6;

export interface ThreadsOptions {
  /** The heap a thread may use (THREAD_HEAP_MB). */
  heapMb?: number;
  /** The calling thread reads documents too, beside `threads - 1` threads (a CLI batch; never the server). */
  callerReads?: boolean;
}

export interface DocumentThreads {
  /** The document's reading, or null when readPdf must read it (see readDigitalPdf). */
  read(bytes: Uint8Array): Promise<Reading | null>;
  /** Documents a batch keeps in flight so that no thread waits: QUEUED for each thread, two for the calling one. */
  inFlight: number;
  destroy(): Promise<void>;
}

interface Thread {
  worker: Worker;
  waiting: Map<number, (reading: Reading | null) => void>;
}

export function createDocumentThreads(threads: number, options: DigitalOptions, { heapMb = THREAD_HEAP_MB, callerReads = false }: ThreadsOptions = {}): DocumentThreads {
  const script = documentThreadScript();
  const count = callerReads ? threads - 1 : Math.max(1, threads);
  if (!existsSync(script) || count < 1) return { read: async (bytes) => readDigitalPdf(bytes, options), inFlight: 2, destroy: async () => {} };
  const pool: (Thread | undefined)[] = new Array(count).fill(undefined);
  let nextId = 0;
  let destroyed = false;
  /** The least busy thread, starting the slots that are empty (first use, or their thread died). */
  const pick = (): Thread => {
    for (let i = 0; i < pool.length; i++) pool[i] ??= start(script, options, heapMb, () => (pool[i] = undefined));
    return pool.reduce((a, b) => (b!.waiting.size < a!.waiting.size ? b : a))!;
  };
  return {
    inFlight: count * QUEUED + 2,
    async read(bytes) {
      if (destroyed) return readDigitalPdf(bytes, options);
      const thread = pick();
      if (callerReads && thread.waiting.size >= QUEUED) return readDigitalPdf(bytes, options);
      const id = nextId++;
      return new Promise((resolve) => {
        // Referenced while it has work: a run waiting for its answer must not end for want of other events.
        if (thread.waiting.size === 0) thread.worker.ref();
        thread.waiting.set(id, resolve);
        thread.worker.postMessage({ id, bytes: threadBytes(bytes) });
      });
    },
    async destroy() {
      destroyed = true;
      await Promise.all(pool.map((t) => t?.worker.terminate()));
    },
  };
}

function start(script: string, options: DigitalOptions, heapMb: number, onGone: () => void): Thread {
  const worker = new (workerThreads().Worker)(script, { workerData: options, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 } });
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
