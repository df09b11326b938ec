/**
 * The health report lists the runtime's engines as its supervisor sees them; an engine no longer
 * restarted (it kept dying) is a problem and makes the server unhealthy.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Supervisor } from '../../src/core/supervisor.js';
import type { ServerContext } from '../../src/server/context.js';
import { checkHealth } from '../../src/server/health.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'health-engines-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What checkHealth reads of a server: a data directory, a database that answers, a queue that takes tasks, the runtime's engines. */
function context(supervisor: Supervisor): ServerContext {
  let n = 0;
  return {
    blobs: { tempPath: (suffix: string) => path.join(dir, `${++n}${suffix}`) },
    db: { prepare: () => ({ get: () => ({}) }) },
    queue: { isAccepting: true, remote: undefined },
    runtime: { engines: () => supervisor.state() },
  } as unknown as ServerContext;
}

describe('health of the engines', () => {
  it('reports each engine, and one past its restart bound as a problem', async () => {
    const supervisor = new Supervisor({ maxRestarts: 0 });
    const ok = supervisor.register({ name: 'threads', start: () => ({}), stop: () => {} });
    const broken = supervisor.register({ name: 'office', start: () => Promise.reject(new Error('soffice not found')), stop: () => {} });
    ok.useNow();
    const before = await checkHealth(context(supervisor));
    expect(before).toMatchObject({ healthy: true, engines: [{ name: 'threads', state: 'running', restarts: 0, processes: 0 }, { name: 'office', state: 'stopped' }], problems: [] });

    await expect(broken.use()).rejects.toThrow('soffice not found');
    await expect(broken.use()).rejects.toMatchObject({ code: 'ENGINE_UNAVAILABLE' });
    const after = await checkHealth(context(supervisor));
    expect(after.healthy).toBe(false);
    expect(after.engines[1]).toMatchObject({ name: 'office', state: 'failed' });
    expect(after.problems).toEqual([expect.stringMatching(/^engine office: died or failed to start 1 time within 60 s/)]);
  });
});
