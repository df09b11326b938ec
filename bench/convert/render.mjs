#!/usr/bin/env node
/**
 * PDF → PNG at 150 dpi: pages/s of our renderer (pdf.js + @napi-rs/canvas, src/convert/pdf-to-images)
 * versus poppler's `pdftoppm -r 150 -png`, on the same pages of the real fixtures, in the same run.
 * Both run one document at a time on one core; each side's best of `rounds` runs is reported.
 *
 *   npm run build && node bench/convert/render.mjs [fixtures-dir=../shared/fixtures/real] [rounds=3]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfToImages } from '../../dist/convert/index.js';

const root = process.argv[2] ?? path.resolve(import.meta.dirname, '../../../shared/fixtures/real');
const rounds = Number(process.argv[3] ?? 3);
const pdfs = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => f.toLowerCase().endsWith('.pdf'))
  .sort()
  .map((f) => ({ file: path.join(root, f), bytes: readFileSync(path.join(root, f)) }));
if (pdfs.length === 0) throw new Error(`no PDFs under ${root}`);
const work = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-bench-render-'));

async function ours() {
  let pages = 0;
  const t = performance.now();
  for (const p of pdfs) pages += (await pdfToImages(p.bytes, path.basename(p.file), 'png', { imageOptions: { dpi: 150 } })).length;
  return { pages, sec: (performance.now() - t) / 1000 };
}

function peer() {
  let pages = 0;
  const t = performance.now();
  pdfs.forEach((p, i) => {
    const prefix = path.join(work, `p${i}`);
    execFileSync('pdftoppm', ['-r', '150', '-png', p.file, prefix]);
    pages += readdirSync(work).filter((f) => f.startsWith(`p${i}-`)).length;
  });
  return { pages, sec: (performance.now() - t) / 1000 };
}

await ours(); // warm-up: pdf.js module load, font/cmap caches
const best = (runs) => runs.reduce((a, b) => (b.sec < a.sec ? b : a));
const o = [];
const q = [];
for (let r = 0; r < rounds; r++) {
  o.push(await ours());
  q.push(peer());
  for (const f of readdirSync(work)) rmSync(path.join(work, f));
}
rmSync(work, { recursive: true, force: true });
const ob = best(o);
const qb = best(q);
if (ob.pages !== qb.pages) throw new Error(`page counts differ: ours ${ob.pages}, pdftoppm ${qb.pages}`);
const rate = (x) => x.pages / x.sec;
console.log(`PDF → PNG at 150 dpi, ${pdfs.length} PDFs, ${ob.pages} pages, best of ${rounds}`);
console.log(`  pdftoppm -r 150 -png : ${qb.sec.toFixed(2)} s  ${rate(qb).toFixed(2)} pages/s`);
console.log(`  invoicectl (pdf.js)  : ${ob.sec.toFixed(2)} s  ${rate(ob).toFixed(2)} pages/s`);
console.log(`  ratio ours/pdftoppm  : ${(rate(ob) / rate(qb)).toFixed(2)}x`);
