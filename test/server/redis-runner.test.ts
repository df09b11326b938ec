/**
 * The server's side of `serve --redis`: the RedisRunner follows BullMQ jobs into the SQLite tasks table.
 * A real Redis and a real BullMQ Worker stand in for `invoicectl worker`, so the jobs' results can be
 * shaped as a faulty or older worker might leave them.
 */
import path from 'node:path';
import { Worker } from 'bullmq';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis, QUEUE_NAME } from '../../src/server/queue/redis.js';
import { RedisRunner } from '../../src/server/queue/redis-runner.js';
import { TaskQueue } from '../../src/server/queue/task-queue.js';
import { BlobStore } from '../../src/server/store/blobs.js';
import { coreMigrations } from '../../src/server/store/core-schema.js';
import { openDb } from '../../src/server/store/db.js';
import { FileStore } from '../../src/server/store/files.js';
import { tmpDir } from '../helpers/cli.js';
import { startRedis, type RedisProcess } from './redis-helpers.js';

const until = async <T>(check: () => T | undefined, ms = 20_000): Promise<T> => {
  const end = Date.now() + ms;
  for (;;) {
    const value = check();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
};

describe('RedisRunner', () => {
  let redis: RedisProcess | undefined;
  afterAll(async () => redis?.stop());

  it('completes tasks with their results; a job that ends without one, or a hook that throws, fails or is reported, never crashing the server', async () => {
    redis = await startRedis();
    const dataDir = path.join(tmpDir(), 'data');
    const db = openDb(dataDir, coreMigrations);
    const files = new FileStore(db, new BlobStore(dataDir));
    const reports: string[] = [];
    const runner = new RedisRunner(redis.url, (what, jobId) => reports.push(`${what} ${jobId}`));
    const queue = new TaskQueue(db, files, { remote: runner });
    const completed: unknown[] = [];
    queue.register('echo', async () => null, {
      onCompleted: (_task, result) => {
        if ((result as { n: number }).n === 3) throw new Error('the hook failed');
        completed.push(result);
      },
    });
    await queue.start();

    // The stand-in worker: job 2 returns nothing at all, as a worker of another version might.
    const connection = connectRedis(redis.url, { forWorker: true });
    const worker = new Worker(QUEUE_NAME, async (job) => (job.data.task.input.n === 2 ? undefined : { result: { n: job.data.task.input.n }, outputs: [] }), { connection });
    try {
      const tasks = [1, 2, 3].map((n) => queue.enqueue({ system: 's', kind: 'echo', owner: 's:a', input: { n } }));
      const ended = (id: string) => !['queued', 'running'].includes(queue.get(id)!.status);
      await until(() => (ended(tasks[0].id) && ended(tasks[1].id) && reports.some((r) => r.includes(tasks[2].id)) ? true : undefined));
      const [one, two, three] = tasks.map((t) => queue.get(t.id)!);
      expect(one.status).toBe('completed');
      expect(one.result).toEqual({ n: 1 });
      expect(completed).toEqual([{ n: 1 }]);
      expect(two.status).toBe('failed');
      expect(two.error).toMatchObject({ code: 'INTERNAL_ERROR' });
      // The hook's failure rolls its completion back: the task is not completed, and the failure was reported.
      expect(['queued', 'running']).toContain(three.status);
    } finally {
      await worker.close();
      connection.disconnect();
      await runner.stop();
      db.close();
    }
  });
});
