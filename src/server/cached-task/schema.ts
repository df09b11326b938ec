/** cached-task-api.md's shapes: the task states, the error body, the task path parameter. */
export const STATES = ['pending', 'running', 'converting', 'packaging', 'done', 'failed'] as const;
export const errorSchema = { type: 'object', properties: { code: { type: 'integer' }, data: {}, msg: { type: 'string' } } } as const;
export const taskParams = { type: 'object', required: ['task_id'], properties: { task_id: { type: 'string' } } } as const;
