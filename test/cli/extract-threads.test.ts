/**
 * A large `extract` batch reads on document threads (src/api/extract.ts, THREADED_BATCH), and the CLI's
 * threads run the extract bundle from its code cache as the calling thread does (src/cli/extract-thread.ts),
 * not the ES modules of the readers and parsers compiled from source.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { THREADED_BATCH } from '../../src/pdf/text-pool.js';
import { allFixturePdfs } from '../invoice/fixtures.js';
import { runCli, tmpDir } from '../helpers/cli.js';

interface Line {
  file: string;
  status: string;
  source: unknown;
  invoice: unknown;
  checks: unknown;
  pages: number;
}

const byName = (stdout: string) => new Map(stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Line).map((r) => [path.basename(r.file), { status: r.status, source: r.source, invoice: r.invoice, checks: r.checks, pages: r.pages }]));

describe('extract: a batch on document threads', () => {
  it('runs the threads from the extract bundle, and they read each file as the calling thread reads it', async () => {
    const sources = allFixturePdfs();
    const threaded = tmpDir('invoicectl-threads-');
    const alone = tmpDir('invoicectl-no-threads-');
    // Byte-unique copies (a comment after %%EOF): no result is a duplicate of another. One fewer in the
    // second folder, which the calling thread reads by itself.
    for (let i = 0; i < THREADED_BATCH; i++) {
      const name = `${String(i).padStart(3, '0')}-${path.basename(sources[i % sources.length])}`;
      const bytes = Buffer.concat([readFileSync(sources[i % sources.length]), Buffer.from(`\n%copy-${i}\n`)]);
      writeFileSync(path.join(threaded, name), bytes);
      if (i < THREADED_BATCH - 1) writeFileSync(path.join(alone, name), bytes);
    }
    const args = ['--no-cache', '--format', 'ndjson', '-q', '--concurrency', '2'];
    // NODE_DEBUG=esm logs each ES module a thread of the process loads (it is no Node option, so the code
    // cache's name stays the same).
    const onThreads = await runCli(['extract', threaded, ...args], { env: { NODE_DEBUG: 'esm' } });
    const here = await runCli(['extract', alone, ...args]);
    expect([onThreads.code, here.code]).toEqual([3, 3]);
    expect(onThreads.stderr).toContain('dist/cli/extract-thread.js');
    // (The pdf.js threads, which read what the document threads hand back, load their own modules.)
    expect(onThreads.stderr).not.toMatch(/dist\/(?:extract\/read-digital\.js|invoice\/)/);

    const read = byName(onThreads.stdout);
    const expected = byName(here.stdout);
    expect(read.size).toBe(THREADED_BATCH);
    for (const name of readdirSync(alone)) expect({ name, ...read.get(name) }).toEqual({ name, ...expected.get(name) });
  });
});
