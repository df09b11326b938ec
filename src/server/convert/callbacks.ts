/**
 * Callbacks of async conversions: when a task ends, its result is POSTed (or PUT) to the client's URL
 * with its headers, each try bounded by the callback's timeout (default 30 s), retried 3 times with
 * backoff 1 s, 2 s, 4 s on failure (network error, timeout or a non-2xx answer). Delivery runs apart
 * from the task workers, so a receiver that never answers holds nothing but its own timer. The URL is
 * checked like any URL the server fetches (no internal hosts unless serve.allowPrivateUrls).
 */
import { withRetry } from '../../core/circuit-breaker.js';
import type { ServerContext } from '../context.js';
import { guardedRequest } from '../http/fetch-url.js';
import { redactUrl } from '../http/logging.js';
import type { CallbackConfig } from './tasks.js';

export const CALLBACK_BACKOFF_MS = 1000;

export function deliverCallback(ctx: ServerContext, callback: CallbackConfig, body: unknown, taskId: string): void {
  const timeoutMs = (callback.timeout ?? 30) * 1000;
  const attempt = async () => {
    // The connection's own lookup checks the address it connects to (fetch-url.ts).
    const res = await guardedRequest(new URL(callback.url), {
      method: callback.method ?? 'POST',
      headers: { 'content-type': 'application/json', ...callback.headers },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
      allowPrivate: ctx.settings.allowPrivateUrls,
    });
    res.resume();
    const status = res.statusCode ?? 0;
    if (status < 200 || status >= 300) throw new Error(`the callback answered ${status}`);
  };
  withRetry(attempt, { attempts: 4, backoffMs: CALLBACK_BACKOFF_MS, retryable: () => true })
    .then(() => ctx.log.info({ msg: 'callback delivered', taskId, url: redactUrl(callback.url) }))
    .catch((err: unknown) => ctx.log.warn({ msg: 'callback failed', taskId, url: redactUrl(callback.url), err: String((err as Error)?.message ?? err) }));
}
