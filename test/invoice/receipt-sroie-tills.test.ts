/**
 * Malaysian and Singaporean till receipts of the SROIE kind with labels and layouts of their own: a
 * Singapore food hall's "$" figures, a restaurant's "Bill Amount" under "Food Total" paid by a bank's
 * debit card, a printing shop's "21st June 2019,4:15pm", a dry cleaner's collection date under the day the
 * clothes came in, and years whose 0 a worn print lost to a 9.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill as settled } from './till-page.js';

describe('a Singapore till that prints "$" before its figures', () => {
  const page = (stamp: string) => ['HAPPY HAWKERS FOOD HALL', 'HAPPY HAWKERS PTE LTD', 'GST Reg No. M90-0234567-8', '3 Tampines Central 1 #02-01 S(529540)', `${stamp}  Stall 12`,
    'Order No: 1204', '2 CHICKEN RICE (S)  $7.00', '1 LAKSA  $5.00', '2 BARLEY (ICE)  $3.20', 'Total Payable  $15.20', 'GST 7% incl.  $0.99', 'PayNow  $15.20', 'PLEASE RETURN YOUR TRAY'];

  it('"11/04/2019 12:33PM" is 11 April, in Singapore dollars', () => {
    const r = settled(page('11/04/2019 12:33PM'));
    expect(r.invoice.date).toBe('2019-04-11');
    expect(r.invoice.currency).toBe('SGD');
    expect(r.invoice.totalAmount).toBe(15.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('a date only one order reads is read so still ("04/13/2019" is no Singapore date: 13 April)', () => {
    const r = settled(page('13/04/2019 12:33PM'));
    expect(r.invoice.date).toBe('2019-04-13');
  });
});
