#!/usr/bin/env node
/**
 * Accuracy of `extract` on real documents with ground truth, read as a user's would be: the whole
 * extract pipeline (src/api/extract.ts) on each file's bytes, nothing but the file given.
 *
 *   npm run build && npm run accuracy -- [--groups text|ocr|all|g1,g2] [--misses] [--dist DIR] [--scan-seed N] [--ocr-cache DIR]
 *
 * Groups (documents under ../shared/corpus and ../shared/fixtures/real that have truth):
 *   cn-pdf        Chinese VAT / 数电 PDFs, text layer                     (corpus/cn-pdf)
 *   cn-ofd        Chinese OFDs                                            (corpus/cn-ofd, fixtures/real/ofd)
 *   western-pdf   Factur-X / ZUGFeRD PDFs with their XML attachment removed by
 *                 `qpdf --empty --pages in.pdf -- out.pdf`, so the page is read; truth: that XML
 *                 (corpus/western-pdf, fixtures/real/facturx)
 *   receipts      receipt photos (total, date)                            (corpus/receipts, SROIE)
 *   cn-photo      photographed / screenshot Chinese VAT invoices          (corpus/receipts, gsc__*)
 *   scan-cn       each cn-pdf, every page printed and scanned by fixtures/scan.mjs (200 dpi, skew, noise):
 *                 a JPEG for one page, an image-only PDF of the scans for more
 *   scan-western  the same for each western-pdf (its XML stripped)
 *   cn-photo-made three phone photos of page 1 of each cn-pdf and cn-ofd document (phone-photo.mjs:
 *                 on a desk, perspective 5-15°, turned 0/180 and 90/270 plus ±3°, uneven light, blur,
 *                 JPEG 70; and one cropped to the page, turned 1.5-3°), made at run time from a seed
 *                 of the file's name
 * `--groups text` runs cn-pdf, cn-ofd, western-pdf; `--groups ocr` the five others (slow: OCR).
 *
 * Per group and per field: the share right. Per group: documents fully right, the silent errors (a
 * document with a wrong field whose status is ok), the wrong documents flagged but without the wrong
 * field named by a failed check (fieldsInDoubt), and the false flags (fully right but needs_review).
 * Fields (INVOICE-MODEL.md): number, code, date, currency, amount, taxAmount, totalAmount, seller, buyer,
 * documentType; a field the truth does not give is not scored. Names compare without case, spaces and
 * punctuation; amounts to the cent; numbers without spaces.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { cacheOcr, scanned as scanPdf } from '../scanned.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const CORPUS = path.join(SHARED, 'corpus');
const REAL = path.join(SHARED, 'fixtures', 'real');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const MISSES = process.argv.includes('--misses');
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);

const { extract } = await load('index.js');

/**
 * `--ocr-cache DIR`: each page image's OCR result kept in DIR (and each scan, see scanned), keyed by
 * the image's bytes, the OCR settings and the build's OCR code (bench/scanned.mjs), so a change to the
 * parsers re-scores without reading a page again, and a change to the OCR reads them afresh.
 */
const OCR_CACHE = arg('ocr-cache');
if (OCR_CACHE) await cacheOcr(DIST, OCR_CACHE);
const { parseCii, fieldsInDoubt } = await load('invoice/index.js');

const TEXT_GROUPS = ['cn-pdf', 'cn-ofd', 'western-pdf'];
const OCR_GROUPS = ['receipts', 'cn-photo', 'scan-cn', 'scan-western', 'cn-photo-made'];
const wanted = (arg('groups') ?? 'all').split(',').flatMap((g) => (g === 'text' ? TEXT_GROUPS : g === 'ocr' ? OCR_GROUPS : g === 'all' ? [...TEXT_GROUPS, ...OCR_GROUPS] : [g]));
for (const g of wanted) if (![...TEXT_GROUPS, ...OCR_GROUPS].includes(g)) throw new Error(`unknown group ${g}`);

const FIELDS = ['number', 'code', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer', 'documentType'];
/** Receipts are scored on what a receipt is kept for. */
const RECEIPT_FIELDS = ['date', 'totalAmount'];

const norm = (s) => (s ?? '').toString().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const cnDate = (s) => {
  const m = /(\d{4})\D+(\d{1,2})\D+(\d{1,2})/.exec(s ?? '');
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : undefined;
};
const money = (s) => (s === undefined || s === null || s === '' ? undefined : Number(String(s).replace(/[¥,\s]/g, '')));

/** Whether one field of the result is right. */
function same(field, got, want) {
  if (field === 'seller' || field === 'buyer') return !!got[field]?.name && norm(got[field].name) === norm(want);
  if (field === 'documentType') return (got.documentType ?? 'invoice') === want;
  if (field === 'amount' || field === 'taxAmount' || field === 'totalAmount') return got[field] !== null && got[field] !== undefined && Math.abs(got[field] - want) < 0.005;
  if (field === 'number' || field === 'code') return (got[field] ?? '').replace(/\s/g, '') === String(want).replace(/\s/g, '');
  return (got[field] ?? null) === want;
}
const shown = (field, got) => JSON.stringify(field === 'seller' || field === 'buyer' ? got?.[field]?.name ?? null : got?.[field] ?? null);
/** The name a failed check gives the field. */
const doubtName = (field) => (field === 'seller' || field === 'buyer' ? `${field}.name` : field);

/** Truth of a corpus document: its .gt.json, the fields of INVOICE-MODEL.md only. */
function corpusTruth(file, fields = FIELDS) {
  const gt = JSON.parse(readFileSync(`${file}.gt.json`, 'utf8'));
  // Some repositories' labels keep the printed form of an amount ("RM4.00").
  const value = (f) => (['amount', 'taxAmount', 'totalAmount'].includes(f) && typeof gt[f] === 'string' ? money(gt[f].replace(/^[^\d-]+/, '')) : gt[f]);
  return Object.fromEntries(fields.filter((f) => gt[f] !== undefined && gt[f] !== null).map((f) => [f, value(f)]));
}

/** Truth of an OFD of fixtures/real/ofd: its CustomData and resolved CustomTag fields. */
function ofdTruth(file) {
  const gt = JSON.parse(readFileSync(file.replace(/\.ofd$/, '.gt.json'), 'utf8'));
  const cd = gt.ofd_xml_customdata ?? {};
  const tag = Object.values(gt.customtag_resolved ?? {})[0] ?? {};
  const t = {
    number: tag.InvoiceNo ?? cd['发票号码'],
    code: tag.InvoiceCode ?? cd['发票代码'],
    date: cnDate(tag.IssueDate ?? cd['开票日期']),
    currency: 'CNY',
    amount: money(tag.TaxExclusiveTotalAmount ?? cd['合计金额']),
    taxAmount: money(tag.TaxTotalAmount ?? cd['合计税额']),
    totalAmount: money(tag.TaxInclusiveTotalAmount ?? cd['价税合计']),
    seller: tag.SellerName ?? cd['销售方名称'],
    buyer: tag.BuyerName ?? cd['购买方名称'],
    documentType: 'invoice',
  };
  if (t.taxAmount === undefined && t.amount !== undefined && t.totalAmount !== undefined) t.taxAmount = Math.round((t.totalAmount - t.amount) * 100) / 100;
  return Object.fromEntries(Object.entries(t).filter(([, v]) => v !== undefined));
}

const tmp = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-accuracy-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

/** The PDF's pages without its document-level attachments (the Factur-X XML). */
function stripped(file) {
  const out = path.join(tmp, `${path.basename(file)}.stripped.pdf`);
  execFileSync('qpdf', ['--empty', '--pages', file, '--', out], { stdio: ['ignore', 'ignore', 'ignore'] });
  return readFileSync(out);
}

const listed = (dir, ext) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f)) : []);
const westernPdfs = () => [
  ...listed(path.join(CORPUS, 'western-pdf'), '.pdf').map((file) => ({ file, truth: corpusTruth(file) })),
  ...listed(path.join(REAL, 'facturx'), '.pdf').map((file) => {
    const xml = readdirSync(path.dirname(file)).find((f) => f.startsWith(path.basename(file, '.pdf') + '.embedded.'));
    const inv = parseCii(readFileSync(path.join(path.dirname(file), xml)));
    return { file, truth: { number: inv.number, date: inv.date, currency: inv.currency, amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount,
      seller: inv.seller.name, buyer: inv.buyer.name, documentType: inv.documentType ?? 'invoice' } };
  }),
].map((d) => ({ ...d, truth: Object.fromEntries(Object.entries(d.truth).filter(([, v]) => v !== null && v !== undefined)) }));
const cnPdfs = () => listed(path.join(CORPUS, 'cn-pdf'), '.pdf').map((file) => ({ file, truth: corpusTruth(file) }));

/**
 * `--scan-seed N`: each page scanned with its own skew (±1.5°), noise (6-20 levels) and JPEG quality
 * (55-90), drawn from N and the page's name, instead of the one default scanner: how much the figures
 * of the scan groups owe to that one scanner's settings.
 */
const SCAN_SEED = arg('scan-seed');
/**
 * Every page printed and scanned: one JPEG for a one-page document, else an image-only PDF of the
 * scans; kept with the OCR results, by the source file's bytes (not the stripped copy's: qpdf writes a
 * new /ID each time).
 */
const scanned = (file, bytes) => scanPdf(file, { bytes, key: readFileSync(file), seed: SCAN_SEED, cache: OCR_CACHE, tmp });

/** A seed from a file's name (FNV-1a), so each document's photos are the same every run. */
const seedOf = (name) => [...Buffer.from(name)].reduce((h, b) => Math.imul(h ^ b, 16777619) >>> 0, 2166136261);

/** Each document's pages as a PDF (an OFD through the product's own OFD renderer), then two phone photos of page 1. */
const cnDocuments = () => [
  ...cnPdfs(),
  ...listed(path.join(CORPUS, 'cn-ofd'), '.ofd').map((file) => ({ file, truth: corpusTruth(file) })),
  ...listed(path.join(REAL, 'ofd'), '.ofd').map((file) => ({ file, truth: ofdTruth(file) })),
];
async function photographed(file, variant) {
  const { phonePhoto } = await import('./phone-photo.mjs');
  const pdf = path.join(tmp, `${path.basename(file)}.photo-source.pdf`);
  let bytes = readFileSync(file);
  if (file.endsWith('.ofd')) bytes = await (await load('ofd/to-pdf.js')).ofdToPdf(new Uint8Array(bytes));
  (await import('node:fs')).writeFileSync(pdf, bytes);
  return { bytes: (await phonePhoto(pdf, variant)).jpeg, ext: 'jpg' };
}
const { photoVariants } = await import('./phone-photo.mjs');

/** Each group's documents: { name, bytes (or a promise of them), truth }. */
const GROUPS = {
  'cn-pdf': () => cnPdfs().map(({ file, truth }) => ({ name: file, bytes: () => readFileSync(file), truth })),
  'cn-ofd': () => [
    ...listed(path.join(CORPUS, 'cn-ofd'), '.ofd').map((file) => ({ name: file, bytes: () => readFileSync(file), truth: corpusTruth(file) })),
    ...listed(path.join(REAL, 'ofd'), '.ofd').map((file) => ({ name: file, bytes: () => readFileSync(file), truth: ofdTruth(file) })),
  ],
  'western-pdf': () => westernPdfs().map(({ file, truth }) => ({ name: file, bytes: () => stripped(file), truth })),
  receipts: () => listed(path.join(CORPUS, 'receipts'), '.jpg').filter((f) => path.basename(f).startsWith('sroie__'))
    .map((file) => ({ name: file, bytes: () => readFileSync(file), truth: corpusTruth(file, RECEIPT_FIELDS) })),
  'cn-photo': () => [...listed(path.join(CORPUS, 'receipts'), '.jpg'), ...listed(path.join(CORPUS, 'receipts'), '.png')]
    .filter((f) => !path.basename(f).startsWith('sroie__')).map((file) => ({ name: file, bytes: () => readFileSync(file), truth: corpusTruth(file) })),
  'scan-cn': () => cnPdfs().map(({ file, truth }) => ({ name: `${file}.scan`, bytes: () => scanned(file, readFileSync(file)), truth })),
  'cn-photo-made': () => cnDocuments().flatMap(({ file, truth }) => photoVariants(seedOf(path.basename(file)))
    .map((variant) => ({ name: `${file}.${variant.crop ? 'crop' : 'photo'}${variant.turn}`, bytes: () => photographed(file, variant), truth }))),
  'scan-western': () => westernPdfs().map(({ file, truth }) => ({ name: `${file}.scan`, bytes: () => scanned(file, stripped(file)), truth })),
};

/**
 * Fields whose truth (a Factur-X sample's embedded XML) says another thing than its page prints, with
 * what the page prints: no page reader can get the truth's value, so the tables are also given scored
 * against the page for these fields.
 */
const PAGE_TRUTHS = JSON.parse(readFileSync(path.join(import.meta.dirname, 'page-truths.json'), 'utf8'));

const rows = [];
for (const group of wanted) {
  for (const doc of GROUPS[group]()) {
    let bytes = await doc.bytes();
    let name = path.basename(doc.name);
    if (bytes.ext) [name, bytes] = [`${name}.${bytes.ext}`, bytes.bytes];
    const { results } = await extract({ inputs: [{ name, bytes: new Uint8Array(bytes) }], concurrency: 1 });
    const r = results[0];
    const got = r.invoice ?? {};
    const wrong = Object.keys(doc.truth).filter((f) => !same(f, got, doc.truth[f]));
    const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks) : []);
    const page = PAGE_TRUTHS[path.basename(doc.name).replace(/\.(scan|photo\d+|crop\d+)$/, '')] ?? {};
    const pageSays = wrong.filter((f) => f in page && same(f, got, page[f].page));
    rows.push({ group, name: path.relative(SHARED, doc.name), truth: doc.truth, got, status: r.status, checks: r.checks, wrong, unnamed: wrong.filter((f) => !named.has(doubtName(f))), pageSays, error: r.error });
    process.stderr.write('.');
  }
}
process.stderr.write('\n');

const pct = (a, n) => (n ? `${((100 * a) / n).toFixed(1)}%` : '—');
const pad = (s, n) => String(s).padEnd(n);
/** The per-group table and the goal line, with `view` giving each row's wrong and unnamed fields. */
function printTable(view) {
  console.log(`${pad('group', 13)} ${pad('docs', 5)} ${pad('fields right', 18)} ${pad('docs right', 11)} ${pad('silent', 7)} ${pad('unnamed', 8)} ${pad('false flags', 12)}`);
  for (const group of wanted) {
    const rs = rows.filter((r) => r.group === group).map((r) => ({ ...r, ...view(r) }));
    const scored = rs.reduce((n, r) => n + Object.keys(r.truth).length, 0);
    const right = rs.reduce((n, r) => n + Object.keys(r.truth).length - r.wrong.length, 0);
    const good = rs.filter((r) => !r.wrong.length);
    const silent = rs.filter((r) => r.wrong.length && r.status === 'ok').length;
    const unnamed = rs.filter((r) => r.wrong.length && r.status !== 'ok' && r.unnamed.length).length;
    const falseFlags = good.filter((r) => r.status !== 'ok').length;
    console.log(`${pad(group, 13)} ${pad(rs.length, 5)} ${pad(`${pct(right, scored)} (${right}/${scored})`, 18)} ${pad(`${good.length}/${rs.length}`, 11)} ${pad(silent, 7)} ${pad(unnamed, 8)} ${pad(`${falseFlags}/${good.length}`, 12)}`);
  }
  const all = rows.map((r) => ({ ...r, ...view(r) }));
  const wrongDocs = all.filter((r) => r.wrong.length);
  const namedDocs = wrongDocs.filter((r) => r.status !== 'ok' && !r.unnamed.length);
  const goodDocs = all.filter((r) => !r.wrong.length);
  const flagged = goodDocs.filter((r) => r.status !== 'ok').length;
  console.log(`all groups: ${namedDocs.length}/${wrongDocs.length} wrong documents flagged with the wrong fields named (${pct(namedDocs.length, wrongDocs.length)}); `
    + `${flagged}/${goodDocs.length} fully right documents flagged (${pct(flagged, goodDocs.length)})`);
}
printTable((r) => r);
const contradicted = rows.reduce((n, r) => n + r.pageSays.length, 0);
if (contradicted) {
  console.log(`\nthe same, scored against the page for the ${contradicted} fields whose truth the page contradicts (page-truths.json):`);
  printTable((r) => ({ wrong: r.wrong.filter((f) => !r.pageSays.includes(f)), unnamed: r.unnamed.filter((f) => !r.pageSays.includes(f)) }));
}
console.log('\nper field (right/scored)');
console.log(`${pad('group', 13)} ${FIELDS.map((f) => pad(f.replace('Amount', ''), 10)).join(' ')}`);
for (const group of wanted) {
  const rs = rows.filter((r) => r.group === group);
  const cell = (f) => {
    const scored = rs.filter((r) => f in r.truth);
    return scored.length ? `${scored.filter((r) => !r.wrong.includes(f)).length}/${scored.length}` : '—';
  };
  console.log(`${pad(group, 13)} ${FIELDS.map((f) => pad(cell(f), 10)).join(' ')}`);
}

if (MISSES) {
  console.log('\nmisses (✗ silent: status ok; ? flagged without naming the field; · flagged and named)');
  for (const r of rows) {
    if (!r.wrong.length && r.status === 'ok') continue;
    const failed = r.checks.filter((c) => !c.ok).map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`).join(' | ');
    console.log(`${r.group} ${r.name} [${r.status}${r.error ? ` ${r.error.code}` : ''}]${r.wrong.length ? '' : ' false flag'}${failed ? `  checks: ${failed}` : ''}`);
    for (const f of r.wrong) {
      const mark = r.status === 'ok' ? '✗' : r.unnamed.includes(f) ? '?' : '·';
      console.log(`   ${mark} ${f}: got ${shown(f, r.got)}, want ${JSON.stringify(r.truth[f])}${r.pageSays.includes(f) ? ' (the page prints what we got)' : ''}`);
    }
  }
}
