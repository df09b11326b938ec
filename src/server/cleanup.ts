/**
 * TTL cleanup on a timer: expired files (never one a queued or running task reads or writes), then each
 * module's own expired rows (sessions, chunk uploads), then temp files and blobs without a row that a
 * killed process left behind.
 */
import type { ServerContext, ServerModule } from './context.js';
import { durationsMs } from './settings.js';

export async function cleanupOnce(ctx: ServerContext, modules: readonly ServerModule[], now = Date.now()): Promise<{ files: number; rows: number; temp: number; orphans: number }> {
  const expired = ctx.db
    .prepare(
      `SELECT id FROM files WHERE expires_at IS NOT NULL AND expires_at < ?
         AND id NOT IN (SELECT tf.file_id FROM task_files tf JOIN tasks t ON t.id = tf.task_id WHERE t.status IN ('queued', 'running'))`,
    )
    .pluck()
    .all(now) as string[];
  await ctx.files.remove(expired);
  let rows = 0;
  for (const m of modules) rows += (await m.cleanup?.(ctx, now)) ?? 0;
  // Temp files are written and renamed within one request or task; an hour-old one is an orphan.
  const temp = await ctx.blobs.clearTemp(60 * 60 * 1000);
  // Blobs with no row: a process killed between storing bytes and their row, or a row lost.
  const orphans = await ctx.files.sweepOrphanBlobs(60 * 60 * 1000, now);
  return { files: expired.length, rows, temp, orphans };
}

export function startCleanupTimer(ctx: ServerContext, modules: readonly ServerModule[]): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const removed = await cleanupOnce(ctx, modules);
      if (removed.files + removed.rows + removed.temp + removed.orphans > 0) ctx.log.info({ msg: 'cleanup', ...removed });
    } catch (err) {
      ctx.log.error({ msg: 'cleanup failed', err: String(err) });
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, durationsMs(ctx.settings).cleanupInterval);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
