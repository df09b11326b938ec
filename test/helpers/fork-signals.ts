/**
 * Global setup (in vitest's own process): says how a test process died. Vitest reports only "Worker
 * exited unexpectedly" when the process running a test file goes away; a native crash (SIGSEGV) or a
 * kill (SIGKILL) leaves no trace in that process itself (fork-exit-report.ts). This wraps the `fork`
 * vitest starts its test processes with, and on an exit by a signal or with a code prints both, with the
 * file and test the process was running (which fork-exit-report.ts leaves in a file named by its pid).
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { syncBuiltinESMExports } from 'node:module';
import { runningFile } from './fork-running.js';

export default function setup() {
  const fork = childProcess.fork;
  childProcess.fork = ((...args: Parameters<typeof fork>) => {
    const child: ChildProcess = fork(...args);
    child.on('exit', (code, signal) => {
      let running = '';
      if (child.pid) {
        const file = runningFile(child.pid);
        if (fs.existsSync(file)) running = fs.readFileSync(file, 'utf8');
        fs.rmSync(file, { force: true });
      }
      // Vitest stops an idle test process with SIGTERM: that is news only while a test was running.
      if ((signal && signal !== 'SIGTERM') || ((signal || code) && running)) fs.writeSync(2, `[vitest test process ${child.pid}] died: ${signal ? `signal ${signal}` : `exit code ${code}`}${running ? `, running ${running}` : ''}\n`);
    });
    return child;
  }) as typeof fork;
  // vitest imported `fork` by name before this ran: its binding follows the module's property only after this.
  syncBuiltinESMExports();
}
