/**
 * An airline's header grid whose cells wrap in two rows ("Ticket" over "number", "Invoice" over "number"), the
 * ticket number first: the invoice number is the invoice's cell, not the ticket's first group ("313", read with
 * the grid's second row "number" as a bare label; the 148th and 153rd batches' airline invoices). A folio's or a
 * ticket's number on the invoice number's own line was read past already; wrapped in its cell it is too.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const airline = page([
  w(18.3, 17.5, 'AER CORRIB', 5.29, 36.16),
  w(18.3, 24.0, 'Aer Corrib Airlines DAC', 2.47, 28.36),
  w(149.2, 17.4, 'Invoice / Receipt', 4.59, 42.89),
  w(18.5, 33.1, 'Ticket', 4.23, 14.44),
  w(18.5, 38.1, 'number', 4.23, 18.43),
  w(49.0, 33.1, 'Booking', 4.23, 19.35),
  w(49.0, 38.1, 'ref.', 4.23, 8.18),
  w(76.0, 33.1, 'Invoice', 4.23, 17.09),
  w(76.0, 38.1, 'number', 4.23, 18.43),
  w(110.0, 33.1, 'Date of', 4.23, 17.49),
  w(110.0, 38.1, 'issue', 4.23, 12.38),
  w(137.0, 33.1, 'Customer', 4.23, 22.94),
  w(137.0, 38.1, 'account', 4.23, 18.84),
  w(163.9, 33.1, 'Payment', 4.23, 20.79),
  w(18.5, 44.4, '313', 4.23, 8.08),
  w(18.5, 49.5, '2204471180', 4.23, 26.93),
  w(49.0, 44.4, 'R7KQ2T', 4.23, 17.02),
  w(76.0, 44.4, 'ACI-2025-', 4.23, 20.85),
  w(76.0, 49.5, '0447182', 4.23, 18.85),
  w(110.0, 44.4, '20 Nov', 4.23, 14.99),
  w(110.0, 49.5, '2025', 4.23, 10.77),
  w(137.0, 44.4, 'ACC-88120', 4.23, 23.73),
  w(163.9, 44.4, 'Card', 4.23, 9.90),
  w(163.9, 49.5, '****4471', 4.23, 19.24),
  w(18.3, 61.0, 'Bill to', 2.47, 7.01),
  w(18.3, 63.8, 'Clonmore Engineering Ltd', 4.23, 55.17),
  w(18.3, 68.8, 'Accounts Payable', 4.23, 37.17),
  w(18.3, 73.8, 'Unit 4, Ballybrit Business Park', 4.23, 63.48),
  w(18.3, 78.8, 'Galway H91 K2F4', 4.23, 37.47),
  w(106.2, 61.0, 'Passenger', 2.47, 12.64),
  w(106.2, 63.8, 'MR CIARAN DEVLIN', 4.23, 40.82),
  w(106.2, 68.8, 'Frequent', 4.23, 18.70),
  w(126.3, 68.8, 'fl', 4.23, 2.67),
  w(128.9, 68.8, 'yer: AC 4471 2280', 4.23, 39.56),
  w(18.3, 90.0, 'Flight', 4.23, 13.86),
  w(35.8, 90.0, 'Date', 4.23, 11.27),
  w(65.3, 90.0, 'From', 4.23, 12.03),
  w(105.6, 90.0, 'To', 4.23, 5.23),
  w(145.9, 90.0, 'Fare class', 4.23, 23.79),
  w(182.5, 90.0, 'EUR', 4.23, 9.59),
  w(18.3, 96.3, 'AC 310', 4.23, 15.20),
  w(35.8, 96.3, '02 Dec 2025', 4.23, 27.04),
  w(65.3, 96.3, 'Galway (GWY)', 4.23, 30.31),
  w(105.6, 96.3, 'London City (LCY)', 4.23, 37.63),
  w(145.9, 96.3, 'Business Flex', 4.23, 28.66),
  w(177.3, 96.3, '214.00', 4.23, 14.81),
  w(18.3, 102.4, 'AC 315', 4.23, 15.20),
  w(35.8, 102.4, '04 Dec 2025', 4.23, 27.04),
  w(65.3, 102.4, 'London City (LCY)', 4.23, 37.63),
  w(105.6, 102.4, 'Galway (GWY)', 4.23, 30.31),
  w(145.9, 102.4, 'Business Flex', 4.23, 28.66),
  w(177.3, 102.4, '214.00', 4.23, 14.81),
  w(106.2, 111.4, 'Fare', 4.23, 8.89),
  w(177.3, 111.4, '428.00', 4.23, 14.81),
  w(106.2, 117.5, 'UK Air Passenger Duty', 4.23, 47.52),
  w(180.0, 117.5, '15.00', 4.23, 12.12),
  w(106.2, 123.6, 'Airport and security charges', 4.23, 60.16),
  w(180.0, 123.6, '36.40', 4.23, 12.12),
  w(106.2, 129.6, 'VAT (international transport,', 4.23, 59.97),
  w(106.2, 134.7, '0%)', 4.23, 8.37),
  w(182.7, 129.6, '0.00', 4.23, 9.43),
  w(106.2, 140.8, 'Total charged EUR', 4.23, 43.50),
  w(175.7, 140.8, '479.40', 4.23, 16.34),
  w(17.2, 156.5, 'Aer Corrib Airlines DAC, Galway Airport, Carnmore, Co. Galway. Registered in Ireland No. 644718. VAT IE 3447118KH.', 2.47, 144.44),
]);

describe('a ticket number wrapped in a header grid beside the invoice number', () => {
  it('reads the invoice number', () => {
    expect(parseWesternInvoiceText(airline).number).toBe('ACI-2025-0447182');
  });
});
