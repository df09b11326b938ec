/**
 * A scanned Dutch freelancer's invoice under the small-business scheme (KOR, no VAT), whose total's row prints the
 * euro sign in a cell of its own and the figure wrapped under it ("Totaal te betalen | €" over "1.094,80"): OCR
 * read the sign as the capital of its shape, "E", which stood as another header over the figure, and no total,
 * net or tax was read.
 */
import { describe, expect, it } from 'vitest';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

const invoice = (sign: string) => a4([
  ocrBox(21, 72, 20, 'Stichting Erfgoed Zuid'), ocrBox(122, 164, 20, 'Lotte de Wit Vertalingen'),
  ocrBox(21, 70, 30, 'Stationsplein 12'), ocrBox(122, 146, 27, 'Vismarkt 7'),
  ocrBox(21, 64, 35, '5611 AB Eindhoven'), ocrBox(122, 152, 31, '5611 CC Eindhoven'), ocrBox(122, 145, 35, 'KvK 77120991'),
  ocrBox(20, 70, 53, 'Eindhoven, 18 november 2025'),
  ocrBox(20, 150, 60, 'Factuur 2025-17 voor de vertaling van uw jaarverslag.'),
  ocrBox(20, 53, 67, 'Omschrijving'), ocrBox(120, 139, 67, 'Bedrag'),
  ocrBox(20, 100, 74, 'Vertaling NL-EN jaarverslag 2024'), ocrBox(118, 139, 74, '€850,00'),
  ocrBox(20, 61, 85.6, 'Spoedtoeslag 15%'), ocrBox(118, 139, 85.6, '€127,50'),
  ocrBox(21, 62, 91.5, 'Totaal te betalen'), ocrBox(134.2, 139, 91.5, sign),
  ocrBox(116.6, 139, 96.7, '977,50'),
  ocrBox(20, 173, 105, 'Vrijgesteld van btw op grond van de kleineondernemersregeling (KOR).'),
]);

describe('a euro sign alone over its total, read as an E', () => {
  it('is the sign, and the total under it read', () => {
    for (const sign of ['€', 'E']) {
      const inv = ocrReading(invoice(sign)).invoice;
      expect([inv.amount, inv.taxAmount, inv.totalAmount], sign).toEqual([977.5, 0, 977.5]);
    }
  });
});
