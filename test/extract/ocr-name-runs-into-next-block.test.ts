/**
 * Scanned names that are no party's name as read: a buyer's row and the block beside it boxed by OCR as one, a
 * salutation and a person's name inside the company's ("Brenner Anlagentechnik Herr Daniel Okafor AG"), and a
 * Belgian seller's register row ("RPR Antwerpen") taken for the buyer. Each is named in doubt, never read as sure.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox, ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string, confidence = 97) => ocrItem(x, y, text, 4.5, confidence, text.length * 1.9);

/** A car rental's invoice: its letterhead right, the billed company left, the driver's block beside it. */
function rental(buyerRow: string): PageText {
  return a4([
    row(110, 12, 'Rentaway Autovermietung GmbH & Co. KG'), row(110, 17, 'Flughafenstraße 4, 70629 Stuttgart'),
    row(20, 30, 'Rechnungsempfänger'), row(65, 30, 'Fahrer'),
    row(20, 35, buyerRow), row(110, 35, 'Rechnung'),
    row(20, 40, 'AG'), row(65, 40, 'Führerschein-Nr. B072'),
    row(20, 45, 'Industriestraße 12'), row(110, 45, 'Rechnungs-Nr. STR-4471188'),
    row(20, 50, '73730 Esslingen'), row(110, 50, 'Datum 24.11.2025'),
    row(20, 90, 'Leistung'), row(170, 90, 'Betrag'),
    row(20, 95, 'Mietpreis Kategorie CDMR, 4 Tage'), row(170, 95, '311,00'),
    row(110, 115, 'Nettobetrag'), row(170, 115, '311,00 EUR'),
    row(110, 120, 'zzgl. 19 % MwSt.'), row(170, 120, '59,09 EUR'),
    row(110, 125, 'Gesamtbetrag'), row(170, 125, '370,09 EUR'),
  ]);
}

/** A Belgian wholesaler's invoice as scanned: its name's form read "Nv", its register row under its VAT number. */
function belgian(): PageText {
  return a4([
    ocrBox(30.0, 69.3, 16.8, 'Scheldetech Nv', 5.3, 71), ocrBox(121.7, 144.5, 18.3, 'Factuur nr.', 5.3, 99), ocrBox(154.9, 176.9, 18.5, '25/01872', 5.2, 100),
    ocrBox(29.7, 64.5, 21.6, 'Noorderlaan 133', 5.3, 100), ocrBox(121.9, 136.8, 24.1, 'Datum', 5.1, 100), ocrBox(154.7, 179.2, 24.3, '26/11/2025', 5.2, 100),
    ocrBox(29.7, 64.5, 26.5, '2030 Antwerpen', 5.3, 100), ocrBox(121.5, 143.1, 29.6, 'Vervaldag', 5.7, 70), ocrBox(154.7, 178.9, 29.8, '26/12/2025', 5.3, 100),
    ocrBox(29.7, 75.8, 31.1, 'BTW BE 0771.204.118', 5.5, 85),
    ocrBox(29.6, 62.2, 35.8, 'RPR Antwerpen', 5.8, 76), ocrBox(121.7, 133.6, 35.8, 'Klant', 4.6, 98), ocrBox(154.7, 172.2, 35.9, 'NL-0441', 4.7, 92),
    ocrBox(117.7, 170.2, 48.9, 'Kaasboerderij De Groene Weide B.V.', 5.0, 76), ocrBox(118.1, 140.2, 53.0, 'Dorpsstraat 12', 3.8, 99),
    ocrBox(117.6, 144.7, 56.0, '2811 AB Reeuwijk', 4.8, 83), ocrBox(118.0, 133.6, 60.1, 'Nederland', 3.7, 97), ocrBox(117.7, 150.4, 63.1, 'btw NL862204117B01', 4.3, 100),
    ocrBox(50.5, 81.5, 73.7, 'Omschrijving', 6.3, 96), ocrBox(175.0, 190.0, 75.4, 'Totaal', 4.7, 99),
    ocrBox(50.4, 106.6, 90.7, 'Temperatuursensor koelcel', 5.5, 99), ocrBox(170.7, 189.7, 91.6, '2.935,00', 5.1, 100),
    ocrBox(125.1, 167.6, 111.1, 'Maatstaf van heffing', 5.8, 60), ocrBox(170.7, 189.7, 111.8, '2.935,00', 5.2, 98),
    ocrBox(125.3, 141.2, 117.3, 'Btw 0%', 4.7, 100), ocrBox(179.2, 189.9, 117.5, '0,00', 5.3, 99),
    ocrBox(125.2, 159.9, 122.9, 'Te betalen EUR', 5.0, 97), ocrBox(168.8, 189.5, 123.4, '2.935,00', 4.8, 97),
  ]);
}

const inDoubt = (page: PageText) => {
  const reading = ocrReading(page);
  return { reading, named: [...(reading.doubtful?.unsure ?? []), ...Object.keys(reading.guessed ?? {})] };
};

describe('a scanned name run into the next block, or a register row read as a name', () => {
  it('a salutation and a person inside the buyer\'s name put the buyer in doubt', () => {
    const { reading, named } = inDoubt(rental('Brenner Anlagentechnik Herr Daniel Okafor'));
    expect(reading.invoice.buyer.name).toContain('Herr Daniel Okafor');
    expect(named).toContain('buyer.name');
  });

  it('the buyer\'s own row, the driver\'s block apart, is not doubted for it', () => {
    const { reading, named } = inDoubt(rental('Brenner Anlagentechnik'));
    expect(reading.invoice.buyer.name).toBe('Brenner Anlagentechnik AG');
    expect(named).not.toContain('buyer.name');
  });

  it('a Belgian register row read as the buyer is named in doubt', () => {
    const { reading, named } = inDoubt(belgian());
    expect(reading.invoice.buyer.name).toBe('RPR Antwerpen');
    expect(named).toContain('buyer.name');
  });
});
