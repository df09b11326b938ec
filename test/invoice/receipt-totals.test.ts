/**
 * Till receipts as OCR reads them (a receipt's lines, one text item each): the total among subtotal,
 * tax, rounding, cash, change and the tax summary's own "Total" row, chosen with arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { parseReceiptText } from '../../src/invoice/receipt.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { runChecks } from '../../src/invoice/checks.js';

/** One text item per line, left-aligned, 5 mm apart: a narrow till receipt. */
function receipt(lines: string[]): PageText[] {
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items: lines.map((text, i) => ({ text, x: 5, y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95 })) }];
}

describe('receipt totals', () => {
  it('"Total (RM) : 8.00", not the tax summary\'s "Total: 7.55 0.45"; RM is MYR', () => {
    const inv = parseWesternInvoiceText(receipt([
      'KEDAI MAJU JAYA', 'SIMPLIFIED TAX INVOICE', 'Date: 15/03/2018', 'Item  Qty  Price  Amount', 'COUPON  1  7.55  7.55',
      'Sub Total (RM): 7.55', 'Total GST (RM) : 0.45', 'Rounding (RM) : 0.00', 'Total (RM) : 8.00', 'CASH : 10.00', 'Change (RM) : 2.00',
      'GST SUMMARY', 'Tax Code  %  Amount  GST', 'SR  6  7.55  0.45', 'Total:  7.55  0.45',
    ]));
    expect(inv).toMatchObject({ amount: 7.55, taxAmount: 0.45, totalAmount: 8, currency: 'MYR' });
  });

  it('"Total Sales (Inclusive of GST)" after a rounding line, not "Total Qty" or the summary row', () => {
    const inv = parseWesternInvoiceText(receipt([
      'SYARIKAT PERNIAGAAN', 'TAX INVOICE', 'Date: 22/03/2018', 'Total Qty:  2  101.76', 'Total Sales (Excluding GST) :  96.00',
      'Total GST :  5.76', 'Rounding :  -0.01', 'Total Sales (Inclusive of GST) :  101.75', 'CASH :  101.75', 'Change :  0.00',
      'GST SUMMARY', 'Tax Code  %  Amt(RM)  Tax(RM)', 'SR  6  96.00  5.76', 'Total:  96.00  5.76',
    ]));
    expect(inv).toMatchObject({ amount: 96, taxAmount: 5.76, totalAmount: 101.75 });
  });

  it('the total after a rounding adjustment, when it is printed: "Total After Adj Incl GST"', () => {
    const inv = parseWesternInvoiceText(receipt([
      'AEON CO. (M) BHD', 'Date 11/05/2018', 'Sub-total  476.81', 'Total Sales Incl GST  476.81', 'Rounding Adj  -0.01',
      'Total After Adj Incl GST  476.80', 'CASH  500.00', 'Change Amt  23.20', 'GST Summary  Amount  Tax', 'SR @ 6%  449.82  26.99', 'Total  449.82  26.99',
    ]));
    expect(inv.totalAmount).toBe(476.8);
  });

  it('the lenient reader skips the summary row too', () => {
    const inv = parseReceiptText('SHOP\n01/02/2019\nTOTAL 12.00\nGST Summary\nTotal: 11.32 0.68\n');
    expect(inv.totalAmount).toBe(12);
  });
});

describe('receipt numbers, dates and sellers', () => {
  it('Receipt#, Doc No., Cash Inv No. and INV-No. are the receipt\'s number', () => {
    const number = (line: string) => parseWesternInvoiceText(receipt(['KEDAI MAJU JAYA SDN BHD', line, 'Date: 15/03/2018', 'Total (RM) : 8.00'])).number;
    expect(number('Receipt#: CS00085298')).toBe('CS00085298');
    expect(number('Doc No.  :CS00058953')).toBe('CS00058953');
    expect(number('Cash Inv No.: 7025F713')).toBe('7025F713');
    expect(number('INV-No. 0207140118000488')).toBe('0207140118000488');
  });
  it("a till's slip number is the receipt's number; a slip without a colon is no label", () => {
    const read = (line: string) => parseWesternInvoiceText(receipt(['KEDAI MAJU JAYA SDN BHD', line, 'Date: 25/04/18', 'Trans: 409712949', 'Total RM Including GST 6%  22.00']));
    expect(read('Slip: 0000000109000712950').number).toBe('0000000109000712950');
    expect(read('Slip No.: 71295').number).toBe('71295');
    expect(runChecks(read('Slip: 0000000109000712950'), new Date('2026-01-01')).find((c) => c.id === 'required_fields')).toEqual({ id: 'required_fields', ok: true });
    expect(read('Packing slip 3 boxes').number).toBeNull();
  });
  it('the only date a receipt prints is its date, not a guess; a Sdn Bhd letterhead is the seller', () => {
    const parts = receipt(['S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD.', 'NO. 343, JALAN KURAU', 'INVOICE NO: 22497', '23-01-2019  11:52', 'TOTAL (RM) : 20.00']);
    const inv = parseWesternInvoiceText(parts);
    expect(inv.date).toBe('2019-01-23');
    expect(inv.seller.name).toBe('S.H.H. MOTOR (SUNGAI RENGIT) SDN. BHD.');
    expect(guessesOf(inv)).toEqual({});
  });
  it('two unlabelled dates: the first, flagged as a guess', () => {
    const inv = parseWesternInvoiceText(receipt(['KEDAI MAJU JAYA SDN BHD', 'INVOICE NO: 22497', '23-01-2019', 'Valid until 23-02-2019', 'TOTAL (RM) : 20.00']));
    expect(inv.date).toBe('2019-01-23');
    expect(Object.keys(guessesOf(inv))).toEqual(['date']);
  });
});

describe('receipt fields the Western reader must not invent or miss', () => {
  it('the ringgit in a column header or after "Total"; the number after "INV0ICE N0" (O read as zero)', () => {
    const inv = parseWesternInvoiceText(receipt([
      'S.H.H. MOTOR SDN. BHD.', 'No. 343, Jalan Kurau', 'INVOICE', 'INV0ICE N0: 18023/103/T0052', 'Date: 23/01/2019',
      'ITEM/DESC.  QTY U.PRICE RM(TOTAL)', 'TUBES 300X17  1  20.00  20.00', 'GRAND TOTAL:  20.00',
    ]));
    expect(inv).toMatchObject({ currency: 'MYR', number: '18023/103/T0052', totalAmount: 20 });
    const other = parseWesternInvoiceText(receipt(['IKANO HANDEL SDN BHD', 'TAX INVOICE', 'Date: 25/04/2018', 'Total RM Including GST 6%  22.00']));
    expect(other.currency).toBe('MYR');
  });

  it('no buyer from the title, the item table or its lines', () => {
    const inv = parseWesternInvoiceText(receipt([
      'S.H.H. MOTOR SDN. BHD.', 'No. 343, Jalan Kurau', 'Tel: 07-386 7524', 'GST No: 000800589824', 'TAX INVOICE', 'Date: 23/01/2019',
      'ITEM/DESC.  QTY U.PRICE RM(TOTAL)', 'CROCS 300X17 TUBES  1  20.00  20.00', 'MARLBORO BOX  1  17.00  17.00', 'GRAND TOTAL:  37.00',
    ]));
    expect(inv.buyer.name).toBeNull();
  });
});

describe('a receipt checked against itself', () => {
  const lines = (total: string, paid: string, change: string) => [
    'PERNIAGAAN ZHENG HUI', 'JM0325955-V', 'NO.59 JALAN PERMAS 9/5', 'TEL: 07-386 7524', 'SIMPLIFIED TAX INVOICE', 'CASH', 'Receipt#: CS00085298', 'Date: 15/03/2018',
    'Item  Qty  RSP  Amount', '3934  1  7.55  7.55', 'TOT QTY: 1  7.55',
    'Sub Total (RM): 7.55', 'Total GST (RM) : 0.45', `Total (RM) : ${total}`, `CASH : ${paid}`, `Change (RM) : ${change}`,
  ];
  it('what was paid less the change agrees with the total: nothing to look at; the totals row is no item', () => {
    const inv = parseWesternInvoiceText(receipt(lines('8.00', '10.00', '2.00')));
    expect(inv.totalAmount).toBe(8);
    expect(guessesOf(inv)).toEqual({});
  });
  it('the table\'s totals row ("TOT QTY: 1  7.65") is no item; items priced with tax add up to the total', () => {
    const rows = [['KHE ELECTRICAL, TRADING'], ['Date: 22/03/2018'], ['Item', 'Qty', 'Price', 'Amount'], ['1113 PL TUBE', '2', '50.88', '101.76'],
      ['Total Qty:', '2', '', '101.76'], ['Total Sales (Excluding GST) :', '', '', '96.00'], ['Total GST :', '', '', '5.76'],
      ['Rounding :', '', '', '-0.01'], ['Total Sales (Inclusive of GST) :', '', '', '101.75']];
    const page: PageText = { page: 1, width: 80, height: 80, items: rows.flatMap((cells, i) => cells.map((text, k) => ({ text, x: k === 0 ? 5 : 20 + 15 * k, y: 10 + 5 * i, width: text.length * 1.2, height: 3, page: 1, confidence: 95 })).filter((c) => c.text)) };
    const inv = parseWesternInvoiceText([page]);
    expect(inv.items.map((i) => i.amount)).toEqual([101.76]);
    expect(runChecks(inv).find((c) => c.id === 'items_sum')?.ok).toBe(true);
  });
  it('it disagrees (a misread figure): the total is flagged', () => {
    const inv = parseWesternInvoiceText(receipt(lines('8.06', '10.00', '2.00')));
    expect(Object.keys(guessesOf(inv))).toEqual(['totalAmount']);
    const lenient = parseReceiptText(['SHOP', 'Date: 15/03/2018', 'TOTAL 42.33', 'CREDIT RM 42.35', 'CHANGE RM ,00'].join('\n'));
    expect(Object.keys(guessesOf(lenient))).toEqual(['totalAmount']);
  });
  it('a till receipt (paid and change printed) has no buyer unless one is labelled', () => {
    const lines = ['SANYU STATIONERY SHOP', 'NO. 31G, JALAN SETIA INDAH', 'Tel:+603-33624137', 'TAX INVOICE', 'Owned By:', 'SANYU SUPPLY SDN BHD',
      'CASH SALES COUNTER', 'SONOFAX THERMAL ROLL', '(BLUE)-(57MMx60MM)', '1 X 35.00  35.00', 'Total  35.00', 'CASH  40.00', 'CHANGE  5.00', 'Date: 22/05/2017'];
    expect(parseWesternInvoiceText(receipt(lines)).buyer.name).toBeNull();
    expect(parseWesternInvoiceText(receipt(lines.map((l) => (l === 'CASH SALES COUNTER' ? 'Bill To: Kedai Maju Jaya' : l)))).buyer.name).toBe('Kedai Maju Jaya');
  });
  it('a Malaysian business word or company number names the merchant: no guess', () => {
    for (const name of ['PERNIAGAAN ZHENG HUI', '99 SPEED MART S/B (519537-X)', 'KHE ELECTRICAL, TRADING']) {
      const inv = parseWesternInvoiceText(receipt([name, 'NO.59 JALAN PERMAS 9/5', 'TAX INVOICE', 'Date: 15/03/2018', 'Total (RM) : 8.00']));
      expect(inv.seller.name).toBe(name);
      expect(guessesOf(inv)['seller.name']).toBeUndefined();
    }
  });
});
