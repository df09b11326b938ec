/**
 * Reading ahead on a second thread for a merge that places its inputs as it reads them: while the main
 * thread opens, copies and writes one input, the thread reads and hashes the next ones (the file's
 * bytes, their first touch of fresh memory and the SHA-256: ~10-15% of the main thread's CPU at 2,000
 * invoices), at most WINDOW_BYTES ahead, into a ring of shared memory the main thread gives back as
 * documents are written (RING_BYTES). The bytes are the file's, so the merged PDF does not depend on
 * which thread read them; what the thread cannot read the main thread reads itself.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { InputFile } from '../core/inputs.js';

/** Bytes read ahead of the main thread at most: the memory the thread may hold for it. */
const WINDOW_BYTES = 16 << 20;

/**
 * The ring the thread reads into: the window, and room for the documents taken but not yet written (a
 * 2x2 sheet's four and the next); an input that finds no room gets a buffer of its own.
 */
const RING_BYTES = 24 << 20;

export interface ReadAhead {
  /**
   * Input `index`'s bytes and SHA-256 as the thread read them, or null (not an input on disk, or one the
   * thread could not read). Inputs are taken in increasing order. Bytes in the thread's ring come with
   * `release`, to be called once nothing points into them any more: their space is then filled again.
   */
  take(index: number): Promise<{ bytes: Uint8Array; sha256: string; release?: () => void } | null>;
  stop(): Promise<void>;
}

/** The compiled thread script beside this module; none when running from sources (tests). */
function threadScript(): string | null {
  const url = new URL('./read-ahead-thread.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? fileURLToPath(url) : null;
}

/** A read-ahead thread for `files`, or null when only one thread is allowed or no input is on disk. */
export function startReadAhead(files: InputFile[], concurrency: number): ReadAhead | null {
  if (concurrency < 2) return null;
  const onDisk = files.flatMap((f, index) => (f.path ? [{ index, path: f.path, size: f.size }] : []));
  const script = threadScript();
  if (onDisk.length === 0 || !script) return null;
  // [0]: inputs taken so far, in order; [1]: 1 once no more are wanted; [2]: places of the ring given
  // back, in the order they were filled; [3]: places the thread has filled (read-ahead-thread.ts).
  const taken = new Int32Array(new SharedArrayBuffer(4 * Int32Array.BYTES_PER_ELEMENT));
  const ring = new SharedArrayBuffer(RING_BYTES);
  const worker = new Worker(script, { workerData: { files: onDisk, taken: taken.buffer, windowBytes: WINDOW_BYTES, ring } });
  const arrived = new Map<number, { bytes: Uint8Array | null; sha256: string; release?: () => void }>();
  const waiting = new Map<number, () => void>();
  let gone = false;
  // Places are given back in the order they were filled: one whose document is written before an
  // earlier one's (a failed input) waits for it.
  const givenBack: boolean[] = [];
  let firstHeld = 0;
  const giveBack = (place: number) => {
    givenBack[place] = true;
    while (givenBack[firstHeld]) firstHeld += 1;
    Atomics.store(taken, 2, firstHeld);
  };
  let places = 0;
  worker.on('message', (m: { index: number; bytes?: Uint8Array | null; at?: number; length?: number; sha256: string }) => {
    if (m.at !== undefined) {
      const place = places++;
      // The thread stores its count after the bytes: loading it orders this thread's reads after them.
      Atomics.load(taken, 3);
      let given = false;
      const release = () => {
        if (!given) giveBack(place);
        given = true;
      };
      arrived.set(m.index, { bytes: new Uint8Array(ring, m.at, m.length), sha256: m.sha256, release });
    } else arrived.set(m.index, { bytes: m.bytes ?? null, sha256: m.sha256 });
    waiting.get(m.index)?.();
  });
  const end = () => {
    gone = true;
    for (const resolve of waiting.values()) resolve();
  };
  worker.on('error', end);
  worker.on('exit', end);
  const onDiskIndexes = new Set(onDisk.map((f) => f.index));

  return {
    async take(index) {
      if (!onDiskIndexes.has(index)) return null;
      if (!arrived.has(index) && !gone) await new Promise<void>((resolve) => waiting.set(index, resolve));
      waiting.delete(index);
      const m = arrived.get(index);
      arrived.delete(index);
      // Taken: the thread may read further.
      Atomics.store(taken, 0, index + 1);
      Atomics.notify(taken, 0);
      return m?.bytes ? { bytes: m.bytes, sha256: m.sha256, release: m.release } : null;
    },
    async stop() {
      // Wakes the thread if it waits for room in its window; it then stops.
      Atomics.store(taken, 1, 1);
      Atomics.notify(taken, 0);
      await worker.terminate();
    },
  };
}
