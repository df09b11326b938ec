/**
 * Work in a contained child: a child that dies (here of V8's fatal "invalid size" abort, which no catch
 * and no worker heap cap stops) fails its request with the caller's error; the parent and the next
 * request go on. Needs the build (the fixture loads dist/core/contained-child.js).
 */
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { childPool } from '../../src/core/contained-child.js';
import { InvoicectlError } from '../../src/core/errors.js';

const SCRIPT = fileURLToPath(new URL('./fixtures/contained-child.mjs', import.meta.url));
const options = {
  deadlineMs: 120_000,
  died: (how: string) => new InvoicectlError('PDF_CORRUPT', `the child died (${how})`),
  timedOut: () => new InvoicectlError('ENGINE_TIMEOUT', 'late'),
};

it('a child that aborts fails its request alone; the pool answers the next one', async () => {
  // A small heap: the array reaches V8's limit sooner.
  const pool = childPool(SCRIPT, { maxIdle: 1, maxRunning: 1, execArgv: ['--max-old-space-size=64'] });
  await expect(pool.run({ grow: true }, options)).rejects.toMatchObject({ code: 'PDF_CORRUPT', message: expect.stringMatching(/the child died \(exit (SIG\w+|\d+)\)/) });
  await expect(pool.run({ echo: 'still here' }, options)).resolves.toEqual({ ok: true, echo: 'still here' });
});

it('an abort ends the child at once with ABORTED', async () => {
  const pool = childPool(SCRIPT, { maxIdle: 1 });
  const controller = new AbortController();
  const running = pool.run({ spin: true }, { ...options, signal: controller.signal });
  // Aborted once a child has the work: an abort before that never starts one.
  while (pool.pids().length === 0) await new Promise((r) => setImmediate(r));
  const [pid] = pool.pids();
  controller.abort();
  await expect(running).rejects.toMatchObject({ code: 'ABORTED' });
  // The spinning child never ends by itself: it is gone only if the abort killed it.
  while (pool.pids().includes(pid!)) await new Promise((r) => setTimeout(r, 20));
});

it('a child past its deadline ends itself even when no parent is left to kill it', async () => {
  // Forked directly, never killed from here: as when the thread that ran the pool was terminated.
  const child = fork(SCRIPT, [], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  const exited = once(child, 'exit');
  child.send({ deadlineMs: 200, message: { spin: true } });
  const [code, signal] = await exited;
  expect([code, signal]).toEqual([null, 'SIGKILL']);
});
