/** GET /api/task/queue/stats and POST /api/task/queue/health: the system's queue, measured. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { checkHealth } from '../../health.js';
import { isoBeijing, startOfBeijingDay } from '../../http/time.js';
import { requireSession, type SessionStore } from '../sessions.js';
import type { ProcessTask } from '../shapes.js';
import { averageSeconds } from './tasks.js';
import { TAG, sessionErrors, sessionHeader } from './common.js';

export async function queueRoutes(app: FastifyInstance, ctx: ServerContext, sessions: SessionStore): Promise<void> {
  app.get(
    '/api/task/queue/stats',
    {
      schema: {
        tags: [TAG],
        summary: 'Queue statistics (the whole system, not only this session)',
        description:
          '"today" is the calendar day in Beijing time. average_processing_time: mean seconds from start to end of the tasks completed today (null when none). queue_health: healthy, or unhealthy with the storage, database or queue down.',
        headers: sessionHeader,
        response: {
          200: {
            type: 'object',
            properties: {
              queued_tasks: { type: 'integer' },
              processing_tasks: { type: 'integer' },
              completed_tasks_today: { type: 'integer' },
              failed_tasks_today: { type: 'integer' },
              average_processing_time: { type: 'number', nullable: true },
              queue_health: { type: 'string', enum: ['healthy', 'unhealthy'] },
            },
          },
          ...sessionErrors,
        },
      },
    },
    async (request) => {
      requireSession(sessions, request);
      const counts = ctx.queue.counts('processor');
      const today = startOfBeijingDay(Date.now());
      const endedToday = ctx.queue.finishedSince('processor', today) as ProcessTask[];
      const health = await checkHealth(ctx);
      return {
        queued_tasks: counts.queued,
        processing_tasks: counts.running,
        completed_tasks_today: endedToday.filter((t) => t.status === 'completed').length,
        failed_tasks_today: endedToday.filter((t) => t.status === 'failed').length,
        average_processing_time: averageSeconds(endedToday),
        queue_health: health.healthy ? 'healthy' : 'unhealthy',
      };
    },
  );

  app.post(
    '/api/task/queue/health',
    {
      schema: {
        tags: [TAG],
        summary: 'Check the queue system',
        description:
          'redis_connection: "ok" or "error" with --redis, "not_used" without (tasks then run in the server). celery_workers: with --redis, the invoicectl worker processes connected to Redis; without, the task slots of this server (serve.taskConcurrency). queue_size: tasks waiting.',
        headers: sessionHeader,
        response: {
          200: {
            type: 'object',
            properties: {
              healthy: { type: 'boolean' },
              redis_connection: { type: 'string', enum: ['ok', 'error', 'not_used'] },
              celery_workers: { type: 'integer' },
              queue_size: { type: 'integer' },
              problems: { type: 'array', items: { type: 'string' } },
              timestamp: { type: 'string' },
            },
          },
          ...sessionErrors,
        },
      },
    },
    async (request) => {
      requireSession(sessions, request);
      const health = await checkHealth(ctx);
      const remote = ctx.queue.remote ? await ctx.queue.remote.stats() : undefined;
      return {
        healthy: health.healthy,
        redis_connection: health.redis === 'not_used' ? 'not_used' : health.redis === 'healthy' ? 'ok' : 'error',
        celery_workers: remote ? remote.workers : ctx.queue.slots,
        queue_size: ctx.queue.counts('processor').queued,
        problems: health.problems,
        timestamp: isoBeijing(Date.now()),
      };
    },
  );
}
