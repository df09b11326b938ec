/** cached-task-api.md (docx2tex-service): POST /v1/task, GET /v1/task/{id}, GET /v1/task/{id}/result, /healthz, /version. */
import fs from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { OPEN_OWNER } from '../../auth/scope.js';
import { docxCacheStatus, docxToTexKey } from '../../../api/docx-to-tex.js';
import { VERSION } from '../../../version.js';
import type { ServerContext } from '../../context.js';
import { checkHealth } from '../../health.js';
import { HttpError } from '../../http/errors.js';
import { fetchToBlob } from '../../http/fetch-url.js';
import { ownedTask } from '../../http/owned-task.js';
import { receiveUploads } from '../../http/uploads.js';
import type { Task } from '../../queue/task-queue.js';
import { durationsMs } from '../../settings.js';
import { STATES, errorSchema, taskParams } from '../schema.js';
import { DOCX2TEX_KIND, type Docx2TexInput } from '../tasks.js';

const TAG = 'cached-task-api';
/** Tasks and files belong to the request's key; without keys, to one shared owner as before keys existed. */
const ownerOf = (request: FastifyRequest) => (request.owner === OPEN_OWNER ? 'cached-task' : `cached-task:${request.owner}`);

export async function cachedTaskRoutes(app: FastifyInstance, ctx: ServerContext): Promise<void> {
  const taskOf = (request: FastifyRequest, id: string) =>
    ownedTask<Docx2TexInput>(ctx.queue, 'cached-task', ownerOf(request), id, () => new HttpError(404, 'TASK_NOT_FOUND', `task ${id} does not exist`));

  /** Whether a task queued or running now will build this cache key. */
  const pendingBuild = (cacheKey: string) =>
    ctx.db.prepare("SELECT 1 FROM tasks WHERE system = 'cached-task' AND status IN ('queued', 'running') AND json_extract(input, '$.cacheKey') = ? LIMIT 1").get(cacheKey) !== undefined;

  app.post(
    '/v1/task',
    {
      bodyLimit: ctx.runtime.limits.maxFileBytes * 2,
      schema: {
        tags: [TAG],
        summary: 'Submit a DOCX → LaTeX task (file or url)',
        description:
          'Exactly one of file and url (else 400). cache_key = SHA-256 over "docx:<sha256 of the DOCX>\\nconf:default\\nxsl:none": debug and img_post_proc are not part of it. cache_status says what the task will find: HIT (the package is cached), BUILDING (another task is converting the same key: this one waits and reuses it), MISS. The engine is pandoc, not docx2tex\'s xml2tex: conf and custom_xsl (xml2tex inputs) are refused with a 400 naming the field rather than ignored. img_post_proc (default true) turns EMF/WMF/SVG images into PDF with LibreOffice and updates the \\includegraphics references. url: http/https only, the upload size limit, 60 s, redirects checked again; loopback and private hosts refused unless serve.allowPrivateUrls. Uploads over limits.maxFileBytes (MAX_UPLOAD_BYTES) → 413.',
        multipartBody: {
          type: 'object',
          properties: {
            file: { type: 'string', format: 'binary' },
            url: { type: 'string' },
            debug: { type: 'string', enum: ['true', 'false'] },
            img_post_proc: { type: 'string', enum: ['true', 'false'] },
            conf: { type: 'string', format: 'binary' },
            custom_xsl: { type: 'string', format: 'binary' },
          },
        },
        response: {
          200: { type: 'object', properties: { task_id: { type: 'string' }, cache_key: { type: 'string' }, cache_status: { type: 'string', enum: ['HIT', 'BUILDING', 'MISS'] } } },
          400: errorSchema,
          413: errorSchema,
        },
      },
    },
    async (request) => {
      const upload = await receiveUploads(request, ctx.files, { maxFileBytes: ctx.runtime.limits.maxFileBytes, maxFiles: 3 });
      return upload.discardOnFailure(async () => {
        for (const field of ['conf', 'custom_xsl']) {
          if (upload.fields[field] !== undefined || upload.files.some((f) => f.field === field)) {
            throw new HttpError(400, 'UNSUPPORTED_OPTION', `${field}: this server converts DOCX with pandoc, which has no xml2tex stage to apply ${field === 'conf' ? 'an xml2tex configuration' : 'a custom XSLT'} to`);
          }
        }
        const file = upload.files.find((f) => f.field === 'file');
        const url = upload.fields.url?.trim();
        if (!!file === !!url) throw new HttpError(400, 'BAD_REQUEST', 'send exactly one of file and url');
        const unknown = upload.files.find((f) => f.field !== 'file') ?? Object.keys(upload.fields).find((k) => !['url', 'debug', 'img_post_proc'].includes(k));
        if (unknown) throw new HttpError(400, 'BAD_REQUEST', `unknown field ${typeof unknown === 'string' ? unknown : unknown.field}`);
        const docx = file
          ? { sha256: file.sha256, size: file.size, name: file.filename }
          : await fetchToBlob(url!, ctx.blobs, { maxBytes: ctx.runtime.limits.maxFileBytes, timeoutMs: 60_000, allowPrivate: ctx.settings.allowPrivateUrls });
        const cacheKey = docxToTexKey(await fs.promises.readFile(ctx.blobs.pathOf(docx.sha256)));
        const cached = await docxCacheStatus(ctx.runtime.cache, cacheKey);
        // The cache says BUILDING only once a task runs the build; a task queued for the same key will
        // build it too, and this one will then find it: BUILDING as well. Checked and enqueued with no
        // await between, so of concurrent submits one is the MISS.
        const cacheStatus = cached === 'MISS' && ctx.runtime.cache && pendingBuild(cacheKey) ? 'BUILDING' : cached;
        const input: Docx2TexInput = { debug: flag(upload.fields.debug, false, 'debug'), imgPostProc: flag(upload.fields.img_post_proc, true, 'img_post_proc'), cacheKey };
        const stored = ctx.files.add(docx, { owner: ownerOf(request), name: docx.name, mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', ttlMs: durationsMs(ctx.settings).fileTtl });
        const task = ctx.queue.enqueue({ system: 'cached-task', kind: DOCX2TEX_KIND, owner: ownerOf(request), input, inputFiles: [stored.id] });
        return { task_id: task.id, cache_key: cacheKey, cache_status: cacheStatus };
      });
    },
  );

  app.get(
    '/v1/task/:task_id',
    {
      schema: {
        tags: [TAG],
        summary: 'Task state',
        description: 'state: pending (queued) | running | converting (pandoc, on a cache miss) | packaging (image post-processing and the ZIP) | done | failed (err_msg says why). Times are seconds since the epoch; end_time is null until it ends.',
        params: taskParams,
        response: {
          200: {
            type: 'object',
            properties: {
              code: { type: 'integer' },
              data: {
                type: 'object',
                properties: { task_id: { type: 'string' }, state: { type: 'string', enum: [...STATES] }, err_msg: { type: 'string' }, start_time: { type: 'number', nullable: true }, end_time: { type: 'number', nullable: true } },
              },
              msg: { type: 'string' },
            },
          },
          404: errorSchema,
        },
      },
    },
    async (request) => {
      const task = taskOf(request, (request.params as { task_id: string }).task_id);
      return {
        code: 0,
        data: {
          task_id: task.id,
          state: stateOf(task),
          err_msg: task.error ? `${task.error.code}: ${task.error.message}` : '',
          start_time: task.startedAt === null ? null : task.startedAt / 1000,
          end_time: task.finishedAt === null ? null : task.finishedAt / 1000,
        },
        msg: 'ok',
      };
    },
  );

  app.get(
    '/v1/task/:task_id/result',
    {
      schema: {
        tags: [TAG],
        summary: 'The result ZIP',
        description: '<basename>.tex + image/ (referenced images only, paths rewritten); with debug also <basename>.debug/, <basename>.docx.tmp/, logs/<task_id>.log and manifest.json. 409 while the task is not done, 404 when unknown or its result is gone (kept serve.fileTtlHours).',
        params: taskParams,
        response: { 200: { type: 'string', format: 'binary' }, 404: errorSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const task = taskOf(request, (request.params as { task_id: string }).task_id);
      const state = stateOf(task);
      if (state !== 'done') throw new HttpError(409, 'NOT_DONE', `task ${task.id} is ${state}${task.error ? `: ${task.error.message}` : ''}`);
      const [zip] = ctx.files.filesOf(task.id, 'output');
      if (!zip) throw new HttpError(404, 'RESULT_MISSING', `the result of task ${task.id} has been deleted`);
      reply.header('content-type', 'application/zip').header('content-length', zip.size).header('content-disposition', `attachment; filename="${zip.name}"`);
      return reply.send(fs.createReadStream(ctx.files.pathOf(zip)));
    },
  );

  app.get('/healthz', { schema: { tags: [TAG], summary: 'Health (probed: storage, database, queue)' } }, async (_request, reply) => {
    const health = await checkHealth(ctx);
    return health.healthy ? { status: 'ok' } : reply.status(503).send({ status: 'unavailable', problems: health.problems });
  });

  app.get('/version', { schema: { tags: [TAG], summary: 'Service and engine' } }, async () => ({
    service: 'docx2tex-service',
    version: VERSION,
    engine: 'pandoc',
    // There is no docx2tex installation: pandoc converts.
    docx2tex_home: null,
  }));
}

function stateOf(task: Task): (typeof STATES)[number] {
  switch (task.status) {
    case 'queued':
      return 'pending';
    case 'running':
      return task.stage === 'converting' || task.stage === 'packaging' ? task.stage : 'running';
    case 'completed':
      return 'done';
    default:
      return 'failed';
  }
}

function flag(value: string | undefined, fallback: boolean, name: string): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(true|1)$/i.test(value)) return true;
  if (/^(false|0)$/i.test(value)) return false;
  throw new HttpError(400, 'BAD_REQUEST', `${name} must be true or false (got "${value}")`);
}
