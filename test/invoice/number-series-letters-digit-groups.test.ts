/**
 * A number whose series' letters open its groups of digits ("Référence facture : FA 2025 00123", "Invoice number"
 * over "SWX 7702 3318"): the whole of it, as a telecom's "8812 4471 0325" is read. On the supplier invoice of
 * supplier-bill.ts in generated variants, labelled beside and over the number.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe("a number whose series' letters open its groups of digits", () => {
  it('reads the whole number, labelled beside or over it', () => {
    for (const number of ['FA 2025 00123', 'SWX 7702 3318', 'F 2025 0041']) {
      expect(read({ info: [['Référence facture :', number], ['Date', '03.11.2025']] }).number, number).toBe(number);
      expect(read({ info: [], extra: [d(120, 40, 'Invoice number'), d(160, 40, 'Invoice date'), d(120, 44, number), d(160, 44, '18 Nov 2025')] }).number, number).toBe(number);
    }
  });
});
