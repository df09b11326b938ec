/**
 * The PaddleOCR engine in a child process (paddle-host.ts), with PaddleEngine's interface.
 *
 * Why a process and not only threads: the host starts with glibc's malloc set to back large blocks
 * with huge pages (core/huge-pages.ts), which an already running process cannot ask for: an OCR run
 * spent 13% of its CPU in page faults without it. And a crash in ONNX Runtime or the image decoder then
 * fails the pages being read (OCR_FAILED), never the batch or the server.
 *
 * Pages queue in the host (its PaddleEngine's FIFO). The host starts on first use, is ref'd only while
 * pages are out (a process that is done does not wait for it) and is started again after it died.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { InvoicectlError, type ErrorCode } from '../../core/errors.js';
import { hugePageEnv } from '../../core/huge-pages.js';
import type { HostRequest } from './paddle-host.js';
import { defaultPaddleModels, type PaddleModels } from './paddle-models.js';
import type { RecognizeOptions } from '../tesseract/pool.js';
import type { OcrResult } from '../types.js';

interface Reply {
  id: number;
  /** A thread of the host took the page (it may have waited in the host's queue). */
  started?: true;
  result?: OcrResult;
  error?: { code: ErrorCode; message: string; details?: Record<string, unknown> };
}

interface Pending {
  onStart?: () => void;
  resolve(result: OcrResult | undefined): void;
  reject(err: unknown): void;
}

const aborted = () => new InvoicectlError('ABORTED', 'the OCR job was aborted');
/** How long dispose() lets the host end its threads before killing it (it takes well under a second). */
const DISPOSE_DEADLINE_MS = 10_000;

export class PaddleProcess {
  readonly name = 'paddle';
  /** The host's models: it inherits the environment that chooses them (INVOICECTL_PADDLE_MODELS). */
  readonly models: PaddleModels = defaultPaddleModels();
  private child?: ChildProcess;
  private readonly pending = new Map<number, Pending>();
  private disposed = false;
  private hostDied = false;
  private nextId = 1;

  constructor(private readonly script: string) {}

  get isDisposed(): boolean {
    return this.disposed;
  }

  /** False once disposed or once its host died: a supervisor (core/supervisor.ts) then starts another. */
  get isAlive(): boolean {
    return !this.disposed && !this.hostDied;
  }

  /** The host's process id while it runs. */
  pids(): number[] {
    return this.child?.pid !== undefined ? [this.child.pid] : [];
  }

  /** Starts the host and its threads and loads their models now, so the first pages do not wait for that. */
  async warmup(): Promise<void> {
    if (!this.disposed) await this.ask({ warmup: true });
  }

  /** OCRs one PNG or JPEG image. Rejects with OCR_FAILED (bad image, engine error, host died) or ABORTED. */
  async recognize(image: Uint8Array, options: RecognizeOptions = {}): Promise<OcrResult> {
    if (this.disposed) throw new InvoicectlError('OCR_FAILED', 'the OCR engine has been disposed');
    return (await this.ask({ image, skew: options.skew }, options.signal, options.onStart))!;
  }

  /** Rejects the pages out with ABORTED and ends the host. */
  async dispose(): Promise<void> {
    if (this.disposed) return;
    this.disposed = true;
    const child = this.child;
    this.child = undefined;
    for (const [id, job] of this.pending) {
      this.pending.delete(id);
      job.reject(aborted());
    }
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    // The host disposes of its engine and exits when its channel closes. Held referenced till then: an
    // idle host is unreferenced, and a script whose last step awaited this ended with exit code 13
    // (a top-level await never settled) before the host's exit was seen. A host that does not go in
    // time (its engine stuck in a native call) is killed.
    child.ref();
    const killer = setTimeout(() => child.kill('SIGKILL'), DISPOSE_DEADLINE_MS);
    child.disconnect();
    await exited;
    clearTimeout(killer);
  }

  private ask(request: { image?: Uint8Array; skew?: number; warmup?: boolean }, signal?: AbortSignal, onStart?: () => void): Promise<OcrResult | undefined> {
    if (signal?.aborted) return Promise.reject(aborted());
    const child = this.host();
    const id = this.nextId++;
    return new Promise<OcrResult | undefined>((resolve, reject) => {
      const onAbort = () => {
        if (!this.pending.delete(id)) return;
        this.idle(child);
        send(child, { cancel: id });
        reject(aborted());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      const settle = () => signal?.removeEventListener('abort', onAbort);
      this.pending.set(id, {
        onStart,
        resolve: (r) => { settle(); resolve(r); },
        reject: (e) => { settle(); reject(e); },
      });
      child.ref();
      (child.channel as { ref?: () => void } | undefined)?.ref?.();
      send(child, { id, ...request });
    });
  }

  /** The running host, or a new one. */
  private host(): ChildProcess {
    if (this.child) return this.child;
    const child = fork(this.script, [], { serialization: 'advanced', env: hugePageEnv(), stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.on('message', (reply: Reply) => {
      const job = this.pending.get(reply.id);
      if (!job) return; // aborted meanwhile
      if (reply.started) return job.onStart?.();
      this.pending.delete(reply.id);
      this.idle(child);
      if (reply.error) job.reject(new InvoicectlError(reply.error.code, reply.error.message, reply.error.details));
      else job.resolve(reply.result);
    });
    // A host that dies (or cannot be reached) fails the pages it had; the next page starts another.
    const died = (why: string) => {
      if (this.child !== child) return;
      this.child = undefined;
      this.hostDied = true;
      for (const [id, job] of this.pending) {
        this.pending.delete(id);
        job.reject(new InvoicectlError('OCR_FAILED', `the OCR process ${why}`));
      }
    };
    child.on('exit', (code, signal) => died(`exited (${signal ?? `code ${code}`})`));
    child.on('error', (err) => died(`failed: ${err.message}`));
    this.child = child;
    this.idle(child);
    return child;
  }

  /** Nothing out: the host must not keep the process alive. */
  private idle(child: ChildProcess): void {
    if (this.pending.size > 0) return;
    child.unref();
    (child.channel as { unref?: () => void } | undefined)?.unref?.();
  }
}

/** A message the host may no longer take (it just died): 'exit' fails its pages. */
function send(child: ChildProcess, message: HostRequest): void {
  if (child.connected) child.send(message, undefined, undefined, () => {});
}
