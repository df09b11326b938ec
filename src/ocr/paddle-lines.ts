/**
 * PaddleOCR's recognised boxes as tesseract-like lines of words. A detected box is a run of text (a label,
 * a value, sometimes a whole row); boxes whose vertical extents mostly overlap form one visual line.
 * Words are cut where the recogniser printed a space or where the gap between two characters is much
 * wider than the box's usual character pitch (PP-OCR often runs English words together).
 */
import { hasCjk, normalizeCjkSpacing } from './cjk.js';
import type { OcrBBox, OcrLine, OcrWord } from './pool.js';
import type { RecognizedBox } from './paddle.js';

/** A gap this many times the median pitch between character centres starts a new word. */
const WORD_GAP = 1.7;

export function groupIntoLines(boxes: RecognizedBox[]): OcrLine[] {
  const sorted = [...boxes].sort((a, b) => centre(a.bbox) - centre(b.bbox));
  const rows: RecognizedBox[][] = [];
  for (const box of sorted) {
    const row = rows.find((r) => sameLine(r[0]!.bbox, box.bbox));
    if (row) row.push(box);
    else rows.push([box]);
  }
  return rows
    .map((row) => makeLine(row.sort((a, b) => a.bbox.x0 - b.bbox.x0).flatMap(wordsOf)))
    .filter((line) => line.words.length > 0)
    .sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
}

const centre = (b: OcrBBox) => (b.y0 + b.y1) / 2;

/**
 * Each box's centre lies within the other's height. Compared with the row's first box only, so a tall
 * box (a stacked label such as 购/买/方, a seal) cannot chain several rows together.
 */
function sameLine(a: OcrBBox, b: OcrBBox): boolean {
  const inside = (y: number, box: OcrBBox) => y >= box.y0 && y <= box.y1;
  return inside(centre(a), b) && inside(centre(b), a);
}

function wordsOf(box: RecognizedBox): OcrWord[] {
  const { chars, bbox } = box;
  const centres = chars.map((c) => (c.x0 + c.x1) / 2);
  const pitches = centres.slice(1).map((c, i) => c - centres[i]!).sort((a, b) => a - b);
  const pitch = pitches.length ? pitches[pitches.length >> 1]! : bbox.x1 - bbox.x0;
  const groups: (typeof chars)[] = [];
  let current: typeof chars = [];
  chars.forEach((char, i) => {
    if (char.text.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
      return;
    }
    const wide = i > 0 && centres[i]! - centres[i - 1]! > WORD_GAP * pitch;
    // Chinese runs have no spaces, so a wide gap there is layout (a cell), not a word break to print.
    const between = current.length > 0 && !(hasCjk(char.text) && hasCjk(current[current.length - 1]!.text));
    if (wide && current.length && (between || centres[i]! - centres[i - 1]! > 2 * WORD_GAP * pitch)) {
      groups.push(current);
      current = [];
    }
    current.push(char);
  });
  if (current.length) groups.push(current);
  return groups.map((group, g) => {
    const first = group[0]!, last = group[group.length - 1]!;
    const x0 = g === 0 ? bbox.x0 : Math.max(bbox.x0, (first.x0 + first.x1) / 2 - pitch / 2);
    const x1 = g === groups.length - 1 ? bbox.x1 : Math.min(bbox.x1, (last.x0 + last.x1) / 2 + pitch / 2);
    return {
      text: group.map((c) => c.text).join(''),
      confidence: 100 * Math.min(...group.map((c) => c.confidence)),
      bbox: { x0, y0: bbox.y0, x1, y1: bbox.y1 },
    };
  });
}

function makeLine(words: OcrWord[]): OcrLine {
  // The row's height is its typical box's, not the union: one tall box (a stacked label, a seal) would
  // otherwise make the line so high that phrases far apart on it read as one (to-page-text's gap rule).
  const bbox = {
    x0: Math.min(...words.map((w) => w.bbox.x0)),
    y0: median(words.map((w) => w.bbox.y0)),
    x1: Math.max(...words.map((w) => w.bbox.x1)),
    y1: median(words.map((w) => w.bbox.y1)),
  };
  // Detection boxes are padded evenly around the glyphs; the baseline sits about a fifth above the bottom.
  const baseline = bbox.y1 - 0.2 * (bbox.y1 - bbox.y0);
  return {
    text: normalizeCjkSpacing(words.map((w) => w.text).join(' ')),
    confidence: words.reduce((s, w) => s + w.confidence, 0) / words.length,
    bbox,
    baseline: { y0: baseline, y1: baseline },
    words,
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1]!;
}
