/**
 * What the ninety-fourth to ninety-sixth batches of unseen supplier invoices (bills whose amount due is not
 * the total, sales tax, GST and discount lines, Central European and Benelux invoices, pro forma) printed
 * that the parser misread. One class varied at a time, read as a text layer gives it; names and figures are
 * not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A row set flush right, ending at x2 (the builder's glyphs are 0.55 of their height wide). */
const r = (x2: number, y: number, text: string, size = 3): Draw => d(x2 - [...text].length * 0.55 * size, y, text, size);
/** A totals block at the right: one label and its figure a row, from the given height down. */
const totalsBlock = (rows: Array<[string, string]>, top = 150, x = 110) => rows.flatMap(([label, figure], i) => [d(x, top + 5 * i, label), d(172, top + 5 * i, figure)]);

describe('a letterhead set flush right, its name wrapped over two rows ending together', () => {
  const page = (name: string[], size = 5, address = ['Unit 4, Severn Road', 'Avonmouth BS11 8DP']) => parse([
    d(15, 50, 'Thornbury Farm Shop Ltd'), d(15, 55, 'Accounts Payable'), d(15, 60, 'Mill Road'), d(15, 65, 'Thornbury BS35 2HQ'),
    ...name.map((row, i) => r(190, 14 + 1.3 * size * i, row, size)),
    ...[...address, 'VAT Reg No 288 4419 07'].map((row, i) => r(190, 15 + 1.3 * size * name.length + 5 * i, row)),
    d(15, 85, 'Invoice Number'), d(55, 85, ': SV/25/1187'), d(15, 90, 'Invoice Date'), d(55, 90, ': 21/11/2025'),
    ...totalsBlock([['Total excl. VAT', '£1,200.00'], ['VAT at 20%', '£240.00'], ['Total incl. VAT', '£1,440.00']], 130),
  ]);

  it('reads both rows as the name, after a word no name ends with or before its form', () => {
    expect(page(['Severnside Print &', 'Packaging Ltd']).seller?.name).toBe('Severnside Print & Packaging Ltd');
    expect(page(['Ashworth & Byrne Catering', 'Equipment Ltd'], 3).seller?.name).toBe('Ashworth & Byrne Catering Equipment Ltd');
    const inv = page(['Ashworth & Byrne Catering', 'Equipment Ltd']);
    expect([inv.seller?.name, inv.buyer?.name, inv.number]).toEqual(['Ashworth & Byrne Catering Equipment Ltd', 'Thornbury Farm Shop Ltd', 'SV/25/1187']);
    expect(totals(inv)).toEqual([1200, 240, 1440]);
  });

  it('a name on one row keeps it, whatever stands above it in other print (controls)', () => {
    expect(page(['Severnside Packaging Ltd']).seller?.name).toBe('Severnside Packaging Ltd');
    const titled = parse([
      r(190, 8, 'TAX INVOICE', 7), r(190, 16, 'Severnside Packaging Ltd', 5),
      r(190, 23, 'Unit 4, Severn Road Trading Estate'), r(190, 28, 'Avonmouth BS11 8DP'), r(190, 33, 'VAT Reg No 288 4419 07'),
      d(15, 50, 'Thornbury Farm Shop Ltd'), d(15, 55, 'Mill Road'), d(15, 60, 'Thornbury BS35 2HQ'),
      d(15, 85, 'Invoice Number'), d(55, 85, ': SV/25/1187'), d(15, 90, 'Invoice Date'), d(55, 90, ': 21/11/2025'),
      ...totalsBlock([['Total excl. VAT', '£1,200.00'], ['VAT at 20%', '£240.00'], ['Total incl. VAT', '£1,440.00']], 130),
    ]);
    expect(titled.seller?.name).toBe('Severnside Packaging Ltd');
    // A first row that the second's first word would have fitted beside, within the block's rows: a
    // person or a brand over the company, two rows.
    const wide = ['Unit 4, Severn Road Trading Estate, Avonmouth', 'Bristol BS11 8DP'];
    expect(page(['Ashworth & Byrne Catering', 'Equipment Ltd'], 3, wide).seller?.name).toBe('Equipment Ltd');
  });
});

describe('a bare "$" beside a New Zealand GST number (its IRD number in groups: "GST No 112-448-903")', () => {
  const page = (gst: string) => parse([
    d(15, 12, 'Tasman Bay Energy Limited', 5), d(15, 20, `PO Box 2210, Nelson 7040 · ${gst}`),
    d(15, 40, 'Mapua Wharf Bakery Limited'), d(15, 45, '12 Aranui Road'), d(15, 50, 'Mapua 7005'),
    d(120, 40, 'Invoice number'), d(160, 40, 'TBE-118204'), d(120, 45, 'Invoice date'), d(160, 45, '20 November 2025'),
    ...totalsBlock([['Charges excl. GST', '$353.62'], ['GST 15%', '$53.04'], ['Total charges incl. GST', '$406.66']], 120),
  ]);

  it('is the New Zealand dollar', () => {
    for (const gst of ['GST No 112-448-903', 'GST Number: 98-441-207', 'GST Reg No. 104-220-871']) expect(page(gst).currency).toBe('NZD');
  });

  it('a Canadian business number or no number keeps its reading (controls)', () => {
    expect(page('GST/HST No. 80341 2275 RT0001').currency).toBe('CAD');
    expect(page('Tel 03 548 2210').currency).toBe('USD');
  });
});

describe('a discount and a charge between the subtotal and the total, labels wrapped in a narrow column', () => {
  const page = (rows: Draw[]) => parse([
    d(15, 12, 'Cobscook Furniture Co.', 5), d(15, 20, '18 Water Street · Eastport, ME 04631'),
    d(15, 40, 'BILL TO'), d(15, 45, 'Quoddy Head Inn LLC'), d(15, 50, '4 Lighthouse Rd'), d(15, 55, 'Lubec, ME 04652'),
    d(120, 40, 'INVOICE #'), d(165, 40, '3318'), d(120, 45, 'DATE'), d(165, 45, '11/21/2025'),
    d(15, 80, 'QTY'), d(30, 80, 'DESCRIPTION'), d(172, 80, 'AMOUNT'),
    d(15, 86, '2'), d(30, 86, 'Windsor bench, white oak'), d(172, 86, '1,690.00'),
    d(15, 92, '1'), d(30, 92, 'Sideboard, cherry'), d(172, 92, '830.00'),
    ...rows,
  ]);

  it('the net is the total less the tax: the wrapped label\'s end takes no figure from the row under it', () => {
    const inv = page([
      d(130, 110, 'SUBTOTAL'), d(172, 110, '2,520.00'),
      d(130, 115, 'DISCOUNT (10% trade)'), d(172, 115, '-252.00'),
      d(130, 120, 'SHIPPING &'), d(172, 120, '145.00'), d(130, 124, 'HANDLING'),
      d(130, 129, 'SALES TAX (5.5% on'), d(172, 129, '124.74'), d(130, 133, '2,268.00)'),
      d(130, 138, 'TOTAL'), d(172, 138, '$2,537.74'),
    ]);
    expect(totals(inv)).toEqual([2413, 124.74, 2537.74]);
  });

  it('a summary box\'s headers over their figures still give the discount (control)', () => {
    const inv = page([
      d(110, 110, 'Subtotal'), d(140, 110, 'Discount 10%'), d(172, 110, 'Net'),
      d(110, 115, '2,520.00'), d(140, 115, '-252.00'), d(172, 115, '2,268.00'),
      d(130, 122, 'Sales tax 5.5%'), d(172, 122, '124.74'), d(130, 127, 'Total'), d(172, 127, '2,392.74'),
    ]);
    expect(totals(inv)).toEqual([2268, 124.74, 2392.74]);
  });
});
