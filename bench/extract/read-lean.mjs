#!/usr/bin/env node
/**
 * CPU cost of the lean text reader alone (src/pdf/lean/*: cross-reference, content streams, fonts, the
 * page text of each item) over every PDF of a folder, PASSES times in one thread: what a document thread
 * spends in `leanTextAndAttachments` per file, without the invoice parsers. Prints a hash of the first
 * pass's readings (pages, attachments' sizes, font maps; two builds must print the same) and the CPU ms
 * of each pass (user + system).
 *
 *   node bench/extract/read-lean.mjs [--dist DIR] --dir PDFS [--passes 5]
 *
 * PDFS: e.g. `in-real-57` of `node bench/extract/files.mjs --files 57 --sets real --no-warm --keep`. For
 * counts: `valgrind --tool=callgrind node --hash-seed=7 bench/extract/read-lean.mjs ... --passes R`.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const dir = arg('--dir');
const passes = Number(arg('--passes') ?? 5);
if (!dir) {
  console.error('--dir PDFS is required (see the header)');
  process.exit(2);
}

// As bin/invoicectl.js sets them for `extract`, before the reader loads.
v8.setFlagsFromString('--interrupt-budget=540672');
v8.setFlagsFromString('--no-turbo-inlining');
v8.setFlagsFromString('--regexp-tier-up-ticks=0');
const { tryLeanText } = await import(pathToFileURL(path.join(dist, 'pdf/lean-text.js')).href);

const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const hash = createHash('sha256');
const ms = [];
let read = 0;
for (let p = 0; p < passes; p++) {
  const start = process.cpuUsage();
  for (const bytes of files) {
    const layer = tryLeanText(bytes, { maxPages: 50 });
    if (p === 0) {
      if (layer) read++;
      hash.update(JSON.stringify(layer, (k, v) => (v instanceof Uint8Array ? v.length : v instanceof Map ? [...v] : v)) ?? 'null');
    }
  }
  const used = process.cpuUsage(start);
  ms.push(((used.user + used.system) / 1000).toFixed(1));
}
console.log(`${files.length} PDFs (${read} read lean), readings ${hash.digest('hex').slice(0, 16)}, CPU ms per pass: ${ms.join(' ')}`);
