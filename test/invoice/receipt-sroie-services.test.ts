/**
 * Malaysian and Singaporean receipts of the SROIE kind from services and counters the other tests do not
 * have: an air conditioner service's "Total w/ SST" paid by online transfer, a ferry counter's UnionPay and
 * its day of travel under the day of issue, dates a sports shop, a cosmetics counter and a medical hall
 * print ("05 JAN'18", "2019/May/11", "12 Ogos 2017" with its O read as a zero), a satay stall's "Jumlah"
 * read as "Jumiah", a nail salon's "S/C 10%".
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { readReceiptTotal } from '../../src/invoice/receipt/totals.js';
import { settledTill as settled } from './till-page.js';

describe('an air conditioner service\'s cash bill', () => {
  const page = (total: string, paid: string, tax = 'SST @ 6%  27.00') => ['SEJUK BEKU AIRCOND SERVICE', 'SEJUK BEKU ENGINEERING (SA0398877-U)', 'SST No: W10-1809-31008877', '14, JALAN SEROJA 2, 40150 SHAH ALAM',
    'DT: 30/10/2018  Job: SB-4471', 'Tech: AZMAN / RAJ', '2 CHEMICAL WASH 1.0HP  300.00', '1 GAS TOP UP R32  120.00', '1 TRANSPORT  30.00', 'Total  450.00', tax,
    total, paid, 'Next service due: 30/04/2019', 'THANK YOU FOR YOUR SUPPORT'];

  it('"Total w/ SST" is the total with the tax in it, paid by online transfer', () => {
    const r = settled(page('Total w/ SST  477.00', 'Online Transfer (M2U)  477.00'));
    expect(r.invoice.totalAmount).toBe(477);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"Total w/ SST" paid by card is the total, not the "Total" of the services above it', () => {
    const r = settled(page('Total w/ SST  477.00', 'VISA  477.00'));
    expect(r.invoice.totalAmount).toBe(477);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a transfer that pays another figure than the total puts it in doubt when nothing above makes the total', () => {
    const r = settled(page('Total w/ SST  477.00', 'Bank In (Maybank)  447.00', 'SST @ 6%  72.00'));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a ferry counter\'s tickets', () => {
  const page = (issued: string, travel: string, paid: string) => ['FERI LAUT SEGARA', 'LAUT SEGARA FERRY SERVICES SDN BHD', '(889911-V)', 'JETI KUALA PERLIS, 02000 KUALA PERLIS',
    issued, travel, 'Ticket: LS-1203-0442  Counter 2', 'ADULT KUALA PERLIS-LANGKAWI', '2x 35.00  70.00', 'CHILD KUALA PERLIS-LANGKAWI', '1x 18.00  18.00', 'TERMINAL FEE',
    '3x 10.00  30.00', 'Total Due (RM)  118.00', paid, 'CARD 6250 **** **** 1187', 'BOARDING CLOSES 30 MIN BEFORE', 'DEPARTURE'];

  it('UnionPay pays the total as a card does: a till receipt, its total not in doubt', () => {
    const r = settled(page('Issued: 03/12/2018 10:15', 'Travel Date: 08/12/2018  Dep 07:30', 'UnionPay  118.00'));
    expect(r.invoice.totalAmount).toBe(118);
    expect(r.invoice.date).toBe('2018-12-03');
    expect(fieldsInDoubt(r.checks)).toEqual([]);
  });

  it('the day of travel is no date of the sale, on a worn print too', () => {
    expect(readReceiptDate(['Issued: 03/12/2018 10:15', 'Travel Date: 08/12/2018  Dep 07:30'])?.date).toBe('2018-12-03');
    const r = settled(page('Is100: 63/12/2018 10: 15', 'Trave 0ate: 08/12/2018  Dep 07: 30', 'UnionPay  118.00'));
    expect(r.invoice.date === null || fieldsInDoubt(r.checks).includes('date')).toBe(true);
  });

  it('a travel agency\'s name on its date\'s line leaves the date the sale\'s', () => {
    expect(readReceiptDate(['SRI MUTIARA TRAVEL & TOURS  Date: 03/12/2018 10:15'])?.date).toBe('2018-12-03');
  });
});

describe('dates tills print', () => {
  it('"05 JAN\'18": a year\'s century left out with an apostrophe', () => {
    expect(readReceiptDate(["05 JAN'18 14:22  RCPT 00871"])?.date).toBe('2018-01-05');
    expect(readReceiptDate(['05 JAN’18'])?.date).toBe('2018-01-05');
  });

  it('"2019/May/11": the year first, the month by name', () => {
    expect(readReceiptDate(['2019/May/11 15:03  POS 02'])?.date).toBe('2019-05-11');
    expect(readReceiptDate(['2018-Dec-03'])?.date).toBe('2018-12-03');
  });

  it('"12 0gos 2017": the O of the Malay August read as a zero, as October\'s is', () => {
    expect(readReceiptDate(['12 0gos 2017  10:05'])?.date).toBe('2017-08-12');
    expect(readReceiptDate(['03 0kt 2017'])?.date).toBe('2017-10-03');
  });

  it('"12 0g05 2017": its s read as a 5 too', () => {
    expect(readReceiptDate(['12 0g05 2017  10:05'])?.date).toBe('2017-08-12');
    expect(readReceiptDate(['ITEM 1230g05 2017'])).toBeNull();
  });

  it('a sports shop\'s receipt dated so is read with its date not in doubt', () => {
    const r = settled(['SMASH SPORTS CORNER', 'SMASH SPORTS TRADING (PG0223344-W)', 'GST ID: 001566778899', '51, JALAN MACALISTER, 10400 GEORGE TOWN', "05 JAN'18 14:22  RCPT 00871",
      'STAFF: WEI', '1 BADMINTON RACKET AX-77  299.00', '1 STRINGING BG65 24LBS  28.00', '2 OVERGRIP (3 PCS)  17.80', 'Rounding  0.00', 'Grand Ttl  344.80', 'MyDebit  344.80',
      'CARD ************5530', 'GST 6% Incl  19.52', 'RACKETS STRUNG IN 2 DAYS']);
    expect(r.invoice.date).toBe('2018-01-05');
    expect(r.invoice.totalAmount).toBe(344.8);
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a satay stall\'s bill written by hand', () => {
  it('"Jumiah" (Jumlah, its l read as an i) labels the total', () => {
    const r = settled(['SATE KAJANG HJ OSMAN', 'OSMAN SATAY ENTERPRISE (SA0212345-H)', 'LOT 5. JALAN BESAR, 43000 KAJANG', 'Tarikh 26/1/19  No 3307', '20 SATE AYAM  18.00',
      '20 SATE DAGING  20.00', '4 KETUPAT  3.20', 'Jumiah  41.20', 'TERIMA KASIH']);
    expect(r.invoice.totalAmount).toBe(41.2);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a Singapore nail salon\'s service charge', () => {
  it('"S/C.10%" is the service charge the tax is on: the net and tax make the total', () => {
    const r = settled(['POLISHED NAIL LOUNGE', 'POLISHED BEAUTY PTE LTD', 'GST Reg No: 201623456D', '290 0rchard Road #03-18 S(238859)', 'Date: 09Nov2018  Time: 19:35',
      'Therapist: JoY  InV: PN-7712', '1 GEL MANICURE  48.00', '1 CLASSIC PEDICURE  38.00', '4 NAIL ART (PER NAIL)  12.00', 'Subtotal  98.00', 'S/C.10%  9.80', 'GST 7%  7.55',
      'Total Amount (Ss)  115.35', 'PayNow  115.35', 'THANK YOU, SEE YOU SOON']);
    expect(r.invoice.totalAmount).toBe(115.35);
    expect(r.invoice.amount).toBe(107.8);
    expect(r.invoice.taxAmount).toBe(7.55);
    expect(fieldsInDoubt(r.checks)).toEqual([]);
  });
});

describe('a total whose label OCR garbled past reading', () => {
  const carWash = (total: string, after: string[]) => ['KILAT AUTO SPA', 'KILAT CAR CARE (NS0122334-K)', '30/12/2017 16:45 hrs', 'Car: NCL 4471  Bay 3', '1 CUCI & VAKUM (SEDAN)  15.00',
    '1 WAX POLISH  25.00', '1 TYRE SHINE  5.00', 'Juxtat Kec it  45.00', 'GST EN  2.70', 'Puebundaran  0.00', total, ...after, 'DRIVE CLEAN'];

  it('the largest figure, made by the figures above it and paid by the one under it, is the total', () => {
    const r = settled(carWash('Junleh Bayaran  47.70', ['Th n Go eallet  47.70']));
    expect(r.invoice.totalAmount).toBe(47.7);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a deposit and the balance under it that make it pay it too', () => {
    const r = settled(['KEDAI JAM TEPAT', 'TEPAT WATCH SERVICE (KL0123987-X)', '1-12, JALAN TUN H.S. LEE, 50000 KUALA LUMPUR', '14/2/2018  No 1188', 'SERVIS JAM  65.00',
      'BATERI  15.00', 'Jumiat RM  80.00', 'Deposit  30.00', 'Baki  50.00', 'WARRANTY 3 MONTHS']);
    expect(r.invoice.totalAmount).toBe(80);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a figure under it that pays nothing (a total after a discount, an included tax) keeps the doubt', () => {
    const discounted = settled(['KEDAI SERBA ADA', '1 ITEM A  60.00', '1 ITEM B  40.00', 'Sub Ttl  100.00', 'Dlsc 10%  10.00', 'Nxtt Anmt  90.00', 'Csah  100.00', 'Chnge  10.00']);
    expect(fieldsInDoubt(discounted.checks)).toContain('totalAmount');
    const included = settled(['KEDAI SERBA ADA', '1 ITEM A  60.00', '1 ITEM B  40.00', 'Tctnl  100.00', 'GST 6% incl  5.66']);
    expect(fieldsInDoubt(included.checks)).toContain('totalAmount');
  });

  it('a figure under it whose point OCR lost keeps the doubt: it may be the total or a tax', () => {
    const r = settled(['KEDAI SERBA ADA', '1 ITEM A  60.00', '1 ITEM B  40.00', 'Sub Ttl  100.00', 'GST 6%  600', 'Tctnl  10600']);
    expect(r.invoice.totalAmount === 100 ? fieldsInDoubt(r.checks) : ['totalAmount']).toContain('totalAmount');
  });

  it('a largest figure nothing under it pays is no till\'s total: an invoice\'s net over a total the reader cannot see', () => {
    // (A Finnish bill read through the till's rules: its items make its net, the last figure the till's reader
    // takes, its gross printed where that reader does not look. Vouched for, the net would stand as the total.)
    const total = readReceiptTotal(['Ikkunoiden pesu  500,00', 'Ränni- ja kattotyöt  443,60', 'Veroton yhteensä  943,60', 'Kiitos tilauksesta!']);
    expect(total?.arithmetic ?? null).toBeNull();
  });

  it('a largest figure the figures above it do not make keeps the doubt', () => {
    const r = settled(carWash('Junleh Bayaran  47.90', ['Th n Go eallet  47.90']));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});
