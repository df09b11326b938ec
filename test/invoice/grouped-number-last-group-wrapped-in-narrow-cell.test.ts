/**
 * A number printed in groups, set right in a narrow cell of an info table, its last group wrapped onto the
 * row under it ("Rechnungsnummer  R 4410 9827" over "55"): the whole number. An Austrian telecom bill of the
 * 130th batch read "R 4410 9827" with status ok. Not when the row under opens another labelled field.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

// A right-aligned cell ending at x = 195 mm: each text's start is its end less its width (0.55 × 3 mm a glyph).
const right = (y: number, text: string) => d(195 - text.length * 1.65, y, text);
const page = (under: ReturnType<typeof d>[]) => toPageText([
  d(15, 14, 'funkwerk', 6), d(125, 14, 'Funkwerk Telekom Austria GmbH'), d(126, 19.3, 'Wagramer Straße 19, 1220 Wien'),
  d(15, 31, 'Herrn'), d(116, 31, 'Kundennummer'), right(31, '6.418.220.3'),
  d(15, 37, 'Mag. Lukas Pernthaler'), d(116, 37, 'Rechnungsnummer'), right(37, 'R 4410 9827'),
  d(15, 42, 'Anichstraße 12/4'), ...under,
  d(15, 47, '6020 Innsbruck'), d(116, 49, 'Rechnungsdatum'), right(49, '05.11.2025'),
  d(15, 114, 'Summe netto'), d(160, 114, '€ 28,91'), d(15, 119, '20 % USt'), d(160, 119, '€ 5,78'),
  d(15, 124, 'Rechnungsbetrag'), d(160, 124, '€ 34,69'),
], 210, 297);

describe("a grouped number's last group wrapped in its cell", () => {
  it('reads the whole number', () => {
    expect(parseWesternInvoiceText(page([right(42, '55')])).number).toBe('R 4410 9827 55');
  });
  it('leaves a next labelled row alone', () => {
    expect(parseWesternInvoiceText(page([d(116, 42, 'Vertrag'), right(42, '55')])).number).toBe('R 4410 9827');
  });
});
