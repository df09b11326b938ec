/**
 * Accents PaddleOCR does not print. Its PP-OCRv4 Chinese+English dictionary lacks most marked Latin
 * letters (ö, ç, ê…) and the few it has (é, ü, ä…) it rarely picks in Latin words: it reads
 * "Bürotechnik" as "Burotechnik", "Malaucène" as "Malaucene", giving the marked letter ≤ 0.015. So on a
 * Western page the words it may have read without a mark are read a second time by tesseract.js with
 * Latin models that have them (deu+fra), and tesseract's word is taken only where it is PaddleOCR's word
 * with marks added: equal once the marks are stripped (NFD, combining marks dropped). Tesseract can add
 * an accent but never change a letter, a digit or a word break, where PaddleOCR is the better reader.
 *
 * Cheap by construction: only the words where PaddleOCR gave a marked letter some probability, cropped
 * from the page it already decoded, scaled to one height and stacked into one image that tesseract
 * reads in one call (one word per row of the stack, so its words map back to the crops by their place).
 */
import { createCanvas, type Canvas } from '@napi-rs/canvas';
import { hasCjk } from '../cjk.js';
import { createOcrPool, type OcrPool } from '../tesseract/pool.js';
import { greyPng } from './grey-png.js';
import type { OcrBBox, OcrLine, OcrResult, OcrWord, RecognizedBox } from '../types.js';

/**
 * Tesseract's Latin models with the German and French marks (ä ö ü, é è ê ë à â ç î ï ô û ù ÿ). The
 * first one reads, the second only the words the first is unsure of, and each misreads the other's
 * marks with confidence ("Malaucene" by deu, "Sôhne" by fra): the page's own language goes first.
 */
const LANGS = { de: 'deu+fra', fr: 'fra+deu' };
/** Short words that say a page is French or German. */
const FRENCH = /^(le|la|les|des|du|et|au|aux|pour|par|sur|une?)$/i;
const GERMAN = /^(der|die|das|und|mit|f[uü]r|von|zum|zur|im|eine?)$/i;
/** Height every word crop (its line's box) is scaled to: tesseract reads best with capitals ~25-30 px high. */
export const ROW_HEIGHT = 48;
/** White between two rows of the stack, so tesseract never joins two of them into one line. */
export const ROW_GAP = 24;
/** Letters that take a mark in German or French (as a base letter after NFD). */
const MARKABLE = /[aeiouycAEIOUYC]/;
/**
 * The letters German marks (ä ö ü): on a page that reads as German, a word PaddleOCR doubted only at
 * another letter is not read again (a third to a half of a German page's words; on the tuning scans of
 * bench/ocr every mark tesseract added to a German page was on one of these).
 */
const MARKABLE_GERMAN = /[aouAOU]/;
/** The probability of a marked letter above which a word is read again (see addAccents). */
const MARK_DOUBT = 1e-4;
/**
 * Longer "words" are text PaddleOCR ran together ("Factureareglerparvirement…"), which tesseract reads
 * as several words and so never matches; German's long compounds ("Käufer/Leistungsempfänger:") fit.
 */
const LONGEST_WORD = 30;
/** From this many words the re-read is two stacks (see addAccents); fewer are quick (5-8 words: 80-160 ms, bench/ocr/README.md). */
const SPLIT_WORDS = 8;
/** A page is Western when at most this share of its lines has CJK (PaddleOCR reads a stray 一 now and then). */
const CJK_LINES = 0.05;

/** The text without its combining marks: "Bürotechnik" → "Burotechnik". */
export function stripMarks(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
}

/** Whether a page's lines are Western: at most CJK_LINES of them with CJK characters. */
export function westernPage(lines: readonly OcrLine[]): boolean {
  return lines.length > 0 && lines.filter((l) => hasCjk(l.text)).length <= CJK_LINES * lines.length;
}

/** How many of a page's words are short French and German words. */
function shortWords(lines: readonly OcrLine[]): { french: number; german: number } {
  const words = lines.flatMap((l) => l.words.map((w) => w.text));
  return { french: words.filter((w) => FRENCH.test(w)).length, german: words.filter((w) => GERMAN.test(w)).length };
}

/** The tesseract languages a Western page is read again with: its own first (see LANGS). */
export function pageLanguage(lines: readonly OcrLine[]): Language {
  const { french, german } = shortWords(lines);
  return french > german ? 'fr' : 'de';
}

/** A word as tesseract may give it instead of PaddleOCR's: the same letters, marks added. */
export function withMarks(paddle: string, tesseract: string): boolean {
  return tesseract !== paddle && tesseract !== stripMarks(tesseract) && stripMarks(tesseract) === stripMarks(paddle);
}

/** Per language order its tesseract pool, or null once it failed (missing language data, a worker that would not start). */
const pools: Partial<Record<Language, OcrPool | null>> = {};

export type Language = keyof typeof LANGS;

/**
 * Reads a stack of rows (a PNG, see stackRows) on another thread, with that thread's pool for
 * `language`; resolves with null when no thread was free (paddle-engine.ts lends an idle one).
 */
export type StackHelper = (png: Uint8Array, language: Language) => Promise<OcrResult | null>;

/**
 * `lines` with the marks tesseract adds; the lines of a Chinese page as they were. `recognized` are the
 * boxes the lines were made of (boxLines keeps each box's bbox), `page` the canvas they were read from.
 * Only the words PaddleOCR may have read without a mark are read again: its dictionary holds a few
 * marked letters (é è ü ä à…), and where the print has one (or one it lacks: ö, ê) it gives the same
 * letter with a mark some probability, elsewhere almost none. On the tuning scans (bench/ocr) every word
 * that turned out to have a mark had ≥ 1.3e-4 there ("Règlement", "Lumière"); 1e-4 picks ~24 words a
 * page, a quarter of which get a mark; 2e-4 would pick 40% fewer and lose "Lumière". A ç is never
 * found: the dictionary has no marked c. On a page that reads as German only doubts at a, o and
 * u count (MARKABLE_GERMAN). English pages are re-read too: skipping them (no French or German short
 * words, 3 English ones) saved ~0.1 s on an English page but lost a field of the generated samples
 * (bench/ocr/samples.mjs).
 */
export async function addAccents(lines: OcrLine[], recognized: RecognizedBox[], page: Canvas, helper?: StackHelper): Promise<OcrLine[]> {
  if (!westernPage(lines)) return lines;
  const { french, german } = shortWords(lines);
  const markable = german > french ? MARKABLE_GERMAN : MARKABLE;
  const doubts = new Map(recognized.map((box) => [box.bbox, box.chars.filter((c) => markable.test(c.text) && (c.marked ?? 0) >= MARK_DOUBT)]));
  const chosen = lines.flatMap((line) => {
    const centres = (doubts.get(line.bbox) ?? []).map((c) => (c.x0 + c.x1) / 2);
    return line.words.flatMap((word, i) => (word.text.length <= LONGEST_WORD && centres.some((x) => x >= word.bbox.x0 && x <= word.bbox.x1) ? [{ line, word, box: wordCrop(line, i) }] : []));
  });
  if (chosen.length === 0) return lines;
  const language = french > german ? 'fr' : 'de';
  // Many words are read as two stacks, so that a helper (given when no other page is being read) can read
  // the second on another thread: the re-read of a lone page then takes about half the time. Refused,
  // or without one, this thread reads both. Always the same two stacks, busy or not: tesseract reads a
  // word a little differently in another stack, and a page must read the same whatever the load.
  const halves = chosen.length >= SPLIT_WORDS ? [chosen.slice(0, chosen.length >> 1), chosen.slice(chosen.length >> 1)] : [chosen];
  const stacks = halves.map((half) => stackPng(stackRows(half.map((c) => c.box), page)));
  const reads = await Promise.all(stacks.map(async (png, i) => (i > 0 && helper ? await helper(png, language).catch(() => null) : null) ?? readStack(png, language)));
  const replaced = new Map<OcrWord, string>();
  reads.forEach((read, i) => {
    for (const word of read?.words ?? []) {
      const row = halves[i]![Math.floor((word.bbox.y0 + word.bbox.y1) / 2 / (ROW_HEIGHT + ROW_GAP))];
      if (row && withMarks(row.word.text, word.text)) replaced.set(row.word, word.text);
    }
  });
  if (replaced.size === 0) return lines;
  return lines.map((line) => {
    if (!line.words.some((w) => replaced.has(w))) return line;
    const words = line.words.map((w) => (replaced.has(w) ? withText(w, replaced.get(w)!) : w));
    // A Western line's text is its words joined by spaces (paddle-lines.ts).
    return { ...line, words, text: words.map((w) => w.text).join(' ') };
  });
}

/**
 * The word spelt with tesseract's marks. A marked letter keeps the certainty PaddleOCR had of the letter;
 * should the spelling change length (a mark as a letter of its own), every letter gets the word's.
 */
function withText(word: OcrWord, text: string): OcrWord {
  const same = word.charConfidence?.length === text.length;
  return { ...word, text, charConfidence: same ? word.charConfidence : Array<number>(text.length).fill(word.confidence) };
}

/**
 * A stack of rows read by this thread's pool for `language`; null when that pool failed. The re-read
 * only adds marks to a page PaddleOCR has read whole: without it the page keeps that reading instead of
 * failing. A failed pool is not tried again (its cause, such as a missing @tesseract.js-data package,
 * would not have gone away).
 */
export async function readStack(png: Uint8Array, language: Language): Promise<OcrResult | null> {
  if (pools[language] === undefined) pools[language] = createOcrPool({ langs: LANGS[language], concurrency: 1 });
  const pool = pools[language];
  if (!pool) return null;
  try {
    // One uniform block of text lines (psm 6): the stack has no layout for tesseract to find.
    return await pool.recognize(png, { psm: 6, dpi: 300 });
  } catch {
    pools[language] = null;
    void pool.dispose();
    return null;
  }
}

/** A word's box widened to halfway to its neighbours (the line's ends at the sides): no glyph of it cut off. */
export function wordCrop(line: OcrLine, i: number): OcrBBox {
  const { words, bbox } = line;
  const word = words[i]!;
  const x0 = i === 0 ? bbox.x0 : (words[i - 1]!.bbox.x1 + word.bbox.x0) / 2;
  const x1 = i === words.length - 1 ? bbox.x1 : (word.bbox.x1 + words[i + 1]!.bbox.x0) / 2;
  return { x0, x1, y0: bbox.y0, y1: bbox.y1 };
}

/**
 * A stack as a grey PNG, grey by the weights tesseract itself applies to a colour image (Leptonica's
 * pixConvertRGBToGray defaults), so it reads the same pixels either way.
 */
export function stackPng(stack: Canvas): Uint8Array {
  const rgba = stack.getContext('2d').getImageData(0, 0, stack.width, stack.height).data;
  const grey = new Uint8Array(stack.width * stack.height);
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) grey[j] = Math.fround(Math.fround(0.3 * rgba[i]!) + Math.fround(0.5 * rgba[i + 1]!) + Math.fround(0.2 * rgba[i + 2]!) + 0.5) | 0;
  return greyPng(grey, stack.width, stack.height);
}

/** The boxes cut from the page, each scaled to ROW_HEIGHT, one under the other on white. */
export function stackRows(boxes: OcrBBox[], page: Canvas): Canvas {
  const widths = boxes.map((bbox) => Math.round(((bbox.x1 - bbox.x0) * ROW_HEIGHT) / (bbox.y1 - bbox.y0)));
  const canvas = createCanvas(Math.max(...widths) + 2 * ROW_GAP, boxes.length * (ROW_HEIGHT + ROW_GAP) + ROW_GAP);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  const pageCtx = page.getContext('2d');
  boxes.forEach((bbox, i) => {
    // From a copy of the box's whole pixels, not from the page: @napi-rs/canvas's drawImage with the page
    // as source cost ~25 ms a word (~0.6 CPU-s a page), a copy of the pixels under a millisecond.
    const x = Math.max(0, Math.floor(bbox.x0)), y = Math.max(0, Math.floor(bbox.y0));
    const w = Math.min(page.width, Math.ceil(bbox.x1)) - x, h = Math.min(page.height, Math.ceil(bbox.y1)) - y;
    if (w <= 0 || h <= 0) return;
    const crop = createCanvas(w, h);
    crop.getContext('2d').putImageData(pageCtx.getImageData(x, y, w, h), 0, 0);
    ctx.drawImage(crop, bbox.x0 - x, bbox.y0 - y, bbox.x1 - bbox.x0, bbox.y1 - bbox.y0, ROW_GAP, ROW_GAP / 2 + i * (ROW_HEIGHT + ROW_GAP), widths[i]!, ROW_HEIGHT);
  });
  return canvas;
}
