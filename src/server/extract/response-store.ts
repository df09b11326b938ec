/**
 * extract-api.md's 24-hour response cache in the database, written behind the requests: answers are
 * queued and written together a few milliseconds later, in one transaction. A write per request was a
 * commit per request on the event loop, and now and then a WAL checkpoint's fsync (31 ms at worst,
 * measured on the shared machine's disk) that every request in flight waited for. The caller keeps
 * recent answers in memory, so a queued answer is found before it reaches the database; on close the
 * queue is written out. A failed write loses cache entries only: the answers were already given.
 */
import type { ServerContext } from '../context.js';

/** How long an answer waits for others to be written with it. */
const WRITE_DELAY_MS = 25;

export class ResponseStore {
  private queued: Array<[sha256: string, body: string, createdAt: number]> = [];
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly ctx: ServerContext) {}

  /** The stored answer for these bytes made after `since`, if any (queued ones are the caller's to know). */
  get(sha256: string, since: number): { body: string; created_at: number } | undefined {
    return this.ctx.db.prepare('SELECT body, created_at FROM extract_responses WHERE sha256 = ? AND created_at > ?').get(sha256, since) as
      | { body: string; created_at: number }
      | undefined;
  }

  put(sha256: string, body: string, createdAt: number): void {
    this.queued.push([sha256, body, createdAt]);
    if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), WRITE_DELAY_MS);
      this.timer.unref();
    }
  }

  /** Writes what is queued (the server calls it on close, before the database closes). */
  flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const rows = this.queued;
    this.queued = [];
    if (!rows.length) return;
    const insert = this.ctx.db.prepare('INSERT OR REPLACE INTO extract_responses (sha256, body, created_at) VALUES (?, ?, ?)');
    try {
      this.ctx.db.transaction(() => {
        for (const row of rows) insert.run(...row);
      })();
    } catch (err) {
      this.ctx.log.warn({ msg: 'extract response cache: write failed', rows: rows.length, err: String(err) });
    }
  }
}
