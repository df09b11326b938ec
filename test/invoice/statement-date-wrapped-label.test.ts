/**
 * "Statement Date" labels a statement-invoice's issue date, also wrapped in its narrow cell ("Statement" over
 * "Date", the date beside its first row): an item table's "Date" column (the visits' dates) is not it (the
 * 171st-175th batches' US dental statement read its first visit's date).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const statement = (info: TextItem[]) => page([
  w(16, 15, 'Cedar Hills Pediatric Dentistry', 5.6, 70), w(16, 22, '41 Cedar Hills Blvd, Portland, OR 97225'),
  w(16, 44, 'Megan Doyle'), w(16, 49, '18 SW Oak St'), w(16, 54, 'Portland, OR 97204'),
  ...info,
  w(16, 87, 'Date'), w(51, 87, 'Code'), w(72, 87, 'Procedure'), w(191, 87, 'Fee'),
  w(16, 93, '10/02/2025'), w(51, 93, 'D0120'), w(72, 93, 'Periodic oral evaluation'), w(188, 93, '65.00'),
  w(16, 99, '10/16/2025'), w(51, 99, 'D1120'), w(72, 99, 'Prophylaxis – child'), w(188, 99, '95.00'),
  w(118, 115, 'Total Charges'), w(180, 115, '$160.00'),
]);

describe('a statement date', () => {
  it('reads the date beside "Statement" wrapped over "Date", not the items\' dates', () => {
    const inv = parseWesternInvoiceText(statement([
      w(140, 45, 'Invoice #'), w(171, 45, 'CH-4471'),
      w(140, 56.4, 'Statement'), w(171, 56.4, '10/31/2025'), w(140, 61.4, 'Date'),
      w(140, 68, 'Due Date'), w(171, 68, '11/20/2025'),
    ]));
    expect(inv.date).toBe('2025-10-31');
  });

  it('reads "Statement Date:" on one row', () => {
    const inv = parseWesternInvoiceText(statement([w(140, 45, 'Invoice #: CH-4471'), w(140, 51, 'Statement Date: 10/31/2025')]));
    expect(inv.date).toBe('2025-10-31');
  });
});
