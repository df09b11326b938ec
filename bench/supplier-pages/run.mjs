#!/usr/bin/env node
/**
 * English-language supplier invoices as a browser prints them: each page of pages/ (HTML, names and
 * figures made up) is printed to PDF by headless Chromium, its text layer read by pdf.js and the
 * Western invoice parser, and its eight fields scored against truth.json.
 *
 * The printed PDF also goes through the whole `extract` pipeline, as a user's file would: its fields
 * are scored the same way, and each document's status is set against what it got wrong. A silent
 * document has a wrong field and status ok; a wrong document is named when it is needs_review and
 * every wrong field is among those its failed checks name (fieldsInDoubt); a right document is flagged
 * when it is needs_review all the same. `--misses` shows per page the parser's wrong fields, then the
 * pipeline's, each marked ✗ (status ok), ? (flagged, the field not named) or · (flagged and named).
 *
 *   npm run build && node bench/supplier-pages/run.mjs [--dist DIR] [--misses] [--pages NAME,NAME…]
 *
 * `--pages` scores only the pages named (without ".html"), e.g. a new batch's first reading.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const misses = process.argv.includes('--misses');
const only = arg('--pages')?.split(',') ?? null;
const { pdfPageText } = await import(pathToFileURL(path.join(dist, 'pdf/text.js')).href);
const { parseWesternInvoiceText } = await import(pathToFileURL(path.join(dist, 'invoice/western/text.js')).href);
const { extract } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { fieldsInDoubt } = await import(pathToFileURL(path.join(dist, 'invoice/index.js')).href);

const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
// One directory per checkout: two checkouts' pages of the same name may differ.
// (The directory's name hashes the whole path: its end alone, "…/bench/supplier-pages", is every checkout's.)
const out = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-supplier-pages-${createHash('sha256').update(here).digest('hex').slice(0, 16)}`);
mkdirSync(out, { recursive: true });
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer'];

/** Prints a page to PDF (Chromium, no header or footer); the PDF is reused while it is newer than the HTML. */
function printed(name) {
  const html = path.join(here, 'pages', `${name}.html`);
  const pdf = path.join(out, `${name}.pdf`);
  if (!existsSync(pdf) || statSync(pdf).mtimeMs < statSync(html).mtimeMs) execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: 'ignore' });
  return pdf;
}

/** The eight scored fields of an invoice, a party by its name. */
const fieldsOf = (inv) => ({ number: inv?.number ?? null, date: inv?.date ?? null, currency: inv?.currency ?? null, amount: inv?.amount ?? null,
  taxAmount: inv?.taxAmount ?? null, totalAmount: inv?.totalAmount ?? null, seller: inv?.seller?.name ?? null, buyer: inv?.buyer?.name ?? null });
const wrongOf = (want, got) => FIELDS.filter((f) => !(Array.isArray(want[f]) ? want[f].includes(got[f]) : want[f] === got[f]));
/** The name a failed check gives the field. */
const doubtName = (field) => (field === 'seller' || field === 'buyer' ? `${field}.name` : field);

let right = 0;
let pipelineRight = 0;
let scored = 0;
const docs = [];
console.log(`scored build: ${dist}`);
for (const name of readdirSync(path.join(here, 'pages')).map((f) => f.replace(/\.html$/, '')).filter((n) => !only || only.includes(n)).sort()) {
  const want = truth[name];
  const bytes = readFileSync(printed(name));
  const got = fieldsOf(parseWesternInvoiceText(await pdfPageText(bytes)));
  const wrong = wrongOf(want, got);
  const { results } = await extract({ inputs: [{ name: `${name}.pdf`, bytes: new Uint8Array(bytes) }], concurrency: 1 });
  const r = results[0];
  const piped = fieldsOf(r.invoice);
  const pipeWrong = wrongOf(want, piped);
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks ?? []) : []);
  const unnamed = pipeWrong.filter((f) => !named.has(doubtName(f)));
  docs.push({ name, status: r.status, wrong: pipeWrong, unnamed });
  right += FIELDS.length - wrong.length;
  pipelineRight += FIELDS.length - pipeWrong.length;
  scored += FIELDS.length;
  const mark = (f) => (r.status === 'ok' ? '✗' : unnamed.includes(f) ? '?' : '·');
  const detail = misses
    ? wrong.map((f) => `  ${f}: ${JSON.stringify(got[f])}`).join('')
      + (pipeWrong.length ? `  | extract [${r.status}]:${pipeWrong.map((f) => ` ${mark(f)} ${f}: ${JSON.stringify(piped[f])}`).join('')}` : '')
      + (!pipeWrong.length && r.status !== 'ok' ? `  | extract flagged: ${[...named].join(', ')}` : '')
    : '';
  console.log(`${name.padEnd(26)} ${FIELDS.length - wrong.length}/${FIELDS.length} ${FIELDS.length - pipeWrong.length}/${FIELDS.length} ${r.status === 'ok' ? 'ok' : 'review'}${detail}`);
}
const pct = (a, n) => (n ? `${(100 * a / n).toFixed(1)}%` : '—');
const wrongDocs = docs.filter((d) => d.wrong.length);
const goodDocs = docs.filter((d) => !d.wrong.length);
const silent = wrongDocs.filter((d) => d.status === 'ok').length;
const namedDocs = wrongDocs.filter((d) => d.status !== 'ok' && !d.unnamed.length).length;
const flagged = goodDocs.filter((d) => d.status !== 'ok').length;
console.log(`fields right ${right}/${scored} (${pct(right, scored)}); through extract ${pipelineRight}/${scored} (${pct(pipelineRight, scored)})`);
console.log(`extract: ${goodDocs.length}/${docs.length} documents right; silent ${silent}/${wrongDocs.length} wrong documents; `
  + `${namedDocs}/${wrongDocs.length} wrong documents flagged with every wrong field named (${pct(namedDocs, wrongDocs.length)}); `
  + `${flagged}/${goodDocs.length} right documents flagged (${pct(flagged, goodDocs.length)})`);
