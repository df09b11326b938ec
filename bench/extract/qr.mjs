#!/usr/bin/env node
/**
 * bench/extract/qr.mjs: what reading the QR code of a real Chinese invoice PDF costs, per page, warm (in
 * one process, after a first untimed pass), and whether it reads the same fields as before.
 *
 *   npm run build && node bench/extract/qr.mjs [--rounds 5]
 *
 * Per file, in alternating order each round:
 * - now: qrFromPdf (the code's image XObject or vector squares, else the rendered region, else the page);
 * - page: page 1 rendered whole at 200 dpi and searched (decodeQr), as the code was read before.
 * Medians of the rounds; `same` compares the invoice fields both read. Inputs: ../shared/corpus/cn-pdf,
 * ../shared/fixtures/real/cn and the real OFD invoices rendered to PDF (fixtures/real/ofd, corpus/cn-ofd).
 * Goal: ≤ 30 ms a page.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');
const shared = path.resolve(root, '..', 'shared');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const rounds = Number(arg('--rounds', 5));
const dist = (p) => import(path.join(root, 'dist', p));
const { qrFromPdf } = await dist('extract/qr.js');
const { decodeQr } = await dist('ocr/qr.js');
const { renderPdfPages } = await dist('pdf/render.js');
const { parseInvoiceQr } = await dist('invoice/index.js');
const { ofdToPdf } = await dist('ofd/to-pdf.js');

const files = [];
const pdfs = (dir) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort().map((n) => path.join(dir, n)) : []);
for (const f of [...pdfs(path.join(shared, 'corpus', 'cn-pdf')), ...pdfs(path.join(shared, 'fixtures', 'real', 'cn'))]) files.push({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) });
for (const dir of [path.join(shared, 'fixtures', 'real', 'ofd'), path.join(shared, 'corpus', 'cn-ofd')]) {
  if (!fs.existsSync(dir)) continue;
  for (const n of fs.readdirSync(dir).filter((n) => n.endsWith('.ofd')).sort()) files.push({ name: `${n} (→pdf)`, bytes: await ofdToPdf(new Uint8Array(fs.readFileSync(path.join(dir, n)))) });
}

const MAX_PIXELS = 50_000_000;
const now = async (bytes) => (await qrFromPdf(bytes, { maxPixels: MAX_PIXELS }))?.invoice ?? null;
const page = async (bytes) => {
  for await (const im of renderPdfPages(bytes, { dpi: 200, pages: [1] })) {
    const payload = decodeQr(im.rgba, im.width, im.height, 200);
    return payload ? parseInvoiceQr(payload) : null;
  }
  return null;
};
const timed = async (fn, bytes) => {
  const t = performance.now();
  const value = await fn(bytes);
  return { ms: performance.now() - t, value };
};
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

console.log(`QR code per page, warm, medians of ${rounds} alternating rounds; ${os.availableParallelism()} cores, load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
// Untimed first pass: module loading, JIT and the pdf.js thread start are start-up, not a page's cost.
for (const f of files) {
  await now(f.bytes);
  await page(f.bytes);
}
console.log(['now_ms', 'page_ms', 'same', 'number', 'file'].join('\t'));
const all = { now: [], page: [] };
for (const f of files) {
  const t = { now: [], page: [] };
  let a;
  let b;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? ['page', 'now'] : ['now', 'page'];
    for (const side of order) {
      const res = await timed(side === 'now' ? now : page, f.bytes);
      t[side].push(res.ms);
      if (side === 'now') a = res.value;
      else b = res.value;
    }
  }
  const row = { now: median(t.now), page: median(t.page) };
  all.now.push(row.now);
  all.page.push(row.page);
  console.log([row.now.toFixed(1), row.page.toFixed(1), JSON.stringify(a) === JSON.stringify(b) ? 'same' : 'DIFFERENT', a?.number ?? '-', f.name].join('\t'));
}
console.log(`median over files: now ${median(all.now).toFixed(1)} ms, page ${median(all.page).toFixed(1)} ms; worst now ${Math.max(...all.now).toFixed(1)} ms; load ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
process.exit(0);
