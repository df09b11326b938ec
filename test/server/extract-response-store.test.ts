/**
 * extract-api.md's response cache in SQLite, written behind the requests: queued answers reach the
 * database together after a short delay, or at once on flush (the server's close), and a failed write
 * is logged, not thrown at a request.
 */
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../../src/server/store/db.js';
import { ResponseStore } from '../../src/server/extract/response-store.js';
import { extractMigrations } from '../../src/server/extract/schema.js';
import type { ServerContext } from '../../src/server/context.js';
import { tmpDir } from '../helpers/cli.js';

describe('extract response store', () => {
  let db: Db | undefined;
  afterEach(() => db?.open && db.close());

  function store(warnings: unknown[] = []) {
    db = openDb(path.join(tmpDir('response-store-'), 'data'), extractMigrations);
    const log = { info() {}, warn: (line: unknown) => warnings.push(line), error() {} };
    return new ResponseStore({ db, log } as unknown as ServerContext);
  }
  const count = () => (db!.prepare('SELECT count(*) AS n FROM extract_responses').get() as { n: number }).n;

  it('writes queued answers together after a short delay', async () => {
    const s = store();
    s.put('a'.repeat(64), '{"a":1}', 1000);
    s.put('b'.repeat(64), '{"b":2}', 2000);
    expect(count()).toBe(0);
    await new Promise((r) => setTimeout(r, 200));
    expect(count()).toBe(2);
    expect(s.get('b'.repeat(64), 1500)).toEqual({ body: '{"b":2}', created_at: 2000 });
    expect(s.get('a'.repeat(64), 1500)).toBeUndefined(); // older than asked for
  });

  it('writes at once on flush, and a failed write is logged, not thrown', () => {
    const warnings: unknown[] = [];
    const s = store(warnings);
    s.put('c'.repeat(64), '{}', 3000);
    s.flush();
    expect(count()).toBe(1);
    db!.exec('DROP TABLE extract_responses');
    s.put('d'.repeat(64), '{}', 4000);
    expect(() => s.flush()).not.toThrow();
    expect(warnings).toHaveLength(1);
  });
});
