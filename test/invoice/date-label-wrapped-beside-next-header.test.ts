/**
 * An issue date's label wrapped in its cell of a row of header cells ("Data" over "emissione", its date
 * under it), the next header beside the label's first row ("Periodo di fatturazione" over a period): the
 * date is the one under the label, never the next header's period; on the supplier invoice of
 * supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** A row of header cells at y 40, each its rows 5 mm apart: cells [x, rows]. */
const grid = (cells: Array<[number, string[]]>): Draw[] => cells.flatMap(([x, rows]) => rows.map((row, i) => d(x, 40 + 5 * i, row)));

describe('a wrapped date label in a row of header cells', () => {
  it('the date under the label, not the next header\'s period', () => {
    for (const [head, tail, date, next, from, to, want] of [
      ['Data', 'emissione', '12/11/2025', 'Periodo di fatturazione', '01/10/2025 -', '31/10/2025', '2025-11-12'],
      ['Date', 'of issue', '14/11/2025', 'Billing period', '01/10/2025 -', '31/10/2025', '2025-11-14'],
      ['Date', 'de facture', '20/11/2025', 'Période de consommation', '15/09/2025 au', '14/10/2025', '2025-11-20'],
      ['Fecha', 'de emisión', '03/11/2025', 'Periodo facturado', '01/10/2025 -', '31/10/2025', '2025-11-03'],
    ]) {
      const inv = read({ info: [], extra: grid([[20, ['Invoice no.', 'W2511874412']], [55, [head, tail, date]], [85, [next, from, to]], [140, ['Customer', 'no.', '1.0087712']]]) });
      expect(inv.date).toBe(want);
    }
  });

  it('a value wrapped in the cell beside the label\'s rows is still read', () => {
    // ("Date" over "of issue" beside "14 November" over "2025": the value's cell, a figure in its first row.)
    const inv = read({ info: [], extra: grid([[110, ['Date', 'of issue']], [140, ['14 November', '2025']]]) });
    expect(inv.date).toBe('2025-11-14');
  });
});
