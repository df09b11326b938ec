/**
 * A PaddleOCR worker thread (started by paddle-engine.ts): loads one pair of ONNX sessions and reads the
 * pages it is sent, one at a time. ONNX Runtime runs a model synchronously on the calling thread, so
 * this is how pages are read on several cores at once.
 *
 * Messages in: { id, image, alone } (PNG or JPEG bytes; alone: no other page is being read), { id,
 * warmup: true }, or { id, recognize } (another page's batches to read, see Helper). Out: { id, result } or { id, error: { code, message, details } }.
 * While reading a page the thread may ask for help, out { help: { id, grey, width, height, batches } },
 * answered by in { helpId, boxes } (the boxes read; null: no thread was free).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { InvoicectlError } from '../core/errors.js';
import type { OcrBBox } from './pool.js';
import { loadModels, readPage, recognizeFor, type Helper, type Models, type RecognizedBox } from './paddle.js';
import type { PaddleModels } from './paddle-models.js';

export interface HelpRequest {
  id: number;
  grey: Uint8Array;
  width: number;
  height: number;
  batches: OcrBBox[][];
}

export interface ThreadRequest {
  id: number;
  image?: Uint8Array;
  alone?: boolean;
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

const waiting = new Map<number, (boxes: RecognizedBox[] | null) => void>();
let nextHelp = 1;

const helper: Helper = (grey, batches) => new Promise((resolve) => {
  const id = nextHelp++;
  waiting.set(id, resolve);
  parentPort!.postMessage({ help: { id, grey: grey.data, width: grey.width, height: grey.height, batches } });
});

parentPort!.on('message', (request: ThreadRequest | { helpId: number; boxes: RecognizedBox[] | null }) => {
  if ('helpId' in request) {
    waiting.get(request.helpId)?.(request.boxes);
    waiting.delete(request.helpId);
    return;
  }
  void (async () => {
    try {
      const loaded = await load();
      const job = request.recognize;
      const result = job ? await recognizeFor(loaded, job.grey, job.width, job.height, job.batches)
        : request.image ? await readPage(loaded, request.image, helper, request.alone) : undefined;
      parentPort!.postMessage({ id: request.id, result });
    } catch (err) {
      const e = err instanceof InvoicectlError ? err : new InvoicectlError('OCR_FAILED', `OCR failed: ${err instanceof Error ? err.message : String(err)}`);
      parentPort!.postMessage({ id: request.id, error: { code: e.code, message: e.message, details: e.details } });
    }
  })();
});
