/**
 * Says why a test process ends early. Vitest reports only "Worker exited unexpectedly" when the process
 * running a test file goes away; this prints its exit code and who called process.exit, so a CI log
 * shows the cause. (A SIGKILL leaves no trace here; vitest then reports the file as not run.)
 */
import fs from 'node:fs';

const marker = Symbol.for('invoicectl.fork-exit-report');
const g = globalThis as { [marker]?: boolean };
if (!g[marker]) {
  g[marker] = true; // once per process, whichever test file runs first in it
  const exit = process.exit.bind(process);
  process.exit = ((code?: number) => {
    if (code) fs.writeSync(2, `[test process ${process.pid}] process.exit(${code}) called:\n${new Error().stack}\n`);
    return exit(code);
  }) as typeof process.exit;
  process.on('exit', (code) => {
    if (code) fs.writeSync(2, `[test process ${process.pid}] exiting with code ${code}\n`);
  });
}
