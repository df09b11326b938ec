/**
 * The documents the build runs `extract` over to write its code cache (scripts/warm-documents.mjs): the
 * cache holds the code of the paths they take, so each must take the path it stands for: the sample
 * layouts the text layer's Western rules, the Factur-X PDFs the attached CII XML. A document that failed,
 * or fell back to another path, would leave that code out of the cache without any error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script in plain JavaScript, without types
import { warmDocuments } from '../../scripts/warm-documents.mjs';
// @ts-expect-error: the same
import { SAMPLES } from '../../fixtures/western-samples.mjs';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

interface Result { file: string; status: string; source: string | null; invoice: { number: string | null; totalAmount: number | null } | null }

const expected = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'fixtures', 'western', `${name}.expected.json`), 'utf8'));

describe('the documents the code cache is written from', () => {
  it('read the sample layouts from their text and the Factur-X PDFs from their XML', async () => {
    const dir = tmpDir('invoicectl-warm-test-');
    const inputs: string[] = await warmDocuments(dir);
    const run = await runCli(['extract', ...inputs, '--no-cache', '--format', 'ndjson', '-q'], { env: { NODE_OPTIONS: '' } });
    expect([0, 3]).toContain(run.code);
    const results: Result[] = run.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const byName = new Map(results.map((r) => [path.basename(r.file), r]));

    const samples = (SAMPLES as { name: string; expected: { number: string } }[]).map((s) => ({ result: byName.get(`${s.name}.pdf`), number: s.expected.number }));
    expect(samples).toHaveLength(20);
    for (const { result } of samples) expect(result).toMatchObject({ source: 'text', status: expect.not.stringMatching('failed') });
    // Read by the Western rules, not merely as text: their numbers as printed (all 20 today; a margin for
    // the rules' own changes, which this test is not about).
    expect(samples.filter((s) => s.result?.invoice?.number === s.number).length).toBeGreaterThanOrEqual(18);

    for (const name of ['facture-fr-eur', 'rechnung-de-eur']) {
      const { number, totalAmount } = expected(name);
      expect(byName.get(`${name}.facturx.pdf`)).toMatchObject({ source: 'xml', invoice: { number, totalAmount } });
    }
  });
});
