/**
 * POST /validate: one e-invoice (UBL or CII XML, or a Factur-X / ZUGFeRD / XRechnung PDF) checked
 * against EN 16931 and its profile, as `invoicectl validate` does. The verdict is the body's `valid`;
 * the status is 200 whether valid or not. Errors: `{ error: { code, message } }` with the library's
 * codes (400 not multipart / no file / too large / no e-invoice; 422 XML that cannot be read).
 */
import fs from 'node:fs';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { validate, PROFILES, type Profile } from '../../api/validate.js';
import type { ServerContext, ServerModule } from '../context.js';
import { HttpError, normaliseError } from '../http/errors.js';
import { readMultipartFile } from '../http/multipart-file.js';

const TAG = 'validate';
const MAX_BYTES = 20 * 1024 * 1024;

const finding = {
  type: 'object',
  properties: {
    rule: { type: 'string', description: 'BR-*, BR-CO-*, BR-S-* … (EN 16931), BR-DE-* (XRechnung), PEPPOL-EN16931-R*, FX-* (Factur-X PDF), XSD-DECIMAL' },
    severity: { type: 'string', enum: ['fatal', 'warning'] },
    message: { type: 'string' },
    xpath: { type: 'string' },
  },
} as const;

const resultSchema = {
  type: 'object',
  properties: {
    file: { type: 'string' },
    valid: { type: 'boolean', description: 'no fatal finding' },
    syntax: { type: 'string', enum: ['ubl', 'cii'] },
    profile: { type: 'string', enum: [...PROFILES] },
    customization: { type: 'string', nullable: true, description: 'BT-24 as written' },
    ruleSets: { type: 'array', items: { type: 'string' } },
    embeddedXml: { type: 'string', description: 'a PDF: the attachment validated' },
    findings: { type: 'array', items: finding },
  },
  example: {
    file: 'invoice.xml',
    valid: false,
    syntax: 'cii',
    profile: 'xrechnung',
    customization: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0',
    ruleSets: ['EN16931', 'XRechnung'],
    findings: [{ rule: 'BR-DE-15', severity: 'fatal', message: 'The element "Buyer reference" (BT-10) must be transmitted.', xpath: '/rsm:CrossIndustryInvoice' }],
  },
} as const;

const errorSchema = { type: 'object', properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } } } } } as const;

function errorHandler(ctx: ServerContext) {
  return (err: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const e = normaliseError('validate', err);
    if (e.internal) ctx.log.error({ msg: 'request failed', reqId: request.id, code: e.code, err: String((err as Error)?.stack ?? err) });
    return reply.status(e.status).send({ error: { code: e.internal ? 'INTERNAL_ERROR' : e.code, message: e.internal ? `request ${request.id} failed` : e.message } });
  };
}

export const validateModule: ServerModule = {
  name: 'validate',
  tag: { name: TAG, description: 'E-invoice validation: POST /validate (EN 16931, XRechnung, Peppol; Factur-X PDFs)' },
  migrations: [],

  async register(app: FastifyInstance, ctx: ServerContext) {
    app.setErrorHandler(errorHandler(ctx));
    app.post(
      '/validate',
      {
        bodyLimit: MAX_BYTES + 64 * 1024,
        schema: {
          tags: [TAG],
          summary: 'Validate an e-invoice (20 MB)',
          description: 'multipart/form-data with the file in `file`. `profile` (query) adds XRechnung or Peppol rules to EN 16931; by default the file\'s Specification identifier (BT-24) decides.',
          querystring: { type: 'object', properties: { profile: { type: 'string', enum: [...PROFILES] } } },
          multipartBody: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
          response: { 200: resultSchema, 400: errorSchema, 415: errorSchema, 422: errorSchema },
        },
      },
      async (request) => {
        if (!request.isMultipart()) throw new HttpError(415, 'INVALID_CONTENT_TYPE', 'the request must be multipart/form-data with the e-invoice in the field "file"');
        const file = await readMultipartFile(request.raw, { field: 'file', maxFileBytes: MAX_BYTES, maxBodyBytes: MAX_BYTES + 64 * 1024, memoryBytes: MAX_BYTES, tempPath: () => ctx.blobs.tempPath() });
        try {
          if (!file) throw new HttpError(400, 'FILE_MISSING', 'no file in the form field "file"');
          const bytes = file.bytes ?? (await fs.promises.readFile(file.path!));
          const profile = (request.query as { profile?: Profile }).profile;
          const { results } = await validate({ inputs: [{ name: file.filename || 'upload', bytes }], profile, concurrency: 1 });
          const r = results[0];
          if (r.error) throw new HttpError(statusOf(r.error.code), r.error.code, r.error.message);
          return r;
        } finally {
          if (file?.path) await fs.promises.rm(file.path, { force: true });
        }
      },
    );
  },
};

function statusOf(code: string): number {
  return code === 'XML_CORRUPT' || code === 'XML_UNSAFE' || code === 'PDF_CORRUPT' ? 422 : 400;
}
