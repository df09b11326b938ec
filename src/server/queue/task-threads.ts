/**
 * The embedded queue's tasks run on worker threads, not on the server's event loop: reading a hostile
 * document (an OFD listing 50,000 pages, a decoder looping) blocked the loop and grew the server's own
 * heap until it aborted, and the task, re-run at the next start, killed it again. Here each task gets a
 * thread with a heap limit: a task that exceeds it ends its thread (the task fails with ENGINE_FAILED
 * saying so) and the server goes on; a cancel or a shutdown asks the handler to stop, and ends the
 * thread if it has not within a few seconds. Threads are kept between tasks (engines stay warm).
 */
import type { Config } from '../../config/defaults.js';
import { InvoicectlError, type ErrorInfo } from '../../core/errors.js';
import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import { compiledScript } from '../../core/compiled-script.js';
import type { SofficeRunner } from '../../convert/soffice-pool.js';
import { serveSofficePool } from '../../convert/soffice-remote.js';
import type { PaddleRecognizer } from '../../ocr/engines.js';
import { servePaddle } from '../../ocr/paddle/paddle-remote.js';
import type { ServerSettings } from '../settings.js';
import type { FileRow } from '../store/files.js';
import type { RemoteOutput, Task } from './task.js';

/** A task thread's heap: far above a document's needs, far below what takes the machine down. */
export const TASK_HEAP_MB = 1536;
/** Threads kept waiting for the next task (each holds its own warm engines). */
const MAX_IDLE = Math.max(1, availableParallelism());
/** How long a cancelled or stopped task may take to stop by itself before its thread is ended. */
const STOP_GRACE_MS = 5000;

export interface ThreadSpec {
  config: Config;
  settings: ServerSettings;
  /** A module exporting `taskHandlers(env)` instead of the server modules' (tests). */
  handlersModule?: string;
  /** Where the thread sends its LibreOffice jobs and OCR pages (to the server runtime's engines); set by TaskThreads. */
  enginePorts?: { soffice: MessagePort; paddle: MessagePort };
}

/** The engines every thread shares (the server runtime's): one LibreOffice pool and one PaddleOCR host for the server. */
export interface SharedEngines {
  soffice: () => Promise<SofficeRunner>;
  paddle: () => Promise<PaddleRecognizer>;
}

export interface ThreadRun {
  type: 'run';
  task: Task;
  inputFiles: FileRow[];
}

export type ThreadMessage =
  | { type: 'progress'; update: { done?: number; total?: number; stage?: string } }
  | { type: 'done'; result: unknown; outputs: RemoteOutput[] }
  | { type: 'failed'; error: ErrorInfo; outputs: RemoteOutput[] };

export interface ThreadOutcome {
  result: unknown;
  outputs: RemoteOutput[];
}

export class TaskThreads {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private readonly script: string | undefined;

  constructor(
    private readonly spec: ThreadSpec,
    private readonly heapMb = TASK_HEAP_MB,
    private readonly engines?: SharedEngines,
  ) {
    this.script = compiledScript('./task-thread.js', import.meta.url);
  }

  /** False when the thread script is not built (tests from sources): tasks then run on the calling thread. */
  get available(): boolean {
    return this.script !== undefined;
  }

  run(task: Task, inputFiles: FileRow[], signal: AbortSignal, onProgress: (update: { done?: number; total?: number; stage?: string }) => void): Promise<ThreadOutcome> {
    const worker = this.idle.pop() ?? this.start();
    this.busy.add(worker);
    worker.ref();
    return new Promise<ThreadOutcome>((resolve, reject) => {
      let settled = false;
      let killTimer: NodeJS.Timeout | undefined;
      const finish = (keep: boolean, outcome: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(killTimer);
        signal.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        this.busy.delete(worker);
        if (keep && this.idle.length < MAX_IDLE) {
          worker.unref();
          this.idle.push(worker);
        } else void worker.terminate();
        outcome();
      };
      const onMessage = (message: ThreadMessage) => {
        if (message.type === 'progress') {
          // Progress is a report, not the work: one that cannot be recorded (a full disk) is dropped,
          // never thrown from this event handler at the process.
          try {
            onProgress(message.update);
          } catch {
            // dropped
          }
          return;
        }
        if (message.type === 'done') return finish(true, () => resolve({ result: message.result, outputs: message.outputs }));
        finish(true, () => reject(Object.assign(new InvoicectlError(message.error.code, message.error.message, message.error.details), { outputs: message.outputs })));
      };
      const onError = (err: Error & { code?: string }) => {
        const message =
          err.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? `the task needed more than its ${this.heapMb} MB of memory and was stopped (the document is too large or malformed to process)`
            : `the task's thread failed: ${err.message}`;
        finish(false, () => reject(new InvoicectlError('ENGINE_FAILED', message)));
      };
      const onExit = (code: number) => finish(false, () => reject(signal.aborted ? new InvoicectlError('ABORTED', 'the task was cancelled') : new InvoicectlError('ENGINE_FAILED', `the task's thread ended (exit code ${code})`)));
      const onAbort = () => {
        worker.postMessage({ type: 'abort' });
        // A decoder that does not look at the signal is stopped with its thread.
        killTimer = setTimeout(() => finish(false, () => reject(new InvoicectlError('ABORTED', 'the task was cancelled and its work stopped'))), STOP_GRACE_MS);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      if (signal.aborted) onAbort();
      else signal.addEventListener('abort', onAbort, { once: true });
      worker.postMessage({ type: 'run', task, inputFiles } satisfies ThreadRun);
    });
  }

  async stop(): Promise<void> {
    const all = [...this.idle, ...this.busy];
    this.idle.length = 0;
    this.busy.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }

  private start(): Worker {
    const resourceLimits = { maxOldGenerationSizeMb: this.heapMb };
    if (!this.engines) return new Worker(this.script!, { workerData: this.spec, resourceLimits });
    const soffice = new MessageChannel();
    const paddle = new MessageChannel();
    const enginePorts = { soffice: soffice.port2, paddle: paddle.port2 };
    const worker = new Worker(this.script!, { workerData: { ...this.spec, enginePorts } satisfies ThreadSpec, transferList: [soffice.port2, paddle.port2], resourceLimits });
    serveSofficePool(this.engines.soffice, soffice.port1);
    servePaddle(this.engines.paddle, paddle.port1);
    worker.once('exit', () => {
      soffice.port1.close();
      paddle.port1.close();
    });
    return worker;
  }
}
