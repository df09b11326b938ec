/** POST /api/session, GET /api/health, GET /api/upload/limits: the routes that need no session. */
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { checkHealth } from '../../health.js';
import { isoBeijing } from '../../http/time.js';
import type { SessionStore } from '../sessions.js';
import { UPLOAD_LIMITS } from '../upload-checks.js';
import { TAG, errorSchema } from './common.js';

export async function sessionRoutes(app: FastifyInstance, ctx: ServerContext, sessions: SessionStore): Promise<void> {
  app.post(
    '/api/session',
    {
      schema: {
        tags: [TAG],
        summary: 'Create a session',
        description: 'Every other call names the session in the X-Session-ID header. Sessions last serve.sessionTtlHours (72 h); their tasks and files go with them.',
        response: {
          200: {
            type: 'object',
            properties: { session_id: { type: 'string' }, created_at: { type: 'string' }, expires_in_hours: { type: 'number' } },
            example: { session_id: 'session_9f86d081884c7d659a2feaa0c55ad015_1703123456789', created_at: '2024-12-18T10:30:45+08:00', expires_in_hours: 72 },
          },
          429: errorSchema,
        },
      },
    },
    async () => {
      const session = sessions.create();
      return { session_id: session.id, created_at: isoBeijing(session.createdAt), expires_in_hours: ctx.settings.sessionTtlHours };
    },
  );

  app.get(
    '/api/health',
    {
      config: { rateLimit: false },
      schema: {
        tags: [TAG],
        summary: 'Health of the system',
        description:
          'Probed on each call: file_storage writes, reads back and removes a file in the data directory; database runs a query; queue is healthy while tasks are taken; redis is "not_used" unless the server runs with --redis (then a real PING and BullMQ counts); engines lists the engines of the server (started on first use, started again when found dead, "failed" after too many restarts). 503 when anything is unhealthy.',
        response: {
          200: healthSchema,
          503: healthSchema,
        },
      },
    },
    async (_request, reply) => {
      const report = await checkHealth(ctx);
      reply.status(report.healthy ? 200 : 503);
      return {
        status: report.healthy ? 'healthy' : 'unhealthy',
        services: { redis: report.redis, file_storage: report.file_storage, database: report.database, queue: report.queue },
        engines: report.engines,
        problems: report.problems,
        timestamp: Date.now() / 1000,
      };
    },
  );

  app.get(
    '/api/upload/limits',
    {
      schema: {
        tags: [TAG],
        summary: 'Upload limits',
        response: {
          200: {
            type: 'object',
            properties: {
              max_file_size: { type: 'integer' },
              max_file_size_mb: { type: 'number' },
              allowed_content_types: { type: 'array', items: { type: 'string' } },
              allowed_extensions: { type: 'array', items: { type: 'string' } },
            },
          },
        },
      },
    },
    async () => ({
      max_file_size: UPLOAD_LIMITS.maxFileBytes,
      max_file_size_mb: UPLOAD_LIMITS.maxFileBytes / (1024 * 1024),
      allowed_content_types: UPLOAD_LIMITS.contentTypes,
      allowed_extensions: UPLOAD_LIMITS.extensions,
    }),
  );
}

export const healthSchema = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: ['healthy', 'unhealthy'] },
    services: {
      type: 'object',
      properties: {
        redis: { type: 'string', enum: ['healthy', 'unhealthy', 'not_used'] },
        file_storage: { type: 'string', enum: ['healthy', 'unhealthy'] },
        database: { type: 'string', enum: ['healthy', 'unhealthy'] },
        queue: { type: 'string', enum: ['healthy', 'unhealthy'] },
      },
    },
    engines: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          name: { type: 'string' },
          state: { type: 'string', enum: ['stopped', 'running', 'dead', 'failed'] },
          restarts: { type: 'integer' },
          processes: { type: 'integer' },
        },
      },
    },
    problems: { type: 'array', items: { type: 'string' } },
    timestamp: { type: 'number' },
  },
  example: { status: 'healthy', services: { redis: 'not_used', file_storage: 'healthy', database: 'healthy', queue: 'healthy' }, problems: [], timestamp: 1703123456.789 },
} as const;
