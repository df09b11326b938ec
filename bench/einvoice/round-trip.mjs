#!/usr/bin/env node
// Round trip on the real PDFs with ground truth: extract → convert (ubl, cii, facturx) → validate →
// extract, and the fields of the last reading against the first. Chinese invoices get the countries
// (BT-40 / BT-55 CN), which their pages do not state as codes, and payment terms (BT-20). Usage (after npm run build):
//   node bench/einvoice/round-trip.mjs [folders…]
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../dist/api/extract.js';
import { writeEInvoice } from '../../dist/einvoice/write/index.js';

const dirs = process.argv.slice(2).length ? process.argv.slice(2) : ['../shared/corpus/western-pdf', '../shared/corpus/cn-pdf'];
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'documentType'];
const tally = {};
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.pdf')).sort()) {
    const bytes = readFileSync(join(dir, f));
    const first = (await extract({ inputs: [{ name: f, bytes }], ocr: false, concurrency: 1 })).results[0];
    if (!first.invoice) continue;
    const cn = first.invoice.currency === 'CNY';
    // A 数电 invoice is paid when issued: it states no due date, so the terms are given.
    const set = cn ? { 'BT-40': 'CN', 'BT-55': 'CN', 'BT-20': 'paid on issue' } : {};
    for (const target of ['ubl', 'cii', 'facturx']) {
      const t = (tally[target] ??= { tried: 0, written: 0, same: 0, refused: {} });
      t.tried++;
      let written;
      try {
        written = await writeEInvoice(first.invoice, target, { set, pdf: bytes });
      } catch (err) {
        if (process.env.VERBOSE) console.log(`refused ${target} ${f}: ${err.message.slice(0, 300)}`);
        const why = err.details?.missing?.map((m) => m.split(' ')[0]).join('+') ?? (err.details?.findings ? err.details.findings.map((x) => x.rule).join('+') : err.code);
        t.refused[why] = (t.refused[why] ?? 0) + 1;
        continue;
      }
      t.written++;
      const again = (await extract({ inputs: [{ name: `${f}.${written.extension}`, bytes: written.bytes }], ocr: false, concurrency: 1 })).results[0];
      const diff = FIELDS.filter((k) => first.invoice[k] !== again.invoice?.[k]);
      if (first.invoice.seller.name !== again.invoice?.seller.name) diff.push('seller');
      if (first.invoice.seller.taxId && first.invoice.seller.taxId.replace(/\s+/g, '') !== again.invoice?.seller.taxId) diff.push('seller.taxId');
      if (!diff.length) t.same++;
      else console.log(`${target} ${f}: ${diff.map((k) => `${k} ${JSON.stringify(first.invoice[k] ?? first.invoice.seller?.name)} → ${JSON.stringify(again.invoice?.[k] ?? again.invoice?.seller?.name)}`).join('; ')}`);
    }
  }
}
for (const [target, t] of Object.entries(tally)) console.log(`${target}: ${t.tried} invoices, ${t.written} written valid, ${t.same} read back with the same fields; refused: ${JSON.stringify(t.refused)}`);
