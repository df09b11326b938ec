/**
 * Malaysian receipts of the SROIE kind whose date row a worn or blurred print cost one figure's shape: a
 * car accessories shop's month name with a letter misread ("05 NAR-2019" for 05-MAR-2019), a prayer goods
 * shop's year with a space read in it ("05/08/201 7" for 05/08/2017), a water filter firm's ordinal day
 * before an October whose O and a year whose 0 were read as figures ("22nd 0ct 2918"). Each is read, in doubt.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { settledTill as settled } from './till-page.js';

describe('a month name with one letter misread', () => {
  it('"05 NAR-2019": March, the one month a letter from it, in doubt', () => {
    const d = readReceiptDate(['05 NAR-2019 (TUE)  11:40']);
    expect(d?.date).toBe('2019-03-05');
    expect(d?.doubt).toMatch(/month/);
    // A J read as a 3.
    expect(readReceiptDate(['27 3AN 2024  21:06'])?.date).toBe('2024-01-27');
  });

  it('a token a letter from two months, or from none, is no date', () => {
    expect(readReceiptDate(['12 JUX 2018'])).toBeNull();
    expect(readReceiptDate(['10 EUR 2019'])).toBeNull();
  });

  it('on the whole receipt: the date read and named in doubt', () => {
    const r = settled(['AUTO GEAR ACCESSORIES', 'AUTO GEAR TRADING (SGR0556677-K)', 'SST ID: B16-1809-32004411', '5, JALAN KLANG LAMA, 58000 KUALA LUMPUR',
      '05 NAR-2019 (TUE)  11:40', 'Inv: AG-190305-02', 'DASHCAM DC-900 FRONT+REAR  399.00', 'SOLAR TINT (FULL SET)  350.00', 'FITTING LABOUR  80.00',
      'Sales Tax 10%  74.90', 'Service Tax 6%  4.80', 'Total Tax  79.70', 'Grand Total  908.70', 'Kad Kredit (MASTER)  908.70', 'WARRANTY 1 YEAR ON DASHCAM']);
    expect(r.invoice.date).toBe('2019-03-05');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('a space read in a four-figure year', () => {
  it('"05/08/201 7" with the till\'s time after it: 2017, in doubt', () => {
    const d = readReceiptDate(['Sabtu 05/08/201 7  08: 20']);
    expect(d?.date).toBe('2017-08-05');
    expect(d?.doubt).toMatch(/space/);
  });

  it('a year cut short before the time is not made whole', () => {
    expect(readReceiptDate(['17/11/201 21:48'])).toBeNull();
  });

  it('on the whole receipt: the date read and named in doubt', () => {
    const r = settled(['KEDAI BARANG SEMBAHYANG HENG', '(PK0332211-M)', '4, LORONG PASAR, 34000 TAIPING', 'Sabtu 05/08/201 7  08: 20',
      '3 COLOK WANGI (BESAR)  19.50', '2 LILIN MERAH SEPASANG  16.00', '5 KERTAS SEMBAHYANG  15.00', 'Jumlah  50.50', 'Tunai  60.00', 'Baki  9.50', 'TERIMA KASIH']);
    expect(r.invoice.date).toBe('2017-08-05');
    expect(r.invoice.totalAmount).toBe(50.5);
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });
});

describe('an ordinal day before a month and year read with figures for letters', () => {
  it('"22nd 0ct 2918": 22 October 2018, the 0 put back in doubt', () => {
    const d = readReceiptDate(['Date: 22nd 0ct 2918  OR- 18- 1022']);
    expect(d?.date).toBe('2018-10-22');
    expect(d?.doubt).toMatch(/a 0 is read/);
    expect(readReceiptDate(['3rd N0v 2619'])?.date).toBe('2019-11-03');
    // As printed, no repair and no doubt.
    expect(readReceiptDate(['Date: 22nd 0ct 2018'])).toEqual({ date: '2018-10-22', labelled: true });
  });
});
