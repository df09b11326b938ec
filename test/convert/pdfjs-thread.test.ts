/**
 * A damaged PDF whose pdf.js parse leaves a promise rejected after its task answered must not end the
 * pdf.js thread under the next document (fuzz seed 29, input 1260: the good invoice after it failed
 * with INTERNAL_ERROR "FormatError: Invalid number" in 2 of 3 runs).
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
// @ts-expect-error plain ESM scripts of bench/, without types
import { generateInputs } from '../../bench/fuzz/generate.mjs';
import { ROOT, runCli, tmpDir } from '../helpers/cli.js';

it('the documents after it on the same pdf.js thread still convert', async () => {
  const [bad] = await generateInputs({ seed: 29, from: 1260, count: 1261 });
  expect(bad.how).toBe('stationery-wenhai-2pages.pdf with 100 byte flips');
  const dir = tmpDir();
  fs.writeFileSync(path.join(dir, 'bad.pdf'), bad.bytes);
  const good = fs.readFileSync(path.join(ROOT, 'fixtures/western/invoice-en-usd.pdf'));
  for (let i = 0; i < 3; i++) fs.writeFileSync(path.join(dir, `good${i}.pdf`), Buffer.concat([good, Buffer.from(`\n% ${i}\n`)]));
  const run = await runCli(['convert', 'bad.pdf', 'good0.pdf', 'good1.pdf', 'good2.pdf', '--to', 'png', '--dpi', '24', '--concurrency', '1', '--no-cache', '--json', '-o', 'out/'], { cwd: dir });
  const files = (JSON.parse(run.stdout) as { files: { file: string; status: string; error?: { code: string } }[] }).files;
  expect(files.map((f) => [f.file, f.status, f.error?.code])).toEqual([
    ['bad.pdf', 'failed', 'PDF_CORRUPT'],
    ['good0.pdf', 'converted', undefined],
    ['good1.pdf', 'converted', undefined],
    ['good2.pdf', 'converted', undefined],
  ]);
});
