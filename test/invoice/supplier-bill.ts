/**
 * The supplier invoice the regional-label and bill tests vary one class at a time: an Irish printer's
 * A4 letter to a dental practice (1,240.00 + 23 % VAT = 1,525.20), read by the Western parser.
 */
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { letterPage, toPageText, type Draw, type LetterPage } from './page-builder.js';

export const page = (p: LetterPage): Draw[] => letterPage(p, {
  letterhead: ['Harbour Print Ltd', '4 Quay Street, Galway H91 X2Y3'],
  window: ['Corrib Dental Ltd', '12 Shop Street', 'Galway'],
  item: ['Printing of brochures', '1,240.00'],
  totals: [['Subtotal', '1,240.00'], ['VAT 23 %', '285.20'], ['Total', '1,525.20']],
});

export const read = (p: LetterPage) => parseWesternInvoiceText(toPageText(page(p), 210, 297));

/** Net, tax and total as read. */
export const totals = (p: LetterPage) => {
  const inv = read(p);
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};
