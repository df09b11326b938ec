/**
 * A task as the queue records it, an output a task stored from another thread or process, and the
 * error of a run stopped at its deadline, wherever it ran.
 */
import { InvoicectlError, type ErrorInfo } from '../../core/errors.js';

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

/** A run stopped at its deadline (serve.taskTimeoutSeconds): in this process or in a Redis worker. */
export function taskTimeoutError(limitMs: number): InvoicectlError {
  return new InvoicectlError('TASK_TIMEOUT', `the task ran longer than its limit of ${limitMs / 1000} s (serve.taskTimeoutSeconds) and was stopped; nothing it made was kept`, { timeoutMs: limitMs });
}
