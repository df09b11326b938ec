/**
 * The read-ahead thread of a one-pass merge (read-ahead.ts): reads and hashes the inputs in order, at
 * most a window of bytes ahead of those the main thread has taken, and hands each over with its buffer
 * transferred (not copied). An input it cannot read comes back without bytes; the main thread then
 * reads it itself and reports the error as usual. Imports nothing but Node's built-ins, so it starts in
 * a few milliseconds.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';

const { files, taken, windowBytes } = workerData as { files: { index: number; path: string; size: number }[]; taken: SharedArrayBuffer; windowBytes: number };
/** [0]: how many inputs the main thread has taken, in order; [1]: 1 once it wants no more. */
const progress = new Int32Array(taken);
// Bytes read of each input, to know how far ahead this thread is.
let aheadBytes = 0;
let released = 0;

const stopped = () => Atomics.load(progress, 1) === 1;

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
  let bytes: Uint8Array | null = null;
  let sha256 = '';
  try {
    const read = readFileSync(path);
    // A buffer of its own, so that it can be transferred (small reads may share a pool).
    bytes = read.byteOffset === 0 && read.byteLength === read.buffer.byteLength ? new Uint8Array(read.buffer) : new Uint8Array(read);
    sha256 = createHash('sha256').update(bytes).digest('hex');
  } catch {
    bytes = null;
  }
  parentPort!.postMessage({ index, bytes, sha256 }, bytes ? [bytes.buffer as ArrayBuffer] : []);
}
