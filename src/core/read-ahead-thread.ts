/**
 * The read-ahead thread (read-ahead.ts): reads the files it is given, in order, hashes each one and hands
 * its bytes over (transferred, not copied). Only Node's built-ins are loaded, so the thread is ready in
 * the time it takes to start one.
 *
 * It reads while the bytes read and not yet taken stay under the budget the caller grants; each `credit`
 * message grants more. Each file is claimed first in a shared array, so that the caller, when it gets to
 * a file the thread has not, reads that one itself and the thread skips it. A file it cannot read is reported as such, and the caller reads it itself (and
 * reports the error as it would have).
 */
import { createHash } from 'node:crypto';
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { BY_THREAD, UNCLAIMED, type ReadAheadJob, type ReadAheadResult } from './read-ahead.js';

const { paths, hash, budget: initial, claims } = workerData as ReadAheadJob;
const claimed = new Int32Array(claims);
let budget = initial;
let next = 0;

// Started: the caller may change V8's flags again (core/interrupt-budget.ts).
parentPort!.postMessage('ready');
parentPort!.on('message', (credit: number) => {
  budget += credit;
  pump();
});
pump();

function pump(): void {
  while (next < paths.length && budget > 0) {
    const index = next++;
    // A file the caller got to first is the caller's to read.
    if (Atomics.compareExchange(claimed, index, UNCLAIMED, BY_THREAD) !== UNCLAIMED) continue;
    const result = read(index);
    if ('bytes' in result) budget -= result.bytes.length;
    parentPort!.postMessage(result, 'bytes' in result ? [result.bytes.buffer as ArrayBuffer] : []);
  }
}

function read(index: number): ReadAheadResult {
  try {
    const bytes = readWhole(paths[index]);
    return { index, bytes, sha256: hash ? createHash('sha256').update(bytes).digest('hex') : undefined };
  } catch {
    return { index, failed: true };
  }
}

/** The file's bytes in an ArrayBuffer of their own (readFileSync may hand out a slice of a shared pool). */
function readWhole(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(size);
    let at = 0;
    while (at < size) {
      const n = readSync(fd, bytes, at, size - at, at);
      if (n === 0) break;
      at += n;
    }
    // A file that shrank since it was listed: what is there now, as readFileSync would return.
    return at === size ? bytes : bytes.slice(0, at);
  } finally {
    closeSync(fd);
  }
}
