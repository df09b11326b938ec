/**
 * Tasks on worker threads with a heap limit: a task that exhausts its memory fails with a clear error
 * and the queue goes on; a task that never looks at its abort signal is stopped by cancel; the calling
 * thread stays free meanwhile. Needs the built thread script (npm run build).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../../src/config/defaults.js';
import { TaskQueue } from '../../src/server/queue/task-queue.js';
import { TaskThreads } from '../../src/server/queue/task-threads.js';
import { BlobStore } from '../../src/server/store/blobs.js';
import { coreMigrations } from '../../src/server/store/core-schema.js';
import { openDb } from '../../src/server/store/db.js';
import { FileStore } from '../../src/server/store/files.js';
import { tmpDir } from '../helpers/cli.js';

const until = async (check: () => boolean, ms = 30_000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('TaskThreads', () => {
  it('runs tasks off the calling thread; a memory hog fails alone; cancel stops a task that ignores its signal', async () => {
    const dataDir = path.join(tmpDir(), 'data');
    const db = openDb(dataDir, coreMigrations);
    const files = new FileStore(db, new BlobStore(dataDir));
    const config = defaultConfig();
    const threads = new TaskThreads({ config, settings: { ...config.serve, dataDir }, handlersModule: new URL('./fixtures/thread-handlers.mjs', import.meta.url).href }, 96);
    expect(threads.available).toBe(true);
    const queue = new TaskQueue(db, files, { defaultConcurrency: 2, threads });
    for (const kind of ['echo', 'hog', 'spin']) queue.register(kind, async () => Promise.reject(new Error('ran on the calling thread')));
    await queue.start();
    try {
      const hog = queue.enqueue({ system: 's', kind: 'hog', owner: 'o', input: {} });
      await until(() => queue.get(hog.id)!.status === 'failed');
      expect(queue.get(hog.id)!.error).toMatchObject({ code: 'ENGINE_FAILED', message: expect.stringMatching(/more than its 96 MB of memory/) });

      const echo = queue.enqueue({ system: 's', kind: 'echo', owner: 'o', input: { name: 'after the hog' } });
      await until(() => queue.get(echo.id)!.status === 'completed');
      expect(queue.get(echo.id)!.result).toEqual({ echoed: 'after the hog' });
      const [out] = files.filesOf(echo.id, 'output');
      expect(fs.readFileSync(files.pathOf(out), 'utf8')).toBe('hello after the hog');

      const spin = queue.enqueue({ system: 's', kind: 'spin', owner: 'o', input: {} });
      await until(() => queue.get(spin.id)!.stage === 'spinning');
      // This thread is free while the task spins: the queue answers, and a timer fires.
      await new Promise((r) => setTimeout(r, 10));
      expect(queue.cancel(spin.id)).toBe(true);
      await until(() => queue.active === 0);
      expect(queue.get(spin.id)!.status).toBe('cancelled');
      const again = queue.enqueue({ system: 's', kind: 'echo', owner: 'o', input: { name: 'after the spin' } });
      await until(() => queue.get(again.id)!.status === 'completed');
    } finally {
      await queue.stop(1000);
      await threads.stop();
      db.close();
    }
  });

  it('a task past its deadline is stopped on its thread: TASK_TIMEOUT, no output kept, the next task runs', async () => {
    const dataDir = path.join(tmpDir(), 'data');
    const db = openDb(dataDir, coreMigrations);
    const files = new FileStore(db, new BlobStore(dataDir));
    const config = defaultConfig();
    const threads = new TaskThreads({ config, settings: { ...config.serve, dataDir }, handlersModule: new URL('./fixtures/thread-handlers.mjs', import.meta.url).href }, 96);
    // The task spins without end: only the deadline can end it, whatever the machine's speed.
    const queue = new TaskQueue(db, files, { defaultConcurrency: 1, threads, taskTimeoutMs: 500 });
    for (const kind of ['echo', 'stuck']) queue.register(kind, async () => Promise.reject(new Error('ran on the calling thread')));
    await queue.start();
    try {
      const stuck = queue.enqueue({ system: 's', kind: 'stuck', owner: 'o', input: {} });
      await until(() => queue.get(stuck.id)!.status === 'failed');
      expect(queue.get(stuck.id)!.error).toMatchObject({ code: 'TASK_TIMEOUT' });
      expect(files.filesOf(stuck.id, 'output')).toEqual([]);
      const echo = queue.enqueue({ system: 's', kind: 'echo', owner: 'o', input: { name: 'after the deadline' } });
      await until(() => queue.get(echo.id)!.status === 'completed');
      expect(queue.get(echo.id)!.result).toEqual({ echoed: 'after the deadline' });
    } finally {
      await queue.stop(1000);
      await threads.stop();
      db.close();
    }
  });
});
