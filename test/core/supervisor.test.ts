/**
 * The engines' supervisor, with real child processes as the engine: started on first use, started again
 * after its process is killed, not restarted past the crash-loop bound, all stopped by stopAll().
 */
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { Supervisor, type EngineSpec } from '../../src/core/supervisor.js';
import { isRunning } from '../helpers/processes.js';

/** An engine that is one process waiting for ever. */
function sleeper(name: string, starts: ChildProcess[]): EngineSpec<ChildProcess> {
  return {
    name,
    start: async () => {
      const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1e9)'], { stdio: 'ignore' });
      await once(child, 'spawn');
      starts.push(child);
      return child;
    },
    alive: (child) => child.exitCode === null && child.signalCode === null,
    pids: (child) => [child.pid!],
    stop: async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = once(child, 'exit');
      child.kill('SIGKILL');
      await exited;
    },
  };
}

async function kill(child: ChildProcess): Promise<void> {
  const exited = once(child, 'exit');
  process.kill(child.pid!, 'SIGKILL');
  await exited;
}

describe('Supervisor', () => {
  it('starts on first use, reports the process, restarts a killed one on next use, stops all', async () => {
    const supervisor = new Supervisor();
    const starts: ChildProcess[] = [];
    const engine = supervisor.register(sleeper('sleeper', starts));
    expect(supervisor.state()).toEqual([{ name: 'sleeper', state: 'stopped', restarts: 0, pids: [] }]);

    const [a, b] = await Promise.all([engine.use(), engine.use()]);
    expect(a).toBe(b); // one start for callers at once
    expect(supervisor.state()[0]).toMatchObject({ state: 'running', pids: [a.pid] });

    await kill(a);
    expect(supervisor.state()[0]).toMatchObject({ state: 'dead', pids: [] });
    const again = await engine.use();
    expect(again.pid).not.toBe(a.pid);
    expect(isRunning(again.pid!)).toBe(true);
    expect(supervisor.state()[0]).toMatchObject({ state: 'running', restarts: 1, pids: [again.pid] });

    await supervisor.stopAll();
    expect(starts.every((c) => !isRunning(c.pid!))).toBe(true);
    expect(supervisor.state()[0]).toMatchObject({ state: 'stopped', pids: [] });
  });

  it('stops restarting an engine that keeps dying, with ENGINE_UNAVAILABLE', async () => {
    const supervisor = new Supervisor({ maxRestarts: 1, windowMs: 3_600_000 });
    const starts: ChildProcess[] = [];
    const engine = supervisor.register(sleeper('fragile', starts));
    await kill(await engine.use());
    await kill(await engine.use()); // the one restart allowed
    await expect(engine.use()).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE', details: { engine: 'fragile' } });
    expect(supervisor.state()[0]).toMatchObject({ state: 'failed', restarts: 1, problem: expect.stringMatching(/2 times/) });
    expect(starts).toHaveLength(2);
    await supervisor.stopAll();
  });

  it('tries a failed start again on the next use', async () => {
    const supervisor = new Supervisor();
    let calls = 0;
    const engine = supervisor.register({ name: 'flaky', start: () => (++calls === 1 ? Promise.reject(new Error('no model')) : { ok: true }), stop: () => {} });
    await expect(engine.use()).rejects.toThrow('no model');
    expect(supervisor.state()[0]).toMatchObject({ state: 'failed', problem: 'start failed: no model' });
    await expect(engine.use()).resolves.toEqual({ ok: true });
    expect(supervisor.state()[0]).toMatchObject({ state: 'running', restarts: 1 });
  });

  it('useNow() hands over an engine that starts at once, the same one until it is stopped', async () => {
    const supervisor = new Supervisor();
    const stopped: number[] = [];
    let n = 0;
    const pool = supervisor.register({ name: 'threads', start: () => ({ id: ++n }), stop: (p) => void stopped.push(p.id) });
    expect(pool.useNow()).toBe(pool.useNow());
    expect(supervisor.state()[0]).toMatchObject({ state: 'running', restarts: 0 });
    await supervisor.stopAll();
    expect(stopped).toEqual([1]);
    expect(pool.useNow()).toEqual({ id: 2 });
    const slow = supervisor.register({ name: 'slow', start: async () => 1, stop: () => {} });
    expect(() => slow.useNow()).toThrow(/asynchronously/);
  });
});
