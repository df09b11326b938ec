/**
 * "CO." is a company's form after a name in capitals ("STAPLEWOOD OFFICE SUPPLY CO."); after a name in small
 * letters the form is "Co.", and a scan's reading of it keeps it as printed.
 */
import { describe, expect, it } from 'vitest';
import { a4, ocrItem, ocrReading } from './ocr-page.js';

const letter = (letterhead: string) => ocrReading(a4([
  ocrItem(22, 23, letterhead, 5, 95), ocrItem(165, 23, 'INVOICE', 6, 98),
  ocrItem(22, 29, '310 Aspen Way', 3.5, 97), ocrItem(152, 29, 'Invoice No. 10072', 3.5, 97),
  ocrItem(22, 34, 'Boulder, CO 80302', 3.5, 97), ocrItem(153, 34, 'Date: 06/10/2025', 3.5, 97),
  ocrItem(21, 51, 'Bill To:', 3.5, 97), ocrItem(21, 55, 'Oakridge HOA', 3.5, 97), ocrItem(21, 59, '1200 Pearl St', 3.5, 97),
  ocrItem(21, 63, 'Boulder, CO 80302', 3.5, 97), ocrItem(120, 120, 'Total', 3.5, 97), ocrItem(170, 120, '$1,150.00', 3.5, 97),
]));

describe('"Co." on a scan', () => {
  it('keeps the form of a name in small letters as read', () => {
    expect(letter('Summit Landscaping Co.').invoice.seller.name).toBe('Summit Landscaping Co.');
  });
});
