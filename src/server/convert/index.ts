/**
 * convert-api.md (单文件转换接口): POST /api/v1/convert in sync and async mode over the library's
 * convert, with uploads by fileId, task status/result/cancel, callbacks, API-key authentication and the
 * spec's E-codes.
 */
import { pairOwner } from './auth.js';
import type { FastifyInstance } from 'fastify';
import type { ServerContext, ServerModule } from '../context.js';
import { deliverCallback } from './callbacks.js';
import { convertErrorHandler } from './errors.js';
import { convertRoutes, statusData } from './routes/convert.js';
import { CONVERT_KIND, convertTaskHandler, type ConvertTaskInput, type ConvertTaskResult } from './tasks.js';
import type { Task } from '../queue/task-queue.js';

export const convertModule: ServerModule = {
  name: 'convert',
  tag: { name: 'convert-api', description: '单文件转换接口 (convert-api.md): POST /api/v1/convert, files, tasks' },
  migrations: [],
  credential: (ctx) => (ctx.settings.apiKeys.length > 0 ? (request) => pairOwner(request, ctx.settings.apiKeys) : undefined),
  tasks: (env) => ({ [CONVERT_KIND]: convertTaskHandler(env) }),

  async register(app: FastifyInstance, ctx: ServerContext) {
    const keys = ctx.settings.apiKeys;
    if (keys.length === 0 && !ctx.keys.closed) ctx.log.warn({ msg: 'convert-api: serve.apiKeys is empty, so /api/v1/convert, /api/v1/files and /api/v1/tasks accept requests without credentials' });
    // Callbacks leave with the task's status body once it has ended (after the transaction that records it).
    const callback = (task: Task<ConvertTaskInput, ConvertTaskResult>) => {
      const config = task.input.callback;
      if (config) setImmediate(() => deliverCallback(ctx, config, { event: 'task.ended', ...statusData(ctx.queue.get(task.id) as never) }, task.id));
    };
    ctx.queue.onCompleted<ConvertTaskInput, ConvertTaskResult>(CONVERT_KIND, callback);
    ctx.queue.onFailed<ConvertTaskInput, ConvertTaskResult>(CONVERT_KIND, callback);
    app.setErrorHandler(convertErrorHandler(ctx));
    await convertRoutes(app, ctx, keys);
  },
};
