/**
 * Writes the code cache `extract` runs with (src/cli/code-cache.ts) after scripts/bundle-cli.mjs: one run
 * of it over text documents of the kinds users give it (scripts/warm-documents.mjs), so that the cache
 * holds the code such a run compiles.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBin, warmDocuments } from './warm-documents.mjs';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'invoicectl-warm-'));
try {
  // The run writes the cache as it ends. Exit code 3: some invoices need review, which is a result, not a failure.
  runBin(['extract', ...(await warmDocuments(work)), '--no-cache', '-q', '--format', 'ndjson', '-o', path.join(work, 'out.ndjson')], [0, 3]);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
