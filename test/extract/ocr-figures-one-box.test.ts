/**
 * A scanned invoice whose totals row OCR boxed with two figures in one run ("539.85 3,539.00", the tax and
 * the total of an item table's totals row): two cells, as the text layer prints them, so the table's
 * columns give the net and the tax.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { groupLines } from '../../src/invoice/layout.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const cell = (x: number, y: number, text: string, width = text.length * 2) => ocrItem(x, y, text, 5, 97, width);

/** An Indian marketplace tax invoice, its totals row's tax and total as read (`last`: one box or two). */
function marketplace(last: TextItem[]): PageText {
  const items = [
    cell(90, 17, 'TAX INVOICE'),
    cell(16, 23, 'Sold By: Vasundhara Retail Private Limited'), cell(107, 27, 'Invoice Number: VRPL/21-22/00891'),
    cell(16, 33, 'Plot 12, Sector 18, Gurugram, Haryana'), cell(107, 33, 'Invoice Date: 14-06-2021'),
    cell(16, 43, 'GSTIN: 06AABCV1234K1Z2'),
    cell(17, 55, 'Billing Address'), cell(17, 60, 'Meera Krishnan'), cell(17, 65, '45, 2nd Cross, Indiranagar'), cell(17, 70, 'Bengaluru, Karnataka 560038'),
    cell(75, 80, 'Gross', 15), cell(102, 80, 'Discount', 22), cell(133, 80, 'Taxable', 19), cell(162, 80, 'IGST', 12), cell(178, 80, 'Total', 18),
    cell(26, 84, 'Product', 20), cell(55, 84, 'Qty', 10), cell(70, 84, 'Amount', 25), cell(133, 84, 'Value', 19),
    cell(17, 94, 'Mixer Grinder', 31), cell(61, 94, '1', 4), cell(79, 94, '3,999.00', 21), cell(108, 94, '-500.00', 17), cell(139, 94, '2,965.25', 21), cell(160, 94, '533.75', 17), cell(175, 94, '3,499.00', 22),
    cell(17, 106, 'Shipping', 20), cell(61, 106, '1', 4), cell(86, 106, '40.00', 14), cell(115, 106, '0.00', 11), cell(146, 106, '33.90', 14), cell(166, 106, '6.10', 11), cell(184, 106, '40.00', 13),
    cell(18, 115, 'Total', 13), cell(61, 115, '2', 5), cell(80, 115, '4,039.00', 20), cell(108, 115, '-500.00', 18), cell(140, 115, '2,999.15', 20), ...last,
    cell(154, 125, 'Grand Total 3,539.00', 45),
  ];
  return a4(items);
}

const oneBox = [cell(159.6, 115, '539.85 3,539.00', 37.8)];
const twoBoxes = [cell(160, 115, '539.85', 17), cell(175, 115, '3,539.00', 22)];
const totals = (p: PageText) => {
  const inv = ocrReading(p).invoice;
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};

describe('two figures OCR read in one box', () => {
  it('reads them as two cells', () => {
    expect(totals(marketplace(oneBox))).toEqual([2999.15, 539.85, 3539]);
    expect(totals(marketplace(twoBoxes))).toEqual([2999.15, 539.85, 3539]);
  });

  it('cuts only after a figure\'s decimals', () => {
    const texts = (text: string) => groupLines([cell(100, 10, text, 40)]).flatMap((l) => l.segments.map((s) => s.text));
    expect(texts('539,85 3 539,00')).toEqual(['539,85', '3 539,00']);
    expect(texts('1 234,56')).toEqual(['1 234,56']);
    expect(texts('12.50 100')).toEqual(['12.50 100']);
    expect(texts('Total 3,539.00')).toEqual(['Total 3,539.00']);
  });
});
