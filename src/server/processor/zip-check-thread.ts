/**
 * One uploaded ZIP opened with the CLI's rules, on a thread of its own (see upload-checks.ts): what it
 * holds is summed up for the request, the entries themselves stay here.
 */
import fs from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { Limits } from '../../core/inputs.js';
import { checkZipBytes } from './zip-check.js';

const { path, filename, limits } = workerData as { path: string; filename: string; limits: Limits };
parentPort!.postMessage(checkZipBytes(filename, fs.readFileSync(path), limits));
