/**
 * The queue's tasks as processor-api.md shows them. Statuses: queued → `queued`, running →
 * `processing`, completed → `completed` (or `expired` once its results were deleted after the file
 * TTL), failed → `failed`, cancelled → `cancelled` (the spec's cancel response uses that word).
 */
import type { ProcessInvoicesResult } from '../../api/process-invoices.js';
import type { Task } from '../queue/task-queue.js';
import { progressOf } from '../queue/progress.js';
import type { FileRow } from '../store/files.js';
import { isoBeijing } from '../http/time.js';

export type SpecStatus = 'queued' | 'processing' | 'completed' | 'failed' | 'expired' | 'cancelled';
export const SPEC_STATUSES: readonly SpecStatus[] = ['queued', 'processing', 'completed', 'failed', 'expired', 'cancelled'];

export interface ProcessTaskInput {
  session: string;
  layout: Record<string, unknown>;
  fileCount: number;
}
export type ProcessTask = Task<ProcessTaskInput, ProcessTaskResult>;
export type ProcessTaskResult = Omit<ProcessInvoicesResult, 'files'>;

export function specStatus(task: ProcessTask, outputs: readonly FileRow[]): SpecStatus {
  switch (task.status) {
    case 'queued':
      return 'queued';
    case 'running':
      return 'processing';
    case 'completed':
      return outputs.length > 0 ? 'completed' : 'expired';
    default:
      return task.status;
  }
}

export const downloadUrl = (taskId: string, name: string) => `/api/download/${taskId}/${encodeURIComponent(name)}`;

/** GET /api/task/{id}/status */
export function statusBody(task: ProcessTask, outputs: readonly FileRow[]) {
  const status = specStatus(task, outputs);
  return {
    taskId: task.id,
    status,
    progress: progressOf(task).percent,
    createdAt: isoBeijing(task.createdAt),
    updatedAt: isoBeijing(task.updatedAt),
    completedAt: task.status === 'completed' ? isoBeijing(task.finishedAt) : null,
    fileCount: task.input.fileCount,
    downloadUrls: status === 'completed' ? outputs.map((f) => downloadUrl(task.id, f.name)) : [],
    ...(task.error ? { message: task.error.message, error_code: task.error.code } : {}),
    ...(task.result ? { summary: { sheets: task.result.sheets, ...task.result.counts }, documents: task.result.documents } : {}),
  };
}

/** GET /api/task/{id}/progress */
export function progressBody(task: ProcessTask, outputs: readonly FileRow[], now = Date.now()) {
  const figures = progressOf(task, now);
  return {
    task_id: task.id,
    progress: figures.percent,
    status: specStatus(task, outputs),
    updated_at: isoBeijing(task.updatedAt),
    stage: task.stage ?? stageOf(task),
    done: task.done,
    total: task.total,
    estimated_remaining_seconds: figures.etaSeconds,
    estimated_completion_at: task.status === 'completed' ? isoBeijing(task.finishedAt) : figures.etaSeconds === null ? null : isoBeijing(now + figures.etaSeconds * 1000),
    progress_rate_per_minute: figures.ratePerMinute,
  };
}

/** One row of GET /api/task/ */
export function listEntry(task: ProcessTask, outputs: readonly FileRow[]) {
  return {
    task_id: task.id,
    status: specStatus(task, outputs),
    progress: progressOf(task).percent,
    created_at: isoBeijing(task.createdAt),
    updated_at: isoBeijing(task.updatedAt),
    completed_at: task.status === 'completed' ? isoBeijing(task.finishedAt) : null,
    file_count: task.input.fileCount,
  };
}

function stageOf(task: ProcessTask): string {
  switch (task.status) {
    case 'queued':
      return 'Waiting in queue';
    case 'running':
      return 'Starting';
    case 'completed':
      return 'Completed';
    case 'failed':
      return 'Failed';
    default:
      return 'Cancelled';
  }
}
