/**
 * The date printed on the invoice number's line, further on after other fields, that its own words give to
 * another document or event ("Document n° 25-3318 · Client n° 4471 · Votre commande du 22 octobre 2025"): the
 * order's date, not the invoice's, which the letter's dateline gives ("Genève, le 7 novembre 2025"). On the
 * supplier invoice of supplier-bill.ts, in generated variants in four languages, and the date the number is
 * given with ("Rechnung Nr. 2025-118 vom 07.11.2025") still read.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe("a date after the number's line's other fields", () => {
  it("is not the invoice's when its words name an order", () => {
    for (const [dateline, line, want] of [
      ['Genève, le 7 novembre 2025', 'Document n° 25-3318 · Client n° 4471 · Votre commande du 22 octobre 2025', '2025-11-07'],
      ['Hamburg, den 07.11.2025', 'Rechnung Nr. 2025-118 · Kunden-Nr. 4471 · Ihre Bestellung vom 22.10.2025', '2025-11-07'],
      ['Galway, 7 November 2025', 'Invoice No. 4471-B · Account 2290 · Your order of 22 October 2025', '2025-11-07'],
      ['Modena, 7 novembre 2025', 'Fattura n. 2025/77 · Cliente 118 · Vostro ordine del 22 ottobre 2025', '2025-11-07'],
    ]) {
      const inv = read({ info: [], title: 'Facture', underTitle: [line], extra: [d(120, 40, dateline)] });
      expect(inv.date, line).toBe(want);
    }
  });

  it('still reads the date the number is given with', () => {
    for (const [line, want] of [
      ['Rechnung Nr. 2025-118 vom 07.11.2025', '2025-11-07'],
      ['Document n° 25-3318 · Client n° 4471 · du 7 novembre 2025', '2025-11-07'],
    ]) {
      expect(read({ info: [], title: 'Facture', underTitle: [line] }).date, line).toBe(want);
    }
  });
});
