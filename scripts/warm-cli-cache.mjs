/**
 * Writes the code cache `extract` runs with (src/cli/code-cache.ts) after scripts/bundle-cli.mjs: one run
 * of it on the bundled fixtures' Chinese and Western text invoices, so that the cache holds the code such
 * a run compiles. Code a run needs that is not in the cache (OCR, an OFD, an e-invoice XML) is compiled
 * as it would be without one.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(fileURLToPath(import.meta.url), '..', '..');
const bin = path.join(root, 'bin', 'invoicectl.js');
const pdfs = (dir) => fs.readdirSync(path.join(root, dir), { recursive: true }).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(root, dir, f));
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'invoicectl-warm-'));
// The environment of a user's run: Node options would give the cache another name (src/cli/code-cache.ts).
const env = { ...process.env, NODE_OPTIONS: '' };
const run = (args, okCodes = [0]) => {
  try {
    execFileSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    if (!okCodes.includes(err.status)) throw err;
  }
};

try {
  // Exit code 3: some invoices need review, which is a result, not a failure.
  run(['extract', ...pdfs('fixtures/invoices'), ...pdfs('fixtures/western'), '--no-cache', '-q', '--format', 'ndjson', '-o', path.join(work, 'out.ndjson')], [0, 3]);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
