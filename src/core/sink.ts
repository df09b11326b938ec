/**
 * Where streamed output goes: a temporary file beside the target, renamed over it on commit (so an
 * interrupted run never leaves a half-written file), or memory when the caller wants the bytes.
 */
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { registerTemp, releaseTemp } from './temp-files.js';

export interface Sink {
  write(chunk: Uint8Array): void;
  /**
   * Several chunks at once: for a file, one system call and no copy into a joined buffer, made on the
   * thread pool while the caller goes on (the chunks must not change until the returned promise settles,
   * after which the caller may reuse them); commit waits for it.
   */
  writeMany(chunks: Uint8Array[]): Promise<void>;
  commit(): Promise<void>;
  discard(): Promise<void>;
  /** The bytes written, for a memory sink; null for a file sink. */
  bytes(): Uint8Array | null;
  /** The target, for a file sink. */
  path?: string;
}

export function openSink(target?: string): Sink {
  if (!target) {
    const chunks: Uint8Array[] = [];
    let joined: Buffer | null = null;
    return {
      write: (c) => void chunks.push(Buffer.from(c)),
      writeMany: async (cs) => void chunks.push(Buffer.concat(cs)),
      commit: async () => {},
      discard: async () => void (chunks.length = 0),
      bytes: () => (joined ??= Buffer.concat(chunks)),
    };
  }
  const dir = path.dirname(path.resolve(target));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  registerTemp(tmp);
  const fd = fs.openSync(tmp, 'w');
  let closed = false;
  const close = () => {
    if (!closed) fs.closeSync(fd);
    closed = true;
  };
  // Every chunk has its place in the file when it is handed over (`end`), so writes made on the thread
  // pool and here may complete in any order.
  let end = 0;
  let inFlight = 0;
  let failed: unknown;
  const writing = new Set<Promise<void>>();
  const claim = (bytes: number) => {
    if (failed !== undefined) throw failed;
    const at = end;
    end += bytes;
    return at;
  };
  return {
    path: target,
    write: (c) => writeAllSync(fd, [c], claim(c.length)),
    writeMany: (cs) => {
      let bytes = 0;
      for (const c of cs) bytes += c.length;
      const at = claim(bytes);
      // Over the bound (a disk slower than the work), written here: the caller waits, memory stays flat.
      if (inFlight + bytes > IN_FLIGHT_BYTES) return Promise.resolve(writeAllSync(fd, cs, at));
      inFlight += bytes;
      const done: Promise<void> = writeAll(fd, cs, at)
        .catch((err: unknown) => void (failed ??= err))
        .finally(() => {
          inFlight -= bytes;
          writing.delete(done);
        });
      writing.add(done);
      return done;
    },
    commit: async () => {
      await Promise.all(writing);
      if (failed !== undefined) throw failed;
      close();
      fs.renameSync(tmp, target);
      releaseTemp(tmp);
    },
    discard: async () => {
      await Promise.all(writing);
      close();
      fs.rmSync(tmp, { force: true });
      releaseTemp(tmp);
    },
    bytes: () => null,
  };
}

/**
 * writeMany's chunks go to the thread pool (a 2,000-invoice merge writes ~170 MB: ~8% of its main
 * thread's time was the copy into the page cache), at most this many bytes at a time.
 */
const IN_FLIGHT_BYTES = 32 << 20;

/** At most 1024 buffers per call (IOV_MAX); after a short write, the rest. */
function writeAllSync(fd: number, chunks: Uint8Array[], at: number): void {
  for (let i = 0; i < chunks.length; i += 1024) {
    let group = chunks.slice(i, i + 1024);
    while (group.length) {
      const written = fs.writevSync(fd, group, at);
      at += written;
      group = rest(group, written);
    }
  }
}

async function writeAll(fd: number, chunks: Uint8Array[], at: number): Promise<void> {
  for (let i = 0; i < chunks.length; i += 1024) {
    let group = chunks.slice(i, i + 1024);
    while (group.length) {
      const written = await new Promise<number>((resolve, reject) => fs.writev(fd, group, at, (err, n) => (err ? reject(err) : resolve(n))));
      at += written;
      group = rest(group, written);
    }
  }
}

/** What is left of `chunks` after the first `written` bytes. */
function rest(chunks: Uint8Array[], written: number): Uint8Array[] {
  let i = 0;
  while (i < chunks.length && written >= chunks[i]!.length) written -= chunks[i++]!.length;
  if (i === chunks.length) return [];
  return [chunks[i]!.subarray(written), ...chunks.slice(i + 1)];
}
