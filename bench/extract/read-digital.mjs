#!/usr/bin/env node
/**
 * CPU cost of what a document thread does per file of a large `extract` batch: `readDigitalPdf` (lean
 * text layer, embedded XML, invoice parsing, checks) of every PDF of a folder, PASSES times in one thread
 * with the V8 flags `bin/invoicectl.js` sets for `extract`. Prints a hash of the first pass's readings (two
 * builds must print the same) and the CPU ms of each pass (process.cpuUsage, user + system): the first
 * pass is cold code, the later ones what a thread costs once warm.
 *
 *   npm run build && node bench/extract/read-digital.mjs [--dist DIR] [--dir PDFS] [--passes 5]
 *
 * PDFS: e.g. the 57 real sources of files.mjs, once each: `node bench/extract/files.mjs --files 57 --sets
 * real --no-warm --keep` leaves them in its `in-real-57` folder. For counts that do not depend on the machine's
 * load: `valgrind --tool=callgrind node bench/extract/read-digital.mjs ... --passes R` for R = 1 and 3,
 * a warm pass being (R3 − R1) / 2.
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

// As bin/invoicectl.js sets them for `extract`, before the readers load.
v8.setFlagsFromString('--interrupt-budget=540672');
v8.setFlagsFromString('--no-turbo-inlining');
v8.setFlagsFromString('--regexp-tier-up-ticks=0');
const { readDigitalPdf } = await import(pathToFileURL(path.join(dist, 'extract/read-digital.js')).href);

const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => new Uint8Array(readFileSync(path.join(dir, f))));
const options = { templates: [], qr: 'auto', maxPages: 50 };
const hash = createHash('sha256');
const ms = [];
for (let p = 0; p < passes; p++) {
  const start = process.cpuUsage();
  for (const bytes of files) {
    const reading = readDigitalPdf(bytes, options);
    // The lean document handed on for the QR code is not part of the reading's content.
    if (p === 0) hash.update(JSON.stringify(reading, (k, v) => (k === 'doc' ? undefined : v)) ?? 'null');
  }
  const used = process.cpuUsage(start);
  ms.push(((used.user + used.system) / 1000).toFixed(1));
}
console.log(`${files.length} PDFs, readings ${hash.digest('hex').slice(0, 16)}, CPU ms per pass: ${ms.join(' ')}`);
