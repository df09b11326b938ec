/**
 * A scanned page whose logo is the company's name and a tagline ("SWIFTLANE express freight"), over a sender
 * line written with commas that opens with the legal name ("Swiftlane Express Ltd, Heathrow Cargo Centre,
 * Shoreditch Way,"): the legal name is the seller, as on the text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string, height = 5) => ocrItem(x, y, text, height, 95, text.length * 1.9);

/** A UK courier's invoice scanned, its logo read as `logo`, the row under it as `legal`. */
function page(logo: string, legal: string): PageText {
  const items = [
    row(17, 16, logo, 7), row(183, 16, 'TAX'),
    row(173, 21, 'INVOICE'), row(17, 23, legal), row(17, 28, 'Hounslow TW6 3XA'),
    row(17, 33, 'VAT No. GB 402 7718 36'),
    row(17, 45, 'Invoice number'), row(64, 45, 'Invoice date'), row(102, 45, 'Account'),
    row(17, 50, 'SWX-25-11873'), row(64, 50, '14/11/2025'), row(102, 50, 'ASH-0042'),
    row(17, 62, 'Bill to'), row(17, 67, 'Ashgrove Ceramics Ltd'), row(17, 72, 'Marsh Lane Industrial Park'), row(17, 77, 'Stoke-on-Trent ST4 2RF'),
    row(17, 95, 'Description'), row(170, 95, 'Amount'),
    row(17, 102, 'Air freight, 3 pallets'), row(170, 102, '1,000.00'),
    row(120, 130, 'Subtotal'), row(170, 130, '£1,000.00'),
    row(120, 136, 'VAT 20%'), row(170, 136, '£200.00'),
    row(120, 142, 'Total due'), row(170, 142, '£1,200.00'),
  ];
  return a4(items);
}

const seller = (logo: string, legal: string) => ocrReading(page(logo, legal)).invoice.seller.name;

describe("a scanned logo and its tagline over a sender line written with commas", () => {
  it('the sender line\'s legal name is the seller', () => {
    expect(seller('SWIFTLANE express freight', 'Swiftlane Express Ltd, Heathrow Cargo Centre, Shoreditch Way,')).toBe('Swiftlane Express Ltd');
  });

  it('a logo that is another word than the name under it stays as it was read', () => {
    expect(seller('BLUE HERON', 'Swiftlane Express Ltd, Heathrow Cargo Centre, Shoreditch Way,')).not.toBe('Swiftlane Express Ltd');
  });
});
