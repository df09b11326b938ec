/**
 * Malaysian and Singaporean receipts of the SROIE kind from counters the other tests do not have: a
 * pawnshop's redemption, dated beside the day the goods were pledged ("Tarikh Gadai"); a sundry shop's and a
 * poultry stall's Malay months with their last i read as an l ("09 Mel 2017", "3 Februarl 2018"); a
 * vegetarian restaurant's "18-Mar-2019" with its "8-" lost ("1Mar-2019").
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { settledTill as settled } from './till-page.js';

describe('a pawnshop\'s redemption', () => {
  const page = (pledged: string) => ['PAJAK GADAI CAHAYA SDN BHD', '(556677-W)', 'LESEN NO: PG 0231', '12, JALAN PASAR, 41400 KLANG', 'RESIT TEBUS / REDEMPTION',
    '19.JUL.2018  11:32', `Tiket: KG-55120  ${pledged}`, 'Pinjaman / Loan  800.00', 'Faedah 2% x 3 bln  48.00', 'Caj Pengendalian  0.50', 'GST @0%  0.00',
    'Jumlah Bayaran  848.50', 'Tunai  900.00', 'Baki  51.50', 'SILA SEMAK BARANG KEMAS ANDA'];

  it('"Tarikh Gadai" (the day the goods were pledged) is no date of the redemption', () => {
    expect(readReceiptDate(['19.JUL.2018  11:32', 'Tiket: KG-55120  Tarikh Gadai: 19.APR.2018'])?.date).toBe('2018-07-19');
    expect(readReceiptDate(['Tarikh: 02/10/2018', 'Pledge Date: 02/07/2018'])?.date).toBe('2018-10-02');
    expect(readReceiptDate(['Tarikh: 02/10/2018', 'Tarikh Tamat: 02/04/2019'])?.date).toBe('2018-10-02');
  });

  it('the redemption is read with its own date, not the pledge\'s', () => {
    const r = settled(page('Tarikh Gadai: 19.APR.2018'));
    expect(r.invoice.date).toBe('2018-07-19');
    expect(r.invoice.totalAmount).toBe(848.5);
  });
});

describe('Malay months OCR misread', () => {
  it('"09 Mel 2017" and "3 Februarl 2018": Mei and Februari, their last i read as an l', () => {
    expect(readReceiptDate(['09 Mel 2017 08:12  Resit 12881'])?.date).toBe('2017-05-09');
    expect(readReceiptDate(['3 Februarl 2018  No. 0912'])?.date).toBe('2018-02-03');
    expect(readReceiptDate(['Tarikh: 21 Januarl 2019'])?.date).toBe('2019-01-21');
    expect(readReceiptDate(['09 Mei 2017 08:12'])?.date).toBe('2017-05-09');
  });

  it('a sundry shop\'s till so dated is read, its date not in doubt', () => {
    const r = settled(['KEDAI RUNCIT MAK TEH', '(003344552-V)', 'KG. BUKIT RAYA, 06000 JITRA, KEDAH', '09 Mel 2017 08:12  Resit 12881', '1 BERAS 10KG  32.50',
      '2 GULA 1KG  5.70', '1 MINYAK MASAK 2KG  12.90', 'Jum.  51.10', 'Tunai  60.00', 'Baki  8.90', 'TERIMA KASIH']);
    expect(r.invoice.date).toBe('2017-05-09');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a day run into its month\'s name, the other separator printed', () => {
  it('"1Mar-2019": a figure and a separator lost, the day in doubt', () => {
    const d = readReceiptDate(['1Mar-2019 (Mon} 12:41  Tabie']);
    expect(d?.doubt).toMatch(/1Mar-2019/);
    expect(readReceiptDate(['18-Mar-2019 (Mon) 12:41'])).toMatchObject({ date: '2019-03-18' });
    expect(readReceiptDate(['18-Mar-2019 (Mon) 12:41'])?.doubt).toBeUndefined();
    expect(readReceiptDate(['Date: 09Nov2018'])?.doubt).toBeUndefined();
  });
});

describe('dates OCR blurred', () => {
  it('"2019.66.01": a year-first date, a 0 of its month read as a 6, put back in doubt', () => {
    expect(readReceiptDate(['2019.66.01 26:14  POS 2'])).toMatchObject({ date: '2019-06-01', doubt: expect.stringMatching(/2019\.66\.01/) });
    expect(readReceiptDate(['2019.06.01 20:14  POS 2'])).toMatchObject({ date: '2019-06-01' });
    expect(readReceiptDate(['2019.06.01 20:14  POS 2'])?.doubt).toBeUndefined();
  });

  it('a Singapore restaurant\'s "1Mar-2019" is read with its date named in doubt', () => {
    const r = settled(['LOTUS POND VEGETARIAN', 'LOTUS POND F&B PTE LTD', 'GST Reg No: M2-0091234-5', '12 Bain Street #01-05 S(180012)', '1Mar-2019 (Mon} 12:41  Table 6',
      '1 MONKEY HEAD MUSHROOM  16.80', '2 VEG FRIED BEE HOON  17.00', 'Subtotal  33.80', 'Svc. Chrg 10%  3.38', 'GST 7%  2.60', 'Total Payable (S$)  39.78', 'NETS FlashPay  39.78', 'THANK YOU']);
    expect(r.invoice.totalAmount).toBe(39.78);
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});
