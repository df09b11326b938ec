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
 * threads) cost more than the calling thread's turns away from the files it reads and hashes. Once the
 * batch has handed out its last document, the calling thread takes back those a thread has not started
 * (a document is read by whichever of the two claims it first), so neither waits for the other at the end.
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
 * Documents a thread has waiting before the calling thread reads the next one itself: ~200 ms of a
 * thread's work. The thread's next documents are sent at the calling thread's turns of its event loop,
 * which come 20 ms apart (letEventsIn) on a quiet machine but far less often when other processes take
 * its core: with 6 waiting (~50 ms) a 500-file batch's thread ran dry for 0.3-1.5 s of its run at load
 * 15-23, with 24 for under 10 ms. A batch's last documents cost nothing for it: the calling thread takes
 * back those the thread has not started (lastHandedOut).
 */
const QUEUED = 24;

/** What a document thread is started with (document-thread.ts). */
export interface DocumentThreadData {
  options: DigitalOptions;
  /** With `callerReads`, its documents' claims (claimDocument): it skips one the calling thread took back. */
  claims?: Int32Array;
}

export interface ThreadsOptions {
  /** The heap a thread may use (THREAD_HEAP_MB). */
  heapMb?: number;
  /** The calling thread reads documents too, beside `threads - 1` threads (a CLI batch; never the server). */
  callerReads?: boolean;
}

export interface DocumentThreads {
  /** The document's reading, or null when readPdf must read it (see readDigitalPdf). */
  read(bytes: Uint8Array): Promise<Reading | null>;
  /**
   * The batch has handed out its last document: with `callerReads`, the calling thread takes back the
   * documents the threads have not started, last sent first, and reads them itself between its other turns.
   */
  lastHandedOut(): void;
  /** Documents a batch keeps in flight so that no thread waits: QUEUED for each thread, two for the calling one. */
  inFlight: number;
  destroy(): Promise<void>;
}

interface Sent {
  bytes: Uint8Array;
  resolve(reading: Reading | null): void;
}

interface Thread {
  worker: Worker;
  /** In the order sent, which is the order the thread reads them in. */
  waiting: Map<number, Sent>;
  /** The id of the next document sent to this thread. */
  nextId: number;
  /**
   * One slot per document waiting, shared with the thread (callerReads): a document sent holds its mark
   * there until the thread or the calling thread claims it. A thread has fewer than QUEUED documents
   * waiting when it is sent one, claims them in order, and is sent none once the calling thread takes
   * documents back, so QUEUED slots are never two documents' at once.
   */
  claims?: Int32Array;
}

const mark = (id: number) => (id % 0x7fffffff) + 1;

/** True for the first of the calling thread and the document's thread to claim document `id`. */
export function claimDocument(claims: Int32Array, id: number): boolean {
  return Atomics.compareExchange(claims, id % claims.length, mark(id), 0) === mark(id);
}

export function createDocumentThreads(threads: number, options: DigitalOptions, { heapMb = THREAD_HEAP_MB, callerReads = false }: ThreadsOptions = {}): DocumentThreads {
  const script = documentThreadScript();
  const count = callerReads ? threads - 1 : Math.max(1, threads);
  if (!existsSync(script) || count < 1) return { read: async (bytes) => readDigitalPdf(bytes, options), lastHandedOut: () => {}, inFlight: 2, destroy: async () => {} };
  const pool: (Thread | undefined)[] = new Array(count).fill(undefined);
  let destroyed = false;
  /** lastHandedOut was called: a document still to come is read here, and a thread is sent no more. */
  let takingBack = false;
  /** The least busy thread, starting the slots that are empty (first use, or their thread died). */
  const pick = (): Thread => {
    for (let i = 0; i < pool.length; i++) pool[i] ??= start(script, options, callerReads, heapMb, () => (pool[i] = undefined));
    return pool.reduce((a, b) => (b!.waiting.size < a!.waiting.size ? b : a))!;
  };
  /** The last document sent to a thread, read here if the thread has not claimed it; false when it has. */
  const takeBack = (): boolean => {
    const thread = pool.reduce<Thread | undefined>((a, b) => (b && b.waiting.size > (a?.waiting.size ?? 0) ? b : a), undefined);
    const last = thread && [...thread.waiting].at(-1);
    if (!last || !claimDocument(thread.claims!, last[0])) return false;
    thread.waiting.delete(last[0]);
    if (thread.waiting.size === 0) thread.worker.unref();
    last[1].resolve(readDigitalPdf(last[1].bytes, options));
    return true;
  };
  return {
    inFlight: count * QUEUED + 2,
    lastHandedOut() {
      if (!callerReads) return;
      takingBack = true;
      // A turn of the event loop before each: the threads' answers come in and their results go out first.
      const next = () => setImmediate(() => !destroyed && takeBack() && next());
      next();
    },
    async read(bytes) {
      if (destroyed || takingBack) return readDigitalPdf(bytes, options);
      const thread = pick();
      if (callerReads && thread.waiting.size >= QUEUED) return readDigitalPdf(bytes, options);
      const id = thread.nextId++;
      return new Promise((resolve) => {
        // Referenced while it has work: a run waiting for its answer must not end for want of other events.
        if (thread.waiting.size === 0) thread.worker.ref();
        thread.waiting.set(id, { bytes, resolve });
        if (thread.claims) Atomics.store(thread.claims, id % QUEUED, mark(id));
        thread.worker.postMessage({ id, bytes: threadBytes(bytes) });
      });
    },
    async destroy() {
      destroyed = true;
      await Promise.all(pool.map((t) => t?.worker.terminate()));
    },
  };
}

function start(script: string, options: DigitalOptions, callerReads: boolean, heapMb: number, onGone: () => void): Thread {
  const claims = callerReads ? new Int32Array(new SharedArrayBuffer(QUEUED * Int32Array.BYTES_PER_ELEMENT)) : undefined;
  const worker = new (workerThreads().Worker)(script, { workerData: { options, claims } satisfies DocumentThreadData, resourceLimits: { maxOldGenerationSizeMb: heapMb, maxYoungGenerationSizeMb: 64 } });
  // An idle thread does not keep the process alive.
  worker.unref();
  const thread: Thread = { worker, waiting: new Map(), nextId: 0, claims };
  worker.on('message', ({ id, reading }: { id: number; reading: Reading | null }) => {
    thread.waiting.get(id)?.resolve(reading);
    thread.waiting.delete(id);
    if (thread.waiting.size === 0) worker.unref();
  });
  let gone = false;
  const fail = () => {
    if (gone) return;
    gone = true;
    onGone();
    for (const sent of thread.waiting.values()) sent.resolve(null);
    thread.waiting.clear();
  };
  worker.on('error', fail);
  worker.on('exit', fail);
  return thread;
}
