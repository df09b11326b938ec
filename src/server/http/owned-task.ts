/**
 * A task looked up for a client: one of another spec's tasks is no task of this one, and a task of
 * another owner is answered like a missing one (a client never learns another's task IDs exist).
 */
import type { Task } from '../queue/task.js';
import type { TaskQueue } from '../queue/task-queue.js';

/** The task `id` when it belongs to `system`; undefined otherwise. */
export function systemTask<I = unknown, R = unknown>(queue: TaskQueue, system: string, id: string): Task<I, R> | undefined {
  const task = queue.get<I, R>(id);
  return task?.system === system ? task : undefined;
}

/** The task `id` of `system` when `owner` owns it; `notFound()` is thrown otherwise. */
export function ownedTask<I = unknown, R = unknown>(queue: TaskQueue, system: string, owner: string, id: string, notFound: () => Error): Task<I, R> {
  const task = systemTask<I, R>(queue, system, id);
  if (!task || task.owner !== owner) throw notFound();
  return task;
}
