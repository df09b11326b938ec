/**
 * The PaddleOCR engine callers share: pages queue (FIFO) for `workers` worker threads, each with its own
 * pair of ONNX sessions (paddle-thread.ts). ONNX Runtime runs a model synchronously on the calling
 * thread, so one thread reads one page at a time; two threads use both cores of a 2-core machine where
 * two intra-op threads on one page gained nothing (engines.ts). Memory: one model pair and one page per
 * thread, whatever the batch size.
 *
 * A page read while another thread idles (and no page waits) is shared: its thread asks for help with
 * half of its text boxes (paddle.ts, recognizeShared) and the idle thread reads them, which cuts the time
 * of a lone page without taking a core from a waiting one. For the same reason a page sent while no
 * other is read or waiting is marked `alone`: its thread detects text on two cores (paddle.ts, detWide).
 *
 * Threads start on first use and stay warm, but an idle thread is unref'd: a process that is done does
 * not wait for them. A thread that dies fails its page (OCR_FAILED) and is started again for the next.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { InvoicectlError, type ErrorCode } from '../../core/errors.js';
import type { HelpRequest } from './paddle-thread.js';
import type { RecognizeOptions } from '../tesseract/pool.js';
import type { OcrResult } from '../types.js';
import { defaultPaddleModels, type PaddleModels } from './paddle-models.js';

export interface PaddleOptions {
  /** Worker threads, each reading one page at a time. Default: the CPUs, at most 4. */
  workers?: number;
  /** The models the threads run (paddle.ts, PaddleModels). Default: defaultPaddleModels(). */
  models?: PaddleModels;
}

interface Job {
  image: Uint8Array;
  options: RecognizeOptions;
  resolve(result: OcrResult): void;
  reject(err: unknown): void;
}

interface Thread {
  worker: Worker;
  /** The job it is reading, if any, and when the thread is done with it. */
  job?: Job;
  running?: Promise<unknown>;
  /** Settles when the thread is done reading another page's boxes. */
  helping?: Promise<unknown>;
  /** Requests sent and not answered: the thread is ref'd while there are any. */
  asked: number;
  /** Settles when the thread has exited. */
  exited: Promise<void>;
}

interface Reply {
  id: number;
  result?: OcrResult;
  error?: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

const require = createRequire(import.meta.url);
const aborted = () => new InvoicectlError('ABORTED', 'the OCR job was aborted');

export class PaddleEngine {
  readonly name = 'paddle';
  readonly workers: number;
  readonly models: PaddleModels;
  private readonly threads: (Thread | undefined)[];
  private readonly queue: Job[] = [];
  private disposed = false;
  private nextId = 1;

  constructor(options: PaddleOptions = {}) {
    this.workers = options.workers ?? Math.min(4, os.availableParallelism());
    if (!Number.isInteger(this.workers) || this.workers < 1) {
      throw new InvoicectlError('INVALID_OPTION', `PaddleOCR workers must be a positive integer, got ${options.workers}`);
    }
    this.models = options.models ?? defaultPaddleModels();
    if (this.models !== 'fused' && this.models !== 'fp32') {
      throw new InvoicectlError('INVALID_OPTION', `PaddleOCR models must be fused or fp32, got ${String(this.models)}`);
    }
    this.threads = new Array(this.workers).fill(undefined);
  }

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** Live threads, pages being read and pages waiting. */
  stats(): { threads: number; running: number; queued: number } {
    const live = this.threads.filter((t) => t !== undefined);
    return { threads: live.length, running: live.filter((t) => t.job).length, queued: this.queue.length };
  }

  /** Starts every thread and loads its models now, so the first pages do not wait for that. */
  async warmup(): Promise<void> {
    if (this.disposed) return;
    await Promise.all(this.threads.map((_, i) => {
      const thread = this.threads[i] ??= this.start(i);
      return this.ask(thread, { warmup: true });
    }));
  }

  /** OCRs one PNG or JPEG image. Rejects with OCR_FAILED (bad image, engine error) or ABORTED. */
  recognize(image: Uint8Array, options: RecognizeOptions = {}): Promise<OcrResult> {
    if (this.disposed) return Promise.reject(new InvoicectlError('OCR_FAILED', 'the OCR engine has been disposed'));
    if (options.signal?.aborted) return Promise.reject(aborted());
    return new Promise<OcrResult>((resolve, reject) => {
      const signal = options.signal;
      const onAbort = () => {
        // Queued: it leaves the queue. Running: its caller stops waiting; the thread finishes the page
        // (ONNX Runtime cannot be interrupted) and stays warm for the next one.
        const index = this.queue.indexOf(job);
        if (index >= 0) this.queue.splice(index, 1);
        job.reject(aborted());
      };
      const job: Job = {
        image, options,
        resolve: (r) => { signal?.removeEventListener('abort', onAbort); resolve(r); },
        reject: (e) => { signal?.removeEventListener('abort', onAbort); reject(e); },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /** Rejects queued pages with ABORTED, lets the pages being read finish, then ends the threads. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const job of this.queue.splice(0)) job.reject(aborted());
    await Promise.all(this.threads.map(async (thread, i) => {
      if (!thread) return;
      await Promise.all([thread.running, thread.helping]);
      this.threads[i] = undefined;
      await thread.worker.terminate();
      await thread.exited;
    }));
  }

  private pump(): void {
    for (let i = 0; i < this.threads.length && this.queue.length > 0 && !this.disposed; i++) {
      if (this.threads[i]?.job || this.threads[i]?.helping) continue;
      const thread = this.threads[i] ??= this.start(i);
      const job = this.queue.shift()!;
      thread.job = job;
      job.options.onStart?.();
      // A copy the thread can own (the caller's view may share a larger buffer).
      const image = new Uint8Array(job.image);
      const alone = this.queue.length === 0 && this.threads.every((t) => t === thread || (!t?.job && !t?.helping));
      thread.running = this.ask(thread, { image, alone, skew: job.options.skew }, [image.buffer]).then(
        (result) => job.resolve(result!),
        (err) => job.reject(err),
      ).finally(() => {
        if (thread.job === job) thread.job = thread.running = undefined;
        this.pump();
      });
    }
  }

  /**
   * A thread asks for help with its page (boxes, or words for the accents): an idle thread (started if
   * need be) reads them. Asked only whether one is free, it is answered at once (true, or null: none).
   */
  private lend(from: Thread, help: HelpRequest): void {
    const answer = (result: unknown) => from.worker.postMessage({ helpId: help.id, answer: result });
    const slot = this.disposed || this.queue.length ? -1 : this.threads.findIndex((t) => t !== from && !t?.job && !t?.helping);
    if (slot < 0) return answer(null);
    if ('free' in help) return answer(true);
    const thread = this.threads[slot] ??= this.start(slot);
    thread.helping = this.ask(thread, { recognize: help }).then(answer, () => answer(null)).finally(() => {
      thread.helping = undefined;
      this.pump();
    });
  }

  /** Sends one request to a thread and waits for its reply; the thread is ref'd only meanwhile. */
  private ask(thread: Thread, request: { image?: Uint8Array; alone?: boolean; skew?: number; warmup?: boolean; recognize?: HelpRequest }, transfer: ArrayBuffer[] = []): Promise<OcrResult | undefined> {
    const id = this.nextId++;
    return new Promise<OcrResult | undefined>((resolve, reject) => {
      const onMessage = (reply: Reply) => {
        if (reply.id !== id) return;
        done();
        if (reply.error) reject(new InvoicectlError(reply.error.code, reply.error.message, reply.error.details));
        else resolve(reply.result);
      };
      const onExit = (code: number) => {
        done();
        reject(this.disposed ? aborted() : new InvoicectlError('OCR_FAILED', `the OCR worker exited (code ${code})`));
      };
      const done = () => {
        thread.worker.off('message', onMessage).off('exit', onExit);
        if (--thread.asked === 0) thread.worker.unref();
      };
      thread.worker.on('message', onMessage).on('exit', onExit);
      thread.asked++;
      thread.worker.ref();
      thread.worker.postMessage({ id, ...request }, transfer);
    });
  }

  private start(slot: number): Thread {
    const worker = new Worker(threadScript(), { workerData: { models: this.models } });
    worker.unref();
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // An uncaught error ends the thread ('exit' follows, failing its page); without a listener it would
    // be thrown in this thread instead.
    worker.on('error', () => {});
    const thread: Thread = { worker, exited, asked: 0 };
    worker.on('message', (message: { help?: HelpRequest }) => { if (message.help) this.lend(thread, message.help); });
    void exited.then(() => { if (this.threads[slot] === thread) this.threads[slot] = undefined; });
    return thread;
  }
}

let devScript: URL | undefined;

/**
 * The worker script: paddle-thread.js beside this module (dist/, and the CLI bundle, which keeps dist/'s
 * files in place). Run from the TypeScript sources (the tests), there is no .js: the thread's modules are
 * then bundled in memory with esbuild (a dev dependency) into a data: URL, packages imported by absolute
 * path so they resolve from anywhere.
 */
function threadScript(): URL {
  const built = new URL('./paddle-thread.js', import.meta.url);
  if (existsSync(fileURLToPath(built))) return built;
  devScript ??= bundleForSources();
  return devScript;
}

function bundleForSources(): URL {
  const source = fileURLToPath(new URL('./paddle-thread.ts', import.meta.url));
  // esbuild's buildSync cannot run plugins; the packages are few, resolved here the way Node would.
  const { buildSync } = require('esbuild') as typeof import('esbuild');
  const result = buildSync({
    entryPoints: [source], bundle: true, platform: 'node', format: 'esm', write: false, packages: 'external',
  });
  const code = result.outputFiles[0]!.text
    .replace(/(from\s*|import\s*\()"([^".][^"]*)"/g, (_, before: string, spec: string) =>
      `${before}"${spec.startsWith('node:') ? spec : resolvePackage(spec)}"`)
    // A data: URL is no file: the modules' own URL (to find files beside them) is the source file's.
    .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(source).href));
  return new URL(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

/** A bare package specifier as an absolute file URL (ESM conditions first: import() is how it is loaded). */
function resolvePackage(spec: string): string {
  return typeof import.meta.resolve === 'function' ? import.meta.resolve(spec) : pathToFileURL(require.resolve(spec)).href;
}
