import os from 'node:os';
import path from 'node:path';

/** Where a test process leaves the file and test it is running, for fork-signals.ts to name if it dies. */
export const runningFile = (pid: number) => path.join(os.tmpdir(), `invoicectl-vitest-${pid}.running`);
