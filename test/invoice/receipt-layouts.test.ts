/**
 * Till receipts varied one class at a time, as OCR gives their lines: the total among the lines printed
 * around it, the date in the ways tills print it, and the confusions OCR makes in both. A field read in
 * doubt must say so (a guess), and a total two readings agree on must not.
 */
import { describe, expect, it } from 'vitest';
import { checkTillArithmetic, parseReceiptText } from '../../src/invoice/receipt.js';
import { guessesOf, noteGuess } from '../../src/invoice/guesses.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import type { PageText } from '../../src/core/text.js';

const HEAD = ['KEDAI MAJU JAYA SDN BHD', 'NO. 12, JALAN BESAR', 'TAX INVOICE'];
const ITEMS = ['BREAD  2  3.50  7.00', 'MILK  1  5.50  5.50'];
const read = (...lines: string[]) => parseReceiptText([...HEAD, 'DATE: 02/03/2018', ...ITEMS, ...lines].join('\n'));
const doubts = (inv: ReturnType<typeof parseReceiptText>) => Object.keys(guessesOf(inv));

describe('receipt total: the label, wherever the amount stands', () => {
  const labels = ['TOTAL', 'TOTAL (RM)', 'TOTAL RM', 'NETT TOTAL', 'TOTAL INCL. GST', 'GRAND TOTAL', 'AMOUNT DUE', 'TOTAL SALES (INCLUSIVE OF GST)', 'ROUNDED TOTAL', 'FINAL TOTAL', 'TOTAL PAYABLE', 'AMOUNT PAYABLE', 'NET PAYABLE'];
  for (const label of labels) {
    it(`"${label}" with its amount on the line, after a colon, or on the next line`, () => {
      for (const lines of [[`${label}  12.50`], [`${label} : 12.50`], [label, '12.50'], [label, 'RM12.50']]) {
        const inv = read('SUB TOTAL  11.79', 'GST @6%  0.71', ...lines, 'CASH  20.00', 'CHANGE  7.50');
        expect(inv.totalAmount, lines.join(' / ')).toBe(12.5);
        expect(doubts(inv)).toEqual([]);
      }
    });
  }

  it('none of the lines around the total is taken for it', () => {
    const around = ['SUB TOTAL  11.79', 'DISCOUNT  -1.00', 'TOTAL GST  0.71', 'GST @6%  0.71', 'TOTAL QTY  3', 'TOTAL ITEMS  3', 'ROUNDING ADJ  0.00'];
    const after = ['CASH  50.00', 'TENDERED  50.00', 'CREDIT CARD  12.50', 'CHANGE  37.50', 'GST SUMMARY  AMOUNT  TAX', 'SR @ 6%  11.79  0.71', 'TOTAL:  11.79  0.71', 'TOTAL SAVINGS  1.00'];
    for (const [i, extra] of [...around.map((l) => [l]), ...after.map((l) => [l])].entries()) {
      const inv = read(...(i < around.length ? [...extra, 'TOTAL  12.50'] : ['TOTAL  12.50', ...extra]));
      expect(inv.totalAmount, extra[0]).toBe(12.5);
    }
  });

  it('a total excluding tax or at one tax rate is a part of the total, not it', () => {
    expect(read('TOTAL SALES (EXCLUDING GST)  11.79', 'TOTAL GST  0.71', 'TOTAL SALES (INCLUSIVE OF GST)  12.50').totalAmount).toBe(12.5);
    expect(read('TOTAL 6% SUPPLIES (EXCL. GST)  7.92', 'TOTAL 0% SUPPLIES  4.58', 'TOTAL PAYABLE  12.50', 'TOTAL 0% SUPPLIES  4.58').totalAmount).toBe(12.5);
  });

  it('OCR confusions in the label: "Tota l", "T0TAL", a lost letter; the Malay "JUMLAH"', () => {
    for (const label of ['Tota l', 'T0TAL', 'TotaSales(InclusiveOST', 'JUMLAH', 'JUMLAH BESAR']) {
      const inv = read(`${label}  12.53`, 'ROUNDING ADJ  -0.03', 'TUNAI  20.00', 'BAKI  7.50');
      expect(inv.totalAmount, label).toBe(12.5);
      expect(doubts(inv), label).toEqual([]);
    }
  });

  it('a tax-inclusive total whose "Incl" OCR misread ("Inct", "INC1") is the total; "Excl" stays a part of it', () => {
    for (const label of ['Total Sales (Inct GST)', 'TOTAL (INC1 GST)']) {
      const inv = read('Total Sales (Excl GST)  11.79', 'Total GST  0.71', `${label}  12.50`);
      expect(inv.totalAmount, label).toBe(12.5);
      expect(doubts(inv), label).toEqual([]);
      // A change misread ("7.00" for 7.50): the total as printed, not the cash less that change; "Excl" and
      // the GST make it, so the change is the misread figure. With the GST misread too, in doubt.
      const misread = read('Total Sales (Excl GST)  11.79', 'Total GST  0.71', `${label}  12.50`, 'CASH  20.00', 'CHANGE  7.00');
      expect(misread.totalAmount, label).toBe(12.5);
      expect(doubts(misread), label).toEqual([]);
      const both = read('Total Sales (Excl GST)  11.79', 'Total GST  0.77', `${label}  12.50`, 'CASH  20.00', 'CHANGE  7.00');
      expect(both.totalAmount, label).toBe(12.5);
      expect(doubts(both), label).toEqual(['totalAmount']);
    }
  });

  it('OCR confusions in the amount: O for 0, a decimal comma, a space after the point', () => {
    expect(read('TOTAL  RM 12.5O').totalAmount).toBe(12.5);
    expect(read('TOTAL  12,50').totalAmount).toBe(12.5);
    expect(read('TOTAL  RM12. 50').totalAmount).toBe(12.5);
    expect(read('TOTAL  l2.50').totalAmount).toBe(12.5);
    expect(read('TOTAL  1,012.50').totalAmount).toBe(1012.5);
    // A count before the amount is no thousands group.
    expect(read('TOTAL  3 100.00').totalAmount).toBe(100);
  });
});

describe('receipt total: chosen by arithmetic', () => {
  it('the rounded total a rounding adjustment leads to, when paid less change confirms it', () => {
    for (const adj of ['0.02', '.02']) {
      const inv = read('TOTAL SALES (INCLUSIVE GST) RM  42.33', `ROUNDING ADJUSTMENT RM  ${adj}`, 'CREDIT RM  42.35', 'CHANGE RM  ,00');
      expect(inv.totalAmount).toBe(42.35);
      expect(doubts(inv)).toEqual([]);
    }
  });

  it('OCR set the rounded total beside the rounding label: the arithmetic still finds it', () => {
    const inv = read('Total Sales (Inclusive GST) RM  42.33', 'Rourding Adjustaent RM  .02', 'Rounding RM  42.35', 'CREDIT RM  42.35', 'CHANGE RM  ,00');
    expect(inv.totalAmount).toBe(42.35);
  });

  it('a rounding adjustment with no total after it and no payment: the total that ends in 5 cents', () => {
    expect(read('TOTAL  12.53', 'ROUNDING ADJ  -0.03').totalAmount).toBe(12.5);
    // The minus sign lost by OCR: 12.53 + 0.03 is no till's total, 12.53 - 0.03 is.
    expect(read('TOTAL  12.53', 'ROUNDING ADJ  0.03').totalAmount).toBe(12.5);
    expect(read('TOTAL  12.52', 'ROUNDING ADJ  0.03').totalAmount).toBe(12.55);
  });

  it('a total after the adjustment is the total; the adjustment is not applied twice', () => {
    const inv = read('TOTAL SALES INCL GST  476.81', 'ROUNDING ADJ  -0.01', 'TOTAL AFTER ADJ INCL GST  476.80');
    expect(inv.totalAmount).toBe(476.8);
    expect(doubts(inv)).toEqual([]);
  });

  it('an earlier labelled total that paid less change confirms wins over a misread last one', () => {
    const inv = read('TOTAL  12.50', 'NETT TOTAL  17.50', 'CASH  20.00', 'CHANGE  7.50');
    expect(inv.totalAmount).toBe(12.5);
    expect(doubts(inv)).toEqual([]);
  });

  it('paid less change that no total agrees with: the labelled total, flagged', () => {
    // (Nor do the items above it: 7.00 and 5.50.)
    const inv = read('TOTAL  12.80', 'CASH  20.00', 'CHANGE  7.30');
    expect(inv.totalAmount).toBe(12.8);
    expect(doubts(inv)).toEqual(['totalAmount']);
  });

  it('no total label (OCR lost it): a subtotal the payment equals, with no doubt', () => {
    const inv = read('SUBTOTAL  RM12.50', 'ZERO TAX AMT  RM12.50', 'TTL CASH  RM12.50');
    expect(inv.totalAmount).toBe(12.5);
    expect(doubts(inv)).toEqual([]);
    const short = read('SUBTOTAL  RM12.50', 'CASH  RM20.00');
    expect(short.totalAmount).toBe(20);
    expect(doubts(short)).toEqual(['totalAmount']);
  });

  it('no total label: paid less change, or else the largest amount, both flagged unless the items make what was paid', () => {
    const paid = read('CASH  50.00', 'CHANGE  35.50');
    expect(paid.totalAmount).toBe(14.5);
    expect(doubts(paid)).toEqual(['totalAmount']);
    const made = read('CASH  50.00', 'CHANGE  37.50');
    expect(made.totalAmount).toBe(12.5);
    expect(doubts(made)).toEqual([]);
    const largest = read();
    expect(largest.totalAmount).toBe(7);
    expect(doubts(largest)).toEqual(['totalAmount']);
  });

  it('a Chinese till: 实收 with 找零 is the cash given, not the total', () => {
    const inv = parseReceiptText(['全家便利店', '2024-01-15 19:42', '饭团 2 8.00 16.00', '咖啡 1 70.00 70.00', '合计 86.00', '实收 100.00', '找零 14.00'].join('\n'));
    expect(inv.totalAmount).toBe(86);
    expect(doubts(inv)).toEqual([]);
  });

  it('a Chinese slip prints 元 after its figures: "金额 70.00元", "合计： 70.00元"', () => {
    for (const total of [['金额 70.00元'], ['金额 70.00元', '合计： 70.00元'], ['合计', '70.00元']]) {
      const inv = parseReceiptText(['北京市出租汽车专用发票', '日期 2024-02-21', '单价 2.30元里程 24.6km', ...total].join('\n'));
      expect(inv.totalAmount, total.join(' / ')).toBe(70);
      expect(doubts(inv), total.join(' / ')).toEqual([]);
    }
  });

  it('a "Paid Time" line and a payment title without a figure are no payment', () => {
    const inv = read('Paid Time  02/03/2018  13:51', 'CASH', 'TOTAL  4.00', 'Paid  RM4.00', 'change  RMO.00');
    expect(inv.totalAmount).toBe(4);
    expect(doubts(inv)).toEqual([]);
  });
});

describe('receipt date: the ways tills print it', () => {
  const date = (line: string) => parseReceiptText([...HEAD, line, ...ITEMS, 'TOTAL  12.50'].join('\n'));
  const cases: Array<[string, string]> = [
    ['DATE: 02/03/2018', '2018-03-02'],
    ['02-03-18', '2018-03-02'],
    ['2018-03-02', '2018-03-02'],
    ['02 MAR 2018', '2018-03-02'],
    ['MAR 02, 2018', '2018-03-02'],
    ['02/03/2018 14:25:10', '2018-03-02'],
    ['DATE 02.03.2018', '2018-03-02'],
    ['02/03/201814:25', '2018-03-02'],
    ['日期： 2018-03-0214:25', '2018-03-02'],
    ['02-03-2018115020:0,SA:APDPS', '2018-03-02'],
    ['Recalpt#cs0852  Dete 02/03/2018', '2018-03-02'],
    ['14:25 02/03/2018 CASHIER: 07', '2018-03-02'],
    ['#19536002/03/2018  6:31', '2018-03-02'],
    ['Date: O2/03/2018', '2018-03-02'],
    ['Date: 02/03/2O18', '2018-03-02'],
    ['Date: 02/03/20l8', '2018-03-02'],
    ['Date: 02/O3/2018', '2018-03-02'],
    ['DATE02/03/2018', '2018-03-02'],
    ['02/03/2018TIME 14:25', '2018-03-02'],
    ['Date: 02/Mar/2018', '2018-03-02'],
    ['02 MAR 18  14:25', '2018-03-02'],
    ['02MAR18', '2018-03-02'],
    ['Tarikh: 02 Mac 2018', '2018-03-02'],
    ['Date: 02 March 2018', '2018-03-02'],
    // A letter OCR ran into the year of a month-name date, as into a numeric one.
    ['Date 02 March 2018n', '2018-03-02'],
    ['02-Mar-18x 14:25', '2018-03-02'],
    ['Date: 02/03/2018x', '2018-03-02'],
    // A space OCR set beside a separator; a comma read as a point before a month-name date's year; a
    // time run into the year of a month-name date.
    ['02-03 -2018  14:25', '2018-03-02'],
    ['Date: 02 /03/ 2018', '2018-03-02'],
    ['Mar 02.2018 11:05AM', '2018-03-02'],
    ['02Mar20187:45PM', '2018-03-02'],
  ];
  for (const [line, want] of cases) {
    it(`"${line}"`, () => {
      const inv = date(line);
      expect(inv.date).toBe(want);
      expect(doubts(inv)).toEqual([]);
    });
  }

  it('a date repaired beyond a letter read for a digit is read, and flagged', () => {
    // A year-first date whose separators OCR read as spaces, the time after it.
    for (const line of ['Date: 0203/2018', 'Date: 02/032018', '2018 03 02 14 25:10', '2018 3 2  14:25']) {
      const inv = date(line);
      expect(inv.date, line).toBe('2018-03-02');
      expect(doubts(inv), line).toEqual(['date']);
    }
    // A digit doubled or added: which two of "122" are the day is a guess, and says so; "222" and
    // "002" read one way only.
    const doubled = date('Date: 122/03/2018');
    expect(['2018-03-12', '2018-03-22']).toContain(doubled.date);
    expect(doubts(doubled)).toEqual(['date']);
    for (const [line, want] of [['INV NO: CS-SA-0086229  Date: 222/03/2018', '2018-03-22'], ['Date: 002/03/2018', '2018-03-02']]) {
      const inv = date(line!);
      expect(inv.date, line).toBe(want);
      expect(doubts(inv), line).toEqual([]);
    }
  });

  it('the labelled date over another printed before it; several unlabelled dates: the first, flagged', () => {
    const labelled = parseReceiptText([...HEAD, 'Member since 01/01/2015', 'Date: 02/03/2018', 'TOTAL 12.50'].join('\n'));
    expect(labelled.date).toBe('2018-03-02');
    expect(doubts(labelled)).toEqual([]);
    // (A date under the total with no time is a late one, passed over: a-date-under-the-total tests in receipt-till-labels.)
    const several = parseReceiptText([...HEAD, '02/03/2018 14:25', 'TOTAL 12.50', 'Return with receipt 02/04/2018 10:00'].join('\n'));
    expect(several.date).toBe('2018-03-02');
    expect(doubts(several)).toEqual(['date']);
    // A date a line names as another (valid until, due, expiry) is not a second candidate.
    for (const other of ['Valid until 02/04/2018', 'Points expire 31/12/2018', 'Member since 01/01/2015', 'Redeem by 02/04/2018', 'Use before 02/04/2018']) {
      const inv = parseReceiptText([...HEAD, '02/03/2018 14:25', 'TOTAL 12.50', other].join('\n'));
      expect(inv.date, other).toBe('2018-03-02');
      expect(doubts(inv), other).toEqual([]);
    }
    const twice = parseReceiptText([...HEAD, 'Entry 02/03/2018 12:06', 'Paid 02/03/2018 13:51', 'TOTAL 12.50'].join('\n'));
    expect(doubts(twice)).toEqual([]);
  });

  it('a year OCR cut short with a colon ("25/10/20:7") is in doubt', () => {
    const inv = date('DD:02/03/20:8  11:43');
    expect(doubts(inv)).toEqual(['date']);
  });

  it('eight bare digits (a logo or an id OCR read) or a year no receipt has are no date', () => {
    const inv = parseReceiptText([...HEAD, '31801011', 'Entry Time 02/03/2018 12:06', 'TOTAL 12.50'].join('\n'));
    expect(inv.date).toBe('2018-03-02');
    expect(doubts(inv)).toEqual([]);
    expect(parseReceiptText([...HEAD, 'REF 12/03/3180', 'TOTAL 12.50'].join('\n')).date).toBeNull();
    expect(parseReceiptText([...HEAD, '单号： 20180302-0387', 'TOTAL 12.50'].join('\n')).date).toBeNull();
    expect(parseReceiptText([...HEAD, 'Date: 20180302', 'TOTAL 12.50'].join('\n')).date).toBe('2018-03-02');
  });

  it('no date: none invented from phone, invoice or slip numbers', () => {
    const inv = parseReceiptText([...HEAD, 'TEL: 07-386 7524', 'Mobile: +6012-918 7937', 'INVOICE NO: 18023/103/T0052', '1313-SUBANG BESTARI', 'TOTAL 12.50'].join('\n'));
    expect(inv.date).toBeNull();
  });
});

describe("another parser's reading held against the till's arithmetic", () => {
  const text = [...HEAD, 'Date: 02/03/2018', 'TOTAL SALES (INCLUSIVE GST)  42.33', 'ROUNDING ADJ  0.02', 'CASH  50.00', 'CHANGE  7.65'].join('\n');
  const reading = (total: number | null, date: string | null) => Object.assign(emptyInvoice('MYR'), { totalAmount: total, date });

  it('a date read month first on a Malaysian page is the one it prints, day first', () => {
    const inv = checkTillArithmetic(reading(42.35, '2018-02-03'), text);
    expect(inv.date).toBe('2018-03-02');
    expect(guessesOf(inv)).toEqual({});
  });

  it('a total paid less change does not confirm is replaced by the one it does', () => {
    const inv = checkTillArithmetic(reading(42.33, '2018-03-02'), text);
    expect(inv.totalAmount).toBe(42.35);
    expect(guessesOf(inv)).toEqual({});
  });

  it('a labelled date other than the one read is flagged', () => {
    // (Not its day and month swapped, "2018-02-03": on a Malaysian page that is the date read month first.)
    const inv = checkTillArithmetic(reading(42.35, '2018-03-20'), text);
    expect(inv.date).toBe('2018-03-20');
    expect(Object.keys(guessesOf(inv))).toEqual(['date']);
  });

  it('a notice or courtesy line read for a party names no one', () => {
    for (const notice of ['Goods sold are not retumable.', 'THANK YOU', 'NOT REFUNDABLE', 'TERIMA KASIH, SILA DATANG LAGI']) {
      const inv = reading(42.35, '2018-03-02');
      inv.buyer.name = notice;
      noteGuess(inv, 'buyer.name', 'no label');
      const read = checkTillArithmetic(inv, [...HEAD, 'CASH SALE', 'TOTAL AMOUNT (RM):  42.35', notice].join('\n'));
      expect(read.buyer.name).toBeNull();
      expect(guessesOf(read)['buyer.name']).toBeUndefined();
    }
    const named = reading(42.35, '2018-03-02');
    named.buyer.name = 'SOLD TO THE LAW FIRM';
    expect(checkTillArithmetic(named, [...HEAD, 'TOTAL  42.35'].join('\n')).buyer.name).toBe('SOLD TO THE LAW FIRM');
  });

  it('a whole total grouped in Indian lakhs ("₹2,10,984.00") is printed with its cents; other shapes are not', () => {
    const page = (total: string) => ['SURYA TRADERS PVT LTD', 'Invoice Date: 02/03/2018', 'Taxable Value  1,78,800.00', 'IGST @ 18%  32,184.00', `Grand Total  ${total}`].join('\n');
    for (const printed of ['₹2,10,984.00', '2,10,984.00']) expect(guessesOf(checkTillArithmetic(reading(210984, '2018-03-02'), page(printed)))).toEqual({});
    const crore = page('1,23,45,678.00').replace('1,78,800.00', '1,04,62,439.00').replace('32,184.00', '18,83,239.00');
    expect(guessesOf(checkTillArithmetic(reading(12345678, '2018-03-02'), crore))).toEqual({});
    for (const printed of ['2,10,984', '21,0984.00']) expect(Object.keys(guessesOf(checkTillArithmetic(reading(210984, '2018-03-02'), page(printed))))).toEqual(['totalAmount']);
  });

  it('no payment printed: the date is left as read; the total moves only by a rounding printed after it', () => {
    const unpaid = text.replace(/\nCASH.*\nCHANGE.*/, '');
    const inv = checkTillArithmetic(reading(42.33, '2018-02-03'), unpaid);
    expect(inv).toMatchObject({ totalAmount: 42.35, date: '2018-02-03' });
    expect(guessesOf(inv)).toEqual({});
    const plain = checkTillArithmetic(reading(42.33, '2018-02-03'), unpaid.replace(/\nROUNDING.*/, ''));
    expect(plain).toMatchObject({ totalAmount: 42.33, date: '2018-02-03' });
  });

  it("a till receipt's shop, the name it prints first, is no guess; another name, or a page paid nowhere, stays one", () => {
    const guessed = (name: string) => {
      const inv = reading(42.35, '2018-03-02');
      inv.seller.name = name;
      noteGuess(inv, 'seller.name', 'no label or company form names the seller');
      return inv;
    };
    expect(guessesOf(checkTillArithmetic(guessed(HEAD[0]), text))).toEqual({});
    expect(Object.keys(guessesOf(checkTillArithmetic(guessed('TOTAL SALES'), text)))).toEqual(['seller.name']);
    const unpaid = text.replace(/\nCASH.*\nCHANGE.*/, '');
    expect(Object.keys(guessesOf(checkTillArithmetic(guessed(HEAD[0]), unpaid)))).toEqual(['seller.name']);
  });

  it('a till receipt whose labelled total the other reading does not match: flagged, not picked from', () => {
    const card = [...HEAD, 'Date: 02/03/2018', 'TOTAL  42.35', 'VISA  42.35'].join('\n');
    // A card pays the total to the cent: the total it pays replaces the other reading's, as paid less
    // change does.
    const paid = checkTillArithmetic(reading(43.25, '2018-03-02'), card);
    expect(paid.totalAmount).toBe(42.35);
    expect(guessesOf(paid)).toEqual({});
    expect(guessesOf(checkTillArithmetic(reading(42.35, '2018-03-02'), card))).toEqual({});
    // A card that pays another figure: flagged; a total the page does not print (the other reader's sum)
    // gives way to the labelled one, a printed one is not picked from.
    const other = checkTillArithmetic(reading(43.25, '2018-03-02'), card.replace('VISA  42.35', 'VISA  45.00'));
    expect(other.totalAmount).toBe(42.35);
    expect(Object.keys(guessesOf(other))).toEqual(['totalAmount']);
    const printed = checkTillArithmetic(reading(43.25, '2018-03-02'), card.replace('VISA  42.35', 'VISA  45.00').replace('TOTAL', 'SUBTOTAL  43.25\nTOTAL'));
    expect(printed.totalAmount).toBe(43.25);
    expect(Object.keys(guessesOf(printed))).toEqual(['totalAmount']);
    // No payment printed: not known to be a till receipt, nothing to weigh.
    expect(guessesOf(checkTillArithmetic(reading(43.25, '2018-03-02'), card.replace(/\nVISA.*/, '')))).toEqual({});
  });

  it("another reading's guessed date gives way to the receipt's own; flagged when a digit misread may have made its year", () => {
    const paidTime = text.replace('Date: 02/03/2018', 'Paid Time 02/03/2018 13:51');
    // "2818": a 0 read as an 8, perhaps of another date the page prints; "3180" ("31801011", an id): no misread makes it a receipt's year.
    for (const [date, flagged] of [['2818-10-11', ['date']], ['3180-10-11', []]] as const) {
      const guessed = reading(42.35, date);
      noteGuess(guessed, 'date', 'no label names the issue date');
      const inv = checkTillArithmetic(guessed, paidTime);
      expect(inv.date, date).toBe('2018-03-02');
      expect(Object.keys(guessesOf(inv)), date).toEqual(flagged);
    }
  });

  it('a total two readings agree on is no guess, whatever the other parser thought of it', () => {
    const inv = reading(42.35, '2018-03-02');
    noteGuess(inv, 'totalAmount', 'the largest amount');
    expect(guessesOf(checkTillArithmetic(inv, text))).toEqual({});
  });
});

describe('a till receipt through the text parser (the Western reader, then the till arithmetic)', () => {
  const page = (lines: string[]): PageText[] => [{ page: 1, width: 80, height: 5 * lines.length + 20, items: lines.map((text, i) => ({ text, x: 5, y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95 })) }];
  it('the rounded total that paid less change confirms, not the total before rounding', () => {
    const lines = ['99 SPEED MART S/B (519537-X)', 'INV0ICE N0: 18023/103/T0052', '02:49PM  565287  05-05-17', 'COFFEE  RM12.65 S', 'WHEAT GERM  RM29.68 S',
      'Total Sales (Inclusive GST) RM  42.33', 'Rourding Adjustaent RM  .02', 'Rounding RM  42.35', 'CREDIT RM  42.35', 'CHANGE RM  ,00'];
    const [part] = invoiceFromPages(page(lines));
    expect(part!.invoice).toMatchObject({ date: '2017-05-05', totalAmount: 42.35 });
    expect(guessesOf(part!.invoice).totalAmount).toBeUndefined();
  });
});

describe('a photo at an angle: OCR set each figure beside the label of the row above or below', () => {
  // Labels and their figures as printed; OCR's lines put the figures one row off.
  const rows: Array<[string, string]> = [['Total Qty', '4'], ['Total Excl. GST', '49.10'], ['GST 6%', '2.95'], ['TOTAL', '52.05'], ['ROUNDING', '0.00'], ['TOTAL', '52.05'], ['CASH', '100.00'], ['CHANGE', '47.95']];
  // Each label beside the figure `by` rows below it; the figure left over at the end stands alone.
  const shifted = (by: number) => {
    const moved = [-1, ...rows.keys(), rows.length].map((i) => `${rows[i]?.[0] ?? ''}  ${rows[i + by]?.[1] ?? ''}`.trim()).filter(Boolean);
    return [...HEAD, 'DATE: 02/03/2018', ...ITEMS, ...moved, 'THANK YOU'];
  };

  it('the total paid less change agrees with once the figures are put back, flagged', () => {
    for (const by of [-1, 1]) {
      const inv = parseReceiptText(shifted(by).join('\n'));
      expect(inv.totalAmount, `moved by ${by}`).toBe(52.05);
      expect(doubts(inv), `moved by ${by}`).toContain('totalAmount');
    }
  });

  it("replaces another reader's total from the wrong row, still flagged", () => {
    const inv = checkTillArithmetic(Object.assign(emptyInvoice('MYR'), { amount: 2.95, taxAmount: 52.05, totalAmount: 100, date: '2018-03-02' }), shifted(1).join('\n'));
    // Its net and tax came from the wrong rows too: unknown rather than wrong.
    expect(inv).toMatchObject({ totalAmount: 52.05, amount: null, taxAmount: null });
    expect(Object.keys(guessesOf(inv))).toEqual(['totalAmount']);
  });

  it('figures beside their own labels are not moved', () => {
    const inv = parseReceiptText(shifted(0).join('\n'));
    expect(inv.totalAmount).toBe(52.05);
    expect(doubts(inv)).toEqual([]);
  });
});

describe("another reader's date held against the receipt's", () => {
  const reading = (date: string, why?: string) => {
    const inv = Object.assign(emptyInvoice('MYR'), { totalAmount: 12.5, date });
    if (why) noteGuess(inv, 'date', why);
    return inv;
  };
  const till = (...lines: string[]) => [...HEAD, ...lines, ...ITEMS, 'TOTAL  12.50', 'CASH  20.00', 'CHANGE  7.50'].join('\n');

  it('a date the receipt gives to something else (member since, valid until) gives way, no doubt left', () => {
    for (const other of ['Member since 01/02/2015', 'Voucher valid until 01/02/2015']) {
      const inv = checkTillArithmetic(reading('2015-02-01', 'no label names the issue date'), till(other, '09/11/2017 17:22 POS3'));
      expect(inv.date, other).toBe('2017-11-09');
      expect(guessesOf(inv), other).toEqual({});
    }
  });

  it('the date the other reading took, printed alone beside dates named as others, is confirmed', () => {
    const inv = checkTillArithmetic(reading('2017-11-09', 'no label names the issue date'), till('09/11/2017 17:22 POS3', 'Redeem by 09/12/2017'));
    expect(inv.date).toBe('2017-11-09');
    expect(guessesOf(inv)).toEqual({});
    // Two dates of the receipt's own: still a guess.
    const two = checkTillArithmetic(reading('2017-11-09', 'no label names the issue date'), till('09/11/2017 17:22 POS3', 'Return with receipt 09/12/2017'));
    expect(Object.keys(guessesOf(two))).toEqual(['date']);
  });

  it('day or month first: a Malaysian or Singaporean receipt prints the day first', () => {
    const why = 'nothing on the page says whether the day or the month comes first';
    for (const place of ['VOLTAGE TRADING SDN BHD', '10 JALAN SULTAN ISMAIL', 'ACME PTE LTD', 'RESTORAN IKAN BAKAR', '(Co. Reg. 223344-D)', 'TERIMA KASIH']) {
      const inv = checkTillArithmetic(reading('2018-05-02', why), till(place, 'DATE 02-05-2018 TIME 15:11'));
      expect(guessesOf(inv), place).toEqual({});
    }
    // A card slip that prints no payment line reads the same.
    const slip = [...HEAD, 'DATE 02-05-2018 TIME 15:11', 'Total Incl. GST  1,502.95', 'VISA CREDIT ****9034', 'AMOUNT RM  1,502.95'].join('\n');
    expect(guessesOf(checkTillArithmetic(reading('2018-05-02', why), slip))).toEqual({});
    // Nothing says where the receipt is from: still in doubt.
    const text = till('DATE 02-05-2018 TIME 15:11').replace(/KEDAI MAJU JAYA SDN BHD\nNO. 12, JALAN BESAR/, 'CORNER SHOP');
    expect(Object.keys(guessesOf(checkTillArithmetic(reading('2018-05-02', why), text)))).toEqual(['date']);
  });

  it('a ringgit or Singapore dollar figure gives the currency the other reader left empty', () => {
    const none = (text: string) => checkTillArithmetic(Object.assign(emptyInvoice(null), { totalAmount: 12.5, date: '2018-03-02' }), text).currency;
    expect(none(till('DATE 02/03/2018').replace('CASH  20.00', 'CASH RM 20.00'))).toBe('MYR');
    expect(none(till('DATE 02/03/2018').replace('TOTAL  12.50', 'TOTAL  S$12.50'))).toBe('SGD');
    expect(none(till('DATE 02/03/2018'))).toBeNull();
  });
});

describe('date labels run into a number, and labels that disagree', () => {
  const read = (...lines: string[]) => parseReceiptText([...HEAD, ...lines, ...ITEMS, 'TOTAL  12.50'].join('\n'));

  it('"NO.08Date:08.03.18": the label OCR ran into the number before it still labels the date', () => {
    for (const line of ['NOR08Date:08.03.18', 'Rcpt 0871Date 08/03/2018']) {
      const inv = read(line, 'Next eye check: 08/03/2019');
      expect(inv.date, line).toBe('2018-03-08');
      expect(doubts(inv), line).toEqual([]);
    }
    // Letters before it are another word ("UPDATE"), no label.
    expect(doubts(read('UPDATE 08/03/2018', 'Next eye check: 08/03/2019'))).toEqual(['date']);
  });

  it('two labelled dates that differ: the first, flagged', () => {
    const inv = read('Date: 08/03/2018', 'Date: 09/03/2018');
    expect(inv.date).toBe('2018-03-08');
    expect(doubts(inv)).toEqual(['date']);
    expect(doubts(read('Date: 08/03/2018', 'Date: 08/03/2018 14:02'))).toEqual([]);
  });

  it("the receipt's labelled date confirms another reader's guess of the same date", () => {
    const guessed = Object.assign(emptyInvoice('MYR'), { totalAmount: 12.5, date: '2018-03-08' });
    noteGuess(guessed, 'date', 'no label names the issue date');
    const text = [...HEAD, 'NOR08Date:08.03.18', ...ITEMS, 'TOTAL  12.50', 'CASH  20.00', 'CHANGE  7.50', 'Next eye check: 08/03/2019'].join('\n');
    expect(guessesOf(checkTillArithmetic(guessed, text))).toEqual({});
  });
});

describe('a service charge between the subtotal and the tax', () => {
  const bill = (svc: string) => [...HEAD, 'Date: 02/03/2018', 'Subtotal  30.50', svc, '7% GST  2.35', 'Total  35.90', 'VISA  35.90'].join('\n');
  const reading = () => Object.assign(emptyInvoice('SGD'), { amount: 30.5, taxAmount: 2.35, totalAmount: 35.9, date: '2018-03-02' });

  it('is part of the net: a net read as the subtotal gets it added', () => {
    for (const svc of ['10% Svc Chg  3.05', 'Service Charge 10%  3.05', 'SERVICE CHG  3.05', 'S.Charge 10%  3.05']) {
      expect(checkTillArithmetic(reading(), bill(svc)).amount, svc).toBe(33.55);
    }
  });

  it('is not added when it does not account for the difference, or when nothing is missing', () => {
    expect(checkTillArithmetic(reading(), bill('10% Svc Chg  3.00')).amount).toBe(30.5);
    expect(checkTillArithmetic(Object.assign(reading(), { amount: 33.55 }), bill('10% Svc Chg  3.05')).amount).toBe(33.55);
    expect(checkTillArithmetic(reading(), bill('Service Tax 6%  3.05')).amount).toBe(30.5);
  });
});

describe('a card payment no total agrees with', () => {
  const read = (...lines: string[]) => parseReceiptText([...HEAD, 'DATE: 02/03/2018', ...ITEMS, ...lines].join('\n'));

  it('says the total was read from the wrong figure: flagged', () => {
    for (const card of ['VISA  35.90', 'CREDIT CARD  35.90', 'MASTERCARD', 'NETS  35.90']) {
      const lines = card === 'MASTERCARD' ? ['Total  2.35', card, '35.90'] : ['Subtotal  30.50', 'Total  2.35', card];
      const inv = read(...lines);
      expect(inv.totalAmount, card).toBe(2.35);
      expect(doubts(inv), card).toEqual(['totalAmount']);
    }
  });

  it('a card that pays the total, or the total a rounding leads to, leaves it in no doubt', () => {
    for (const lines of [['TOTAL  35.90', 'VISA  35.90'], ['TOTAL  42.33', 'ROUNDING ADJ  0.02', 'CREDIT CARD  42.35'], ['TOTAL  35.90', 'CARD NO: 4821 2201', 'VISA  35.90']]) {
      const inv = read(...lines);
      expect(doubts(inv), lines.join(' / ')).toEqual([]);
    }
  });
});

describe('a time run into a two-digit year', () => {
  it('"17/3/18105" is 17 March 2018, flagged', () => {
    for (const line of ['17/3/18105STOR0', '17-03-182105 POS 2']) {
      const inv = parseReceiptText([...HEAD, line, ...ITEMS, 'TOTAL  12.50'].join('\n'));
      expect(inv.date, line).toBe('2018-03-17');
      expect(doubts(inv), line).toEqual(['date']);
    }
  });
});

describe("the receipt's own figures against a total another reader agrees with", () => {
  const reading = (total: number) => Object.assign(emptyInvoice('MYR'), { totalAmount: total, date: '2018-03-02' });
  const till = (...lines: string[]) => [...HEAD, 'DATE: 02/03/2018', ...ITEMS, ...lines].join('\n');

  it('two readers of the same wrong figure are still in doubt: a card payment, paid less change', () => {
    expect(Object.keys(guessesOf(checkTillArithmetic(reading(2.35), till('Subtotal  30.50', 'Total  2.35', 'VISA  35.90'))))).toEqual(['totalAmount']);
    expect(Object.keys(guessesOf(checkTillArithmetic(reading(12.8), till('TOTAL  12.80', 'CASH  20.00', 'CHANGE  7.30'))))).toEqual(['totalAmount']);
    expect(guessesOf(checkTillArithmetic(reading(35.9), till('Total  35.90', 'VISA  35.90')))).toEqual({});
  });
});

describe("a card payment against another reader's total", () => {
  const reading = (total: number) => Object.assign(emptyInvoice('MYR'), { totalAmount: total, date: '2018-02-11' });
  const slip = (...lines: string[]) => [...HEAD, '18:42 11/02/2018', ...ITEMS, ...lines, 'Thank you'].join('\n');

  it('a total OCR lost the decimal point of ("Total Amount 001") is flagged by the card that paid', () => {
    const inv = checkTillArithmetic(reading(1), slip('Subtotal  35.50', 'Round.Adj  0.01', 'Total Amount  001', 'MASTER  41.40'));
    expect(Object.keys(guessesOf(inv))).toEqual(['totalAmount']);
  });

  it('a card paying the total, or the total and its rounding, is no doubt', () => {
    expect(guessesOf(checkTillArithmetic(reading(41.4), slip('Total Amount  41.40', 'MASTER  41.40')))).toEqual({});
    expect(guessesOf(checkTillArithmetic(reading(41.38), slip('Total  41.38', 'Rounding Adj  0.02', 'VISA  41.40')))).toEqual({});
  });
});

describe('figures a row off on a receipt paid by card (no change printed)', () => {
  const rows: Array<[string, string]> = [['Subtotal', '30.50'], ['10% Svc Chg', '3.05'], ['7% GST', '2.35'], ['Total', '35.90'], ['VISA', '35.90']];
  const moved = (by: number) => [-1, ...rows.keys(), rows.length].map((i) => `${rows[i]?.[0] ?? ''}  ${rows[i + by]?.[1] ?? ''}`.trim()).filter(Boolean);
  const read = (lines: string[]) => parseReceiptText([...HEAD, 'Date: 12/03/2018', ...lines, 'Thank you for dining with us'].join('\n'));

  it('the total the card pays once the figures are put back, flagged', () => {
    const inv = read(moved(-1));
    expect(inv.totalAmount).toBe(35.9);
    expect(doubts(inv)).toEqual(['totalAmount']);
    // Moved up, the total's label meets the card's own figure (the same) and the card keeps none.
    expect(read(moved(1)).totalAmount).toBe(35.9);
    expect(doubts(read(moved(0)))).toEqual([]);
    // The card's figure stands alone on the line after it: the same reading.
    const alone = read(['Subtotal  30.50', '10% Svc Chg  3.05', 'Total  2.35', 'VISA  35.90', '35.90']);
    expect(alone.totalAmount).toBe(35.9);
    expect(doubts(alone)).toEqual(['totalAmount']);
  });

  it('a card that agrees with no reading leaves the total as printed, flagged', () => {
    const inv = read(['Subtotal  30.50', 'Total  35.90', 'VISA  36.90']);
    expect(inv.totalAmount).toBe(35.9);
    expect(doubts(inv)).toEqual(['totalAmount']);
  });
});

describe('figures a row off on a receipt paid in cash, or with only its change named', () => {
  const rows: Array<[string, string]> = [['Subtotal', '30.50'], ['10% Svc Chg', '3.05'], ['7% GST', '2.35'], ['Total', '35.90'], ['CASH', '35.90']];
  const moved = (by: number, printed = rows) => [-1, ...printed.keys(), printed.length].map((i) => `${printed[i]?.[0] ?? ''}  ${printed[i + by]?.[1] ?? ''}`.trim()).filter(Boolean);
  const read = (lines: string[]) => parseReceiptText([...HEAD, 'Date: 12/03/2018', ...lines, 'Thank you for dining with us'].join('\n'));

  // The cash handed over is the only payment line: the readings with the figures put back are still made.
  it('the total the cash pays once the figures are put back, flagged', () => {
    // Moved down: "Total  2.35" (the tax's figure), "CASH  35.90" (the total's).
    const inv = read(moved(-1));
    expect(inv.totalAmount).toBe(35.9);
    expect(doubts(inv)).toEqual(['totalAmount']);
    expect(doubts(read(moved(0)))).toEqual([]);
  });

  it('"PAYMENT" and "CHANGE", no cash or card named: paid less change once the figures are put back, flagged', () => {
    const paid: Array<[string, string]> = [...rows.slice(0, 4), ['PAYMENT', '40.00'], ['CHANGE', '4.10']];
    for (const by of [-1, 1]) {
      const inv = read(moved(by, paid));
      expect(inv.totalAmount, `moved by ${by}`).toBe(35.9);
      expect(doubts(inv), `moved by ${by}`).toEqual(['totalAmount']);
    }
  });
});

describe('a worn print photographed: a 0 read as a 6 or an 8', () => {
  const date = (line: string) => parseReceiptText([...HEAD, line, ...ITEMS, 'TOTAL  12.50'].join('\n'));

  it('a date no calendar or receipt has, read with the 0 put back, flagged', () => {
    for (const [line, want] of [['02/03/2618 08:31', '2018-03-02'], ['Date: 02-83-2018 14:55', '2018-03-02'], ['02 MAR 2818 16:47', '2018-03-02'], ['Date: 02/03/2016', '2016-03-02']]) {
      const inv = date(line!);
      expect(inv.date, line).toBe(want);
      expect(doubts(inv), line).toEqual(line!.endsWith('2016') ? [] : ['date']);
    }
  });

  it("another reader's year no receipt has gives way to the receipt's repaired date, flagged", () => {
    // Paid or not (OCR lost the cash's cents: "CASH RM 50.0"), a receipt number before it or not.
    for (const text of [
      [...HEAD, '02/03/2618 08:31', ...ITEMS, 'TOTAL  12.50', 'CASH  20.00', 'CHANGE  7.50'],
      [...HEAD, 'Receipt No: PR-0302-0098', '02 MAR 2618 16:47', ...ITEMS, 'TOTAL RM  12.50', 'CASH RM  20.0', 'CHANGE RM  7.50'],
    ]) {
      const inv = checkTillArithmetic(Object.assign(emptyInvoice('MYR'), { totalAmount: 12.5, date: '2618-03-02' }), text.join('\n'));
      expect(inv.date, text[3]).toBe('2018-03-02');
      expect(Object.keys(guessesOf(inv)), text[3]).toEqual(['date']);
    }
  });

  it('none read when no single 0 makes it a date ("12/03/3180") and no two do, or when two dates would', () => {
    expect(date('REF 12/03/3180').date).toBeNull();
    // Two 0s put back ("88/86/2018": the day's and the month's) when no single one reads: still in doubt.
    const twice = date('Date: 88/86/2018');
    expect(twice.date).toBe('2018-06-08');
    expect(guessesOf(twice).date).toContain('two 0s');
    // Each alone is repaired; together they name two dates, and neither is taken.
    expect(date('Date: 21/10/2618').date).toBe('2018-10-21');
    expect(date('Date: 21/10/2618 - 22/10/2618').date).toBeNull();
  });
});

describe('a worn print photographed: a two-digit year before the time', () => {
  const date = (line: string) => parseReceiptText([...HEAD, line, ...ITEMS, 'TOTAL  12.50', 'CASH  20.00', 'CHANGE  7.50'].join('\n'));

  it('a month no calendar has ("14/64/18 11:48"), a 0 read as a 6 or an 8, is put back, flagged', () => {
    for (const [line, want] of [['14/64/18 11:48  R 0123 C# 03', '2018-04-14'], ['Date: 02-83-18 14:55', '2018-03-02'], ['28/06/18 09:12', '2018-06-28']]) {
      const inv = date(line!);
      expect(inv.date, line).toBe(want);
      expect(doubts(inv), line).toEqual(line!.startsWith('28/06') ? [] : ['date']);
    }
    // No time after it: a slip or phone number's figures, not read.
    expect(date('Ref 14/64/18').date).toBeNull();
  });

  it('a separator lost ("0503/18 07:12", "05/0318 07:12") is put back when the time follows, flagged', () => {
    for (const line of ['0503/18 07:12  Pzpx 112-89321', '05/0318 07:12', 'Date: 05.0318 7.12']) {
      const inv = date(line);
      expect(inv.date, line).toBe('2018-03-05');
      expect(doubts(inv), line).toEqual(['date']);
    }
    // Four digits and two with no time after them are a number ("Slip 0112-18"): no date.
    expect(date('Slip 0112-18  Table 4').date).toBeNull();
    // A date printed whole elsewhere is the receipt's, not flagged for a number with a time beside it.
    const both = parseReceiptText([...HEAD, 'Date: 05/03/2018', ...ITEMS, 'TOTAL  12.50', 'CASH  20.00', 'CHANGE  7.50'].join('\n'));
    expect(both.date).toBe('2018-03-05');
    expect(doubts(both)).toEqual([]);
  });
});

describe("another reader's total against the receipt's own, beyond the arithmetic", () => {
  const reading = (total: number) => Object.assign(emptyInvoice('SGD'), { totalAmount: total, date: '2018-03-02' });
  const till = (...lines: string[]) => [...HEAD, 'DATE: 02/03/2018', ...ITEMS, ...lines].join('\n');

  it('"TOTAL 0.00" (the rounding\'s figure a row off) is in doubt when the receipt reads an amount to pay', () => {
    const inv = checkTillArithmetic(reading(0), till('SUB TOTAL  27.40', 'TOTAL  0.00', 'GR  27.40', 'CANE  50.00', '22.60'));
    expect(Object.keys(guessesOf(inv))).toEqual(['totalAmount']);
    expect(guessesOf(checkTillArithmetic(reading(27.4), till('SUB TOTAL  27.40', 'TOTAL  27.40', 'CASH  50.00', 'CHANGE  22.60')))).toEqual({});
  });

  it('"Total  55 15.60": the "S$" OCR read as digits is no total; the figure is, flagged', () => {
    const inv = checkTillArithmetic(reading(55), till('Total  55 15.60', 'Cash  55 26.00', 'Change  S54.40'));
    expect(inv.totalAmount).toBe(15.6);
    expect(Object.keys(guessesOf(inv))).toEqual(['totalAmount']);
    // A whole-number total printed so is left alone.
    expect(checkTillArithmetic(reading(15), till('Total  15.00', 'Cash  20.00', 'Change  5.00')).totalAmount).toBe(15);
  });

  it('"Total 6 item(s)  38.90": the item count before the figure is no total, and no misread of it: not in doubt', () => {
    for (const label of ['Total 6 item(s)', 'Total 6 iten(s)', 'TOTAL 6 PCS']) {
      const inv = checkTillArithmetic(reading(6), till(`${label}  38.90`, 'Tunai  50.00', 'HARGA TERMASUK GST'));
      expect(inv.totalAmount, label).toBe(38.9);
      expect(guessesOf(inv), label).toEqual({});
    }
  });

  it("a card terminal's slip amount is a card payment: one no total agrees with flags the total", () => {
    const slip = (amount: string) => till('TOTAL  RM 62.65', 'MASTERCARD', 'CARD: XXXXXXXXXXXX5520', 'APPR0VAL: 661902 APR0VED', `AMOUNT RM  ${amount}`);
    expect(Object.keys(guessesOf(checkTillArithmetic(reading(52.65), slip('62.65'))))).toEqual(['totalAmount']);
    expect(guessesOf(checkTillArithmetic(reading(62.65), slip('62.65')))).toEqual({});
    // A slip alone (no total label): its amount is the total, as a label would say; two amounts, neither.
    const alone = (...amounts: string[]) => parseReceiptText([...HEAD, 'SALE', 'DATE: 12/06/19  TIME: 14:22:07', 'VISA', 'CARD NO: XXXX XXXX XXXX 4821', 'APPR CODE: 0A12B3', ...amounts.map((a) => `AMOUNT  RM ${a}`), 'APPROVED', 'I AGREE TO PAY THE ABOVE TOTAL AMOUNT'].join('\n'));
    expect(alone('189.90')).toMatchObject({ totalAmount: 189.9, date: '2019-06-12' });
    expect(doubts(alone('189.90'))).toEqual([]);
    expect(doubts(alone('189.90', '18.99'))).toEqual(['totalAmount']);
    // A net's "Amt. Excl. GST" on a receipt that prints APPROVED (a real SROIE receipt) is no slip amount.
    expect(guessesOf(checkTillArithmetic(reading(22), till('Total Rounded  22.00', 'Cash  -22.00', 'Amt. Excl. GST  20.75', 'APPROVED')))).toEqual({});
    // No approval printed: an "Amount" line is no card payment.
    expect(guessesOf(checkTillArithmetic(reading(62.65), till('TOTAL  62.65', 'AMOUNT  60.00')))).toEqual({});
  });
});

describe("a change OCR read without its decimal point", () => {
  it('"CHANGE 400" under "CASH 10.00": paid less change agrees with "TOTAL PAID 6.00" once the point is put back, flagged', () => {
    const read = (...lines: string[]) => parseReceiptText([...HEAD, 'Entry 31/03/2018 10:01', 'Parking Fee  5.66', 'GST 6%  0.34', ...lines, 'DRIVE SAFELY'].join('\n'));
    const inv = read('TOTAL PAID  6.00', 'CASH  10.00', 'CHANGE  400');
    expect(inv.totalAmount).toBe(6);
    expect(doubts(inv)).toEqual(['totalAmount']);
    // Agreeing with the last labelled total, the change put back confirms it: no doubt.
    const confirmed = read('TOTAL  6.00', 'CASH  10.00', 'CHANGE  400');
    expect(confirmed.totalAmount).toBe(6);
    expect(doubts(confirmed)).toEqual([]);
    // Digits that agree with no total are not taken for the change.
    expect(read('TOTAL PAID  6.00', 'CASH  10.00', 'CHANGE  300').totalAmount).not.toBe(7);
  });
});
