/**
 * cached-task-api.md (docx2tex-service): DOCX → LaTeX packages as tasks, results shared through the
 * content-addressed cache the CLI uses (one build per key). Errors: `{code, data, msg}` with the HTTP
 * status as code.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { cachedTaskErrorHandler } from './errors.js';
import { cachedTaskRoutes } from './routes/tasks.js';
import { DOCX2TEX_KIND, docx2texTaskHandler } from './tasks.js';

export const cachedTaskModule: ServerModule = {
  name: 'cached-task',
  tag: { name: 'cached-task-api', description: 'docx2tex-service (cached-task-api.md): DOCX → LaTeX package tasks with a shared cache' },
  migrations: [],
  tasks: (env) => ({ [DOCX2TEX_KIND]: docx2texTaskHandler(env) }),

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler(cachedTaskErrorHandler(ctx));
    await cachedTaskRoutes(app, ctx);
  },

  /** TTL_DAYS: cache entries unused for cache.ttlDays go (by last access; each entry is one file, removed in one step). */
  async cleanup(ctx: ServerContext) {
    return (await ctx.runtime.cache?.prune())?.removed ?? 0;
  },
};
