/**
 * Amounts as a till receipt's OCR prints them: digits misread as letters ("1O.5O", "RMI.80"), a space
 * after the decimal point ("RM7. 80"), a change of nothing kept as ",00".
 */
import { parseAmount } from '../amounts.js';

/**
 * Two-decimal amounts, with thousands separators or without (not a space: "3 100.00" is a count and a price).
 * (Or grouped in lakhs and crores, as Indian invoices print them: "1,94,699.23", whose "1,94" is no amount.)
 */
export const MONEY = /-?\d{1,2}(?:,\d{2})+,\d{3}\.\d{2}(?!\d)|-?\d{1,3}(?:[.,']\d{3})*[.,]\d{2}(?!\d)|-?\d+[.,]\d{2}(?!\d)/g;

/**
 * A letter OCR confuses with a digit, next to a digit with only digits and separators between: what any
 * digit run holding a confusion has. A text layer's lines almost never do (11 of a real batch's ~3,600
 * lines), and this one test is far cheaper than the replacement's call per digit run of every line.
 */
const CONFUSION_BY_DIGIT = /\d[\d.,]*[OolI|]|[OolI|][\d.,]*\d/;

/** OCR confusions inside digit runs: "1O.5O" → "10.50", "l2,00" → "12,00". */
export function fixOcrDigits(line: string): string {
  if (!CONFUSION_BY_DIGIT.test(line)) return line;
  return line.replace(/[\dOolI|][\dOolI|.,]*[\dOolI|]/g, (tok) => (/\d/.test(tok) ? tok.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1') : tok));
}

/**
 * A thousands comma OCR read as a point before the decimal one ("3.387.00" for 3,387.00): two points,
 * the last before two digits, can group only thousands.
 */
const THOUSANDS_POINT = /(?<![\d.,])(\d{1,3})\.(\d{3})\.(\d{2})(?![\d.,])/g;

/** A line's figures made readable: digit confusions fixed, "7. 80" closed up, "3.387.00" grouped. */
function cleaned(line: string): string {
  return fixOcrDigits(line).replace(/(\d[.,])\s(\d{2})(?![\d.,])/g, '$1$2').replace(THOUSANDS_POINT, '$1,$2.$3');
}

/**
 * A figure a line ends with, its thousands grouped and no cents ("TOTAL BELANJA 73.300", "TUNAI 100.000"),
 * or with the dong's sign after it ("Tổng cộng 217,800 đ", "₫", "VND"; OCR reads đ as d).
 */
const WHOLE_GROUPED_AT_END = /(?<![\d.,])(\d{1,3}(?:[.,]\d{3})+)(?:\s?(?:đ|₫|d|vnd))?$/i;

/**
 * The lines of a page in a currency without cents (the rupiah), its figures grouped by thousands: with at
 * least two lines ending in such a figure and none in a two-decimal amount, each is written as the whole
 * amount it is ("73.300" → "73300.00"), as the rules read amounts. Any two-decimal amount at a line's end
 * says the points are decimal ones: the lines are kept as they are.
 */
export function wholeUnitFigures(lines: readonly string[]): string[] {
  const grouped = lines.filter((l) => WHOLE_GROUPED_AT_END.test(l));
  if (grouped.length < 2 || lines.some((l) => trailingAmount(l) !== null)) return [...lines];
  return lines.map((l) => l.replace(WHOLE_GROUPED_AT_END, (_m, figure: string) => `${figure.replace(/[.,]/g, '')}.00`));
}

/** Every two-decimal amount on the line, in order. */
export function amountsIn(line: string): number[] {
  return (cleaned(line).match(MONEY) ?? []).map((m) => parseAmount(m)).filter((v): v is number => v !== null);
}

/** Whether the line prints `value` right after words ("Totale documento  2.055,65"), not after another figure. */
export function afterWords(line: string, value: number): boolean {
  const text = cleaned(line);
  let from = 0;
  for (const m of text.matchAll(MONEY)) {
    if (cents(parseAmount(m[0]) ?? NaN) === cents(value)) return /\p{L}{2}/u.test(text.slice(from, m.index));
    from = m.index! + m[0].length;
  }
  return false;
}

/**
 * The amount a line ends with, as a till prints a figure after its label, and the text before it
 * ("TOTAL  RM 12.50" → "TOTAL  RM", "12.50"): "CHANGE RM ,00" (OCR kept only the decimals of 0.00) and
 * "ROUNDING ADJ -.02" read too. Null when the line ends in no amount.
 */
export function trailingFigure(line: string): { label: string; figure: string; value: number } | null {
  // After the figure: a tax code ("SR", "Z") or a currency ("€", "EUR", "元").
  const text = cleaned(line);
  const m = text.match(/(-?\s?)((?:\d+(?:[.,']\d{3})*)?[.,]\d{2})\s*(?:[A-Za-z]{0,3}|[€$£¥元])\s*$/);
  if (!m) return null;
  const value = parseAmount(/^[.,]/.test(m[2]!) ? `0${m[2]}` : m[2]);
  if (value === null) return null;
  return { label: text.slice(0, m.index).trim(), figure: m[0].trim(), value: m[1]!.trim() ? -value : value };
}

/** The amount a line ends with (see trailingFigure), or null. */
export function trailingAmount(line: string): number | null {
  return trailingFigure(line)?.value ?? null;
}

/** A line that is only an amount (with its currency): the value of the label on the line before. */
export function bareAmount(line: string): number | null {
  return /^\s*(?:RM|\$|€|£|¥|MYR|SGD|USD)?\s*-?\s*[\dOolI|.,' ]+\s*(?:[A-Za-z]{0,3}|[€$£¥元])\s*$/.test(line) && /\d/.test(line) ? trailingAmount(line) : null;
}

/** Cents, so that sums compare exactly. */
export const cents = (v: number): number => Math.round(v * 100);
