/**
 * A name wrapped in a narrow column before its quoted part ("Przychodnia Lekarska" over "„Zdrowie”" over "Sp. z
 * o.o.", "Kavárna" over "\"U Modré kachny\" s.r.o."): the row opening with a quotation mark goes on the name.
 * Generated variants of the supplier invoice of supplier-bill.ts, the buyer's block under its label between two
 * columns.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const column = (x: number, rows: string[]) => rows.map((row, i) => d(x, 48 + 4.5 * i, row));

const page = (rows: string[]) => read({
  window: ['Papirus-Bis Sp. z o.o.', 'ul. Fabryczna 22', '20-301 Lublin'],
  info: [],
  extra: [d(22, 43.5, 'Sprzedawca'), d(76, 43.5, 'Nabywca'), d(120, 43.5, 'Odbiorca'), ...column(76, rows), ...column(120, ['Filia nr 2', 'ul. Narutowicza 5', '20-016 Lublin', ' ', ' '])],
});

describe('a name wrapped before its quoted part', () => {
  it('is read whole', () => {
    for (const [name, rows] of [
      ['Przychodnia Lekarska „Zdrowie” Sp. z o.o.', ['Przychodnia Lekarska', '„Zdrowie”', 'Sp. z o.o.', 'ul. Lipowa 14', '20-020 Lublin']],
      ['Spółdzielnia Mleczarska "Podlasie" Sp. z o.o.', ['Spółdzielnia Mleczarska', '"Podlasie" Sp. z o.o.', 'ul. Lipowa 14', '20-020 Lublin']],
    ] as const) {
      expect(page([...rows]).buyer.name).toBe(name);
    }
  });

  it('control: a name on one row over its street', () => {
    expect(page(['Apteka „Pod Lipą”', 'ul. Lipowa 14', '20-020 Lublin']).buyer.name).toBe('Apteka „Pod Lipą”');
  });
});
