/**
 * Malaysian receipts of the SROIE kind from counters and bills the other tests do not have: a conveyor
 * sushi restaurant's "DEC2,20187:45PM" (a month-first date with its time run into the year), a train
 * counter's "Tarikh Beli" over "Tarikh Perjalanan" (the day of travel), a curtain shop's "25 julal 2017"
 * (the Malay July with its i read as an l), an aluminium works' balance paid by card after a deposit
 * ("Baki Dibayar - MASTERCARD").
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { settledTill as settled } from './till-page.js';

describe('dates tills and bills print', () => {
  it('"DEC2,20187:45PM": a month-first date, its spaces lost and the time run into the year', () => {
    expect(readReceiptDate(['DEC2,20187:45PM'])).toMatchObject({ date: '2018-12-02' });
    expect(readReceiptDate(['DEC2,20187:45PM'])?.doubt).toBeUndefined();
    expect(readReceiptDate(['Mar 27,20183:15PM'])?.date).toBe('2018-03-27');
  });

  it('a sushi restaurant\'s receipt so dated is read with its date not in doubt', () => {
    const r = settled(['KAITEN SUSHI HOUSE', 'KAITEN DINING SDN BHD (1201223-W)', 'SST ID: W10-1808-32000456', 'LOT3.21, LEVEL 3, MID VALLEY, 59200 KUALA LUMPUR',
      'DEC2,20187:45PM', 'TBL 14  CHK 5521', '6 RED PLATE  16.80', '4 SILVER PLATE  19.20', '2 GOLD PLATE  15.60', '2 GREEN TEA (REFILL)  4.00',
      'Subtotal  55.60', 'Svc Chg 10%  5.56', 'Service Tax 6%  3.67', 'Total Payable  64.83', 'VISA  64.83', 'CARD NO: ************4417', 'THANK YOU']);
    expect(r.invoice.date).toBe('2018-12-02');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('"Tarikh Perjalanan" (the day of travel) is no date of the sale: "Tarikh Beli" is', () => {
    expect(readReceiptDate(['Tarikh Beli: 12/06/2019 08:47', 'Tarikh Perjalanan: 15/06/2019'])).toMatchObject({ date: '2019-06-12' });
    expect(readReceiptDate(['Tarikh Beli: 12/06/2019 08:47', 'Tarikh Perjalanan: 15/06/2019'])?.doubt).toBeUndefined();
  });

  it('a train counter\'s ticket is read with the day it was bought, not in doubt', () => {
    const r = settled(['KERETAPI ANTARA BANDAR', 'RANGKAIAN REL NUSANTARA BHD (445566-K)', 'STESEN SENTRAL, 50470 KUALA LUMPUR', 'Tarikh Beli: 12/06/2019 08:47',
      'Tarikh Perjalanan: 15/06/2019', 'Dari: KL SENTRAL  Ke: IPOH', '2 DEWASA - KELAS EKONOMI  68.00', '1 KANAK-KANAK - KELAS EKONOMI  17.00',
      'Jumlah Tambang  85.00', 'Tunai  100.00', 'Baki  15.00', 'SELAMAT MENAIKI']);
    expect(r.invoice.date).toBe('2019-06-12');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('"25 julal 2017": the Malay July, its i read as an l', () => {
    expect(readReceiptDate(['Tarikh: 25 julal 2017  Inv: DL-0725'])?.date).toBe('2017-07-25');
    expect(readReceiptDate(['Tarikh: 25 Julai 2017'])?.date).toBe('2017-07-25');
  });
});

describe('an aluminium works\' bill paid in part before', () => {
  const page = (balance: string) => ['BENGKEL ALUMINIUM & KACA SINAR', '(JM0441122-A)', 'NO. 4, JALAN KENANGA 2, 75200 MELAKA', 'Tarikh: 14hb Mac 2019  No. 0877',
    'Kepada: En. Rahim', '1 PINTU GELANGSAR ALUMINIUM 8X7  1,250.00', '2 CERMIN TINTED 5MM  360.00', '1 KERJA PASANG  240.00', 'Jumlah Besar  1,850.00',
    'Deposit  500.00', balance, 'TERIMA KASIH'];

  it('"Baki Dibayar - MASTERCARD" (the balance paid by card) and the deposit pay the total: a till\'s bill', () => {
    const r = settled(page('Baki Dibayar - MASTERCARD  1,350.00'));
    expect(r.invoice.totalAmount).toBe(1850);
    expect(r.invoice.date).toBe('2019-03-14');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    expect(r.checks.find((c) => c.name === 'totals_partial')?.passed ?? true).toBe(true);
  });

  it('a balance paid by card that with the deposit does not make the total keeps it in doubt', () => {
    const r = settled(page('Baki Dibayar - MASTERCARD  1,305.00'));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});
