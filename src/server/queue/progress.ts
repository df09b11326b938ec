import type { Task } from './task-queue.js';

export interface ProgressFigures {
  /** 0..100; 100 only once the task completed. */
  percent: number;
  /** Units (files, pages) done per minute so far; null before the first is done. */
  ratePerMinute: number | null;
  /** From the measured rate; null when there is no rate yet or the task is not running. */
  etaSeconds: number | null;
}

/** Progress a client can trust: counted units, the rate measured since the task started, and an estimate from it. */
export function progressOf(task: Task, now = Date.now()): ProgressFigures {
  if (task.status === 'completed') return { percent: 100, ratePerMinute: rate(task, task.finishedAt ?? now), etaSeconds: 0 };
  const percent = task.total > 0 ? Math.min(99, Math.floor((task.done / task.total) * 100)) : 0;
  const perMinute = task.status === 'running' ? rate(task, now) : null;
  const etaSeconds = perMinute && task.total > task.done ? Math.round(((task.total - task.done) / perMinute) * 60) : null;
  return { percent, ratePerMinute: perMinute, etaSeconds };
}

function rate(task: Task, until: number): number | null {
  if (!task.startedAt || task.done === 0) return null;
  const minutes = Math.max(until - task.startedAt, 1) / 60_000;
  return Math.round((task.done / minutes) * 10) / 10;
}
