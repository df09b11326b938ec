/**
 * convert-api.md's routes: files (upload, metadata, download), POST /api/v1/convert (sync 200 / async
 * 202), and the tasks it creates (status, result, cancel).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { conversionMatrix } from '../../../api/convert.js';
import { normalizeFormat } from '../../../convert/formats.js';
import { detectFormat } from '../../../convert/sources.js';
import { readFileHead } from '../../../core/inputs.js';
import type { ServerContext } from '../../context.js';
import type { HttpError } from '../../http/errors.js';
import { checkFetchable } from '../../http/fetch-url.js';
import { systemTask } from '../../http/owned-task.js';
import { receiveUploads } from '../../http/uploads.js';
import { progressOf } from '../../queue/progress.js';
import type { Task } from '../../queue/task-queue.js';
import { waitForTask } from '../../queue/wait.js';
import { durationsMs } from '../../settings.js';
import type { FileRow } from '../../store/files.js';
import { checkOwner, ownerOf, type ApiKey } from '../auth.js';
import { ConvertApiError, E, specCodeOf } from '../errors.js';
import { convertBodySchema, errors, idParams, loose } from '../schema.js';
import { libraryOptions, type SpecOptions } from '../options.js';
import { CONVERT_KIND, newFileId, type CallbackConfig, type ConvertTaskInput, type ConvertTaskResult } from '../tasks.js';

const TAG = 'convert-api';
/** convert-api.md §5.1/§7.1: sync is for files up to 10 MB that convert within 30 s (serve.syncWaitSeconds). */
const SYNC_MAX_BYTES = 10 * 1024 * 1024;

type ConvertTask = Task<ConvertTaskInput, ConvertTaskResult>;

const ok = (request: FastifyRequest, data: unknown) => ({ success: true, data, timestamp: new Date().toISOString(), requestId: request.id });
interface ConvertBody {
  fileId?: string;
  sourceFormat?: string;
  targetFormat: string;
  mode?: 'sync' | 'async';
  options?: SpecOptions;
  callback?: CallbackConfig;
}

export async function convertRoutes(app: FastifyInstance, ctx: ServerContext, keys: readonly ApiKey[]): Promise<void> {
  const base = (request: FastifyRequest) => `${request.protocol}://${request.headers.host ?? `${ctx.settings.host}:${ctx.settings.port}`}`;
  const fileUrl = (request: FastifyRequest, id: string) => `${base(request)}/api/v1/files/${id}/download`;
  const ownFile = (owner: string, id: string): FileRow => {
    const file = ctx.files.get(id);
    checkOwner(owner, file?.owner.startsWith('convert:') ? file.owner : undefined, `file ${id}`);
    return file!;
  };
  const ownTask = (owner: string, id: string): ConvertTask => {
    const task = systemTask<ConvertTaskInput, ConvertTaskResult>(ctx.queue, 'convert', id);
    checkOwner(owner, task?.owner, `task ${id}`);
    return task!;
  };
  const ttlMs = durationsMs(ctx.settings).fileTtl;
  // The formats and paths are fixed for the process's life; listing them probes every engine, so once.
  let paths: ReturnType<typeof conversionMatrix> | undefined;
  const conversionPaths = () => (paths ??= ctx.runtime.converters().then(conversionMatrix));
  const openNote = keys.length === 0 ? ' No serve.apiKeys are configured: the Authorization and X-API-Key headers are not checked.' : ' Send Authorization: Bearer <token> and X-API-Key: <apiKey> of a pair in serve.apiKeys.';

  app.post(
    '/api/v1/files',
    {
      bodyLimit: ctx.runtime.limits.maxFileBytes * 2,
      schema: {
        tags: [TAG],
        summary: 'Upload a file to convert later (returns fileId)',
        description: `Kept serve.fileTtlHours (24 h). Over limits.maxFileBytes: E02002.${openNote}`,
        multipartBody: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
        response: { 200: loose, ...errors },
      },
    },
    async (request) => {
      const owner = ownerOf(request, keys);
      const upload = await receiveUploads(request, ctx.files, { maxFileBytes: ctx.runtime.limits.maxFileBytes, maxFiles: 1 });
      const received = upload.files.find((f) => f.field === 'file');
      if (!received) throw new ConvertApiError(E.BAD_PARAMETER, 'send the file in the form field "file"');
      const file = ctx.files.add(received, { id: newFileId(), owner, name: received.filename, mime: received.mimetype, ttlMs });
      return ok(request, { fileId: file.id, fileName: file.name, fileSize: file.size, format: (await formatOf(ctx, file)) || null, uploadedAt: new Date(file.created_at).toISOString(), expiresAt: new Date(file.expires_at!).toISOString() });
    },
  );

  app.get(
    '/api/v1/files/:id/download',
    { schema: { tags: [TAG], summary: 'Download a file (an upload or a conversion result)', params: idParams, response: { 200: { type: 'string', format: 'binary' }, ...errors } } },
    async (request, reply) => {
      const file = ownFile(ownerOf(request, keys), (request.params as { id: string }).id);
      reply.header('content-type', file.mime).header('content-length', file.size).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`);
      return reply.send(fs.createReadStream(ctx.files.pathOf(file)));
    },
  );

  app.post(
    '/api/v1/convert',
    {
      bodyLimit: ctx.runtime.limits.maxFileBytes * 2,
      schema: {
        tags: [TAG],
        summary: 'Convert one file (sync: 200 with the result; async: 202 with the task)',
        description:
          'JSON with fileId (from POST /api/v1/files), or multipart with file plus the fields targetFormat, sourceFormat, mode, options (a JSON string) and callback (a JSON string). Sync is for files up to 10 MB: a larger one is refused with E00002 and details.mode = "async"; a sync conversion still running after serve.syncWaitSeconds (default 30 s) is answered 202 like an async one (poll progressUrl). Options the conversion cannot honour are refused with E00002 naming the option (pdfOptions.embedFonts true is accepted: PDF output always embeds fonts). quality.fidelity and quality.accuracy are not measured and are null; metadata.pageCount is the result\'s page count when it is a PDF, imageCount the number of images when the result is images, wordCount null. callback (async): POST/PUT of the task\'s status body to url when it ends, with headers, timeout seconds per try (default 30), retried 3 times after 1 s, 2 s, 4 s; internal hosts are refused unless serve.allowPrivateUrls. Async without callback is accepted: poll progressUrl.' +
          openNote,
        eitherBody: convertBodySchema,
        response: { 200: loose, 202: loose, ...errors },
      },
    },
    async (request, reply) => {
      const owner = ownerOf(request, keys);
      const { body, file } = await convertRequest(request, owner);
      const mode = body.mode ?? 'sync';
      const sourceFormat = body.sourceFormat ? normalizeFormat(body.sourceFormat) : await formatOf(ctx, file);
      const targetFormat = normalizeFormat(body.targetFormat);
      await checkPath(sourceFormat, targetFormat);
      if (mode === 'sync' && file.size > SYNC_MAX_BYTES) {
        throw new ConvertApiError(E.BAD_PARAMETER, `sync mode takes files up to 10 MB (this one is ${file.size} bytes): send mode "async"`, { mode: 'async' });
      }
      if (mode === 'sync' && body.callback) throw new ConvertApiError(E.BAD_PARAMETER, 'callback is for mode "async"', { option: 'callback' });
      if (body.callback) await checkCallbackUrl(body.callback.url, ctx.settings.allowPrivateUrls);
      const input: ConvertTaskInput = { fileId: file.id, sourceFormat: body.sourceFormat ? sourceFormat : null, targetFormat, options: libraryOptions(body.options), mode, callback: body.callback ?? null };
      const task = ctx.queue.enqueue({ id: `task_${randomUUID()}`, system: 'convert', kind: CONVERT_KIND, owner, input, inputFiles: [file.id] }) as ConvertTask;
      const accepted = () => reply.status(202).send(ok(request, { taskId: task.id, fileId: file.id, status: 'pending', estimatedTime: null, progressUrl: `${base(request)}/api/v1/tasks/${task.id}/status`, resultUrl: `${base(request)}/api/v1/tasks/${task.id}/result` }));
      if (mode === 'async') return accepted();
      const ended = (await waitForTask<ConvertTaskInput, ConvertTaskResult>(ctx.queue, task.id, durationsMs(ctx.settings).syncWait))!;
      if (ended.status === 'queued' || ended.status === 'running') return accepted();
      if (ended.status !== 'completed') throw taskError(ended);
      return ok(request, { taskId: task.id, fileId: file.id, ...resultData(request, ended), targetFormat });
    },
  );

  app.get(
    '/api/v1/tasks/:id/status',
    {
      schema: {
        tags: [TAG],
        summary: 'Task status',
        description: 'progress is 0 until the conversion ends (one unit of work), 100 when completed. estimatedTimeRemaining is not measured for a single conversion and is null.',
        params: idParams,
        response: { 200: loose, ...errors },
      },
    },
    async (request) => ok(request, statusData(ownTask(ownerOf(request, keys), (request.params as { id: string }).id))),
  );

  app.get(
    '/api/v1/tasks/:id/result',
    {
      schema: { tags: [TAG], summary: 'Task result (completed or failed; E00002 while it runs)', params: idParams, response: { 200: loose, ...errors } },
    },
    async (request) => {
      const task = ownTask(ownerOf(request, keys), (request.params as { id: string }).id);
      if (task.status === 'completed') return ok(request, { taskId: task.id, status: 'completed', ...resultData(request, task) });
      if (task.status === 'failed' || task.status === 'cancelled') return ok(request, { taskId: task.id, status: 'failed', error: errorOf(task) });
      throw new ConvertApiError(E.BAD_PARAMETER, `task ${task.id} is not finished (${statusOf(task)}); poll its status`, { status: statusOf(task) });
    },
  );

  app.post(
    '/api/v1/tasks/:id/cancel',
    { schema: { tags: [TAG], summary: 'Cancel a pending or processing task (the conversion in flight is aborted)', params: idParams, response: { 200: loose, ...errors } } },
    async (request) => {
      const task = ownTask(ownerOf(request, keys), (request.params as { id: string }).id);
      if (!ctx.queue.cancel(task.id)) throw new ConvertApiError(E.BAD_PARAMETER, `task ${task.id} has already ended (${statusOf(task)})`);
      return ok(request, { taskId: task.id, status: 'cancelled' });
    },
  );

  /** The request as JSON (fileId) or multipart (file + fields), with the file it names. */
  async function convertRequest(request: FastifyRequest, owner: string): Promise<{ body: ConvertBody; file: FileRow }> {
    if (!request.isMultipart()) {
      const body = checkBody(request, request.body);
      if (!body.fileId) throw new ConvertApiError(E.BAD_PARAMETER, 'send fileId (JSON) or the file itself (multipart)');
      return { body, file: ownFile(owner, body.fileId) };
    }
    const upload = await receiveUploads(request, ctx.files, { maxFileBytes: ctx.runtime.limits.maxFileBytes, maxFiles: 1 });
    return upload.discardOnFailure(() => {
      const received = upload.files.find((f) => f.field === 'file');
      if (!received) throw new ConvertApiError(E.BAD_PARAMETER, 'send the file in the form field "file"');
      const body = checkBody(request, formBody(upload.fields));
      const file = ctx.files.add(received, { id: newFileId(), owner, name: received.filename, mime: received.mimetype, ttlMs });
      return { body, file };
    });
  }

  async function checkPath(from: string, to: string): Promise<void> {
    const paths = await conversionPaths();
    if (!paths.some((p) => p.to === to)) throw new ConvertApiError(E.UNSUPPORTED_FORMAT, `target format "${to}" is not supported`, { targetFormat: to });
    if (!paths.some((p) => p.from === from)) throw new ConvertApiError(E.UNSUPPORTED_FORMAT, `source format "${from || 'unknown'}" is not supported`, { sourceFormat: from });
    if (!paths.some((p) => p.from === from && p.to === to)) throw new ConvertApiError(E.UNSUPPORTED_PATH, `no conversion from ${from} to ${to}`, { sourceFormat: from, targetFormat: to });
  }

  function resultData(request: FastifyRequest, task: ConvertTask) {
    const r = task.result!;
    return {
      resultFileId: r.resultFileId,
      resultFileName: r.resultFileName,
      resultFileSize: r.resultFileSize,
      resultFileUrl: fileUrl(request, r.resultFileId),
      sourceFormat: r.sourceFormat,
      targetFormat: task.input.targetFormat,
      conversionTime: r.conversionTime,
      quality: { fidelity: null, accuracy: null },
      metadata: r.metadata,
    };
  }
}

/** The request's JSON (or the JSON shape of its form fields) against convertBodySchema; E00002 naming what is wrong. */
function checkBody(request: FastifyRequest, body: unknown): ConvertBody {
  const validate = request.compileValidationSchema(convertBodySchema as never);
  if (!validate(body ?? {})) {
    const [first] = validate.errors ?? [];
    const where = first ? `${first.instancePath || '(body)'} ${first.message ?? ''}${first.params && 'additionalProperty' in first.params ? ` (${String(first.params.additionalProperty)})` : ''}` : 'invalid';
    throw new ConvertApiError(E.BAD_PARAMETER, `invalid request: ${where.trim()}`);
  }
  return body as ConvertBody;
}

/**
 * A callback the server would never call (an internal host, not http/https) is refused now, not dropped
 * when the task ends. A host that does not resolve now is accepted: it may by then, and it is checked
 * again at delivery.
 */
async function checkCallbackUrl(url: string, allowPrivate: boolean): Promise<void> {
  try {
    await checkFetchable(url, allowPrivate);
  } catch (err) {
    const code = (err as HttpError).code;
    if (code === 'URL_NOT_ALLOWED' || code === 'INVALID_URL') throw new ConvertApiError(E.BAD_PARAMETER, `callback.url: ${(err as Error).message}`, { option: 'callback.url' });
  }
}

/** The JSON shape of a multipart request's fields (options and callback are JSON strings there). */
function formBody(fields: Record<string, string>): ConvertBody {
  const known = ['targetFormat', 'sourceFormat', 'mode', 'options', 'callback'];
  const unknown = Object.keys(fields).find((k) => !known.includes(k));
  if (unknown) throw new ConvertApiError(E.BAD_PARAMETER, `unknown field "${unknown}"`);
  const json = (name: string) => {
    if (!fields[name]) return undefined;
    try {
      return JSON.parse(fields[name]);
    } catch {
      throw new ConvertApiError(E.BAD_PARAMETER, `${name} must be a JSON object`);
    }
  };
  const body: Record<string, unknown> = { targetFormat: fields.targetFormat, sourceFormat: fields.sourceFormat, mode: fields.mode, options: json('options'), callback: json('callback') };
  return Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) as unknown as ConvertBody;
}

/** The source format by content (and name): a ZIP-based office file is told apart by its entries, which need the whole file. */
async function formatOf(ctx: ServerContext, file: FileRow): Promise<string> {
  const path = ctx.files.pathOf(file);
  const head = await readFileHead(path, 4096);
  return detectFormat(file.name, head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004' ? await fs.promises.readFile(path) : head);
}

export function statusOf(task: ConvertTask): 'pending' | 'processing' | 'completed' | 'failed' | 'cancelled' {
  return ({ queued: 'pending', running: 'processing', completed: 'completed', failed: 'failed', cancelled: 'cancelled' } as const)[task.status];
}

export function errorOf(task: ConvertTask): { code: string; message: string } | undefined {
  if (task.status === 'cancelled') return { code: 'E01003', message: 'the task was cancelled' };
  return task.error ? { code: specCodeOf(task.error.code, task.error.details)[0], message: task.error.message } : undefined;
}

export function statusData(task: ConvertTask) {
  const status = statusOf(task);
  return {
    taskId: task.id,
    status,
    progress: progressOf(task).percent,
    // The engine's stage while it runs; a finished, failed or cancelled task says so.
    message: status === 'processing' ? (task.stage ?? status) : status,
    ...(task.result ? { resultFileId: task.result.resultFileId } : {}),
    ...(errorOf(task) ? { error: errorOf(task) } : {}),
    estimatedTimeRemaining: null,
  };
}

function taskError(task: ConvertTask): ConvertApiError {
  return new ConvertApiError(specCodeOf(task.error?.code ?? 'CONVERSION_FAILED', task.error?.details), task.error?.message ?? `the task ended ${task.status}`, task.error?.details);
}
