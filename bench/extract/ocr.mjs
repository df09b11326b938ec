#!/usr/bin/env node
/**
 * OCR throughput: invoicectl's tesseract.js pool vs the native `tesseract` CLI, same run, same images,
 * same language, same traineddata file, same engine settings, same parallelism.
 *
 *   npm run build && node bench/extract/ocr.mjs [--pages 20] [--dpi 200] [--concurrency 2] [--psm 3]
 *                                               [--model best_int|standard] [--repeat 1]
 *
 * Needs the Debian packages tesseract-ocr + tesseract-ocr-eng for the native side (not for tests).
 *
 * Fairness:
 * - Images: ~20 invoice pages generated with pdf-lib and rendered with invoicectl's renderer (PNG).
 * - Model: native gets the very traineddata the pool loads (gunzipped from @tesseract.js-data/eng into a
 *   temporary --tessdata-dir). Debian's own eng.traineddata is a different (tessdata_fast) model, so it
 *   is measured too but only reported, not used for the ratio.
 * - Parallelism: the pool runs `concurrency` wasm workers (each single-threaded); native runs the same
 *   number of processes at a time with OMP_THREAD_LIMIT=1 (as OCRmyPDF does when it runs pages in
 *   parallel: OpenMP threads on top of N processes only oversubscribe the cores). Native with OpenMP
 *   left on is measured too, for the record.
 * - Output: both produce the words with boxes (pool: text + blocks JSON; native: TSV).
 * - Start-up: the pool's rate includes starting its workers (it is created inside the timed region);
 *   native's includes every process start. A warm pool rate (after start-up) is printed as well.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import { readFileSync, existsSync } from 'node:fs';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const dist = (p) => path.join(root, 'dist', p);

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, all) => (a.startsWith('--') ? [...acc, [a.slice(2), all[i + 1]]] : acc), []),
);
const PAGES = Number(args.pages ?? 20);
const DPI = Number(args.dpi ?? 200);
const CONCURRENCY = Number(args.concurrency ?? 2);
const PSM = String(args.psm ?? 3);
const MODEL = args.model ?? 'best_int';
const REPEAT = Number(args.repeat ?? 1);

if (!existsSync(dist('ocr/tesseract/pool.js'))) {
  console.error('dist/ocr/tesseract/pool.js is missing: run `npm run build` first');
  process.exit(2);
}
const { createOcrPool } = await import(dist('ocr/tesseract/pool.js'));
const { renderPdfPage } = await import(dist('pdf/render.js'));

try {
  await run('tesseract', ['--version']);
} catch {
  console.error('native tesseract not found: apt-get install -y tesseract-ocr tesseract-ocr-eng');
  process.exit(2);
}

// ---------- images ----------

const SELLERS = ['Northwind Traders Ltd', 'Contoso Consulting GmbH', 'Fabrikam Industries Inc', 'Tailspin Toys BV', 'Wide World Importers'];
const ITEMS = ['Consulting services', 'Software licence (annual)', 'Cloud hosting', 'Support plan', 'Training day', 'Hardware: laptop', 'Travel expenses', 'Design work', 'Data migration', 'Maintenance'];

/** A plausible one-page invoice; the seed varies names, items and amounts. Returns the PDF and its facts. */
async function invoicePdf(seed) {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const page = doc.addPage([595.28, 841.89]);
  const text = (s, x, y, size = 10, f = font) => page.drawText(s, { x, y, size, font: f, color: rgb(0, 0, 0) });
  const number = `INV-${2024 + (seed % 2)}-${String(1000 + seed * 37).padStart(5, '0')}`;
  text(SELLERS[seed % SELLERS.length], 50, 790, 16, bold);
  text('12 Market Street, Springfield, 40210', 50, 772);
  text('VAT ID: GB' + String(123456789 + seed * 1111), 50, 758);
  text('INVOICE', 430, 790, 20, bold);
  text(`Invoice No: ${number}`, 400, 765);
  text(`Date: 2024-${String((seed % 12) + 1).padStart(2, '0')}-${String((seed % 27) + 1).padStart(2, '0')}`, 400, 751);
  text('Bill To:', 50, 715, 10, bold);
  text(SELLERS[(seed + 2) % SELLERS.length], 50, 701);
  text('Attn: Accounts Payable', 50, 687);
  let y = 640;
  text('Description', 50, y, 10, bold); text('Qty', 330, y, 10, bold); text('Unit price', 390, y, 10, bold); text('Amount', 490, y, 10, bold);
  page.drawLine({ start: { x: 50, y: y - 6 }, end: { x: 545, y: y - 6 }, thickness: 0.7 });
  let subtotal = 0;
  const lines = 4 + (seed % 6);
  for (let i = 0; i < lines; i++) {
    y -= 22;
    const qty = 1 + ((seed + i) % 4);
    const unit = 45 + ((seed * 13 + i * 29) % 400) + 0.5 * (i % 2);
    const amount = qty * unit;
    subtotal += amount;
    text(ITEMS[(seed + i) % ITEMS.length], 50, y);
    text(String(qty), 335, y);
    text(unit.toFixed(2), 395, y);
    text(amount.toFixed(2), 490, y);
  }
  const tax = Math.round(subtotal * 20) / 100;
  const total = subtotal + tax;
  y -= 40;
  text('Subtotal', 390, y); text(subtotal.toFixed(2), 490, y);
  text('VAT 20%', 390, y - 18); text(tax.toFixed(2), 490, y - 18);
  text('Total due', 390, y - 40, 12, bold); text(total.toFixed(2), 490, y - 40, 12, bold);
  text('Payment terms: 30 days. IBAN GB29 NWBK 6016 1331 9268 19. Thank you for your business.', 50, 90, 9);
  return { pdf: await doc.save(), number, total: total.toFixed(2) };
}

// ---------- runners ----------

async function mapLimit(items, limit, fn) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i], i);
    }
  }));
  return results;
}

async function runPool(images) {
  const t0 = performance.now();
  const pool = createOcrPool({ langs: 'eng', concurrency: CONCURRENCY, model: MODEL, recycleAfter: 1000 });
  try {
    const texts = await mapLimit(images, images.length, async (img) => (await pool.recognize(img.png, { dpi: DPI, psm: Number(PSM) })).text);
    const cold = (performance.now() - t0) / 1000;
    // Warm: same pool again, workers already started.
    const t1 = performance.now();
    await Promise.all(images.map((img) => pool.recognize(img.png, { dpi: DPI, psm: Number(PSM) })));
    const warm = (performance.now() - t1) / 1000;
    return { cold, warm, texts };
  } finally {
    await pool.dispose();
  }
}

async function runNative(images, { tessdataDir, ompThreads }) {
  const env = { ...process.env };
  if (ompThreads) env.OMP_THREAD_LIMIT = String(ompThreads);
  else delete env.OMP_THREAD_LIMIT;
  const t0 = performance.now();
  const texts = await mapLimit(images, CONCURRENCY, async (img) => {
    const argv = [img.file, 'stdout', '-l', 'eng', '--oem', '1', '--psm', PSM, '--dpi', String(DPI)];
    if (tessdataDir) argv.push('--tessdata-dir', tessdataDir);
    // `-c` rather than the `tsv` config file, which lives in the system tessdata dir, not ours.
    argv.push('-c', 'tessedit_create_tsv=1');
    const { stdout } = await run('tesseract', argv, { env, maxBuffer: 64 << 20 });
    // TSV: the 12th column is the word; rebuild the text enough to check accuracy.
    return stdout.split('\n').slice(1).map((l) => l.split('\t')[11] ?? '').filter(Boolean).join(' ');
  });
  return { seconds: (performance.now() - t0) / 1000, texts };
}

function accuracy(images, texts) {
  let hits = 0;
  images.forEach((img, i) => {
    const t = texts[i] ?? '';
    if (t.includes(img.number)) hits++;
    if (t.includes(img.total)) hits++;
  });
  return `${hits}/${images.length * 2} facts (invoice number, total) found`;
}

// ---------- main ----------

const work = await mkdtemp(path.join(os.tmpdir(), 'invoicectl-bench-ocr-'));
try {
  console.log(`OCR bench: ${PAGES} invoice pages at ${DPI} dpi, eng, oem 1 (LSTM), psm ${PSM}, ${CONCURRENCY} at a time, model ${MODEL}; ${os.cpus().length} CPUs, node ${process.version}`);
  const images = [];
  for (let i = 0; i < PAGES; i++) {
    const { pdf, number, total } = await invoicePdf(i);
    const page = await renderPdfPage(pdf, 1, { dpi: DPI });
    const png = new Uint8Array(await page.encode('png'));
    const file = path.join(work, `page-${i}.png`);
    await writeFile(file, png);
    images.push({ png, file, number, total });
  }

  // The pool's traineddata, unzipped for native tesseract.
  const tessdataDir = path.join(work, 'tessdata');
  const pkg = path.dirname(require.resolve('@tesseract.js-data/eng/package.json', { paths: [root] }));
  const gz = path.join(pkg, MODEL === 'best_int' ? '4.0.0_best_int' : '4.0.0', 'eng.traineddata.gz');
  await run('mkdir', ['-p', tessdataDir]);
  await writeFile(path.join(tessdataDir, 'eng.traineddata'), gunzipSync(readFileSync(gz)));

  const fmt = (pages, s) => `${(pages / s).toFixed(2)} pages/s (${s.toFixed(2)} s)`;
  const rows = [];
  for (let r = 0; r < REPEAT; r++) {
    // Alternate the order between repeats so neither side always runs on a cooler machine.
    const order = r % 2 === 0 ? ['pool', 'native'] : ['native', 'pool'];
    const row = {};
    for (const side of order) {
      if (side === 'pool') row.pool = await runPool(images);
      else {
        row.native = await runNative(images, { tessdataDir, ompThreads: 1 });
        row.nativeOmp = await runNative(images, { tessdataDir, ompThreads: 0 });
        row.nativeDebian = await runNative(images, { tessdataDir: undefined, ompThreads: 1 });
      }
    }
    rows.push(row);
  }

  // Report the best of the repeats for each side (least disturbed by other load on the machine).
  const best = (pick) => Math.min(...rows.map(pick));
  const poolCold = best((r) => r.pool.cold);
  const poolWarm = best((r) => r.pool.warm);
  const native = best((r) => r.native.seconds);
  const nativeOmp = best((r) => r.nativeOmp.seconds);
  const nativeDebian = best((r) => r.nativeDebian.seconds);
  const last = rows[rows.length - 1];

  console.log(`tesseract.js pool (incl. worker start) : ${fmt(PAGES, poolCold)}   ${accuracy(images, last.pool.texts)}`);
  console.log(`tesseract.js pool (warm)               : ${fmt(PAGES, poolWarm)}`);
  console.log(`native tesseract, same model, OMP=1    : ${fmt(PAGES, native)}   ${accuracy(images, last.native.texts)}`);
  console.log(`native tesseract, same model, OpenMP on: ${fmt(PAGES, nativeOmp)}   (for the record)`);
  console.log(`native tesseract, Debian model, OMP=1  : ${fmt(PAGES, nativeDebian)}   ${accuracy(images, last.nativeDebian.texts)} (different model, for the record)`);
  const fastestNative = Math.min(native, nativeOmp);
  console.log(`pool time / native time (pool incl. start): ${(poolCold / fastestNative).toFixed(2)}x   (native = the faster same-model run)`);
  console.log(`pool time / native time (pool warm)       : ${(poolWarm / fastestNative).toFixed(2)}x   (goal: within 1.3x)`);
} finally {
  await rm(work, { recursive: true, force: true });
}
