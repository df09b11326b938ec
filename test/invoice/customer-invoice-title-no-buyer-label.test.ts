/**
 * An ERP's title that names whom the document is for ("Customer Invoice", as IFS and Oracle print it) is the
 * title, not the buyer's label "Customer" with the value "Invoice": the buyer is read from its own block under
 * "Invoice address". (Before, the buyer was "Invoice" and the seller the buyer's name.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (title: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(18.5, 14.2, 'Tamar Packaging Systems plc', 4.59, 75.0),
  w(18.5, 19.6, 'Ferry Road, Plymouth PL1 3EU', 4.23, 62.0),
  w(150.3, 14.3, title, 4.23, 41.5),
  w(142.9, 19.3, 'Invoice no INV 26/1187', 4.23, 48.9),
  w(139.8, 24.3, 'Invoice date 2026-11-12', 4.23, 52.0),
  w(18.5, 48.4, 'Invoice address', 4.23, 37.5),
  w(18.5, 53.4, 'Dartmoor Dairy Limited', 4.23, 50.0),
  w(18.5, 58.5, 'Purchase Ledger', 4.23, 35.2),
  w(18.5, 63.5, 'Station Road', 4.23, 28.0),
  w(18.5, 68.5, 'Okehampton EX20 1EJ', 4.23, 45.0),
  w(106.5, 48.4, 'Delivery address', 4.23, 40.2),
  w(106.5, 53.4, 'Dartmoor Dairy Limited', 4.23, 50.0),
  w(106.5, 58.5, 'Creamery, Gate 1', 4.23, 35.0),
  w(106.5, 63.5, 'Okehampton EX20 1RB', 4.23, 45.0),
  w(18.5, 80.7, 'Line', 4.23, 10.0),
  w(33.3, 80.7, 'Description', 4.23, 27.4),
  w(163.7, 80.7, 'Net amount', 4.23, 28.1),
  w(18.5, 86.7, '10', 4.23, 4.0),
  w(33.3, 86.7, 'Tray sealer service', 4.23, 40.0),
  w(176.0, 86.7, '1,000.00', 4.23, 16.0),
  w(120.0, 100.0, 'Net', 4.23, 8.0),
  w(176.0, 100.0, '1,000.00', 4.23, 16.0),
  w(120.0, 106.0, 'VAT 20%', 4.23, 16.0),
  w(178.0, 106.0, '200.00', 4.23, 12.0),
  w(120.0, 112.0, 'Amount to pay GBP', 4.23, 36.0),
  w(176.0, 112.0, '1,200.00', 4.23, 16.0),
] }];

describe('a "Customer Invoice" title', () => {
  it('is no buyer label', () => {
    const inv = parseWesternInvoiceText(page('Customer Invoice'));
    expect(inv.buyer?.name).toBe('Dartmoor Dairy Limited');
    expect(inv.seller?.name).toBe('Tamar Packaging Systems plc');
  });
  it('reads the same page titled "Invoice" alike', () => {
    expect(parseWesternInvoiceText(page('Invoice')).buyer?.name).toBe('Dartmoor Dairy Limited');
  });
});
