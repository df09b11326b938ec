/**
 * A conference's invoice prints its event as the heading and names the company behind it in the footer's
 * sentence: "Northern Data Summit is organised by Threadneedle Events Limited, 40 Bridge Street … Registered in
 * England …". The seller is the company, not the sentence (the 153rd batch's ticket invoice, read whole with
 * status ok). The other kinds of the sentence, "… est organisé par …", "… wird betrieben von …", read the same.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const tickets = page([
  w(17.2, 16.9, 'Northern Data Summit 2026', 5.29, 84.91),
  w(17.2, 23.5, 'Manchester Central · 10-11 March 2026', 2.47, 50.54),
  w(18.3, 32.8, 'Invoice', 4.23, 17.22),
  w(19.3, 38.4, 'Order number', 4.23, 30.78),
  w(61.1, 38.4, 'NDS-118274', 4.23, 27.74),
  w(19.3, 44.4, 'Booking reference', 4.23, 39.64),
  w(61.1, 44.4, '7QK-22M', 4.23, 20.17),
  w(19.3, 50.5, 'Invoice number', 4.23, 33.62),
  w(61.1, 50.5, 'NDS26-00418', 4.23, 30.28),
  w(19.3, 56.6, 'Date', 4.23, 10.12),
  w(61.1, 56.6, '18/11/2025', 4.23, 24.40),
  w(106.2, 33.0, 'Billed to', 2.47, 10.48),
  w(106.2, 35.7, 'Pellow Analytics Ltd', 4.23, 43.61),
  w(106.2, 40.7, 'Finance, 2nd Floor', 4.23, 40.72),
  w(106.2, 45.8, '14 Sovereign Street', 4.23, 43.08),
  w(106.2, 50.8, 'Leeds LS1 4BJ', 4.23, 31.30),
  w(106.2, 55.8, 'VAT GB 402 7718 13', 4.23, 44.53),
  w(17.2, 66.9, 'Delegates', 2.47, 12.46),
  w(18.3, 70.1, 'Ticket no.', 4.23, 23.69),
  w(54.6, 70.1, 'Name', 4.23, 13.79),
  w(104.8, 70.1, 'Ticket type', 4.23, 26.46),
  w(179.8, 70.1, 'Price', 4.23, 12.29),
  w(18.3, 76.5, 'T-5520141', 4.23, 22.56),
  w(54.6, 76.5, 'Rebecca Pellow', 4.23, 33.56),
  w(104.8, 76.5, 'Full conference pass', 4.23, 44.49),
  w(177.3, 76.5, '495.00', 4.23, 14.81),
  w(18.3, 82.5, 'T-5520142', 4.23, 22.56),
  w(54.6, 82.5, 'Arjun Mehta', 4.23, 26.98),
  w(104.8, 82.5, 'Full conference pass', 4.23, 44.49),
  w(177.3, 82.5, '495.00', 4.23, 14.81),
  w(18.3, 88.6, 'T-5520143', 4.23, 22.56),
  w(54.6, 88.6, 'Sophie Walsh', 4.23, 28.85),
  w(104.8, 88.6, 'Full conference pass', 4.23, 44.49),
  w(177.3, 88.6, '495.00', 4.23, 14.81),
  w(106.2, 97.6, 'Tickets (3)', 4.23, 22.83),
  w(170.5, 97.6, '£1,485.00', 4.23, 21.54),
  w(106.2, 103.7, 'Booking fee (3 x £12.50)', 4.23, 52.72),
  w(177.3, 103.7, '£37.50', 4.23, 14.81),
  w(106.2, 109.8, 'Subtotal excl. VAT', 4.23, 39.24),
  w(170.5, 109.8, '£1,522.50', 4.23, 21.54),
  w(106.2, 115.9, 'VAT at 20%', 4.23, 24.74),
  w(174.6, 115.9, '£304.50', 4.23, 17.51),
  w(106.2, 122.0, 'Order total', 4.23, 26.36),
  w(168.5, 122.0, '£1,827.00', 4.23, 23.57),
  w(106.2, 128.1, 'Paid by card 18/11/2025', 4.23, 52.41),
  w(170.5, 128.1, '£1,827.00', 4.23, 21.54),
  w(106.2, 134.1, 'Balance', 4.23, 17.12),
  w(180.0, 134.1, '£0.00', 4.23, 12.12),
  w(17.2, 149.9, 'Northern Data Summit is organised by Threadneedle Events Limited, 40 Bridge Street, Manchester M3 3BZ. Registered in England', 2.47, 165.58),
  w(17.2, 152.8, '11447120. VAT registration GB 355 1447 09.', 2.47, 56.44),
]);

describe('an event organised by a company, named in the footer', () => {
  it('names the company as the seller', () => {
    const inv = parseWesternInvoiceText(tickets);
    expect(inv.seller.name).toBe('Threadneedle Events Limited');
    expect(inv.buyer.name).toBe('Pellow Analytics Ltd');
    expect(inv.totalAmount).toBe(1827);
  });
});
