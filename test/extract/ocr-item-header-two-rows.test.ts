/**
 * A scanned item table whose header wraps onto two rows ("Gross | Discount | Taxable | IGST | Total" over
 * "Product | Qty | Amount | Value"), which OCR reads as two lines: each line's amount is the "Total" column's,
 * as on the text layer, not the gross before the discount under "Gross Amount".
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const cell = (x: number, y: number, text: string, width = text.length * 2) => ocrItem(x, y, text, 5, 97, width);

/** An Indian marketplace tax invoice, its header's first row as read (`first`). */
function marketplace(first: TextItem[]): PageText {
  const items = [
    cell(90, 17, 'TAX INVOICE'),
    cell(16, 23, 'Sold By: Vasundhara Retail Private Limited'), cell(107, 27, 'Invoice Number: VRPL/21-22/00891'),
    cell(16, 33, 'Plot 12, Sector 18, Gurugram, Haryana'), cell(107, 33, 'Invoice Date: 14-06-2021'),
    cell(17, 55, 'Billing Address'), cell(17, 60, 'Meera Krishnan'), cell(17, 65, 'Bengaluru, Karnataka 560038'),
    ...first,
    cell(26, 84, 'Product', 20), cell(55, 84, 'Qty', 10), cell(70, 84, 'Amount', 25), cell(133, 84, 'Value', 19),
    cell(17, 94, 'Mixer Grinder', 31), cell(61, 94, '1', 4), cell(79, 94, '3,999.00', 21), cell(108, 94, '-500.00', 17), cell(139, 94, '2,965.25', 21), cell(160, 94, '533.75', 17), cell(175, 94, '3,499.00', 22),
    cell(17, 106, 'Shipping', 20), cell(61, 106, '1', 4), cell(86, 106, '40.00', 14), cell(115, 106, '0.00', 11), cell(146, 106, '33.90', 14), cell(166, 106, '6.10', 11), cell(184, 106, '40.00', 13),
    cell(18, 115, 'Total', 13), cell(61, 115, '2', 5), cell(80, 115, '4,039.00', 20), cell(108, 115, '-500.00', 18), cell(140, 115, '2,999.15', 20), cell(160, 115, '539.85', 15), cell(177, 115, '3,539.00', 20),
    cell(154, 125, 'Grand Total 3,539.00', 45),
  ];
  return a4(items);
}

const amounts = (p: PageText) => ocrReading(p).invoice.items.map((i) => i.amount);

describe("an item table's header read as two rows", () => {
  it("reads each line's amount under the first row's total", () => {
    const first = [cell(75, 80, 'Gross', 15), cell(102, 80, 'Discount', 22), cell(133, 80, 'Taxable', 19), cell(162, 80, 'IGST', 12), cell(178, 80, 'Total', 18)];
    expect(amounts(marketplace(first))).toEqual([3499, 40]);
  });

  it('reads the header row alone when no row of words stands over it', () => {
    expect(amounts(marketplace([]))).toEqual([3999, 40]);
  });
});
