/**
 * POST /api/upload/: files streamed to the blob store, each checked (type, size, ZIP safety), the
 * layout options read from the other form fields, then one task queued for all of them. A refused
 * file refuses the request, and nothing of it is kept.
 */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { HttpError } from '../../http/errors.js';
import { receiveUploads } from '../../http/uploads.js';
import { isoBeijing } from '../../http/time.js';
import { durationsMs } from '../../settings.js';
import { LAYOUT_FIELDS, layoutFromFields } from '../layout-fields.js';
import { PROCESS_KIND } from '../tasks.js';
import { ownerOf, requireSession, type SessionStore } from '../sessions.js';
import type { ProcessTaskInput } from '../shapes.js';
import { UPLOAD_LIMITS, checkUploadedFile } from '../upload-checks.js';
import { TAG, errorSchema, sessionErrors, sessionHeader } from './common.js';

export async function uploadRoutes(app: FastifyInstance, ctx: ServerContext, sessions: SessionStore): Promise<void> {
  app.post(
    '/api/upload/',
    {
      bodyLimit: 4 * 1024 * 1024 * 1024,
      schema: {
        tags: [TAG],
        summary: 'Upload PDFs and ZIP archives of PDFs for processing',
        description:
          'Queues one task for all files: the print layout of every invoice (processed_invoices.pdf, two per A4 unless layout fields say otherwise) and the data of every invoice (invoices.json, invoices.csv). 50 MB per file. Optional form fields set the layout, with the names of `invoicectl merge`: ' +
          LAYOUT_FIELDS.join(', ') +
          '. A file of another type, an empty file, a ZIP with unsafe entry paths or no PDF, or an unknown field refuses the whole request.',
        headers: sessionHeader,
        multipartBody: {
          type: 'object',
          required: ['files'],
          properties: {
            files: { type: 'array', items: { type: 'string', format: 'binary' } },
            layout: { type: 'string', example: '2x1', description: 'rows x columns per sheet' },
            paper: { type: 'string', example: 'A4' },
            orientation: { type: 'string', enum: ['portrait', 'landscape', 'auto'] },
            margin: { type: 'string', example: '10', description: 'mm, or top,right,bottom,left' },
            gap: { type: 'string', example: '5', description: 'mm between cells' },
            pageNumbers: { type: 'string', enum: ['true', 'false'] },
            labels: { type: 'string', enum: ['true', 'false'] },
            cutLines: { type: 'string', enum: ['true', 'false'] },
          },
        },
        response: {
          200: {
            type: 'object',
            properties: { taskId: { type: 'string' }, status: { type: 'string' }, message: { type: 'string' }, fileCount: { type: 'integer' }, createdAt: { type: 'string' } },
            example: {
              taskId: '550e8400-e29b-41d4-a716-446655440000',
              status: 'queued',
              message: 'Successfully uploaded 2 file(s) and queued for processing',
              fileCount: 2,
              createdAt: '2024-12-18T10:30:45+08:00',
            },
          },
          ...sessionErrors,
          503: errorSchema,
        },
      },
    },
    async (request) => {
      const session = requireSession(sessions, request);
      if (!ctx.queue.isAccepting) throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'the server is shutting down; try again shortly');
      const upload = await receiveUploads(request, ctx.files, { maxFileBytes: UPLOAD_LIMITS.maxFileBytes });
      return upload.discardOnFailure(async () => {
        if (upload.files.length === 0) throw new HttpError(400, 'NO_FILES', 'no files: send them as multipart form field "files"');
        for (const file of upload.files) await checkUploadedFile(file, ctx.blobs, ctx.runtime.limits);
        const layout = layoutFromFields(upload.fields, ctx.runtime.config.merge);
        const owner = ownerOf(session.id);
        const ttlMs = durationsMs(ctx.settings).fileTtl;
        const fileIds = ctx.db.transaction(() => upload.files.map((f) => ctx.files.add(f, { owner, name: f.filename, mime: f.mimetype, ttlMs }).id))();
        const input: ProcessTaskInput = { session: session.id, layout: layout as Record<string, unknown>, fileCount: upload.files.length };
        const task = ctx.queue.enqueue({ system: 'processor', kind: PROCESS_KIND, owner, input, inputFiles: fileIds });
        return {
          taskId: task.id,
          status: 'queued',
          message: `Successfully uploaded ${upload.files.length} file(s) and queued for processing`,
          fileCount: upload.files.length,
          createdAt: isoBeijing(task.createdAt),
        };
      });
    },
  );
}
