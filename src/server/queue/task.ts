/** A task as the queue records it, and an output a task stored from another thread or process. */
import type { ErrorInfo } from '../../core/errors.js';

export type TaskStatus = 'queued' | 'running' | 'completed' | 'failed' | 'cancelled';

export interface Task<I = unknown, R = unknown> {
  id: string;
  system: string;
  kind: string;
  owner: string;
  status: TaskStatus;
  input: I;
  result: R | null;
  error: ErrorInfo | null;
  stage: string | null;
  done: number;
  total: number;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

/** An output file a remote worker stored in the shared blob store. */
export interface RemoteOutput {
  id: string;
  name: string;
  mime: string;
  sha256: string;
  size: number;
  ttlMs: number | null;
}
