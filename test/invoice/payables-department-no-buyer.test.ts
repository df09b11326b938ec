/**
 * A carrier's bill-to block that names only the customer's payables department ("Freight Payables" over "PO Box
 * 4471"), as a scan reads it when OCR ran the company's row into the consignee's column beside it: the department
 * is no buyer's name, as "Accounts Payable" is none; under the company's row it stays the block's contact row.
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

const page = (rows: string[]) => read({ letterhead: ['REDLINE PRAIRIE FREIGHT, INC.', '4410 Industrial Pkwy, Omaha, NE 68117'], window: ['BILL TO', ...rows] });

describe('a payables department in a bill-to block', () => {
  it('is no buyer\'s name', () => {
    expect(page(['Freight Payables', 'PO Box 4471', 'Denver, CO 80217']).buyer.name).not.toBe('Freight Payables');
    expect(page(['Vendor Payables', 'PO Box 4471', 'Denver, CO 80217']).buyer.name).not.toBe('Vendor Payables');
  });

  it('under the company\'s row leaves the company the buyer', () => {
    expect(page(['Cascade Home Goods Co.', 'Freight Payables', 'PO Box 4471', 'Denver, CO 80217']).buyer.name).toBe('Cascade Home Goods Co.');
  });
});
