/**
 * OCR output as positioned text (src/core/text.ts), so invoice parsers read scanned pages by geometry
 * exactly as they read a PDF text layer: millimetres, top-left origin, y down.
 *
 * A PDF text layer gives runs of text (a label, a value), not whole visual lines. Tesseract's lines can
 * join a label and a value that sit far apart on the same row ("Total ........ 2,076.00"), so by default
 * each line is split into phrases wherever the gap between two words is wider than `gapFactor` times
 * the line height; an ordinary space is about a third of it.
 */
import { keptCertainty, type PageText, type TextItem } from '../core/text.js';
import { InvoicectlError } from '../core/errors.js';
import { hasCjk, normalizeCjkSpacing } from './cjk.js';
import type { OcrLine, OcrResult, OcrWord } from './types.js';

export interface OcrToPageTextOptions {
  /** The resolution the OCR'd image was rendered or scanned at (pixels per inch). */
  dpi: number;
  /** 1-based page number for the items. Default 1. */
  page?: number;
  /** 'phrase' (default): lines split at wide gaps; 'line': whole lines; 'word': one item per word. */
  level?: 'phrase' | 'line' | 'word';
  /** Gap, in line heights, that splits a line into phrases. Default 1. */
  gapFactor?: number;
}

export function ocrToPageText(ocr: OcrResult, options: OcrToPageTextOptions): PageText {
  const { dpi } = options;
  if (!(dpi > 0)) throw new InvoicectlError('INVALID_OPTION', `dpi must be positive, got ${dpi}`);
  const page = options.page ?? 1;
  const level = options.level ?? 'phrase';
  const gapFactor = options.gapFactor ?? 1;
  const mm = (px: number) => (px * 25.4) / dpi;
  const items: TextItem[] = [];
  const latin = latinPage(ocr);

  for (const line of ocr.lines) {
    if (latin && strayCjk(line)) continue;
    // (On a page printed in Latin letters: a Chinese invoice's grids are its parser's own.)
    const figures = level === 'phrase' && latin ? figuresUnder(line, ocr.lines) : [];
    // Items share the line's top and height so a label and its value line up like PDF runs do.
    const top = line.bbox.y0;
    const lineHeight = Math.max(1, line.bbox.y1 - line.bbox.y0);
    const groups: OcrWord[][] =
      level === 'word' ? line.words.map((w) => [w])
        : level === 'line' ? [line.words]
          : splitAtGaps(line.words, gapFactor * lineHeight).flatMap((group) => cutOverFigures(group, figures));
    for (const read of groups) {
      const words = read.map((w) => (latin ? withoutStrayCjk(w) : w)).map((w) => ({ ...w, text: companyFormCased(w.text) }));
      const joined = words.map((w) => w.text).join(' ');
      const text = normalizeCjkSpacing(joined).trim();
      if (!text) continue;
      const x0 = Math.min(...words.map((w) => w.bbox.x0));
      const x1 = Math.max(...words.map((w) => w.bbox.x1));
      const y0 = level === 'word' ? words[0]!.bbox.y0 : top;
      const y1 = level === 'word' ? words[0]!.bbox.y1 : line.bbox.y1;
      const confidence = Math.min(...words.map((w) => w.confidence));
      const item: TextItem = { text, x: mm(x0), y: mm(y0), width: mm(x1 - x0), height: mm(y1 - y0), page, confidence };
      // Per character when the engine says (a word without it: its confidence for each character); per word
      // when it says only that (tesseract), so a speck read as a word of its own (". Hotel Miradouro do Porto,
      // S.A." with its "." at 0) leaves the words beside it as sure as they were read.
      if (words.some((w) => w.charConfidence) || words.some((w) => w.confidence !== confidence)) {
        const each = words.flatMap((w, i) => [...(i ? [100] : []), ...(w.charConfidence ?? Array<number>(w.text.length).fill(w.confidence))]);
        item.charConfidence = keptCertainty(joined, each, text);
      }
      items.push(item);
    }
  }
  // Reading order, as parsers expect from a text layer: top to bottom, then left to right.
  items.sort((a, b) => a.y - b.y || a.x - b.x);
  return { page, width: mm(ocr.width), height: mm(ocr.height), items };
}

/**
 * A box of nothing but CJK characters read unsure on a page printed in Latin letters: the Chinese recogniser's
 * reading of a speck or of the blank between two cells ("盗餐" between "Invoice no." and "OJ-2025-0447" at 7
 * and 10, "饭" between a label and its figures), which the page's rows would join into one cell
 * ("Invoice no.盗餐OJ-2025-0447"). Not a sure one: a Chinese name printed on a Western invoice reads sure.
 */
const STRAY_BELOW = 50;
const strayCjk = (line: OcrLine) => line.confidence < STRAY_BELOW && hasCjk(line.text) && [...line.text].every((c) => hasCjk(c) || /\s/.test(c));

/**
 * A word's CJK characters read unsure at its start or end, on a page printed in Latin letters: the same noise
 * as strayCjk's, read onto a word's edge ("Invoice #易", its 易 at 14, before "MC-26-01187"), where it hid a label
 * from the parser (the number left unread). The word's own letters stay as read; a word of CJK alone is left
 * to strayCjk, which weighs its whole line.
 */
function withoutStrayCjk(word: OcrWord): OcrWord {
  const chars = [...word.text];
  if (word.charConfidence && word.charConfidence.length !== chars.length) return word;
  const stray = (i: number) => hasCjk(chars[i]!) && (word.charConfidence?.[i] ?? word.confidence) < STRAY_BELOW;
  let start = 0;
  let end = chars.length;
  while (start < end && stray(start)) start++;
  while (end > start && stray(end - 1)) end--;
  // (A word whose rest holds CJK is CJK text, "号码" with its 号 unsure: only noise on a Latin word goes.)
  if ((start === 0 && end === chars.length) || start === end || chars.slice(start, end).some((c) => hasCjk(c))) return word;
  const kept = word.charConfidence?.slice(start, end);
  // (The word's certainty was its least sure character's, the noise's.)
  return { ...word, text: chars.slice(start, end).join(''), ...(kept ? { charConfidence: kept, confidence: Math.min(...kept) } : {}) };
}

/**
 * A page whose letters are Latin: ten of them for every CJK character or more. A Chinese invoice prints its
 * labels and names in CJK (its stamps read unsure), a Western page's CJK is the recogniser's noise.
 */
const LATIN_PER_CJK = 10;
function latinPage(ocr: OcrResult): boolean {
  let latin = 0, cjk = 0;
  for (const c of ocr.lines.flatMap((l) => [...l.text])) {
    if (hasCjk(c)) cjk++;
    else if (/\p{Script=Latin}/u.test(c)) latin++;
  }
  return latin >= LATIN_PER_CJK * cjk;
}

/**
 * Company forms whose mixed case OCR often gets wrong in small print ("Gmbh", "B.v."), as written:
 * the parsers know a form by its case ("KG" is a form, "kg" a weight), and a name read with "Gmbh"
 * was no company's, so another line became the seller. Only these, whose one mixed-case spelling
 * (or all capitals, as a letterhead prints them) is the only one in use; at a word's end, after a
 * hyphen too ("Vertriebs-Gmbh"). The letters stay as many: certainties per character stay in step.
 * The Danish "ApS", its capital S drawn as the small one is, read "Aps" ("Fjordbyens Bud Aps"): a
 * name's word with its capital A, never a word of its own otherwise.
 */
const FORMS = new Map([['gmbh', 'GmbH'], ['mbh', 'mbH'], ['b.v.', 'B.V.'], ['n.v.', 'N.V.'], ['aps', 'ApS']]);
const FORM_AT_END = /(^|-)(gmbh|mbh|[bn]\.v\.|aps)([,;:]?)$/i;

export function companyFormCased(word: string): string {
  const m = FORM_AT_END.exec(word);
  if (!m) return word;
  const form = FORMS.get(m[2]!.toLowerCase())!;
  if (m[2] === form || m[2] === form.toUpperCase() || (form === 'ApS' && !m[2]!.startsWith('A'))) return word;
  return word.slice(0, m.index) + m[1] + form + m[3];
}

/** A cell of one amount: figures with their separators, a sign or a currency's beside them ("1,064.00", "€ 202.16", "461,50"). */
const AMOUNT_CELL = /^[-−]?(?:[€$£]\s?)?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?:\s?[€$£])?$/;

/**
 * The cells OCR boxed one by one on the row right under a line, left to right, when amounts are among them:
 * a totals grid's row of figures under its headers, with no row of figures under it (none: a table of items).
 */
function figuresUnder(line: OcrLine, lines: readonly OcrLine[]): OcrLine[] {
  const height = line.bbox.y1 - line.bbox.y0;
  const amount = (l: OcrLine) => AMOUNT_CELL.test(l.text.trim());
  const rowUnder = (top: number) => lines.filter((l) => l !== line && l.bbox.y0 >= top - height / 2 && l.bbox.y0 <= top + height / 2);
  const cells = rowUnder(line.bbox.y1);
  const figures = cells.filter(amount);
  // One row of figures: another under it makes a table of items, whose header the parser reads as it is.
  const bottom = Math.max(...figures.map((f) => f.bbox.y1));
  if (!figures.length || rowUnder(bottom).some((l) => amount(l) && !figures.includes(l))) return [];
  return cells.sort((a, b) => a.bbox.x0 - b.bbox.x0);
}

/** A rate with its sign ("23%", "7,7 %"): a column of a tax summary's row as a figure is. */
const RATE_CELL = /^\d{1,2}(?:[.,]\d{1,2})?\s?%$/;

/**
 * A box of amounts only, its words each one ("14,23 76,10": two cells set close, boxed as one), as its words,
 * one cell each; any other box as it is.
 */
const amountsApart = (cell: OcrLine): Array<OcrLine | OcrWord> => (cell.words.length > 1 && cell.words.every((w) => AMOUNT_CELL.test(w.text.trim())) ? cell.words : [cell]);

/**
 * A row of headers OCR read as one phrase over a row of figures it boxed one by one ("Net Amount €  VAT 19%
 * Total Amount" over "1,064.00", "202.16", "1,266.16": a one-row totals grid, whose headers stand closer than
 * the gap that splits a line; "Taxa IVA Incidencia Valor IVA Total" over "23%", "61,87", "14,23 76,10", a tax
 * summary's row, its rate with its sign and two of its amounts boxed together), cut into one cell a figure:
 * between two figures under it, at the gap between its words that most of the blank between those figures
 * holds. Two figures or more, all under the phrase, every cell under it an amount or a rate with its sign,
 * each blank holding a gap of its own; else the phrase stays whole.
 */
function cutOverFigures(group: OcrWord[], figures: readonly OcrLine[]): OcrWord[][] {
  const x0 = group[0]!.bbox.x0, x1 = group[group.length - 1]!.bbox.x1;
  const under = figures.flatMap(amountsApart).filter((f) => (f.bbox.x0 + f.bbox.x1) / 2 > x0 && (f.bbox.x0 + f.bbox.x1) / 2 < x1);
  // (A cell of the row that is no amount, a rate's "21" between the net and the tax, is a column the cut would
  // miss; a rate printed with its sign is told as a figure is.)
  if (under.length < 2 || group.length < under.length || under.some((f) => !AMOUNT_CELL.test(f.text.trim()) && !RATE_CELL.test(f.text.trim()))) return [group];
  const cuts: number[] = [];
  for (let k = 0; k + 1 < under.length; k++) {
    const from = under[k]!.bbox.x1, to = under[k + 1]!.bbox.x0;
    let best = -1, most = 0;
    for (let w = 1; w < group.length; w++) {
      const overlap = Math.min(to, group[w]!.bbox.x0) - Math.max(from, group[w - 1]!.bbox.x1);
      if (overlap > most) [best, most] = [w, overlap];
    }
    if (best < 0 || best <= (cuts[cuts.length - 1] ?? 0)) return [group];
    cuts.push(best);
  }
  return [0, ...cuts, group.length].slice(1).map((end, k, ends) => group.slice(k ? ends[k - 1] : 0, end));
}

function splitAtGaps(words: OcrWord[], maxGap: number): OcrWord[][] {
  const groups: OcrWord[][] = [];
  let current: OcrWord[] = [];
  for (const word of words) {
    const previous = current[current.length - 1];
    if (previous && word.bbox.x0 - previous.bbox.x1 > maxGap) {
      groups.push(current);
      current = [];
    }
    current.push(word);
  }
  if (current.length) groups.push(current);
  return groups;
}
