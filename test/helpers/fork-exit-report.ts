/**
 * Says why a test process ends while a test is running. Vitest reports only "Worker exited
 * unexpectedly" when the process running a test file goes away (seen in test/ocr/pool.test.ts, in CI
 * and in 2 of 6 full runs here, never alone); this prints the exit code, who called process.exit, or
 * the signal, with the test that was running. A SIGKILL or a native crash leaves no trace here: for
 * those, the file and test are left in runningFile(pid), which fork-signals.ts (in vitest's process)
 * prints with the signal.
 */
import fs from 'node:fs';
import { afterEach, beforeEach } from 'vitest';
import { runningFile } from './fork-running.js';

let running: string | undefined;
beforeEach((ctx) => {
  running = ctx.task.name;
  fs.writeFileSync(runningFile(process.pid), `${ctx.task.file.name}: "${running}"`);
});
afterEach(() => {
  running = undefined;
  fs.rmSync(runningFile(process.pid), { force: true });
});

const say = (what: string) => fs.writeSync(2, `[test process ${process.pid}] ${what} during "${running}"\n`);
const marker = Symbol.for('invoicectl.fork-exit-report');
const g = globalThis as { [marker]?: boolean };
if (!g[marker]) {
  g[marker] = true; // once per process, whichever test file runs first in it
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    if (running) say(`process.exit(${code}) called:\n${new Error().stack}\n`);
    return exit(code);
  }) as typeof process.exit;
  process.on('exit', (code) => {
    if (running) say(`exiting with code ${code}`);
    fs.rmSync(runningFile(process.pid), { force: true });
  });
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    process.on(signal, () => {
      if (running) say(`got ${signal}`);
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    });
  }
}
