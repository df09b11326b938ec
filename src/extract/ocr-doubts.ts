/**
 * Fields read by OCR whose printed value the engine was unsure of. A number or amount that OCR got
 * partly wrong still parses (a 3 read as 8), so the parsers cannot tell; the engine's certainty can.
 * A field is doubtful when every OCR'd item that shows its value is below MIN_CONFIDENCE: the result
 * then needs review, with a check that names the field, instead of stating a guess.
 */
import type { PageText } from '../core/text.js';
import type { Invoice } from '../invoice/index.js';

/** Word certainty (0..100) below which OCR text is not trusted for a key field. */
const MIN_CONFIDENCE = 50;

/** Digits of the ways an amount is printed (526 → "52600"; thousands separators and ¥ drop out). */
const digitsOfAmount = (n: number) => n.toFixed(2).replace('.', '');
const digitsOf = (s: string) => s.replace(/\D/g, '');

export function doubtfulFields(invoice: Invoice, pages: readonly PageText[]): string[] {
  const items = pages.flatMap((p) => p.items).filter((i) => i.confidence !== undefined);
  const doubtful = (shows: (text: string) => boolean) => {
    const showing = items.filter((i) => shows(i.text));
    return showing.length > 0 && showing.every((i) => i.confidence! < MIN_CONFIDENCE);
  };
  const out: string[] = [];
  if (invoice.number && doubtful((t) => t.includes(invoice.number!))) out.push('number');
  if (invoice.code && doubtful((t) => t.includes(invoice.code!))) out.push('code');
  for (const field of ['amount', 'taxAmount', 'totalAmount'] as const) {
    const value = invoice[field];
    if (value !== null && value > 0 && doubtful((t) => digitsOf(t).includes(digitsOfAmount(value)))) out.push(field);
  }
  return out;
}
