/**
 * A PaddleOCR worker thread (started by paddle-engine.ts): loads one pair of ONNX sessions and reads the
 * pages it is sent, one at a time. ONNX Runtime runs a model synchronously on the calling thread, so
 * this is how pages are read on several cores at once.
 *
 * Messages in: { id, image, alone } (PNG or JPEG bytes; alone: no other page is being read), { id,
 * warmup: true }, or { id, recognize } (another page's HelpRequest). Out: { id, result } or { id, error:
 * { code, message, details } }. While reading a page the thread may ask for help, out { help }, a
 * HelpRequest, answered by in { helpId, answer } (the boxes or the stack read; null: no thread was free).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InvoicectlError } from '../../core/errors.js';
import type { OcrBBox } from '../types.js';
import { readStack, type Language, type StackHelper } from './restore-accents.js';
import { loadModels, readPage, recognizeFor, type Helper, type Models } from './paddle.js';
import type { PaddleModels } from './paddle-models.js';

/**
 * Another page's recognition batches (Helper), or a stack of its words for the accents (StackHelper),
 * or whether a thread is free to help now (`free`: answered true or null, nothing read).
 */
export type HelpRequest =
  | { id: number; grey: Uint8Array; width: number; height: number; batches: OcrBBox[][] }
  | { id: number; stack: Uint8Array; language: Language }
  | { id: number; free: true };

export interface ThreadRequest {
  id: number;
  image?: Uint8Array;
  alone?: boolean;
  /** The image's skew, measured by the caller (RecognizeOptions.skew). */
  skew?: number;
  warmup?: boolean;
  recognize?: HelpRequest;
}

let models: Promise<Models> | undefined;

function load(): Promise<Models> {
  models ??= loadModels(1, (workerData as { models?: PaddleModels } | null)?.models);
  // A failed load is retried by the next page rather than failing every later page.
  models.catch(() => { models = undefined; });
  return models;
}

const waiting = new Map<number, (answer: never) => void>();
let nextHelp = 1;

/** One kind of HelpRequest without its id (Omit over the union itself would keep only the id's siblings in common: none). */
type Unnumbered<T> = T extends unknown ? Omit<T, 'id'> : never;

/** Sends a HelpRequest (its id added) to the engine, which lends it to an idle thread. */
function askHelp<T>(help: Unnumbered<HelpRequest>): Promise<T | null> {
  return new Promise((resolve) => {
    const id = nextHelp++;
    waiting.set(id, resolve);
    parentPort!.postMessage({ help: { id, ...help } });
  });
}

const helpers: { boxes: Helper; stack: StackHelper } = {
  // The page's grey (a copy of its pixels read back from the canvas, 20-30 ms, and a message of a byte a
  // pixel) only when a thread is free to take it: with every thread reading a page of its own, the
  // usual case at full load, the answer is no.
  boxes: async (grey, batches) => (await askHelp<boolean>({ free: true })) ? askHelp({ grey: grey.data(), width: grey.width, height: grey.height, batches }) : null,
  stack: (stack, language) => askHelp({ stack, language }),
};

parentPort!.on('message', (request: ThreadRequest | { helpId: number; answer: never }) => {
  if ('helpId' in request) {
    waiting.get(request.helpId)?.(request.answer);
    waiting.delete(request.helpId);
    return;
  }
  void (async () => {
    try {
      const loaded = await load();
      const job = request.recognize;
      const result = job ? await ('stack' in job ? readStack(job.stack, job.language) : 'grey' in job ? recognizeFor(loaded, job.grey, job.width, job.height, job.batches) : undefined)
        : request.image ? await readPage(loaded, request.image, helpers, request.alone, request.skew) : undefined;
      parentPort!.postMessage({ id: request.id, result });
    } catch (err) {
      const e = err instanceof InvoicectlError ? err : new InvoicectlError('OCR_FAILED', `OCR failed: ${err instanceof Error ? err.message : String(err)}`);
      parentPort!.postMessage({ id: request.id, error: { code: e.code, message: e.message, details: e.details } });
    }
  })();
});
