/**
 * A Spanish invoice's series and number after its title, parted by a middle dot or a comma and the numero sign
 * ("FACTURA" beside "Serie A · Nº 2025/0871"): the number is the figure the sign labels, "2025/0871". On the
 * supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a series and a number parted by a middle dot and "Nº"', () => {
  it('reads the series and the number', () => {
    for (const [cell, want] of [
      ['Serie A · Nº 2025/0871', '2025/0871'],
      ['Serie B · N° 118', '118'],
      ['Serie FR, N.º 2025-0412', '2025-0412'],
      ['SERIE R · Nº 77/2025', '77/2025'],
    ]) {
      const inv = read({ info: [['Fecha', '26.11.2025']], extra: [d(67, 38, 'FACTURA', 4), d(93, 38, cell)] });
      expect(inv.number).toBe(want);
    }
  });
});
