/**
 * The rounding adjustment a page prints ("Rounding Adj -0.02", "Öresavrundning 0,12"): Malaysian and
 * Singaporean tills round a cash total to 5 sen or cents, so the total paid differs from net + tax by a
 * few cents; Swedish, Norwegian and Danish invoices round theirs to whole crowns.
 * The invoice model has no field for it (docs/invoice-model.md): it is kept beside the invoice, as the
 * guesses are, for the totals check to take into account.
 */
import type { Invoice } from '../model.js';

/** At most half the smallest coin a till rounds to (10 sen): more is no rounding but a misread figure. */
export const MAX_ROUNDING = 0.05;

/**
 * The largest rounding a currency's rules allow: Swedish, Norwegian, Danish and Czech totals are rounded to
 * whole crowns (half a crown either way), Swiss francs to 5 Rappen; Indian GST invoices round what is to pay to
 * the whole rupee ("Less : Round Off (-)0.50"); any other currency, a till's.
 */
const CURRENCY_ROUNDING: Readonly<Record<string, number>> = { SEK: 0.5, NOK: 0.5, DKK: 0.5, CZK: 0.5, CHF: 0.05, INR: 0.5 };

/** The largest rounding adjustment a page in `currency` may print. */
export function maxRounding(currency: string | null): number {
  return CURRENCY_ROUNDING[currency ?? ''] ?? MAX_ROUNDING;
}

const printed = new WeakMap<Invoice, number>();

/** Records the rounding adjustment printed on the page `invoice` was read from. */
export function noteRounding(invoice: Invoice, value: number): void {
  if (value !== 0 && Math.abs(value) <= maxRounding(invoice.currency)) printed.set(invoice, value);
}

/** The rounding adjustment printed on the page `invoice` was read from, or 0. */
export function roundingOf(invoice: Invoice): number {
  return printed.get(invoice) ?? 0;
}
