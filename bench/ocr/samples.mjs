#!/usr/bin/env node
/**
 * More Western material for the OCR path: the generated samples of fixtures/western-samples.mjs (German,
 * French, Dutch, Spanish, Indian, US and UK shapes), rendered to PDF, scanned and photographed by
 * fixtures/scan.mjs, read by PaddleOCR (as `extract` reads an image-only page: ocrToPageText at 200 dpi)
 * and parsed by the Western parser. Field accuracy per group, and the misses of the tuning samples.
 *
 *   npm run build && node bench/ocr/samples.mjs [--out DIR] [--reuse] [--dist DIR]
 *
 * Samples marked `heldOut` in western-samples.mjs (written before the text parser was tuned) are scored
 * as their own group and their misses are not printed: only the others are looked at while tuning.
 * `--out DIR` keeps each page's OCR text (JSON, the PageText the parser gets) in DIR; `--reuse` parses the
 * kept texts again without OCR (for iterating on the parser: the texts depend on the OCR build only).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLES, samplePdf } from '../../fixtures/western-samples.mjs';
import { scanPage, photoPage } from '../../fixtures/scan.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const OUT = arg('out');
const REUSE = process.argv.includes('--reuse');
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);

const { parseWesternInvoiceText } = await load('invoice/western/text.js');
const { ocrToPageText } = await load('ocr/to-page-text.js');
const engines = REUSE ? null : await load('ocr/engines.js');

const norm = (s) => (s ?? '').toString().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const FIELDS = {
  number: (g, t) => g.number === t.number,
  date: (g, t) => g.date === t.date,
  currency: (g, t) => (g.currency ?? null) === (t.currency ?? null),
  amount: (g, t) => g.amount === t.amount,
  taxAmount: (g, t) => g.taxAmount === t.taxAmount,
  totalAmount: (g, t) => g.totalAmount === t.totalAmount,
  seller: (g, t) => !!g.seller.name && norm(g.seller.name) === norm(t.seller),
  buyer: (g, t) => !!g.buyer.name && norm(g.buyer.name) === norm(t.buyer),
};
const shown = (g, f) => JSON.stringify(f === 'seller' || f === 'buyer' ? g[f].name : g[f]);

const tmp = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-ocr-samples-'));
if (OUT) mkdirSync(OUT, { recursive: true });
const groups = {};
const misses = [];
let ocrSeconds = 0;
for (const sample of SAMPLES) {
  const pdf = path.join(tmp, `${sample.name}.pdf`);
  if (!REUSE) await writeFile(pdf, await samplePdf(sample));
  for (const kind of ['scan', 'photo']) {
    const kept = OUT && path.join(OUT, `${sample.name}-${kind}.json`);
    let page;
    if (REUSE) {
      if (!kept || !existsSync(kept)) throw new Error(`--reuse needs --out with the texts of an earlier run (${kept})`);
      page = JSON.parse(readFileSync(kept, 'utf8'));
    } else {
      const jpeg = kind === 'scan' ? await scanPage(pdf) : await photoPage(pdf);
      const start = performance.now();
      const ocr = await engines.sharedPaddleEngine().recognize(jpeg, { dpi: 200 });
      ocrSeconds += (performance.now() - start) / 1000;
      page = ocrToPageText(ocr, { dpi: 200 });
      if (kept) writeFileSync(kept, JSON.stringify({ source: `PaddleOCR of fixtures/western-samples.mjs ${sample.name}, ${kind} by fixtures/scan.mjs (200 dpi)`, ...page }));
    }
    const got = parseWesternInvoiceText([page]);
    const group = sample.heldOut ? 'samples held-out' : 'samples';
    const g = (groups[group] ??= { right: 0, total: 0 });
    for (const [field, same] of Object.entries(FIELDS)) {
      g.total += 1;
      if (same(got, sample.expected)) g.right += 1;
      else if (!sample.heldOut) misses.push(`${sample.name} (${kind}) ${field}: got ${shown(got, field)}, want ${JSON.stringify(sample.expected[field])}`);
    }
  }
}
for (const [group, g] of Object.entries(groups)) console.log(`${group.padEnd(18)} ${((100 * g.right) / g.total).toFixed(1)}% (${g.right}/${g.total})`);
if (!REUSE) console.log(`OCR: ${ocrSeconds.toFixed(1)} s for ${SAMPLES.length * 2} pages, one at a time`);
console.log(`\nmisses (tuning samples only):\n  ${misses.join('\n  ')}`);
if (engines) await engines.sharedPaddleEngine().dispose();
await rm(tmp, { recursive: true, force: true });
