/**
 * pdf.js on worker threads. The main thread never loads it: its legacy build replaces process-wide
 * state (see pdfjs-tasks.ts), and pdf.js in Node runs its own "worker" on the calling thread, so a pool
 * of threads also reads several PDFs on several cores. Without the compiled worker (tests run from
 * sources) the same tasks run in-process.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { InvoicectlError, type ErrorInfo } from '../core/errors.js';
import { threadBytes } from '../core/thread-bytes.js';
import { pdfjsError } from './pdfjs.js';
import type * as Tasks from './pdfjs-tasks.js';

type TaskFns = Omit<typeof Tasks, 'default'>;
const TASK_NAMES = ['textAndAttachments', 'pageText', 'pagesWithText', 'pageCount', 'pageSizes', 'renderPage'] as const;
type TaskName = (typeof TASK_NAMES)[number];

export type PdfjsPool = { [K in TaskName]: TaskFns[K] } & { destroy(): Promise<void> };

const WORKER = fileURLToPath(new URL('./pdfjs-worker.js', import.meta.url));

export function createPdfjsPool(threads: number): PdfjsPool {
  if (!existsSync(WORKER)) return inProcess();
  // A larger young generation: pdf.js makes many short-lived objects, and scavenges took ~12% of a thread.
  // piscina loads with the first pool: runs that read every PDF with the lean reader never need it.
  const started = import('piscina').then(({ Piscina }) => new Piscina({ filename: WORKER, minThreads: 1, maxThreads: Math.max(1, threads), idleTimeout: 5_000, resourceLimits: { maxYoungGenerationSizeMb: 96 } }));
  const call =
    <K extends TaskName>(name: K) =>
    async (request: Parameters<TaskFns[K]>[0]) => {
      const result = (await (await started).run({ ...request, bytes: threadBytes(request.bytes) }, { name })) as { ok: true; value: Awaited<ReturnType<TaskFns[K]>> } | { ok: false; error: ErrorInfo };
      if (!result.ok) throw new InvoicectlError(result.error.code, result.error.message, result.error.details);
      return result.value;
    };
  return withTasks(call, async () => (await started).destroy());
}

function inProcess(): PdfjsPool {
  const tasks = import('./pdfjs-tasks.js');
  const call =
    <K extends TaskName>(name: K) =>
    async (request: never) => {
      try {
        return await ((await tasks)[name] as (r: never) => unknown)(request);
      } catch (err) {
        throw pdfjsError(err); // as the worker threads report it
      }
    };
  return withTasks(call, async () => {});
}

function withTasks(call: (name: TaskName) => unknown, destroy: () => Promise<void>): PdfjsPool {
  return { ...Object.fromEntries(TASK_NAMES.map((name) => [name, call(name)])), destroy } as unknown as PdfjsPool;
}

let shared: PdfjsPool | undefined;

/** The process's pool for callers without a runtime (convert); idle threads exit and never hold the process. */
export function sharedPdfjsPool(): PdfjsPool {
  return (shared ??= createPdfjsPool(os.availableParallelism()));
}
