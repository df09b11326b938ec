/**
 * Classes the 181st-185th batches showed (suppliers' own bills):
 * - a charge between the net and the total on a page that prints no tax ("10% Service Charge" on a restaurant's
 *   bill) was taken for the tax, the total less the net, with status ok: the net and the tax are in doubt now;
 * - a bill paid in full ("Paid", "Balance $0.00") is read by the till rules too, which drop a buyer's name no
 *   labelled line holds: a name wrapped in its cell under "Bill to" ("… Dental" over "Associates Inc.") was
 *   dropped, with status ok;
 * - a sender line with one separator, then a comma ("Name S.r.l. · Via …, 80100 Napoli"), gave the street as part
 *   of the seller's name;
 * - a US page saying a service is "exempt from … sales tax" or "not subject to … sales tax" left net and tax unread;
 * - a start date (of a placement, a contract) read as the issue date before the "Date" row.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item, its width as a proportional face gives it. */
const w = (x: number, y: number, text: string, height = 4.23, width = text.length * height * 0.45): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const banquet = (chargeLabel: string) => page([
  w(60, 17, 'Jade Garden Restaurant', 6),
  w(60, 25, 'Jade Garden Catering Limited, 8 Nathan Road, Kowloon', 2.8),
  w(18, 40, 'To: Harbour Shipping Limited'),
  w(150, 40, 'Invoice No.: JG-5521'),
  w(150, 45, 'Date: 12 October 2025'),
  w(18, 60, 'Item'), w(120, 60, 'Qty'), w(170, 60, 'Amount'),
  w(18, 66, 'Set dinner menu (table of 12)'), w(120, 66, '4'), w(170, 66, '20,000.00'),
  w(140, 74, 'Sub-total'), w(170, 74, '20,000.00'),
  w(140, 80, chargeLabel), w(172, 80, '2,000.00'),
  w(140, 86, 'Total (HKD)'), w(170, 86, '22,000.00'),
]);

describe('a charge between the net and the total is no tax', () => {
  it('puts the net and the tax in doubt when the difference is printed as a service charge', () => {
    const inv = parseWesternInvoiceText(banquet('Service Charge 10%'));
    expect(inv.totalAmount).toBe(22000);
    expect(Object.keys(guessesOf(inv))).toEqual(expect.arrayContaining(['amount', 'taxAmount']));
  });
  it('leaves a tax line alone, or a rate\'s alone', () => {
    const inv = parseWesternInvoiceText(banquet('VAT 10%'));
    expect(guessesOf(parseWesternInvoiceText(banquet('plus 10 %'))).taxAmount).toBeUndefined();
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([20000, 2000, 22000]);
    expect(guessesOf(inv).taxAmount).toBeUndefined();
    expect(guessesOf(inv).amount).toBeUndefined();
  });
});

describe('a paid bill\'s buyer wrapped in its cell', () => {
  it('keeps the name the till rules would drop as unlabelled', () => {
    const parts = invoiceFromPages(page([
      w(18, 17, 'Maple Leaf Movers', 5.3),
      w(18, 24, 'Maple Leaf Moving Ltd.', 2.65),
      w(18, 27, '12 Depot Road, Moncton, NB E1A 2B3', 2.65),
      w(130, 17, 'INVOICE'), w(135, 22, 'Invoice No.: ML-7720'), w(135, 27, 'Invoice date: Oct 3, 2025'),
      w(18.5, 48.9, 'Bill to'), w(76.5, 48.9, 'Origin'), w(134.5, 48.9, 'Destination'),
      w(18.5, 55.3, 'Lakeside Dental', 4.23, 34.5), w(76.5, 55.3, '44 King Street,'), w(134.5, 55.3, '9 Queen Street, Unit 2'),
      w(18.5, 60.3, 'Associates Inc.', 4.23, 31.4), w(76.5, 60.3, 'Suite 200'), w(134.5, 60.3, 'Dieppe, NB E1A 1A1'),
      w(18.5, 65.4, 'Dr. Anne Leblanc'), w(76.5, 65.4, 'Moncton, NB E1C 4M6'),
      w(18, 80, 'Labour, 3 movers and truck'), w(170, 80, '1,000.00'),
      w(140, 88, 'Subtotal'), w(170, 88, '1,000.00'),
      w(140, 94, 'HST 15%'), w(172, 94, '150.00'),
      w(140, 100, 'TOTAL'), w(170, 100, '1,150.00'),
      w(140, 106, 'Paid (debit, Oct 3)'), w(170, 106, '1,150.00'),
      w(140, 112, 'Balance'), w(174, 112, '$0.00'),
    ]));
    expect(parts.find((p) => p.source === 'text')!.invoice.buyer.name).toBe('Lakeside Dental Associates Inc.');
  });
});

describe('a sender line with a separator, then a comma', () => {
  it('ends the seller\'s name at the separator', () => {
    const inv = parseWesternInvoiceText(page([
      w(18, 17, 'Ferrovie', 5.3),
      w(18, 24, 'Ferrovie Turismo S.r.l. · Corso Italia 12, 50123 Firenze', 2.65),
      w(18, 27, 'P.IVA 01234567890 · REA FI-554120', 2.65),
      w(130, 17, 'FATTURA N. 2025/331'),
      w(150, 22, 'Data: 14/10/2025'),
      w(18, 45, 'Cliente'), w(18, 50, 'Bianchi Costruzioni S.p.A.'), w(18, 55, 'Via Verdi 4, 50100 Firenze'),
      w(18, 70, 'Imponibile'), w(170, 70, '500,00'),
      w(18, 75, 'IVA 22%'), w(170, 75, '110,00'),
      w(18, 80, 'Totale fattura €'), w(170, 80, '610,00'),
    ]));
    expect(inv.seller.name).toBe('Ferrovie Turismo S.r.l.');
  });
});

describe('a US service exempt from sales tax', () => {
  for (const note of ['Tutoring is exempt from Oregon sales tax.', 'Labor is not subject to Ohio sales tax.']) {
    it(`reads the total as the net with no tax: "${note}"`, () => {
      const inv = parseWesternInvoiceText(page([
        w(18, 17, 'Summit Learning Partners, Inc.', 5),
        w(18, 24, '100 Pine St, Portland, OR 97204', 2.8),
        w(140, 17, 'Invoice #: SLP-1204'),
        w(140, 22, 'Date: 10/14/2025'),
        w(18, 40, 'Bill To:'), w(18, 45, 'Cascade Freight LLC'), w(18, 50, '2 Harbor Way, Portland, OR 97209'),
        w(18, 65, 'Description'), w(170, 65, 'Amount'),
        w(18, 71, 'Weekly sessions, October'), w(172, 71, '640.00'),
        w(18, 77, 'Workbooks'), w(174, 77, '60.00'),
        w(140, 85, 'Invoice Total'), w(170, 85, '$700.00'),
        w(18, 100, note, 3),
      ]));
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([700, 0, 700]);
    });
  }
});

describe('a start date is no issue date', () => {
  it('reads the dated row under it', () => {
    const inv = parseWesternInvoiceText(page([
      w(18, 17, 'Karri Talent (Pty) Ltd', 5),
      w(18, 24, '4 Loop Street, Cape Town 8001 · VAT No. 4123456789', 2.8),
      w(18, 36, 'TAX INVOICE', 5),
      w(18, 46, 'Client'), w(106, 46, 'Candidate placed'),
      w(18, 51, 'Protea Logistics (Pty) Ltd'), w(106, 51, 'Thandi Nkosi'),
      w(18, 56, '8 Dock Road, Durban 4001'), w(106, 56, 'Start date: 03 November 2025'),
      w(18, 70, 'Invoice number'), w(55, 70, 'KT 25/118'),
      w(18, 76, 'Date'), w(55, 76, '20 October 2025'),
      w(18, 90, 'Placement fee'), w(170, 90, '60,000.00'),
      w(140, 96, 'Sub-total'), w(170, 96, '60,000.00'),
      w(140, 102, 'VAT @ 15%'), w(171, 102, '9,000.00'),
      w(140, 108, 'Total due'), w(170, 108, '69,000.00'),
    ]));
    expect(inv.date).toBe('2025-10-20');
  });
});
