/**
 * Calls to an engine that lives in another thread, over a MessagePort: the engine's owner serves them,
 * the other thread calls as it would call the engine. Requests and replies are plain data (structured
 * clone); an abort crosses as a message, and an error as its ErrorInfo, rebuilt as an InvoicectlError.
 * The engine can also say when it takes a call (after a wait in its queue), for callers that time their work.
 * Neither end keeps its thread alive except while a call is in flight.
 */
import type { MessagePort } from 'node:worker_threads';
import { InvoicectlError, toErrorInfo, type ErrorInfo } from './errors.js';

type Message<Q> = { type: 'call'; id: number; request: Q } | { type: 'abort'; id: number };
type Reply<R> = { id: number; started?: true; reply?: R; error?: ErrorInfo };

/**
 * Answers the calls arriving on `port` with `handle`, which calls `started` when its engine takes the call;
 * `fallback` is the code of an error that has none of ours.
 */
export function serveCalls<Q, R>(port: MessagePort, handle: (request: Q, signal: AbortSignal, started: () => void) => Promise<R>, fallback: ErrorInfo['code'] = 'ENGINE_FAILED'): void {
  const running = new Map<number, AbortController>();
  port.on('message', (message: Message<Q>) => {
    if (message.type === 'abort') return running.get(message.id)?.abort();
    const controller = new AbortController();
    running.set(message.id, controller);
    const started = () => port.postMessage({ id: message.id, started: true } satisfies Reply<R>);
    handle(message.request, controller.signal, started)
      .then(
        (reply) => port.postMessage({ id: message.id, reply } satisfies Reply<R>),
        (err: unknown) => port.postMessage({ id: message.id, error: toErrorInfo(err, fallback) } satisfies Reply<R>),
      )
      .finally(() => running.delete(message.id));
  });
  // The calling thread is gone (ended, or killed over its heap limit): nobody waits for its work.
  port.on('close', () => {
    for (const controller of running.values()) controller.abort();
  });
  port.unref();
}

export interface RemoteCaller<Q, R> {
  /** `onStart` is called when the engine on the other side takes the call, if it says so. */
  call(request: Q, signal?: AbortSignal, onStart?: () => void): Promise<R>;
  /** Fails the calls still waiting with `error` (their work on the other side is aborted). */
  failAll(error: Error): void;
}

export function remoteCaller<Q, R>(port: MessagePort): RemoteCaller<Q, R> {
  const waiting = new Map<number, { onStart?: () => void; resolve: (reply: R) => void; reject: (err: unknown) => void }>();
  let next = 0;
  port.on('message', (reply: Reply<R>) => {
    const w = waiting.get(reply.id);
    if (!w) return;
    if (reply.started) return w.onStart?.();
    if (reply.error) w.reject(new InvoicectlError(reply.error.code, reply.error.message, reply.error.details));
    else w.resolve(reply.reply as R);
  });
  port.unref();
  return {
    call(request, signal, onStart) {
      if (signal?.aborted) return Promise.reject(new InvoicectlError('ABORTED', 'the operation was aborted'));
      const id = ++next;
      return new Promise<R>((resolve, reject) => {
        const onAbort = () => port.postMessage({ type: 'abort', id } satisfies Message<Q>);
        const settle = () => {
          waiting.delete(id);
          signal?.removeEventListener('abort', onAbort);
          if (waiting.size === 0) port.unref();
        };
        waiting.set(id, {
          onStart,
          resolve: (reply) => {
            settle();
            resolve(reply);
          },
          reject: (err) => {
            settle();
            reject(err);
          },
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        port.ref();
        port.postMessage({ type: 'call', id, request } satisfies Message<Q>);
      });
    },
    failAll(error) {
      for (const [id, w] of [...waiting]) {
        port.postMessage({ type: 'abort', id } satisfies Message<Q>);
        w.reject(error);
      }
    },
  };
}
