/**
 * A tax line whose figure lost its point on a worn print ("Service Tax 6%  827" for 8.27) over a rounding line
 * that lost its own ("Rounding  007"): the other reader joins the two as one figure wrapped in its cell
 * (827007). A tax the page does not print is judged by the tax line's own figure, which lost its point:
 * the tax is unknown, and the total is not put in doubt by it.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill } from './till-page.js';

const till = (tax: string, rounding: string) => settledTill(['BINTANG MUSIC STUDIO', 'BINTANG MUSIC (SA0123456-X)', '4, JALAN MEGAH 2, 43000 KAJANG',
  '12/11/2026 21:00  No: BM-1112-04', '2 ROOM A (PER HR)  60.00', '1 DRUM STICKS  28.50', 'Sub Total  88.50', tax, rounding,
  'TOTAL (RM)  93.80', 'Cas  1O0 00', 'Chenqe  G20', 'THANK YOU']);

describe('a tax joined from two worn figures', () => {
  it('is unknown, and leaves the total as read, not in doubt for it', () => {
    const r = till('Service Tax 6%  531', 'Rounding  001');
    expect(r.invoice.totalAmount).toBe(93.8);
    expect(r.invoice.taxAmount).toBeNull();
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('still puts the total in doubt when the tax line prints a figure above it', () => {
    const r = till('Service Tax 6%  95.31', 'Rounding  -0.01');
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});
