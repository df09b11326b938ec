/**
 * The cash rounding adjustment a till receipt prints ("Rounding Adj -0.02"): Malaysian and Singaporean
 * tills round a cash total to 5 sen or cents, so the total paid differs from net + tax by a few cents.
 * The invoice model has no field for it (docs/invoice-model.md): it is kept beside the invoice, as the
 * guesses are, for the totals check to take into account.
 */
import type { Invoice } from '../model.js';

/** At most half the smallest coin a till rounds to (10 sen): more is no rounding but a misread figure. */
export const MAX_ROUNDING = 0.05;

const printed = new WeakMap<Invoice, number>();

/** Records the rounding adjustment printed on the page `invoice` was read from. */
export function noteRounding(invoice: Invoice, value: number): void {
  if (value !== 0 && Math.abs(value) <= MAX_ROUNDING) printed.set(invoice, value);
}

/** The rounding adjustment printed on the page `invoice` was read from, or 0. */
export function roundingOf(invoice: Invoice): number {
  return printed.get(invoice) ?? 0;
}
