#!/usr/bin/env node
/**
 * Real till receipts (SROIE, Malaysian and Singaporean) read from their transcribed text lines: each
 * receipt's text boxes become the positioned text the OCR engine hands the parsers (PageText items in
 * mm, with a confidence), and go through what `extract` runs on an image after OCR (textParts with
 * source 'ocr', then settle). Scored on the date and the total against the dataset's key labels.
 *
 *   npm run build && node bench/receipt-text/run.mjs --dir /tmp/sroie [--half dev|held] [--misses] [--text] [--only ID] [--dist DIR] [--images N]
 *
 * --dir holds receipts.jsonl: one receipt a line, {key, image_size: {width, height}, entities: {date,
 * total, ...}, words: [...], bboxes: [[x1, y1, x3, y3], ...]} (README.md says where it comes from).
 * --half: the development half (the fixes were made from its misses) or the held-out one, split by a
 * hash of the receipt's id. --dist DIR: another build to read with, for a before/after. --images N: the
 * first N receipts instead drawn as images (each line's text in its box, black on white, by headless
 * Chromium) and read by the whole `extract`, OCR included: whether the text path predicts the image path.
 *
 * Per field: right (right-but-flagged included), silent (wrong while the status is ok), named (wrong,
 * needs_review with a failed check naming the field), unnamed (wrong, flagged without naming it),
 * right but flagged.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { printFieldTable } from '../receipt-images/table.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const DIR = arg('dir');
if (!DIR) {
  console.error('usage: node bench/receipt-text/run.mjs --dir DIR [--half dev|held] [--misses] [--text] [--only ID] [--dist DIR]');
  process.exit(2);
}
const HALF = arg('half');
const ONLY = arg('only');
const TEXT = process.argv.includes('--text');
const MISSES = TEXT || process.argv.includes('--misses');
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const IMAGES = arg('images') === undefined ? null : Number(arg('images'));
const load = (file) => import(pathToFileURL(path.join(DIST, file)).href);

const { textParts } = await load('extract/text-parts.js');
const { settle } = await load('extract/settle.js');
const { sheetDpi } = await load('extract/read-image.js');
const { fieldsInDoubt } = await load('invoice/index.js');
const { pageLines, linesToText } = await load('invoice/layout.js');
const { extract } = await load('index.js');

/**
 * The confidence given to every line: the transcription is the dataset's own (no misread characters),
 * so every line is as sure as a clean OCR line; what is measured is the parsing, not the OCR.
 */
const CONFIDENCE = 95;
/** What read-image assumes when an image says no resolution and has no sheet's shape (a till receipt). */
const ASSUMED_DPI = 300;

/** A receipt's text boxes as one OCR page: mm from the top-left, in reading order (top to bottom, left to right). */
function pageOf(receipt) {
  const { width, height } = receipt.image_size;
  const mm = 25.4 / (sheetDpi(width, height) ?? ASSUMED_DPI);
  const items = receipt.words.map((text, i) => {
    const [x1, y1, x3, y3] = receipt.bboxes[i];
    return { text: text.trim(), x: x1 * mm, y: y1 * mm, width: (x3 - x1) * mm, height: (y3 - y1) * mm, page: 1, confidence: CONFIDENCE };
  }).filter((item) => item.text);
  items.sort((a, b) => a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  return { page: 1, width: width * mm, height: height * mm, items };
}

/** The widest image drawn (px): a receipt scanned at 600 dpi is drawn at about 300 dpi instead, as most are. */
const MAX_WIDTH = 1000;
const run = promisify(execFile);
const TMP = IMAGES === null ? null : mkdtempSync(path.join(os.tmpdir(), 'receipt-text-'));
const escape = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The receipt drawn from its boxes: each line's text fitted to its box (SVG textLength), black on white, as a PNG. */
async function drawn(receipt) {
  const scale = Math.min(1, MAX_WIDTH / receipt.image_size.width);
  const [w, h] = [Math.round(receipt.image_size.width * scale), Math.round(receipt.image_size.height * scale)];
  const texts = receipt.words.map((text, i) => {
    const [x1, y1, x3, y3] = receipt.bboxes[i].map((v) => v * scale);
    const size = (y3 - y1) * 0.8;
    return text.trim() && x3 > x1 ? `<text x="${x1}" y="${y3 - (y3 - y1) * 0.2}" font-size="${size}" textLength="${x3 - x1}" lengthAdjust="spacingAndGlyphs">${escape(text.trim())}</text>` : '';
  });
  const html = `<!doctype html><html><body style="margin:0"><svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" style="background:#fff;font-family:'DejaVu Sans Mono',monospace">${texts.join('')}</svg></body></html>`;
  const file = path.join(TMP, `${receipt.key}.html`), png = path.join(TMP, `${receipt.key}.png`);
  writeFileSync(file, html);
  await run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars', `--window-size=${w},${h}`, `--screenshot=${png}`, pathToFileURL(file).href]);
  return readFileSync(png);
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const year = (y) => (y.length === 2 ? `20${y}` : y);
const iso = (y, m, d) => `${year(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** The key's date as ISO: the labels copy the receipt's own form (15/01/2019, 01-02-18, 04 MAY 2018, 09-JAN-2017), day first. */
function truthDate(label) {
  const s = label.toUpperCase().trim();
  let m = s.match(/^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/);
  if (m) return iso(m[1], m[2], m[3]);
  m = s.match(/^(\d{1,2})[-/.\s]*(\d{1,2})[-/.\s]*(\d{4}|\d{2})$/);
  if (m) return iso(m[3], m[2], m[1]);
  m = s.match(/^(\d{1,2})[-/.\s]*([A-Z]{3})[A-Z]*[-/.,\s]*(\d{4}|\d{2})$/);
  if (m && MONTHS.includes(m[2])) return iso(m[3], MONTHS.indexOf(m[2]) + 1, m[1]);
  return null;
}

/** The key's total as a number: "RM 32.80", "$6.60", "-5.09". */
function truthTotal(label) {
  const n = Number.parseFloat(label.replace(/[^\d.-]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Which half a receipt is in: FNV-1a of its id, even for the development half. */
const halfOf = (key) => ([...Buffer.from(key)].reduce((h, b) => Math.imul(h ^ b, 16777619) >>> 0, 2166136261) % 2 === 0 ? 'dev' : 'held');

const receipts = readFileSync(path.join(DIR, 'receipts.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l))
  .filter((r) => (!HALF || halfOf(r.key) === HALF) && (!ONLY || r.key === ONLY))
  .sort((a, b) => a.key.localeCompare(b.key))
  .slice(0, IMAGES ?? undefined);

const FIELDS = ['date', 'totalAmount'];
const now = new Date('2026-11-26T00:00:00Z');
const rows = [];
for (const receipt of receipts) {
  const truth = { date: truthDate(receipt.entities.date ?? ''), totalAmount: truthTotal(receipt.entities.total ?? '') };
  const pages = [pageOf(receipt)];
  let r;
  if (IMAGES !== null) {
    r = (await extract({ inputs: [{ name: `${receipt.key}.png`, bytes: new Uint8Array(await drawn(receipt)) }], concurrency: 1 })).results[0];
    r.invoice ??= {};
    r.checks ??= [];
  } else {
    try {
      r = settle({ parts: textParts(pages, 'ocr', []), pages: 1 }, now);
    } catch (e) {
      r = { invoice: {}, checks: [{ id: 'extraction_failed', ok: false, message: e.message }], status: 'failed' };
    }
  }
  const got = r.invoice;
  const right = (f) => (f === 'totalAmount' ? got[f] != null && truth[f] != null && Math.abs(got[f] - truth[f]) < 0.005 : got[f] != null && got[f] === truth[f]);
  const named = new Set(r.status === 'needs_review' ? fieldsInDoubt(r.checks) : []);
  const verdict = Object.fromEntries(FIELDS.map((f) => [f, right(f) ? (named.has(f) ? 'flagged' : 'right') : r.status === 'ok' ? 'silent' : named.has(f) ? 'named' : 'unnamed']));
  rows.push({ receipt, truth, got, r, verdict, text: linesToText(pageLines(pages)) });
}

console.log(`receipt-text ${HALF ?? 'all'}${IMAGES === null ? '' : ', drawn as images and read by extract'}: ${rows.length} receipts (${DIST})`);
const { fieldsRight, silent } = printFieldTable(rows, FIELDS);
const fullyRight = rows.filter((row) => FIELDS.every((f) => ['right', 'flagged'].includes(row.verdict[f])));
const flaggedRight = fullyRight.filter((row) => row.r.status !== 'ok').length;
console.log(`all: fields right ${fieldsRight}/${rows.length * FIELDS.length} (${((100 * fieldsRight) / (rows.length * FIELDS.length)).toFixed(1)}%), silent ${silent}, `
  + `receipts fully right ${fullyRight.length}/${rows.length}, of which flagged ${flaggedRight}`);

if (MISSES) {
  console.log('\nmisses (✗ silent; ? wrong, flagged without naming it; · wrong, named; ~ right but flagged)');
  const mark = { silent: '✗', unnamed: '?', named: '·', flagged: '~' };
  for (const row of rows) {
    const off = FIELDS.filter((f) => row.verdict[f] !== 'right');
    if (!off.length && row.r.status === 'ok') continue;
    const failed = row.r.checks.filter((c) => !c.ok).map((c) => `${c.id}${c.message ? `: ${c.message}` : ''}`).join(' | ');
    console.log(`${row.receipt.key} (${halfOf(row.receipt.key)}) [${row.r.status}]${failed ? `  checks: ${failed}` : ''}`);
    for (const f of off) console.log(`   ${mark[row.verdict[f]]} ${f}: got ${JSON.stringify(row.got[f] ?? null)}, want ${JSON.stringify(row.truth[f])}`);
    if (TEXT) console.log(row.text.split('\n').map((l) => `      | ${l}`).join('\n'));
  }
}
