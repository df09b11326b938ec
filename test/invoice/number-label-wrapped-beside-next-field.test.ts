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

describe('a number set right beside its label, wrapped in its cell, the next labelled row under it', () => {
  /** The info block at the right, label and value close enough to read as one cell; the value set right, its end wrapped under it. */
  const block = (number: [string, string], next: [string, string]): Draw[] => {
    const right = 180.8;
    const at = (text: string) => right - 0.55 * 4.2 * text.length;
    return [
      d(20, 44.8, 'Metallbau Kogler GmbH, Linzer Straße 14, 4600 Wels', 2.3),
      ...['Hotel Seeblick Betriebs GmbH', 'Esplanade 11', '4810 Gmunden'].map((row, i) => d(20, 50 + 4.7 * i, row, 3.3)),
      d(121, 45.2, 'Rechnungsnummer', 4.2), d(at(number[0]), 45.2, number[0], 4.2), d(at(number[1]), 50.3, number[1], 4.2),
      d(121, 56.4, next[0], 4.2), d(at(next[1]), 56.4, next[1], 4.2),
    ];
  };

  it('the wrapped rest is the number\'s, the next row\'s value never is', () => {
    for (const [number, next, whole] of [
      [['2026/1184-', 'K'], ['Rechnungsdatum', '26.11.2026'], '2026/1184-K'],
      [['RE-2026-', '0412'], ['Rechnungsdatum', '26.11.2026'], 'RE-2026-0412'],
      [['2026/0931-', 'GS'], ['Kundennummer', '20573'], '2026/0931-GS'],
    ] as Array<[[string, string], [string, string], string]>) {
      const inv = read({ info: [], window: [], extra: block(number, next) });
      expect(inv.number).toBe(whole);
    }
  });
});
