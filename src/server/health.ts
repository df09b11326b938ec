/**
 * The real state of what the server depends on, for the health routes of every spec: the file storage
 * (a probe file written, read back and removed), the database, the task queue and, with `--redis`,
 * Redis (a PING and BullMQ's counts); without it Redis is reported as not used, never as healthy. The
 * runtime's engines as its supervisor sees them: one that kept dying and is no longer restarted makes
 * the server unhealthy.
 */
import fs from 'node:fs/promises';
import type { ServerContext } from './context.js';
import type { EngineStatus } from '../core/supervisor.js';

export type ComponentState = 'healthy' | 'unhealthy' | 'not_used';

export interface HealthReport {
  healthy: boolean;
  file_storage: ComponentState;
  database: ComponentState;
  queue: ComponentState;
  redis: ComponentState;
  /** The server runtime's engines (core/supervisor.ts): started on first use, so "stopped" is normal. */
  engines: { name: string; state: EngineStatus; restarts: number; processes: number }[];
  /** Why a component is unhealthy. */
  problems: string[];
}

export async function checkHealth(ctx: ServerContext): Promise<HealthReport> {
  const problems: string[] = [];
  const file_storage = await probeStorage(ctx).catch((err: Error) => {
    problems.push(`file storage: ${err.message}`);
    return 'unhealthy' as const;
  });
  let database: ComponentState = 'healthy';
  try {
    ctx.db.prepare('SELECT 1').get();
  } catch (err) {
    database = 'unhealthy';
    problems.push(`database: ${(err as Error).message}`);
  }
  let redis: ComponentState = 'not_used';
  const remote = ctx.queue.remote;
  if (remote) {
    const stats = await remote.stats();
    redis = stats.healthy ? 'healthy' : 'unhealthy';
    if (stats.problem) problems.push(`redis: ${stats.problem}`);
  }
  const queue: ComponentState = database === 'healthy' && ctx.queue.isAccepting && redis !== 'unhealthy' ? 'healthy' : 'unhealthy';
  if (!ctx.queue.isAccepting) problems.push('queue: not taking tasks (shutting down)');
  const engines = ctx.runtime.engines().map((e) => {
    if (e.state === 'failed') problems.push(`engine ${e.name}: ${e.problem}`);
    return { name: e.name, state: e.state, restarts: e.restarts, processes: e.pids.length };
  });
  const healthy = file_storage === 'healthy' && database === 'healthy' && queue === 'healthy' && engines.every((e) => e.state !== 'failed');
  return { healthy, file_storage, database, queue, redis, engines, problems };
}

async function probeStorage(ctx: ServerContext): Promise<'healthy'> {
  const probe = ctx.blobs.tempPath('.health');
  const token = String(Date.now());
  try {
    await fs.writeFile(probe, token);
    if ((await fs.readFile(probe, 'utf8')) !== token) throw new Error('read back something else than was written');
    return 'healthy';
  } finally {
    await fs.rm(probe, { force: true });
  }
}
