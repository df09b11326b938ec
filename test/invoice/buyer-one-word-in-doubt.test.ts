/**
 * A buyer's name of one short word in title case with no company form is a heading or a surname, not a customer's
 * name: "Rental" over "agreement" heading a car rental's grid was read as the buyer with status ok (the 148th batch's
 * car rental invoice). In doubt now.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const rental = page([
  w(162.0, 17.5, 'TAX INVOICE', 4.23, 30.07),
  w(18.3, 17.5, 'DriveWell', 5.29, 28.72),
  w(132.6, 22.5, 'Invoice No. DW-UK-5504471', 4.23, 59.47),
  w(139.7, 27.5, 'Invoice Date 26/11/2025', 4.23, 52.34),
  w(18.5, 38.9, 'Rental', 4.23, 15.48),
  w(54.6, 38.9, 'Vehicle', 4.23, 17.21),
  w(90.2, 38.9, 'Registration', 4.23, 29.50),
  w(122.1, 38.9, 'Pick-up', 4.23, 17.68),
  w(158.2, 38.9, 'Return', 4.23, 16.27),
  w(18.5, 43.9, 'agreement', 4.23, 26.04),
  w(18.5, 50.3, 'RA 40911872', 4.23, 28.56),
  w(54.6, 50.3, 'VW Golf Estate', 4.23, 31.71),
  w(90.2, 50.3, 'LK24 XWP', 4.23, 21.51),
  w(122.1, 50.3, 'Bristol Temple', 4.23, 29.86),
  w(158.2, 50.3, 'Bristol Temple', 4.23, 29.86),
  w(54.6, 55.3, 'or similar', 4.23, 19.87),
  w(122.1, 55.3, 'Meads', 4.23, 13.74),
  w(158.2, 55.3, 'Meads', 4.23, 13.74),
  w(122.1, 60.3, '22/11/2025', 4.23, 24.40),
  w(158.2, 60.3, '26/11/2025', 4.23, 24.40),
  w(122.1, 65.4, '09:10', 4.23, 12.20),
  w(158.2, 65.4, '08:45', 4.23, 12.20),
  w(18.3, 75.7, 'Renter', 4.23, 16.13),
  w(106.2, 75.7, 'Bill to account 0077120', 4.23, 56.39),
  w(18.3, 80.7, 'Mr Callum Hughes', 4.23, 38.84),
  w(106.2, 80.7, 'Severn Acoustic Consultants Ltd', 4.23, 68.38),
  w(18.3, 85.7, 'Licence no. HUGHE712045C99', 4.23, 65.24),
  w(106.2, 85.7, '2 Redcli', 4.23, 16.76),
  w(123.0, 85.7, 'ff', 4.23, 2.92),
  w(127.3, 85.7, 'Mead Lane', 4.23, 23.12),
  w(106.2, 90.8, 'Bristol BS1 6FS', 4.23, 32.10),
  w(18.3, 101.9, 'Charge', 4.23, 16.97),
  w(131.7, 101.9, 'Units', 4.23, 12.45),
  w(152.6, 101.9, 'Rate', 4.23, 11.01),
  w(173.4, 101.9, 'Amount', 4.23, 18.65),
  w(18.3, 108.2, 'Time and mileage (unlimited miles)', 4.23, 75.23),
  w(130.1, 108.2, '4 days', 4.23, 14.03),
  w(151.5, 108.2, '52.00', 4.23, 12.12),
  w(177.3, 108.2, '208.00', 4.23, 14.81),
  w(18.3, 114.3, 'Collision damage waiver', 4.23, 51.79),
  w(130.1, 114.3, '4 days', 4.23, 14.03),
  w(151.5, 114.3, '12.50', 4.23, 12.12),
  w(180.0, 114.3, '50.00', 4.23, 12.12),
  w(18.3, 120.4, 'Refuelling charge (returned 3/4)', 4.23, 67.98),
  w(141.5, 120.4, '1', 4.23, 2.69),
  w(151.5, 120.4, '38.00', 4.23, 12.12),
  w(180.0, 120.4, '38.00', 4.23, 12.12),
  w(118.8, 129.4, 'Net', 4.23, 7.43),
  w(174.6, 129.4, '£296.00', 4.23, 17.51),
  w(118.8, 135.5, 'VAT @ 20%', 4.23, 24.11),
  w(177.3, 135.5, '£59.20', 4.23, 14.81),
  w(118.8, 141.6, 'Total', 4.23, 11.57),
  w(172.8, 141.6, '£355.20', 4.23, 19.28),
  w(118.8, 147.6, 'Deposit taken at pick-up', 4.23, 51.86),
  w(174.6, 147.6, '£250.00', 4.23, 17.51),
  w(118.8, 153.7, 'Charged to account', 4.23, 41.68),
  w(174.6, 153.7, '£355.20', 4.23, 17.51),
  w(17.2, 169.5, 'DriveWell Vehicle Rental Ltd · Registered o', 2.47, 52.55),
  w(69.7, 169.5, 'ffi', 2.47, 2.39),
  w(72.1, 169.5, 'ce: 18 Canal Wharf, Leeds LS11 5PS · Company No. 07712044 · VAT Reg. GB 188 4471 20', 2.47, 111.01),
]);
describe('a buyer read as one word', () => {
  it('is in doubt without a company form', () => {
    const inv = parseWesternInvoiceText(rental);
    expect(inv.buyer.name).toBe('Rental');
    expect(guessesOf(inv)['buyer.name']).toMatch(/one word without a company form/);
  });
});
