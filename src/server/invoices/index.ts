/**
 * invoices-api.md (发票管理系统), under /api/v1: invoices uploaded (single, batch, chunked) and read,
 * listed and searched; dashboard figures; merge tasks; drafts. Every answer is the spec's
 * `{code, message, data}` envelope.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { CODES, invoicesErrorHandler } from './errors.js';
import { dashboardRoutes } from './routes/dashboard.js';
import { draftRoutes } from './routes/drafts.js';
import { invoiceRoutes } from './routes/invoices.js';
import { mergeTaskRoutes } from './routes/merge-tasks.js';
import { pageRoutes } from './routes/pages.js';
import { reviewRoutes } from './routes/review.js';
import { uploadRoutes } from './routes/uploads.js';
import { invoicesMigrations } from './schema.js';
import { API_BASE, InvoiceStore } from './store.js';
import { EXTRACT_KIND, MERGE_KIND, extractTaskHandler, mergeTaskHandler, type ExtractInput } from './tasks.js';
import type { ExtractResult } from '../../invoice/model.js';

/** The first path segment of every route here, under /api/v1. */
const RESOURCES = ['/dashboard', '/invoices', '/merge-tasks', '/drafts'];
const MAX_PAGE_SIZE = 100;

export const invoicesModule: ServerModule = {
  name: 'invoices',
  tag: { name: 'invoices-api', description: '发票管理系统 (invoices-api.md), under /api/v1: invoices, dashboard, merge tasks, drafts' },
  migrations: invoicesMigrations,
  tasks: (env) => ({ [EXTRACT_KIND]: extractTaskHandler(env), [MERGE_KIND]: mergeTaskHandler(env) }),

  async register(app: FastifyInstance, ctx: ServerContext) {
    const invoices = new InvoiceStore(ctx.db);
    invoices.fillIdentities();
    ctx.queue.onCompleted<ExtractInput, ExtractResult>(EXTRACT_KIND, (task, result) => invoices.recordResult(task.input.invoiceId, result));
    ctx.queue.onFailed<ExtractInput, ExtractResult>(EXTRACT_KIND, (task, error) => invoices.recordFailure(task.input.invoiceId, error));
    await app.register(
      async (api) => {
        api.setErrorHandler(invoicesErrorHandler(ctx));
        // A pageSize over 100 is served as 100 (paging.pageSize), not refused: a client asking for more
        // rows than a page holds gets the largest page.
        api.addHook('preValidation', (request, _reply, done) => {
          const query = request.query as Record<string, unknown> | undefined;
          if (query && typeof query.pageSize === 'string' && /^\d+$/.test(query.pageSize) && Number(query.pageSize) > MAX_PAGE_SIZE) query.pageSize = String(MAX_PAGE_SIZE);
          done();
        });
        // convert-api.md lives under /api/v1 too: our envelope answers unknown routes under our own
        // resources only (one not-found handler per prefix is all Fastify allows).
        for (const resource of RESOURCES) {
          await api.register(async (scope) => scope.setNotFoundHandler((request, reply) => reply.status(404).send({ code: CODES.BAD_PARAMETER, message: `no route ${request.method} ${request.url}`, data: null })), { prefix: resource });
        }
        await dashboardRoutes(api, invoices);
        await invoiceRoutes(api, ctx, invoices);
        await uploadRoutes(api, ctx, invoices);
        // Extensions for the web page (documented as such in the OpenAPI document).
        await pageRoutes(api, ctx, invoices);
        await reviewRoutes(api, ctx, invoices);
        await mergeTaskRoutes(api, ctx, invoices);
        await draftRoutes(api, ctx, invoices);
      },
      { prefix: API_BASE },
    );
  },
};
