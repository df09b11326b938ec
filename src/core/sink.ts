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
  /** Several chunks at once: for a file, one system call and no copy into a joined buffer. */
  writeMany(chunks: Uint8Array[]): void;
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
      writeMany: (cs) => void chunks.push(Buffer.concat(cs)),
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
  const write = (c: Uint8Array) => {
    let off = 0;
    while (off < c.length) off += fs.writeSync(fd, c, off);
  };
  return {
    path: target,
    write,
    writeMany: (cs) => {
      // At most 1024 buffers per call (IOV_MAX); after a short write, the rest one by one.
      for (let i = 0; i < cs.length; i += 1024) {
        const group = cs.slice(i, i + 1024);
        let written = fs.writevSync(fd, group);
        for (const c of group) {
          if (written >= c.length) written -= c.length;
          else {
            write(c.subarray(written));
            written = 0;
          }
        }
      }
    },
    commit: async () => {
      close();
      fs.renameSync(tmp, target);
      releaseTemp(tmp);
    },
    discard: async () => {
      close();
      fs.rmSync(tmp, { force: true });
      releaseTemp(tmp);
    },
    bytes: () => null,
  };
}
