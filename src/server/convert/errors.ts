/**
 * convert-api.md's error codes with their HTTP statuses, and the error body:
 * `{success: false, error: {code, message, details?}, timestamp, requestId}`.
 */
import type { FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export const E = {
  BAD_PARAMETER: ['E00002', 400],
  UNAUTHENTICATED: ['E00003', 401],
  FORBIDDEN: ['E00004', 403],
  NOT_FOUND: ['E00005', 404],
  UNSUPPORTED_PATH: ['E01001', 422],
  CORRUPT: ['E01002', 422],
  FAILED: ['E01003', 500],
  ENGINE_UNAVAILABLE: ['E01006', 503],
  UNSUPPORTED_FORMAT: ['E02001', 400],
  TOO_LARGE: ['E02002', 400],
  /** The server's disk is full: E01003 (the conversion could not be done) with 507. */
  STORAGE_FULL: ['E01003', 507],
} as const;

export class ConvertApiError extends Error {
  constructor(
    readonly which: (typeof E)[keyof typeof E],
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
  }
}

/**
 * Library and framework codes → the spec's E-codes. A converter that could not load the document
 * (CONVERSION_FAILED at the load stage: LibreOffice cannot open a damaged DOCX) is the spec's "source file
 * damaged or unreadable" (E01002, 422), not a failed conversion.
 */
export function specCodeOf(code: string, details?: Record<string, unknown>): (typeof E)[keyof typeof E] {
  switch (code) {
    case 'CONVERSION_FAILED':
      return details?.stage === 'load' ? E.CORRUPT : E.FAILED;
    case 'INVALID_OPTION':
    case 'VALIDATION_ERROR':
    case 'INVALID_JSON':
    case 'TOO_MANY_FILES':
    case 'INVALID_CONTENT_TYPE':
    case 'INVALID_MULTIPART':
    case 'UPLOAD_ABORTED':
      return E.BAD_PARAMETER;
    case 'FILE_SIZE_EXCEEDED':
    case 'PAGE_LIMIT_EXCEEDED':
    case 'IMAGE_TOO_LARGE':
    case 'ZIP_TOO_LARGE':
      return E.TOO_LARGE;
    case 'INVALID_FILE_TYPE':
    case 'UNSUPPORTED_FILE_TYPE':
    case 'FILE_EMPTY':
      return E.UNSUPPORTED_FORMAT;
    case 'UNSUPPORTED_CONVERSION':
      return E.UNSUPPORTED_PATH;
    case 'PDF_CORRUPT':
    case 'PDF_ENCRYPTED':
    case 'IMAGE_CORRUPT':
    case 'ZIP_CORRUPT':
    case 'OFD_CORRUPT':
    case 'XML_CORRUPT':
    case 'XML_UNSAFE':
      return E.CORRUPT;
    case 'ENGINE_UNAVAILABLE':
      return E.ENGINE_UNAVAILABLE;
    case 'UNAUTHENTICATED':
      return E.UNAUTHENTICATED;
    case 'STORAGE_FULL':
      return E.STORAGE_FULL;
    case 'CROSS_SITE_REQUEST':
      return E.FORBIDDEN;
    case 'FILE_NOT_FOUND':
    case 'TASK_NOT_FOUND':
      return E.NOT_FOUND;
    default:
      return E.FAILED;
  }
}

export function errorBody(request: FastifyRequest, code: string, message: string, details?: Record<string, unknown>) {
  return { success: false, error: { code, message, ...(details ? { details } : {}) }, timestamp: new Date().toISOString(), requestId: request.id };
}

export const convertErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'convert',
    own: (err, request, reply) => (err instanceof ConvertApiError ? reply.status(err.which[1]).send(errorBody(request, err.which[0], err.message, err.details)) : undefined),
    answer: (e, request, reply) => {
      const [code, status] = specCodeOf(e.code, e.details);
      return reply.status(e.internal ? 500 : status).send(errorBody(request, code, e.internal ? 'internal server error' : e.message, e.details));
    },
  });
