/**
 * A pool of tesseract.js workers (one worker thread each, running tesseract compiled to WebAssembly).
 *
 * - Offline: the WebAssembly core is `require`d from the installed `tesseract.js-core` by tesseract.js's
 *   Node worker script, and language data is read from the `@tesseract.js-data/<lang>` npm packages.
 *   tesseract.js only fetches from its CDN when `langPath` is unset or a URL, so we always give it a
 *   local directory, and `cacheMethod: 'none'` stops it writing unzipped copies into the working directory.
 * - Recycled: a tesseract.js worker's memory grows with every page it recognises (tesseract.js issue
 *   #977) and WebAssembly memory never shrinks, so a worker is terminated and replaced after
 *   `recycleAfter` pages, and after any failure (its wasm heap may be in a bad state).
 * - Bounded: at most `concurrency` workers; further jobs wait in a FIFO queue. An aborted signal removes
 *   a queued job at once and terminates the worker of a running one (wasm cannot be interrupted).
 * - Released when idle: a worker holds its language's model and its wasm heap (40-75 MB each), and a
 *   server's runtime keeps a pool per language it met (the marks of names are read in the page's
 *   language, ocr-marks.ts), so a worker with no page for `idleMs` is terminated; the next page starts one.
 */
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { symlink, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import Tesseract from 'tesseract.js';
import { InvoicectlError } from '../../core/errors.js';
import { readImageHeader } from '../../core/image/image-header.js';
import { parseTesseractTsv } from './tsv.js';
import type { OcrResult } from '../types.js';
import { makeTempDir, removeTemp } from '../../core/temp-files.js';

const require = createRequire(import.meta.url);

/**
 * Which traineddata from the npm packages: `best_int` (the `4.0.0_best_int` folder, LSTM-only integer
 * models, small and what tesseract.js downloads by default) or `standard` (the `4.0.0` folder, the
 * tesseract `tessdata` repo models that Linux distributions ship, larger).
 */
export type OcrModel = 'best_int' | 'standard';

export interface OcrPoolOptions {
  /** Tesseract language codes joined by '+', e.g. 'eng' or 'chi_sim+eng'. Default 'eng'. */
  langs?: string;
  /** Number of worker threads. Default: the number of CPUs. */
  concurrency?: number;
  /** Pages a worker recognises before it is replaced. Default 50. */
  recycleAfter?: number;
  /** Default 'best_int'. */
  model?: OcrModel;
  /** Tesseract parameters applied to every page, e.g. { tessedit_pageseg_mode: '6' }. */
  parameters?: Record<string, string>;
  /** Milliseconds a worker may wait for a page before it is terminated. Default 60 s. */
  idleMs?: number;
}

export interface RecognizeOptions {
  signal?: AbortSignal;
  /** Image resolution; tesseract uses it to judge text size. Default: read from the image or estimated. */
  dpi?: number;
  /** Tesseract page segmentation mode for this page (e.g. 3 auto, 6 single block, 11 sparse text). */
  psm?: number;
  /**
   * The page's skew as `imageSkew` (ocr/deskew.ts) measures it on these very pixels, when the caller
   * already measured it: the engine applies its own threshold to it instead of measuring again.
   */
  skew?: number;
  /**
   * Called once when the engine takes the page, after any wait in its queue: callers that time their
   * own work (a conversion's time limit) leave that wait out.
   */
  onStart?: () => void;
}

export interface OcrPoolStats {
  /** Workers started since the pool was created (including replacements). */
  workersCreated: number;
  /** Workers terminated because they reached `recycleAfter` pages. */
  workersRecycled: number;
  /** Workers terminated because they had no page for `idleMs`. */
  workersIdled: number;
  /** Workers alive or starting now. */
  workersLive: number;
  pagesRecognized: number;
  queued: number;
  running: number;
}

/** The npm package that holds a language's traineddata; every tesseract code maps to `@tesseract.js-data/<code>`. */
function traineddataFile(lang: string, model: OcrModel): string {
  if (!/^[a-z_]+$/i.test(lang)) throw new InvoicectlError('INVALID_OPTION', `invalid OCR language "${lang}"`);
  let pkgDir: string;
  try {
    pkgDir = path.dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
  } catch {
    throw new InvoicectlError('OCR_FAILED', `OCR language data for "${lang}" is not installed (npm package @tesseract.js-data/${lang})`, { lang });
  }
  const file = path.join(pkgDir, model === 'best_int' ? '4.0.0_best_int' : '4.0.0', `${lang}.traineddata.gz`);
  if (!existsSync(file)) throw new InvoicectlError('OCR_FAILED', `OCR language data file missing: ${file}`, { lang });
  return file;
}

/**
 * tesseract.js reads every language from one `langPath` directory, but each language lives in its own
 * npm package, so we give it a private directory of symlinks (copies where symlinks are not allowed).
 * A worker reads it only while it starts, so it is removed then: a pool in a thread that is terminated
 * (the accent re-read in PaddleOCR's threads) has no `dispose` to remove it later.
 */
async function makeLangDir(langs: string[], model: OcrModel): Promise<string> {
  const dir = await makeTempDir('invoicectl-tessdata-');
  for (const lang of langs) {
    const source = traineddataFile(lang, model);
    const target = path.join(dir, `${lang}.traineddata.gz`);
    await symlink(source, target).catch(() => copyFile(source, target));
  }
  return dir;
}

interface Job {
  image: Uint8Array;
  width: number;
  height: number;
  options: RecognizeOptions;
  resolve(result: OcrResult): void;
  reject(err: unknown): void;
  /** Removes the abort listener. */
  cleanup(): void;
}

/** A worker slot: holds at most one live worker, recreated on demand. */
interface Slot {
  worker?: Promise<LiveWorker>;
  pages: number;
  busy: boolean;
  /** Retires the worker once it has waited `idleMs` for a page. */
  idle?: NodeJS.Timeout;
}

interface LiveWorker {
  api: Tesseract.Worker;
  /** Rejects when the worker thread dies (crash, out of memory), so a running job never hangs. */
  died: Promise<never>;
  terminate(): Promise<void>;
}

const aborted = () => new InvoicectlError('ABORTED', 'the OCR job was aborted');

export class OcrPool {
  readonly langs: string;
  readonly concurrency: number;
  readonly recycleAfter: number;
  readonly model: OcrModel;
  readonly idleMs: number;
  private readonly parameters: Record<string, string>;
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private disposed = false;
  private created = 0;
  private recycled = 0;
  private idled = 0;
  private pages = 0;

  constructor(options: OcrPoolOptions = {}) {
    this.langs = options.langs ?? 'eng';
    this.concurrency = options.concurrency ?? os.availableParallelism();
    this.recycleAfter = options.recycleAfter ?? 50;
    this.model = options.model ?? 'best_int';
    this.parameters = options.parameters ?? {};
    this.idleMs = options.idleMs ?? 60_000;
    if (!Number.isInteger(this.concurrency) || this.concurrency < 1) {
      throw new InvoicectlError('INVALID_OPTION', `OCR concurrency must be a positive integer, got ${options.concurrency}`);
    }
    if (!Number.isInteger(this.recycleAfter) || this.recycleAfter < 1) {
      throw new InvoicectlError('INVALID_OPTION', `recycleAfter must be a positive integer, got ${options.recycleAfter}`);
    }
    if (!Number.isFinite(this.idleMs) || this.idleMs < 0) {
      throw new InvoicectlError('INVALID_OPTION', `idleMs must be a non-negative number, got ${options.idleMs}`);
    }
    // Fail fast (before any worker starts) when a language package is missing.
    for (const lang of this.langList()) traineddataFile(lang, this.model);
    this.slots = Array.from({ length: this.concurrency }, () => ({ pages: 0, busy: false }));
  }

  stats(): OcrPoolStats {
    return {
      workersCreated: this.created,
      workersRecycled: this.recycled,
      workersIdled: this.idled,
      workersLive: this.slots.filter((s) => s.worker).length,
      pagesRecognized: this.pages,
      queued: this.queue.length,
      running: this.slots.filter((s) => s.busy).length,
    };
  }

  /** OCRs one PNG or JPEG image. Rejects with OCR_FAILED (bad image, engine error) or ABORTED. */
  recognize(image: Uint8Array, options: RecognizeOptions = {}): Promise<OcrResult> {
    if (this.disposed) return Promise.reject(new InvoicectlError('OCR_FAILED', 'the OCR pool has been disposed'));
    if (options.signal?.aborted) return Promise.reject(aborted());
    const info = readImageHeader(image);
    if (!info || info.kind === 'tiff') {
      return Promise.reject(new InvoicectlError('OCR_FAILED', 'the image is not a readable PNG or JPEG', { bytes: image.length }));
    }
    return new Promise<OcrResult>((resolve, reject) => {
      const signal = options.signal;
      const job: Job = {
        image, width: info.width, height: info.height, options, resolve, reject,
        cleanup: () => signal?.removeEventListener('abort', onAbort),
      };
      // A queued job leaves the queue at once; a running job is handled in run().
      const onAbort = () => {
        const index = this.queue.indexOf(job);
        if (index >= 0) {
          this.queue.splice(index, 1);
          job.cleanup();
          reject(aborted());
        }
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.queue.push(job);
      this.pump();
    });
  }

  /**
   * Starts every worker now instead of on first use (each takes ~0.3 s to load wasm and language
   * data), so callers that know OCR is coming (a batch with scanned pages) can overlap that with
   * reading and rendering their inputs. Workers that fail to start are retried on first use.
   */
  async warmup(): Promise<void> {
    if (this.disposed) return;
    await Promise.all(this.slots.map((slot) => this.workerFor(slot).then(() => this.retireWhenIdle(slot), () => undefined)));
  }

  /** Terminates every worker and rejects queued jobs with ABORTED. Safe to call twice. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    for (const job of this.queue.splice(0)) {
      job.cleanup();
      job.reject(aborted());
    }
    await Promise.all(this.slots.map((slot) => this.retire(slot)));
  }

  private langList(): string[] {
    return this.langs.split('+').filter(Boolean);
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0 || this.disposed) return;
      if (slot.busy) continue;
      const job = this.queue.shift()!;
      slot.busy = true;
      clearTimeout(slot.idle);
      void this.run(slot, job).then((settle) => {
        // Free the slot and start the next job before settling, so stats() is accurate to the caller.
        slot.busy = false;
        this.pump();
        this.retireWhenIdle(slot);
        settle();
      });
    }
  }

  /** Runs a job and returns the function that settles its promise (never rejects). */
  private async run(slot: Slot, job: Job): Promise<() => void> {
    const signal = job.options.signal;
    let onAbort: (() => void) | undefined;
    const abortPromise = new Promise<never>((_, reject) => {
      onAbort = () => reject(aborted());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    abortPromise.catch(() => {}); // observed by the race below; avoid an unhandled rejection otherwise
    job.cleanup(); // the queue listener is no longer needed
    let recognizing = false;
    try {
      if (signal?.aborted) throw aborted();
      const live = await Promise.race([this.workerFor(slot), abortPromise]);
      if (this.disposed) throw aborted(); // dispose() terminated the worker while we waited for it
      recognizing = true;
      job.options.onStart?.();
      const params: Record<string, string> = { ...this.parameters };
      if (job.options.dpi) params.user_defined_dpi = String(Math.round(job.options.dpi));
      if (job.options.psm !== undefined) params.tessedit_pageseg_mode = String(job.options.psm);
      const { data } = await Promise.race([
        // Extra keys of the options object are passed to tesseract as parameters for this page only.
        live.api.recognize(job.image, params as Partial<Tesseract.RecognizeOptions>, { text: false, tsv: true }),
        live.died,
        abortPromise,
      ]);
      this.pages += 1;
      slot.pages += 1;
      if (slot.pages >= this.recycleAfter) {
        this.recycled += 1;
        void this.retire(slot);
        // Its replacement starts now, while this page is finished elsewhere: started by the next job, it
        // made that job wait for the start (fra+deu: ~0.55 s; a stack read after a recycle took 1.23 s
        // against 0.74 s so).
        if (!this.disposed) void this.workerFor(slot).catch(() => undefined);
      }
      const result = parseTesseractTsv(data.tsv ?? '', job.width, job.height);
      return () => job.resolve(result);
    } catch (err) {
      // Aborted mid-page (the wasm call cannot be interrupted, so the worker goes) or failed (its state is
      // suspect). An abort while the worker was still starting keeps it for the next job.
      if (recognizing) void this.retire(slot);
      const error = err instanceof InvoicectlError
        ? err
        : new InvoicectlError('OCR_FAILED', `OCR failed: ${messageOf(err)}`, undefined, { cause: err });
      return () => job.reject(error);
    } finally {
      if (onAbort) signal?.removeEventListener('abort', onAbort);
    }
  }

  private workerFor(slot: Slot): Promise<LiveWorker> {
    if (!slot.worker) {
      const starting = this.startWorker();
      slot.pages = 0;
      slot.worker = starting;
      // A failed start leaves the slot empty so the next job tries again.
      starting.catch(() => { if (slot.worker === starting) slot.worker = undefined; });
    }
    return slot.worker;
  }

  /** Starts the slot's idle clock when it has a worker and no page; a page taken stops it (pump). */
  private retireWhenIdle(slot: Slot): void {
    if (slot.busy || !slot.worker || this.disposed) return;
    clearTimeout(slot.idle);
    slot.idle = setTimeout(() => {
      if (slot.busy || !slot.worker) return;
      this.idled += 1;
      void this.retire(slot);
    }, this.idleMs);
    // The clock never keeps a process alive: a CLI run ends with its last page.
    slot.idle.unref();
  }

  /** Terminates the slot's worker, if any; the next job on the slot starts a fresh one. */
  private async retire(slot: Slot): Promise<void> {
    clearTimeout(slot.idle);
    const worker = slot.worker;
    slot.worker = undefined;
    slot.pages = 0;
    if (worker) await worker.then((w) => w.terminate(), () => undefined);
  }

  private async startWorker(): Promise<LiveWorker> {
    const langPath = await makeLangDir(this.langList(), this.model);
    this.created += 1;
    // tesseract.js reports failures while loading (e.g. unreadable language data) only to errorHandler,
    // and without one it throws from a message handler, which would crash the process.
    let failStart: (reason: unknown) => void = () => {};
    const startFailed = new Promise<never>((_, reject) => { failStart = reject; });
    startFailed.catch(() => {});
    const create = Tesseract.createWorker(this.langs, Tesseract.OEM.LSTM_ONLY, {
      langPath,
      gzip: true,
      cacheMethod: 'none',
      errorHandler: (e: unknown) => failStart(e),
    }, {
      // chi_sim's best_int data asks tesseract to also load chi_sim_vert (vertical text), which is not in
      // the npm package: it would print "Failed loading language" to stderr on every start. Invoices are
      // horizontal, so load no sub-languages.
      tessedit_load_sublangs: '',
    } as Partial<Tesseract.InitOptions>);
    let api: Tesseract.Worker;
    try {
      api = await Promise.race([create, startFailed]);
    } catch (err) {
      // If createWorker resolves later anyway, do not leak the thread.
      void create.then((w) => w.terminate(), () => undefined);
      throw new InvoicectlError('OCR_FAILED', `the OCR engine could not start: ${messageOf(err)}`, { langs: this.langs }, { cause: err });
    } finally {
      await removeTemp(langPath);
    }
    const thread = (api as unknown as { worker: import('node:worker_threads').Worker }).worker;
    let terminated = false;
    const exited = new Promise<void>((resolve) => thread.once('exit', () => resolve()));
    // A job running when the thread goes must not hang: dispose() terminating it means ABORTED,
    // anything else (a crash, running out of memory) means OCR_FAILED.
    const died = new Promise<never>((_, reject) => {
      thread.once('error', (err) => reject(new InvoicectlError('OCR_FAILED', `the OCR worker crashed: ${err.message}`, undefined, { cause: err })));
      thread.once('exit', (code) => {
        reject(terminated ? aborted() : new InvoicectlError('OCR_FAILED', `the OCR worker exited (code ${code})`));
      });
    });
    died.catch(() => {});
    return {
      api,
      died,
      // tesseract.js's terminate() does not wait for the thread; we do, so dispose() really frees it.
      terminate: async () => {
        terminated = true;
        await api.terminate();
        await exited;
      },
    };
  }
}

export function createOcrPool(options: OcrPoolOptions = {}): OcrPool {
  return new OcrPool(options);
}

function messageOf(err: unknown): string {
  if (err instanceof Error) return err.message;
  return typeof err === 'string' ? err : JSON.stringify(err);
}
