/**
 * One uploaded file through the library's extract, the way extract-api.md describes its service:
 * answered from the 24-hour response cache when the same bytes were read before; engine failures
 * (OCR, engines that time out or crash) retried with backoff (0.5 s, 1 s) and counted by a circuit
 * breaker (5 in a row open it for 60 s: 503 at once instead of a queue of doomed requests); failures of
 * the document itself neither retried nor counted.
 */
import { extract } from '../../api/extract.js';
import { CircuitBreaker, CircuitOpenError, withRetry } from '../../core/circuit-breaker.js';
import { InvoicectlError } from '../../core/errors.js';
import type { ExtractResult, Invoice } from '../../invoice/model.js';
import type { ServerContext } from '../context.js';
import type { ReceivedFile } from '../http/uploads.js';
import { ExtractApiError } from './errors.js';
import { ResponseStore } from './response-store.js';
import { extractionResponse } from './response.js';
import { RESPONSE_TTL_MS } from './schema.js';

const ENGINE_CODES = new Set(['OCR_FAILED', 'ENGINE_UNAVAILABLE', 'ENGINE_TIMEOUT', 'ENGINE_FAILED']);
const UNREADABLE = new Set(['PDF_CORRUPT', 'PDF_ENCRYPTED', 'IMAGE_CORRUPT', 'PAGE_LIMIT_EXCEEDED', 'IMAGE_TOO_LARGE', 'INVALID_FILE_TYPE', 'FILE_EMPTY']);
const isEngineFailure = (err: unknown) => err instanceof InvoicectlError && ENGINE_CODES.has(err.code);

/** Recent answers kept in memory besides the database (a cache hit skips SQLite); about 1 KB each. */
const MEMORY_ENTRIES = 1000;

export class FileExtractor {
  /** sha256 → the response and when it was made; the oldest entry goes first when full. */
  private readonly recent = new Map<string, { body: string; createdAt: number }>();
  private readonly breaker = new CircuitBreaker({ threshold: 5, cooldownMs: 60_000, isEngineFailure });
  private readonly stored: ResponseStore;

  constructor(private readonly ctx: ServerContext) {
    this.stored = new ResponseStore(ctx);
  }

  /** Writes the answers still queued for the database (before it closes). */
  close(): void {
    this.stored.flush();
  }

  get circuit() {
    return this.breaker.state;
  }

  /** The response for an uploaded file (cached by its SHA-256), or an ExtractApiError. */
  async read(file: ReceivedFile): Promise<{ body: string; cached: boolean }> {
    const cached = this.cachedBody(file.sha256);
    if (cached) return { body: cached, cached: true };
    const result = await this.breaker
      .run(() => withRetry(() => this.extractOnce(file), { attempts: 3, backoffMs: 500, retryable: isEngineFailure }))
      .catch((err: unknown) => {
        throw failureOf(err);
      });
    const body = JSON.stringify(extractionResponse(result));
    const createdAt = Date.now();
    // Memory first: the database write is queued, and a repeat of these bytes is answered from here meanwhile.
    this.remember(file.sha256, body, createdAt);
    this.stored.put(file.sha256, body, createdAt);
    return { body, cached: false };
  }

  private cachedBody(sha256: string): string | undefined {
    const now = Date.now();
    const recent = this.recent.get(sha256);
    if (recent && recent.createdAt > now - RESPONSE_TTL_MS) return recent.body;
    // The database has what an earlier process answered, and what dropped out of memory.
    const row = this.stored.get(sha256, now - RESPONSE_TTL_MS);
    if (row) this.remember(sha256, row.body, row.created_at);
    return row?.body;
  }

  private remember(sha256: string, body: string, createdAt: number): void {
    this.recent.delete(sha256);
    if (this.recent.size >= MEMORY_ENTRIES) this.recent.delete(this.recent.keys().next().value!);
    this.recent.set(sha256, { body, createdAt });
  }

  private async extractOnce(file: ReceivedFile): Promise<ExtractResult & { invoice: Invoice }> {
    // The upload was hashed as it arrived: the library need not hash the bytes again.
    const input = file.bytes ? { name: file.filename, bytes: file.bytes, sha256: file.sha256 } : { name: file.filename, path: file.path! };
    const { results } = await extract({ inputs: [input], runtime: this.ctx.runtime });
    const [result] = results;
    if (result.status === 'failed' || !result.invoice) {
      throw new InvoicectlError((result.error?.code ?? 'EXTRACTION_FAILED') as never, result.error?.message ?? 'no invoice found in the document');
    }
    return result as ExtractResult & { invoice: Invoice };
  }
}

function failureOf(err: unknown): ExtractApiError {
  if (err instanceof CircuitOpenError) {
    return new ExtractApiError(503, 'OCR service is temporarily unavailable', 'Circuit breaker is open due to repeated failures. Please try again later.', {
      'retry-after': String(Math.max(1, Math.ceil(err.retryAfterMs / 1000))),
    });
  }
  if (err instanceof InvoicectlError && UNREADABLE.has(err.code)) return new ExtractApiError(422, 'Unreadable document', `${err.code}: ${err.message}`);
  if (err instanceof InvoicectlError) return new ExtractApiError(500, 'OCR processing failed', `${err.code}: ${err.message}`);
  return new ExtractApiError(500, 'Internal server error', null);
}
