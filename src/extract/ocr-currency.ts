/**
 * The currency of a scanned page whose sign OCR lost: the euro's "€" is a thin glyph that PaddleOCR drops
 * or reads as an "E" ("Totale documento €" read "Totale documento"), a code may come out with a small
 * letter for a capital of the same shape ("Å betale NoK") or a zero for its "O" ("Alle beløp i N0K"), and
 * the złoty's "zł" as "zt". The parser then finds no sign and no code, and the page's currency is unread
 * though the page names it in other ways a scan keeps: a code so read, the złoty's sign so read, the
 * country of the seller's bank account, of Italy's VAT number (its "Partita IVA", printed without the
 * "IT" the parser's VAT ids read) or of Spain's company tax number (its "CIF"), or a VAT id whose country's "O" OCR read as a zero ("CIF: R034567812").
 * Each names one currency; the page's evidence must agree, or nothing is read.
 */
import type { PageText, TextItem } from '../core/text.js';
import { detectCurrency } from '../invoice/amounts.js';
import { currencyOfTaxId, isCurrencyCode } from '../invoice/western/currency.js';

/** Small letters drawn as their capitals, smaller: "o" read for "O" in a code set in small capitals or a noisy scan. */
const SAME_SHAPE = /^[cosuvwxzk]$/;

/**
 * A code of three letters with small letters of a capital's shape among its capitals ("NoK", "EuR"), beside a
 * figure ("8 654,00 NoK", "NoK 8 654,00") or ending its cell with a figure after it on the row.
 */
function codeReadSmall(items: readonly TextItem[]): string[] {
  const found: string[] = [];
  for (const item of items) {
    const text = item.text.trim();
    for (const m of text.matchAll(/(?<![\p{L}\d])([A-Za-z]{3})(?![\p{L}\d])/gu)) {
      const word = m[1]!;
      const upper = word.toUpperCase();
      if (word === upper || !isCurrencyCode(upper) || !/^[A-Z]/.test(word)) continue;
      if (![...word].every((c) => c === c.toUpperCase() || SAME_SHAPE.test(c))) continue;
      const before = text.slice(0, m.index);
      const after = text.slice(m.index! + word.length);
      const besideFigure = /\d[\d.,' ]*\s?$/.test(before) && /^\s*$/.test(after) ? true : /^\s?\d/.test(after);
      const endsCell = after.trim() === '' && items.some((o) => o !== item && o.page === item.page && o.x > item.x + item.width - 1 && Math.abs(o.y - item.y) <= Math.max(item.height, o.height) / 2 && /^-?[\d.,' ]*\d[.,]\d{2}$/.test(o.text.trim()));
      if (besideFigure || endsCell) found.push(upper);
    }
  }
  return found;
}

/**
 * A code in capitals with its "O" read as a zero ("Alle beløp i N0K."), where the text layer's code names the
 * currency wherever it stands (amounts.ts, `detectCurrency`). Not a postcode: Canada's "N0K 1A0" has its
 * second half after it.
 */
const CODE_ZERO_FOR_O = /(?<![\p{L}\d-])(?=[A-Z]{0,2}0)([A-Z0]{3})(?![\p{L}\d-])(?!\s?\d)/gu;

function codeZeroForO(text: string): string[] {
  return [...text.matchAll(CODE_ZERO_FOR_O)].map((m) => m[1]!.replaceAll('0', 'O')).filter((code) => detectCurrency(code) === code);
}

/** The złoty's "zł" after a figure with its "ł" read as a "t", its stroke as the bar ("2 370,21 zt"), as in its labels (ocr-tolerant-labels.ts). */
const ZLOTY_READ_T = /\d\s?zt\b/;

/** "IBAN IT02 L030 …", "BAN IT02" (the "I" lost), "IBAN: GR16 0172 …": the account's country. */
const IBAN = /\bI?BAN\s*:?\s*([A-Z]{2})\s?\d{2}(?=\s?[A-Z\d]{4})/g;
/** Italy's VAT number, the Partita IVA: eleven figures after its name ("P.IVA 01234560375", "P.IVA e C.F. 08214730158"). */
const PARTITA_IVA = /\bP(?:artita|\.)?\s?IVA\b(?:\s*(?:e|\/)\s*C\.?\s?F\.?)?\s*[:.]?\s*(?:IT\s?)?\d{11}\b/gi;
/**
 * Spain's company tax number, the CIF: a letter of the company's kind, seven figures and a check character, printed
 * without the "ES" the parser's VAT ids read ("CIF B18776452", "C.I.F.: A-28119904"). Romania's CIF is figures
 * ("CIF 18547290", "CIF: RO18547290"): no letter opens it but its country's.
 */
const SPANISH_CIF = /\bC\.?I\.?F\.?\s*[:.]?\s*[ABCDEFGHJNPQRSUVW]-?\d{7}[\dA-J]\b/g;
/** A VAT id after its label whose country's "O" reads as a zero: "CIF: R034567812", "Org.nr: N0 912 345 678". */
const ZERO_FOR_O = /\b(?:CIF|CUI|VAT(?:\s?(?:No|Reg(?:istration)?(?:\s?No)?)\.?)?|TVA|MVA|Org\.?\s?nr\.?)\s*[:.]?\s*([A-Z])0(?=\s?\d{6,12}\b)/g;

/** The currencies the page names in ways a scan keeps, one entry per place it names one. */
function namedCurrencies(items: readonly TextItem[]): string[] {
  const out = codeReadSmall(items);
  for (const item of items) {
    out.push(...codeZeroForO(item.text));
    if (ZLOTY_READ_T.test(item.text)) out.push('PLN');
    for (const m of item.text.matchAll(IBAN)) {
      const c = currencyOfTaxId(m[1]!);
      if (c) out.push(c);
    }
    for (const _ of item.text.matchAll(PARTITA_IVA)) out.push('EUR');
    for (const _ of item.text.matchAll(SPANISH_CIF)) out.push('EUR');
    for (const m of item.text.matchAll(ZERO_FOR_O)) {
      const c = currencyOfTaxId(`${m[1]}O`);
      if (c) out.push(c);
    }
  }
  return out;
}

/**
 * The currency a scanned page names when its parser read none (see above): the one currency all its evidence
 * names, else null.
 */
export function currencyOnScan(pages: readonly PageText[]): string | null {
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const named = namedCurrencies(items);
  return named.length && named.every((c) => c === named[0]) ? named[0]! : null;
}
