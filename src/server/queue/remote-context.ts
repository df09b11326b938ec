/**
 * The TaskContext of a task run away from the queue's database: on a server task thread or in an
 * `invoicectl worker` thread. Outputs go to the shared blob store and are collected here, for the
 * queue to record when the task ends.
 */
import { randomUUID } from 'node:crypto';
import type { TaskEnv } from '../context.js';
import type { FileRow } from '../store/files.js';
import type { RemoteOutput, Task } from './task.js';
import type { TaskContext } from './task-queue.js';

export function remoteTaskContext(
  env: TaskEnv,
  task: Task,
  inputFiles: FileRow[],
  signal: AbortSignal,
  progress: TaskContext['progress'],
): { ctx: TaskContext; outputs: RemoteOutput[] } {
  const outputs: RemoteOutput[] = [];
  const ctx: TaskContext = {
    task,
    signal,
    progress,
    inputFiles: () => inputFiles,
    pathOf: (file) => env.blobs.pathOf(file.sha256),
    addOutput: async (file, meta) => {
      const blob = await env.blobs.putFile(file);
      const now = Date.now();
      const record: RemoteOutput = { id: meta.id ?? randomUUID(), name: meta.name, mime: meta.mime, sha256: blob.sha256, size: blob.size, ttlMs: meta.ttlMs ?? null };
      outputs.push(record);
      return { ...record, owner: task.owner, created_at: now, expires_at: record.ttlMs ? now + record.ttlMs : null } satisfies FileRow;
    },
  };
  return { ctx, outputs };
}
