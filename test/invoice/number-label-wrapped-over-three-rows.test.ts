/**
 * A pro forma invoice's key column narrower than its labels' words: "Pro forma #" wraps over three rows ("Pro" over
 * "forma" over "#"), its value beside the first. Only labels wrapped over two rows were joined, and no number was read.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const item = (x: number, y: number, text: string, height = 3): TextItem => ({ text, x, y, height, width: text.length * height * 0.5, page: 1 });

const page = (third: string): PageText[] => [{ page: 1, width: 216, height: 279, items: [
  item(15, 12, 'fairground.', 6), item(120, 12, 'PRO FORMA INVOICE', 6),
  item(15, 30, 'FROM', 2.4), item(70, 30, 'PREPARED FOR', 2.4),
  item(15, 34, 'Fairground Display Co. Ltd.'), item(70, 34, 'Hillcrest Cider Ltd.'), item(130, 34, 'Pro'), item(160, 34, 'PF-0925-114'),
  item(15, 38, '14 Dufferin Street'), item(70, 38, 'Attn: Ben Ortiz'), item(130, 38, 'forma'),
  item(15, 42, 'Halifax, NS B3K 2M4'), item(70, 42, '88 Orchard Lane'), item(130, 42, third),
  item(70, 46, 'Wolfville, NS B4P 1A2'), item(130, 47, 'Date'), item(160, 47, 'Sep 22, 2025'),
  item(15, 60, 'Item'), item(175, 60, 'Amount'),
  item(15, 65, 'Pop-up banner stand, 2 units'), item(175, 65, '1,240.00'),
  item(15, 70, 'Table throw, printed'), item(175, 70, '360.00'),
  item(130, 80, 'Subtotal'), item(175, 80, '1,600.00'),
  item(130, 85, 'HST (NS) 14%'), item(175, 85, '224.00'),
  item(130, 90, 'Total (CAD)'), item(175, 90, '$1,824.00'),
  item(15, 110, 'This is not a tax invoice. A tax invoice will be issued when payment is received.'),
]}];

/** A bill's key column, each row with its value beside it: "Billing" over "period" (a period), "Mobile" over "number". */
const bill: PageText[] = [{ page: 1, width: 210, height: 297, items: [
  item(15, 12, 'Shamrock Mobile', 6), item(110, 12, 'Bill for account 0861 2207 41'),
  item(15, 22, 'Ms Aoife Brennan'), item(110, 22, 'Bill date'), item(140, 22, '12 Oct 2025'),
  item(15, 26, '8 Quay Street'), item(110, 26, 'Invoice'), item(140, 26, 'SM-20077141'),
  item(15, 30, 'Cork T12 X8K2'), item(110, 30, 'number'),
  item(110, 36, 'Billing'), item(140, 36, '12 Sep 2025 – 11'),
  item(110, 40, 'period'), item(140, 40, 'Oct 2025'),
  item(110, 44, 'Mobile'), item(140, 44, '086 220 7741'),
  item(110, 48, 'number'),
  item(15, 60, 'Monthly plan'), item(175, 60, '€24.39'),
  item(110, 70, 'Charges excluding VAT'), item(175, 70, '€24.39'),
  item(110, 74, 'VAT at 23%'), item(175, 74, '€5.61'),
  item(110, 78, 'Total charges for this bill'), item(175, 78, '€30.00'),
]}];

describe('a number\'s label wrapped over three rows of a narrow key column', () => {
  it('is not made of rows of a key column that each have their value ("period" over "Mobile" over "number")', () => {
    const inv = parseWesternInvoiceText(bill);
    expect(inv.number).toBe('SM-20077141');
    expect(inv.date).toBe('2025-10-12');
  });

  it('reads the number beside "Pro" over "forma" over "#"', () => {
    expect(parseWesternInvoiceText(page('#')).number).toBe('PF-0925-114');
  });

  it('and beside "Pro" over "forma" over "No."', () => {
    expect(parseWesternInvoiceText(page('No.')).number).toBe('PF-0925-114');
  });
});
