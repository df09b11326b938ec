/**
 * A scanned invoice whose date OCR read with a space inside its month's figures ("26/1 1/2025" for the
 * 26th of November): the date is read as printed, not lost.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { findDate } from '../../src/invoice/dates.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95);

/** A UK sales invoice, its date's row as read (`dated`). */
function sales(dated: string): PageText {
  const items = [
    row(128, 17, 'Calder Valley Print & Packaging Ltd'), row(118, 29, 'Mytholmroyd Mills, Mytholmroyd'), row(137, 34, 'West Yorkshire HX7 5JH'),
    row(136, 44, 'VAT Reg No 412 7730 85'),
    row(19, 50, 'Moorland Gin Distillery Ltd'), row(19, 55, 'Unit 3, Hebden Bridge Business Park'), row(19, 60, 'Hebden Bridge HX7 6AL'),
    row(18, 84, 'SALES INVOICE'),
    row(19, 92, 'Invoice Number'), row(72, 92, ': CVP/25/5528'),
    row(19, 99, dated),
    row(19, 123, 'Product'), row(150, 123, 'Net Amount'),
    row(19, 135, 'Rigid gift box, 70 cl'), row(154, 135, '2,360.00'),
    row(113, 170, 'Total excl. VAT'), row(169, 170, '£2,360.00'),
    row(113, 177, 'VAT at 20%'), row(173, 177, '£472.00'),
    row(112, 184, 'Total incl. VAT'), row(167, 184, '£2,832.00'),
  ];
  return a4(items);
}

const date = (p: PageText) => ocrReading(p).invoice.date;

describe("a date's figures OCR split by a space", () => {
  it('reads the month split as one', () => {
    expect(date(sales('Invoice Date / Tax Point : 26/1 1/2025'))).toBe('2025-11-26');
    expect(date(sales('Invoice Date / Tax Point : 26/11/2025'))).toBe('2025-11-26');
    expect(findDate('Date: 03.0 9.2025')?.date).toBe('2025-09-03');
  });

  it('joins no figures before a two-figure year', () => {
    expect(findDate('Ref 26/1 1/25')).toBeNull();
  });
});
