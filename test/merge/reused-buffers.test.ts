/**
 * A plain merge reads its inputs one after another into buffers it fills again once a document's pages
 * are written; a merge sorted by name reads each input into its own. Over real invoices of different
 * sizes and page counts, with a JPEG (whose bytes pdf-lib keeps until the end), a damaged file and a
 * duplicate among them, in an order sorting by name keeps, both show the same pages (poppler's pixels
 * and text): no document's bytes were overwritten by the next one's before they were written. (A plain
 * 2x1 merge is written without pdf-lib and a sorted one through it, so their bytes differ.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, runCli, tmpDir } from '../helpers/cli.js';
import { pdfText, renderedPages } from './rendered.js';

function realInvoices(): Buffer[] {
  return ['corpus/cn-pdf', 'corpus/western-pdf', 'fixtures/real/cn'].flatMap((d) =>
    fs.readdirSync(path.join(SHARED, d)).filter((n) => n.endsWith('.pdf')).sort().map((n) => fs.readFileSync(path.join(SHARED, d, n))),
  );
}

describe('merge reading into reused buffers', () => {
  const dir = tmpDir();
  const inputs = path.join(dir, 'in');
  fs.mkdirSync(inputs);
  const name = (i: number, ext = 'pdf') => path.join(inputs, `inv-${String(i).padStart(3, '0')}.${ext}`);
  let count = 0;
  for (const bytes of realInvoices()) fs.writeFileSync(name(count++), bytes);
  fs.copyFileSync(path.join(ROOT, 'fixtures', 'invoices', 'receipts', 'meal.jpg'), name(count++, 'jpg'));
  fs.copyFileSync(path.join(ROOT, 'fixtures', 'bad', 'encrypted.pdf'), name(count++));
  fs.copyFileSync(name(1), name(count++));
  for (const bytes of realInvoices().slice(0, 6)) fs.writeFileSync(name(count++), Buffer.concat([bytes, Buffer.from('\n% again\n')]));

  const run = async (extra: string[], out: string) => {
    const r = await runCli(['merge', inputs, '--no-cache', '--quiet', '--json', ...extra, '-o', path.join(dir, out)]);
    expect(r.code, r.stderr).toBe(1); // the damaged file failed
    return { report: JSON.parse(r.stdout), pdf: fs.readFileSync(path.join(dir, out)) };
  };

  for (const layout of [['--layout', '2x1'], ['--layout', '2x2', '--keep-together', '--cut-lines']]) {
    it(`writes what a merge reading each input into its own buffer writes (${layout.join(' ')})`, async () => {
      const reused = await run(layout, 'reused.pdf');
      const own = await run([...layout, '--sort', 'name'], 'own.pdf');
      expect(reused.report.counts).toEqual({ inputs: count, placed: count - 2, duplicates: 1, failed: 1 });
      expect(reused.report.documents).toEqual(own.report.documents);
      const shown = renderedPages(reused.pdf);
      expect(shown).toHaveLength(reused.report.sheets);
      expect(shown).toEqual(renderedPages(own.pdf));
      expect(pdfText(reused.pdf)).toBe(pdfText(own.pdf));
    });
  }
});
