/**
 * A scanned invoice whose buyer's first row OCR boxed with the date of the column beside it ("Biuro
 * Rachunkowe Nowak 01.11.2025" under "Nabywca", beside "Data wystawienia"): the name read so is no name,
 * and is named for review, not given as read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string, width = text.length * 2) => ocrItem(x, y, text, 5, 96, width);

/** A UK consultancy's invoice, the buyer's first row and the date beside it as read (`first`). */
function english(first: TextItem[]): PageText {
  const items = [
    row(164, 18, 'INVOICE'), row(21, 24, 'Northgate Data Consulting Ltd'), row(21, 29, '14 Wharf Street, Leeds LS2 7EE'),
    row(21, 39, 'Bill To'), row(137, 39, 'Invoice Date'),
    ...first,
    row(21, 50, 'Partners in Practice'), row(137, 50, 'Invoice No.'),
    row(21, 55, '8 Park Row'), row(137, 55, 'NDC-2025-0411', 30),
    row(21, 60, 'Bradford BD1 5AH', 33),
    row(20, 80, 'Description'), row(169, 80, 'Amount'),
    row(21, 92, 'Data migration, November'), row(175, 92, '1,245.00', 18),
    row(118, 110, 'Subtotal'), row(175, 110, '£1,245.00', 20),
    row(118, 122, 'VAT 20%'), row(179, 122, '£249.00', 16),
    row(118, 134, 'Total'), row(173, 134, '£1,494.00', 20),
  ];
  return a4(items);
}

describe("a name boxed with the next column's date", () => {
  it('names the buyer for review', () => {
    const part = ocrReading(english([row(21, 44, 'Harrow Accounting 01/11/2025', 136)]));
    expect(part.invoice.buyer.name).toBe('Harrow Accounting 01/11/2025');
    expect(part.doubtful?.unsure).toContain('buyer.name');
  });

  it('reads a name boxed apart from the date with its rows', () => {
    const part = ocrReading(english([row(21, 44, 'Harrow Accounting'), row(137, 44, '01/11/2025')]));
    expect(part.invoice.buyer.name).toBe('Harrow Accounting');
    expect(part.doubtful?.unsure ?? []).not.toContain('buyer.name');
  });
});
