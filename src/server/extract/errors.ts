/**
 * extract-api.md's `{error, detail}` errors and their statuses: 400 file type or size, 422 validation
 * (no file; a document that cannot be opened), 500 extraction failed, 503 while the OCR engine's
 * circuit is open.
 */
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export class ExtractApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: string,
    readonly detail: string | null = null,
    readonly headers: Record<string, string> = {},
  ) {
    super(error);
  }
}

export const SUPPORTED = 'Supported types: application/pdf, image/png, image/jpeg, image/jpg';

export const extractErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'extract',
    own: (err, _request, reply) => (err instanceof ExtractApiError ? reply.status(err.status).headers(err.headers).send({ error: err.error, detail: err.detail }) : undefined),
    answer: (e, request, reply) => {
      if (e.internal) return reply.status(500).send({ error: 'Internal server error', detail: `request ${request.id}` });
      if (e.code === 'VALIDATION_ERROR') return reply.status(422).send({ error: 'Validation error', detail: e.message });
      if (e.code === 'FILE_SIZE_EXCEEDED') return reply.status(400).send({ error: 'File too large. Maximum size allowed: 10MB', detail: e.message });
      if (e.code === 'INVALID_CONTENT_TYPE') return reply.status(400).send({ error: 'Invalid request: send the file as multipart/form-data', detail: e.message });
      return reply.status(e.status === 413 ? 400 : e.status).send({ error: e.message, detail: e.code });
    },
  });
