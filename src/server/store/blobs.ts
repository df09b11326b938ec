/**
 * Blobs on disk under content-addressed names (`blobs/ab/abcdef…`): an upload is streamed to a temp file
 * while it is hashed, then renamed into place, so a client that disconnects leaves nothing behind and the
 * same bytes uploaded twice are stored once.
 */
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { InvoicectlError } from '../../core/errors.js';

export interface StoredBlob {
  sha256: string;
  size: number;
}

export class BlobStore {
  readonly dir: string;
  readonly tmpDir: string;
  /**
   * Blobs in use by work in flight that has no file row for them yet (an upload still receiving its
   * other files): holder → shas, and how many holders each sha has. Removing orphan blobs skips these,
   * so one request's cleanup never deletes the bytes another request is about to store a row for.
   */
  private readonly holders = new Map<string, Set<string>>();
  private readonly holds = new Map<string, number>();

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'blobs');
    this.tmpDir = path.join(dataDir, 'tmp');
    fs.mkdirSync(this.dir, { recursive: true });
    fs.mkdirSync(this.tmpDir, { recursive: true });
  }

  /** Where the blob lives. `sha256` is checked to be a hex digest, so no path can escape the store. */
  pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new InvoicectlError('FILE_NOT_FOUND', 'no such blob');
    return path.join(this.dir, sha256.slice(0, 2), sha256);
  }

  exists(sha256: string): boolean {
    return fs.existsSync(this.pathOf(sha256));
  }

  /** Marks a blob as in use by `holder` until `release(holder)`. */
  hold(holder: string, sha256: string): void {
    let shas = this.holders.get(holder);
    if (!shas) this.holders.set(holder, (shas = new Set()));
    if (shas.has(sha256)) return;
    shas.add(sha256);
    this.holds.set(sha256, (this.holds.get(sha256) ?? 0) + 1);
  }

  release(holder: string): void {
    const shas = this.holders.get(holder);
    if (!shas) return;
    this.holders.delete(holder);
    for (const sha of shas) {
      const n = (this.holds.get(sha) ?? 1) - 1;
      if (n > 0) this.holds.set(sha, n);
      else this.holds.delete(sha);
    }
  }

  /** Whether anyone holds the blob; with `except`, anyone but that holder (a request discarding its own). */
  isHeld(sha256: string, except?: string): boolean {
    const n = this.holds.get(sha256) ?? 0;
    return n - (except !== undefined && this.holders.get(except)?.has(sha256) ? 1 : 0) > 0;
  }

  /** Every stored blob with its last change (for the orphan sweep). */
  async *list(): AsyncGenerator<{ sha256: string; mtimeMs: number }> {
    for (const sub of await fsp.readdir(this.dir).catch(() => [] as string[])) {
      if (!/^[0-9a-f]{2}$/.test(sub)) continue;
      for (const name of await fsp.readdir(path.join(this.dir, sub)).catch(() => [] as string[])) {
        if (!/^[0-9a-f]{64}$/.test(name)) continue;
        const stat = await fsp.stat(path.join(this.dir, sub, name)).catch(() => null);
        if (stat) yield { sha256: name, mtimeMs: stat.mtimeMs };
      }
    }
  }

  /**
   * Streams `source` into the store; over `maxBytes` it fails with FILE_SIZE_EXCEEDED and keeps nothing.
   * With `holder`, the blob is held (see hold) from before it is moved into place.
   */
  async putStream(source: Readable, maxBytes = Number.POSITIVE_INFINITY, holder?: string): Promise<StoredBlob> {
    const tmp = this.tempPath();
    const hash = createHash('sha256');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _enc, done) {
        size += chunk.length;
        if (size > maxBytes) return done(new InvoicectlError('FILE_SIZE_EXCEEDED', `the file is over the limit of ${maxBytes} bytes`, { limit: maxBytes }));
        hash.update(chunk);
        done(null, chunk);
      },
    });
    try {
      await pipeline(source, count, fs.createWriteStream(tmp, { flags: 'wx' }));
      const sha256 = hash.digest('hex');
      if (holder) this.hold(holder, sha256);
      return await this.adopt(tmp, sha256, size);
    } catch (err) {
      await fsp.rm(tmp, { force: true });
      throw err;
    }
  }

  async putBytes(bytes: Uint8Array): Promise<StoredBlob> {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (this.exists(sha256)) return { sha256, size: bytes.length };
    const tmp = this.tempPath();
    await fsp.writeFile(tmp, bytes, { flag: 'wx' });
    return this.adopt(tmp, sha256, bytes.length);
  }

  /** Moves a finished file (written by an operation into `tempPath()`) into the store. */
  async putFile(file: string): Promise<StoredBlob> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const chunk of fs.createReadStream(file)) {
      hash.update(chunk as Buffer);
      size += (chunk as Buffer).length;
    }
    return this.adopt(file, hash.digest('hex'), size);
  }

  /** A fresh path in the store's temp folder (same file system, so adopting it is a rename). */
  tempPath(suffix = ''): string {
    return path.join(this.tmpDir, `${randomUUID()}${suffix}`);
  }

  async remove(sha256: string): Promise<void> {
    await fsp.rm(this.pathOf(sha256), { force: true });
  }

  /** Temp files of uploads and outputs a killed process left behind. */
  async clearTemp(olderThanMs = 0): Promise<number> {
    let removed = 0;
    for (const name of await fsp.readdir(this.tmpDir)) {
      const file = path.join(this.tmpDir, name);
      const stat = await fsp.stat(file).catch(() => null);
      if (stat && Date.now() - stat.mtimeMs >= olderThanMs) {
        await fsp.rm(file, { force: true, recursive: true });
        removed++;
      }
    }
    return removed;
  }

  private async adopt(tmp: string, sha256: string, size: number): Promise<StoredBlob> {
    const target = this.pathOf(sha256);
    if (fs.existsSync(target)) {
      await fsp.rm(tmp, { force: true });
    } else {
      await fsp.mkdir(path.dirname(target), { recursive: true });
      await fsp.rename(tmp, target);
    }
    return { sha256, size };
  }
}
