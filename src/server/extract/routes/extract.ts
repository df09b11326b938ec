/** extract-api.md's routes: GET /health, POST /extract, and GET /redoc beside the shared /docs. */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { checkHealth } from '../../health.js';
import { HttpError } from '../../http/errors.js';
import { readMultipartFile } from '../../http/multipart-file.js';
import { ExtractApiError } from '../errors.js';
import type { FileExtractor } from '../extract-file.js';
import { checkExtractFile, MAX_BYTES } from '../file-checks.js';

const TAG = 'extract-api';
const errorSchema = { type: 'object', properties: { error: { type: 'string' }, detail: { type: 'string', nullable: true } } } as const;
const nullable = (type: string) => ({ type, nullable: true });

const responseSchema = {
  type: 'object',
  properties: {
    invoice_number: nullable('string'),
    invoice_date: nullable('string'),
    due_date: nullable('string'),
    vendor_name: nullable('string'),
    vendor_address: nullable('string'),
    customer_name: nullable('string'),
    customer_address: nullable('string'),
    subtotal: nullable('number'),
    tax: nullable('number'),
    total: nullable('number'),
    currency: { type: 'string', description: 'ISO 4217; "USD" (the spec\'s default) when the document shows none, and then review.fields names currency.' },
    document_type: { type: 'string', enum: ['invoice', 'credit_note'], description: 'Ours, beside the spec\'s fields: a credit note\'s amounts are positive, as its CII XML states them.' },
    items: {
      type: 'array',
      items: { type: 'object', properties: { description: { type: 'string' }, quantity: nullable('number'), unit_price: nullable('number'), total_price: nullable('number') } },
    },
    review: {
      type: 'object',
      description: 'Ours, beside the spec\'s fields: needed is true when a person should check the result; fields names the response fields the failed checks concern; reasons says what failed.',
      properties: { needed: { type: 'boolean' }, fields: { type: 'array', items: { type: 'string' } }, reasons: { type: 'array', items: { type: 'string' } } },
    },
  },
  example: {
    invoice_number: 'INV-12345',
    invoice_date: '2024-01-15',
    due_date: '2024-02-15',
    vendor_name: 'Acme Corporation',
    vendor_address: '123 Main Street, Anytown, ST 12345',
    customer_name: 'Your Company',
    customer_address: '456 Oak Avenue, Somewhere, ST 67890',
    subtotal: 950.0,
    tax: 95.0,
    total: 1045.0,
    currency: 'USD',
    document_type: 'invoice',
    items: [{ description: 'Professional Services', quantity: 10.0, unit_price: 95.0, total_price: 950.0 }],
    review: { needed: false, fields: [], reasons: [] },
  },
} as const;

const require = createRequire(import.meta.url);

export async function extractRoutes(app: FastifyInstance, ctx: ServerContext, extractor: FileExtractor): Promise<void> {
  app.get(
    '/health',
    {
      schema: {
        tags: [TAG],
        summary: 'Health',
        description: '"ok" when the file storage, the database and the queue answer (probed on each call); 503 with the problems otherwise. ocr_circuit: closed, open or half_open.',
        response: {
          200: { type: 'object', properties: { status: { type: 'string' }, ocr_circuit: { type: 'string' } }, example: { status: 'ok', ocr_circuit: 'closed' } },
          503: { type: 'object', properties: { status: { type: 'string' }, ocr_circuit: { type: 'string' }, problems: { type: 'array', items: { type: 'string' } } } },
        },
      },
    },
    async (_request, reply) => {
      const health = await checkHealth(ctx);
      if (!health.healthy) return reply.status(503).send({ status: 'unavailable', ocr_circuit: extractor.circuit, problems: health.problems });
      return { status: 'ok', ocr_circuit: extractor.circuit };
    },
  );

  app.post(
    '/extract',
    {
      bodyLimit: 2 * MAX_BYTES,
      schema: {
        tags: [TAG],
        summary: 'Extract invoice data from a PDF, PNG or JPEG (10 MB)',
        description:
          'Western and Chinese invoices (currency CNY for the latter). Unknown fields are null. Answers for the same bytes come from a 24-hour cache. The type is judged by the bytes; a part sent without a Content-Type (text/plain by default, as Python requests sends open files) is accepted when the bytes are a PDF, PNG or JPEG. Errors: 400 type or size, 422 no file or a document that cannot be opened (corrupt, encrypted), 500 no invoice could be read, 503 while the OCR circuit is open (Retry-After says when to try again).',
        multipartBody: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        response: { 200: responseSchema, 400: errorSchema, 422: errorSchema, 500: errorSchema, 503: errorSchema },
      },
    },
    async (request, reply) => {
      if (!request.isMultipart()) throw new HttpError(415, 'INVALID_CONTENT_TYPE', 'the request must be multipart/form-data');
      // Read once, never stored: only the response is kept (by the file's hash).
      const file = await readMultipartFile(request.raw, { field: 'file', maxFileBytes: MAX_BYTES, maxBodyBytes: 2 * MAX_BYTES, memoryBytes: 1024 * 1024, tempPath: () => ctx.blobs.tempPath() }).catch(
        (err: unknown) => {
          if ((err as { code?: string }).code === 'FILE_SIZE_EXCEEDED') {
            throw new ExtractApiError(400, 'File too large. Maximum size allowed: 10MB', `File size: over ${MAX_BYTES} bytes (request body: ${request.headers['content-length'] ?? 'unknown'} bytes)`);
          }
          throw err;
        },
      );
      try {
        if (!file) throw new ExtractApiError(422, 'Validation error', 'file: field required');
        await checkExtractFile(file);
        const { body, cached } = await extractor.read(file);
        return reply.header('content-type', 'application/json; charset=utf-8').header('x-cache', cached ? 'HIT' : 'MISS').send(body);
      } finally {
        if (file?.path) await fs.promises.rm(file.path, { force: true });
      }
    },
  );

  const redocBundle = require.resolve('redoc/bundles/redoc.standalone.js');
  app.get('/redoc', { schema: { hide: true } }, async (_request, reply) =>
    reply
      .type('text/html; charset=utf-8')
      .send(
        '<!doctype html><html><head><meta charset="utf-8"><title>invoicectl API</title></head><body><redoc spec-url="/openapi.json"></redoc><script src="/redoc/redoc.standalone.js"></script></body></html>',
      ),
  );
  app.get('/redoc/redoc.standalone.js', { schema: { hide: true } }, async (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(fs.createReadStream(redocBundle)),
  );
}
