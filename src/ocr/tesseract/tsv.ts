/**
 * Tesseract's TSV output turned into lines and words.
 *
 * We ask tesseract.js for TSV rather than its `blocks` JSON tree: the tree carries every symbol and its
 * alternative choices (~170 KB per invoice page, built in wasm, JSON-parsed and structured-cloned across
 * the thread boundary), which cost ~8% of the page time in the benchmark; the TSV is ~10 KB and has
 * everything we use. What it lacks, the baseline, we estimate from the words (see below).
 *
 * Columns: level page_num block_num par_num line_num word_num left top width height conf text;
 * level 4 rows are lines, level 5 rows are words.
 */
import { normalizeCjkSpacing } from '../cjk.js';
import type { OcrBBox, OcrLine, OcrResult, OcrWord } from '../types.js';

export function parseTesseractTsv(tsv: string, width: number, height: number): OcrResult {
  const lines: OcrLine[] = [];
  const words: OcrWord[] = [];
  const paragraphOf: string[] = []; // "block.par" of each line, to put blank lines between paragraphs
  let current: { bbox: OcrBBox; words: OcrWord[]; paragraph: string } | undefined;

  const flush = () => {
    if (current && current.words.length > 0) {
      lines.push(makeLine(current.bbox, current.words));
      paragraphOf.push(current.paragraph);
      words.push(...current.words);
    }
    current = undefined;
  };

  for (const row of tsv.split('\n')) {
    const cols = row.split('\t');
    if (cols.length < 12) continue;
    const level = Number(cols[0]);
    if (level !== 4 && level !== 5) continue;
    const left = Number(cols[6]), top = Number(cols[7]), w = Number(cols[8]), h = Number(cols[9]);
    if (![left, top, w, h].every(Number.isFinite)) continue;
    const bbox = { x0: left, y0: top, x1: left + w, y1: top + h };
    if (level === 4) {
      flush();
      current = { bbox, words: [], paragraph: `${cols[2]}.${cols[3]}` };
    } else if (current) {
      const text = cols.slice(11).join('\t').trim();
      if (text) current.words.push({ text, confidence: Math.max(0, Number(cols[10]) || 0), bbox });
    }
  }
  flush();

  // Page text like tesseract's own: one line per line, a blank line between paragraphs.
  const text = lines
    .map((line, i) => (i > 0 && paragraphOf[i] !== paragraphOf[i - 1] ? '\n' : '') + line.text)
    .join('\n');
  const confidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text: lines.length ? text + '\n' : '', confidence, words, lines, width, height };
}

function makeLine(bbox: OcrBBox, words: OcrWord[]): OcrLine {
  return {
    text: normalizeCjkSpacing(words.map((w) => w.text).join(' ')),
    confidence: words.reduce((sum, w) => sum + w.confidence, 0) / words.length,
    bbox,
    baseline: estimateBaseline(words, bbox),
    words,
  };
}

/**
 * Most glyphs sit on the baseline and only a few descend below it (g, p, y, commas), so the median of
 * the words' bottom edges is the baseline for all but all-descender lines. Fitted separately on each
 * half of the line so slightly skewed scans keep a sloped baseline.
 */
function estimateBaseline(words: OcrWord[], bbox: OcrBBox): { y0: number; y1: number } {
  const mid = (bbox.x0 + bbox.x1) / 2;
  const all = median(words.map((w) => w.bbox.y1));
  const left = words.filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 <= mid).map((w) => w.bbox.y1);
  const right = words.filter((w) => (w.bbox.x0 + w.bbox.x1) / 2 > mid).map((w) => w.bbox.y1);
  return { y0: left.length ? median(left) : all, y1: right.length ? median(right) : all };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const m = sorted.length >> 1;
  return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
}
