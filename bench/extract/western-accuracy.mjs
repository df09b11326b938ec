#!/usr/bin/env node
// Field accuracy of the Western text path (pdf.js text layer → src/invoice/western/text.ts), per file and
// overall, over three sets:
//   facturx    the real Factur-X / ZUGFeRD PDFs of ../shared/fixtures/real/facturx, read WITHOUT their
//              XML; the truth is their embedded XML (parseCii);
//   western    fixtures/western/*.pdf against their *.expected.json;
//   samples    fixtures/western-samples.mjs rendered to PDF; "held-out" ones were not used for tuning.
// Fields: number, date, currency, net, tax, total, seller, buyer; the document type is scored apart.
//
//   node bench/extract/western-accuracy.mjs [--dist DIR]    (DIR: a build to score, default ./dist; the
//   truth is always read with ./dist's parseCii, so a build of another commit is scored the same way)
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { SAMPLES, samplePdf } from '../../fixtures/western-samples.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const FACTURX = path.resolve(ROOT, '..', 'shared', 'fixtures', 'real', 'facturx');
const argDist = process.argv.indexOf('--dist');
const DIST = path.resolve(argDist > 0 ? process.argv[argDist + 1] : path.join(ROOT, 'dist'));
const load = (dist, file) => import(pathToFileURL(path.join(dist, file)).href);

const { parseWesternInvoiceText } = await load(DIST, 'invoice/western/text.js');
const { pdfPageText, pdfAttachments } = await load(DIST, 'pdf/text.js');
const { parseCii } = await load(path.join(ROOT, 'dist'), 'invoice/cii.js');

const FIELDS = ['number', 'date', 'currency', 'net', 'tax', 'total', 'seller', 'buyer'];
// Names compare without case, spaces and punctuation ("Müller & Söhne KG" = "MÜLLER UND SÖHNE KG" is not).
const norm = (s) => (s ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const sameName = (a, b) => !!a && !!b && norm(a) === norm(b);

function score(got, truth) {
  return {
    number: got.number === truth.number,
    date: got.date === truth.date,
    currency: (got.currency ?? null) === (truth.currency ?? null),
    net: got.amount === truth.amount,
    tax: got.taxAmount === truth.taxAmount,
    total: got.totalAmount === truth.totalAmount,
    seller: sameName(got.seller?.name, truth.seller),
    buyer: sameName(got.buyer?.name, truth.buyer),
    documentType: (got.documentType ?? 'invoice') === truth.documentType,
  };
}

const truthOf = (inv) => ({ number: inv.number, date: inv.date, currency: inv.currency, amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount,
  seller: inv.seller.name, buyer: inv.buyer.name, documentType: inv.documentType ?? 'invoice' });

const rows = [];
async function add(set, file, bytes, truth) {
  const got = parseWesternInvoiceText(await pdfPageText(bytes));
  rows.push({ set, file, ok: score(got, truth), got, truth });
}

for (const f of readdirSync(FACTURX).filter((f) => f.endsWith('.pdf')).sort()) {
  const bytes = readFileSync(path.join(FACTURX, f));
  const xml = (await pdfAttachments(bytes)).find((a) => /\.xml$/i.test(a.name));
  await add('facturx', f, bytes, truthOf(parseCii(xml.bytes)));
}
const WESTERN = path.join(ROOT, 'fixtures', 'western');
for (const f of readdirSync(WESTERN).filter((f) => f.endsWith('.pdf')).sort()) {
  const expected = JSON.parse(readFileSync(path.join(WESTERN, f.replace(/\.pdf$/, '.expected.json')), 'utf8'));
  await add('western', f, readFileSync(path.join(WESTERN, f)), truthOf(expected));
}
for (const s of SAMPLES) {
  const e = s.expected;
  await add(s.heldOut ? 'held-out' : 'samples', s.name, await samplePdf(s), e);
}

const pct = (a, n) => `${((100 * a) / n).toFixed(1)}%`;
console.log(`scored build: ${DIST}\n`);
for (const r of rows) {
  const right = FIELDS.filter((f) => r.ok[f]).length;
  console.log(`${r.set.padEnd(9)} ${r.file.slice(0, 58).padEnd(58)} ${right}/${FIELDS.length}  type ${r.ok.documentType ? '✓' : '✗'}  ${FIELDS.filter((f) => !r.ok[f]).map((f) => `✗${f}`).join(' ')}`);
  if (process.argv.includes('--verbose') && right < FIELDS.length) {
    const pick = (i) => JSON.stringify({ n: i.number, d: i.date, c: i.currency, net: i.amount, tax: i.taxAmount, tot: i.totalAmount, s: i.seller?.name ?? i.seller, b: i.buyer?.name ?? i.buyer });
    console.log(`    got   ${pick(r.got)}\n    truth ${pick(r.truth)}`);
  }
}
console.log('\nset        fields right     %      document type');
const sets = ['facturx', 'western', 'samples', 'held-out'];
for (const set of [...sets, 'all']) {
  const rs = rows.filter((r) => set === 'all' || r.set === set);
  const right = rs.reduce((n, r) => n + FIELDS.filter((f) => r.ok[f]).length, 0);
  const total = rs.length * FIELDS.length;
  const types = rs.filter((r) => r.ok.documentType).length;
  console.log(`${set.padEnd(10)} ${`${right}/${total}`.padEnd(16)} ${pct(right, total).padEnd(6)} ${types}/${rs.length}`);
}
console.log('\nper field (all files):');
for (const f of FIELDS) console.log(`  ${f.padEnd(9)} ${rows.filter((r) => r.ok[f]).length}/${rows.length}`);
