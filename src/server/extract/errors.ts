/**
 * extract-api.md's `{error, detail}` errors and their statuses: 400 file type or size, 422 validation
 * (no file; a document that cannot be opened), 500 extraction failed, 503 while the OCR engine's
 * circuit is open.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerContext } from '../context.js';
import { normaliseError } from '../http/errors.js';

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

export function errorHandler(ctx: ServerContext) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    if (err instanceof ExtractApiError) return reply.status(err.status).headers(err.headers).send({ error: err.error, detail: err.detail });
    const e = normaliseError('extract', err);
    if (e.internal) {
      ctx.log.error({ msg: 'request failed', reqId: request.id, code: e.code, err: String((err as Error)?.stack ?? err) });
      return reply.status(500).send({ error: 'Internal server error', detail: `request ${request.id}` });
    }
    if (e.code === 'VALIDATION_ERROR') return reply.status(422).send({ error: 'Validation error', detail: e.message });
    if (e.code === 'FILE_SIZE_EXCEEDED') return reply.status(400).send({ error: 'File too large. Maximum size allowed: 10MB', detail: e.message });
    if (e.code === 'INVALID_CONTENT_TYPE') return reply.status(400).send({ error: 'Invalid request: send the file as multipart/form-data', detail: e.message });
    return reply.status(e.status === 413 ? 400 : e.status).send({ error: e.message, detail: e.code });
  };
}
