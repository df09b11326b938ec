/**
 * invoices-api.md's `{code, message, data}` envelope and its numeric codes. The HTTP status follows
 * REST (400, 404, 413, 415, 409, 500) so that generic clients see failures as failures; the numeric code
 * in the body is the contract. 4001 (draft not found) is ours: the spec has no draft lookups; so are 4010 (no valid API key, 401)
 * and 4030 (a cookie-signed request from another site, 403).
 */
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export const CODES = {
  OK: 0,
  BAD_PARAMETER: 1001,
  UNSUPPORTED_FILE: 1002,
  FILE_TOO_LARGE: 1003,
  INVOICE_NOT_FOUND: 2001,
  INVOICE_DELETED: 2002,
  EXTRACTION_FAILED: 2003,
  MERGE_TASK_NOT_FOUND: 3001,
  MERGE_TASK_RUNNING: 3002,
  MERGE_TASK_FAILED: 3003,
  DRAFT_NOT_FOUND: 4001,
  /** Ours: no valid API key (401), or a cookie-signed request from another site (403). */
  UNAUTHENTICATED: 4010,
  FORBIDDEN: 4030,
  INTERNAL: 5001,
} as const;

const HTTP_STATUS: Record<number, number> = {
  1001: 400,
  1002: 415,
  1003: 413,
  2001: 404,
  2002: 410,
  2003: 422,
  3001: 404,
  3002: 409,
  3003: 422,
  4001: 404,
  4010: 401,
  4030: 403,
  5001: 500,
};

/** An error in the spec's terms; `data` travels in the envelope (the failed invoice of a 2003, say). */
export class ApiError extends Error {
  constructor(
    readonly code: number,
    message: string,
    readonly data: unknown = null,
  ) {
    super(message);
  }
  get status(): number {
    return HTTP_STATUS[this.code] ?? 500;
  }
}

export const ok = <T>(data: T, message = 'success') => ({ code: CODES.OK, message, data });

/**
 * Library and framework error codes in the spec's numbers. A request that is not multipart is 1002 on
 * an upload route (the file did not come as a file) but 1001 on a JSON route, where there is no file.
 */
function codeOf(libraryCode: string, status: number, uploadRoute: boolean): number {
  if (libraryCode === 'INVALID_CONTENT_TYPE') return uploadRoute ? CODES.UNSUPPORTED_FILE : CODES.BAD_PARAMETER;
  if (['INVALID_FILE_TYPE', 'UNSUPPORTED_FILE_TYPE', 'FILE_EMPTY'].includes(libraryCode)) return CODES.UNSUPPORTED_FILE;
  if (libraryCode === 'FILE_SIZE_EXCEEDED') return CODES.FILE_TOO_LARGE;
  if (libraryCode === 'UNAUTHENTICATED') return CODES.UNAUTHENTICATED;
  if (libraryCode === 'CROSS_SITE_REQUEST') return CODES.FORBIDDEN;
  return status >= 500 ? CODES.INTERNAL : CODES.BAD_PARAMETER;
}

export const invoicesErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'invoices',
    own: (err, _request, reply) => (err instanceof ApiError ? reply.status(err.status).send({ code: err.code, message: err.message, data: err.data }) : undefined),
    answer: (e, request, reply) => {
      const uploadRoute = Boolean((request.routeOptions.schema as { multipartBody?: unknown } | undefined)?.multipartBody);
      const code = codeOf(e.code, e.status, uploadRoute);
      // A full disk is 507 (Insufficient Storage) with the spec's internal code: the client may retry later.
      const status = e.status === 507 ? 507 : HTTP_STATUS[code];
      return reply.status(status).send({ code, message: e.internal ? 'internal server error' : e.message, data: null });
    },
  });
