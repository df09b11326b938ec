/**
 * A PaddleOCR worker thread (started by paddle-engine.ts): loads one pair of ONNX sessions and reads the
 * pages it is sent, one at a time. ONNX Runtime runs a model synchronously on the calling thread, so
 * this is how pages are read on several cores at once.
 *
 * Messages in: { id, image } (PNG or JPEG bytes) or { id, warmup: true }. Out: { id, result } or
 * { id, error: { code, message, details } }.
 */
import { parentPort } from 'node:worker_threads';
import { InvoicectlError } from '../core/errors.js';
import { loadModels, readPage, type Models } from './paddle.js';

export interface ThreadRequest {
  id: number;
  image?: Uint8Array;
  warmup?: boolean;
}

let models: Promise<Models> | undefined;

function load(): Promise<Models> {
  models ??= loadModels(1);
  // A failed load is retried by the next page rather than failing every later page.
  models.catch(() => { models = undefined; });
  return models;
}

parentPort!.on('message', (request: ThreadRequest) => {
  void (async () => {
    try {
      const loaded = await load();
      const result = request.image ? await readPage(loaded, request.image) : undefined;
      parentPort!.postMessage({ id: request.id, result });
    } catch (err) {
      const e = err instanceof InvoicectlError ? err : new InvoicectlError('OCR_FAILED', `OCR failed: ${err instanceof Error ? err.message : String(err)}`);
      parentPort!.postMessage({ id: request.id, error: { code: e.code, message: e.message, details: e.details } });
    }
  })();
});
