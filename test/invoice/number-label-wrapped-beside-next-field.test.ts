/**
 * An invoice number beside its label wrapped in a narrow cell ("Invoice" over "No."), the next field's row
 * ("Date  12 November 2025") right under the label's second row: the number is the cell beside the label,
 * never run into the next field's figures; on the supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** An info block of label and value cells at the right, level with the window: a cell's rows 5 mm apart, 6 between cells. */
const info = (rows: Array<[string[], string[]]>): Draw[] => {
  const draws: Draw[] = [];
  let y = 39.2;
  for (const [label, value] of rows) {
    label.forEach((row, i) => draws.push(d(116.8, y + 5 * i, row, 4.2)));
    value.forEach((row, i) => draws.push(d(139.7, y + 5 * i, row, 4.2)));
    y += 5 * Math.max(label.length, value.length) + 1.1;
  }
  return draws;
};

/** The buyer's block at the left, its label level with the info block's first row. */
const WINDOW = ['Invoice to:', 'Mr Daniel Okafor', 'c/o Brightwell Lettings Ltd', '42 Mill Lane', 'Leeds LS6 2BQ'].map((row, i) => d(19.6, 38.6 + 5 * i, row, 4.2));

describe('a number beside its wrapped label, the next field right under it', () => {
  it('the number alone, not run into the next row\'s date or figures', () => {
    for (const [labelHead, labelEnd, number, next, nextValue] of [
      ['Invoice', 'No.', '4471', 'Date', '12 November 2025'],
      ['Invoice', 'number', '20518', 'Date', '3 March 2025'],
      ['Invoice', 'No.', 'A-2291', 'Date', '28 October 2025'],
      ['Invoice', 'No.', '4471', 'Account', '88120'],
    ]) {
      const inv = read({ info: [], window: [], extra: [...WINDOW, ...info([[[labelHead, labelEnd], [number]], [[next], [nextValue]], [['Job', 'address'], ['Flat 3, 17 Cardigan Road,', 'LS6 1LJ']]])] });
      expect(inv.number).toBe(number);
    }
  });

  it('a number wrapped in its own cell beside the label\'s two rows still reads whole', () => {
    const inv = read({ info: [], extra: info([[['Invoice', 'No.'], ['GL-2025-', '0219']], [['Date'], ['12 November 2025']]]) });
    expect(inv.number).toBe('GL-2025-0219');
    expect(inv.date).toBe('2025-11-12');
  });
});
