/** POST /validate: one e-invoice in, the library's verdict out (200 whether valid or not). */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { validate, PROFILES, type Profile } from '../../../api/validate.js';
import type { ServerContext } from '../../context.js';
import { HttpError } from '../../http/errors.js';
import { readMultipartFile } from '../../http/multipart-file.js';
import { statusOf } from '../errors.js';
import { errorSchema, resultSchema } from '../schema.js';

export const TAG = 'validate';
const MAX_BYTES = 20 * 1024 * 1024;

export async function validateRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
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
}
