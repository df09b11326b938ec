/**
 * Malaysian and Singaporean till receipts of the SROIE kind as OCR reads them off a worn photo or a scan:
 * a workshop's invoice number before a date printed month first ("SI.190114-07  Jan 14.2019"), a year
 * cut short before the time ("17 Dec 201 21:04"), a month whose O was read as a zero ("22-N0V-2026"); the
 * labels of the total and of the card such tills print ("Payable Amount", "Invoice Amount", "Harga Bersih",
 * "Settlement: VISA"), and the currency their tax registrations name.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill as settled } from './till-page.js';

describe('a date printed month first after a number ending in two digits', () => {
  const HEAD = ['BENGKEL KERETA AUTO PRIMA', 'AUTO PRIMA SERVICE CENTRE (SA0112233-T)', 'SST No: J31-1809-32000456', 'LOT 7. JALAN INDUSTRI 2.14000 BUKIT MERTAJAM', 'SERVICE INVOICE'];
  const TAIL = ['Vehicle: PKH 4521  Mileage: 88.412 km', 'ENGINE OIL 10W-40 4L  98.00', 'OIL FILTER  1  18.00', 'Labour Charges  1  60.00', 'Service Tax 6% (Labour)  3.60',
    'Total Bill  179.60', 'Payment: ONLINE TRANSFER  179.60', 'NEXT SERVICE: 93,400 km'];
  it('"SI.190114-07  Jan 14.2019": the figures after the month are its day, not the year of the number before it', () => {
    for (const stamp of ['Inv: SI.190114-07  Jan 14.2019', 'Inv: SI-190114-07  Jan 14, 2019']) {
      const r = settled([...HEAD, stamp, ...TAIL]);
      expect(r.invoice.date, stamp).toBe('2019-01-14');
      expect(fieldsInDoubt(r.checks), stamp).not.toContain('date');
    }
  });

  it('a day, a month and a two-digit year are read still', () => {
    const r = settled([...HEAD, 'Inv: SI-190114  14 Jan 19', ...TAIL]);
    expect(r.invoice.date).toBe('2019-01-14');
  });
});

describe('a year cut short before the time', () => {
  const HEAD = ['RESTORAN MAKANAN LAUT HOI SENG', 'HOI SENG SEAFOOD SDN BHD (887766-P)', 'SST: W10-1810-32005566', 'JALAN PANTAI, 42000 PELABUHAN KLANG'];
  const TAIL = ['Table: 8  Bill: 1217-061', '1 STEAMED FISH (TILAPIA)  38.00', '1 KAILAN GARLIC  14.00', 'Sub Total  52.00', 'Svc Charge 10%  5.20', 'SST 6%  3.43', 'Rounding  0.02',
    'Total Amount Due  60.65', 'CASH  100.00', 'CHANGE  39.35', 'THANK YOU'];
  it('"17 Dec 201 21:04" is no date of 2020: the date is not given', () => {
    const r = settled([...HEAD, 'Mon, 17 Dec 201 21:04', ...TAIL]);
    expect(r.invoice.date).not.toBe('2020-12-17');
    expect(fieldsInDoubt(r.checks)).toContain('date');
  });

  it('a two-digit year with a digit read before the time is read still ("26MAR189 16:22")', () => {
    const r = settled([...HEAD, '26MAR189 16:22', ...TAIL]);
    expect(r.invoice.date).toBe('2018-03-26');
  });
});

describe('a month whose O OCR read as a zero', () => {
  it('"22-N0V-2026 12:40": the date is shown, so OCR is not unsure of it', () => {
    for (const stamp of ['22-N0V-2026 12:40  Cshr: ANI', '22 N0V 2026 12:40']) {
      const r = settled(['RESTORAN SELERA KELANTAN', 'SELERA TIMUR SDN BHD (201901028871)', 'JALAN TUN RAZAK, 50400 KUALA LUMPUR', 'SST REG: W10-2108-32000871', 'Inv: R22-0871  Tbl:9', stamp,
        '2 NASI KERABU  29.80', '1 AYAM PERCIK  18.50', 'Sub Total  48.30', 'SST 8%  3.86', 'Rounding Adj  -0.01', 'TOTAL  52.15', 'Cash  100.00', 'Change  47.85', 'TERIMA KASIH']);
      expect(r.invoice.date, stamp).toBe('2026-11-22');
      expect(fieldsInDoubt(r.checks), stamp).not.toContain('date');
    }
  });
});

describe('labels of the total and of the card that tills of the kind print', () => {
  it('"Payable Amount" under a cash voucher: the total', () => {
    for (const card of ['UNIONPAY', 'VISA']) {
      const r = settled(['PASARAYA HARMONI', 'HARMONI RETAIL SDN BHD (880011-K)', 'GST ID: 000880011456', 'LOT 1-5, JALAN MERDEKA, 75000 MELAKA', 'TAX INVOICE', '15.06.2018 Fri 14:02  POS 03',
        'BASMATHI RICE 5KG', '1@32.90  32.90 Z', 'COOKING OIL 2KG', '1@10.50  10.50Z', 'APPLE FUJI 4S', '2@6.50  13.00 Z', 'Sub-Total  56.40', 'CASH VOUCHER  -10.00', 'Payable Amount  46.40',
        `${card}  46.40`, 'CARD: 6212**** **** 0931', 'GST Summary  Amount  Tax', 'Z@0%  46.40  0.00', 'THANK YOU, COME AGAIN']);
      expect(r.invoice.totalAmount, card).toBe(46.4);
      expect(fieldsInDoubt(r.checks), card).not.toContain('totalAmount');
    }
  });

  it('"Settlement: VISA" pays the total, so the subtotal with the service charge is the net', () => {
    const r = settled(['HONG FA ZI CHAR', 'HONG FA EATING HOUSE PTE LTD', 'GST Reg: 201812345K', 'Blk 88 Tampines St 81 #01-12 S(520088)', 'Date/Time: 23/11/2019 20:15', 'Table: A7  Pax:4  Bill#: 23118',
      '1 CEREAL PRAWN (M)  28.00', '1 SWEET SOUR PORK  16.00', '4 STEAMED RICE  4.00', 'Sub Total  48.00', 'Service Chg 10%  4.80', 'GST 7%  3.70', 'Total Bill  56.50', 'Settlement: VISA  56.50',
      'xxxx xxxx xxxx 6620 Appr 318572', 'THANK YOU! SEE YOU AGAIN']);
    expect(r.invoice.totalAmount).toBe(56.5);
    expect(r.invoice.amount).toBe(52.8);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a clinic\'s "Invoice Amount" is its total, not the largest figure in doubt', () => {
    const r = settled(['KLINIK KELUARGA SEJAHTERA', 'KLINIK KELUARGA SEJAHTERA SDN BHD (123456-W)', '12, JALAN BAYAN 2, TAMAN BAYAN', '81200 JOHOR BAHRU, JOHOR', 'OFFICIAL RECEIPT', 'Receipt No: OR-18-00231',
      'Visit: 05JAN18 10:12  Dr. LIM', 'Consultation  30.00', 'PARACETAMOL 500MG X10  3.00', 'COUGH MIXTURE 90ML  9.00', 'Invoice Amount  42.00', 'Paid Amount (Cash)  42.00', 'Bal Due  0.00', 'GET WELL SOON']);
    expect(r.invoice.totalAmount).toBe(42);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('Malay "Harga Bersih", the price after the member\'s discount, is the total, not the subtotal above it', () => {
    const r = settled(['FARMASI SIHAT SELALU', 'SIHAT SELALU ENTERPRISE (002299881-P)', 'NO 9,JALAN PASAR, 25000 KUANTAN', 'Tarikh: 12-03-2019  Masa:16:44', 'No Resit: 3312  Kaunter: 1',
      'VITAMIN C 1000MG 30S  1x36.90  36.90', 'PLASTER KALIS AIR  2x4.50  9.00', 'UBAT GIGI SENSITIF  1x15.80  15.80', 'Jamlah Kecit  61.70', 'Diskaun Ahli 5%  3.09', 'Pelarasan  0.01',
      'Harga Bersih  58.60', 'unai  10000', 'Baki  41.40', 'TERIMA KASIH SILA DATANG LAGI']);
    expect(r.invoice.totalAmount).toBe(58.6);
  });
});

describe('a Malaysian GST number whose ID OCR read as "1D"', () => {
  it('"GST 1D: 000584664064" is the shop\'s Malaysian registration: the ringgit', () => {
    const r = settled(['GOLDEN ARCHES RESTAURANTS', 'TAX INVOICE', 'GST 1D: 000584664064', 'REG 3', '30/10/2017 12:05', '2 SPICY CHICKEN MEAL  31.90', '2 SUNDAE CHOC  7.00',
      'Eat-In Total (incl GST)  38.90', 'Cash Tendered  50.00', 'Change  11.10', 'Total Includes 6% GST  2.20', 'THANK YOU AND HAVE A NICE DAY']);
    expect(r.invoice.currency).toBe('MYR');
    expect(r.invoice.totalAmount).toBe(38.9);
  });
});

describe('a Singapore GST registration and no dollar sign', () => {
  const items = ['Date/Time: 23/11/2019 20:15', '1 CEREAL PRAWN (M)  28.00', '1 SWEET SOUR PORK  16.00', 'Sub Total  44.00', 'GST 7%  3.08', 'Total  47.08', 'NETS  47.08', 'THANK YOU'];
  it('"GST Reg: 201812345K", "GST Reg No: M2-0012345-6": the Singapore dollar', () => {
    for (const reg of ['GST Reg: 201812345K', 'GST Reg No: M2-0012345-6', 'GST REG NO. 53012345X']) {
      const r = settled(['HONG FA ZI CHAR', 'HONG FA EATING HOUSE PTE LTD', reg, 'Blk 88 Tampines St 81 #01-12 S(520088)', ...items]);
      expect(r.invoice.currency, reg).toBe('SGD');
    }
  });

  it('a Singapore GST number on a page with no other sign of Singapore names no currency', () => {
    const r = settled(['HONG FA ZI CHAR', 'GST Reg: 201812345K', 'Tampines St 81', ...items]);
    expect(r.invoice.currency).toBeNull();
  });

  it('a Malaysian GST number of 12 digits is no Singapore one', () => {
    const r = settled(['KEDAI RUNCIT AH SENG', 'GST ID: 001234567890', 'JALAN BESAR, 34000 TAIPING', ...items]);
    expect(r.invoice.currency).toBe('MYR');
  });
});
