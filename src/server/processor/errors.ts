/** processor-api.md's errors: `{error: true, code, message}` with the spec's statuses. */
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export const processorErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'processor',
    answer: (e, _request, reply) => reply.status(e.status).send({ error: true, code: e.internal ? 'INTERNAL_SERVER_ERROR' : e.code, message: e.message }),
  });
