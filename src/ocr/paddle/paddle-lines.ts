/**
 * PaddleOCR's recognised boxes as tesseract-like lines of words. A detected box is a run of text (a label,
 * a value, sometimes a whole row) and becomes one OcrLine: keeping boxes apart keeps a label apart from
 * the value beside it and a stacked 购/买/方 apart from 名称, as a PDF text layer keeps its runs. The page
 * text joins the boxes of each visual row.
 * Words are cut where the recogniser printed a space, where it nearly did, or where the pixels show one
 * (PP-OCR often runs English words together).
 */
import { hasCjk, normalizeCjkSpacing } from '../cjk.js';
import type { OcrBBox, OcrLine, OcrWord, RecognizedBox } from '../types.js';

/**
 * Blank space before a character, as a share of the text's height, that makes it start a word: between
 * words (space and side bearings, ~0.38 em) it is 0.4-0.5 of the inked height (0.72-0.95 em), inside a
 * word at most ~0.2 (I and N: 0.16 em). Chinese is written without spaces, so between two CJK characters only a wide gap (a layout
 * gap between cells) breaks.
 */
const SPACE = 0.3;
const CJK_SPACE = 1;
/**
 * In a monospaced font (Courier, as XML viewers print ZUGFeRD data) every glyph sits in a cell of the
 * same width, so narrow letters leave wide gaps ("Li efer", up to 0.37 of the height) while a word space
 * is a whole empty cell (0.6 or more). A gap must therefore also be this many times the box's median
 * gap; in a proportional font the median is small (~0.07) and SPACE decides alone.
 */
const MEDIAN_FACTOR = 3;
/**
 * The recogniser's own space class on the time steps between two Latin characters, at this probability,
 * is a space it did not print (PP-OCR runs English and French words together, most in small print where
 * JPEG noise leaves no blank pixel column to measure). Weaker, at SPACE_WEAK, it counts where the time
 * steps also set the two characters apart: their centres farther than WIDE_PITCH times the line's usual
 * pitch. Either way the blank between them must be at least NEAR_MEDIAN times the line's usual letter
 * gap: in monospaced print the space class rises in every wide letter gap. Measured on bench/accuracy's
 * scanned Western pages in docs/ocr.md ("Spaces PP-OCR does not print").
 */
const SPACE_SURE = 0.1;
const SPACE_WEAK = 0.05;
const WIDE_PITCH = 1.25;
const NEAR_MEDIAN = 1.2;
/**
 * A CJK character the recogniser has no class for (瀍, 罘: PP-OCR's dictionary lacks many a place name's
 * character) is read as nothing, its neighbours with full certainty: 洛阳市瀍河区 comes out 洛阳市河区, a
 * wrong name nothing doubts. Its ink is still there: the characters either side stand about two pitches
 * apart (1.75-2 on scans at 200 dpi) with no blank run between them, where Chinese print keeps one pitch
 * (at most ~1.3 of the row's median, the time steps' rounding) and a letter-spaced label leaves a blank
 * of half a character or more. The character after such a place gets LOST_GLYPH_CERTAINTY, so a value
 * that shows it is unsure (extract/ocr-doubts.ts) instead of stated. Judged on a row of at least
 * MIN_CJK_PAIRS pairs of CJK neighbours, so that their median is the row's pitch.
 */
const LOST_PITCH = 1.6;
const LOST_GAP = 0.35;
const LOST_GLYPH_CERTAINTY = 0;
const MIN_CJK_PAIRS = 4;
/** Punctuation that never starts (or ends) a word: "Nr.", "19%", "(GTIN)". */
const JOINS_PREVIOUS = /^[.,:;!?)\]%]$/;
const JOINS_NEXT = /^[(\[]$/;

export function boxLines(boxes: RecognizedBox[]): OcrLine[] {
  return boxes
    .map((box) => makeLine(box.bbox, wordsOf(box)))
    .filter((line) => line.words.length > 0)
    .sort((a, b) => a.bbox.y0 - b.bbox.y0 || a.bbox.x0 - b.bbox.x0);
}

/** The page as text: the lines of each visual row joined left to right, one row per text line. */
export function rowsText(lines: OcrLine[]): string {
  const rows: OcrLine[][] = [];
  for (const line of [...lines].sort((a, b) => centre(a.bbox) - centre(b.bbox))) {
    const row = rows.find((r) => sameRow(r[0]!.bbox, line.bbox));
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => normalizeCjkSpacing(row.sort((a, b) => a.bbox.x0 - b.bbox.x0).map((l) => l.text).join('  '))).join('\n');
}

const centre = (b: OcrBBox) => (b.y0 + b.y1) / 2;

/**
 * Each box's centre lies within the other's height. Compared with the row's first box only, so a tall
 * box (a stacked label, a seal) cannot chain several rows together.
 */
function sameRow(a: OcrBBox, b: OcrBBox): boolean {
  const inside = (y: number, box: OcrBBox) => y >= box.y0 && y <= box.y1;
  return inside(centre(a), b) && inside(centre(b), a);
}

function wordsOf(box: RecognizedBox): OcrWord[] {
  const { bbox } = box;
  const chars = withLostGlyphsMarked(box.chars);
  const centres = chars.map((c) => (c.x0 + c.x1) / 2);
  const pitches = centres.slice(1).map((c, i) => c - centres[i]!).sort((a, b) => a - b);
  const pitch = pitches.length ? pitches[pitches.length >> 1]! : bbox.x1 - bbox.x0;
  const gaps = chars.slice(1).filter((c, i) => c.text.trim() !== '' && chars[i]!.text.trim() !== '').map((c) => c.gap ?? 0).sort((a, b) => a - b);
  const medianGap = gaps[gaps.length >> 1] ?? 0;
  const line = { pitch, medianGap, wordGap: Math.max(SPACE, MEDIAN_FACTOR * medianGap) };
  const groups: (typeof chars)[] = [];
  let current: typeof chars = [];
  chars.forEach((char) => {
    if (char.text.trim() === '') {
      if (current.length) groups.push(current);
      current = [];
      return;
    }
    const previous = current[current.length - 1];
    if (previous && startsWord(current, char, line) && !insideToken(current, char.text)) {
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
      // latinForms turns one UTF-16 unit into one: the certainties stay in step with the text.
      text: latinForms(group.map((c) => c.text).join('')),
      confidence: 100 * Math.min(...group.map((c) => c.confidence)),
      bbox: { x0, y0: bbox.y0, x1, y1: bbox.y1 },
      charConfidence: group.flatMap((c) => Array<number>(c.text.length).fill(100 * c.confidence)),
    };
  });
}

type Char = RecognizedBox['chars'][number];

/** The characters, each CJK one that follows a CJK glyph the recogniser read as nothing given LOST_GLYPH_CERTAINTY (see LOST_PITCH). */
function withLostGlyphsMarked(chars: readonly Char[]): Char[] {
  const centre = (c: Char) => (c.x0 + c.x1) / 2;
  const close = chars.map((c, i) => i > 0 && hasCjk(chars[i - 1]!.text) && hasCjk(c.text) && (c.gap ?? 0) < LOST_GAP);
  const pitches = chars.flatMap((c, i) => (close[i] ? [centre(c) - centre(chars[i - 1]!)] : [])).sort((a, b) => a - b);
  if (pitches.length < MIN_CJK_PAIRS) return [...chars];
  const pitch = pitches[pitches.length >> 1]!;
  return chars.map((c, i) => (close[i] && centre(c) - centre(chars[i - 1]!) >= LOST_PITCH * pitch ? { ...c, confidence: LOST_GLYPH_CERTAINTY } : c));
}

/**
 * Whether `char` starts a word after the characters of `word`: a blank in the pixels, or, between two
 * Latin characters, the recogniser's unprinted space (see SPACE_SURE), though never right after a word's
 * capital initial before a small letter ("G mbH" in a letterhead's large print, where the space class
 * rose to 0.18 between G and m). Beside a CJK character the space class is not read: Chinese has no
 * spaces, and its lines keep the words the pixels give them.
 */
function startsWord(word: readonly Char[], char: Char, line: { pitch: number; medianGap: number; wordGap: number }): boolean {
  const previous = word[word.length - 1]!;
  const gap = char.gap ?? 0;
  if (hasCjk(previous.text) && hasCjk(char.text)) return gap >= CJK_SPACE;
  if (gap >= line.wordGap) return true;
  if (hasCjk(previous.text) || hasCjk(char.text) || gap < NEAR_MEDIAN * line.medianGap) return false;
  const initial = word.length === 1 || !/\p{Lu}/u.test(word[word.length - 2]!.text);
  if (initial && /^\p{Lu}$/u.test(previous.text) && /^\p{Ll}$/u.test(char.text)) return false;
  const space = char.space ?? 0;
  const apart = (char.x0 + char.x1 - previous.x0 - previous.x1) / 2 >= WIDE_PITCH * line.pitch;
  return space >= SPACE_SURE || (space >= SPACE_WEAK && apart);
}

/**
 * A gap the pixels show but the text's grammar rules out as a word break: before closing punctuation,
 * after an opening one, and inside a number ("05.03.2018", "1.234,56", "198,00"), whose small dots
 * and commas leave wide blanks on either side.
 */
function insideToken(word: readonly { text: string }[], char: string): boolean {
  const previous = word[word.length - 1]!.text;
  if (JOINS_PREVIOUS.test(char) || JOINS_NEXT.test(previous)) return true;
  return /^[.,]$/.test(previous) && /^\d$/.test(word[word.length - 2]?.text ?? '') && /^\d$/.test(char);
}

/**
 * The recogniser's dictionary is Chinese, so it often prints full-width punctuation （：） in English
 * too; in a word without Chinese characters those are ASCII.
 */
function latinForms(word: string): string {
  return hasCjk(word.replace(/[\uff01-\uff5e]/g, '')) ? word : word.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

function makeLine(bbox: OcrBBox, words: OcrWord[]): OcrLine {
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
