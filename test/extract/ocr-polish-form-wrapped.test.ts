/**
 * A Polish company's "Sp. z o.o." wrapped after its "Sp. z", the rest "o.o." on a row of its own, as a scan reads
 * it in small print: with zeros for its o's ("0.0."), and "Z" for the small z.
 */
import { describe, expect, it } from 'vitest';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5, 95, text.length * 2.1);

/** A Polish corrective invoice scanned, the seller's form's rest read as `rest` under its name. */
const page = (rest: string) => a4([
  row(24, 30, 'Hurtownia Papiernicza NowAK'), row(131, 30, 'Miejsce wystawienia: Poznan'), row(119, 36, 'Data wystawienia: 14 marca 2025'),
  row(23, 44, 'FAKTURA KORYGUJACA nr FK/3/03/2025'),
  row(24, 56, 'Sprzedawca'), row(108, 56, 'Nabywca'),
  row(23, 61, 'Hurtownia Papiernicza Nowak Sp. Z'), row(108, 61, 'Szkola Jezykowa Lingua sp. z o.o.'),
  row(23, 66, rest), row(108, 66, 'ul. Polwiejska 5/3'),
  row(23, 71, 'ul. Glogowska 112'), row(108, 71, '61-885 Poznan'),
  row(24, 76, '60-243 Poznan'), row(108, 76, 'NIP: 783-987-65-43'), row(23, 81, 'NIP: 779-123-45-67'),
  row(23, 95, 'Nazwa'), row(172, 95, 'Wartosc'), row(23, 101, 'Papier ksero A4, zwrot'), row(170, 101, '-400,00'),
  row(120, 120, 'Razem netto'), row(170, 120, '-400,00'), row(120, 126, 'VAT 23%'), row(172, 126, '-92,00'),
  row(120, 132, 'Razem brutto'), row(170, 132, '-492,00'),
]);

describe('the Polish "Sp. z o.o." wrapped onto a row read "0.0."', () => {
  it('is read as the form, the name whole', () => {
    expect(ocrReading(page('0.0.')).invoice.seller.name).toBe('Hurtownia Papiernicza Nowak Sp. z o.o.');
    expect(ocrReading(page('o.0.')).invoice.seller.name).toBe('Hurtownia Papiernicza Nowak Sp. z o.o.');
  });

  it('as when read right', () => {
    expect(ocrReading(page('o.o.')).invoice.seller.name).toBe('Hurtownia Papiernicza Nowak Sp. z o.o.');
  });
});
