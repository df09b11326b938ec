import fs from 'node:fs/promises';
import path from 'node:path';
import crypto from 'node:crypto';
import { registerTemp, releaseTemp, removeTemp } from './temp-files.js';

/**
 * Writes a file so that readers see the old file or the complete new one, never a half-written one:
 * a temporary file in the same folder, then rename. On failure or interruption the temp file is removed.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  await fs.mkdir(path.dirname(path.resolve(target)), { recursive: true });
  const tmp = path.join(path.dirname(path.resolve(target)), `.${path.basename(target)}.${process.pid}.${crypto.randomBytes(4).toString('hex')}.tmp`);
  registerTemp(tmp);
  try {
    await fs.writeFile(tmp, data);
    await fs.rename(tmp, target);
    releaseTemp(tmp);
  } catch (err) {
    await removeTemp(tmp);
    throw err;
  }
}
