/**
 * processor-api.md (Web发票处理器): sessions, uploads of PDFs and ZIPs, tasks that lay the invoices out
 * for print and extract their data, downloads, queue statistics and health. Errors use the spec's
 * `{error: true, code, message}`; every session gets serve.rateLimitPerMinute requests a minute.
 */
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { durationsMs } from '../settings.js';
import { processorErrorHandler } from './errors.js';
import { PROCESS_KIND, processTaskHandler } from './tasks.js';
import { downloadRoutes } from './routes/download.js';
import { queueRoutes } from './routes/queue.js';
import { sessionRoutes } from './routes/session.js';
import { taskRoutes } from './routes/tasks.js';
import { uploadRoutes } from './routes/upload.js';
import { processorMigrations } from './schema.js';
import { SessionStore, ownerOf, sessionIdOf } from './sessions.js';

export const processorModule: ServerModule = {
  name: 'processor',
  tag: { name: 'processor-api', description: 'Web发票处理器 (processor-api.md): upload PDFs/ZIPs, get the print layout and the invoice data' },
  migrations: processorMigrations,
  tasks: (env) => ({ [PROCESS_KIND]: processTaskHandler(env) }),

  async register(app: FastifyInstance, ctx: ServerContext) {
    const sessions = new SessionStore(ctx.db, durationsMs(ctx.settings).sessionTtl);
    app.setErrorHandler(processorErrorHandler(ctx));
    // The spec's own curl posts `Content-Type: application/json` with no body to create a session.
    app.removeContentTypeParser('application/json');
    app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
      const text = String(body).trim();
      if (!text) return done(null, {});
      try {
        done(null, JSON.parse(text));
      } catch {
        done(Object.assign(new Error('malformed JSON body'), { statusCode: 400, code: 'FST_ERR_CTP_INVALID_JSON_BODY' }), undefined);
      }
    });
    await app.register(rateLimit, {
      max: ctx.settings.rateLimitPerMinute,
      timeWindow: 60_000,
      // Per session (the spec's quota), but only a session this server issued to this key: an invented
      // X-Session-ID, and every session creation, count against the client's address (never a
      // proxy header: request.ip is the socket's peer), so a client cannot mint fresh quotas.
      keyGenerator: (request) => {
        const id = request.method === 'POST' && request.url.replace(/\?.*$/, '').replace(/\/$/, '') === '/api/session' ? undefined : sessionIdOf(request);
        const session = id ? sessions.get(id) : undefined;
        return session && session.owner === request.owner ? `session:${session.id}` : `ip:${request.owner}:${request.ip}`;
      },
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        code: 'RATE_LIMIT_EXCEEDED',
        message: `Rate limit exceeded: ${context.max} requests per minute per session; retry in ${Math.ceil(context.ttl / 1000)} s`,
      }),
    });
    await sessionRoutes(app, ctx, sessions);
    await uploadRoutes(app, ctx, sessions);
    await taskRoutes(app, ctx, sessions);
    await queueRoutes(app, ctx, sessions);
    await downloadRoutes(app, ctx, sessions);
  },

  /** Expired sessions go with their tasks and files (a running task is aborted first). */
  async cleanup(ctx: ServerContext, now: number) {
    const sessions = new SessionStore(ctx.db, durationsMs(ctx.settings).sessionTtl);
    const expired = sessions.expired(now);
    for (const id of expired) {
      for (const task of ctx.queue.list({ owner: ownerOf(id), system: 'processor' })) await ctx.queue.delete(task.id);
      sessions.delete(id);
    }
    return expired.length;
  },
};
