/**
 * The spreadsheet export names each kind of invoice as the merged sheets' category labels do, so an
 * accountant finds the same words on paper and in the sheet.
 */
import { describe, expect, it } from 'vitest';
import { INVOICE_TYPE_LABELS } from '../../src/invoice/type-labels.js';
import { sheetColumns } from '../../src/server/invoices/routes/sheet-export.js';
import type { InvoiceRow } from '../../src/server/invoices/store.js';

function row(type: string): InvoiceRow {
  return {
    id: `inv_${type}`, file_id: `f_${type}`, sha256: '0'.repeat(64), file_name: `${type}.pdf`, file_type: 'pdf', task_id: null, status: 'verified',
    code: null, number: '24512000000012345678', type, seller_name: null, buyer_name: null, date: '2024-07-12', amount: null, tax_amount: null,
    total_amount: 120, result: null, created_at: 0, updated_at: 0, deleted_at: null, identity: null, owner: 'local', duplicate_of: null,
  } as InvoiceRow;
}

describe('sheet export type column', () => {
  it('uses the category labels of the merged sheets in Chinese', () => {
    const types = Object.keys(INVOICE_TYPE_LABELS);
    const { header, lines } = sheetColumns(types.map(row), 'zh', () => null);
    const column = header.indexOf('发票类型');
    expect(lines.map((l) => l[column])).toEqual(types.map((t) => ({ text: INVOICE_TYPE_LABELS[t] })));
    // The 20-digit 数电 number stays text.
    expect(lines[0][header.indexOf('发票号码')]).toEqual({ id: '24512000000012345678' });
  });
});
