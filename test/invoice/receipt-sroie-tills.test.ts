/**
 * Malaysian and Singaporean till receipts of the SROIE kind with labels and layouts of their own: a
 * Singapore food hall's "$" figures, a restaurant's "Bill Amount" under "Food Total" paid by a bank's
 * debit card, a printing shop's "21st June 2019,4:15pm", a dry cleaner's collection date under the day the
 * clothes came in, and years whose 0 a worn print lost to a 9.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
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

describe('a printing shop\'s date with its time after a comma', () => {
  it('"21st June 2019,4:15pm": the year is printed in full, not cut short', () => {
    const r = settled(['CETAK PANTAS PRINT HUB', 'PRINT HUB SERVICES (SA0456789-K)', 'SST No: W10-1809-32007788', '12, JALAN 14/22, 46100 PETALING JAYA', '21st June 2019,4:15pm', 'Job: PH-2106-031',
      'COLOUR PRINT A4 X40  32.00', 'COMB BINDING X2  8.00', 'LAMINATE A4 X5  7.50', 'Sub-Total  47.50', 'SST 6%  2.85', 'TOTAL DUE  50.35', 'Paid: Credit Card  50.35', 'THANK YOU, COME AGAIN']);
    expect(r.invoice.date).toBe('2019-06-21');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('a two-digit year before a colon is still in doubt ("25/10/20:7")', () => {
    const r = settled(['KEDAI RUNCIT MAJU', 'MAJU TRADING (SA0456789-K)', 'JALAN BESAR, 46100 PETALING JAYA', '25/10/20:7', 'ITEM A  7.50', 'TOTAL  7.50', 'CASH  10.00', 'CHANGE  2.50']);
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('a dry cleaner\'s bill photographed worn', () => {
  const page = (received: string, ready: string) => ['PERFECT PRESS LAUNDRY', 'PERFECT PRESS ENTERPRISE (SA0123987-P)', '8, JALAN SS 2/24, 47300 PETALING JAYA', 'Bill No: PP-18-07162',
    `Received: ${received}  10:05`, ready, '1 SUIT 2PC DRY CLEAN  28.00', '4 SHIRT LAUNDER & PRESS  18.00', '1 BLANKET (QUEEN)  22.00', 'Total Charges  68.00', 'Deposit Paid  30.00', 'Balance Payable  38.00', 'THANK YOU'];

  it('the collection date ("collect1on", its i read as 1) is not the bill\'s, when the bill\'s date is lost', () => {
    const r = settled(page('#6/0#/2#1#', 'Ready for collect1on: 19/07/2618'));
    expect(r.invoice.date).not.toBe('2018-07-19');
    expect(r.checks.some((c) => !c.ok)).toBe(true);
  });

  it('"16/07/2918": a 0 read as a 9 is put back, in doubt', () => {
    const r = settled(page('16/07/2918', 'Ready for collection: 19/07/2618'));
    expect(r.invoice.date).toBe('2018-07-16');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('a date that reads as printed is not repaired', () => {
  it('"vom 19.05.2014" after an id that reads as no date: the 9 is not taken for a 0', () => {
    const lines = ['2014-05-19', 'Rechnung # RE-20140519/499 vom 19.05.2014', 'Bitte überweisen Sie bis zum 09.06.2014:'];
    expect(readReceiptDate(lines)).toEqual({ date: '2014-05-19', labelled: false });
  });
});
