/**
 * Extract results as CSV (RFC 4180): one row per invoice, or with `items` one row per line item (an
 * invoice without items still gets one row, so no document disappears from the sheet). Rows can be
 * written as results arrive: the header is fixed.
 */
import type { ExtractResult, Party } from '../invoice/index.js';

const PARTY: (keyof Party)[] = ['name', 'taxId', 'address', 'phone', 'bank', 'account'];
const INVOICE_COLUMNS = ['file', 'status', 'source', 'type', 'documentType', 'code', 'number', 'date', 'dueDate', 'checkCode', 'currency', 'amount', 'taxAmount', 'totalAmount', 'totalInWords',
  ...PARTY.map((f) => `seller.${f}`), ...PARTY.map((f) => `buyer.${f}`), 'remarks', 'items', 'failedChecks', 'duplicateOf', 'error', 'sha256'];
const ITEM_COLUMNS = ['file', 'status', 'type', 'documentType', 'code', 'number', 'date', 'currency', 'seller.name', 'buyer.name',
  'item', 'item.name', 'item.spec', 'item.unit', 'item.quantity', 'item.unitPrice', 'item.amount', 'item.taxRate', 'item.taxAmount', 'error'];

export function csvHeader(items: boolean): string {
  return `${(items ? ITEM_COLUMNS : INVOICE_COLUMNS).join(',')}\r\n`;
}

export function csvRows(result: ExtractResult, items: boolean): string {
  const inv = result.invoice;
  const error = result.error ? `${result.error.code}: ${result.error.message}` : null;
  if (!items) {
    const row = [result.file, result.status, result.source, inv?.type, inv?.documentType, inv?.code, inv?.number, inv?.date, inv?.dueDate, inv?.checkCode, inv?.currency,
      inv?.amount, inv?.taxAmount, inv?.totalAmount, inv?.totalInWords, ...PARTY.map((f) => inv?.seller[f]), ...PARTY.map((f) => inv?.buyer[f]), inv?.remarks,
      inv?.items.length, result.checks.filter((c) => !c.ok).map((c) => c.id).join(' '), result.duplicateOf, error, result.sha256];
    return line(row);
  }
  const head = [result.file, result.status, inv?.type, inv?.documentType, inv?.code, inv?.number, inv?.date, inv?.currency, inv?.seller.name, inv?.buyer.name];
  if (!inv?.items.length) return line([...head, null, null, null, null, null, null, null, null, null, error]);
  return inv.items.map((it, i) => line([...head, i + 1, it.name, it.spec, it.unit, it.quantity, it.unitPrice, it.amount, it.taxRate, it.taxAmount, error])).join('');
}

function line(cells: unknown[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** One CSV field: quoted when it must be, a text that starts like a formula made inert. */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  let s = String(value);
  // A text cell starting like a formula would run as one in a spreadsheet (CSV injection).
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
