/**
 * pdf.js on worker threads. The main thread never loads it: its legacy build replaces process-wide
 * state (see pdfjs-tasks.ts), and pdf.js in Node runs its own "worker" on the calling thread, so a pool
 * of threads also reads several PDFs on several cores. Without the compiled worker (tests run from
 * sources) the same tasks run in-process, pages still rendered in the built children when there are.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { compiledScript } from '../core/compiled-script.js';
import { childPool, type ChildPool } from '../core/contained-child.js';
import { InvoicectlError, type ErrorInfo } from '../core/errors.js';
import { threadBytes } from '../core/thread-bytes.js';
import { pdfjsError } from './pdfjs.js';
import type * as Tasks from './pdfjs-tasks.js';

type TaskFns = Omit<typeof Tasks, 'default'>;
/** A task with an optional signal: when it aborts, the thread running the task is stopped. */
type Task<K extends TaskName> = (request: Parameters<TaskFns[K]>[0], signal?: AbortSignal) => ReturnType<TaskFns[K]>;
const TASK_NAMES = ['textAndAttachments', 'pageText', 'pagesWithText', 'pageCount', 'pageSizes', 'renderPage'] as const;
type TaskName = (typeof TASK_NAMES)[number];

export type PdfjsPool = { [K in TaskName]: Task<K> } & {
  /** The render processes it runs now (its threads have none). */
  pids(): number[];
  /** Stops its threads and kills its render processes. */
  destroy(): Promise<void>;
};

/**
 * Far beyond any real document (a 500-page PDF's text, a page rendered at 600 dpi): a task still running
 * then is spinning on hostile content (an image decoder that never ends) and its thread is terminated,
 * so that one file fails (ENGINE_TIMEOUT) and the process can still finish.
 */
const TASK_DEADLINE_MS = 180_000;

/**
 * A pdf.js thread's heap, as the document threads' (extract/document-threads.ts): far above a document's
 * text. A damaged CFF font (fuzz seed 29, input 944: index offsets that lie) made pdf.js compile it into
 * a JS array of ~600 MB; past the cap the thread ends and that document fails alone.
 */
const THREAD_HEAP_MB = 512;

const WORKER = fileURLToPath(new URL('./pdfjs-worker.js', import.meta.url));
/**
 * Rendering decodes the page's images, where crafted JBIG2 data makes pdf.js abort its process (see
 * pdfjs-child.ts): it runs in child processes. Their heap cap bounds what a damaged page can take (a
 * spliced PDF, seed 29 input 3407, reached 1.19 GB of memory under a 512 MB cap, 629 MB under 256);
 * every real PDF of the corpus renders at 300 dpi within it (598 MB peak for all 54 in one run).
 */
const CHILD = compiledScript('./pdfjs-child.js', import.meta.url);
const IN_CHILD: ReadonlySet<TaskName> = new Set(['renderPage']);
const CHILD_HEAP_MB = 256;

export function createPdfjsPool(threads: number, heapMb = THREAD_HEAP_MB): PdfjsPool {
  const children = CHILD ? childPool(CHILD, { maxIdle: Math.max(1, threads), maxRunning: Math.max(1, threads), execArgv: [`--max-old-space-size=${CHILD_HEAP_MB}`] }) : undefined;
  if (!existsSync(WORKER)) return inProcess(children);
  // A larger young generation: pdf.js makes many short-lived objects, and scavenges took ~12% of a thread.
  // piscina loads with the first pool: runs that read every PDF with the lean reader never need it.
  const started = import('piscina').then(({ Piscina }) => new Piscina({ filename: WORKER, minThreads: 1, maxThreads: Math.max(1, threads), idleTimeout: 5_000, resourceLimits: { maxYoungGenerationSizeMb: 96, maxOldGenerationSizeMb: heapMb } }));
  const call =
    <K extends TaskName>(name: K) =>
    async (request: Parameters<TaskFns[K]>[0], signal?: AbortSignal) => {
      if (signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
      if (children && IN_CHILD.has(name)) return inChild(children, name, request, signal);
      const deadline = AbortSignal.timeout(TASK_DEADLINE_MS);
      // piscina terminates the thread of a running task whose signal aborts: pdf.js cannot be interrupted otherwise.
      const stop = signal ? AbortSignal.any([signal, deadline]) : deadline;
      let result: { ok: true; value: Awaited<ReturnType<TaskFns[K]>> } | { ok: false; error: ErrorInfo };
      try {
        result = await (await started).run({ ...request, bytes: threadBytes(request.bytes) }, { name, signal: stop });
      } catch (err) {
        if (signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
        if (deadline.aborted) throw new InvoicectlError('ENGINE_TIMEOUT', `the PDF was not read within ${TASK_DEADLINE_MS / 1000} s (pdf.js ${name}); its thread was stopped`, { timeoutMs: TASK_DEADLINE_MS });
        if ((err as { code?: string })?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
          throw new InvoicectlError('PDF_CORRUPT', `the PDF cannot be read: pdf.js needed more than ${heapMb} MB for it (a damaged font or stream); its thread was stopped`, undefined, { cause: err });
        }
        throw err;
      }
      if (!result.ok) throw new InvoicectlError(result.error.code, result.error.message, result.error.details);
      return result.value;
    };
  const destroy = async () => {
    await Promise.all([started.then((pool) => pool.destroy()), children?.close()]);
  };
  return withTasks(call, () => children?.pids() ?? [], destroy);
}

async function inChild<K extends TaskName>(children: ChildPool, name: K, request: Parameters<TaskFns[K]>[0], signal?: AbortSignal): Promise<Awaited<ReturnType<TaskFns[K]>>> {
  const result = await children.run<{ ok: true; value: Awaited<ReturnType<TaskFns[K]>> } | { ok: false; error?: ErrorInfo; message?: string }>(
    { name, request },
    {
      signal,
      deadlineMs: TASK_DEADLINE_MS,
      died: (how) => new InvoicectlError('PDF_CORRUPT', `the PDF cannot be rendered: pdf.js stopped on its content (${how})`, undefined, { cause: new Error(how) }),
      timedOut: () => new InvoicectlError('ENGINE_TIMEOUT', `the PDF was not read within ${TASK_DEADLINE_MS / 1000} s (pdf.js ${name}); its process was stopped`, { timeoutMs: TASK_DEADLINE_MS }),
    },
  );
  if (!result.ok) throw result.error ? new InvoicectlError(result.error.code, result.error.message, result.error.details) : new InvoicectlError('PDF_CORRUPT', `the PDF cannot be rendered: ${result.message}`);
  return result.value;
}

/** Without the compiled worker (the sources run): rendering still in the children when they were built (compiled-script.ts). */
function inProcess(children: ChildPool | undefined): PdfjsPool {
  const tasks = import('./pdfjs-tasks.js');
  const call =
    <K extends TaskName>(name: K) =>
    async (request: never, signal?: AbortSignal) => {
      // In-process (sources not built) a task cannot be stopped once started; only one not yet started is.
      if (signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
      if (children && IN_CHILD.has(name)) return inChild(children, name, request, signal);
      try {
        return await ((await tasks)[name] as (r: never) => unknown)(request);
      } catch (err) {
        throw pdfjsError(err); // as the worker threads report it
      }
    };
  return withTasks(call, () => children?.pids() ?? [], async () => children?.close());
}

function withTasks(call: (name: TaskName) => unknown, pids: () => number[], destroy: () => Promise<void>): PdfjsPool {
  return { ...Object.fromEntries(TASK_NAMES.map((name) => [name, call(name)])), pids, destroy } as unknown as PdfjsPool;
}

let shared: PdfjsPool | undefined;

/**
 * The process's pool, the fallback for library callers that pass no pool of a runtime's (a runtime's
 * is `runtime.pdfjs()`, supervised and stopped with it); idle threads exit and never hold the process.
 */
export function sharedPdfjsPool(): PdfjsPool {
  return (shared ??= createPdfjsPool(os.availableParallelism()));
}
