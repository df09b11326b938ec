/**
 * Till receipts from further afield, as OCR gives their lines: a Vietnamese till's "Tổng cộng" with its
 * cash and change (their marks misread), an Indian pharmacy's "Net Amount" under its taxes and round-off,
 * a taxi's "TOTAL PAID" with the card's fee added after the fare, a car park's "Amount Paid" under its fee,
 * a month's name with its O read as a zero, and a return's line naming the original sale's date.
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
  return settle({ parts: textParts(page(lines), 'ocr', []), pages: 1 }, new Date('2026-11-29'));
}

describe('a Vietnamese till: "Tổng cộng", "Tiền khách đưa", "Tiền thừa"', () => {
  const ITEMS = ['QUAN PHO HUONG SEN', 'MST: 0108827741', 'HOA DON THANH TOAN', 'Ngày: 16/11/2026 12:15', 'Phở bò tái 2 x 65.000  130.000', 'Bún chả 1 x 60.000  60.000', 'Nem rán 1 x 45.000  45.000', 'Trà đá 3 x 5.000  15.000'];
  it('the sum after the tax is the total, as printed or with its marks misread; cash less change vouches for it', () => {
    for (const [total, cash, change] of [['Tổng cộng', 'Tiền khách đưa', 'Tiền thừa'], ['Tong cong', 'Tiên khâch dua', 'Tiên thùa'], ['Tổng cộng', 'Tiền mặt', 'Tiền thối']]) {
      const r = settled([...ITEMS, 'Thành tiền  250.000', 'Thuế VAT 8%  20.000', `${total}  270.000`, `${cash}  500.000`, `${change}  230.000`, 'Cảm ơn quý khách!']);
      expect(r.invoice.totalAmount, total).toBe(270000);
      expect(r.invoice.date).toBe('2026-11-16');
      expect(fieldsInDoubt(r.checks), total).not.toContain('totalAmount');
    }
  });

  it('"Tổng tiền hàng" (the goods before a discount and the tax) is no total', () => {
    const r = settled([...ITEMS.slice(0, 4), '2 Cà phê sữa đá  70,000', '1 Bạc xỉu  39,000', '2 Bánh mì thịt  60,000', '1 Trà đào  49,000', 'Tổng tiền hàng  218,000', 'Giảm giá  -20,000',
      'Thuế GTGT 10%  19,800', 'Tổng cộng  217,800 đ', 'Tiền mặt  300,000', 'Tiền thối  82,200']);
    expect(r.invoice.totalAmount).toBe(217800);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a sum to pay under another label than a total\'s', () => {
  it('"Net Amount" that the taxable amount, the taxes and the round-off above it make is the total', () => {
    const r = settled(['LIFECARE MEDICALS', 'SHOP 4, LINKING RD, MUMBAI 400050', 'GSTIN: 27AAJFL2281K1Z4', 'Inv: LM/2026/44712  Dt: 26-Nov-2026 18:12', '2 CROCIN ADVANCE 15S  61.00', '1 VICKS VAPORUB 50ML  162.00',
      'Gross Amt  223.00', 'Disc 10%  -22.30', 'Taxable Amt  200.70', 'CGST 6%  12.04', 'SGST 6%  12.04', 'Round Off  0.22', 'Net Amount Rs.  225.00', 'Cash  500.00', 'Balance  275.00', 'Get well soon']);
    expect(r.invoice.totalAmount).toBe(225);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });

  it('"Net Amount" the figures above do not make stays what it was (no total read from it)', () => {
    const r = settled(['LIFECARE MEDICALS', 'Dt: 26-Nov-2026 18:12', '2 CROCIN ADVANCE 15S  61.00', 'Taxable Amt  200.70', 'CGST 6%  12.04', 'SGST 6%  12.04', 'Net Amount Rs.  235.00', 'Cash  500.00']);
    expect(r.invoice.totalAmount).not.toBe(null);
    expect(r.invoice.totalAmount === 235 && !fieldsInDoubt(r.checks).includes('totalAmount') && r.status === 'ok').toBe(false);
  });

  it('a taxi\'s "TOTAL PAID" with the card\'s fee added under the fare\'s total is the sum charged', () => {
    const head = ['CITYCAB PTE LTD', 'TAXI RECEIPT', 'Taxi No:  SHC 4471B', 'Date:  19/11/2026', 'Start:  00:18', 'End:  00:41', 'Meter Fare  24.60', 'Booking Fee  3.30', 'Midnight Surcharge 50%  12.30', 'ERP  2.00', 'TOTAL FARE S$  42.20'];
    const r = settled([...head, 'CARD FEE 10%  4.22', 'TOTAL PAID S$  46.42', 'Paid by  VISA **** 0087', 'THANK YOU']);
    expect(r.invoice.totalAmount).toBe(46.42);
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
    // A "TOTAL PAID" the lines between do not make is no sum charged: the fare's total, not vouched for.
    const off = settled([...head, 'CARD FEE 10%  4.22', 'TOTAL PAID S$  48.42', 'Paid by  VISA **** 0087']);
    expect(off.invoice.totalAmount === 48.42 && off.status === 'ok').toBe(false);
  });

  it('a car park\'s "Amount Paid" under the fee it pays, a stored-value card\'s balance after it', () => {
    const r = settled(['MARINA SQUARE CAR PARK', 'PARKING RECEIPT', 'Ticket No  0447128', 'Entry  26/11/2026 08:02', 'Exit  26/11/2026 17:45', 'Duration  9h 43m',
      'Parking Fee  14.40', 'GST 9% incl.  1.19', 'Amount Paid S$  14.40', 'Paid by  NETS FlashPay', 'Card Bal  31.20', 'THANK YOU. DRIVE SAFELY']);
    expect(r.invoice.totalAmount).toBe(14.4);
    expect(r.invoice.date).toBe('2026-11-26');
    expect(fieldsInDoubt(r.checks)).not.toContain('totalAmount');
  });
});

describe('a total the figures above it make but for its last digit', () => {
  const TILL = ['CA PHE GOC PHO', '112 Nguyen Hue, Quan 1', '25/11/2026 09:10', 'Phin sua da  70.000', 'Bac xiu  39.000', 'Tra dao cam sa  49.000', 'Banh mi thit  60.000'];
  it('is named, whichever of the two OCR misread, and kept as printed', () => {
    const r = settled([...TILL, 'Tong tien hang  218.000', 'Giam gia  -20.000', 'Thue GTGT 10%  19.800', 'Tong cong  217.809', 'Xin cam on quy khach']);
    expect(r.invoice.totalAmount).toBe(217809);
    expect(fieldsInDoubt(r.checks)).toContain('totalAmount');
    expect(JSON.stringify(r.checks)).toContain('the figures above it make 217800.00, not 217809.00');
  });
  it('is not named when they make it, nor a total in cents a rounding away from their sum', () => {
    const right = settled([...TILL, 'Tong tien hang  218.000', 'Giam gia  -20.000', 'Thue GTGT 10%  19.800', 'Tong cong  217.800', 'Xin cam on quy khach']);
    expect(right.invoice.totalAmount).toBe(217800);
    expect(JSON.stringify(right.checks)).not.toContain('the figures above it make');
    const rounded = settled(['KEDAI RUNCIT AMAN', '12/11/2026 18:20', 'ROTI  2.80', 'SUSU  6.66', 'Sub Total  9.46', 'SST 6%  0.57', 'TOTAL  10.05', 'TERIMA KASIH']);
    expect(rounded.invoice.totalAmount).toBe(10.05);
    expect(JSON.stringify(rounded.checks)).not.toContain('the figures above it make');
  });
});

describe('dates', () => {
  const lines = (date: string, ...more: string[]) => ['RESTORAN SELERA KELANTAN', 'SELERA TIMUR SDN BHD (201901028871)', 'Inv: R22-0871  Tbl: 9', `${date}  Cshr: ANI`, ...more,
    '2 NASI KERABU  29.80', 'Sub Total  29.80', 'TOTAL  29.80', 'Cash  50.00', 'Change  20.20'];
  it('a month\'s name with its O read as a zero, "22-N0V-2026", "22 N0v 2026"', () => {
    for (const d of ['22-N0V-2026 12:40', '22 N0v 2026 12:40', '22-NOV-2026 12:40']) expect(settled(lines(d)).invoice.date, d).toBe('2026-11-22');
  });

  it('a return\'s line naming the original sale\'s receipt and date is not the sale\'s date', () => {
    const r = settled(lines('28/11/2026 14:55', 'RETURN 1 EARBUDS  -59.00', '0rig: GH-117004 02/11/2026'));
    expect(r.invoice.date).toBe('2026-11-28');
    expect(fieldsInDoubt(r.checks)).not.toContain('date');
    const receipt = settled(lines('28/11/2026 14:55', 'RETURN 1 EARBUDS  -59.00', 'Original Receipt 02/11/2026'));
    expect(receipt.invoice.date).toBe('2026-11-28');
  });

  it('a copy\'s "ORIGINAL" mark or an invoice class "Original" beside the date names no other date', () => {
    for (const mark of ['Original (OO)  19/11/2025', 'ORIGINAL  19/11/2025']) {
      const r = settled(lines(mark));
      expect(r.invoice.date, mark).toBe('2025-11-19');
      expect(fieldsInDoubt(r.checks), mark).not.toContain('date');
    }
  });
});
