/**
 * A runtime's engines under its supervisor: each reports the processes it runs; one whose process is
 * killed (SIGKILL) is started again on the next call, which succeeds; dispose() leaves none running.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { createRuntime, type Runtime } from '../../src/runtime.js';
// @ts-expect-error: a plain ESM helper shared with bench/ocr
import { scanPage } from '../../fixtures/scan.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const WESTERN = path.join(ROOT, 'fixtures', 'western', 'invoice-en-usd.pdf');

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Waits for the runtime to see what happened to an engine (its child's exit event), polling its report. */
async function until(runtime: Runtime, name: string, state: string): Promise<void> {
  while (runtime.engines().find((e) => e.name === name)?.state !== state) await new Promise((r) => setTimeout(r, 20));
}

const engine = (runtime: Runtime, name: string) => runtime.engines().find((e) => e.name === name)!;

describe('runtime engines', () => {
  let runtime: Runtime;
  let page: Uint8Array;
  beforeAll(async () => {
    page = await scanPage(WESTERN);
    runtime = createRuntime({ cache: null });
  });
  afterAll(() => runtime.dispose());

  it('restarts the PaddleOCR host killed with SIGKILL on the next page, and dispose() ends it', async () => {
    expect(engine(runtime, 'paddle')).toMatchObject({ state: 'stopped', pids: [] });
    const first = await (await runtime.paddle()).recognize(page);
    expect(first.text).toMatch(/invoice/i);
    const [pid] = engine(runtime, 'paddle').pids;
    expect(pid).toBeGreaterThan(0);
    expect(isRunning(pid!)).toBe(true);

    process.kill(pid!, 'SIGKILL');
    await until(runtime, 'paddle', 'dead');
    const again = await (await runtime.paddle()).recognize(page);
    expect(again.text).toBe(first.text);
    const restarted = engine(runtime, 'paddle');
    expect(restarted).toMatchObject({ state: 'running', restarts: 1 });
    expect(restarted.pids).toHaveLength(1);
    expect(restarted.pids[0]).not.toBe(pid);

    await runtime.dispose();
    expect(engine(runtime, 'paddle')).toMatchObject({ state: 'stopped', pids: [] });
    expect(isRunning(pid!)).toBe(false);
    expect(isRunning(restarted.pids[0]!)).toBe(false);
  });
});
