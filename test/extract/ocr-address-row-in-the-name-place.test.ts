/**
 * A letterhead's name set close to the next column's label ("Tarang Cloudworks Private Limited" 2.7 mm from "Invoice
 * No.: …"), which the scan's rows join into one cell: the name's place falls to the row under it, its address ("4th
 * Floor, 80 Feet Road, Koramangala"). A row of such parts (a floor, a street with its number) is no name: in doubt.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { addressLike } from '../../src/extract/ocr-doubts.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function taxInvoice(nameEnd: number, address: string): PageText {
  return a4([
    ocrBox(86.4, 124.4, 17.5, 'TAX INVOICE', 5.1, 98),
    ocrBox(17.9, nameEnd, 27.9, 'Sahyadri Textiles Private Limited', 5.8, 96), ocrBox(105.7, 173.7, 28.6, 'Invoice No.: STX/26-27/000912', 4.7, 90),
    ocrBox(18.3, 99.3, 33.3, address, 5.2, 90), ocrBox(106.5, 163.8, 33.3, 'Invoice Date: 12-Nov-2026', 5.2, 90),
    ocrBox(18.0, 82.7, 38.4, 'Pune, Maharashtra 411001', 5.2, 100), ocrBox(106.1, 179.0, 38.2, 'Place of Supply: Gujarat (24)', 5.7, 90),
    ocrBox(18.5, 75.7, 43.4, 'GSTIN: 27AAECS1234F1Z5', 4.6, 96),
    ocrBox(17.9, 33.7, 54.4, 'Bill To', 5.5, 90),
    ocrBox(18.0, 78.3, 59.7, 'Kutch Handloom Traders Pvt. Ltd.', 5.2, 90), ocrBox(18.2, 63.4, 64.7, 'Plot 7, GIDC Bhuj', 5.1, 96),
    ocrBox(18.0, 93.8, 69.7, 'Bhuj, Gujarat 370001', 5.2, 100), ocrBox(18.3, 76.9, 75.0, 'GSTIN: 24AABCK4321M1Z2', 4.7, 97),
    ocrBox(17.4, 52.7, 84.7, '# Description', 6.2, 90), ocrBox(158.4, 192.7, 85.1, 'Taxable Value', 5.7, 89),
    ocrBox(17.4, 80.0, 91.0, '1 Cotton yarn, 40s count', 5.5, 95), ocrBox(165.0, 192.7, 91.0, '50,000.00', 5.5, 98),
    ocrBox(120.0, 150.0, 110.0, 'Taxable Value', 5.2, 98), ocrBox(165.0, 192.7, 110.0, '50,000.00', 5.2, 98),
    ocrBox(120.0, 150.0, 116.0, 'IGST @ 5%', 5.2, 98), ocrBox(168.0, 192.7, 116.0, '2,500.00', 5.2, 98),
    ocrBox(120.0, 150.0, 122.0, 'Total (INR)', 5.2, 98), ocrBox(165.0, 192.7, 122.0, '52,500.00', 5.2, 98),
  ]);
}

describe('an address row read in the name\'s place', () => {
  it('is address-like: a floor or a street with its number among its parts', () => {
    for (const row of ['4th Floor, 80 Feet Road, Koramangala', 'Suite 210, 14 Carmen Street, Vasant Kunj', '2nd Floor, Laxmi Road, Pune']) expect(addressLike(row, false), row).toBe(true);
    // (A name with a comma and no such part is none: "Smith, Jones & Partners".)
    expect(addressLike('Smith, Jones & Partners', false)).toBe(false);
  });

  it('names the seller in doubt when the name ran into the label beside it', () => {
    const reading = ocrReading(taxInvoice(103.0, '4th Floor, 80 Feet Road, Koramangala'));
    if (reading.invoice.seller.name !== 'Sahyadri Textiles Private Limited') expect(reading.doubtful?.unsure ?? []).toContain('seller.name');
  });
});
