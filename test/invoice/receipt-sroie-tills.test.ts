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

describe('a restaurant\'s "Bill Amount" after a member discount and a service charge', () => {
  const HEAD = ['RESTORAN SELERA TIMUR', 'SELERA TIMUR F&B SDN BHD (1145566-K)', 'LOT 2, JALAN SULTAN YAHYA PETRA, 15200 KOTA BHARU', '06 Aug 2018 (Mon) 13:12  Tbl 14', 'Chk 3301  Pax 3',
    '2 NASI KERABU  23.80', '1 AYAM PERCIK  15.90', '2 AIR KATIRA  11.00', 'Food Total  50.70', 'Discount (Member 10%)  -5.07', 'Service Charge 5%  2.28', 'Rounding  -0.01'];

  it('"Bill Amount" is the total, not "Food Total" above the discount', () => {
    const r = settled([...HEAD, 'Bill Amount  47.90', 'CASH  50.00', 'CHANGE  2.10', 'JUMPA LAGI']);
    expect(r.invoice.totalAmount).toBe(47.9);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"MAYBANK DEBIT", a bank\'s card, pays the total', () => {
    const r = settled([...HEAD, 'Bill Amount  47.90', 'MAYBANK DEBIT  47.90', 'Card No: 4364 XXXX XXXX 2207', 'JUMPA LAGI']);
    expect(r.invoice.totalAmount).toBe(47.9);
    expect(r.status).toBe('ok');
  });
});
