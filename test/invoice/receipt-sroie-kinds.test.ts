/**
 * Malaysian and Singaporean till receipts of the SROIE kind as OCR reads them off a worn photo or a scan:
 * a workshop's invoice number before a date printed month first ("SI.190114-07  Jan 14.2019"), a year
 * cut short before the time ("17 Dec 201 21:04"), a month whose O was read as a zero ("22-N0V-2026").
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
