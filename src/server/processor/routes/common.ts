/** Schema pieces and lookups every processor-api route shares. */
import type { ServerContext } from '../../context.js';
import { HttpError } from '../../http/errors.js';
import { ownedTask } from '../../http/owned-task.js';
import type { FileRow } from '../../store/files.js';
import { ownerOf } from '../sessions.js';
import type { ProcessTask } from '../shapes.js';

export const TAG = 'processor-api';

export const errorSchema = {
  type: 'object',
  description: 'processor-api.md error format',
  properties: { error: { type: 'boolean' }, code: { type: 'string' }, message: { type: 'string' } },
  example: { error: true, code: 'MISSING_SESSION_ID', message: 'Session ID is required' },
} as const;

/** Error responses a session route may give, for the OpenAPI document. */
export const sessionErrors = { 400: errorSchema, 401: errorSchema, 429: errorSchema, 500: errorSchema } as const;

export const sessionHeader = {
  type: 'object',
  properties: { 'x-session-id': { type: 'string', description: 'From POST /api/session (or the `session` query parameter on downloads)' } },
} as const;

export const taskParams = {
  type: 'object',
  required: ['task_id'],
  properties: { task_id: { type: 'string', description: 'The taskId an upload returned', example: '550e8400-e29b-41d4-a716-446655440000' } },
} as const;

/** The session's task with this ID; another session's task is TASK_NOT_FOUND, exactly like a missing one. */
export function ownTask(ctx: ServerContext, sessionId: string, taskId: string): ProcessTask {
  return ownedTask(ctx.queue, 'processor', ownerOf(sessionId), taskId, () => new HttpError(404, 'TASK_NOT_FOUND', `Task ${taskId} not found`)) as ProcessTask;
}

export const outputsOf = (ctx: ServerContext, task: ProcessTask): FileRow[] => ctx.files.filesOf(task.id, 'output');
