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
 * `--scan`: `extract` reads a scan of each printed page instead (bench/scanned.mjs: fixtures/scan.mjs's
 * printer and scanner, 200 dpi, 0.8° skew, noise, JPEG, as the accuracy harness's scan groups): one
 * JPEG for a one-page invoice, else an image-only PDF, so no text layer is left and every page is
 * OCR'd. `--seed N` draws each page's skew, noise and JPEG quality from N and its name. The parser's
 * column stays the printed PDF's text layer, for comparison. OCR results and scans are kept in
 * `--ocr-cache DIR` (by default a folder beside the printed pages), keyed like the accuracy harness's.
 * `--photo`: a phone photo of each printed page instead (bench/accuracy/phone-photo.mjs, as bench/cn-pages'
 * `--photo`): each page gets one of the variants photoVariants draws (on a desk upright, upside down or
 * sideways, or cropped to the page), picked by a seed from its name (and `--seed N`); made, kept and
 * OCR'd as `--scan`'s scans.
 *
 * `--reasons` (with `--misses`): the failed checks of every flagged document, wrong ones too, to count which doubt
 * names a wrong field.
 * `--only a,b` (or `--pages a,b`) scores only the pages named (without ".html"), e.g. a new batch's
 * first reading. `--batches`: the same figures for `extract` per batch of pages, a batch being the
 * commit that added its pages (`git log`), in the order they were written. `--rewrite cairo|objstm`:
 * each printed PDF is written again by another producer before it is read (REWRITERS below). `--zoom F`:
 * the content printed F times its size (0.5-2) on the same sheet. `--paper letter|a4`: every page printed on that
 * paper, whatever its own @page size. `--producers`: the pages of other PDF producers
 * instead (producers/: PyMuPDF, a hand-written content stream, ReportLab, pdf-lib, LibreOffice, wkhtmltopdf,
 * pdflatex, groff, Ghostscript), made at run time by producers/make.mjs and scored against producers/truth.json.
 *
 *   npm run build && node bench/supplier-pages/run.mjs [--dist DIR] [--misses [--reasons]] [--scan | --photo [--seed N] [--ocr-cache DIR]] [--only a,b] [--batches] [--rewrite cairo|objstm] [--zoom F] [--paper letter|a4] [--producers]
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { cacheOcr, scanned } from '../scanned.mjs';
import { makePages } from './producers/make.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const misses = process.argv.includes('--misses');
const allReasons = process.argv.includes('--reasons');
const photo = process.argv.includes('--photo');
const scan = photo || process.argv.includes('--scan');
const seed = arg('--seed');
const only = (arg('--only') ?? arg('--pages'))?.split(',');
const { pdfPageText } = await import(pathToFileURL(path.join(dist, 'pdf/text.js')).href);
const { parseWesternInvoiceText } = await import(pathToFileURL(path.join(dist, 'invoice/western/text.js')).href);
const { extract } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { fieldsInDoubt } = await import(pathToFileURL(path.join(dist, 'invoice/index.js')).href);

const producers = process.argv.includes('--producers');
const truth = JSON.parse(readFileSync(path.join(here, producers ? 'producers' : '', 'truth.json'), 'utf8'));
// One directory per checkout: two checkouts' pages of the same name may differ.
// (The directory's name hashes the whole path: its end alone, "…/bench/supplier-pages", is every checkout's.)
const out = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-supplier-pages-${createHash('sha256').update(here).digest('hex').slice(0, 16)}`);
mkdirSync(out, { recursive: true });
const ocrCache = scan ? path.resolve(arg('--ocr-cache') ?? path.join(out, 'ocr')) : null;
if (ocrCache) await cacheOcr(dist, ocrCache);
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer'];
/**
 * `--rewrite NAME`: each printed PDF written again by another producer before it is read, so the same pages
 * and truth test the reader on other fonts, encodings, text operators and file structure. Poppler's cairo backend
 * (`pdftocairo -pdf`, what many Linux applications print through) re-embeds the fonts as its own subsets
 * with their own encodings and ToUnicode maps, and draws the text glyph run by glyph run.
 */
const REWRITERS = {
  cairo: (from, to) => ['pdftocairo', ['-pdf', from, to]],
  // The same objects packed into compressed object streams with a cross-reference stream (PDF 1.5), as most
  // office suites and PDF libraries write them; Chromium writes a classic xref table.
  objstm: (from, to) => ['qpdf', ['--object-streams=generate', from, to]],
};
const rewrite = arg('--rewrite');
// `--zoom F`: the page's content printed F times its size on the same sheet, as an issuer's smaller or larger type.
const zoom = Number(arg('--zoom') ?? 1);
if (!(zoom >= 0.5 && zoom <= 2)) throw new Error('--zoom: between 0.5 and 2');
if (rewrite && !REWRITERS[rewrite]) throw new Error(`--rewrite: one of ${Object.keys(REWRITERS).join(', ')}`);
if (producers && zoom !== 1) throw new Error('--zoom: the pages printed from HTML only');
if (producers && arg('--paper')) throw new Error('--paper: the pages printed from HTML only');
// Made afresh each run: the producers' PDFs are cheap to make and follow their sources.
const made = producers ? path.join(out, 'producers') : null;
if (made) await makePages(made);

// `--paper letter|a4`: every page printed on that paper, its own @page size set aside (the same invoice printed where
// the other paper is the default: its lines wrap elsewhere and its columns sit closer or farther apart).
const PAPERS = { letter: { paperWidth: 8.5, paperHeight: 11 }, a4: { paperWidth: 210 / 25.4, paperHeight: 297 / 25.4 } };
const paper = arg('--paper');
if (paper && !PAPERS[paper]) throw new Error(`--paper: one of ${Object.keys(PAPERS).join(', ')}`);

let browser = null;
/**
 * Prints a page to PDF as `chromium --headless --print-to-pdf --no-pdf-header-footer` does (Page.printToPDF with its
 * defaults, the page's @page size kept), by one browser for every page: a Chromium started per page costs seconds.
 * The PDF is reused while it is newer than the HTML.
 */
async function printed(name) {
  const page = path.join(here, 'pages', `${name}.html`);
  const html = zoom === 1 ? page : path.join(out, `${name}.x${zoom}.html`);
  if (zoom !== 1 && (!existsSync(html) || statSync(html).mtimeMs < statSync(page).mtimeMs)) {
    writeFileSync(html, readFileSync(page, 'utf8').replace('</head>', `<style>html { zoom: ${zoom}; }</style></head>`));
  }
  const pdf = path.join(out, `${name}${zoom === 1 ? '' : `.x${zoom}`}${paper ? `.${paper}` : ''}.pdf`);
  if (!existsSync(pdf) || statSync(pdf).mtimeMs < statSync(html).mtimeMs) {
    browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const tab = await browser.newPage();
    await tab.goto(pathToFileURL(html).href);
    const cdp = await tab.context().newCDPSession(tab);
    const { data } = await cdp.send('Page.printToPDF', paper ? PAPERS[paper] : { preferCSSPageSize: true });
    writeFileSync(pdf, Buffer.from(data, 'base64'));
    await tab.close();
  }
  return rewritten(pdf);
}

/** The PDF written again by `--rewrite`'s producer, else the PDF itself. */
function rewritten(pdf) {
  if (!rewrite) return pdf;
  const again = pdf.replace(/\.pdf$/, `.${rewrite}.pdf`);
  if (!existsSync(again) || statSync(again).mtimeMs < statSync(pdf).mtimeMs) execFileSync(...REWRITERS[rewrite](pdf, again), { stdio: 'ignore' });
  return again;
}

/** The eight scored fields of an invoice, a party by its name. */
const fieldsOf = (inv) => ({ number: inv?.number ?? null, date: inv?.date ?? null, currency: inv?.currency ?? null, amount: inv?.amount ?? null,
  taxAmount: inv?.taxAmount ?? null, totalAmount: inv?.totalAmount ?? null, seller: inv?.seller?.name ?? null, buyer: inv?.buyer?.name ?? null });
const wrongOf = (want, got) => FIELDS.filter((f) => !(Array.isArray(want[f]) ? want[f].includes(got[f]) : want[f] === got[f]));
/** Why a right document was flagged: each failed check, with its message (the doubt that raised it). */
const reasons = (checks) => (checks ?? []).filter((c) => !c.ok).map((c) => ` [${c.id}${c.message ? `: ${c.message}` : ''}]`).join('');
/** The name a failed check gives the field. */
const doubtName = (field) => (field === 'seller' || field === 'buyer' ? `${field}.name` : field);

let right = 0;
let pipelineRight = 0;
let scored = 0;
const docs = [];
console.log(`scored build: ${dist}${producers ? '; pages of other producers' : ''}${rewrite ? `; rewritten by ${rewrite}` : ''}${zoom !== 1 ? `; zoom ${zoom}` : ''}${scan ? `; extract reads ${photo ? 'phone photos' : 'scans'}${seed ? ` (seed ${seed})` : ''}, OCR cache ${ocrCache}` : ''}`);
const names = producers ? Object.keys(truth).sort() : readdirSync(path.join(here, 'pages')).map((f) => f.replace(/\.html$/, '')).sort();
for (const name of names) {
  if (only && !only.includes(name)) continue;
  const want = truth[name];
  const pdf = made ? rewritten(path.join(made, `${name}.pdf`)) : await printed(name);
  const bytes = readFileSync(pdf);
  const got = fieldsOf(parseWesternInvoiceText(await pdfPageText(bytes)));
  const wrong = wrongOf(want, got);
  const input = scan ? await scanned(pdf, { name, seed, cache: ocrCache, tmp: out, photo }) : { bytes, ext: 'pdf' };
  const { results } = await extract({ inputs: [{ name: `${name}.${input.ext}`, bytes: new Uint8Array(input.bytes) }], concurrency: 1 });
  const r = results[0];
  const piped = fieldsOf(r.invoice);
  const pipeWrong = wrongOf(want, piped);
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks ?? []) : []);
  const unnamed = pipeWrong.filter((f) => !named.has(doubtName(f)));
  docs.push({ name, status: r.status, wrong: pipeWrong, unnamed, right: FIELDS.length - pipeWrong.length });
  right += FIELDS.length - wrong.length;
  pipelineRight += FIELDS.length - pipeWrong.length;
  scored += FIELDS.length;
  const mark = (f) => (r.status === 'ok' ? '✗' : unnamed.includes(f) ? '?' : '·');
  const detail = misses
    ? wrong.map((f) => `  ${f}: ${JSON.stringify(got[f])}`).join('')
      + (pipeWrong.length ? `  | extract [${r.status}]:${pipeWrong.map((f) => ` ${mark(f)} ${f}: ${JSON.stringify(piped[f])}`).join('')}` : '')
      + ((!pipeWrong.length || allReasons) && r.status !== 'ok' ? `  | extract flagged: ${[...named].join(', ')}${reasons(r.checks)}` : '')
    : '';
  console.log(`${name.padEnd(26)} ${FIELDS.length - wrong.length}/${FIELDS.length} ${FIELDS.length - pipeWrong.length}/${FIELDS.length} ${r.status === 'ok' ? 'ok' : 'review'}${detail}`);
}
await browser?.close();
const pct = (a, n) => (n ? `${(100 * a / n).toFixed(1)}%` : '—');
/** extract's figures over some documents: silent, named, unnamed and right-but-flagged documents. */
function figures(ds) {
  const wrongDocs = ds.filter((d) => d.wrong.length);
  const goodDocs = ds.filter((d) => !d.wrong.length);
  const silent = wrongDocs.filter((d) => d.status === 'ok').length;
  const named = wrongDocs.filter((d) => d.status !== 'ok' && !d.unnamed.length).length;
  return { fields: ds.reduce((n, d) => n + d.right, 0), scored: ds.length * FIELDS.length, wrong: wrongDocs.length, good: goodDocs.length, silent, named,
    unnamed: wrongDocs.length - silent - named, flagged: goodDocs.filter((d) => d.status !== 'ok').length };
}
const all = figures(docs);
console.log(`fields right ${right}/${scored} (${pct(right, scored)}); through extract${scan ? (photo ? ' (photos)' : ' (scans)') : ''} ${pipelineRight}/${scored} (${pct(pipelineRight, scored)})`);
console.log(`extract: ${all.good}/${docs.length} documents right; silent ${all.silent}/${all.wrong} wrong documents; `
  + `${all.named}/${all.wrong} wrong documents flagged with every wrong field named (${pct(all.named, all.wrong)}), ${all.unnamed} flagged without; `
  + `${all.flagged}/${all.good} right documents flagged (${pct(all.flagged, all.good)})`);
if (process.argv.includes('--batches')) {
  // Oldest batch first: `git log` lists the newest commit first, each with the pages it added.
  const log = execFileSync('git', ['log', '--reverse', '--diff-filter=A', '--name-only', '--format=@%h', '--', 'pages'], { cwd: here }).toString();
  const batchOf = new Map();
  let commit = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) commit = line.slice(1);
    else if (line.endsWith('.html') && !batchOf.has(path.basename(line, '.html'))) batchOf.set(path.basename(line, '.html'), commit);
  }
  console.log('\nbatch     pages  fields right (extract)  silent  named  unnamed  right flagged');
  for (const c of [...new Set(batchOf.values())]) {
    const f = figures(docs.filter((d) => batchOf.get(d.name) === c));
    if (!f.wrong && !f.good) continue;
    console.log(`${c.padEnd(9)} ${String(f.wrong + f.good).padEnd(6)} ${`${f.fields}/${f.scored} (${pct(f.fields, f.scored)})`.padEnd(23)} ${`${f.silent}/${f.wrong}`.padEnd(7)} ${`${f.named}/${f.wrong}`.padEnd(6)} ${String(f.unnamed).padEnd(8)} ${f.flagged}/${f.good}`);
  }
}
