/**
 * "Laskun nro" ("Laskun numero" shortened, as Finnish accounting programs print it) labels the invoice number.
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('"Laskun nro"', () => {
  it('labels the invoice number', () => {
    for (const label of ['Laskun nro', 'Laskun nro.', 'Laskunro']) {
      expect(read({ info: [[label, '11847'], ['Laskun pvm', '21.11.2025'], ['Asiakasnro', '2204']] }).number).toBe('11847');
    }
  });

  it('control: "Laskun numero" as before', () => {
    expect(read({ info: [['Laskun numero', '11847'], ['Laskun pvm', '21.11.2025'], ['Asiakasnro', '2204']] }).number).toBe('11847');
  });
});
