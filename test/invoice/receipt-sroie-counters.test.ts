/**
 * Malaysian and Singaporean receipts of the SROIE kind from counters the other tests do not have: a gym's
 * membership with the period it pays for, a paint shop's delivery date, a computer shop's "22OCT18" (its O
 * read as a zero), a vet's "Tkh:", a burger bar's and a music store's totals whose labels say they hold the
 * tax, a reflexology centre's "Pay Amount" paid by Samsung Pay, a pharmacy's tax summary under a change OCR
 * misread, an ice cream parlour's time run into the year.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { readReceiptDate } from '../../src/invoice/receipt/dates.js';
import { paidLessChange } from '../../src/invoice/receipt/totals.js';
import { settledTill as settled } from './till-page.js';

describe('a Singapore gym\'s receipt for a month\'s membership', () => {
  const page = (issued: string, period: string) => ['IRONWORKS FITNESS', 'IRONWORKS FITNESS PTE LTD', 'GST Reg No: 201512345M', '10 Tampines Central 1 #04-07 S(529536)',
    issued, period, 'Member: M10442  Receipt: IF-2203', 'MONTHLY MEMBERSHIP  128.00', 'TOWEL SERVICE  12.00', 'PERSONAL TRAINING (1 SESSION)  70.00', 'Sub Total  210.00',
    'GST 7%  14.70', 'Amount Payable  224.70', 'NETS  224.70', 'NO PAIN NO GAIN'];

  it('the period paid for is no date of the sale: with the issue date garbled, none is read', () => {
    expect(readReceiptDate(['Date ot Issue: 01 Mar 201#', 'per10d:01/83/2918  31/03/2018'])).toBeNull();
    const r = settled(page('Date ot Issue: 01 Mar 201#', 'per10d:01/83/2918  31/03/2018'));
    expect(r.invoice.date === null || fieldsInDoubt(r.checks).includes('date')).toBe(true);
    expect(r.invoice.date).not.toBe('2018-03-31');
  });

  it('the issue date is the receipt\'s, the period\'s dates beside it passed over', () => {
    const r = settled(page('Date of Issue: 01 Mar 2018', 'Period: 01/03/2018 - 31/03/2018'));
    expect(r.invoice.date).toBe('2018-03-01');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a paint shop\'s cash bill with the delivery date under the sale\'s', () => {
  it('"Delivery: 15 Sep 2018" is no second date of the sale', () => {
    const date = readReceiptDate(['KEDAI CAT & JUBIN SERI WARNA', '13 Sep 2018  Cash Bil: 18-2209', 'Delivery: 15 Sep 2018', 'Total Amount Incl. SST  833.25']);
    expect(date).toEqual({ date: '2018-09-13', labelled: false });
  });
});

describe('a computer shop\'s date with its month run into the day and the year', () => {
  const page = (stamp: string) => ['TEKNO PC CENTRE', 'TEKNO PC SDN BHD (1188990-U)', 'SST No: B16-1809-32000881', 'LOT 3.21, PLAZA DIGITAL, 10450 GEORGE TOWN', stamp,
    '1 SSD 512GB SATA  259.00', '2 DDR4 8GB 2666  338.00', '1 USB-C HUB 6IN1  89.00', 'Sub Total  686.00', 'SST 10%  68.60', 'Adj Rounding  0.00', 'TtI Due  754.60',
    'Bank In (Maybank)  754.60', 'WARRANTY 1 YEAR WITH THIS RECEIPT'];

  it('"220CT18" (the O of OCT read as a zero) is 22 October 2018, its label run into it or not', () => {
    expect(readReceiptDate(['DATE 220CT18 TIME 1532 INV 18102207'])).toEqual({ date: '2018-10-22', labelled: true });
    expect(readReceiptDate(['DATE220CT18TIME 1532 INV 18102207'])).toEqual({ date: '2018-10-22', labelled: true });
    expect(readReceiptDate(['22-0CT-2018'])?.date).toBe('2018-10-22');
  });

  it('a zero and "CT" inside a longer number are no date', () => {
    expect(readReceiptDate(['ITEM 1220CT18  5.00'])).toBeNull();
  });

  it('the date is read, not in doubt; "TtI Due" (Ttl Due, its l read as an I) is the total', () => {
    const r = settled(page('DATE220CT18TIME 1532 INV 18102207'));
    expect(r.invoice.date).toBe('2018-10-22');
    expect(r.invoice.totalAmount).toBe(754.6);
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a vet\'s bill dated "Tkh:", a later visit under it', () => {
  it('"Tkh" (Tarikh) labels the date: the next visit\'s is not a second one in doubt', () => {
    const r = settled(['KLINIK HAIWAN CAHAYA', 'CAHAYA VETERINARY SERVICES (SGR0088123-H)', 'GST ID: 000998877665', '21, JALAN SS 21/1, 47400 PETALING JAYA',
      'Tkh: 03/10/2017  Masa: 17:25', 'Pet: MILO (Canine)  Owner: 0448', '1 CONSULTATION  40.00 SR', '2 DEWORMER TAB  24.00 SR', '1 EAR CLEANSER 100ML  28.00 SR',
      '1 RABIES VACCINE  45.00 ZRL', 'Total Excl. GST  137.00', 'GST 6% (SR)  5.52', 'GST 0% (ZRL)  0.00', 'Payment Due  142.52', 'DINERS CLUB  142.52',
      'Next visit: 03/10/2018 (booster)', 'THANK YOU']);
    expect(r.invoice.date).toBe('2017-10-03');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});

describe('a total whose own label says it holds the tax', () => {
  const burger = (total: string) => ['PATTY STATION', 'PATTY STATION PTE LTD', 'GST Reg No: 201734567K', '68 Orchard Road #B1-22 S(238839)', '18-Jul-19 12:41  EAT IN',
    'ORDER  218', '2 CLASSIC BEEF SET  23.80', '2 ADD CHEESE  2.00', '1 TRUFFLE FRIES  6.50', '1 ICED LEMON TEA  3.20', `${total}  35.50`, 'GST 7%  2.32', 'Apple Pay  35.50',
    'ENJOY YOUR MEAL'];

  it('"Total (incl. GST)" over "GST 7%": the tax is a part of the total, and no net is printed or computed', () => {
    const r = settled(burger('Total (incl. GST)'));
    expect(r.invoice.totalAmount).toBe(35.5);
    expect(r.invoice.taxAmount).toBe(2.32);
    expect(r.invoice.amount).toBeNull();
    expect(r.checks.filter((c) => !c.ok).map((c) => c.id)).not.toContain('ocr_uncertain');
  });

  it('"Total Inclusive GST 6%" over "GST Amount": the same', () => {
    const r = settled(['NADA MUZIK', 'NADA MUSIC HOUSE SDN BHD (776655-K)', 'GST ID: 001776655009', '2-15, JALAN DATO ONN JAAFAR, 80000 JOHOR BAHRU', 'Date:28-Dec-2017  Time:16:20',
      'Invoice: NM-17-12-0412', '1 ACOUSTIC GUITAR 41"  1,299.00', '1 GUITAR BAG PADDED  129.00', '1 CAPO + TUNER SET  79.00', 'Total Inclusive GST 6%  1,507.00', 'GST Amount  85.30',
      'Card (EzyPay 12 mths)  1,507.00', 'Instalment: 12 x 125.58', 'KEEP THE MUSIC PLAYING']);
    expect(r.invoice.totalAmount).toBe(1507);
    expect(r.invoice.amount).toBeNull();
    expect(r.status).toBe('ok');
  });

  it('a net the page prints is kept ("Sub Total 33.18" over the tax and "Total (incl. GST)")', () => {
    const page = burger('Total (incl. GST)');
    page.splice(page.indexOf('Total (incl. GST)  35.50'), 0, 'Sub Total  33.18');
    expect(settled(page).invoice.amount).toBe(33.18);
  });
});

describe('a reflexology centre\'s "Pay Amount" paid by Samsung Pay', () => {
  it('"Pay Amount" is the amount to pay, which the phone\'s payment pays to the cent', () => {
    const r = settled(['PUSAT REFLEKSOLOGI SENTUHAN', 'SENTUHAN WELLNESS (JM0778812-V)', 'GST ID: 002244668800', '3-1, JALAN BUKIT BINTANG, 55100 KUALA LUMPUR',
      'Thursday, 07 June 2018 8:15 PM', 'Therapist: 08, 11  Room 4', '2 FOOT REFLEXOLOGY 60MIN  116.00', '1 SHOULDER MASSAGE 30MIN  35.00', '2 HERBAL FOOT SOAK  20.00',
      'Amount  171.00', 'GST 6%  10.26', 'Rounding  -0.01', 'Pay Amount  181.25', 'Samsung Pay  181.25', 'RELAX AND COME AGAIN']);
    expect(r.invoice.totalAmount).toBe(181.25);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"Payment Amount", "Payment" and "Pay" are still what was handed over', () => {
    for (const label of ['Payment Amount', 'Payment Amt', 'Payment', 'Pay']) expect(paidLessChange(['TOTAL  45.00', `${label}  50.00`, 'Change  5.00'])).toBe(45);
  });
});

describe('a pharmacy\'s tax summary under a change OCR misread', () => {
  const page = (gross: string) => ['GUARDIAN HEALTH AND BEAUTY', '(Co.Reg 133123-K)', 'GST ID: 001088774016', '02/03/2018  12:18', 'ANTISEPTIC LIQUID SOAP  14.90',
    'THERMOMETER DIGITAL  29.90', 'COTT0N WO0L 100G X2  1.80', 'Rounding  0.00', 'Amount Due  52.60', 'Cash  100.00', 'Change  57.40', 'Total Saving  6.20',
    'GST Summary  Net  GST  Gross', `SR 6%  49.62  2.98  ${gross}`, 'THANK YOU'];

  it('the summary\'s net and tax, which make the total, vouch for it: the change is the misread figure (and an item\'s)', () => {
    const r = settled(page('52.60'));
    expect(r.invoice.totalAmount).toBe(52.6);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a summary that does not add up leaves the doubt', () => {
    expect(fieldsInDoubt(settled(page('52.80')).checks)).toContain('totalAmount');
  });
});

describe('an ice cream parlour\'s date with the time run into its year', () => {
  it('"7/7/20183:05:12 PM" shows 7 July 2018: OCR is not taken to be unsure of it', () => {
    const r = settled(['SCOOPS & CO', 'SCOOPS DESSERT SDN BHD (1023344-H)', 'GST ID: 000788990011', 'G-08, SUNWAY PYRAMID, 47500 SUBANG JAYA', '7/7/20183:05:12 PM  T/No 12',
      '2 DOUBLE SCOOP CUP  23.80', '1 WAFFLE CONE  2.50', '2 TOPPING-OREO  3.00', '1 MILKSHAKE VANILLA  13.90', 'Rounding Adj  0.00', 'Grand Total  43.20', 'Samsung Pay  43.20',
      'GST 6% incl.  2.45', 'STAY COOL']);
    expect(r.invoice.date).toBe('2018-07-07');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});
