/**
 * The documents scripts/warm-cli-cache.mjs runs `extract` over to write its code cache: text documents of
 * the kinds users give it, made from the repository alone (the build has no other documents). Code a run
 * needs that is not in the cache is parsed and compiled when first called, in every process: with only
 * the bundled fixtures' Chinese and three Western invoices behind the cache, `extract` of 50 real text
 * PDFs still compiled 331 of the bundle's functions (the e-invoice XML readers, object and xref streams,
 * most of the Western layouts' rules); with these, 142 (bench/extract/README.md, 2026-11-28).
 *
 * - the bundled Chinese and Western fixtures;
 * - the Western sample layouts (fixtures/western-samples.mjs, seven countries' shapes) printed to PDF,
 *   with pdf-lib's object and xref streams;
 * - the French and German fixtures made Factur-X PDFs by `convert` (their CII XML read from the
 *   attachment); the US one names no country, which an EN 16931 invoice must.
 *
 * Scans, OFD and OCR stay out: their code is compiled as it would be without a cache.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SAMPLES, samplePdf } from '../fixtures/western-samples.mjs';

const root = path.resolve(fileURLToPath(import.meta.url), '..', '..');
export const BIN = path.join(root, 'bin', 'invoicectl.js');

// The environment of a user's run: Node options would give the cache another name (src/cli/code-cache.ts).
const env = { ...process.env, NODE_OPTIONS: '' };

/** Runs the built CLI; an exit code in `okCodes` is not an error. */
export function runBin(args, okCodes = [0]) {
  try {
    execFileSync(process.execPath, [BIN, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (err) {
    if (!okCodes.includes(err.status)) throw err;
  }
}

const pdfs = (dir) => fs.readdirSync(path.join(root, dir), { recursive: true }).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(root, dir, f));

/** Writes the made documents into `dir` (which must exist); returns every input for `extract`. */
export async function warmDocuments(dir) {
  const samples = path.join(dir, 'samples');
  fs.mkdirSync(samples);
  for (const sample of SAMPLES) fs.writeFileSync(path.join(samples, `${sample.name}.pdf`), await samplePdf(sample));
  // A `convert` runs the ES modules, not the bundle, so it writes no cache of its own.
  const einvoices = path.join(dir, 'einvoices');
  const european = ['facture-fr-eur.pdf', 'rechnung-de-eur.pdf'].map((f) => path.join(root, 'fixtures', 'western', f));
  runBin(['convert', ...european, '--to', 'facturx', '-o', `${einvoices}${path.sep}`, '--no-cache', '-q']);
  return [...pdfs('fixtures/invoices'), ...pdfs('fixtures/western'), samples, einvoices];
}
