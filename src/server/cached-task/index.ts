/**
 * cached-task-api.md (docx2tex-service): DOCX → LaTeX packages as tasks, results shared through the
 * content-addressed cache the CLI uses (one build per key). Errors: `{code, data, msg}` with the HTTP
 * status as code.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { normaliseError } from '../http/errors.js';
import { cachedTaskRoutes } from './routes.js';
import { DOCX2TEX_KIND, docx2texTaskHandler } from './task.js';

export const cachedTaskModule: ServerModule = {
  name: 'cached-task',
  tag: { name: 'cached-task-api', description: 'docx2tex-service (cached-task-api.md): DOCX → LaTeX package tasks with a shared cache' },
  migrations: [],
  tasks: (env) => ({ [DOCX2TEX_KIND]: docx2texTaskHandler(env) }),

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler((err, request, reply) => {
      const e = normaliseError('cached-task', err);
      if (e.internal) ctx.log.error({ msg: 'request failed', reqId: request.id, code: e.code, err: String((err as Error)?.stack ?? err) });
      return reply.status(e.status).send({ code: e.status, data: { error: e.code }, msg: e.internal ? 'internal server error' : e.message });
    });
    await cachedTaskRoutes(app, ctx);
  },

  /** TTL_DAYS: cache entries unused for cache.ttlDays go (by last access; each entry is one file, removed in one step). */
  async cleanup(ctx: ServerContext) {
    return (await ctx.runtime.cache?.prune())?.removed ?? 0;
  },
};
