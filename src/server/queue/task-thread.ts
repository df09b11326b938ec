/**
 * A task's work on a worker thread of the server (see task-threads.ts): the modules' task handlers with
 * this thread's own runtime, one task at a time. Outputs go to the blob store and back to the server,
 * which records them; the thread never touches the database.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { remoteSofficePool } from '../../convert/soffice-remote.js';
import { remotePaddle } from '../../ocr/paddle/paddle-remote.js';
import { toErrorInfo } from '../../core/errors.js';
import { createRuntime } from '../../runtime.js';
import type { TaskEnv } from '../context.js';
import { BlobStore } from '../store/blobs.js';
import type { ThreadMessage, ThreadRun, ThreadSpec } from './task-threads.js';
import { remoteTaskContext } from './remote-context.js';
import type { TaskHandler } from './task-queue.js';

const spec = workerData as ThreadSpec;
// The server's LibreOffice pool and PaddleOCR host, not one per thread: convert.sofficeInstances bounds
// the server, and the OCR models are loaded once.
const ports = spec.enginePorts;
const runtime = createRuntime({ config: spec.config, soffice: ports && remoteSofficePool(ports.soffice), paddle: ports && remotePaddle(ports.paddle) });
const env: TaskEnv = { runtime, settings: spec.settings, blobs: new BlobStore(spec.settings.dataDir) };

async function loadHandlers(): Promise<Map<string, TaskHandler<any, any>>> {
  if (spec.handlersModule) {
    const mod = (await import(spec.handlersModule)) as { taskHandlers(env: TaskEnv): Record<string, TaskHandler<any, any>> };
    return new Map(Object.entries(mod.taskHandlers(env)));
  }
  const { SERVER_MODULES } = await import('../modules.js');
  return new Map(SERVER_MODULES.flatMap((m) => Object.entries(m.tasks?.(env) ?? {})));
}
const handlers = loadHandlers();

let current: AbortController | undefined;
const post = (message: ThreadMessage) => parentPort!.postMessage(message);

parentPort!.on('message', (message: ThreadRun | { type: 'abort' }) => {
  if (message.type === 'abort') return current?.abort();
  void run(message);
});

async function run({ task, inputFiles }: ThreadRun): Promise<void> {
  const controller = (current = new AbortController());
  const { ctx, outputs } = remoteTaskContext(env, task, inputFiles, controller.signal, (update) => post({ type: 'progress', update }));
  try {
    const handler = (await handlers).get(task.kind);
    if (!handler) throw new Error(`no handler for tasks of kind "${task.kind}"`);
    post({ type: 'done', result: (await handler(ctx)) ?? null, outputs });
  } catch (err) {
    post({ type: 'failed', error: toErrorInfo(err), outputs });
  } finally {
    current = undefined;
  }
}
