/**
 * Every temporary file and folder invoicectl makes, so none outlives the process. Each user removes
 * its own in a `finally`; but `process.exit` (the second Ctrl-C, a fatal error) skips `finally` blocks,
 * so what is still registered then is removed by an exit hook. (SIGKILL leaves them: nothing runs.)
 */
import { rm } from 'node:fs/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const live = new Set<string>();
let hooked = false;

/** Registers a temporary path for removal at exit, until `releaseTemp` or `removeTemp`. */
export function registerTemp(file: string): void {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const p of live) rmSync(p, { recursive: true, force: true });
    });
  }
  live.add(file);
}

/** The path is no longer temporary (renamed into place, or removed by its owner). */
export function releaseTemp(file: string): void {
  live.delete(file);
}

export async function removeTemp(file: string): Promise<void> {
  await rm(file, { recursive: true, force: true });
  live.delete(file);
}

/**
 * A new private folder in the system's temporary folder (TMPDIR), registered. Made and registered in
 * one synchronous step: with an await between them, a Ctrl-C handled in the gap exited with the folder
 * made but not yet registered, and left it behind.
 */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  registerTemp(dir);
  return dir;
}
