/**
 * Credit notes. A Chinese 红字发票 is told by its negative total, which its face, its issuer XML and its
 * OFD data all carry, so each source marks it the same way and keeps the sign.
 *
 * Western credit notes read from text. The title or a label starts with a credit-note word (a cell that *begins*
 * "Gutschrift", "Avoir", "Note de crédit", "Credit note", "Kreeditarve", "Kreditreikningur", "Kreditinė PVM sąskaita faktūra",
 * "Kredītrēķins", "Кредитно известие", a Czech correction that calls itself a credit note, "Opravný daňový doklad
 * (dobropis)"…, so "vous avoir" or "Gutschrift erfolgt" in a sentence does not
 * count). Their amounts are then given as the document's CII XML gives them: positive, with the
 * document type saying what they are, so the text path and the XML path of one document agree.
 *
 * A correction ("Rechnungskorrektur", "Korrekturrechnung", "facture rectificative": type code 384) is
 * an invoice: its structured form carries the amounts with their sign, so the printed sign is kept.
 */
import type { Line } from './layout.js';
import { round2, type Invoice } from './model.js';

const CREDIT_NOTE_TITLE = /^(?:TD0[48]\s+)?(?:nota\s+di\s+credito|gutschrift|stornorechnung|avoir|facture\s+d['’]avoir|note\s+de\s+cr[ée]dit|credit\s*note|credit\s+memo|creditnota|creditfactuur|nota\s+de\s+cr[ée]dito|kreditfaktura|kreditnota|hyvityslasku|dobropis|opravn[ýy]\s+da[ňn]ov[ýy]\s+doklad\s*(?:\(\s*dobropis\s*\)|[–-]\s*dobropis)|adjustment\s+note|kreeditarve|kreditreikningur|kreditin[eė]\s+(?:pvm\s+)?s[aą]skaita|kred[iī]tr[eē][kķ]ins|кредитно\s+известие)(?=$|[\s:#°º-]|s?nummer|s?-?nr|s?betrag)/i;

/** A cell that is a sum of money and nothing else: "-318,00", "1.240,00 €", "(85.00)". */
const MONEY_CELL = /^[(-]?\s*(?:[€$£]\s*)?-?\d{1,3}(?:[.,' \u00a0]\d{3})*[.,]\d{2}\)?\s*(?:[€$£]|[A-Z]{3})?$/;

/**
 * Whether a page is a credit note. An item's description that opens with the word ("Gutschrift
 * Montagepauschale anteilig" on a correction's row, its quantity, price and amount after it) names no
 * document: a cell followed on its line by two sums or more is an item row's.
 */
export function isCreditNote(lines: readonly Line[]): boolean {
  return lines.some((l) => l.segments.some((s, k) => CREDIT_NOTE_TITLE.test(s.text.trim()) && l.segments.slice(k + 1).filter((c) => MONEY_CELL.test(c.text.trim())).length < 2));
}

/** A Chinese invoice whose total is negative is a 红字发票 (red-letter credit note). */
export function markRedLetter(inv: Invoice, source: 'xml' | 'ofd' | 'text'): Invoice {
  if (inv.totalAmount !== null && inv.totalAmount < 0) {
    inv.documentType = 'credit_note';
    inv.fieldSources = { ...inv.fieldSources, documentType: source };
  }
  return inv;
}

const positive = (n: number | null) => (n === null ? null : round2(Math.abs(n)));

/**
 * A credit note's amounts as CII states them: totals positive; a line printed negative ("-5 × 50,00 =
 * -250,00") becomes positive too, while a line of the other sign (a fee kept back) keeps its sign
 * relative to the rest.
 */
export function creditNoteAmounts(inv: Invoice): void {
  const negativeTotals = (inv.totalAmount ?? inv.amount ?? 0) < 0;
  inv.amount = positive(inv.amount);
  inv.taxAmount = positive(inv.taxAmount);
  inv.totalAmount = positive(inv.totalAmount);
  if (!negativeTotals) return;
  for (const item of inv.items) {
    if (item.amount !== null) item.amount = round2(-item.amount);
    if (item.taxAmount !== null) item.taxAmount = round2(-item.taxAmount);
    if (item.quantity !== null && item.quantity < 0) item.quantity = -item.quantity;
    else if (item.unitPrice !== null && item.unitPrice < 0) item.unitPrice = -item.unitPrice;
  }
}
