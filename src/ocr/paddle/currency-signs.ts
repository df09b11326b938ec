/**
 * Currency signs PaddleOCR cannot print. Its PP-OCRv4 dictionary has $ and ¥ but no € or £ (nor ₹): it
 * reads "85,56 €" as "85,56" or "85,56 E" and "£1,250.00" as "1,250.00", and a page that shows its
 * currency only by the sign beside its amounts loses the currency (every German scan of the supplier
 * pages in bench/supplier-pages). So on a Western page the amounts are read a second time by
 * tesseract.js, whose Latin models have the signs, in one stack as restore-accents.ts reads its
 * words; tesseract's reading is taken only where it is PaddleOCR's figure with a sign before or after
 * it: the same digits and separators, nothing else. Tesseract can add a sign, never change a digit.
 */
import type { Canvas } from '@napi-rs/canvas';
import type { OcrBBox, OcrLine, OcrResult, OcrWord } from '../types.js';
import { pageLanguage, readStack, ROW_GAP, ROW_HEIGHT, stackPng, stackRows, westernPage, wordCrop } from './restore-accents.js';

/** A printed amount: digits with a decimal comma or point and two decimals, thousands grouped or not. */
const AMOUNT = /^[-+]?\d{1,3}(?:[.,'’]?\d{3})*[.,]\d{2}$/;
/** The signs PaddleOCR's dictionary lacks. */
const SIGNS = '€£₹';
/** A figure with one sign before or after it, as tesseract reads a crop, spaces dropped. */
const SIGNED = new RegExp(`^([${SIGNS}]?)([-+]?[\\d.,'’]+)([${SIGNS}]?)$`);
/** What PaddleOCR prints for a sign it lacks, as a word of its own after the figure. */
const MISREAD_SIGN = /^[ECcefG€£]$/;
/** A currency the line already shows beside the figure: nothing to add. */
const SHOWN = /^(?:[A-Z]{3}|[$¥€£₹]|S\$|US\$|A\$|C\$|R\$|Fr\.?|CHF)$/;
/**
 * The amounts read again, the page's last ones (its totals, which say the currency): the rest rarely
 * tell more, and each row costs tesseract time (~15 ms).
 */
const MOST = 16;

interface Chosen {
  line: OcrLine;
  word: OcrWord;
  /** A misread sign after the figure, replaced by the sign. */
  follower?: OcrWord;
  crop: OcrBBox;
}

/** `lines` with the currency signs tesseract reads beside their amounts; a CJK page's lines as they were. */
export async function addCurrencySigns(lines: OcrLine[], page: Canvas): Promise<OcrLine[]> {
  if (!westernPage(lines)) return lines;
  const chosen: Chosen[] = [];
  for (const line of lines) {
    line.words.forEach((word, i) => {
      if (!AMOUNT.test(word.text)) return;
      const before = line.words[i - 1], after = line.words[i + 1];
      if ((before && SHOWN.test(before.text)) || (after && SHOWN.test(after.text) && after.text !== '€' && after.text !== '£')) return;
      // A lone letter ending the line after the figure is the sign misread ("48,00 E"): its crop joins the figure's.
      const follower = after && i + 2 === line.words.length && MISREAD_SIGN.test(after.text) ? after : undefined;
      const crop = wordCrop(line, i);
      chosen.push({ line, word, ...(follower ? { follower } : {}), crop: follower ? { ...crop, x1: wordCrop(line, i + 1).x1 } : crop });
    });
  }
  if (!chosen.length) return lines;
  const rows = chosen.sort((a, b) => a.line.bbox.y0 - b.line.bbox.y0).slice(-MOST);
  const read = await readStack(stackPng(stackRows(rows.map((c) => c.crop), page)), pageLanguage(lines));
  const signed = signsOf(rows, read);
  if (!signed.size) return lines;
  const dropped = new Set(rows.filter((r) => r.follower && signed.has(r.word)).map((r) => r.follower!));
  return lines.map((line) => {
    if (!line.words.some((w) => signed.has(w))) return line;
    const words = line.words.filter((w) => !dropped.has(w)).map((w) => signed.get(w) ?? w);
    // A Western line's text is its words joined by spaces (paddle-lines.ts).
    return { ...line, words, text: words.map((w) => w.text).join(' ') };
  });
}

/** Per figure that tesseract read with a sign, the word to print instead (spanning the follower it replaces). */
function signsOf(rows: readonly Chosen[], read: OcrResult | null): Map<OcrWord, OcrWord> {
  const texts = rows.map(() => [] as OcrWord[]);
  for (const word of read?.words ?? []) {
    const row = Math.floor((word.bbox.y0 + word.bbox.y1) / 2 / (ROW_HEIGHT + ROW_GAP));
    texts[row]?.push(word);
  }
  const out = new Map<OcrWord, OcrWord>();
  rows.forEach((row, i) => {
    const words = texts[i]!;
    const m = SIGNED.exec(words.map((w) => w.text).join(''));
    if (!m || !!m[1] === !!m[3] || m[2] !== row.word.text) return;
    const sign = m[1] || m[3]!;
    // The sign's certainty is tesseract's for the word that holds it.
    const certainty = words.find((w) => w.text.includes(sign))?.confidence ?? 0;
    const digits = row.word.charConfidence ?? Array<number>(row.word.text.length).fill(row.word.confidence);
    const text = m[1] ? `${sign}${row.word.text}` : `${row.word.text} ${sign}`;
    const charConfidence = m[1] ? [certainty, ...digits] : [...digits, 100, certainty];
    const x1 = row.follower ? row.follower.bbox.x1 : row.word.bbox.x1;
    // The word keeps PaddleOCR's certainty of its figure; the sign's own is in charConfidence.
    out.set(row.word, { ...row.word, text, charConfidence, bbox: { ...row.word.bbox, x1 } });
  });
  return out;
}
