/**
 * A travel or rental invoice names the person a service was for ("Passenger", "Guest", "Huurder") and the
 * party billed for it ("Invoiced to", "Factuuradres"): a company paying for its staff's trip is the buyer,
 * not the traveller. Alone, the person served is still the buyer (a private guest's invoice). The 133rd
 * and 135th batches' airline invoice and van rental as a browser printed them.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const foot = [
  d(18, 90, 'Description'), d(160, 90, 'EUR'),
  d(18, 96, 'Air fare'), d(160, 96, '388.00'),
  d(18, 101, 'Government taxes, fees and charges'), d(162, 101, '64.10'),
  d(18, 107, 'Total paid'), d(160, 107, '452.10'),
];

describe('the person served beside the party billed', () => {
  it('a passenger in a grid above an "Invoiced to" block: the block is the buyer', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'Skylark', 5.3), d(18, 24, 'Skylark Airways DAC · Terminal Road · Cork T12 X8Y2 · Ireland', 2.5),
      d(148, 17, 'INVOICE / RECEIPT', 4.2), d(124, 22, 'Invoice no. SKY-IE-2025-220417', 4.2), d(121, 28, 'Date of issue: 12 November 2025', 4.2),
      d(19, 42, 'Passenger', 4.2), d(64, 42, 'Ticket number', 4.2), d(103, 42, 'Booking reference', 4.2), d(150, 42, 'Date of travel', 4.2),
      d(19, 48, 'MS AOIFE BRENNAN', 4.2), d(64, 48, '310 2284471190', 4.2), d(103, 48, 'Q8ZT4M', 4.2), d(150, 48, '02 December 2025', 4.2),
      d(18, 59, 'Invoiced to', 2.5), d(18, 61, 'Harbour Analytics Ltd', 4.2), d(18, 66, '21 South Mall', 4.2), d(18, 71, 'Cork T12 AB34', 4.2),
      d(106, 59, 'Itinerary', 2.5), d(106, 61, 'ORK – AMS SK 220, 02 Dec 2025, 07:10', 4.2),
      ...foot,
    ], 210, 297));
    expect(inv.buyer.name).toBe('Harbour Analytics Ltd');
  });

  it('"Huurder" beside "Factuuradres" on one row: the billing address’s company', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'Polderverhuur', 5),
      d(18, 24, 'Polderverhuur B.V. · Industrieweg 8 · 3542 AD Utrecht · btw NL850012345B01', 2.5),
      d(19, 34, 'Factuurnummer'), d(80, 34, 'Factuurdatum'),
      d(19, 40, 'PV/2025/0412'), d(80, 40, '14-11-2025'),
      d(18, 62, 'Huurder'), d(106, 62, 'Factuuradres'),
      d(18, 67, 'mevr. Ilse de Wit'), d(106, 67, 'Bouwbedrijf Lindeboom B.V.'),
      d(106, 72, 'Kanaalweg 4'),
      d(106, 77, '3526 KL Utrecht'),
      d(18, 90, 'Omschrijving'), d(170, 90, 'Bedrag'),
      d(18, 96, 'Huur bestelbus, 2 dagen'), d(170, 96, '€ 120,00'),
      d(120, 110, 'Totaal excl. btw'), d(170, 110, '€ 120,00'),
      d(120, 115, 'Btw 21%'), d(172, 115, '€ 25,20'),
      d(120, 120, 'Totaal incl. btw'), d(170, 120, '€ 145,20'),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Bouwbedrijf Lindeboom B.V.');
  });

  it('a guest alone, no party billed: the guest is the buyer', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'Hotel Seaview'), d(18, 24, 'Seaview Hospitality Ltd · 2 Pier Road · Galway', 2.5),
      d(18, 40, 'Guest'), d(18, 45, 'Mr Colm Doherty'), d(18, 50, '14 Oak Lane'), d(18, 55, 'Sligo F91 K2P3'),
      d(120, 40, 'Invoice No.'), d(150, 40, 'SV-2025-0881'), d(120, 45, 'Date'), d(150, 45, '20/11/2025'),
      ...foot,
    ], 210, 297));
    expect(inv.buyer.name).toBe('Colm Doherty');
  });
});
