/**
 * An Italian invoice numbered by year, section letters and, after a space, its sequence within the section
 * ("Fattura n. 2026/FPR 77"): the whole is the number, not its head cut at the space.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('an Italian sectional number with a space before its sequence', () => {
  it.each([
    ['Fattura n. 2026/FPR 77', '2026/FPR 77'],
    ['Fattura n. 2026/A 12 del 30/11/2026', '2026/A 12'],
  ])('"%s": %s', (title, number) => {
    expect(read({ title, info: [['Data', '30/11/2026']] }).number).toBe(number);
  });
});
