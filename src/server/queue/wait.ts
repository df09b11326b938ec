/** Waiting for a task to end, for routes that answer with the result when it comes quickly. */
import type { Task, TaskQueue } from './task-queue.js';

const ENDED = new Set(['completed', 'failed', 'cancelled']);

/** The task once it has ended, or as it is after `timeoutMs` (still queued or running). */
export function waitForTask<I, R>(queue: TaskQueue, id: string, timeoutMs: number): Promise<Task<I, R> | undefined> {
  return new Promise((resolve) => {
    const finish = () => {
      clearTimeout(timer);
      queue.off('update', onUpdate);
      resolve(queue.get<I, R>(id));
    };
    const onUpdate = (updated: string) => {
      if (updated === id && ENDED.has(queue.get(id)?.status ?? 'completed')) finish();
    };
    const timer = setTimeout(finish, timeoutMs);
    queue.on('update', onUpdate);
    // It may have ended before we listened.
    if (ENDED.has(queue.get(id)?.status ?? 'completed')) finish();
  });
}
