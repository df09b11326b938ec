#!/usr/bin/env node
/**
 * CPU cost of the Western invoice parser alone, over saved page texts: the text layers of the supplier
 * pages (bench/supplier-pages, printed by Chromium) and of the corpus's Western PDFs, read once by pdf.js
 * and saved, then parsed ROUNDS times after one warm-up round. Prints the CPU time of the parsing
 * (process.cpuUsage, user + system) and a hash of every parse's output, so that two builds can be checked
 * to read the same fields. `--printed`: each page parsed as `extract` parses a PDF's text layer drawn
 * visibly (`readingPrint`, the label patterns as printed); without it, as an OCR engine's reading.
 *
 *   npm run build && node bench/extract/western-parse.mjs [--dist DIR] [--rounds N] [--texts FILE] [--printed]
 *
 * Alternate two builds in one sitting (`--dist BASE/dist`, then this build's) and compare the medians.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const rounds = Number(arg('--rounds') ?? 20);
const textsFile = path.resolve(arg('--texts') ?? path.join(process.env.TMPDIR ?? '/tmp', 'invoicectl-western-page-texts.json'));
const { parseWesternInvoiceText: parseText } = await import(pathToFileURL(path.join(dist, 'invoice/western/text.js')).href);
const { readingPrint } = await import(pathToFileURL(path.join(dist, 'invoice/western/ocr-tolerant-labels.js')).href);
const printed = process.argv.includes('--printed');
const parseWesternInvoiceText = printed ? (pages) => readingPrint(pages, () => parseText(pages)) : parseText;

if (!existsSync(textsFile)) {
  // The texts are read once, by this build's pdf.js: every build then parses the same input.
  const { pdfPageText } = await import(pathToFileURL(path.join(dist, 'pdf/text.js')).href);
  const { createHash: hash } = await import('node:crypto');
  const printedDir = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-supplier-pages-${hash('sha256').update(path.join(here, '../supplier-pages')).digest('hex').slice(0, 16)}`);
  const corpus = path.join(here, '../../../shared/corpus/western-pdf');
  const files = [
    ...(existsSync(printedDir) ? readdirSync(printedDir).filter((f) => f.endsWith('.pdf')).map((f) => path.join(printedDir, f)) : []),
    ...readdirSync(corpus).filter((f) => f.endsWith('.pdf')).map((f) => path.join(corpus, f)),
  ].sort();
  const texts = [];
  for (const f of files) texts.push({ name: path.basename(f), pages: await pdfPageText(new Uint8Array(readFileSync(f))) });
  writeFileSync(textsFile, JSON.stringify(texts));
}
const texts = JSON.parse(readFileSync(textsFile, 'utf8'));
if (printed) for (const t of texts) for (const p of t.pages) p.visibleText = true;

const digest = createHash('sha256');
for (const t of texts) digest.update(JSON.stringify(parseWesternInvoiceText(t.pages)));
const times = [];
for (let r = 0; r < rounds; r++) {
  const start = process.cpuUsage();
  for (const t of texts) parseWesternInvoiceText(t.pages);
  const used = process.cpuUsage(start);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(`${dist}: ${texts.length} texts${printed ? ' as printed' : ''}, ${rounds} rounds; CPU ms per round median ${median.toFixed(1)} (min ${times[0].toFixed(1)}, max ${times.at(-1).toFixed(1)}); per text ${(median / texts.length).toFixed(3)} ms; output ${digest.digest('hex').slice(0, 16)}`);
