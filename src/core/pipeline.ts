/**
 * The batch runner every operation uses: at most `concurrency` items in flight (p-limit), results in
 * input order, one item's failure recorded as its error and never stopping the others, progress events,
 * and an AbortSignal that stops starting new work.
 */
import pLimit from 'p-limit';
import { InvoicectlError, toErrorInfo, type ErrorInfo } from './errors.js';
import { monotonicMs } from './clock.js';

export type Settled<R> = { ok: true; value: R } | { ok: false; error: ErrorInfo };

export interface ProgressEvent {
  done: number;
  total: number;
  failed: number;
  /** Name of the item that just finished, when the caller gives `nameOf`. */
  name?: string;
}

export interface BatchOptions<I> {
  concurrency: number;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  nameOf?: (item: I) => string;
}

export async function runBatch<I, R>(
  items: readonly I[],
  task: (item: I, index: number, signal?: AbortSignal) => Promise<R>,
  options: BatchOptions<I>,
): Promise<Settled<R>[]> {
  const limit = pLimit(Math.max(1, Math.floor(options.concurrency) || 1));
  let done = 0;
  let failed = 0;
  const run = async (item: I, index: number): Promise<Settled<R>> => {
    let result: Settled<R>;
    await letEventsIn();
    if (options.signal?.aborted) {
      result = { ok: false, error: { code: 'ABORTED', message: 'not started: the batch was aborted' } };
    } else {
      try {
        result = { ok: true, value: await task(item, index, options.signal) };
      } catch (err) {
        result = { ok: false, error: toErrorInfo(err) };
      }
    }
    done += 1;
    if (!result.ok) failed += 1;
    options.onProgress?.({ done, total: items.length, failed, name: options.nameOf?.(item) });
    return result;
  };
  return Promise.all(items.map((item, index) => limit(() => run(item, index))));
}

let lastYield = monotonicMs();

/**
 * Lets timers, I/O callbacks and signal handlers (Ctrl-C) run if the event loop has not turned for a
 * while. Small inputs are read synchronously (inputs.ts), so a batch can otherwise run from start to end
 * on promise continuations alone, and a SIGINT would be handled only after the output was written.
 */
export async function letEventsIn(): Promise<void> {
  if (monotonicMs() - lastYield < 20) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  lastYield = monotonicMs();
}

/** Throws ABORTED if the batch was stopped; operations call it before producing output. */
export function assertNotAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted; no output was written');
}
