#!/usr/bin/env node
// Every PDF of ../shared/corpus/western-pdf whose truth comes from its embedded XML must be read from
// that XML (source xml) with the truth's fields. Prints one line per PDF and the totals.
// Usage: node bench/einvoice/western-pdf.mjs [folder]   (after npm run build)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '../shared/corpus/western-pdf';
const files = readdirSync(dir).filter((f) => f.endsWith('.pdf')).map((f) => join(dir, f));
let out;
try {
  out = execFileSync('node', ['bin/invoicectl.js', 'extract', '--no-cache', '--no-ocr', '--format', 'json', ...files], { maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
} catch (err) {
  out = err.stdout; // exit 3: some need review
}
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'documentType'];
let carrying = 0, fromXml = 0, allRight = 0, fieldsRight = 0, fieldsAll = 0;
for (const r of JSON.parse(out)) {
  const gt = JSON.parse(readFileSync(r.file + '.gt.json', 'utf8'));
  if (gt.gtSource !== 'embedded-xml') continue;
  carrying++;
  const inv = r.invoice ?? {};
  const wrong = FIELDS.filter((k) => gt[k] !== undefined && gt[k] !== inv[k]);
  const seller = gt.seller && inv.seller?.name !== gt.seller ? ['seller'] : [];
  const n = FIELDS.filter((k) => gt[k] !== undefined).length + (gt.seller ? 1 : 0);
  fieldsAll += n;
  fieldsRight += n - wrong.length - seller.length;
  if (r.source === 'xml') fromXml++;
  if (r.source === 'xml' && !wrong.length && !seller.length) allRight++;
  const failing = (r.checks ?? []).filter((c) => !c.ok).map((c) => c.id);
  console.log(`${r.source === 'xml' ? 'xml ' : 'TEXT'} ${r.status.padEnd(12)} ${[...wrong, ...seller].join(',').padEnd(20) || '-'.padEnd(20)} ${failing.join(',').padEnd(30)} ${r.file.split('/').pop()}`);
}
console.log(`\n${carrying} PDFs carry invoice XML: ${fromXml} read from it, ${allRight} with every field right; fields ${fieldsRight}/${fieldsAll}`);
