/**
 * A till's total whose decimal point a worn print read as a space ("TOTAL  43 20"): the two figures after
 * the space are its cents, not a second number; the total stays in doubt.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const till = (total: string) => settledTill(['KEDAI RUNCIT SRI MAJU', '(SA0123456-X)', '9, JALAN PASAR, 43000 KAJANG', '12.11.2026 10:20',
  '2 GULA 1KG  5.60', '1 TEPUNG  3.20', '1 MINYAK MASAK  34.40', total, 'TUNAI  50.00', 'BAK1  6.8O', 'TERIMA KASIH']);

describe('a total with its point read as a space', () => {
  it('is read with its cents, in doubt', () => {
    const r = till('TOTAL  43 20');
    expect(r.invoice.totalAmount).toBe(43.2);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });

  it('leaves a total printed whole alone', () => {
    const r = till('TOTAL  43.20');
    expect(r.invoice.totalAmount).toBe(43.2);
  });
});
