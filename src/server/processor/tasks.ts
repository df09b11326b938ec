/**
 * The task an upload queues: the library's processInvoices over the uploaded files, its three result
 * files stored as the task's outputs (deleted with the other files after the file TTL). It uses only its
 * TaskContext and TaskEnv, so it runs in the server or on an `invoicectl worker`.
 */
import { processInvoices } from '../../api/process-invoices.js';
import type { TaskEnv } from '../context.js';
import type { TaskContext } from '../queue/task-queue.js';
import { withTempPath } from '../queue/task-output.js';
import { durationsMs } from '../settings.js';
import type { ProcessTaskInput, ProcessTaskResult } from './shapes.js';

export const PROCESS_KIND = 'processor.process';

export function processTaskHandler(env: TaskEnv) {
  return async (ctx: TaskContext<ProcessTaskInput>): Promise<ProcessTaskResult> => {
    return withTempPath(env.blobs, '.out', async (outDir) => {
      const { files, ...result } = await processInvoices({
        inputs: ctx.inputFiles().map((f) => ({ name: f.name, path: ctx.pathOf(f) })),
        outDir,
        layout: { ...env.runtime.config.merge, ...ctx.task.input.layout },
        runtime: env.runtime,
        signal: ctx.signal,
        onProgress: (p) => ctx.progress(p),
      });
      const ttlMs = durationsMs(env.settings).fileTtl;
      for (const file of files) await ctx.addOutput(file.path, { name: file.name, mime: file.mime, ttlMs });
      return result;
    });
  };
}
