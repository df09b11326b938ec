/**
 * What the API server and `invoicectl worker` agree on when tasks travel through Redis (BullMQ): the
 * queue's name, the job's data and return value, the channel cancellations are announced on, and how an
 * error crosses the process boundary with its stable code.
 */
import { Redis } from 'ioredis';
import { InvoicectlError, isInvoicectlError, toErrorInfo, type ErrorInfo } from '../../core/errors.js';
import type { FileRow } from '../store/files.js';
import type { Task, RemoteOutput } from './task-queue.js';

export const QUEUE_NAME = 'invoicectl-tasks';
export const CANCEL_CHANNEL = 'invoicectl:cancel';

export interface JobData {
  task: Task;
  inputFiles: FileRow[];
}

/** An output a worker stored in the shared blob store; the server records its row when the job completes. */
export type OutputRecord = RemoteOutput;

export interface JobResult {
  result: unknown;
  outputs: OutputRecord[];
}

/** ioredis connection options from a redis:// URL; BullMQ needs maxRetriesPerRequest null on workers. */
export function connectRedis(url: string, options: { forWorker?: boolean } = {}): Redis {
  const parsed = new URL(url);
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') {
    throw new InvoicectlError('INVALID_OPTION', `--redis must be a redis:// URL (got "${url}")`);
  }
  return new Redis(url, { maxRetriesPerRequest: options.forWorker ? null : 3, lazyConnect: false, enableOfflineQueue: true });
}

/**
 * Errors travel as "CODE: message" (BullMQ keeps only a message). Bad input and a user's cancel are
 * final; engine trouble and a worker shutting down are tried again (elsewhere, with backoff).
 */
export function errorForJob(err: unknown, why: 'failed' | 'cancelled' | 'shutdown' = 'failed'): Error {
  if (why === 'shutdown') return new Error('INTERNAL_ERROR: the worker stopped; the task runs again');
  const info = why === 'cancelled' ? { code: 'ABORTED', message: 'cancelled' } : toErrorInfo(err);
  const e = new Error(`${info.code}: ${info.message}`);
  if (why === 'cancelled' || (isInvoicectlError(err) && !TRANSIENT.has(err.code))) e.name = 'UnrecoverableError';
  return e;
}

export function errorFromJob(failedReason: string | undefined): ErrorInfo {
  const m = /^([A-Z][A-Z_]+): ([\s\S]*)$/.exec(failedReason ?? '');
  return m ? { code: m[1] as ErrorInfo['code'], message: m[2] } : { code: 'INTERNAL_ERROR', message: failedReason || 'the worker failed' };
}

/** Failures worth another attempt on another worker (with backoff); everything else is the input's fault. */
const TRANSIENT = new Set(['ENGINE_FAILED', 'ENGINE_TIMEOUT', 'ENGINE_UNAVAILABLE', 'CACHE_ERROR', 'INTERNAL_ERROR', 'OCR_FAILED']);
