/** The task routes of processor-api.md §3: status, progress, list, start, cancel, retry, delete, statistics. */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServerContext } from '../../context.js';
import { HttpError } from '../../http/errors.js';
import { isoBeijing } from '../../http/time.js';
import { ownerOf, requireSession, type SessionStore } from '../sessions.js';
import { SPEC_STATUSES, listEntry, progressBody, specStatus, statusBody, type ProcessTask, type SpecStatus } from '../shapes.js';
import { TAG, errorSchema, outputsOf, ownTask, sessionErrors, sessionHeader, taskParams } from './common.js';

const looseObject = { type: 'object', additionalProperties: true } as const;
const taskErrors = { ...sessionErrors, 404: errorSchema, 409: errorSchema } as const;

export async function taskRoutes(app: FastifyInstance, ctx: ServerContext, sessions: SessionStore): Promise<void> {
  const taskOf = (request: FastifyRequest) => {
    const session = requireSession(sessions, request);
    return ownTask(ctx, session.id, (request.params as { task_id: string }).task_id);
  };

  app.get(
    '/api/task/:task_id/status',
    {
      schema: {
        tags: [TAG],
        summary: 'Task status',
        description:
          'status: queued | processing | completed | failed | cancelled | expired (completed, but its files were deleted after serve.fileTtlHours). downloadUrls lists processed_invoices.pdf, invoices.json and invoices.csv once completed. A failed task has message and error_code; a finished one a summary and one line per document (how it was placed and read, with its error code when it failed).',
        headers: sessionHeader,
        params: taskParams,
        response: {
          200: {
            type: 'object',
            properties: {
              taskId: { type: 'string' },
              status: { type: 'string', enum: [...SPEC_STATUSES] },
              progress: { type: 'integer' },
              createdAt: { type: 'string' },
              updatedAt: { type: 'string' },
              completedAt: { type: 'string', nullable: true },
              fileCount: { type: 'integer' },
              downloadUrls: { type: 'array', items: { type: 'string' } },
              message: { type: 'string' },
              error_code: { type: 'string' },
              summary: looseObject,
              documents: { type: 'array', items: looseObject },
            },
            example: {
              taskId: '550e8400-e29b-41d4-a716-446655440000',
              status: 'completed',
              progress: 100,
              createdAt: '2024-12-18T10:30:45+08:00',
              updatedAt: '2024-12-18T10:32:15+08:00',
              completedAt: '2024-12-18T10:32:15+08:00',
              fileCount: 2,
              downloadUrls: ['/api/download/550e8400-e29b-41d4-a716-446655440000/processed_invoices.pdf'],
            },
          },
          ...taskErrors,
        },
      },
    },
    async (request) => {
      const task = taskOf(request);
      return statusBody(task, outputsOf(ctx, task));
    },
  );

  app.get(
    '/api/task/:task_id/progress',
    {
      schema: {
        tags: [TAG],
        summary: 'Task progress',
        description:
          'Real progress: done/total count documents (each once merged, once read). progress_rate_per_minute is measured since the task started; estimated_remaining_seconds comes from that rate (null until one document is done).',
        headers: sessionHeader,
        params: taskParams,
        response: {
          200: {
            type: 'object',
            properties: {
              task_id: { type: 'string' },
              progress: { type: 'integer' },
              status: { type: 'string' },
              updated_at: { type: 'string' },
              stage: { type: 'string' },
              done: { type: 'integer' },
              total: { type: 'integer' },
              estimated_remaining_seconds: { type: 'number', nullable: true },
              estimated_completion_at: { type: 'string', nullable: true },
              progress_rate_per_minute: { type: 'number', nullable: true },
            },
          },
          ...taskErrors,
        },
      },
    },
    async (request) => {
      const task = taskOf(request);
      return progressBody(task, outputsOf(ctx, task));
    },
  );

  app.get(
    '/api/task/',
    {
      schema: {
        tags: [TAG],
        summary: "The session's tasks, newest first",
        headers: sessionHeader,
        querystring: { type: 'object', additionalProperties: false, properties: { status: { type: 'string', enum: [...SPEC_STATUSES] } } },
        response: {
          200: {
            type: 'object',
            properties: { tasks: { type: 'array', items: looseObject }, total_count: { type: 'integer' }, session_id: { type: 'string' } },
          },
          ...sessionErrors,
        },
      },
    },
    async (request) => {
      const session = requireSession(sessions, request);
      const wanted = (request.query as { status?: SpecStatus }).status;
      const tasks = sessionTasks(ctx, session.id)
        .map((t) => listEntry(t, outputsOf(ctx, t)))
        .filter((t) => !wanted || t.status === wanted);
      return { tasks, total_count: tasks.length, session_id: session.id };
    },
  );

  app.post(
    '/api/task/:task_id/start',
    {
      schema: {
        tags: [TAG],
        summary: 'Start a task',
        description:
          'Uploads queue their task at once, and it starts when one of the system\'s slots (serve.taskConcurrency, 4) is free: start on a queued or processing task says so and changes nothing. On a failed or cancelled task it queues it again (as retry). A completed task is 409 TASK_ALREADY_COMPLETED.',
        headers: sessionHeader,
        params: taskParams,
        response: { 200: looseObject, ...taskErrors },
      },
    },
    async (request) => {
      let task = taskOf(request);
      if (task.status === 'completed') throw new HttpError(409, 'TASK_ALREADY_COMPLETED', `Task ${task.id} has completed; upload again to process again`);
      if (task.status === 'failed' || task.status === 'cancelled') ctx.queue.retry(task.id);
      task = ctx.queue.get(task.id) as ProcessTask;
      return { task_id: task.id, status: specStatus(task, []), message: 'Task queued for asynchronous processing', started_at: isoBeijing(task.startedAt) };
    },
  );

  app.post(
    '/api/task/:task_id/cancel',
    {
      schema: {
        tags: [TAG],
        summary: 'Cancel a queued or running task',
        description: 'The work in flight is aborted. A task that has already finished is 409 TASK_NOT_CANCELLABLE.',
        headers: sessionHeader,
        params: taskParams,
        response: { 200: looseObject, ...taskErrors },
      },
    },
    async (request) => {
      const task = taskOf(request);
      if (!ctx.queue.cancel(task.id)) throw new HttpError(409, 'TASK_NOT_CANCELLABLE', `Task ${task.id} has already ended (${specStatus(task, outputsOf(ctx, task))})`);
      return { task_id: task.id, status: 'cancelled', message: 'Task cancelled successfully', cancelled_at: isoBeijing(Date.now()) };
    },
  );

  app.post(
    '/api/task/:task_id/retry',
    {
      schema: {
        tags: [TAG],
        summary: 'Retry a failed or cancelled task',
        description: 'Runs it again from its uploaded files. Any other state is 409 TASK_NOT_RETRYABLE.',
        headers: sessionHeader,
        params: taskParams,
        response: { 200: looseObject, ...taskErrors },
      },
    },
    async (request) => {
      const task = taskOf(request);
      if (!ctx.queue.retry(task.id)) throw new HttpError(409, 'TASK_NOT_RETRYABLE', `only failed or cancelled tasks can be retried (this one is ${specStatus(task, outputsOf(ctx, task))})`);
      return { task_id: task.id, status: 'queued', message: 'Task queued for retry', retried_at: isoBeijing(Date.now()) };
    },
  );

  app.delete(
    '/api/task/:task_id',
    {
      schema: {
        tags: [TAG],
        summary: 'Delete a task and its files',
        description: 'A running task is aborted first. Uploaded files go too unless another task still uses them.',
        headers: sessionHeader,
        params: taskParams,
        response: { 200: looseObject, ...taskErrors },
      },
    },
    async (request) => {
      const task = taskOf(request);
      await ctx.queue.delete(task.id);
      return { message: `Task ${task.id} deleted successfully`, task_id: task.id, files_cleaned: true };
    },
  );

  app.get(
    '/api/task/statistics',
    {
      schema: {
        tags: [TAG],
        summary: "Statistics of the session's tasks",
        description: 'avg_processing_time_seconds: mean of (finished − started) over completed tasks; null when none has completed.',
        headers: sessionHeader,
        response: { 200: looseObject, ...sessionErrors },
      },
    },
    async (request) => {
      const session = requireSession(sessions, request);
      const tasks = sessionTasks(ctx, session.id);
      const status_counts = Object.fromEntries(SPEC_STATUSES.map((s) => [s, 0])) as Record<SpecStatus, number>;
      for (const t of tasks) status_counts[specStatus(t, outputsOf(ctx, t))]++;
      return { total_tasks: tasks.length, status_counts, avg_processing_time_seconds: averageSeconds(tasks), session_id: session.id };
    },
  );
}

const sessionTasks = (ctx: ServerContext, sessionId: string) => ctx.queue.list({ owner: ownerOf(sessionId), system: 'processor' }) as ProcessTask[];

/** Mean run time of completed tasks, in seconds (one decimal); null when there is none. */
export function averageSeconds(tasks: readonly ProcessTask[]): number | null {
  const times = tasks.filter((t) => t.status === 'completed' && t.startedAt && t.finishedAt).map((t) => (t.finishedAt! - t.startedAt!) / 1000);
  return times.length ? Math.round((times.reduce((a, b) => a + b, 0) / times.length) * 10) / 10 : null;
}
