/**
 * One PaddleOCR engine for a process whose work runs on several threads (the server's task threads):
 * the engine (its host process and models) lives with the runtime that owns it, and the other threads
 * send it their pages over a MessagePort (core/remote-calls.ts) instead of starting a host each.
 */
import type { MessagePort } from 'node:worker_threads';
import { remoteCaller, serveCalls } from '../../core/remote-calls.js';
import type { PaddleRecognizer } from '../engines.js';
import type { RecognizeOptions } from '../tesseract/pool.js';
import type { OcrResult } from '../types.js';

interface Page {
  image: Uint8Array;
  options: Omit<RecognizeOptions, 'signal' | 'onStart'>;
}

/** Reads the pages that arrive on `port` with the engine `engine()` gives (made on the first page). */
export function servePaddle(engine: () => Promise<PaddleRecognizer>, port: MessagePort): void {
  serveCalls<Page, OcrResult>(port, async ({ image, options }, signal, onStart) => (await engine()).recognize(image, { ...options, signal, onStart }), 'OCR_FAILED');
}

/** The engine `servePaddle` serves on the other end of `port`. */
export function remotePaddle(port: MessagePort): PaddleRecognizer {
  const caller = remoteCaller<Page, OcrResult>(port);
  return {
    recognize: (image, { signal, onStart, ...options } = {}) => caller.call({ image, options }, signal, onStart),
  };
}
