/**
 * A Romanian, Lithuanian or Bulgarian form in English says its series and number as "Series AGS No. 00871", as its
 * own language says "Seria AGS nr. 00871": the number is the series and the figures, as there. (A seed merchant's
 * and a pest controller's invoices of the 204th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a series and its number in English', () => {
  it('reads the series and the number', () => {
    for (const [row, number] of [['Series AGS No. 00871', 'AGS 00871'], ['Series DZ No 004417', 'DZ 004417'], ['Series: BV Number: 0457', 'BV 0457']]) {
      expect(read({ info: [['Invoice date', '10.02.2025']], underTitle: [row] }).number, row).toBe(number);
    }
  });

  it('reads a single letter’s number as its figures, and no series from a sentence (control)', () => {
    expect(read({ info: [['Invoice date', '10.02.2025']], underTitle: ['Series A No. 1184'] }).number).not.toBe('A 1184');
    expect(read({ underTitle: ['A series of 12 prints, no. 3 of 12'] }).number).toBe('10457');
  });
});
