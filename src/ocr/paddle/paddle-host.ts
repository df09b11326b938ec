/**
 * The PaddleOCR process (started by paddle-process.ts): one PaddleEngine, its worker threads and their
 * ONNX sessions, reading the pages its parent sends. It runs apart so that it starts with the
 * environment its allocations want (core/huge-pages.ts), and so that a crash in the native engine costs
 * the pages being read, never the batch or the server.
 *
 * Messages in: { id, image } (PNG or JPEG bytes), { id, warmup: true }, { cancel: id }.
 * Out: { id, started: true } when a thread takes the page, then { id, result } or { id, error: { code,
 * message, details } }.
 * It ends when its parent goes (the IPC channel closes).
 */
import { InvoicectlError } from '../../core/errors.js';
import { PaddleEngine } from './paddle-engine.js';

export type HostRequest = { id: number; image?: Uint8Array; warmup?: boolean } | { cancel: number };

const engine = new PaddleEngine();
const running = new Map<number, AbortController>();

process.on('message', (request: HostRequest) => {
  if ('cancel' in request) return running.get(request.cancel)?.abort();
  void answer(request);
});
process.on('disconnect', () => {
  void engine.dispose().finally(() => process.exit(0));
});

async function answer({ id, image, skew, warmup }: { id: number; image?: Uint8Array; skew?: number; warmup?: boolean }): Promise<void> {
  const abort = new AbortController();
  running.set(id, abort);
  try {
    const onStart = () => send({ id, started: true });
    const result = image ? await engine.recognize(image, { signal: abort.signal, skew, onStart }) : warmup ? await engine.warmup() : undefined;
    send({ id, result });
  } catch (err) {
    const e = err instanceof InvoicectlError ? err : new InvoicectlError('OCR_FAILED', `OCR failed: ${err instanceof Error ? err.message : String(err)}`);
    send({ id, error: { code: e.code, message: e.message, details: e.details } });
  } finally {
    running.delete(id);
  }
}

/** A reply to a parent that has gone is dropped: 'disconnect' ends this process. */
function send(reply: unknown): void {
  if (process.connected) process.send!(reply, undefined, undefined, () => {});
}
