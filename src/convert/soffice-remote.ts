/**
 * One LibreOffice pool for a process whose work runs on several threads (the server's task threads):
 * the pool lives where the runtime that owns it lives, and the other threads send it their jobs over a
 * MessagePort (core/remote-calls.ts). `convert.sofficeInstances` then bounds the process's office
 * instances, not each thread's. A job is plain data (paths on the shared disk, filter names).
 */
import type { MessagePort } from 'node:worker_threads';
import { InvoicectlError } from '../core/errors.js';
import { remoteCaller, serveCalls } from '../core/remote-calls.js';
import { sofficeAvailability, type SofficeJob, type SofficeRunner } from './soffice-pool.js';

interface Job {
  job: SofficeJob;
  timeoutMs?: number;
}

/** Runs the jobs that arrive on `port` on the pool `pool()` gives (made on the first job). */
export function serveSofficePool(pool: () => Promise<SofficeRunner>, port: MessagePort): void {
  serveCalls<Job, null>(port, async ({ job, timeoutMs }, signal) => {
    await (await pool()).run(job, { signal, timeoutMs });
    return null;
  });
}

/** The pool `serveSofficePool` serves on the other end of `port`, as this thread's LibreOffice pool. */
export function remoteSofficePool(port: MessagePort): SofficeRunner {
  const caller = remoteCaller<Job, null>(port);
  let disposed = false;
  const gone = () => new InvoicectlError('ENGINE_UNAVAILABLE', 'the LibreOffice pool has been disposed', { engine: 'libreoffice' });
  return {
    // The office runs beside this thread, on the same machine: what is installed here is installed there.
    available: () => sofficeAvailability(),
    version: undefined,
    async run(job, ctx = {}) {
      if (disposed) throw gone();
      await caller.call({ job, timeoutMs: ctx.timeoutMs }, ctx.signal);
    },
    async dispose() {
      disposed = true;
      caller.failAll(gone());
    },
  };
}
