/**
 * Fields a parser filled by a guess rather than a reading: a value no label or structure vouches for
 * (the first date on a page, a letterhead line taken for the seller's name). The value is kept, as a
 * person would want a starting point, but the result must say it needs a look: settle turns the guesses
 * that made it into the invoice into a failed field_doubt check naming them.
 *
 * Kept beside the invoice rather than in it, so the Invoice model (the output contract) stays as it is.
 */
import type { Invoice } from './model.js';

const guesses = new WeakMap<Invoice, Map<string, string>>();

/**
 * How the why of a guess on a field left empty ends: the page shows the field is there (a buyer's label, a
 * form of address) and no rule read it. settle names such a field while no source gives it.
 */
export const SHOWN_NOT_READ = 'none was read';

/** Records that `field` ("date", "seller.name", …) of `invoice` is a guess, and why. */
export function noteGuess(invoice: Invoice, field: string, why: string): void {
  let map = guesses.get(invoice);
  if (!map) guesses.set(invoice, (map = new Map()));
  map.set(field, why);
}

/** Forgets a guess (a later step read the field after all). */
export function dropGuess(invoice: Invoice, field: string): void {
  guesses.get(invoice)?.delete(field);
}

/** The guessed fields of `invoice` with why, as a plain object (empty when none). */
export function guessesOf(invoice: Invoice): Record<string, string> {
  return Object.fromEntries(guesses.get(invoice) ?? []);
}
