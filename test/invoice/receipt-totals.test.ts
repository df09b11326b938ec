/**
 * Till receipts as OCR reads them (a receipt's lines, one text item each): the total among subtotal,
 * tax, rounding, cash, change and the tax summary's own "Total" row, chosen with arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { parseReceiptText } from '../../src/invoice/receipt.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { fieldsInDoubt, runChecks } from '../../src/invoice/checks.js';
import { settle } from '../../src/extract/settle.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { textParts } from '../../src/extract/text-parts.js';

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

/** As OCR reads a photo of one: a line's figure is an item of its own at the right ("Total", "S$17.75"). */
function photographed(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => {
    const [label, figure] = line.split(/\s{2,}(?=\S+$)/);
    const at = (text: string, x: number) => ({ text, x, y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95 });
    return figure === undefined ? [at(line, 5)] : [at(label!, 5), at(figure, 75 - figure.length * 1.6)];
  });
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

/** The receipt as the text step reads an OCR'd page: its parts, settled into the result and its checks. */
function settled(lines: string[]) {
  return settle({ parts: textParts(photographed(lines), 'ocr', []), pages: 1 }, new Date('2026-01-01'));
}
/** The text step's reading of the page (the Western reader, held against the till's arithmetic). */
const read = (lines: string[]) => invoiceFromPages(photographed(lines))[0]!.invoice;
const failed = (r: ReturnType<typeof settled>) => r.checks.filter((c) => !c.ok).map((c) => c.id);

describe('cash rounding, tenders and item-table headers on a till receipt', () => {
  const singapore = (rounding: string) => [
    'KOPITIAM FOOD HALL PTE LTD', 'GST Reg No. 20-1122334-W', '1 Raffles Link #B1-05 Singapore 039393', 'Fri 26/10/2018 19:31', 'Order No: 112 Table: 17',
    '1 MALA XIANG GUO  12.90', '1 ICE LEMON TEA  2.20', 'Subtotal  15.10', '10% Svc Chg  1.51', '7%GST  1.16', `Rounding  ${rounding}`, 'Total  S$17.75', 'NETS  17.75',
  ];

  it('net + tax + the printed rounding adjustment = total passes the totals check, with the service charge in the net', () => {
    const r = settled(singapore('-0.02'));
    expect(r.invoice).toMatchObject({ amount: 16.61, taxAmount: 1.16, totalAmount: 17.75 });
    expect(r.checks).toContainEqual({ id: 'totals_consistent', ok: true });
    // OCR lost the minus sign: the adjustment still stands between them.
    expect(settled(singapore('0.02')).checks).toContainEqual({ id: 'totals_consistent', ok: true });
  });

  it('a bill paid by card: its net with the service charge too, net + tax + rounding = total', () => {
    const r = settled([
      'BREW & BEAN COFFEE SDN BHD', '(1187654-V)', 'GST ID : 002187654321', '18:42 11/02/2018 T07 #2211', '2 LATTE (H)  18.00', '1 CROISSANT  6.50',
      '1 CHEESE CAKE  11.00', 'Subtotal  35.50', 'S.Charge 10%  3.55', 'GST 6%  2.34', 'Round. Adj  0.01', 'Total Amount  41.40', 'MASTER  41.40',
    ]);
    expect(r.invoice).toMatchObject({ amount: 39.05, taxAmount: 2.34, totalAmount: 41.4 });
    expect(r.checks).toContainEqual({ id: 'totals_consistent', ok: true });
  });

  it('a difference the page prints no rounding for, or larger than a rounding, still fails the totals check', () => {
    const lines = singapore('-0.02').filter((l) => !l.startsWith('Rounding'));
    expect(failed(settled(lines))).toContain('totals_consistent');
    const big = singapore('-0.02').map((l) => l.replace('7%GST  1.16', '7%GST  1.06'));
    expect(failed(settled(big))).toContain('totals_consistent');
  });

  it('what a voucher paid counts with the cash: paid less change then agrees with the total', () => {
    const inv = read(([
      'UNIHEALTH PHARMACY SDN BHD', '(Co. Reg. 889012-A)', 'Date: 21/05/2018', 'FISH OIL 200S  1  59.90', 'HAND SANITIZER  2  25.00', 'Subtotal  84.90',
      'Rounding  0.00', 'Total Payable  84.90', 'Voucher  10.00', 'Cash  74.90', 'Change  0.00',
    ]));
    expect(inv.totalAmount).toBe(84.9);
    expect(guessesOf(inv).totalAmount).toBeUndefined();
    // Without the voucher line, cash less change is not the total: in doubt.
    const cashOnly = read(([
      'UNIHEALTH PHARMACY SDN BHD', '(Co. Reg. 889012-A)', 'Date: 21/05/2018', 'FISH OIL 200S  1  59.90', 'HAND SANITIZER  2  25.00', 'Subtotal  84.90',
      'Total Payable  84.90', 'Cash  74.90', 'Change  0.00',
    ]));
    expect(guessesOf(cashOnly).totalAmount).toMatch(/paid less change is 74.90/);
  });

  it('a "total" no bigger than a rounding is a figure set beside the wrong label, not the total', () => {
    const r = settled([
      'POPULAR READS BOOKSTORE SDN BHD', '(Co. Reg. 119922-X)', '30 JUL 2018 16:47', 'NOTEBOOK A5  3 x 3.92  11.76', 'HIGHLIGHTER SET  1 x 8.50  8.50',
      'Total Itees  -0.01', 'Rounding  20.25', 'Cash Received  100.00', 'Change Given  79.75',
    ]);
    expect(r.invoice.totalAmount).toBe(20.25);
  });

  it('a total larger than the cash given, no card or voucher paying the rest, is in doubt: the figures stand a row off', () => {
    const head = ['KEDAI KOPI HENG HENG', '(002345119-K)', 'Date: 03/11/2018  Time: 08:12', '2 KOPI C  2.80', '1 KAYA TOAST SET  4.60'];
    const r = settled([...head, 'TOTAL  100.00', 'CASH  92.60', 'CHANGE']);
    expect(r.invoice.totalAmount).toBe(100);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
    // As printed: nothing to doubt; nor an invoice's part payment.
    expect(fieldsInDoubt(settled([...head, 'TOTAL  7.40', 'CASH  100.00', 'CHANGE  92.60']).checks)).not.toContain('totalAmount');
    expect(fieldsInDoubt(settled([...head, 'TOTAL  100.00', 'Amount paid  40.00']).checks)).not.toContain('totalAmount');
  });

  it('a tax above the total is a rate read for it: unknown when paid less change vouches for the total, else in doubt', () => {
    const head = ['SUN VICTORY SDN BHD', '(GST ID No :000377700352)', 'Tax Invoice', 'Entry Time 14/01/2018 (Sun) 12:06'];
    const vouched = settled([...head, 'TOTAL  RM4.00', 'GST  6. 00 %  RMO. 23', 'CASH  RM10.00', 'CHANGE  RM6.00']);
    expect(vouched.invoice).toMatchObject({ totalAmount: 4, taxAmount: null });
    const alone = settled([...head, 'TOTAL  RM4.00', 'GST  6. 00 %  RMO. 23']);
    expect(alone.invoice.totalAmount).toBe(4);
    expect(fieldsInDoubt(alone.checks)).toEqual(expect.arrayContaining(['taxAmount', 'totalAmount']));
  });

  it('an item-table header read as a party ("Descr iption") names no one', () => {
    // The lenient reader, which takes the first line with words for the merchant, skips one too.
    expect(parseReceiptText('Descr iption  Qty  Amt\nKEDAI MAJU\n25/04/2018\nTOTAL 22.00').seller.name).toBe('KEDAI MAJU');
    for (const header of ['Descr iption', 'Item Qty', 'DESCRIPTION / QTY', 'Amount (RM)']) {
      const r = read((['KEDAI MAJU', 'Bill To:', header, 'Date: 25/04/2018', 'TOTAL  22.00', 'CASH  50.00', 'CHANGE  28.00']));
      expect(r.buyer.name).not.toBe(header);
    }
  });
});

describe('a total whose decimal point OCR lost', () => {
  const head = ['ROTI HARUM BAKERY', 'HARUM FOOD INDUSTRIES SDN BHD (776510-P)', 'Date: 25-12-2017 21:05', '2 BLACK FOREST SLICE  13.00', '4 SAUSAGE BUN  9.60'];

  it('a whole-number total where the other figures have cents is named in doubt, whatever its label', () => {
    let misread = 0;
    for (const label of ['NETT TOTAL', 'TOTAL', 'GRAND TOTAL', 'TOTAL (RM)', 'Total Incl. GST']) {
      for (const figure of ['2260', '22 60', '226']) {
        const r = settled([...head, 'SUB TOTAL  22.60', `${label}  ${figure}`]);
        if (r.invoice.totalAmount === 22.6) continue;
        misread++;
        expect(fieldsInDoubt(r.checks), `${label} ${figure}: ${r.invoice.totalAmount}`).toContain('totalAmount');
      }
    }
    // The readers do take such figures for the total (else this says nothing).
    expect(misread).toBeGreaterThan(5);
  });

  it('a total printed with its cents, or a page of whole numbers, is not in doubt for it', () => {
    expect(guessesOf(read([...head, 'TOTAL  22.60', 'CASH  50.00', 'CHANGE  27.40'])).totalAmount).toBeUndefined();
    // Printed whole once and with cents elsewhere, its thousands grouped in any way: the same amount.
    expect(guessesOf(read([...head, 'SUB TOTAL  300.00', 'TOTAL  300'])).totalAmount).toBeUndefined();
    for (const grouped of ['4 008,00 €', '4.008,00', '4,008.00', '4\u202f008,00']) {
      const inv = read([...head, 'Montant HT  3 340,00', 'TVA 20 %  668,00', `Total TTC  ${grouped}`, 'Total  4008']);
      expect(guessesOf(inv).totalAmount, grouped).toBeUndefined();
    }
    // Its cell wrapped after the thousands ("kr 19" over "515,00"): the figure is still printed with cents.
    const wrapped = read(['Nordlys Regnskap AS', 'Faktura nr 2025-118', 'Sum eks. mva  16 500,00', 'Mva  3 015,00', 'Å betale  kr 19', '515,00']);
    expect(wrapped.totalAmount).toBe(19515);
    expect(guessesOf(wrapped).totalAmount).toBeUndefined();
    // Nor do its dates written with points have cents ("2025.05.06.", "14.05.2025").
    const dotted = read(['Kemence Kft.', 'Számla KSZ-2025-00087', 'Kelt: 2025.05.06.  Esedékes: 14.05.2025', 'Nettó összesen:  250 000 Ft', 'ÁFA összesen:  67 500 Ft', 'Fizetendő:  317 500 Ft']);
    expect(dotted.totalAmount).toBe(317500);
    expect(guessesOf(dotted).totalAmount).toBeUndefined();
    // A page that prints no cents at all: the whole number is the amount as printed.
    expect(guessesOf(read(['KEDAI MAJU', 'Date: 25-12-2017', 'NASI LEMAK  300', 'TOTAL  300'])).totalAmount).toBeUndefined();
  });
});

describe('a bill paid part in cash and part by card', () => {
  const head = ['FARMASI BAKTI SIHAT', 'BAKTI SIHAT PHARMACY SDN BHD (Co. Reg. 1022876-D)', 'Date: 04-05-2018 14:55', 'GLUCOSE STRIPS  1  58.00', 'CREAM 30G  2  17.80', 'VITAMIN B  1  24.50'];

  it('cash less change and the card together are the total: not in doubt, whichever tender comes first', () => {
    for (const card of ['DEBIT CARD', 'VISA', 'CREDIT CARD', 'NETS', 'MASTER']) {
      for (const tenders of [['CASH  50.00', `${card}  50.30`, 'CHANGE  0.00'], [`${card}  50.30`, 'CASH  60.00', 'CHANGE  10.00'], ['TUNAI  50.00', `${card}  50.30`, 'BAKI  0.00']]) {
        const r = settled([...head, 'TOTAL  100.30', ...tenders]);
        expect(r.invoice.totalAmount, tenders.join(' / ')).toBe(100.3);
        expect(fieldsInDoubt(r.checks), tenders.join(' / ')).not.toContain('totalAmount');
      }
    }
  });

  it('tenders that do not add up to the total leave it in doubt', () => {
    // (The total misread: the items above it do not make it either.)
    for (const tenders of [['CASH  50.00', 'DEBIT CARD  40.30', 'CHANGE  0.00'], ['CASH  50.00', 'DEBIT CARD  50.30', 'CHANGE  5.00'], ['DEBIT CARD  50.30']]) {
      const r = settled([...head, 'TOTAL  100.80', ...tenders]);
      expect(fieldsInDoubt(r.checks), tenders.join(' / ')).toContain('totalAmount');
    }
  });
});

describe('a receipt whose prices include the tax', () => {
  const lines = (taxLine: string) => [
    'GOLDEN WHEAT BAKERY PTE LTD', 'GST REG NO: M2-0123456-7', 'Mon 05-Feb-2018 08:02', 'Receipt #: 0045-118', '4 X BUTTER CROISSANT  8.80', '6 x KAYA BUN  9.00',
    '3 x CHEESE TART  8.40', 'Sub Total  26.20', 'Total  S$26.20', 'NETS  26.20', taxLine,
  ];

  it('the subtotal is no net when the tax printed is included in it: no net stated, nothing in doubt', () => {
    for (const taxLine of ['GST 7% incl.  1.71', 'GST 7% Included  1.71', 'Incl. GST 7%  1.71', 'GST INCLUDED IN TOTAL @7%:  1.71', 'Inclusive GST  1.71']) {
      const r = settled(lines(taxLine));
      expect(r.invoice, taxLine).toMatchObject({ totalAmount: 26.2, taxAmount: 1.71, amount: null });
      expect(r.status, taxLine).toBe('ok');
    }
  });

  it('no subtotal printed: the total less the tax included in it is no net stated, nothing in doubt', () => {
    for (const taxLine of ['GST 7% incl.  1.71', 'GST incl. 7%  1.71']) {
      const r = settled(lines(taxLine).filter((l) => !l.startsWith('Sub Total')));
      expect(r.invoice, taxLine).toMatchObject({ totalAmount: 26.2, taxAmount: 1.71, amount: null });
      expect(r.status, taxLine).toBe('ok');
    }
  });

  it('an invoice addressed to a buyer keeps the total less the GST included in it as its net', () => {
    const r = settled(['Bright Spark Electrical', 'Tax Invoice BSE-2210', 'Date: 22/05/2024', 'Bill To: Mrs Jane Citizen',
      'Switchboard upgrade  715.00', 'Total (inc GST)  $715.00', 'GST included  $65.00']);
    expect(r.invoice).toMatchObject({ totalAmount: 715, taxAmount: 65, amount: 650 });
  });

  it('a tax charged on top of the subtotal still fails the totals check when the total leaves it out and nothing pays it', () => {
    const r = settled(lines('GST 7%  1.71').filter((l) => !l.startsWith('NETS')));
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('a tax rate misread as a figure on the tax line', () => {
  const lines = (taxLine: string) => [
    'RESTORAN SELERA KAMPUNG', 'GST ID: 001785412311', 'TAX INVOICE', 'Date: 14/03/2018  19:12', '2 NASI GORENG KAMPUNG  18.00', '1 TOMYAM SEAFOOD (M)  18.00',
    '3 SIRAP BANDUNG  9.00', taxLine, 'AMOUNT DUE  47.70',
  ];

  it('the figure the tax line ends in is the tax, and the total is not in doubt for it', () => {
    for (const taxLine of ['GST 64  2.70', 'GST 6X  2.70', 'GST 6Z  2.70', 'GST 6%  2.70']) {
      const r = settled(lines(taxLine));
      expect(r.invoice, taxLine).toMatchObject({ taxAmount: 2.7, totalAmount: 47.7 });
      // No net made to add up with the rate: none printed, none stated.
      expect([null, 45], taxLine).toContain(r.invoice.amount);
      // The total is named only as a source of a net computed from it (settle.ts), never by the arithmetic.
      expect(fieldsInDoubt(r.checks.filter((c) => c.id !== 'ocr_uncertain')), taxLine).not.toContain('totalAmount');
      if (r.invoice.amount === null) expect(fieldsInDoubt(r.checks), taxLine).not.toContain('totalAmount');
    }
  });

  it('a tax line with no smaller figure of its own leaves both in doubt', () => {
    const r = settled(lines('GST 64'));
    expect(fieldsInDoubt(r.checks)).toEqual(expect.arrayContaining(['taxAmount', 'totalAmount']));
  });
});

describe('a till receipt need not state its number', () => {
  const head = ['KEDAI RUNCIT ZBH', 'NO.17, JALAN PERMAS 1/7', '01/06/2018  6:31', '2x 1.00  RM2.00 Z', '1x 7.80  RM7.80 Z', 'SUBTOTAL  RM9.80'];

  it('paid at a till (cash and change, a card, or only "TTL CASH" with its figure): no number is no flag', () => {
    for (const paid of [['TOTAL  RM9.80', 'CASH  RM10.00', 'CHANGE  RM0.20'], ['TTL CASH  RM9.80'], ['TOTAL  9.80', 'VISA  9.80'], ['TOTAL  9.80', 'NETS  9.80']]) {
      const r = settled([...head, ...paid]);
      expect(r.invoice.number, paid.join(' / ')).toBeNull();
      expect(r.checks.find((c) => c.id === 'required_fields')?.message ?? '', paid.join(' / ')).not.toMatch(/number/);
    }
  });

  it('an invoice that prints no payment at a till still needs its number', () => {
    for (const paid of [['TOTAL  9.80'], ['TOTAL  9.80', 'Amount paid  9.80'], ['TOTAL  9.80', 'Balance due  9.80']]) {
      const r = settled([...head, ...paid]);
      expect(r.checks.find((c) => c.id === 'required_fields')?.message ?? `ok, number ${r.invoice.number}`, paid.join(' / ')).toMatch(/missing: .*number/);
    }
  });
});

describe('only the payment figures set a row off', () => {
  const head = ['OVEN FRESH CONFECTIONERY PTE. LTD.', 'GST Reg. No.: 20-0123456-X', 'Aug 20, 2018  11:05AM', 'PANDAN CHIFFON x1  12.80', 'EGG TART x6  9.60', 'TOTAL  $22.40'];

  it('paid less change, put back, vouches for the total as printed: a change figure read beside the tax line is no tax', () => {
    for (const tail of [['CASH', 'CHANGE  $50.00', 'GST incl. 7%  $27.60', '1.47'], ['CASH', 'CHANGE  50.00', 'GST 7%  27.60', '1.47']]) {
      const r = settled([...head, ...tail]);
      expect(r.invoice.totalAmount, tail.join(' / ')).toBe(22.4);
      expect(fieldsInDoubt(r.checks), tail.join(' / ')).not.toContain('totalAmount');
      expect(r.invoice.taxAmount, tail.join(' / ')).not.toBe(27.6);
    }
  });

  it('put back, a payment that does not agree with the total leaves the tax above it in doubt', () => {
    const r = settled([...head, 'CASH', 'CHANGE  $50.00', 'GST incl. 7%  $25.60', '1.47']);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
  });
});

describe('the total a payment vouches for', () => {
  const head = ['KEDAI BUKU ILMU CAHAYA', 'ILMU CAHAYA ENTERPRISE (SA0223345-V)', 'Date:05/09/2018Time:13:05', 'Inv No: IC-0905-118', 'ATLAS DUNIA  1  45.00', 'KAMUS  1  59.90', 'PEN BIRU  4  6.00'];

  it('"Gross Total" before a discount is not the total a card paid: the "NET TOTAL" it pays is, no doubt', () => {
    for (const [gross, net] of [['Gross Total', 'NET TOTAL'], ['TOTAL', 'NETT TOTAL'], ['Total Amount', 'Total Payable']]) {
      for (const card of ['CREDIT CARD', 'VISA', 'DEBIT CARD']) {
        const r = settled([...head, `${gross}  110.90`, 'Total Discount (15%)  -16.64', 'Rounding  -0.01', `${net}  94.25`, `${card}  94.25`]);
        expect(r.invoice.totalAmount, `${gross} / ${net} / ${card}`).toBe(94.25);
        expect(fieldsInDoubt(r.checks), `${gross} / ${net} / ${card}`).not.toContain('totalAmount');
      }
    }
  });

  it('"TOTAL PAID" is the total when paid less change agrees with it', () => {
    const park = ['PARKIR MEWAH SDN BHD', '(Co. Reg. 765321-U)', 'Entry: 31/03/2018 10:01', 'Exit : 31/03/2018 13:24', 'Parking Fee  5.66', 'GST 6%  0.34'];
    for (const label of ['TOTAL PAID', 'Total Amount Paid', 'TOTAL PAID (RM)']) {
      const r = settled([...park, `${label}  6.00`, 'CASH  10.00', 'CHANGE  4.00']);
      expect(r.invoice.totalAmount, label).toBe(6);
      expect(fieldsInDoubt(r.checks), label).not.toContain('totalAmount');
      // Paid less change that disagrees: still in doubt.
      expect(fieldsInDoubt(settled([...park, `${label}  6.00`, 'CASH  10.00', 'CHANGE  3.00']).checks), label).toContain('totalAmount');
    }
  });
});
