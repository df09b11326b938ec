/**
 * A scanned invoice whose seller, set in capitalised words, OCR read with one word's capital as the small
 * letter of its shape ("Kestrel office Cleaning Ltd"): the name is named for review, not given as read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5, 96);

/** A UK cleaning firm's invoice, its letterhead's name as read (`seller`). */
function cleaning(seller: string): PageText {
  const items = [
    row(25, 22, seller), row(25, 25, 'Unit 4, Orbital Park'), row(169, 25, 'INVOICE'),
    row(25, 31, 'Ashford, Kent TN24 0GA'), row(128, 31, 'Invoice No:'), row(182, 31, '7731'),
    row(128, 37, 'Date/Tax point:'), row(168, 37, '12/05/2025'),
    row(25, 45, 'VAT Reg No: GB 123 4567 89'),
    row(24, 59, 'Invoice to:'), row(24, 62, 'Ashdown Veterinary Practice Ltd'), row(24, 65, '14 High Street'), row(23, 68, 'Ashford, Kent TN23 1AA'),
    row(24, 75, 'Description'), row(173, 75, 'Amount'),
    row(23, 81, 'Contract cleaning, April 2025'), row(178, 81, '960.00'),
    row(140, 100, 'Subtotal'), row(176, 100, '£960.00'),
    row(140, 106, 'VAT 20%'), row(176, 106, '£192.00'),
    row(140, 112, 'Total due'), row(174, 112, '£1,152.00'),
  ];
  return a4(items);
}

const doubted = (p: PageText) => ocrReading(p).doubtful?.unsure ?? [];

describe("a capital read as the small letter of its shape", () => {
  it('names the seller for review', () => {
    expect(doubted(cleaning('Kestrel office Cleaning Ltd'))).toContain('seller.name');
  });

  it('leaves names in capitalised words, and short small words, as read', () => {
    expect(doubted(cleaning('Kestrel Office Cleaning Ltd'))).not.toContain('seller.name');
    expect(doubted(cleaning('Kestrel of Kent Cleaning Ltd'))).not.toContain('seller.name');
  });
});
