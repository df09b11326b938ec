/** cached-task-api.md's errors: `{code, data: {error}, msg}` with the HTTP status as code. */
import type { ServerContext } from '../context.js';
import { errorHandler } from '../http/error-handler.js';

export const cachedTaskErrorHandler = (ctx: ServerContext) =>
  errorHandler(ctx, {
    api: 'cached-task',
    answer: (e, _request, reply) => reply.status(e.status).send({ code: e.status, data: { error: e.code }, msg: e.internal ? 'internal server error' : e.message }),
  });
