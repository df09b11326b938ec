/**
 * The processor BullMQ runs in a worker thread of `invoicectl worker` (a sandboxed processor): CPU-heavy
 * work (OCR, rendering, merging) runs here, off the thread that renews the jobs' locks (bullmq #3078:
 * a busy main thread lets locks expire and jobs stall). Each thread keeps its own runtime (engines stay
 * warm between jobs) and the modules' task handlers; outputs go to the shared blob store and travel back
 * in the job's return value for the server to record.
 */
import path from 'node:path';
import type { SandboxedJob } from 'bullmq';
import type { Config } from '../../config/defaults.js';
import { Cache } from '../../core/cache.js';
import { createRuntime } from '../../runtime.js';
import type { ServerSettings, TaskEnv } from '../context.js';
import { SERVER_MODULES } from '../modules.js';
import { BlobStore } from '../store/blobs.js';
import { connectRedis, errorForJob, type JobData, type JobResult } from './redis.js';
import { redisBuildLock } from './redis-lock.js';
import { remoteTaskContext } from './remote-context.js';
import { taskTimeoutError } from './task.js';
import type { TaskHandler } from './task-queue.js';

/** What `invoicectl worker` hands its threads (worker_threads share the environment). */
export const WORKER_ENV_VAR = 'INVOICECTL_WORKER';

export interface WorkerEnvSpec {
  redis: string;
  config: Config;
  dataDir: string;
}

let handlers: Map<string, TaskHandler<any, any>> | undefined;
let env: TaskEnv | undefined;

function setUp(): { env: TaskEnv; handlers: Map<string, TaskHandler<any, any>> } {
  if (env && handlers) return { env, handlers };
  const spec = JSON.parse(process.env[WORKER_ENV_VAR] ?? 'null') as WorkerEnvSpec | null;
  if (!spec) throw new Error(`${WORKER_ENV_VAR} is not set: this file runs inside invoicectl worker`);
  const { config } = spec;
  // The cache directory is shared like the blobs; its build lock lives in Redis so it holds across machines.
  const cache = config.cache.enabled
    ? new Cache({
        dir: config.cache.dir,
        ttlMs: config.cache.ttlDays * 86_400_000,
        staleLockMs: config.cache.staleLockSeconds * 1000,
        lock: redisBuildLock(connectRedis(spec.redis)),
      })
    : null;
  const settings: ServerSettings = { ...config.serve, dataDir: path.resolve(spec.dataDir) };
  env = { runtime: createRuntime({ config, cache }), settings, blobs: new BlobStore(settings.dataDir) };
  handlers = new Map(SERVER_MODULES.flatMap((m) => Object.entries(m.tasks?.(env!) ?? {})));
  return { env, handlers };
}

export default async function processJob(job: SandboxedJob<JobData, JobResult>, _token?: string, signal?: AbortSignal): Promise<JobResult> {
  const { env, handlers } = setUp();
  const { task, inputFiles } = job.data;
  const handler = handlers.get(task.kind);
  const controller = new AbortController();
  signal?.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
  const limitMs = env.settings.taskTimeoutSeconds * 1000;
  const deadline = limitMs > 0 ? setTimeout(() => controller.abort('deadline'), limitMs) : undefined;
  const { ctx, outputs } = remoteTaskContext(env, task, inputFiles, controller.signal, (update) => void job.updateProgress(update).catch(() => {}));
  try {
    if (!handler) throw new Error(`this worker has no handler for tasks of kind "${task.kind}"`);
    return { result: (await handler(ctx)) ?? null, outputs };
  } catch (err) {
    if (controller.signal.reason === 'deadline') {
      throw errorForJob(taskTimeoutError(limitMs));
    }
    // A shutdown hands the job back for another attempt; a user's cancel ends it.
    const why = !controller.signal.aborted ? 'failed' : controller.signal.reason === 'shutdown' ? 'shutdown' : 'cancelled';
    throw errorForJob(err, why);
  } finally {
    clearTimeout(deadline);
  }
}
