/**
 * An ERP's header block whose first key is the document's title, its number in the value cell beside it ("Rechnung |
 * 90218874" over "Datum | 27.11.2026" over "Kunde | 1004417", as SAP prints it): the number.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const numberOf = (rows: Array<[string, string]>) => parseWesternInvoiceText(toPageText([
  d(17, 14, 'Kessler Normteile GmbH', 4.2), d(17, 19, 'Daimlerstraße 22 · 74076 Heilbronn'),
  d(17, 30, 'Hohenlohe Antriebe AG'), d(17, 35, 'Einkauf'), d(17, 40, 'Industriestraße 40'), d(17, 45, '74653 Künzelsau'),
  ...rows.flatMap(([key, value], k) => [d(117, 30 + 4.5 * k, key), d(161, 30 + 4.5 * k, value)]),
  d(17, 80, 'Pos.'), d(30, 80, 'Bezeichnung'), d(174, 80, 'Nettowert'), d(17, 85, '10'), d(30, 85, 'Normteil DIN 912'), d(178, 85, '500,00'),
  d(120, 100, 'Summe Nettowert'), d(174, 100, '500,00 EUR'), d(120, 105, 'MwSt 19 %'), d(174, 105, '95,00 EUR'), d(120, 110, 'Endbetrag'), d(174, 110, '595,00 EUR'),
], 210, 297)).number;

describe('the title as the first key of an info block', () => {
  it('"Rechnung | 90218874" over "Datum | 27.11.2026": the number', () => {
    expect(numberOf([['Rechnung', '90218874'], ['Datum', '27.11.2026'], ['Kunde', '1004417']])).toBe('90218874');
  });

  it('"Invoice | INV-20431" over "Date | 27/11/2026": the number', () => {
    expect(numberOf([['Invoice', 'INV-20431'], ['Date', '27/11/2026'], ['Customer', 'C-1184']])).toBe('INV-20431');
  });
});
