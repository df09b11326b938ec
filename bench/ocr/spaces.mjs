#!/usr/bin/env node
/**
 * How often PaddleOCR loses the space between two Latin words: the Western PDFs of the accuracy set
 * (../shared/corpus/western-pdf, ../shared/fixtures/real/facturx), every page printed and scanned by
 * fixtures/scan.mjs (200 dpi, skew, noise), read by the engine, and compared with the same page's text
 * layer (`pdftotext`), word pair by word pair.
 *
 *   npm run build && node bench/ocr/spaces.mjs [--dist DIR] [--show N]
 *
 * For each two neighbouring words A B of a text-layer line (each with a letter or digit, no CJK), the
 * OCR text of the page (its rows, accents and case ignored) is searched: "A B" found is a kept boundary,
 * "AB" a lost one; found both ways or neither way (a word misread), the pair is not counted. Prints the
 * share of boundaries lost and, with --show, that many lost pairs. Marks are counted too, as words cut
 * differently are read again differently (src/ocr/paddle/restore-accents.ts): of the text layer's words
 * with a mark, how many the OCR text has with their marks, and how many without them only.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { scanPage } from '../../fixtures/scan.mjs';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const SHARED = path.resolve(ROOT, '..', 'shared');
const arg = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const DIST = path.resolve(arg('dist') ?? path.join(ROOT, 'dist'));
const SHOW = Number(arg('show') ?? 0);

const { loadModels, readPage } = await import(pathToFileURL(path.join(DIST, 'ocr', 'paddle', 'paddle.js')).href);

const listed = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.pdf')).sort().map((f) => path.join(dir, f)) : []);
const files = [...listed(path.join(SHARED, 'corpus', 'western-pdf')), ...listed(path.join(SHARED, 'fixtures', 'real', 'facturx'))];

/** Lower case, marks and the engine's full-width forms folded: the comparison is about spaces only. */
const fold = (s) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const counted = (w) => /[\p{L}\p{N}]/u.test(w) && !/[\p{Script=Han}]/u.test(w);

const tmp = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-spaces-'));
process.on('exit', () => rmSync(tmp, { recursive: true, force: true }));

const models = await loadModels(1);
let kept = 0, lost = 0, unread = 0, marked = 0, bare = 0;
const examples = [];
for (const file of files) {
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())?.[1] ?? 1);
  for (let page = 1; page <= pages; page++) {
    const layer = execFileSync('pdftotext', ['-f', String(page), '-l', String(page), file, '-']).toString();
    const ocr = await readPage(models, await scanPage(file, { page }));
    const rows = ocr.lines.length ? fold(ocr.text).split('\n').map((r) => ` ${r.replace(/\s+/g, ' ')} `) : [];
    const ocrWords = new Set(ocr.text.toLowerCase().split(/[^\p{L}\p{M}]+/u).map((w) => w.normalize('NFC')));
    for (const word of new Set(layer.toLowerCase().normalize('NFC').split(/[^\p{L}\p{M}]+/u))) {
      if (word.length < 3 || fold(word) === word) continue;
      if (ocrWords.has(word)) marked += 1;
      else if (ocrWords.has(fold(word))) bare += 1;
    }
    for (const line of layer.split('\n')) {
      const words = fold(line).split(/\s+/).filter(Boolean);
      for (let i = 1; i < words.length; i++) {
        const [a, b] = [words[i - 1], words[i]];
        if (!counted(a) || !counted(b)) continue;
        const apart = rows.some((r) => r.includes(`${a} ${b}`));
        const glued = rows.find((r) => r.includes(`${a}${b}`));
        if (apart === !!glued) unread += 1;
        else if (apart) kept += 1;
        else {
          lost += 1;
          if (examples.length < SHOW) examples.push(`${path.basename(file)} p${page}: "${a} ${b}" in "${glued.trim()}"`);
        }
      }
    }
  }
}
await models.rec.release?.();
console.log(`${files.length} documents; word boundaries compared: ${kept + lost} (${unread} pairs not found either way)`);
console.log(`lost: ${lost}/${kept + lost} = ${((100 * lost) / (kept + lost)).toFixed(1)}%`);
console.log(`words with marks (distinct per page): read with them ${marked}, without them ${bare}`);
for (const e of examples) console.log(`  ${e}`);
process.exit(0);
