#!/usr/bin/env node
/**
 * Chinese invoices as a browser prints them: each page of pages/ (HTML, names, tax IDs and figures made
 * up, the truth in truth.json written before the page was first read) is printed to PDF by headless
 * Chromium (playwright-core driving Debian's chromium, the page size from the page's @page rule), then
 * read by the whole `extract` pipeline as a user's file would be, and scored on the fields of
 * INVOICE-MODEL.md that its truth gives (a field the truth leaves out is not scored; `"code": null`
 * scores that no 发票代码 is read).
 *
 * A silent document has a wrong field and status ok; a wrong document is named when it is
 * needs_review and every wrong field is among those its failed checks name (fieldsInDoubt); a right
 * document is flagged when it is needs_review all the same. `--misses` shows each wrong field, marked
 * ✗ (status ok), ? (flagged, the field not named) or · (flagged and named), and each flagged right
 * document's checks.
 *
 * `--faces song-kai` prints every page with the labels in AR PL UMing (a 宋体-like face) and the values
 * in AR PL UKai (楷体-like), as the tax bureau's template sets them, in place of WenQuanYi Micro Hei:
 * other glyph widths, so other text items. It needs Debian's fonts-arphic-uming and fonts-arphic-ukai.
 *
 * `--zoom F` prints every page F times its size, sheet and content (0.5-2).
 *
 *   npm run build && node bench/cn-pages/run.mjs [--dist DIR] [--misses] [--only NAME,NAME] [--faces song-kai] [--zoom F]
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const misses = process.argv.includes('--misses');
const only = arg('--only')?.split(',');
const { extract } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
const { fieldsInDoubt } = await import(pathToFileURL(path.join(dist, 'invoice/index.js')).href);

const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
// One directory per checkout (the hash of the whole path): two checkouts' pages of one name may differ.
const out = path.join(process.env.TMPDIR ?? '/tmp', `invoicectl-cn-pages-${createHash('sha256').update(here).digest('hex').slice(0, 16)}`);
mkdirSync(out, { recursive: true });
const FACES = {
  'song-kai': 'body, body * { font-family: "AR PL UMing CN", serif !important; } '
    + 'b, b *, .items td, .remarks-text, .grid td, .cipher, .row > span:not(.lab) { font-family: "AR PL UKai CN", serif !important; }',
};
const faces = arg('--faces');
// `--zoom F`: the page printed F times its size (sheet and content), as an issuer printing onto A4 or
// a viewer saving it larger would: distances in the text layer scale with it.
const zoom = Number(arg('--zoom') ?? 1);
if (!(zoom >= 0.5 && zoom <= 2)) throw new Error('--zoom: between 0.5 and 2');
if (faces && !FACES[faces]) throw new Error(`--faces: one of ${Object.keys(FACES).join(', ')}`);
const FIELDS = ['number', 'code', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer', 'documentType'];

let browser = null;
/** Prints a page to PDF; the PDF is reused while it is newer than the HTML and its stylesheets. */
async function printed(name) {
  const html = path.join(here, 'pages', `${name}.html`);
  const pdf = path.join(out, `${name}${faces ? `.${faces}` : ''}${zoom !== 1 ? `.x${zoom}` : ''}.pdf`);
  const newest = Math.max(statSync(html).mtimeMs, ...readdirSync(path.join(here, 'pages')).filter((f) => f.endsWith('.css')).map((f) => statSync(path.join(here, 'pages', f)).mtimeMs));
  if (!existsSync(pdf) || statSync(pdf).mtimeMs < newest) {
    browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    if (faces) await page.addStyleTag({ content: FACES[faces] });
    if (zoom !== 1) {
      // The @page size of the page's stylesheet, in mm, times the zoom; the content zoomed by as much.
      const sheet = /href="([^"]+\.css)"/.exec(readFileSync(html, 'utf8'))?.[1];
      const size = /@page\s*\{\s*size:\s*([\d.]+)mm\s+([\d.]+)mm/.exec(readFileSync(path.join(here, 'pages', sheet), 'utf8'));
      await page.addStyleTag({ content: `@page { size: ${Number(size[1]) * zoom}mm ${Number(size[2]) * zoom}mm; } html { zoom: ${zoom}; }` });
    }
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
    await page.close();
  }
  return pdf;
}

const fieldsOf = (inv) => ({ number: inv?.number ?? null, code: inv?.code ?? null, date: inv?.date ?? null, currency: inv?.currency ?? null,
  amount: inv?.amount ?? null, taxAmount: inv?.taxAmount ?? null, totalAmount: inv?.totalAmount ?? null,
  seller: inv?.seller?.name ?? null, buyer: inv?.buyer?.name ?? null, documentType: inv?.documentType ?? null });
const norm = (s) => (s ?? '').toString().toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
function same(field, got, want) {
  if (want === null) return got === null;
  if (field === 'seller' || field === 'buyer') return got !== null && norm(got) === norm(want);
  if (field === 'amount' || field === 'taxAmount' || field === 'totalAmount') return got !== null && Math.abs(got - want) < 0.005;
  return got === want;
}
const doubtName = (field) => (field === 'seller' || field === 'buyer' ? `${field}.name` : field);

let right = 0;
let scored = 0;
const docs = [];
console.log(`scored build: ${dist}${faces ? `; faces: ${faces}` : ''}${zoom !== 1 ? `; zoom: ${zoom}` : ''}`);
const names = readdirSync(path.join(here, 'pages')).filter((f) => f.endsWith('.html')).map((f) => f.replace(/\.html$/, '')).sort();
for (const name of names.filter((n) => !only || only.includes(n))) {
  const want = truth[name];
  if (!want) throw new Error(`no truth for ${name}`);
  const bytes = readFileSync(await printed(name));
  const { results } = await extract({ inputs: [{ name: `${name}.pdf`, bytes: new Uint8Array(bytes) }], concurrency: 1 });
  const r = results[0];
  const got = fieldsOf(r.invoice);
  const fields = FIELDS.filter((f) => f in want);
  const wrong = fields.filter((f) => !same(f, got[f], want[f]));
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks ?? []) : []);
  const unnamed = wrong.filter((f) => !named.has(doubtName(f)));
  docs.push({ name, status: r.status, wrong, unnamed });
  right += fields.length - wrong.length;
  scored += fields.length;
  const mark = (f) => (r.status === 'ok' ? '✗' : unnamed.includes(f) ? '?' : '·');
  const failed = (r.checks ?? []).filter((c) => !c.ok).map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`).join(' | ');
  const detail = misses
    ? wrong.map((f) => `\n   ${mark(f)} ${f}: got ${JSON.stringify(got[f])}, want ${JSON.stringify(want[f])}`).join('')
      + (r.status !== 'ok' ? `\n   checks: ${failed || r.error?.message}` : '')
    : '';
  console.log(`${name.padEnd(28)} ${fields.length - wrong.length}/${fields.length} ${r.status}${detail}`);
}
await browser?.close();
const pct = (a, n) => (n ? `${(100 * a / n).toFixed(1)}%` : '—');
const wrongDocs = docs.filter((d) => d.wrong.length);
const goodDocs = docs.filter((d) => !d.wrong.length);
const silent = wrongDocs.filter((d) => d.status === 'ok').length;
const namedDocs = wrongDocs.filter((d) => d.status !== 'ok' && !d.unnamed.length).length;
const flagged = goodDocs.filter((d) => d.status !== 'ok').length;
console.log(`fields right ${right}/${scored} (${pct(right, scored)}); ${goodDocs.length}/${docs.length} documents right`);
console.log(`silent ${silent}/${wrongDocs.length} wrong documents; ${namedDocs}/${wrongDocs.length} wrong documents flagged with every wrong field named `
  + `(${pct(namedDocs, wrongDocs.length)}); ${flagged}/${goodDocs.length} right documents flagged (${pct(flagged, goodDocs.length)})`);
