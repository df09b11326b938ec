#!/usr/bin/env node
// `extract` on the e-invoice XML files of ../shared/corpus/einvoice-xml against their *.gt.json
// (values of the XML itself): which fields agree. Usage (after npm run build):
//   node bench/einvoice/extract-xml.mjs [folder]
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/corpus/einvoice-xml';
const files = readdirSync(dir).filter((f) => f.endsWith('.xml')).map((f) => join(dir, f));
let out;
try {
  out = execFileSync('node', ['bin/invoicectl.js', 'extract', '--no-cache', '--no-ocr', ...files], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
} catch (err) {
  out = err.stdout;
}
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'documentType'];
let read = 0, allRight = 0, right = 0, total = 0;
const bad = [];
for (const r of JSON.parse(out)) {
  const gt = JSON.parse(readFileSync(r.file + '.gt.json', 'utf8'));
  if (gt.number === undefined) continue;
  const inv = r.invoice ?? {};
  if (r.invoice) read++;
  const wrong = FIELDS.filter((k) => gt[k] !== undefined && gt[k] !== null && gt[k] !== inv[k]);
  if (gt.seller && inv.seller?.name !== gt.seller) wrong.push('seller');
  if (gt.buyer && inv.buyer?.name !== gt.buyer) wrong.push('buyer');
  const n = FIELDS.filter((k) => gt[k] !== undefined && gt[k] !== null).length + (gt.seller ? 1 : 0) + (gt.buyer ? 1 : 0);
  total += n;
  right += n - wrong.length;
  if (!wrong.length) allRight++;
  else bad.push(`${r.file.split('/').pop()}: ${r.error ? r.error.code : wrong.map((k) => `${k} ${JSON.stringify(k === 'seller' || k === 'buyer' ? inv[k]?.name : inv[k])} (truth ${JSON.stringify(gt[k])})`).join('; ')}`);
}
console.log(bad.join('\n'));
console.log(`\n${read} files read as invoices; ${allRight} with every field right; fields ${right}/${total}`);
