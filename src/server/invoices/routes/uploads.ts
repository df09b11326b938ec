/**
 * Getting invoices in: single upload, batch upload, chunked upload (invoices-api.md §2.3–2.6). Each
 * file is checked by its bytes, stored once (the same bytes again answer with the invoice already
 * stored, message "duplicate"), and read; the answer waits up to 30 s for the fields.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '../../context.js';
import { receiveUploads, type ReceivedUpload } from '../../http/uploads.js';
import { ChunkStore, verifyHash } from '../chunks.js';
import { ApiError, CODES, ok } from '../errors.js';
import { MAX_INVOICE_BYTES, settled, takeIn, type StoredBlobRef } from '../intake.js';
import { invoiceShape, type InvoiceRow, type InvoiceStore } from '../store.js';
import { TAG, envelope, errorEnvelope, errors, invoiceExample, invoiceSchema } from './common.js';

const MAX_BATCH = 20;
const uploadErrors = { ...errors, 413: errorEnvelope, 415: errorEnvelope, 422: errorEnvelope } as const;

export async function uploadRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  const chunks = new ChunkStore(ctx);
  const receive = (request: FastifyRequest, maxFiles: number) => receiveUploads(request, ctx.files, { maxFileBytes: MAX_INVOICE_BYTES, maxFiles });

  /** One file in, its invoice out: 2003 with the invoice as data when it could not be read. */
  const answer = async (blob: StoredBlobRef) => {
    const intake = await takeIn(ctx, invoices, blob).catch(async (err: unknown) => {
      await ctx.files.removeOrphanBlobs([blob.sha256]);
      throw err;
    });
    const invoice = await settled(ctx, invoices, intake.invoice);
    if (invoice.status === 'failed') throw new ApiError(CODES.EXTRACTION_FAILED, `OCR识别失败: ${failureOf(invoice)}`, invoiceShape(invoice));
    return ok(invoiceShape(invoice), intake.duplicate ? 'duplicate' : 'success');
  };

  app.post(
    '/invoices/upload',
    {
      bodyLimit: 2 * MAX_INVOICE_BYTES,
      schema: {
        tags: [TAG],
        summary: 'Upload one invoice (PDF, JPG, PNG or OFD; 10 MB)',
        description:
          'Stored and read at once; the answer carries the fields when extraction ends within 30 s (else status pending: poll GET /invoices/{id}). The type is judged by the bytes. The same bytes uploaded again answer with the invoice already stored and message "duplicate" (a deleted one comes back). The same invoice in other bytes (its OFD after its PDF) is stored, with duplicateOf naming the first. A document that cannot be read is stored with status failed and answered with 2003 and the invoice as data.',
        multipartBody: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        response: { 200: envelope(invoiceSchema, { ...invoiceExample, status: 'pending' }), ...uploadErrors },
      },
    },
    async (request) => {
      const upload = await receive(request, 1);
      return upload.discardOnFailure(() => {
        const file = onlyFile(upload, 'file');
        return answer({ sha256: file.sha256, size: file.size, fileName: file.filename });
      });
    },
  );

  app.post(
    '/invoices/batch-upload',
    {
      bodyLimit: (MAX_BATCH + 1) * MAX_INVOICE_BYTES,
      schema: {
        tags: [TAG],
        summary: 'Upload up to 20 invoices',
        description:
          'One entry per file, in order: {id, fileName, status: success, invoice} or {id, fileName, status: failed, error}. id is null when the file was refused (type, size); a document that could not be read is stored (status failed) and keeps its id.',
        multipartBody: { type: 'object', required: ['files'], properties: { files: { type: 'array', maxItems: MAX_BATCH, items: { type: 'string', format: 'binary' } } } },
        response: {
          200: envelope(
            { type: 'array', items: { type: 'object', properties: { id: { type: 'string', nullable: true }, fileName: { type: 'string' }, status: { type: 'string', enum: ['success', 'failed'] }, duplicate: { type: 'boolean', description: 'true when these bytes were an invoice already (the entry is that invoice)' }, invoice: invoiceSchema, error: { type: 'string' } } } },
            [{ id: invoiceExample.id, fileName: '发票1.pdf', status: 'success', duplicate: false, invoice: invoiceExample }, { id: null, fileName: '发票2.jpg', status: 'failed', error: 'OCR识别失败' }],
          ),
          ...uploadErrors,
        },
      },
    },
    async (request) => {
      const upload = await receive(request, MAX_BATCH + 1);
      if (upload.files.length > MAX_BATCH) {
        await upload.discard();
        throw new ApiError(CODES.BAD_PARAMETER, `at most ${MAX_BATCH} files per batch (got ${upload.files.length})`);
      }
      if (upload.files.length === 0) throw new ApiError(CODES.BAD_PARAMETER, 'no files: send them in the form field "files"');
      const entries = await Promise.all(
        upload.files.map(async (f) => {
          try {
            const { invoice, duplicate } = await takeIn(ctx, invoices, { sha256: f.sha256, size: f.size, fileName: f.filename });
            return { file: f, invoice, duplicate };
          } catch (err) {
            await upload.discard([f]);
            return { file: f, error: err instanceof ApiError ? err.message : 'internal error' };
          }
        }),
      );
      const results = await Promise.all(
        entries.map(async ({ file, invoice, duplicate, error }) => {
          if (!invoice) return { id: null, fileName: file.filename, status: 'failed', error };
          const done = await settled(ctx, invoices, invoice);
          if (done.status === 'failed') return { id: done.id, fileName: file.filename, status: 'failed', error: `OCR识别失败: ${failureOf(done)}` };
          return { id: done.id, fileName: file.filename, status: 'success', duplicate, invoice: invoiceShape(done) };
        }),
      );
      return ok(results);
    },
  );

  app.get(
    '/invoices/upload-chunk',
    {
      schema: {
        tags: [TAG],
        summary: 'Which chunks of a file the server has (to resume an upload)',
        description: 'Send only the chunks missing from uploadedChunks, then POST /invoices/merge-chunks. Chunks are kept for the file TTL (24 h).',
        querystring: { type: 'object', required: ['fileHash'], additionalProperties: false, properties: { fileHash: { type: 'string', minLength: 1, maxLength: 200 } } },
        response: {
          200: envelope({ type: 'object', properties: { fileHash: { type: 'string' }, uploadedChunks: { type: 'array', items: { type: 'integer' } } } }, { fileHash: 'file_name_12345_1700000000000', uploadedChunks: [0, 1, 3] }),
          ...errors,
        },
      },
    },
    async (request) => {
      const { fileHash } = request.query as { fileHash: string };
      return ok({ fileHash, uploadedChunks: chunks.received(fileHash) });
    },
  );

  app.post(
    '/invoices/upload-chunk',
    {
      bodyLimit: 2 * MAX_INVOICE_BYTES,
      schema: {
        tags: [TAG],
        summary: 'Upload one chunk of a file',
        description:
          'Fields chunkIndex (from 0), chunkHash, fileHash, fileName, totalChunks and the chunk itself. A chunkHash that is a hex MD5, SHA-1 or SHA-256 is checked against the chunk (1001 when it differs); any other string is taken as a label. Sending a chunk again replaces it.',
        multipartBody: {
          type: 'object',
          required: ['chunk', 'chunkIndex', 'chunkHash', 'fileHash', 'fileName', 'totalChunks'],
          properties: {
            chunk: { type: 'string', format: 'binary' },
            chunkIndex: { type: 'integer', minimum: 0 },
            chunkHash: { type: 'string' },
            fileHash: { type: 'string' },
            fileName: { type: 'string' },
            totalChunks: { type: 'integer', minimum: 1 },
          },
        },
        response: { 200: envelope({ type: 'object', properties: { chunkIndex: { type: 'integer' }, received: { type: 'boolean' } } }, { chunkIndex: 0, received: true }), ...uploadErrors },
      },
    },
    async (request) => {
      const upload = await receive(request, 1);
      return upload.discardOnFailure(async () => {
        const chunk = onlyFile(upload, 'chunk');
        const meta = chunkFields(upload.fields);
        if (meta.chunkIndex >= meta.totalChunks) throw new ApiError(CODES.BAD_PARAMETER, `chunkIndex ${meta.chunkIndex} is not below totalChunks ${meta.totalChunks}`);
        await verifyHash(ctx.blobs.pathOf(chunk.sha256), meta.chunkHash, `chunk ${meta.chunkIndex}`);
        chunks.save(chunk, meta);
        return ok({ chunkIndex: meta.chunkIndex, received: true });
      });
    },
  );

  app.post(
    '/invoices/merge-chunks',
    {
      schema: {
        tags: [TAG],
        summary: 'Join the uploaded chunks into the invoice file',
        description: 'All chunks 0..totalChunks-1 must be there (else 1001 with data.missingChunks). A fileHash that is a hex MD5, SHA-1 or SHA-256 is checked against the joined file. Then as POST /invoices/upload.',
        body: {
          type: 'object',
          required: ['fileHash', 'fileName', 'totalChunks'],
          additionalProperties: false,
          properties: { fileHash: { type: 'string', minLength: 1, maxLength: 200 }, fileName: { type: 'string', minLength: 1, maxLength: 255 }, totalChunks: { type: 'integer', minimum: 1, maximum: 10_000 } },
          example: { fileHash: 'file_name_12345_1700000000000', fileName: '发票.pdf', totalChunks: 5 },
        },
        response: { 200: envelope(invoiceSchema, { ...invoiceExample, status: 'pending' }), ...uploadErrors },
      },
    },
    async (request) => {
      const body = request.body as { fileHash: string; fileName: string; totalChunks: number };
      const blob = await chunks.assemble(body.fileHash, body.totalChunks);
      return answer({ sha256: blob.sha256, size: blob.size, fileName: body.fileName.split(/[\\/]/).pop() || 'invoice', maxBytes: ctx.runtime.limits.maxFileBytes });
    },
  );
}

function onlyFile(upload: ReceivedUpload, field: string) {
  const file = upload.files.find((f) => f.field === field);
  if (!file || upload.files.length > 1) throw new ApiError(CODES.BAD_PARAMETER, `send exactly one file, in the form field "${field}"`);
  return file;
}

function chunkFields(fields: Record<string, string>) {
  const int = (name: string, min: number) => {
    const value = Number(fields[name]);
    if (!Number.isInteger(value) || value < min) throw new ApiError(CODES.BAD_PARAMETER, `${name} must be an integer ≥ ${min} (got "${fields[name] ?? ''}")`);
    return value;
  };
  const text = (name: string) => {
    const value = fields[name]?.trim();
    if (!value || value.length > 255) throw new ApiError(CODES.BAD_PARAMETER, `${name} is required`);
    return value;
  };
  return { chunkIndex: int('chunkIndex', 0), totalChunks: int('totalChunks', 1), chunkHash: text('chunkHash'), fileHash: text('fileHash'), fileName: text('fileName') };
}

function failureOf(invoice: InvoiceRow): string {
  const result = invoice.result ? (JSON.parse(invoice.result) as { error?: { code: string; message: string } }) : null;
  return result?.error ? `${result.error.code}: ${result.error.message}` : 'the document could not be read';
}
