/**
 * A hotel's invoice lists its folio's number above its own ("Folio No. | 118842" over "Invoice No. |
 * HH-25-06617"), as an airline lists the ticket's: the invoice's number is the one its own label gives.
 * With no "Invoice No." on the page, the folio's number still stands for it. The 133rd batch's hotel
 * folio as a browser printed it (its number read as the folio's).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (withInvoiceNumber: boolean) => toPageText([
  d(71, 17, 'The Quayside Hotel', 5), d(53, 23, 'Quayside Hospitality Ltd · 3 Dock Road · Cork T12 E2K4 · VAT IE 3318842WH', 2.5),
  d(18, 35, 'Lantern Software Ltd', 4.2), d(107, 35, 'Guest', 4.2), d(136, 35, 'Mr Piotr Nowak', 4.2),
  d(18, 40, 'Unit 2, Mahon Point', 4.2), d(107, 41, 'Room', 4.2), d(136, 41, '308', 4.2),
  d(18, 45, 'Cork', 4.2), d(107, 47, 'Arrival', 4.2), d(136, 47, '10/11/25', 4.2),
  d(107, 53, 'Departure', 4.2), d(136, 53, '12/11/25', 4.2),
  d(107, 60, 'Folio No.', 4.2), d(136, 60, '220417', 4.2),
  ...(withInvoiceNumber ? [d(107, 66, 'Invoice No.', 4.2), d(136, 66, 'QH-25-00881', 4.2)] : []),
  d(107, 72, 'Invoice Date', 4.2), d(136, 72, '12/11/25', 4.2),
  d(18, 87, 'Date', 4.2), d(47, 87, 'Description', 4.2), d(121, 87, 'Charges EUR', 4.2),
  d(18, 93, '10/11/25', 4.2), d(47, 93, 'Accommodation', 4.2), d(136, 93, '160.00', 4.2),
  d(140, 110, 'Total charges', 4.2), d(175, 110, '160.00', 4.2),
], 210, 297);

describe('a folio’s number above the invoice’s', () => {
  it('the invoice’s label gives the number', () => {
    expect(parseWesternInvoiceText(page(true)).number).toBe('QH-25-00881');
  });
  it('alone, the folio’s number stands for it', () => {
    expect(parseWesternInvoiceText(page(false)).number).toBe('220417');
  });
});
