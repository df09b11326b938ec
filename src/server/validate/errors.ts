/** The validate API's errors: `{ error: { code, message } }` with the library's codes. */
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export const validateErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'validate',
    answer: (e, request, reply) =>
      reply.status(e.status).send({ error: { code: e.internal ? 'INTERNAL_ERROR' : e.code, message: e.internal ? `request ${request.id} failed` : e.message } }),
  });

/** A file the library refused: what cannot be read is 422, the rest of the client's doing 400. */
export function statusOf(code: string): number {
  return code === 'XML_CORRUPT' || code === 'XML_UNSAFE' || code === 'PDF_CORRUPT' ? 422 : 400;
}
