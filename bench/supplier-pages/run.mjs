#!/usr/bin/env node
/**
 * English-language supplier invoices as a browser prints them: each page of pages/ (HTML, names and
 * figures made up) is printed to PDF by headless Chromium, its text layer read by pdf.js and the
 * Western invoice parser, and its eight fields scored against truth.json.
 *
 *   npm run build && node bench/supplier-pages/run.mjs [--dist DIR] [--misses]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const arg = (name) => { const i = process.argv.indexOf(name); return i > 0 ? process.argv[i + 1] : null; };
const dist = path.resolve(arg('--dist') ?? path.join(here, '../../dist'));
const misses = process.argv.includes('--misses');
const { pdfPageText } = await import(pathToFileURL(path.join(dist, 'pdf/text.js')).href);
const { parseWesternInvoiceText } = await import(pathToFileURL(path.join(dist, 'invoice/western/text.js')).href);

const truth = JSON.parse(readFileSync(path.join(here, 'truth.json'), 'utf8'));
const out = path.join(process.env.TMPDIR ?? '/tmp', 'invoicectl-supplier-pages');
mkdirSync(out, { recursive: true });
const FIELDS = ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount', 'seller', 'buyer'];

/** Prints a page to PDF once (Chromium, no header or footer); the PDF is reused while the HTML is unchanged. */
function printed(name) {
  const html = path.join(here, 'pages', `${name}.html`);
  const pdf = path.join(out, `${name}.pdf`);
  if (!existsSync(pdf)) execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(html).href], { stdio: 'ignore' });
  return pdf;
}

let right = 0;
let scored = 0;
console.log(`scored build: ${dist}`);
for (const name of readdirSync(path.join(here, 'pages')).map((f) => f.replace(/\.html$/, '')).sort()) {
  const want = truth[name];
  const inv = parseWesternInvoiceText(await pdfPageText(readFileSync(printed(name))));
  const got = { number: inv.number, date: inv.date, currency: inv.currency, amount: inv.amount, taxAmount: inv.taxAmount, totalAmount: inv.totalAmount, seller: inv.seller.name, buyer: inv.buyer.name };
  const wrong = FIELDS.filter((f) => !(Array.isArray(want[f]) ? want[f].includes(got[f]) : want[f] === got[f]));
  right += FIELDS.length - wrong.length;
  scored += FIELDS.length;
  console.log(`${name.padEnd(26)} ${FIELDS.length - wrong.length}/${FIELDS.length}${misses ? wrong.map((f) => `  ${f}: ${JSON.stringify(got[f])}`).join('') : ''}`);
}
console.log(`fields right ${right}/${scored} (${(100 * right / scored).toFixed(1)}%)`);
