/**
 * A plain merge places each input as it reads it (one pass); a merge sorted by name analyses every input
 * first and reads again, to place them, those beyond what it keeps in memory (32 MB). On a batch larger
 * than that, of real invoices with a damaged file, a duplicate and an image among them, in an order that
 * sorting by name keeps, both show the same pages (poppler's pixels and text) and report the same
 * documents. (The one pass is written without pdf-lib, the other through it: their bytes differ.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, runCli, tmpDir } from '../helpers/cli.js';
import { pdfText, renderedPages } from './rendered.js';

const BATCH_BYTES = 40 << 20;

describe('merge of a batch larger than memory keeps', () => {
  it('writes the same PDF in one pass as analysing every input first', async () => {
    const sources = ['corpus/cn-pdf', 'corpus/western-pdf', 'fixtures/real/facturx'].flatMap((d) =>
      fs.readdirSync(path.join(SHARED, d)).filter((n) => n.endsWith('.pdf')).sort().map((n) => fs.readFileSync(path.join(SHARED, d, n))),
    );
    const dir = tmpDir();
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    const name = (i: number) => path.join(inputs, `inv-${String(i).padStart(5, '0')}.pdf`);
    let bytes = 0;
    let count = 0;
    for (; bytes < BATCH_BYTES; count++) {
      // A trailing comment makes each copy byte-unique, so none is dropped as a duplicate.
      const copy = Buffer.concat([sources[count % sources.length], Buffer.from(`\n% copy ${count}\n`)]);
      fs.writeFileSync(name(count), copy);
      bytes += copy.length;
    }
    // Beyond the memory budget: a damaged PDF, the same bytes as an earlier input, and an image.
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'bad', 'encrypted.pdf'), name(count++));
    fs.copyFileSync(name(3), name(count++));
    fs.copyFileSync(path.join(ROOT, 'fixtures', 'bad', 'image-no-text.png'), name(count++).replace(/\.pdf$/, '.png'));

    const run = async (extra: string[], out: string) => {
      const r = await runCli(['merge', inputs, '--layout', '2x2', '--no-cache', '--quiet', '--json', ...extra, '-o', path.join(dir, out)]);
      expect(r.code, r.stderr).toBe(1); // some inputs failed
      return { report: JSON.parse(r.stdout), pdf: fs.readFileSync(path.join(dir, out)) };
    };
    const onePass = await run([], 'one-pass.pdf');
    const ahead = await run(['--sort', 'name'], 'ahead.pdf');
    // The one pass is written without pdf-lib, the other through it: the same pages, in other bytes.
    const shown = renderedPages(onePass.pdf);
    expect(shown).toHaveLength(onePass.report.sheets);
    expect(shown).toEqual(renderedPages(ahead.pdf));
    expect(pdfText(onePass.pdf)).toBe(pdfText(ahead.pdf));
    expect(onePass.report.documents).toEqual(ahead.report.documents);
    expect(onePass.report.sheets).toBe(ahead.report.sheets);
    expect(onePass.report.counts).toEqual({ inputs: count, placed: count - 2, duplicates: 1, failed: 1 });
    const last = onePass.report.documents.at(-1);
    expect(last.file).toMatch(/\.png$/);
    expect(last.placements).toEqual([{ page: 1, sheet: onePass.report.sheets, cell: expect.any(Number) }]);
    expect(onePass.report.documents.at(-2)).toMatchObject({ status: 'duplicate', duplicateOf: expect.stringMatching(/inv-00003\.pdf$/) });
  });
});
