/** The durable task queue and the store under it: a real SQLite file and real blobs in a temp dir. */
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ownerScope } from '../../src/server/auth/scope.js';
import { cleanupOnce } from '../../src/server/cleanup.js';
import type { ServerContext } from '../../src/server/context.js';
import { createLogger } from '../../src/server/http/logging.js';
import { progressOf } from '../../src/server/queue/progress.js';
import { TaskQueue, type TaskContext } from '../../src/server/queue/task-queue.js';
import { BlobStore } from '../../src/server/store/blobs.js';
import { coreMigrations } from '../../src/server/store/core-schema.js';
import { openDb } from '../../src/server/store/db.js';
import { FileStore } from '../../src/server/store/files.js';
import { tmpDir } from '../helpers/cli.js';

function open(dataDir = path.join(tmpDir(), 'data'), concurrency = 2) {
  const db = openDb(dataDir, coreMigrations);
  const blobs = new BlobStore(dataDir);
  const files = new FileStore(db, blobs);
  const queue = new TaskQueue(db, files, { defaultConcurrency: concurrency });
  return { dataDir, db, blobs, files, queue };
}

/** Polls until `check` holds; vitest's test timeout, not a deadline of its own, stops a test that hangs. */
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 10));
};

describe('TaskQueue', () => {
  it('runs tasks with real progress, at most `concurrency` per system, and stores results and outputs', async () => {
    const { queue, blobs, files } = open();
    let running = 0;
    let peak = 0;
    queue.register('count', async (ctx: TaskContext<{ n: number }>) => {
      running++;
      peak = Math.max(peak, running);
      for (let i = 1; i <= ctx.task.input.n; i++) {
        await new Promise((r) => setTimeout(r, 5));
        ctx.progress({ done: i, total: ctx.task.input.n, stage: 'counting' });
      }
      const out = blobs.tempPath('.txt');
      fs.writeFileSync(out, `counted ${ctx.task.input.n}`);
      await ctx.addOutput(out, { name: 'count.txt', mime: 'text/plain' });
      running--;
      return { counted: ctx.task.input.n };
    });
    queue.start();
    const tasks = [3, 4, 5, 6].map((n) => queue.enqueue({ system: 's', kind: 'count', owner: 's:a', input: { n } }));
    await until(() => tasks.every((t) => queue.get(t.id)!.status === 'completed'));
    expect(peak).toBe(2);
    const done = queue.get(tasks[2].id)!;
    expect(done.result).toEqual({ counted: 5 });
    expect([done.done, done.total]).toEqual([5, 5]);
    expect(progressOf(done).percent).toBe(100);
    const [out] = files.filesOf(done.id, 'output');
    expect(fs.readFileSync(files.pathOf(out), 'utf8')).toBe('counted 5');
    expect(queue.counts('s').completed).toBe(4);
  });

  it('cancel aborts the work in flight; retry runs a failed task again from its input', async () => {
    const { queue } = open();
    let attempts = 0;
    queue.register('slow', (ctx) => new Promise((_, reject) => ctx.signal.addEventListener('abort', () => reject(new Error('aborted')))));
    queue.register('flaky', async () => {
      if (++attempts === 1) throw new Error('first time fails');
      return 'ok';
    });
    queue.start();
    const slow = queue.enqueue({ system: 's', kind: 'slow', owner: 'o', input: {} });
    await until(() => queue.get(slow.id)!.status === 'running');
    expect(queue.cancel(slow.id)).toBe(true);
    await until(() => queue.active === 0);
    expect(queue.get(slow.id)!.status).toBe('cancelled');

    const flaky = queue.enqueue({ system: 's', kind: 'flaky', owner: 'o', input: {} });
    await until(() => queue.get(flaky.id)!.status === 'failed');
    expect(queue.get(flaky.id)!.error).toMatchObject({ code: 'INTERNAL_ERROR', message: 'first time fails' });
    expect(queue.retry(flaky.id)).toBe(true);
    await until(() => queue.get(flaky.id)!.status === 'completed');
    expect(queue.get(flaky.id)!.attempts).toBe(2);
  });

  it('cancel then retry at once: the cut-off run records nothing, the new run alone gives the state and outputs', async () => {
    const { queue, blobs, files } = open();
    let runs = 0;
    queue.register('twice', async (ctx) => {
      const run = ++runs;
      const out = blobs.tempPath('.txt');
      fs.writeFileSync(out, `run ${run}`);
      if (run === 1) {
        await ctx.addOutput(out, { name: 'out.txt', mime: 'text/plain' });
        // The first run notices the cancel late: the retry's run is started by then.
        await new Promise((_, reject) => ctx.signal.addEventListener('abort', () => setTimeout(() => reject(new Error('aborted')), 50)));
      }
      await ctx.addOutput(out, { name: 'out.txt', mime: 'text/plain' });
      return { run };
    });
    queue.start();
    const t = queue.enqueue({ system: 's', kind: 'twice', owner: 'o', input: {} });
    await until(() => files.filesOf(t.id, 'output').length === 1);
    expect(queue.cancel(t.id)).toBe(true);
    expect(files.filesOf(t.id, 'output')).toEqual([]);
    expect(queue.retry(t.id)).toBe(true);
    await until(() => queue.get(t.id)!.status === 'completed' && queue.active === 0);
    expect(queue.get(t.id)!.result).toEqual({ run: 2 });
    const outputs = files.filesOf(t.id, 'output');
    expect(outputs.map((f) => fs.readFileSync(files.pathOf(f), 'utf8'))).toEqual(['run 2']);
  });

  it('a task that was running when its process died twice is failed with a clear error, not run again', async () => {
    const first = open();
    const hooked: string[] = [];
    const a = first.queue.enqueue({ system: 's', kind: 'k', owner: 'o', input: {} });
    const b = first.queue.enqueue({ system: 's', kind: 'k', owner: 'o', input: {} });
    // As a killed process leaves them: running, after two starts and after one.
    first.db.prepare("UPDATE tasks SET status = 'running', attempts = 2 WHERE id = ?").run(a.id);
    first.db.prepare("UPDATE tasks SET status = 'running', attempts = 1 WHERE id = ?").run(b.id);
    first.db.close();
    const second = open(first.dataDir);
    second.queue.register('k', async () => 'done');
    second.queue.onFailed('k', (task) => hooked.push(task.id));
    await second.queue.start();
    await until(() => second.queue.get(b.id)!.status === 'completed');
    const failed = second.queue.get(a.id)!;
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatchObject({ code: 'ENGINE_FAILED' });
    expect(failed.error!.message).toMatch(/stopped 2 times while running this task/);
    expect(hooked).toEqual([a.id]);
  });

  it('a task past its deadline fails with TASK_TIMEOUT and keeps no output; the queue goes on', async () => {
    const dataDir = path.join(tmpDir(), 'data');
    const db = openDb(dataDir, coreMigrations);
    const blobs = new BlobStore(dataDir);
    const files = new FileStore(db, blobs);
    const queue = new TaskQueue(db, files, { defaultConcurrency: 1, taskTimeoutMs: 200 });
    // Writes an output, then waits for its signal: it cannot end on its own, only the deadline ends it.
    queue.register('stuck', async (ctx: TaskContext) => {
      const out = blobs.tempPath('.txt');
      fs.writeFileSync(out, 'half done');
      await ctx.addOutput(out, { name: 'half.txt', mime: 'text/plain' });
      ctx.progress({ stage: 'stuck' });
      await new Promise((_, reject) => {
        if (ctx.signal.aborted) reject(new Error('stopped'));
        ctx.signal.addEventListener('abort', () => reject(new Error('stopped')), { once: true });
      });
    });
    queue.register('quick', async () => ({ ok: true }));
    queue.start();
    try {
      const stuck = queue.enqueue({ system: 's', kind: 'stuck', owner: 's:a', input: {} });
      await until(() => queue.get(stuck.id)!.status === 'failed');
      const failed = queue.get(stuck.id)!;
      expect(failed.error).toMatchObject({ code: 'TASK_TIMEOUT', message: expect.stringMatching(/longer than its limit of 0.2 s \(serve.taskTimeoutSeconds\)/) });
      expect(files.filesOf(stuck.id, 'output')).toEqual([]);
      const quick = queue.enqueue({ system: 's', kind: 'quick', owner: 's:a', input: {} });
      await until(() => queue.get(quick.id)!.status === 'completed');
    } finally {
      await queue.stop(1000);
      db.close();
    }
  });

  it('a damaged database is refused at start with how to recover; an emptied one beside stored files too', async () => {
    const first = open();
    const blob = await first.blobs.putBytes(Buffer.from('stored invoice'));
    const insert = first.db.prepare("INSERT INTO files (id, owner, name, sha256, size, mime, created_at) VALUES (?, 'o', ?, ?, 14, 'text/plain', 0)");
    first.db.transaction(() => {
      for (let i = 0; i < 3000; i++) insert.run(`f${i}`, `name ${i} `.repeat(10), blob.sha256);
    })();
    first.db.close();
    const file = path.join(first.dataDir, 'invoicectl.sqlite');
    const good = fs.readFileSync(file);
    expect(good.length).toBeGreaterThan(20 * 4096);
    // A few pages in the middle overwritten while the server was stopped.
    const damaged = Buffer.from(good);
    damaged.fill(0x5a, 8 * 4096, 12 * 4096);
    fs.writeFileSync(file, damaged);
    expect(() => openDb(first.dataDir, coreMigrations)).toThrow(/is damaged .*\.recover/);
    expect(() => openDb(first.dataDir, coreMigrations)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }));

    fs.writeFileSync(file, '');
    expect(() => openDb(first.dataDir, coreMigrations)).toThrow(/missing or empty, but .* holds stored files/);
    expect(() => openDb(first.dataDir, coreMigrations)).toThrow(expect.objectContaining({ code: 'DATABASE_CORRUPT' }));
    expect(fs.statSync(file).size).toBe(0);
    expect(first.blobs.exists(blob.sha256)).toBe(true);

    fs.writeFileSync(file, good);
    const again = openDb(first.dataDir, coreMigrations);
    expect(again.prepare('SELECT COUNT(*) FROM files').pluck().get()).toBe(3000);
    again.close();
  });

  it('a blob held by an upload in flight survives another request’s cleanup; the sweep removes only old rowless, unheld blobs', async () => {
    const { blobs, files } = open();
    // Request A stored these bytes and has not written its row yet; request B, with the same bytes, fails.
    const a = await blobs.putStream(Readable.from([Buffer.from('shared invoice bytes')]), 1000, 'request-a');
    const b = await blobs.putStream(Readable.from([Buffer.from('shared invoice bytes')]), 1000, 'request-b');
    expect(b.sha256).toBe(a.sha256);
    // B discards its own bytes while it still holds them: A's hold keeps them.
    await ownerScope.run({ owner: 'open', requestId: 'request-b' }, () => files.removeOrphanBlobs([b.sha256]));
    expect(blobs.exists(a.sha256)).toBe(true);
    blobs.release('request-b');
    await files.removeOrphanBlobs([b.sha256]);
    expect(blobs.exists(a.sha256)).toBe(true);
    // A request discarding bytes only it holds removes them.
    const alone = await blobs.putStream(Readable.from([Buffer.from('refused upload')]), 1000, 'request-d');
    await ownerScope.run({ owner: 'open', requestId: 'request-d' }, () => files.removeOrphanBlobs([alone.sha256]));
    expect(blobs.exists(alone.sha256)).toBe(false);
    files.add(a, { owner: 'o', name: 'a.pdf', mime: 'application/pdf' });
    blobs.release('request-a');

    const orphan = await blobs.putBytes(Buffer.from('left by a killed process'));
    const held = await blobs.putStream(Readable.from([Buffer.from('still arriving')]), 1000, 'request-c');
    const later = Date.now() + 2 * 3_600_000;
    expect(await files.sweepOrphanBlobs(3_600_000, Date.now())).toBe(0); // all too young
    expect(await files.sweepOrphanBlobs(3_600_000, later)).toBe(1);
    expect(blobs.exists(orphan.sha256)).toBe(false);
    expect(blobs.exists(a.sha256)).toBe(true);
    expect(blobs.exists(held.sha256)).toBe(true);
  });

  it('survives a restart: running tasks are queued again and complete once; stop() hands back what outlives the grace period', async () => {
    const first = open();
    const seen: string[] = [];
    first.queue.register('wait', (ctx) => new Promise((resolve, reject) => {
      seen.push(ctx.task.id);
      ctx.signal.addEventListener('abort', () => reject(new Error('aborted')));
    }));
    first.queue.start();
    const t = first.queue.enqueue({ system: 's', kind: 'wait', owner: 'o', input: { x: 1 } });
    const queued = first.queue.enqueue({ system: 's', kind: 'wait', owner: 'o', input: { x: 2 } });
    const third = first.queue.enqueue({ system: 's', kind: 'wait', owner: 'o', input: { x: 3 } });
    await until(() => first.queue.active === 2);
    expect(first.queue.get(third.id)!.status).toBe('queued');
    await first.queue.stop(50);
    expect(first.queue.get(t.id)!.status).toBe('queued');
    first.db.close();

    // A new process on the same data dir.
    const second = open(first.dataDir, 4);
    const completed: string[] = [];
    second.queue.register('wait', async (ctx: TaskContext<{ x: number }>) => {
      completed.push(ctx.task.id);
      return ctx.task.input.x;
    });
    second.queue.start();
    await until(() => [t, queued, third].every((x) => second.queue.get(x.id)!.status === 'completed'));
    expect(completed.sort()).toEqual([t.id, queued.id, third.id].sort());
    expect(second.queue.get(third.id)!.result).toBe(3);
  });

  it('an onCompleted hook records the result in the completing transaction', async () => {
    const { queue, db } = open();
    db.exec('CREATE TABLE results (task TEXT, value INTEGER)');
    queue.register('double', async (ctx: TaskContext<{ n: number }>) => ctx.task.input.n * 2, {
      onCompleted: (task, result: number) => void db.prepare('INSERT INTO results VALUES (?, ?)').run(task.id, result),
    });
    queue.start();
    const t = queue.enqueue({ system: 's', kind: 'double', owner: 'o', input: { n: 21 } });
    await until(() => queue.get(t.id)!.status === 'completed');
    expect(db.prepare('SELECT value FROM results WHERE task = ?').pluck().get(t.id)).toBe(42);
  });
});

describe('store and cleanup', () => {
  it('stores the same bytes once, refuses oversize streams leaving no temp file, and removes a blob with its last row', async () => {
    const { blobs, files } = open();
    const a = await blobs.putStream(Readable.from([Buffer.from('hello '), Buffer.from('world')]));
    const b = await blobs.putBytes(Buffer.from('hello world'));
    expect(a.sha256).toBe(b.sha256);
    await expect(blobs.putStream(Readable.from([Buffer.alloc(2000)]), 1000)).rejects.toMatchObject({ code: 'FILE_SIZE_EXCEEDED' });
    expect(fs.readdirSync(blobs.tmpDir)).toEqual([]);
    const r1 = files.add(a, { owner: 'x', name: 'one.txt', mime: 'text/plain' });
    const r2 = files.add(b, { owner: 'x', name: 'two.txt', mime: 'text/plain' });
    await files.remove([r1.id]);
    expect(blobs.exists(a.sha256)).toBe(true);
    await files.remove([r2.id]);
    expect(blobs.exists(a.sha256)).toBe(false);
    expect(() => blobs.pathOf('../../etc/passwd')).toThrow();
  });

  it('deletes expired files except those a queued or running task uses', async () => {
    const s = open();
    const blob = await s.blobs.putBytes(Buffer.from('input'));
    const used = s.files.add(blob, { owner: 'x', name: 'in.pdf', mime: 'application/pdf', ttlMs: 1 });
    const other = s.files.add(await s.blobs.putBytes(Buffer.from('old')), { owner: 'x', name: 'old.pdf', mime: 'application/pdf', ttlMs: 1 });
    const kept = s.files.add(await s.blobs.putBytes(Buffer.from('fresh')), { owner: 'x', name: 'new.pdf', mime: 'application/pdf', ttlMs: 3_600_000 });
    s.queue.enqueue({ system: 's', kind: 'never-started', owner: 'x', input: {}, inputFiles: [used.id] });
    const ctx = { db: s.db, blobs: s.blobs, files: s.files, queue: s.queue, log: createLogger('silent') } as unknown as ServerContext;
    const removed = await cleanupOnce(ctx, [], Date.now() + 10);
    expect(removed.files).toBe(1);
    expect(s.files.get(other.id)).toBeUndefined();
    expect(s.files.get(used.id)).toBeDefined();
    expect(s.files.get(kept.id)).toBeDefined();
  });
});
