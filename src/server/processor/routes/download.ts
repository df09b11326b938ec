/**
 * GET and HEAD /api/download/{task_id}/{filename}: a completed task's result files, by name, streamed
 * from the blob store. The session comes from the header or `?session=` (an iframe cannot send headers).
 * A name is looked up among the task's own outputs, never joined onto a path, so nothing outside the
 * data directory can be reached; a name with path characters is refused outright (403).
 */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { HttpError } from '../../http/errors.js';
import { requireSession, type SessionStore } from '../sessions.js';
import { TAG, errorSchema, ownTask, sessionErrors, sessionHeader } from './common.js';

export async function downloadRoutes(app: FastifyInstance, ctx: ServerContext, sessions: SessionStore): Promise<void> {
  app.route({
    method: ['GET', 'HEAD'],
    url: '/api/download/:task_id/:filename',
    exposeHeadRoute: false,
    schema: {
      tags: [TAG],
      summary: 'Download (or preview) a result file',
      description:
        'HEAD gives the same headers without the body. inline=true previews in the browser (Content-Disposition: inline). The result files of a task are processed_invoices.pdf, invoices.json and invoices.csv; they are deleted serve.fileTtlHours (24 h) after the upload.',
      headers: sessionHeader,
      params: {
        type: 'object',
        required: ['task_id', 'filename'],
        properties: { task_id: { type: 'string' }, filename: { type: 'string', example: 'processed_invoices.pdf' } },
      },
      querystring: {
        type: 'object',
        additionalProperties: false,
        properties: { inline: { type: 'boolean', default: false }, session: { type: 'string', description: 'The session ID, for iframes' } },
      },
      response: { 200: { description: 'The file', type: 'string', format: 'binary' }, ...sessionErrors, 403: errorSchema, 404: errorSchema },
  },
    handler: async (request, reply) => {
      const session = requireSession(sessions, request);
      const { task_id, filename } = request.params as { task_id: string; filename: string };
      if (/[\\/\u0000]/.test(filename) || filename.startsWith('.')) throw new HttpError(403, 'ACCESS_DENIED', 'file names are plain names of a task\'s results');
      const task = ownTask(ctx, session.id, task_id);
      const file = ctx.files.filesOf(task.id, 'output').find((f) => f.name === filename);
      if (!file) throw new HttpError(404, 'FILE_NOT_FOUND', `Task ${task.id} has no file ${filename}${task.status === 'completed' ? '' : ' (it is not completed)'}`);
      const inline = (request.query as { inline?: boolean }).inline === true;
      reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', file.name))
        .header('cache-control', 'no-cache, no-store, must-revalidate');
      if (request.method === 'HEAD') return reply.send();
      return reply.send(fs.createReadStream(ctx.files.pathOf(file)));
    },
  });
}

/** RFC 6266: an ASCII fallback name, and the real one in UTF-8 for names in Chinese. */
function contentDisposition(kind: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}
