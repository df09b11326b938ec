/**
 * A Flemish or Dutch invoice addresses a private customer as "Mevrouw An Janssens", "Meneer Tom Claes" or "De heer
 * Tom Claes": the salutation written out, as "Mevr." and "Dhr." abbreviate it, is no part of the buyer's name.
 * The 145th batch's Belgian heating engineer's factuur (its buyer read "Mevrouw An Janssens", status ok).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (addressee: string) => toPageText([
  d(18.3, 17.5, 'Verwarming Claessens BV', 5.29),
  d(18.3, 24.0, 'Boomsesteenweg 12 · 2610 Wilrijk · BTW BE 0512.334.871 · RPR Antwerpen', 2.47),
  d(18.3, 34.0, 'Klant', 2.47), d(106.2, 34.0, 'Werfadres', 2.47),
  d(18.3, 36.8, addressee, 4.23), d(106.2, 36.8, 'Appartement Zonnewende', 4.23),
  d(18.3, 41.8, 'Lindelei 8', 4.23), d(106.2, 41.8, 'Zeedijk 110', 4.23),
  d(18.3, 46.8, '2640 Mortsel', 4.23), d(106.2, 46.8, '8400 Oostende', 4.23),
  d(18.5, 57.1, 'Factuur nr. 2025/0912', 4.23), d(68.8, 57.1, 'Datum 14/11/2025', 4.23), d(112.3, 57.1, 'Klantnr. 3310', 4.23),
  d(18.3, 67.5, 'Omschrijving', 4.23), d(112.5, 67.5, 'Aantal', 4.23), d(130.1, 67.5, 'Eenheidsprijs', 4.23), d(164.4, 67.5, 'BTW', 4.23), d(177.7, 67.5, 'Totaal', 4.23),
  d(18.3, 73.8, 'Onderhoud gasketel', 4.23), d(125.2, 73.8, '1', 4.23), d(147.4, 73.8, '200,00', 4.23), d(165.7, 73.8, '21%', 4.23), d(177.3, 73.8, '200,00', 4.23),
  d(100.5, 84.0, 'Maatstaf 21%', 4.23), d(131.9, 84.0, '200,00', 4.23), d(148.8, 84.0, 'BTW 21%', 4.23), d(180.0, 84.0, '42,00', 4.23),
  d(100.5, 90.1, 'Te betalen', 4.23), d(171.3, 90.1, '€ 242,00', 4.23),
], 210, 297);

describe('a Dutch salutation written out before the customer', () => {
  it.each(['Mevrouw Els Wouters', 'Meneer Els Wouters', 'De heer Els Wouters'])('is no part of the name (%s)', (addressee) => {
    expect(parseWesternInvoiceText(page(addressee)).buyer.name).toBe('Els Wouters');
  });
  it('keeps the abbreviations as they were', () => {
    expect(parseWesternInvoiceText(page('Mevr. Els Wouters')).buyer.name).toBe('Els Wouters');
  });
});
