/**
 * extract-api.md (Supplier Invoice Automation Service): POST /extract answers with the invoice's data
 * in the ExtractionResponse shape, GET /health, and the documentation at /docs, /redoc, /openapi.json.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { extractErrorHandler } from './errors.js';
import { FileExtractor } from './extract-file.js';
import { extractRoutes } from './routes/extract.js';
import { RESPONSE_TTL_MS, extractMigrations } from './schema.js';

export const extractModule: ServerModule = {
  name: 'extract',
  tag: { name: 'extract-api', description: 'Supplier Invoice Automation Service (extract-api.md): POST /extract, GET /health' },
  migrations: extractMigrations,

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler(extractErrorHandler(ctx));
    const extractor = new FileExtractor(ctx);
    // The server closes the app before the database: answers still queued for it are written here.
    app.addHook('onClose', async () => extractor.close());
    await extractRoutes(app, ctx, extractor);
  },

  async cleanup(ctx: ServerContext, now: number) {
    return ctx.db.prepare('DELETE FROM extract_responses WHERE created_at <= ?').run(now - RESPONSE_TTL_MS).changes;
  },
};
