/**
 * An invoice rendered from its e-invoice names the standard beside its own date ("Document généré depuis la
 * facture électronique (Peppol BIS Billing 3.0)  Date de facture : 27/11/2025"): "BIS" there is no German
 * "bis" of a last day, and the date is the page's own, not in doubt. Generated variants of the supplier
 * invoice of supplier-bill.ts, read as the text pipeline reads it (checkTillArithmetic's date checks).
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { linesToText, pageLines } from '../../src/invoice/layout.js';
import { checkTillArithmetic } from '../../src/invoice/receipt.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';
import { page } from './supplier-bill.js';

const read = (left: string) => {
  const pages = toPageText(page({ info: [], extra: [d(22, 30, left), d(120, 30, 'Date de facture : 27/11/2025')] }), 210, 297);
  return checkTillArithmetic(parseWesternInvoiceText(pages), linesToText(pageLines(pages)));
};

describe('"Peppol BIS" beside the invoice date', () => {
  it('leaves the date sure', () => {
    const inv = read('Document généré depuis la facture électronique (Peppol BIS Billing 3.0)');
    expect(inv.date).toBe('2025-11-27');
    expect(guessesOf(inv).date).toBeUndefined();
  });

  it('control: a German "bis" beside it is a last day\'s date, in doubt', () => {
    const inv = read('Zahlbar bis');
    expect(guessesOf(inv).date).toBeDefined();
  });
});
