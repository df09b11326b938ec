/**
 * The read-ahead thread of a one-pass merge (read-ahead.ts): reads and hashes the inputs in order, at
 * most a window of bytes ahead of those the main thread has taken. Each input goes into the ring, a
 * SharedArrayBuffer whose space the main thread gives back once a document is placed and written (the
 * first touch of fresh memory cost more than the read itself; the ring's pages are touched once), and
 * its place there is handed over; when the ring has no room left, into a buffer of its own, transferred
 * (not copied). An input it cannot read comes back without bytes; the main thread then reads it itself
 * and reports the error as usual. Imports nothing but Node's built-ins, so it starts in a few
 * milliseconds.
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { files, taken, windowBytes, ring } = workerData as { files: { index: number; path: string; size: number }[]; taken: SharedArrayBuffer; windowBytes: number; ring: SharedArrayBuffer };
/**
 * [0]: how many inputs the main thread has taken, in order; [1]: 1 once it wants no more; [2]: how many
 * of the ring's places it has given back, in the order they were handed over; [3]: how many places this
 * thread has filled (stored after the bytes, so that the main thread reads them after they are there).
 */
const progress = new Int32Array(taken);
// Bytes read of each input, to know how far ahead this thread is.
let aheadBytes = 0;
let released = 0;

/** The ring's places in use, oldest first: [start, end). */
const inRing: [number, number][] = [];
let ringReleased = 0;
let filled = 0;

const stopped = () => Atomics.load(progress, 1) === 1;

/** Where `size` bytes fit in the ring now (after the newest place, else from its start), or -1. */
function ringPlace(size: number): number {
  const given = Atomics.load(progress, 2);
  while (ringReleased < given) {
    inRing.shift();
    ringReleased += 1;
  }
  if (inRing.length === 0) return size <= ring.byteLength ? 0 : -1;
  const oldest = inRing[0][0];
  const next = inRing[inRing.length - 1][1];
  if (next >= oldest) {
    if (next + size <= ring.byteLength) return next;
    return size <= oldest ? 0 : -1;
  }
  return next + size <= oldest ? next : -1;
}

/** The file's bytes read into the ring at `at`; its length, or -1 when it is not `size` bytes any more. */
function readInto(path: string, at: number, size: number): number {
  const fd = openSync(path, 'r');
  try {
    if (fstatSync(fd).size !== size) return -1;
    const into = new Uint8Array(ring, at, size);
    let n = 0;
    while (n < size) {
      const got = readSync(fd, into, n, size - n, n);
      if (got === 0) break;
      n += got;
    }
    return n;
  } finally {
    closeSync(fd);
  }
}

for (const { index, path, size } of files) {
  // Wait while the window is full: the main thread's taking an input frees its bytes.
  for (;;) {
    const done = Atomics.load(progress, 0);
    while (released < files.length && files[released].index < done) aheadBytes -= files[released++].size;
    if (stopped() || aheadBytes === 0 || aheadBytes + size <= windowBytes) break;
    Atomics.wait(progress, 0, done);
  }
  if (stopped()) break;
  aheadBytes += size;
  try {
    const at = ringPlace(size);
    const length = at < 0 ? -1 : readInto(path, at, size);
    if (length >= 0) {
      inRing.push([at, at + length]);
      Atomics.store(progress, 3, ++filled);
      const sha256 = createHash('sha256').update(new Uint8Array(ring, at, length)).digest('hex');
      parentPort!.postMessage({ index, at, length, sha256 });
      continue;
    }
    const read = readFileSync(path);
    // A buffer of its own, so that it can be transferred (small reads may share a pool).
    const bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? new Uint8Array(read.buffer) : new Uint8Array(read);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    parentPort!.postMessage({ index, bytes, sha256 }, [bytes.buffer as ArrayBuffer]);
  } catch {
    parentPort!.postMessage({ index, bytes: null, sha256: '' });
  }
}
