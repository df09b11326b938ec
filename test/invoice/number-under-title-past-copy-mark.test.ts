/**
 * A Portuguese or Spanish document's title with the copy's mark under it, then the number with no label ("FATURA" /
 * "Original" / "FT A2025/1187", "FACTURA" / "Duplicado" / "FV 2025/0412"): the mark is stepped over and the number
 * read as it is right under a title. The 118th batch's Portuguese stationer (the number was null), in variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const head = (rows: string[]) => [d(150, 62, rows[0], 5), ...rows.slice(1).map((t, k) => d(150, 68 + 4.5 * k, t))];

describe('the number under a title and its copy mark', () => {
  it('reads the number', () => {
    for (const [rows, number] of [
      [['FATURA', 'Original', 'FT A2025/1187'], 'FT A2025/1187'],
      [['FACTURA', 'Duplicado', 'FV 2025/0412'], 'FV 2025/0412'],
      [['FATURA-RECIBO', 'Original', 'FR A/482'], 'FR A/482'],
    ] as Array<[string[], string]>) {
      expect(read({ info: [], title: 'Detalhe', extra: head(rows) }).number, rows.join(' / ')).toBe(number);
    }
  });

  it('reads no number under a row of other words (control)', () => {
    expect(read({ info: [], title: 'Detalhe', extra: head(['FATURA', 'Porto, Portugal', 'FT A2025/1187']) }).number).toBeNull();
  });
});
