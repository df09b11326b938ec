/**
 * Reads a batch's files ahead on a worker thread, so the main thread gets their bytes (and SHA-256)
 * without spending its own time on them.
 *
 * Why: reading a file into fresh memory is dominated by the kernel's page faults for that memory (on the
 * benchmark machine ~3–5 ms of CPU per MB, most of it system time), and hashing costs ~1.5 ms per MB. For
 * the 200 real invoices (28 MB) that was ~0.2 s of the main thread's ~0.8; on a second core it runs beside
 * the loading of the PDF code and the opening of the documents read before. The bytes are transferred,
 * not copied, so the main thread never touches fresh memory for them.
 *
 * The two threads share the work: the caller, when it gets to a file the thread has not started, reads it
 * itself (a shared array of claims says who reads which), so it never waits for a thread that is behind
 * (starting one takes ~60–150 ms, during which the caller may have files to do).
 *
 * The thread reads only up to a budget of bytes ahead of what the caller has taken, so memory stays
 * bounded however long the batch. What it cannot read (a file gone, a permission) the caller reads
 * itself, which reports the error as before; without the compiled thread script (tests from sources)
 * there is no read-ahead at all.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from './inputs.js';
import { holdDefaultFlags } from './interrupt-budget.js';

const SCRIPT = fileURLToPath(new URL('./read-ahead-thread.js', import.meta.url));

/** Bytes read ahead and not yet taken, at most. */
const DEFAULT_BUDGET = 16 << 20;

/** Who reads a file: nobody yet, the thread, or the caller. */
export const UNCLAIMED = 0;
export const BY_THREAD = 1;
const BY_CALLER = 2;

export interface ReadAheadJob {
  paths: string[];
  /** An Int32Array's memory, one claim per path. */
  claims: SharedArrayBuffer;
  /** Whether to compute the SHA-256 (placing reads files again whose hash is known). */
  hash: boolean;
  budget: number;
}

export type ReadAheadResult = { index: number; bytes: Uint8Array; sha256?: string } | { index: number; failed: true };

export interface ReadBytes {
  bytes: Uint8Array;
  sha256?: string;
}

export class ReadAhead {
  private readonly waiting = new Map<number, (result: ReadBytes | null) => void>();
  private readonly arrived = new Map<number, ReadBytes | null>();
  /** Arrived files whose bytes were given back to the thread's budget before they were taken. */
  private readonly released = new Set<number>();
  private closed = false;

  private constructor(
    private readonly worker: Worker,
    private readonly indexOf: Map<InputFile, number>,
    private readonly claims: Int32Array,
  ) {
    worker.on('message', (r: ReadAheadResult | 'ready') => {
      if (r !== 'ready') this.deliver(r.index, 'bytes' in r ? { bytes: r.bytes, sha256: r.sha256 } : null);
    });
    // A thread that fails leaves every file not yet delivered to the caller.
    const fail = () => {
      this.closed = true;
      for (const [index, resolve] of this.waiting) resolve(null);
      this.waiting.clear();
    };
    worker.on('error', fail);
    worker.on('exit', fail);
  }

  /**
   * Starts reading those of `files` that are files on disk, in the order given (the order they will be
   * taken in), or returns null when there are none or the thread script is not there (tests from sources).
   */
  static start(files: readonly InputFile[], options: { hash: boolean; budget?: number }): ReadAhead | null {
    const onDisk = files.filter((f) => f.path !== undefined);
    if (onDisk.length === 0 || !existsSync(SCRIPT)) return null;
    const claims = new SharedArrayBuffer(4 * onDisk.length);
    const job: ReadAheadJob = { paths: onDisk.map((f) => f.path!), claims, hash: options.hash, budget: options.budget ?? DEFAULT_BUDGET };
    const started = holdDefaultFlags();
    const worker = new Worker(SCRIPT, { workerData: job });
    worker.once('message', started);
    worker.once('exit', started);
    return new ReadAhead(worker, new Map(onDisk.map((f, i) => [f, i])), new Int32Array(claims));
  }

  /**
   * The bytes of `file`, once, when the thread has read or is reading it; null when the caller is to read
   * the file itself: the thread had not got to it (it is then the caller's), could not read it, or was
   * not given it.
   */
  take(file: InputFile): Promise<ReadBytes | null> {
    const index = this.indexOf.get(file);
    if (index === undefined) return Promise.resolve(null);
    this.indexOf.delete(file);
    if (Atomics.compareExchange(this.claims, index, UNCLAIMED, BY_CALLER) === UNCLAIMED) return Promise.resolve(null);
    this.skipBefore(index);
    if (this.arrived.has(index)) {
      const result = this.arrived.get(index)!;
      this.arrived.delete(index);
      return Promise.resolve(this.taken(index, result));
    }
    if (this.closed) return Promise.resolve(null);
    return new Promise((resolve) => this.waiting.set(index, (r) => resolve(this.taken(index, r))));
  }

  /** Stops the thread; files not taken are let go. */
  async close(): Promise<void> {
    this.closed = true;
    this.arrived.clear();
    this.released.clear();
    for (const resolve of this.waiting.values()) resolve(null);
    this.waiting.clear();
    await this.worker.terminate();
  }

  private deliver(index: number, result: ReadBytes | null): void {
    const resolve = this.waiting.get(index);
    if (resolve) {
      this.waiting.delete(index);
      resolve(result);
    } else if (!this.closed) this.arrived.set(index, result);
  }

  /**
   * Files are taken about in the order they were given: one that arrived before `index` and is still
   * not taken may never be, and must not hold the thread's budget (the thread would wait for it while
   * the caller waits for a later file). Its bytes are kept in case it is taken after all.
   */
  private skipBefore(index: number): void {
    for (const [i, result] of this.arrived) if (i < index) this.release(i, result);
  }

  /** Taken bytes are the caller's: the thread may read that much more. */
  private taken(index: number, result: ReadBytes | null): ReadBytes | null {
    this.release(index, result);
    this.released.delete(index);
    return result;
  }

  private release(index: number, result: ReadBytes | null): void {
    if (!result || this.closed || this.released.has(index)) return;
    this.released.add(index);
    this.worker.postMessage(result.bytes.length);
  }
}
