/**
 * Malaysian till receipts of the SROIE kind as OCR reads them off a worn, badly taken photo: a date
 * whose first separator is read as a colon ("05:01-18 16:08"), a till that labels the cash handed over
 * "TENDER" or "TENDER CASH", a "Net Total" under a GST line that another reading took for the net; and a
 * total in rupiah, one digit misread, that its net and tax printed under it make but for that digit; a tax
 * line whose figure lost its point ("GST INCLLDED 6% 423"), so that the page states no tax that reads.
 */
import { describe, expect, it } from 'vitest';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { settledTill as settled } from './till-page.js';

describe('a date whose first separator OCR read as a colon', () => {
  const HEAD = ['POPULAR BOOK CORNER', 'PB CORNER SDN BHD (654321-W)', 'GST REG NO:001122334455', 'LOT G-12. MENARA AMAN.50450 KUALA LUMPUR'];
  const TAIL = ['RCPT:0301-88214  STAFF: SITI', 'NOTEBOOK A5 RULED', '2 @ 4.50  9.00', 'SCIENTIFIC CALC', '1 @ 49.90  49.90', 'SUBTOTAL  58.90', 'ROUNDING ADJ  0.00',
    'TOTAL (INCL GST)  58.90', 'CASH  100.00', 'CHANGE  41.10', 'GST INCLUDED 6%  3.33'];
  it('"05:01-18 16:08": the day, month and year before a time are the date', () => {
    for (const stamp of ['05:01-18 16:08', '05-01:18 16:08', '05:01/2018 16:08']) {
      const r = settled([...HEAD, `${stamp}  POS 03`, ...TAIL]);
      expect(r.invoice.date, stamp).toBe('2018-01-05');
      expect(fieldsInDoubt(r.checks), stamp).not.toContain('date');
    }
  });

  it('a time followed by a figure is no date', () => {
    const r = settled([...HEAD, '05/01/2018  POS 03', 'TIME 16:08-18 12:00', ...TAIL]);
    expect(r.invoice.date).toBe('2018-01-05');
  });
});

describe('"TENDER" and "TENDER CASH": the cash handed over', () => {
  const HEAD = ['MYMART SERI KEMBANGAN', 'MYMART RETAIL SDN BHD (1001234-M)', 'GST ID:001001234000', 'JLN SK 1/2,43300 SERI KEMBANGAN', 'TAX INVOICE', '05JAN 2018 19:22  POS 04',
    'Rcpt: 04-0105-0338', '2 MAGGI KARI SS  11.20 SR', '1 SUNLIGHT 900ML  6.90 SR', '1 BERAS 10KG  28.00 ZR', '1 GULA 2KG  5.70 ZR', 'Total (Excl. GST)  51.80'];
  it('vouch for the total, less the change, so that a tax that lost its point is what is misread', () => {
    for (const tender of ['TENDER CASH', 'TENDER']) {
      const r = settled([...HEAD, 'GST  109', 'Rounding Adj  0.01', 'Total (Incl. GST)  52.90', `${tender}  100.00`, 'CHANGE  47.10', 'Code  Amount  Tax', 'SR 6%  18.10  109', 'THANK YOU']);
      expect(r.invoice.totalAmount, tender).toBe(52.9);
      expect(fieldsInDoubt(r.checks), tender).not.toContain('totalAmount');
    }
  });

  it('a tender less the change that is no total printed names it', () => {
    const r = settled([...HEAD, 'GST  1.09', 'Total (Incl. GST)  52.90', 'TENDER  100.00', 'CHANGE  42.10', 'THANK YOU']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('"Net Total" under "Total (Incl. GST)" and a rounding', () => {
  const HEAD = ['THE COFFEE ROOM BISTRO', 'COFFEE R00M F6B SDN BHD (1188776-W)', 'GST REG N0: 601 188776000', '2.1JALAN P3U 7/3,47869 PETALING JAYA', '5Jan 2018 8: 12 PM  l8',
    'Check: 09912  Server: J0E', '2 CHICKEN CHOP  37.80', '1SPAGHETTI BOLOGNESE  16.90', '2 MUSHROOM SOUP  15.00', '3ICED LEMON TEA  17.70'];
  it('is the total the card pays, not the net before the GST', () => {
    for (const [svc, gst, incl] of [['Service Charge 10s  8.74', 'GST 6S  5.77', 'Totat (Incl. GST)  101.91'], ['Service Charge 10%  8.74', 'GST 6%  5.77', 'Total (Incl. GST)  101.91']]) {
      const r = settled([...HEAD, 'Subtotal  87.40', svc, gst, incl, 'Rounding  -0.01', 'Net Total  101.90', 'MASTERCARD  101.90', 'THANK YOU FOR DINING WITH US']);
      expect(r.invoice.amount, gst).not.toBe(101.9);
      expect(r.invoice.totalAmount, gst).toBe(101.9);
      expect(fieldsInDoubt(r.checks), gst).not.toContain('totalAmount');
    }
  });
});

describe('a total in rupiah that its net and tax printed under it make but for its last digit', () => {
  // As OCR read a harsh photo of it: an item's figure misread too ("27.960" for 27.900).
  const HEAD = ['ALFAMIOS', 'PY MIDI UTAMA SEJAHTERA', 'JL PAYA BOGOR N  ZT  JAKARTA TIMUR', 'NWP:02.311.567.4-054.800', 'INDOMIE GORENG', '5￥3.160  15.500', 'AOUA 60ML', '3.560  14.000',
    'TEH PUCUK 3S6ML', '33.800  11.400', 'ROTI TAKAR', '116.500  16.500', 'TELUR IOBTR', '1× 27.900  27.960'];
  it('"TOTAL BELANJA 85.306" over "DPP 76.847", "PPN 11 8.453" (85.300): the total is named', () => {
    const r = settled([...HEAD, 'TOTAL BELANJA  85.306', 'TUIAI  100.000', 'KEMBAL TAN  14.700', 'DPP  76.847', 'PP 11  8.453', '05.02.24-14:22 / 2.0.31 TERM 83', 'TERIMA KASIH']);
    expect(r.invoice.totalAmount).toBe(85306);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });

  it('the total they make is not named', () => {
    const r = settled([...HEAD, 'TOTAL BELANJA  85.300', 'TUNAI  100.000', 'KEMBALIAN  14.700', 'DPP  76.847', 'PPN 11%  8.453', '05.02.24-14:22 / 2.0.31 TERM 83', 'TERIMA KASIH']);
    expect(r.invoice.totalAmount).toBe(85300);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a tax line whose figure lost its decimal point', () => {
  // A bookshop's harsh photo as OCR read it: "GST INCLLDED 6% 423" for 4.23.
  const LINES = ['POPULAR BOOK CORNER', 'PB COFNER SDN BHD (6543Z1-W}', 'GST REG NO:001122334455', 'LOT G-12. MENARA AMAN.50450 KUALA LUMPUR', '05-01-18 16:08  POS 03', 'RCPT:0301-88214  STAFF.Sm',
    'NOTEBOOK AS RULED', '20450  9.00', 'HIGHUGHTER SET 4C', '1 8.90  890', 'CORRECTON PEN', '29350  7,00', 'SCIENTFIC CALC', '1049.90  49.90', 'SUBTOTAL  74 80', 'ROUNDING ADI  0.00',
    'TOTAL (INCL GST)  74.80', 'CASH  100.00', 'CHANGE  25.20'];
  it('leaves no tax the page does not print to put the total paid less change vouches for in doubt', () => {
    const r = settled([...LINES, 'GST INCLLDED 6%  423', 'MEMBER NO: B80112-XX-XXXX', 'POINTS EARNED  74', 'POINTS BALANCE  2.315', 'THANK YOU, SEE YOU AGAIN']);
    // Not the net and tax made of "SUBTOTAL 74 80" read as 74.
    expect(r.invoice.amount).not.toBe(74);
    expect(r.invoice.taxAmount).not.toBe(0.8);
    expect(r.invoice.totalAmount).toBe(74.8);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});
