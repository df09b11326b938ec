/**
 * A letter whose logo word ("Scheldetaal") heads a small sender block at the left, the company's full name
 * holding that word before its form ("Vertaalbureau Scheldetaal BV" / street / company number), the addressee
 * boxed at the right: the left block is the sender's, the buyer the right's (the 155th batch's translation agency
 * read its own company as the buyer, flagged without naming it).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const agency = page([
  w(17.2, 16.9, 'Scheldetaal', 5.29, 34.98),
  w(17.2, 23.5, 'vertalingen · beëdigde vertalingen · tolken', 2.47, 52.70),
  w(18.3, 35.1, 'Vertaalbureau Scheldetaal BV', 2.47, 36.72),
  w(18.3, 38.0, 'Meir 78, 2000 Antwerpen', 2.47, 31.33),
  w(18.3, 40.9, 'Ondernemingsnummer BE 0744.711.820', 2.47, 50.72),
  w(18.3, 43.8, 'RPR Antwerpen', 2.47, 19.12),
  w(106.3, 35.5, 'Notariskantoor Verhaegen & De Smet', 4.23, 79.69),
  w(106.3, 40.5, 't.a.v. meester Els De Smet', 4.23, 56.39),
  w(106.3, 45.5, 'Frankrijklei 112', 4.23, 32.52),
  w(106.3, 50.5, '2000 Antwerpen', 4.23, 35.14),
  w(106.3, 55.6, 'BTW BE 0447.118.203', 4.23, 47.57),
  w(17.2, 68.0, 'FACTUUR 2025/0981', 4.23, 48.40),
  w(18.5, 75.7, 'Factuurdatum', 4.23, 33.48),
  w(57.0, 75.7, 'Vervaldag', 4.23, 23.99),
  w(85.7, 75.7, 'Klantnummer', 4.23, 32.43),
  w(123.1, 75.7, 'Ons dossier', 4.23, 27.99),
  w(155.7, 75.7, 'Uw referentie', 4.23, 32.81),
  w(18.5, 82.0, '21/11/2025', 4.23, 24.40),
  w(57.0, 82.0, '21/12/2025', 4.23, 24.40),
  w(85.7, 82.0, 'K0447', 4.23, 13.55),
  w(123.1, 82.0, 'D25-1182', 4.23, 20.95),
  w(155.7, 82.0, '2025/NOT/3318', 4.23, 33.48),
  w(18.3, 92.6, 'Omschrijving', 4.23, 31.30),
  w(106.1, 92.6, 'Hoeveelheid', 4.23, 29.64),
  w(141.3, 92.6, 'Eenheidsprijs', 4.23, 32.20),
  w(177.7, 92.6, 'Totaal', 4.23, 14.42),
  w(18.3, 99.0, 'Vertaling FR>NL akte van verkoop', 4.23, 72.83),
  w(104.0, 99.0, '4.200 woorden', 4.23, 31.75),
  w(164.0, 99.0, '0,12', 4.23, 9.43),
  w(177.3, 99.0, '504,00', 4.23, 14.81),
  w(18.3, 105.0, 'Beëdiging en legalisatie', 4.23, 50.84),
  w(133.0, 105.0, '1', 4.23, 2.69),
  w(161.3, 105.0, '35,00', 4.23, 12.12),
  w(180.0, 105.0, '35,00', 4.23, 12.12),
  w(122.2, 114.0, 'Totaal excl. btw', 4.23, 32.79),
  w(167.2, 114.0, '539,00 EUR', 4.23, 24.87),
  w(122.2, 120.1, 'Btw 21%', 4.23, 18.78),
  w(167.2, 120.1, '113,19 EUR', 4.23, 24.87),
  w(122.2, 126.2, 'Totaal te betalen', 4.23, 40.38),
  w(164.7, 126.2, '652,19 EUR', 4.23, 27.40),
  w(17.2, 134.7, 'Gelieve te betalen op BE71 7340 4471 1820 met gestructureerde mededeling +++090/4471/18203+++.', 2.89, 153.51),
]);

describe('a sender block holding the logo name', () => {
  it('reads the addressee at the right as the buyer', () => {
    expect(parseWesternInvoiceText(agency).buyer.name).toBe('Notariskantoor Verhaegen & De Smet');
  });
});
