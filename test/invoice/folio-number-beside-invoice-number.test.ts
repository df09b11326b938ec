/**
 * A hotel folio set in two columns prints the folio's number on the invoice number's own line ("Folio No.: 88412"
 * beside "Invoice No.: LCL-25-04471"): the folio is the stay's document, the invoice's number is the other. Read
 * "88412" before (the 148th batch's Irish folio), as a folio's number on a line of its own was already skipped.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const folio: PageText[] = [{ page: 1, width: 210, height: 297, items: [
  w(69.0, 16.9, 'The Lough Corrib Lodge', 5.29, 72.37),
  w(63.3, 23.5, 'Oughterard, Co. Galway · +353 91 552 447 · VAT No. IE 6388471T', 2.47, 83.79),
  w(86.6, 32.4, 'VAT INVOICE / FOLIO', 3.03, 37.07),
  w(18.3, 40.5, 'Guest: Ms Orla Kennedy', 4.23, 52.44),
  w(106.2, 40.5, 'Company: Westshore Marine', 4.23, 62.10),
  w(18.3, 45.5, 'Room: 214', 4.23, 23.15),
  w(106.2, 45.5, 'Engineering Ltd', 4.23, 35.00),
  w(18.3, 50.5, 'Arrival: 17/11/2025 · Departure:', 4.23, 69.48),
  w(106.2, 50.5, 'Dock Road', 4.23, 23.19),
  w(18.3, 55.6, '20/11/2025', 4.23, 24.40),
  w(106.2, 55.6, 'Galway H91 E2K7', 4.23, 39.21),
  w(18.3, 60.6, 'Folio No.: 88412', 4.23, 35.62),
  w(106.2, 60.6, 'Invoice No.: LCL-25-04471', 4.23, 57.79),
  w(106.2, 65.6, 'Invoice date: 20/11/2025', 4.23, 53.53),
  w(18.3, 76.7, 'Date', 4.23, 11.06),
  w(56.6, 76.7, 'Description', 4.23, 27.59),
  w(133.9, 76.7, 'Charges €', 4.23, 23.88),
  w(170.5, 76.7, 'Credits €', 4.23, 21.62),
  w(18.3, 83.1, '17/11/2025', 4.23, 24.40),
  w(56.6, 83.1, 'Accommodation', 4.23, 34.49),
  w(142.9, 83.1, '139.00', 4.23, 14.81),
  w(18.3, 89.2, '18/11/2025', 4.23, 24.40),
  w(56.6, 89.2, 'Accommodation', 4.23, 34.49),
  w(142.9, 89.2, '139.00', 4.23, 14.81),
  w(18.3, 95.2, '18/11/2025', 4.23, 24.40),
  w(56.6, 95.2, 'Dinner – Restaurant', 4.23, 43.33),
  w(145.6, 95.2, '77.00', 4.23, 12.12),
  w(18.3, 101.3, '19/11/2025', 4.23, 24.40),
  w(56.6, 101.3, 'Accommodation', 4.23, 34.49),
  w(142.9, 101.3, '139.00', 4.23, 14.81),
  w(18.3, 107.4, '19/11/2025', 4.23, 24.40),
  w(56.6, 107.4, 'Bar', 4.23, 7.66),
  w(145.6, 107.4, '46.00', 4.23, 12.12),
  w(18.3, 113.5, '20/11/2025', 4.23, 24.40),
  w(56.6, 113.5, 'Payment – Visa', 4.23, 32.36),
  w(177.3, 113.5, '540.00', 4.23, 14.81),
  w(146.2, 122.5, 'Total charges', 4.23, 29.00),
  w(177.3, 122.5, '540.00', 4.23, 14.81),
  w(146.2, 128.6, 'Total credits', 4.23, 26.81),
  w(177.3, 128.6, '540.00', 4.23, 14.81),
  w(146.2, 134.7, 'Balance', 4.23, 19.02),
  w(181.8, 134.7, '0.00', 4.23, 10.31),
  w(18.5, 145.0, 'VAT rate', 4.23, 20.26),
  w(41.2, 145.0, 'Net', 4.23, 8.52),
  w(58.4, 145.0, 'VAT', 4.23, 9.16),
  w(72.9, 145.0, 'Gross', 4.23, 13.44),
  w(18.5, 151.3, '13.5%', 4.23, 13.45),
  w(41.2, 151.3, '435.24', 4.23, 14.81),
  w(58.4, 151.3, '58.76', 4.23, 12.12),
  w(72.9, 151.3, '494.00', 4.23, 14.81),
  w(18.5, 157.7, '23%', 4.23, 9.41),
  w(43.9, 157.7, '37.40', 4.23, 12.12),
  w(61.0, 157.7, '8.60', 4.23, 9.43),
  w(75.5, 157.7, '46.00', 4.23, 12.12),
  w(18.5, 164.0, 'Total', 4.23, 10.62),
  w(41.2, 164.0, '472.64', 4.23, 14.81),
  w(58.4, 164.0, '67.36', 4.23, 12.12),
  w(72.9, 164.0, '540.00', 4.23, 14.81),
  w(17.2, 172.4, 'Corrib Lodge Hospitality Ltd trading as The Lough Corrib Lodge · Company No. 604471', 2.47, 110.65),
] }];

describe('a folio number beside the invoice number', () => {
  it('is not the invoice\'s number', () => {
    const inv = parseWesternInvoiceText(folio);
    expect(inv.number).toBe('LCL-25-04471');
    expect(guessesOf(inv).number).toBeUndefined();
  });
});
