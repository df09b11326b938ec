/**
 * Slips charged at an exit (a car park's, a closed toll's, a hotel's folio), the order a till prints its
 * date in said beside it, and what a slip prints for the charge besides a total label ("Amount Paid" over
 * the cash, a fee over the card, a toll's fare over a card's balance, a deposit paid in cash). Read as an
 * OCR'd page is: parts, then settle.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';

/** One text item per line, 5 mm apart; "  " splits a line into a label and its figure at the right. */
function page(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: k === 0 ? 5 : 60 - 10 * (all.length - 1 - k), y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

function settled(lines: string[]) {
  return settle({ parts: textParts(page(lines), 'ocr', []), pages: 1 }, new Date('2026-01-01'));
}

const CAR_PARK = ['PUSAT LETAK KERETA MAJU SDN BHD', '(Co. Reg. 402211-V)', 'MENARA MAJU CAR PARK, 47500 SUBANG', 'GST ID: 000402211906', 'PARKING RECEIPT', 'Ticket No : 4401283397'];

describe('an entry and the exit after it', () => {
  it('an overnight car park: the exit\'s date, the day after the entry\'s, is the slip\'s; "Amount Paid" over the cash and the change is the charge', () => {
    const r = settled([...CAR_PARK, 'Entry Time: 14/05/2018 22:05', 'Exit Time : 15/05/2018 06:40', 'Duration  : 8h 35m', 'Amount Paid  RM 14.00', 'GST 6% Incl.  0.79', 'Cash  RM 20.00', 'Change  RM 6.00']);
    expect(r.invoice).toMatchObject({ date: '2018-05-15', totalAmount: 14 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"Entry Date" and "Exit Date" on their lines: the exit\'s; a fee over the card that pays it, an included tax between, is the total', () => {
    const r = settled([...CAR_PARK, 'Entry Date  02/06/2018', 'Entry Time  07:15', 'Exit Date  04/06/2018', 'Exit Time  19:02', 'Parking Fee  36.00', 'GST 6% Incl.  2.04', 'Credit Card  36.00', 'Exit grace 15 mins']);
    expect(r.invoice).toMatchObject({ date: '2018-06-04', totalAmount: 36 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('a closed toll paid by a stored-value card: the exit\'s date, and the fare, not the card\'s balance after it', () => {
    const r = settled(['LEBUHRAYA UTARA SELATAN BERHAD', '(Co. Reg. 986125-A)', 'TOLL RECEIPT', 'Entry Plaza  JURU', 'Entry  11/07/2018 23:50', 'Exit Plaza  TAPAH', 'Exit  12/07/2018 01:58', 'Class  1', 'FARE  RM 24.70', 'Card  TOUCH N GO', 'Card Balance  RM 81.35']);
    expect(r.invoice).toMatchObject({ date: '2018-07-12', totalAmount: 24.7 });
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('a hotel\'s "Arrival" and "Departure" on one line: the departure\'s date, whatever the nightly rows\' dates', () => {
    const r = settled(['HOTEL TAMAN SARI', 'TAMAN SARI INNS SDN BHD (221093-A)', 'GST ID: 000221093385', 'GUEST FOLIO', 'Arrival 08/04/18   Departure 10/04/18', '08/04/2018 Room Charge  180.00', '09/04/2018 Room Charge  180.00',
      'Service Charge 10%  36.00', 'GST 6%  23.76', 'Tourism Tax 2 x 10.00  20.00', 'Total Charges  439.76', 'VISA  439.76', 'Balance  0.00']);
    expect(r.invoice.date).toBe('2018-04-10');
    expect(r.invoice.totalAmount).toBe(439.76);
  });

  it('a ticket that prints the departure before the arrival (a coach\'s) keeps its date of sale', () => {
    const r = settled(['EXPRESS COACH SDN BHD (771204-K)', 'Date: 02/04/2018 10:15', 'Departure  05/04/2018 08:00', 'Arrival  05/04/2018 13:30', 'TOTAL  RM 35.00', 'CASH  RM 50.00', 'CHANGE  RM 15.00']);
    expect(r.invoice.date).toBe('2018-04-02');
  });
});

describe('the order a till prints its date in', () => {
  it('"Date(YY/MM/DD): 18/01/25" is 25 January 2018, not 18 January 2025, read with no doubt', () => {
    const r = settled(['TOUS LES PAINS BAKERY', 'TLP BAKERY (M) SDN BHD (1105522-U)', 'GST ID: 001105522660', 'Date(YY/MM/DD): 18/01/25', 'Time: 16:27  Bill: 0922', '3 BUTTER CROISSANT  12.60', '1 RAISIN LOAF  7.80', 'Rounding  0.00', 'Total Incl. GST  20.40', 'Cash  50.00', 'Change  29.60']);
    expect(r.invoice.date).toBe('2018-01-25');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('"Date(YY/M/DD): 18/01/25", a letter of the order lost, still reads year first', () => {
    const r = settled(['TOUS LES PAINS BAKERY', 'TLP BAKERY (M) SDN BHD (1105522-U)', 'GST ID: 001105522660', 'Date(YY/M/DD): 18/01/25', 'Time: 16:27  Bill: 0922', '3 BUTTER CROISSANT  12.60', 'Total Incl. GST  12.60', 'Cash  50.00', 'Change  37.40']);
    expect(r.invoice.date).toBe('2018-01-25');
  });

  it('"DATE (DD/MM/YY)" reads day first as printed', () => {
    const r = settled(['KEDAI ROTI MAJU SDN BHD (1105522-U)', 'DATE (DD/MM/YY): 07/03/18', '2 ROTI  6.00', 'TOTAL  6.00', 'CASH  10.00', 'CHANGE  4.00']);
    expect(r.invoice.date).toBe('2018-03-07');
  });
});

describe('a deposit paid now', () => {
  it('"DEPOSIT PAID (CASH)" under the total and the balance due that makes it: the total, in no doubt', () => {
    const r = settled(['OPTIK SINAR SDN BHD (660132-D)', 'GST ID: 000660132257', 'Order: OP-18-0231  Date: 06/02/2018', 'Collection: 13/02/2018', '1 FRAME TITANIUM  368.00', '2 LENS PROGRESSIVE  580.00',
      'TOTAL (GST INCL.)  948.00', 'DEPOSIT PAID (CASH)  300.00', 'BALANCE DUE  648.00', 'GST 6% Incl.  53.66']);
    expect(r.invoice).toMatchObject({ date: '2018-02-06', totalAmount: 948 });
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a date printed only as another date', () => {
  it('a voucher\'s "Vald un 31/12/2018" (OCR\'s "Valid until") on a page whose sale date and payment OCR garbled: the date is named in doubt', () => {
    const r = settled(['W BOOKSTORES', 'MP #0OS7O3S SDN 8MD 1511-0', '#12018  1957', '1 SAPENS IPS  59.90', '1 MAGAZINE READERS DHGEST  12.90', 'Raurd ng  0.00', 'TOTAL  72.80', 'MSA  72 80', 'RMS VOUCHER', 'on your next purchase of RMs0 & above', 'Vald un 31/12/2018', 'THANK YOU']);
    if (r.invoice.date !== null) expect(fieldsInDoubt(r.checks)).toContain('date');
  });

  it('the sale\'s date printed too: the voucher\'s last day is passed over, the sale\'s read', () => {
    const r = settled(['W BOOKSTORES SDN BHD (1511-U)', '19/01/2018  19:02', '1 SAPIENS  59.90', 'TOTAL  59.90', 'VISA  59.90', 'RM5 VOUCHER', 'Valid until 31/12/2018', 'THANK YOU']);
    expect(r.invoice.date).toBe('2018-01-19');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });

  it('a US invoice\'s "Invoice Date 03/04/2025" over "Due Date 04/03/2025", the order nowhere said: the invoice\'s date is printed as such, not in doubt', () => {
    const r = settled(['Prairie Sign Works, LLC  Invoice #  2025.03.0457', 'Omaha, NE 68137  Invoice Date  03/04/2025', '(402) 555-0148  Due Date  04/03/2025',
      'BILL TO', 'Heartland Dental Group, P.C.', 'Window lettering  2,340.00', 'Subtotal  $2,340.00', 'Sales Tax (7.00%)  $163.80', 'Total  $2,503.80']);
    expect(r.invoice.date).toBe('2025-03-04');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
  });
});
