/**
 * Readings of a till receipt: a page that states what was paid (cash and change, or a payment beside a
 * labelled total). A till receipt is kept for its total, date and seller; many print no receipt number,
 * and one OCR is unsure of is better left out than a reason to review the receipt
 * (docs/invoice-model.md, "Till receipts"). The model has no field for it: it is kept beside the
 * invoice, as the rounding is, for the checks to know.
 */
import type { Invoice } from '../model.js';

const tills = new WeakSet<Invoice>();

/** Records that `invoice` was read from a till receipt. */
export function noteTillReceipt(invoice: Invoice): void {
  tills.add(invoice);
}

/** Whether `invoice` was read from a till receipt. */
export function isTillReceiptReading(invoice: Invoice): boolean {
  return tills.has(invoice);
}
