/**
 * The Belgian, Swiss and Canadian French credit note, "Note de crédit n° NC-2025-0412", citing the invoice it
 * credits on the next row ("Concerne notre facture n° 2025-3871 du 30.10.2025"): the note's own number and
 * date, not the invoice's, and a credit note. On the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('"Note de crédit" as the title', () => {
  it("reads the note's number and date and marks a credit note", () => {
    for (const [title, number] of [
      ['Note de crédit n° NC-2025-0412', 'NC-2025-0412'],
      ['NOTE DE CRÉDIT N° 77/2025', '77/2025'],
      ['Note de credit no 2025-0041', '2025-0041'],
    ]) {
      const inv = read({ info: [], title, underTitle: ['Date : 21.11.2025 · Concerne notre facture n° 2025-3871 du 30.10.2025'] });
      expect(inv.number, title).toBe(number);
      expect(inv.date, title).toBe('2025-11-21');
      expect(inv.documentType, title).toBe('credit_note');
    }
  });
});
