/**
 * A header grid's "Customer" over "account" (its cell wrapped in two rows) heads the customer's account code, not the
 * buyer's block: an airline invoice's grid of booking reference, ticket and invoice numbers, date and account gave the
 * buyer "CA-40917" (the 148th batch's airline invoice). The buyer is the block under "Invoice to".
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const airline: PageText[] = [{ page: 1, width: 210, height: 297, items: [
  w(172.6, 17.5, 'INVOICE', 4.23, 19.49),
  w(18.3, 17.5, 'SKYLARK', 5.29, 27.39),
  w(18.3, 24.0, 'Skylark Regional Airways Ltd', 2.47, 35.59),
  w(18.5, 33.1, 'Booking', 4.23, 19.35),
  w(56.6, 33.1, 'Ticket', 4.23, 14.44),
  w(91.6, 33.1, 'Invoice', 4.23, 17.09),
  w(129.6, 33.1, 'Invoice', 4.23, 17.09),
  w(156.5, 33.1, 'Customer', 4.23, 22.94),
  w(18.5, 38.1, 'reference', 4.23, 23.02),
  w(56.6, 38.1, 'number', 4.23, 18.43),
  w(91.6, 38.1, 'number', 4.23, 18.43),
  w(129.6, 38.1, 'date', 4.23, 10.78),
  w(156.5, 38.1, 'account', 4.23, 18.84),
  w(18.5, 44.4, 'KX7Q2M', 4.23, 18.05),
  w(56.6, 44.4, '771', 4.23, 8.08),
  w(91.6, 44.4, 'SRA-INV-2025-', 4.23, 30.68),
  w(129.6, 44.4, '22 Nov', 4.23, 14.99),
  w(156.5, 44.4, 'CA-40917', 4.23, 20.75),
  w(56.6, 49.5, '2404471182', 4.23, 26.93),
  w(91.6, 49.5, '118304', 4.23, 16.16),
  w(129.6, 49.5, '2025', 4.23, 10.77),
  w(18.3, 59.8, 'Invoice to', 4.23, 23.49),
  w(106.2, 59.8, 'Passengers', 4.23, 27.28),
  w(18.3, 64.8, 'Harbour Light Surveying Ltd', 4.23, 59.80),
  w(106.2, 64.8, 'MR DANIEL PROSSER', 4.23, 44.63),
  w(18.3, 69.8, 'Accounts Payable', 4.23, 37.17),
  w(106.2, 69.8, 'MS AMELIA FROST', 4.23, 38.74),
  w(18.3, 74.9, 'Unit 3, Quayside Park', 4.23, 45.63),
  w(18.3, 79.9, 'Plymouth PL4 0LP', 4.23, 37.87),
  w(18.3, 91.0, 'Flight', 4.23, 13.86),
  w(35.3, 91.0, 'Date', 4.23, 11.27),
  w(64.6, 91.0, 'From', 4.23, 12.03),
  w(106.0, 91.0, 'To', 4.23, 5.23),
  w(147.4, 91.0, 'Class', 4.23, 12.45),
  w(162.2, 91.0, 'Amount GBP', 4.23, 29.92),
  w(18.3, 97.4, 'SK 214', 4.23, 14.89),
  w(35.3, 97.4, '03 Dec 2025', 4.23, 27.04),
  w(64.6, 97.4, 'Newquay (NQY)', 4.23, 33.44),
  w(106.0, 97.4, 'Manchester (MAN)', 4.23, 39.12),
  w(147.4, 97.4, 'Flex', 4.23, 8.65),
  w(177.3, 97.4, '148.00', 4.23, 14.81),
  w(18.3, 103.5, 'SK 219', 4.23, 14.89),
  w(35.3, 103.5, '05 Dec 2025', 4.23, 27.04),
  w(64.6, 103.5, 'Manchester (MAN)', 4.23, 39.12),
  w(106.0, 103.5, 'Newquay (NQY)', 4.23, 33.44),
  w(147.4, 103.5, 'Flex', 4.23, 8.65),
  w(177.3, 103.5, '148.00', 4.23, 14.81),
  w(90.7, 112.4, 'Fare', 4.23, 8.89),
  w(177.3, 112.4, '296.00', 4.23, 14.81),
  w(90.7, 118.5, 'Air Passenger Duty', 4.23, 40.30),
  w(180.0, 118.5, '30.00', 4.23, 12.12),
  w(90.7, 124.6, 'Airport charges', 4.23, 32.60),
  w(180.0, 124.6, '49.20', 4.23, 12.12),
  w(90.7, 130.7, 'VAT (zero-rated, passenger transport)', 4.23, 79.99),
  w(182.7, 130.7, '0.00', 4.23, 9.43),
  w(90.7, 136.8, 'Total paid', 4.23, 23.41),
  w(172.8, 136.8, '£375.20', 4.23, 19.28),
  w(17.2, 145.2, 'Paid by corporate card ending 4471 on 22 Nov 2025.', 2.96, 78.50),
  w(17.2, 158.9, 'Skylark Regional Airways Ltd, Terminal Building, Newquay Airport, TR8 4RQ · Registered in England 09447182 · VAT GB 244 7118 02', 2.47, 163.54),
] }];

/** A ZUGFeRD stylesheet's view: the buyer's heading alone on its row, its block's key-value rows under it. */
const keyValueBlock: PageText[] = [{ page: 1, width: 210, height: 297, items: [
  w(17.6, 33.9, 'Handelsrechnung Nr. 471102 vom 05.03.2018', 4.2, 88.0),
  w(17.6, 60.6, 'Rechnungswährung', 4.2, 36.0), w(62.1, 60.6, ':', 4.2, 1.0), w(66.3, 60.6, 'EUR', 4.2, 8.0),
  w(17.6, 101.6, 'Verkäufer:', 4.2, 21.0),
  w(17.6, 113.6, 'Lieferant', 4.2, 19.0), w(38.8, 113.6, 'GmbH', 4.2, 11.0),
  w(17.6, 117.6, 'Lieferantenstraße', 4.2, 36.0), w(55.7, 117.6, '20', 4.2, 4.5),
  w(17.6, 121.6, 'DE', 4.2, 5.5), w(24.0, 121.6, '80333', 4.2, 11.5), w(36.7, 121.6, 'München', 4.2, 17.0),
  w(17.6, 141.6, 'Käufer/Leistungsempfänger:', 4.2, 56.0),
  w(17.6, 145.6, 'Nummer', 4.2, 17.0), w(47.2, 145.6, ':', 4.2, 1.0), w(51.5, 145.6, 'GE2020211', 4.2, 22.0),
  w(17.6, 153.5, 'Kunden', 4.2, 14.0), w(32.4, 153.5, 'AG', 4.2, 5.5), w(38.8, 153.5, 'Mitte', 4.2, 11.0),
  w(17.6, 157.5, 'Kundenstraße', 4.2, 26.0), w(45.1, 157.5, '15', 4.2, 4.5),
  w(17.6, 161.5, 'DE', 4.2, 5.5), w(24.0, 161.5, '69876', 4.2, 11.5), w(36.7, 161.5, 'Frankfurt', 4.2, 19.0),
  w(120.0, 220.0, 'Gesamtbetrag', 4.2, 27.0), w(170.0, 220.0, '529,87', 4.2, 13.0),
] }];

describe('a customer account header wrapped in a grid', () => {
  it('labels no buyer', () => {
    expect(parseWesternInvoiceText(airline).buyer.name).toBe('Harbour Light Surveying Ltd');
  });
  it('leaves a buyer\'s heading over its key-value rows ("Nummer : …") the label it is', () => {
    expect(parseWesternInvoiceText(keyValueBlock).buyer.name).toBe('Kunden AG Mitte');
  });
});
