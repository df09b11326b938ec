/**
 * Errors over HTTP. Routes throw `HttpError` (or let a library `InvoicectlError` through); each spec
 * module's error handler turns either into that spec's error shape. The HTTP status of every library
 * error code lives in the one table below, with the few places where a spec says otherwise.
 */
import type { ErrorCode } from '../../core/errors.js';
import { InvoicectlError } from '../../core/errors.js';

export type ApiName = 'processor' | 'invoices' | 'cached-task' | 'convert' | 'extract' | 'validate';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

/** Library error code → HTTP status, for every code. */
const STATUS: Record<ErrorCode, number> = {
  FILE_NOT_FOUND: 404,
  FILE_EMPTY: 400,
  FILE_SIZE_EXCEEDED: 413,
  INVALID_FILE_TYPE: 415,
  UNSUPPORTED_FILE_TYPE: 415,
  PAGE_LIMIT_EXCEEDED: 413,
  IMAGE_TOO_LARGE: 413,
  IMAGE_CORRUPT: 422,
  ZIP_CORRUPT: 422,
  ZIP_UNSAFE_PATH: 422,
  ZIP_TOO_MANY_ENTRIES: 413,
  ZIP_TOO_LARGE: 413,
  ZIP_UNSUPPORTED_METHOD: 422,
  ZIP_DUPLICATE_ENTRY: 422,
  PDF_CORRUPT: 422,
  PDF_ENCRYPTED: 422,
  OFD_CORRUPT: 422,
  XML_CORRUPT: 422,
  XML_UNSAFE: 422,
  DUPLICATE_INPUT: 409,
  NO_USABLE_INPUT: 422,
  OCR_FAILED: 500,
  EXTRACTION_FAILED: 422,
  CONVERSION_FAILED: 500,
  UNSUPPORTED_CONVERSION: 400,
  INVALID_OPTION: 400,
  ENGINE_UNAVAILABLE: 503,
  ENGINE_TIMEOUT: 504,
  ENGINE_FAILED: 500,
  CONFIG_INVALID: 500,
  CACHE_ERROR: 500,
  ABORTED: 499,
  TASK_NOT_FOUND: 404,
  TASK_TIMEOUT: 504,
  DATABASE_CORRUPT: 500,
  INTERNAL_ERROR: 500,
};

/** Where a spec prescribes another status for a code. */
const OVERRIDES: Partial<Record<ApiName, Partial<Record<ErrorCode, number>>>> = {
  // processor-api.md's error table: wrong type and oversize are 400.
  processor: { INVALID_FILE_TYPE: 400, UNSUPPORTED_FILE_TYPE: 400, FILE_SIZE_EXCEEDED: 400, FILE_EMPTY: 400 },
};

export function statusFor(api: ApiName, code: string): number {
  return OVERRIDES[api]?.[code as ErrorCode] ?? STATUS[code as ErrorCode] ?? 500;
}

export interface NormalisedError {
  status: number;
  code: string;
  message: string;
  details?: Record<string, unknown>;
  /** True for failures of ours (5xx) that must be logged with their cause. */
  internal: boolean;
}

/**
 * Any error a route or Fastify raised, as status + code + message for `api`. Fastify's own errors
 * (validation, body too large, bad JSON, multipart limits) get stable codes too.
 */
export function normaliseError(api: ApiName, err: unknown): NormalisedError {
  if (err instanceof HttpError) return { status: err.status, code: err.code, message: err.message, details: err.details, internal: err.status >= 500 };
  if (err instanceof InvoicectlError) {
    const status = statusFor(api, err.code);
    return { status, code: err.code, message: err.message, details: err.details, internal: status >= 500 };
  }
  const e = err as { statusCode?: number; code?: string; message?: string; validation?: unknown };
  // The disk (or the database on it) is full: the request cannot be kept now, the server is fine.
  if (e?.code === 'ENOSPC' || e?.code === 'EDQUOT' || e?.code === 'SQLITE_FULL') {
    return { status: 507, code: 'STORAGE_FULL', message: 'the server is out of storage space: nothing was stored; try again later', internal: false };
  }
  if (e?.validation) return { status: 400, code: 'VALIDATION_ERROR', message: e.message ?? 'invalid request', internal: false };
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
      return { status: 400, code: 'TOO_MANY_FILES', message: e.message ?? 'too many files or form fields', internal: false };
    case 'FST_REQ_FILE_TOO_LARGE':
      return { status: statusFor(api, 'FILE_SIZE_EXCEEDED'), code: 'FILE_SIZE_EXCEEDED', message: e.message ?? 'request too large', internal: false };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return { status: 415, code: 'INVALID_CONTENT_TYPE', message: e.message ?? 'unsupported content type', internal: false };
    // The request stream's 'aborted' error: the client went away mid-upload. Its answer reaches nobody;
    // it is the client's doing, not a server fault to log as one.
    case 'ECONNRESET':
      return { status: 400, code: 'UPLOAD_ABORTED', message: 'the client closed the connection during the upload', internal: false };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'INVALID_JSON', message: e.message ?? 'malformed JSON body', internal: false };
  }
  if (e?.statusCode && e.statusCode >= 400 && e.statusCode < 500) {
    return { status: e.statusCode, code: e.code ?? 'BAD_REQUEST', message: e.message ?? 'bad request', internal: false };
  }
  return { status: 500, code: 'INTERNAL_SERVER_ERROR', message: 'internal server error', internal: true };
}
