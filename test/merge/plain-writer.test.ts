/**
 * A merge that draws nothing but the pages is written without pdf-lib (write-plain-sheets.ts); one that
 * draws anything else (here: sorted by name, which keeps the order) through it (write-sheets.ts). Over
 * every real PDF of the corpus and fixtures (Chinese e-invoices with seals, Western invoices, Factur-X),
 * with the documents the lean reader leaves to pdf-lib among them (a PDF with a wrong startxref, an OFD,
 * a PNG, a JPEG, an encrypted PDF), both show the same pages (poppler's pixels and text), report the same
 * documents, and the plain one is a well-formed PDF (qpdf --check).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, SHARED, runCli, runCliLoading, tmpDir } from '../helpers/cli.js';
import { pdfText, renderedPages } from './rendered.js';

function realPdfs(): string[] {
  return ['corpus/cn-pdf', 'corpus/western-pdf', 'fixtures/real/cn', 'fixtures/real/facturx'].flatMap((d) =>
    fs.readdirSync(path.join(SHARED, d)).filter((n) => n.endsWith('.pdf')).sort().map((n) => path.join(SHARED, d, n)),
  );
}

describe('merge written without pdf-lib', () => {
  const dir = tmpDir();
  const inputs = path.join(dir, 'in');
  fs.mkdirSync(inputs);
  const others = [
    path.join(SHARED, 'fixtures', 'real', 'ofd', 'easyofd__guizhou_vat_special_5.ofd'),
    path.join(ROOT, 'fixtures', 'invoices', 'receipts', 'taxi.png'),
    path.join(ROOT, 'fixtures', 'invoices', 'receipts', 'meal.jpg'),
    path.join(ROOT, 'fixtures', 'bad', 'encrypted.pdf'),
  ];
  // The others among the PDFs, not only at the end: a document after one placed through pdf-lib too.
  const files = realPdfs();
  others.forEach((f, i) => files.splice(5 + i * 12, 0, f));
  files.forEach((f, i) => fs.copyFileSync(f, path.join(inputs, `doc-${String(i).padStart(3, '0')}${path.extname(f)}`)));

  const run = async (extra: string[], out: string) => {
    const r = await runCli(['merge', inputs, '--no-cache', '--quiet', '--json', ...extra, '-o', path.join(dir, out)]);
    expect(r.code, r.stderr).toBe(1); // the encrypted file failed
    return { report: JSON.parse(r.stdout), pdf: fs.readFileSync(path.join(dir, out)) };
  };

  it('shows what the merge written through pdf-lib shows', async () => {
    const plain = await run(['--layout', '2x1'], 'plain.pdf');
    const drawn = await run(['--layout', '2x1', '--sort', 'name'], 'drawn.pdf');
    expect(plain.report.counts).toEqual({ inputs: files.length, placed: files.length - 1, duplicates: 0, failed: 1 });
    expect(plain.report.documents).toEqual(drawn.report.documents);
    expect(plain.report.sheets).toBe(drawn.report.sheets);
    const shown = renderedPages(plain.pdf);
    expect(shown).toHaveLength(plain.report.sheets);
    expect(shown).toEqual(renderedPages(drawn.pdf));
    const text = pdfText(plain.pdf);
    expect(text).toBe(pdfText(drawn.pdf));
    // The PDFs' text is there, the Chinese e-invoices' too.
    expect(text).toMatch(/电子发票/);
    expect(execFileSync('qpdf', ['--check', path.join(dir, 'plain.pdf')]).toString()).toMatch(/No syntax or stream encoding errors found/);
  });
});

describe('a merge of PDFs the lean reader takes', () => {
  /** Whether a loaded file is pdf-lib: its own module, or a bundle file holding it (esbuild names each package's source). */
  const isPdfLib = (file: string) => file.includes(`${path.sep}node_modules${path.sep}pdf-lib${path.sep}`) || fs.readFileSync(file, 'latin1').includes('node_modules/pdf-lib/');
  const holds = (files: string[], text: string) => files.some((f) => fs.readFileSync(f, 'latin1').includes(text));

  it('never loads pdf-lib with the defaults; one that draws labels does', async () => {
    const dir = tmpDir();
    const pdfs = realPdfs();
    const plain = await runCliLoading(['merge', ...pdfs, '--no-cache', '--quiet', '-o', path.join(dir, 'plain.pdf')]);
    expect(plain.code, plain.stderr).toBe(0);
    // What was recorded is this run's modules: the lean reader's among them.
    expect(holds(plain.files, 'function openLeanPdf(')).toBe(true);
    expect(plain.files.filter(isPdfLib)).toEqual([]);

    const labelled = await runCliLoading(['merge', ...pdfs, '--no-cache', '--quiet', '--labels', '-o', path.join(dir, 'labelled.pdf')]);
    expect(labelled.code, labelled.stderr).toBe(0);
    expect(labelled.files.filter(isPdfLib)).not.toEqual([]);
    expect(pdfText(fs.readFileSync(path.join(dir, 'plain.pdf')))).toMatch(/电子发票/);
  });
});
