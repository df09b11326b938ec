/**
 * `invoicectl worker`: takes tasks from the BullMQ queue and runs the same library operations as the
 * embedded server, in sandboxed worker threads. It needs no database: inputs and outputs travel through
 * the shared data directory, results through the job. A killed worker's jobs stall and are picked up
 * again by another worker once their lock expires; a graceful stop finishes its jobs within the grace
 * period, then hands the rest back.
 */
import { fileURLToPath } from 'node:url';
import { Worker } from 'bullmq';
import type { Config } from '../../config/defaults.js';
import { CANCEL_CHANNEL, QUEUE_NAME, connectRedis } from './redis.js';
import { WORKER_ENV_VAR, type WorkerEnvSpec } from './sandbox.js';

export interface WorkerOptions {
  redis: string;
  dataDir: string;
  concurrency: number;
  config: Config;
  /** How long a stop waits for running jobs before handing them back. */
  graceMs?: number;
  log?: (line: Record<string, unknown>) => void;
}

export interface RunningWorker {
  close(): Promise<void>;
}

const SANDBOX = fileURLToPath(new URL('./sandbox.js', import.meta.url));

export async function startWorker(options: WorkerOptions): Promise<RunningWorker> {
  const spec: WorkerEnvSpec = { redis: options.redis, config: options.config, dataDir: options.dataDir };
  process.env[WORKER_ENV_VAR] = JSON.stringify(spec);
  const log = options.log ?? (() => {});
  const connection = connectRedis(options.redis, { forWorker: true });
  const worker = new Worker(QUEUE_NAME, SANDBOX, {
    connection,
    concurrency: options.concurrency,
    useWorkerThreads: true,
    // A lock lasts 30 s and is renewed every 15 s from this (idle) thread; a dead worker's job is
    // noticed by the next stalled-job check and runs again (twice at most before it counts as failed).
    lockDuration: 30_000,
    stalledInterval: 15_000,
    maxStalledCount: 2,
  });
  worker.on('active', (job) => log({ msg: 'job started', task: job.id, kind: job.name }));
  worker.on('completed', (job) => log({ msg: 'job completed', task: job.id }));
  worker.on('failed', (job, err) => log({ msg: 'job failed', task: job?.id, err: err.message }));
  worker.on('error', (err) => log({ msg: 'worker error', err: err.message }));

  const subscriber = connectRedis(options.redis, { forWorker: true });
  await subscriber.subscribe(CANCEL_CHANNEL);
  subscriber.on('message', (_channel, taskId: string) => {
    if (worker.cancelJob(taskId, 'cancelled')) log({ msg: 'job cancelled', task: taskId });
  });
  await worker.waitUntilReady();

  return {
    close: async () => {
      subscriber.disconnect();
      let timer: NodeJS.Timeout | undefined;
      const closing = worker.close();
      const late = await Promise.race([closing.then(() => false), new Promise<boolean>((r) => (timer = setTimeout(() => r(true), options.graceMs ?? 30_000)))]);
      clearTimeout(timer);
      if (late) {
        worker.cancelAllJobs('shutdown');
        await closing;
      }
      // BullMQ leaves a connection it was given open; it would keep the process alive.
      connection.disconnect();
    },
  };
}
