#!/usr/bin/env node
/**
 * Held-out receipt photos: made-up Malaysian / Singaporean till receipts (receipts.mjs) printed on
 * 80 mm paper by headless Chromium, then scanned or photographed (fixtures/scan.mjs scanPage,
 * bench/accuracy/phone-photo.mjs phonePhoto) with settings drawn from a seed of the receipt's id, and
 * read by `extract` from dist/ as bench/accuracy/run.mjs reads the SROIE receipts. Scored on the date
 * and the total, whose truth receipts.mjs computes from the receipt's own figures.
 *
 *   npm run build && node bench/receipt-images/run.mjs [--batch N|A..B|all] [--harsh] [--misses] [--text] [--only ID] [--keep DIR] [--dist DIR] [--ocr-cache DIR]
 *
 * --harsh: a worn thermal print taken badly: faded ink, 120-150 dpi, stronger blur and noise, JPEG 35-55
 * (the same receipts, other settings drawn from the same seeds).
 *
 * --misses lists every wrong or flagged receipt; --text also prints the OCR text the parsers read for
 * them; --keep DIR writes each page (PDF) and image (JPEG) there. Rendered PDFs are cached under the
 * system's temp dir by the hash of their HTML, so a second run only pays for the OCR; --ocr-cache DIR keeps
 * each image's OCR result there too (bench/scanned.mjs cacheOcr), so that a change to the parsers is
 * re-scored, before and after, without reading the photos again.
 *
 * Per field: right, silent (wrong while the status is ok), wrong but named (needs_review, a failed check
 * names it), wrong and flagged without naming it, right but flagged.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { prng } from '../../fixtures/prng.mjs';
import { cacheOcr } from '../scanned.mjs';
import { scanPage } from '../../fixtures/scan.mjs';
import { phonePhoto } from '../accuracy/phone-photo.mjs';
import { printFieldTable } from './table.mjs';
import { RECEIPTS } from './receipts.mjs';

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const BATCH = arg('batch') ?? 'all';
const ONLY = arg('only');
const KEEP = arg('keep');
const MISSES = process.argv.includes('--misses') || process.argv.includes('--text');
const TEXT = process.argv.includes('--text');
const HARSH = process.argv.includes('--harsh');
// --dist DIR: another build to read with (a copy of dist/ inside the checkout, for a before/after).
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);

const { extract } = await load('index.js');
if (arg('ocr-cache')) await cacheOcr(DIST, arg('ocr-cache'));
const { fieldsInDoubt } = await load('invoice/index.js');
const { LazyOcr } = await load('extract/ocr.js');
const { pageLines, linesToText } = await load('invoice/layout.js');

// The text the parsers read: kept from the OCR step of each extract (for --text only).
let lastPages = [];
if (TEXT) {
  const pageText = LazyOcr.prototype.pageText;
  LazyOcr.prototype.pageText = async function (...args) {
    const page = await pageText.apply(this, args);
    lastPages.push(page);
    return page;
  };
}

const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// slanted: a slanted serif, for a bill filled in by hand.
const FONTS = { mono: '"DejaVu Sans Mono", monospace', condensed: '"DejaVu Sans Condensed", "DejaVu Sans", sans-serif', slanted: '"Latin Modern Roman Slanted", "DejaVu Serif", serif' };

/** One receipt's lines as an 80 mm page: a thermal print, the ink a little faded. */
function html(receipt, lines, next) {
  const { font, size } = receipt.style;
  const lineHeight = size * 1.3;
  // A faded thermal print (style.faded): the ink 50 levels lighter, as on a receipt kept for months.
  const ink = Math.min(200, (HARSH ? Math.round(95 + next() * 55) : Math.round(30 + next() * 60)) + (receipt.style.faded ? 50 : 0));
  const row = (line) => {
    if (line === '-') return '<div class="rule"></div>';
    if (typeof line === 'string') return `<div>${escape(line) || '&nbsp;'}</div>`;
    if (line.c !== undefined) return `<div class="c">${escape(line.c)}</div>`;
    if (line.b) return `<div class="r b">${line.b.map((p) => `<span>${escape(p)}</span>`).join('')}</div>`;
    // A till's double-height type (h: glyphs twice as tall, as wide) and double-size type (hw: twice as tall and wide).
    if (line.h) return `<div class="r h">${line.h.map((p) => `<span>${escape(p)}</span>`).join('')}</div>`;
    if (line.hw) return `<div class="r hw">${line.hw.map((p) => `<span>${escape(p)}</span>`).join('')}</div>`;
    // Written in by hand on the slip (a tip, the sum with it): a slanted serif, larger, the style on the line itself.
    if (line.hand) return `<div class="r" style="font-family: ${FONTS.slanted}; font-size: ${size + 5}px; font-style: italic">${line.hand.map((p) => `<span>${escape(p)}</span>`).join('')}</div>`;
    return `<div class="r">${line.map((p) => `<span>${escape(p)}</span>`).join('')}</div>`;
  };
  // Page height from the line count, so that the receipt is one page (a little paper left below).
  const tall = lines.filter((line) => line.h || line.hw).length;
  const heightMm = Math.ceil(((lines.length + tall + 3) * lineHeight * 25.4) / 96) + 8;
  return `<!doctype html><html><head><meta charset="utf-8"><style>
@page { size: 80mm ${heightMm}mm; margin: 0 }
body { margin: 5mm 4mm; font-family: ${FONTS[font]}; font-size: ${size}px; line-height: ${lineHeight}px; color: rgb(${ink},${ink},${ink}); }
.c { text-align: center } .r { display: flex; justify-content: space-between; gap: 6px } .b { font-weight: bold; font-size: ${size + 2}px }
.h { font-weight: bold; height: ${2 * lineHeight}px; align-items: center } .h span { display: inline-block; transform: scaleY(2) }
.hw { font-weight: bold; font-size: ${2 * size}px; line-height: ${2 * lineHeight}px }
.rule { border-top: 1px dashed rgb(${ink},${ink},${ink}); margin: ${lineHeight / 2}px 0 }
span { white-space: pre } .r span:first-child { white-space: pre-wrap; min-width: 0 } .r span:last-child { flex-shrink: 0 }
</style></head><body>${lines.map(row).join('\n')}</body></html>`;
}

const CACHE = path.join(os.tmpdir(), 'invoicectl-receipt-images');
mkdirSync(CACHE, { recursive: true });

/** The page as a PDF printed by headless Chromium (cached by the hash of its HTML). */
async function printed(page) {
  const key = createHash('sha1').update(page).digest('hex').slice(0, 16);
  const pdf = path.join(CACHE, `${key}.pdf`);
  if (!existsSync(pdf)) {
    const file = path.join(CACHE, `${key}.html`);
    writeFileSync(file, page);
    await run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${pdf}`, pathToFileURL(file).href]);
  }
  return pdf;
}

/** A seed from the receipt's id (FNV-1a): the same paper, ink and camera every run. */
const seedOf = (id) => [...Buffer.from(id)].reduce((h, b) => Math.imul(h ^ b, 16777619) >>> 0, 2166136261);

/** Scanned (skew, noise, JPEG), photographed (perspective, light, blur) or photographed at a slant ('angle'), as `degrade` says. */
async function image(receipt, pdf, next) {
  const between = (a, b) => a + (b - a) * next();
  const dpi = HARSH ? Math.round(between(120, 150)) : null;
  const quality = HARSH ? Math.round(between(35, 55)) : null;
  if (receipt.degrade === 'scan') {
    return scanPage(pdf, { dpi: dpi ?? Math.round(between(170, 220)), skew: between(-2, 2), noise: HARSH ? between(20, 32) : between(8, 20), quality: quality ?? Math.round(between(50, 80)), seed: Math.floor(next() * 2 ** 31) });
  }
  // 'angle': a receipt held at a slant to the camera (skew 6-9°, perspective 12-18°).
  const angled = receipt.degrade === 'angle';
  const slant = angled ? (next() < 0.5 ? -1 : 1) * between(6, 9) : between(-4, 4);
  const variant = {
    turn: 0, skew: slant, tilt: angled ? between(12, 18) : between(3, 12), tiltSide: ['top', 'bottom', 'left', 'right'][Math.floor(next() * 4)],
    desk: ['#7a5c3e', '#5d6670', '#a08566', '#3f4a3c'][Math.floor(next() * 4)], light: between(0.6, 0.85), blur: HARSH ? between(1.0, 1.6) : between(0.5, 1.2),
    quality: quality ?? Math.round(between(60, 80)), seed: Math.floor(next() * 2 ** 31),
  };
  return (await phonePhoto(pdf, variant, { dpi: dpi ?? Math.round(between(180, 230)) })).jpeg;
}

const FIELDS = ['date', 'totalAmount'];
// --batch N, A..B (a range) or all.
const [from, to = from] = BATCH === 'all' ? [1, Infinity] : BATCH.split('..').map(Number);
const chosen = RECEIPTS.filter((r) => r.batch >= from && r.batch <= to && (!ONLY || r.id === ONLY));
if (KEEP) mkdirSync(KEEP, { recursive: true });
const rows = [];
const started = Date.now();
for (const receipt of chosen) {
  const next = prng(seedOf(receipt.id));
  const { lines, total } = receipt.build();
  const truth = { date: receipt.date, totalAmount: total };
  const pdf = await printed(html(receipt, lines, next));
  const jpeg = await image(receipt, pdf, next);
  if (KEEP) {
    writeFileSync(path.join(KEEP, `${receipt.id}.pdf`), readFileSync(pdf));
    writeFileSync(path.join(KEEP, `${receipt.id}.jpg`), jpeg);
  }
  lastPages = [];
  const { results } = await extract({ inputs: [{ name: `${receipt.id}.jpg`, bytes: new Uint8Array(jpeg) }], concurrency: 1 });
  const r = results[0];
  const got = r.invoice ?? {};
  const right = (f) => (f === 'totalAmount' ? got[f] != null && Math.abs(got[f] - truth[f]) < 0.005 : got[f] === truth[f]);
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks) : []);
  const verdict = Object.fromEntries(FIELDS.map((f) => [f, right(f) ? (named.has(f) ? 'flagged' : 'right') : r.status === 'ok' ? 'silent' : named.has(f) ? 'named' : 'unnamed']));
  rows.push({ receipt, truth, got, r, verdict, text: lastPages.length ? linesToText(pageLines(lastPages)) : null });
  process.stderr.write('.');
}
process.stderr.write('\n');

console.log(`receipt-images batch ${BATCH}${HARSH ? ' (harsh)' : ''}: ${rows.length} receipts, ${((Date.now() - started) / 1000).toFixed(0)} s`);
const { fieldsRight, silent } = printFieldTable(rows, FIELDS);
console.log(`all: fields right ${fieldsRight}/${rows.length * FIELDS.length} (${((100 * fieldsRight) / (rows.length * FIELDS.length)).toFixed(1)}%), `
  + `silent ${silent}, receipts fully right and ok ${rows.filter((row) => FIELDS.every((f) => row.verdict[f] === 'right')).length}/${rows.length}`);

if (MISSES) {
  console.log('\nmisses (✗ silent; ? wrong, flagged without naming it; · wrong, named; ~ right but flagged)');
  const mark = { silent: '✗', unnamed: '?', named: '·', flagged: '~' };
  for (const row of rows) {
    const off = FIELDS.filter((f) => row.verdict[f] !== 'right');
    if (!off.length) continue;
    const failed = row.r.checks.filter((c) => !c.ok).map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`).join(' | ');
    console.log(`${row.receipt.id} (batch ${row.receipt.batch}, ${row.receipt.degrade}) [${row.r.status}]${failed ? `  checks: ${failed}` : ''}`);
    for (const f of off) console.log(`   ${mark[row.verdict[f]]} ${f}: got ${JSON.stringify(row.got[f] ?? null)}, want ${JSON.stringify(row.truth[f])}`);
    if (TEXT && row.text) console.log(row.text.split('\n').map((l) => `      | ${l}`).join('\n'));
  }
}
