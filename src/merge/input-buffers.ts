/**
 * Buffers that a merge placing its inputs as it reads them fills again, one input after another.
 *
 * Each input read into a fresh buffer is fresh memory, and on the virtual machines measured the first
 * touch of a page cost more than reading the file: a merge of 200 real invoices spent ~8% of its CPU in
 * the kernel clearing pages for the input bytes alone (`perf`, bench/merge/README.md). Once a document
 * has been placed and the sheets it lies on written out (the writer copies what it writes), nothing
 * points into its bytes, and the buffer takes the next.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

/**
 * Files larger than this are read as before (on the thread pool, into their own buffer). Every buffer of
 * the pool is this large, so any of them holds any file read here: its pages are touched only as far as
 * it is filled, and the rest costs nothing beyond address space.
 */
export const POOLED_READ_BYTES = 4 << 20;

/** Free buffers kept at most: a 2x2 sheet holds four documents, and one more is read before it is written. */
const KEEP_FREE = 8;

export interface PooledBytes {
  bytes: Uint8Array;
  /** Gives the buffer back; call once nothing points into `bytes` any more. Later calls do nothing. */
  release(): void;
}

export class InputBuffers {
  private readonly free: Buffer[] = [];

  /** The file's bytes, in a buffer of the pool; null when it is larger than POOLED_READ_BYTES. */
  read(path: string): PooledBytes | null {
    const fd = openSync(path, 'r');
    try {
      const size = fstatSync(fd).size;
      if (size > POOLED_READ_BYTES) return null;
      const buffer = this.free.pop() ?? Buffer.allocUnsafeSlow(POOLED_READ_BYTES);
      let at = 0;
      while (at < size) {
        const n = readSync(fd, buffer, at, size - at, at);
        if (n === 0) break;
        at += n;
      }
      let released = false;
      return {
        // A file that shrank since it was listed: what is there now, as readFileSync returns.
        bytes: buffer.subarray(0, at),
        release: () => {
          if (released) return;
          released = true;
          if (this.free.length < KEEP_FREE) this.free.push(buffer);
        },
      };
    } finally {
      closeSync(fd);
    }
  }
}
