/**
 * Content-addressed cache shared by the CLI and the server.
 *
 * Key = SHA-256 over (input hash, operation, every option that changes the output, tool version).
 * A lookup is a HIT (value on disk), BUILDING (another process holds the build lock: wait for it) or a
 * MISS (we take the lock and build). A lock whose holder stopped touching it for `staleLockMs` is taken
 * over, so a crashed process never blocks the cache. Entries unused for `ttlMs` are pruned.
 *
 * Layout: <dir>/v1/<op>/<key[0..2]>/<key>        the value
 *         <dir>/v1/<op>/<key[0..2]>/<key>.lock   present while a process builds it
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import crypto from 'node:crypto';
import { writeFileAtomic } from './atomic-write.js';
import { InvoicectlError } from './errors.js';

export type CacheStatus = 'HIT' | 'BUILDING' | 'MISS';

export interface CacheOptions {
  dir: string;
  enabled?: boolean;
  ttlMs?: number;
  staleLockMs?: number;
  /** How often a waiting process looks again. */
  pollMs?: number;
  /**
   * The build lock. Default: a lock file beside the value (holds across processes of one machine);
   * with workers on several machines, a lock in Redis (src/server/queue/redis-lock.ts).
   */
  lock?: BuildLock;
  /**
   * Told once when the cache cannot be written (a read-only folder, a full disk); the work goes on
   * without it. Default: process.emitWarning.
   */
  onWarning?: (message: string) => void;
}

/** A lock per cache entry that expires `ttlMs` after its holder stops renewing it. */
export interface BuildLock {
  /** The release function, or null when another holder has it. */
  tryAcquire(name: string, ttlMs: number): Promise<(() => Promise<void>) | null>;
  isHeld(name: string): Promise<boolean>;
}

export interface CacheStats {
  dir: string;
  entries: number;
  bytes: number;
  locks: number;
  byOperation: Record<string, { entries: number; bytes: number }>;
}

export class Cache {
  readonly dir: string;
  readonly enabled: boolean;
  private readonly ttlMs: number;
  private readonly staleLockMs: number;
  private readonly pollMs: number;
  private readonly lock?: BuildLock;
  private readonly onWarning: (message: string) => void;
  /** Cleared when writing failed once: values are still read, nothing more is written or locked. */
  private writable = true;

  constructor(options: CacheOptions) {
    this.dir = path.join(options.dir, 'v1');
    this.enabled = options.enabled ?? true;
    this.ttlMs = options.ttlMs ?? 30 * 86_400_000;
    this.staleLockMs = options.staleLockMs ?? 60_000;
    this.pollMs = options.pollMs ?? 50;
    this.lock = options.lock;
    this.onWarning = options.onWarning ?? ((message) => process.emitWarning(message, 'CacheWarning'));
  }

  /** The cache could not be written: said once, then it is only read. */
  private unwritable(err: unknown): void {
    if (!this.writable) return;
    this.writable = false;
    const reason = err instanceof Error ? err.message : String(err);
    this.onWarning(`the cache at ${path.dirname(this.dir)} cannot be written (${reason}); going on without storing results`);
  }

  static key(parts: { input: string; operation: string; options?: unknown; version: string }): string {
    return crypto.createHash('sha256').update(stableStringify(parts)).digest('hex');
  }

  /** Where the value of (operation, key) lives. */
  pathOf(operation: string, key: string): string {
    if (!/^[a-z0-9-]+$/.test(operation) || !/^[0-9a-f]{64}$/.test(key)) {
      throw new InvoicectlError('CACHE_ERROR', `bad cache address ${operation}/${key}`);
    }
    return path.join(this.dir, operation, key.slice(0, 2), key);
  }

  /** What a lookup would find right now, without waiting or building. */
  async status(operation: string, key: string): Promise<CacheStatus> {
    const file = this.pathOf(operation, key);
    if (await exists(file)) return 'HIT';
    if (this.lock) return (await this.lock.isHeld(`${operation}/${key}`)) ? 'BUILDING' : 'MISS';
    return (await this.lockIsLive(`${file}.lock`)) ? 'BUILDING' : 'MISS';
  }

  async get(operation: string, key: string): Promise<Buffer | null> {
    if (!this.enabled) return null;
    const file = this.pathOf(operation, key);
    try {
      const value = await fs.readFile(file);
      // The mtime records the last use, so pruning removes what nobody asked for lately.
      const now = new Date();
      await fs.utimes(file, now, now).catch(() => {});
      return value;
    } catch {
      return null;
    }
  }

  async put(operation: string, key: string, value: Uint8Array): Promise<void> {
    if (!this.enabled) return;
    await writeFileAtomic(this.pathOf(operation, key), value);
  }

  /**
   * The cached value, or builds it under the lock. A second process asking for the same key while the
   * first builds waits for the value instead of doing the work twice.
   */
  async getOrBuild(operation: string, key: string, build: () => Promise<Uint8Array>, signal?: AbortSignal): Promise<{ value: Uint8Array; status: 'HIT' | 'MISS' }> {
    if (!this.enabled) return { value: await build(), status: 'MISS' };
    const file = this.pathOf(operation, key);
    for (;;) {
      const hit = await this.get(operation, key);
      if (hit) return { value: hit, status: 'HIT' };
      if (!this.writable) return { value: await build(), status: 'MISS' };
      let release: (() => Promise<void>) | null;
      try {
        release = this.lock ? await this.lock.tryAcquire(`${operation}/${key}`, this.staleLockMs) : await this.tryLock(file);
      } catch (err) {
        if (this.lock) throw err; // a shared lock service that fails is the operator's to see
        this.unwritable(err);
        continue;
      }
      if (release) {
        try {
          // Someone may have finished between our read and our lock.
          const late = await this.get(operation, key);
          if (late) return { value: late, status: 'HIT' };
          const value = await build();
          await this.put(operation, key, value).catch((err: unknown) => this.unwritable(err));
          return { value, status: 'MISS' };
        } finally {
          await release();
        }
      }
      if (signal?.aborted) throw new InvoicectlError('ABORTED', 'aborted while waiting for the cache');
      await sleep(this.pollMs);
    }
  }

  async getOrBuildJson<T>(operation: string, key: string, build: () => Promise<T>, signal?: AbortSignal): Promise<{ value: T; status: 'HIT' | 'MISS' }> {
    const { value, status } = await this.getOrBuild(operation, key, async () => Buffer.from(JSON.stringify(await build())), signal);
    return { value: JSON.parse(Buffer.from(value).toString('utf8')) as T, status };
  }

  /**
   * A lock is live while its holder touches it, unless the holder is a process of this machine that is
   * gone (a killed server restarting takes over its own builds at once instead of waiting them out).
   */
  private async lockIsLive(lock: string): Promise<boolean> {
    const stat = await fs.stat(lock).catch(() => null);
    if (!stat || Date.now() - stat.mtimeMs > this.staleLockMs) return false;
    // A lock is written whole before it appears (tryLock), so one that is empty or not our JSON was left
    // by a process killed mid-write or a full disk: nobody holds it.
    const holder = await fs.readFile(lock, 'utf8').then(parseHolder, () => null);
    if (!holder) return false;
    if (!holder.pid || holder.host !== os.hostname() || holder.pid === process.pid) return true;
    try {
      process.kill(holder.pid, 0);
      return true;
    } catch (err) {
      return (err as NodeJS.ErrnoException).code !== 'ESRCH';
    }
  }

  /** Takes the build lock; a stale lock is removed and taken over. Returns the release function or null. */
  private async tryLock(file: string): Promise<(() => Promise<void>) | null> {
    const lock = `${file}.lock`;
    await fs.mkdir(path.dirname(file), { recursive: true });
    try {
      await createWhole(lock, JSON.stringify({ pid: process.pid, host: os.hostname(), at: new Date().toISOString() }));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw new InvoicectlError('CACHE_ERROR', `cannot lock ${lock}: ${(err as Error).message}`);
      if ((await fs.stat(lock).catch(() => null)) && !(await this.lockIsLive(lock))) {
        // Rename first so that two processes taking over the same stale lock cannot both win.
        const claimed = `${lock}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.stale`;
        if (await fs.rename(lock, claimed).then(() => true, () => false)) await fs.rm(claimed, { force: true });
        return this.tryLock(file);
      }
      return null;
    }
    // Touch the lock while building so a long build is not mistaken for a dead one.
    const heartbeat = setInterval(() => {
      const now = new Date();
      fs.utimes(lock, now, now).catch(() => {});
    }, Math.max(100, this.staleLockMs / 3));
    heartbeat.unref();
    return async () => {
      clearInterval(heartbeat);
      await fs.rm(lock, { force: true });
    };
  }

  async stats(): Promise<CacheStats> {
    const stats: CacheStats = { dir: path.dirname(this.dir), entries: 0, bytes: 0, locks: 0, byOperation: {} };
    for (const { operation, file, stat } of await this.files()) {
      if (file.endsWith('.lock')) {
        stats.locks += 1;
        continue;
      }
      const op = (stats.byOperation[operation] ??= { entries: 0, bytes: 0 });
      op.entries += 1;
      op.bytes += stat.size;
      stats.entries += 1;
      stats.bytes += stat.size;
    }
    return stats;
  }

  /** Removes entries unused for longer than `olderThanMs` (default: the TTL), stale locks and leftovers. */
  async prune(olderThanMs: number = this.ttlMs): Promise<{ removed: number; bytes: number }> {
    let removed = 0;
    let bytes = 0;
    const now = Date.now();
    for (const { file, stat } of await this.files()) {
      const age = now - stat.mtimeMs;
      const isLock = file.endsWith('.lock');
      const leftover = file.endsWith('.tmp') || file.endsWith('.stale');
      if ((isLock && age > this.staleLockMs) || (leftover && age > this.staleLockMs) || (!isLock && !leftover && age > olderThanMs)) {
        await fs.rm(file, { force: true });
        removed += 1;
        bytes += stat.size;
      }
    }
    return { removed, bytes };
  }

  private async files(): Promise<{ operation: string; file: string; stat: import('node:fs').Stats }[]> {
    const out: { operation: string; file: string; stat: import('node:fs').Stats }[] = [];
    const ops = await fs.readdir(this.dir).catch(() => [] as string[]);
    for (const operation of ops) {
      const shards = await fs.readdir(path.join(this.dir, operation)).catch(() => [] as string[]);
      for (const shard of shards) {
        const dir = path.join(this.dir, operation, shard);
        for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
          const file = path.join(dir, name);
          const stat = await fs.stat(file).catch(() => null);
          if (stat?.isFile()) out.push({ operation, file, stat });
        }
      }
    }
    return out;
  }
}

/** JSON with sorted object keys, so equal options always give the same key. */
export function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The holder a lock names, or null for an empty or unreadable lock. */
function parseHolder(text: string): { pid?: number; host?: string } | null {
  try {
    const holder = JSON.parse(text) as unknown;
    return holder && typeof holder === 'object' ? (holder as { pid?: number; host?: string }) : null;
  } catch {
    return null;
  }
}

/**
 * Creates `file` with its content in one step, failing with EEXIST when it exists: the content goes to a
 * temporary file that is then hard-linked into place, so the file is never seen empty, and a full disk
 * leaves nothing behind. Where hard links are not supported, an exclusive create and write.
 */
async function createWhole(file: string, content: string): Promise<void> {
  const tmp = `${file}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`;
  try {
    await fs.writeFile(tmp, content, { flag: 'wx' });
    try {
      await fs.link(tmp, file);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw err;
      await fs.writeFile(file, content, { flag: 'wx' });
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(() => true, () => false);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
