/**
 * Malaysian and Singaporean till receipts of the SROIE kind with labels of their own: a barber's "Sub Ttl"
 * and "Nett Amt", a fabric shop's "Nett Sales" paid by "Amt Tendered", a furniture shop's balance left
 * after a part paid today, and dates whose separators a worn print lost ("17.03 2018", "Nov 242017").
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { settledTill as settled } from './till-page.js';

describe('a barber\'s "Sub Ttl" over "Nett Amt"', () => {
  it('"Sub Ttl" is the subtotal; "Nett Amt", which paid less change makes, is the total', () => {
    const r = settled(['KEDAI GUNTING RAMBUT SAMAD', 'SAMAD GROOMING ENTERPRISE (SA0345221-W)', 'GST ID: 001445566778', '12, JALAN TUANKU ANTAH, 70100 SEREMBAN',
      '18/11/2017 3:02 PM  Chair 2', '2 GENTS CUT  36.00', '1 SHAVE  10.00', '1 HAIR TONIC  8.50', 'Sub Ttl  54.50', 'GST 6%  3.27', 'Rounding  -0.02', 'Nett Amt  57.75',
      'Cash Paid  100.00', 'Change  42.25', 'SEE YOU IN 3 WEEKS']);
    expect(r.invoice.totalAmount).toBe(57.75);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a fabric shop\'s "Nett Sales" after a trade discount, paid by "Amt Tendered"', () => {
  const page = (cash: string) => ['KEDAI TEKSTIL NUR AISYAH', 'NUR AISYAH TEXTILE (SA0456789-X)', 'GST NO: 002233445566', '21, JALAN TUANKU ABDUL RAHMAN, 50100 KL',
    'DATE 05.06.2017  NO: 170605-044', 'COTTON VOILE (FLORAL) 3.5m x 12.00  42.00', 'SONGKET RED 2m x 45.00  90.00', 'LINING WHITE 4m x 3.50  14.00', 'Gross  146.00',
    'Trade Discount 5%  -7.30', 'GST 6%  8.32', 'Rounding  -0.02', 'Nett Sales  147.00', `${cash}  200.00`, 'Bal Returned  53.00', 'BARANG YANG DIJUAL TIDAK BOLEH DITUKAR'];

  it('the cash less the change vouches for "Nett Sales" as the total, not the cash, the largest figure', () => {
    const r = settled(page('Amt Tendered'));
    expect(r.invoice.totalAmount).toBe(147);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a furniture shop\'s order paid in part today', () => {
  const page = (balance: string) => ['RUMAH PERABOT CEMPAKA', 'CEMPAKA FURNITURE SDN BHD (1011223-K)', 'GST ID: 000998877665', 'LOT 8, JALAN KAPAR BATU 5, 42100 KLANG', 'CASH SALES',
    'Date: 9th Mar 2018  No: CF-0309-18', '3-SEATER SOFA FABRIC GREY  1,299.00', 'COFFEE TABLE OAK  389.00', 'DELIVERY  50.00', 'Total Excl. GST  1,738.00', 'GST 6%  104.28',
    'Grand Total  1,842.28', 'Paid Amt (BigPay)  500.00', `Balance Due  ${balance}`, 'Balance to be paid upon delivery.', 'THANK YOU'];

  it('"Balance Due" that the total less the payment leaves is no total: the grand total is, not in doubt', () => {
    const r = settled(page('1,342.28'));
    expect(r.invoice.totalAmount).toBe(1842.28);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a balance the payment does not account for is not passed over', () => {
    const r = settled(page('1,242.28'));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a date whose separator a worn print lost', () => {
  it('"17.03 2018" is 17 March 2018, in doubt (a separator read as a space)', () => {
    const date = readReceiptDate(['KEDAI EMAS SRI CAHAYA', 'Tarikh  17.03 2018  Resit 18-0317-05', 'Nett Amt  742.14']);
    expect(date?.date).toBe('2018-03-17');
    expect(date?.doubt).toMatch(/17\.03 2018/);
  });

  it('an amount before a number is no date ("12.50 2018.00")', () => {
    expect(readReceiptDate(['ITEM 12.50 2018.00', 'TOTAL 2018.00'])).toBeNull();
  });

  it('"Nov 242017 5:48 PM" is 24 November 2017, in doubt (the day run into the year)', () => {
    const date = readReceiptDate(['RODA LAJU CYCLES', 'Nov 242017 5:48 PM  S#1124-07', '1 HELMET (M)  79.00']);
    expect(date?.date).toBe('2017-11-24');
    expect(date?.doubt).toMatch(/Nov 242017/);
  });
});

describe('a fast-food till\'s "Total Includes 6% GST" under the total', () => {
  const doubts = (r: ReturnType<typeof settled>) => r.checks.map((c) => c.message ?? '').join(' | ');
  const page = (cash: string, includes: string) => ['COLDEN ARCHES RESTAURANTS SDN BHD', '(Co. Reg.65351-M)', 'GST ID: 000584664064', 'TAX INVOICE', '30/10/2017 12:05',
    '2 SPICY CHICKEN MEAL  31.90', '2 SUNDAE CHOC  7.00', 'Eat-In Total (incl GST)  38.90', `Cash Tendered  ${cash}`, 'Change  11.10', `${includes}  2.28`, 'THANK YOU'];

  it('is the tax\'s line, no total: the items make the total, so the cash misread (56.00 for 50.00) is the payment\'s', () => {
    const r = settled(page('56.00', 'Totat Inctudes 6s GST'));
    expect(r.invoice.totalAmount).toBe(38.9);
    expect(doubts(r)).not.toMatch(/paid less change/);
  });

  it('a misread payment with nothing that makes the total is still in doubt', () => {
    const r = settled(page('56.00', 'Totat Inctudes 6s GST').filter((l) => !l.includes('SUNDAE')));
    expect(doubts(r)).toMatch(/paid less change is 44\.90, not 38\.90/);
  });
});
