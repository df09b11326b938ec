/**
 * POST /validate: one e-invoice (UBL or CII XML, or a Factur-X / ZUGFeRD / XRechnung PDF) checked
 * against EN 16931 and its profile, as `invoicectl validate` does. The verdict is the body's `valid`;
 * the status is 200 whether valid or not. Errors: `{ error: { code, message } }` with the library's
 * codes (400 not multipart / no file / too large / no e-invoice; 422 XML that cannot be read).
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { validateErrorHandler } from './errors.js';
import { TAG, validateRoutes } from './routes/validate.js';

export const validateModule: ServerModule = {
  name: 'validate',
  tag: { name: TAG, description: 'E-invoice validation: POST /validate (EN 16931, XRechnung, Peppol; Factur-X PDFs)' },
  migrations: [],

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler(validateErrorHandler(ctx));
    await validateRoutes(app, ctx);
  },
};
