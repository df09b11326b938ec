#!/usr/bin/env node
/**
 * Chinese PDFs whose fonts map glyphs to the wrong characters, as some issuers' are (the text layer says
 * 8118-01-03 or 阿斯兰脪祺服务 where the page shows 2024-01-03 and 阿斯兰航空服务): each real 数电 PDF of
 * ../shared/corpus/cn-pdf with its fonts' ToUnicode maps rewritten, the glyphs and the page left as they
 * are, then read by `extract` (OCR on, as a user's default) and scored against its ground truth.
 *
 *   npm run build && node bench/accuracy/wrong-maps.mjs [--dist DIR] [--misses]
 *
 * Ways the maps are broken (each document once per way):
 *   digits  every font's digits rotated (0→7, 1→8, … 2024 → 9791)
 *   names   the hanzi of the seller's and buyer's names, in every font, mapped to the next code point
 *   both    the two at once
 * Per way: fields right (number, date, amount, taxAmount, totalAmount, seller, buyer), documents
 * needs_review, and the silent errors: a wrong field that no failed check names (fieldsInDoubt).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { brokenMaps } from '../broken-maps.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpus', 'cn-pdf');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const MISSES = process.argv.includes('--misses');
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);
const { extract } = await load('index.js');
const { fieldsInDoubt } = await load('invoice/index.js');

const FIELDS = ['number', 'date', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer'];
const norm = (s) => (s ?? '').toString().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const HAN = /\p{Script=Han}/u;

const WAYS = {
  digits: () => (text) => (/^\d$/.test(text) ? String((Number(text) + 7) % 10) : text),
  names: (truth) => {
    const names = new Set([...`${truth.seller ?? ''}${truth.buyer ?? ''}`].filter((c) => HAN.test(c)));
    return (text) => (names.has(text) ? String.fromCodePoint(text.codePointAt(0) + 1) : text);
  },
  both: (truth) => {
    const [d, n] = [WAYS.digits(truth), WAYS.names(truth)];
    return (text) => n(d(text));
  },
};

const same = (field, got, want) => {
  if (field === 'seller' || field === 'buyer') return !!got[field]?.name && norm(got[field].name) === norm(want);
  if (['amount', 'taxAmount', 'totalAmount'].includes(field)) return got[field] != null && Math.abs(got[field] - want) < 0.005;
  return (got[field] ?? null) === want;
};

const files = readdirSync(CORPUS).filter((f) => f.endsWith('.pdf')).sort();
const rows = [];
for (const [way, make] of Object.entries(WAYS)) {
  for (const file of files) {
    const gt = JSON.parse(readFileSync(path.join(CORPUS, `${file}.gt.json`), 'utf8'));
    const truth = Object.fromEntries(FIELDS.filter((f) => gt[f] !== undefined && gt[f] !== null).map((f) => [f, gt[f]]));
    const bytes = await brokenMaps(readFileSync(path.join(CORPUS, file)), make(truth));
    const { results } = await extract({ inputs: [{ name: file, bytes: new Uint8Array(bytes) }], concurrency: 1 });
    const r = results[0];
    const got = r.invoice ?? {};
    const wrong = Object.keys(truth).filter((f) => !same(f, got, truth[f]));
    const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks) : []);
    const silent = wrong.filter((f) => !named.has(f === 'seller' || f === 'buyer' ? `${f}.name` : f));
    rows.push({ way, file, truth, got, status: r.status, wrong, silent, checks: r.checks });
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');
console.log(`${'way'.padEnd(8)}${'docs'.padEnd(6)}${'fields right'.padEnd(20)}${'docs right'.padEnd(12)}${'needs_review'.padEnd(14)}${'silent docs'.padEnd(13)}silent fields`);
for (const way of Object.keys(WAYS)) {
  const rs = rows.filter((r) => r.way === way);
  const scored = rs.reduce((n, r) => n + Object.keys(r.truth).length, 0);
  const right = scored - rs.reduce((n, r) => n + r.wrong.length, 0);
  const silentDocs = rs.filter((r) => r.silent.length).length;
  const silentFields = rs.reduce((n, r) => n + r.silent.length, 0);
  console.log(`${way.padEnd(8)}${String(rs.length).padEnd(6)}${`${pct(right, scored)} (${right}/${scored})`.padEnd(20)}${`${rs.filter((r) => !r.wrong.length).length}/${rs.length}`.padEnd(12)}${`${rs.filter((r) => r.status === 'needs_review').length}/${rs.length}`.padEnd(14)}${String(silentDocs).padEnd(13)}${silentFields}`);
}
if (MISSES) {
  for (const r of rows.filter((x) => x.wrong.length)) {
    console.log(`${r.way} ${r.file} [${r.status}]  ${r.checks.filter((c) => !c.ok).map((c) => `${c.id}: ${c.message ?? ''}`).join(' | ').slice(0, 400)}`);
    for (const f of r.wrong) {
      const shown = f === 'seller' || f === 'buyer' ? r.got[f]?.name : r.got[f];
      console.log(`   ${r.silent.includes(f) ? '✗' : '·'} ${f}: got ${JSON.stringify(shown ?? null)}, want ${JSON.stringify(r.truth[f])}`);
    }
  }
}
process.exit(0);
