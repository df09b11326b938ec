/**
 * One uploaded ZIP opened with the CLI's rules, on a thread of its own (see upload-checks.ts): what it
 * holds is summed up for the request, the entries themselves stay here.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { collectZip, type Limits } from '../../core/inputs.js';
import type { ZipCheck } from './upload-checks.js';

const { path, filename, limits } = workerData as { path: string; filename: string; limits: Limits };
parentPort!.postMessage(summarise(collectZip(filename, fs.readFileSync(path), { limits, accept: (name) => name.toLowerCase().endsWith('.pdf') })));

function summarise(result: ReturnType<typeof collectZip>): ZipCheck {
  const refused = result.errors.find((e) => e.error.code.startsWith('ZIP_'));
  return { refused: refused ? { code: refused.error.code, message: refused.error.message } : undefined, pdfs: result.files.length };
}
