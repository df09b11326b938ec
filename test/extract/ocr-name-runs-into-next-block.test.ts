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

describe('a scanned number whose cell wrapped at its separator', () => {
  /** The rental's header as scanned: label and value each on two rows. */
  const header = (head: string) => a4([
    ocrBox(27.1, 57.1, 15.6, 'rentaway', 6.3, 100),
    ocrBox(140.7, 192.0, 15.6, 'Rentaway Autovermietung GmbH & Co. KG', 3.9, 97),
    ocrBox(148.5, 192.2, 18.3, 'FlughafenstraBe 4 70629 Stuttgart', 4.4, 67),
    ocrBox(25.5, 51.8, 31.5, 'Rechnungsempfänger', 4.3, 92),
    ocrBox(82.5, 90.7, 32.0, 'Fahrer', 3.4, 95),
    ocrBox(137.3, 166.5, 32.8, 'Rechnung', 6.7, 100),
    ocrBox(25.3, 120.8, 34.9, 'Brenner Anlagentechnik Herr Daniel Okafor', 5.0, 93),
    ocrBox(138.3, 163.4, 38.9, 'Rechnungs-', 5.8, 99),
    ocrBox(25.3, 32.9, 39.5, 'AG', 5.0, 98),
    ocrBox(82.2, 127.6, 39.6, 'Führerschein-Nr. B072', 5.5, 98),
    ocrBox(166.6, 176.7, 39.6, head, 4.4, 98),
    ocrBox(138.3, 145.0, 43.9, 'Nr.', 4.8, 100),
    ocrBox(166.9, 185.7, 44.2, '4471188', 4.8, 100),
    ocrBox(25.4, 47.8, 44.5, 'Reisestelle', 4.7, 91),
    ocrBox(82.2, 99.7, 44.7, '4471 18', 4.7, 100),
    ocrBox(25.5, 62.9, 49.0, 'IndustriestraBe 12', 4.8, 80),
    ocrBox(81.9, 121.5, 49.0, 'Zusatzfahrer: Petra', 5.5, 80),
    ocrBox(138.0, 153.4, 49.7, 'Datum', 5.1, 100),
    ocrBox(166.6, 190.4, 49.9, '24.11.2025', 4.7, 99),
    ocrBox(25.4, 59.3, 53.6, '73730 Esslingen', 5.5, 96),
    ocrBox(82.0, 98.7, 53.6, 'Lindner', 5.6, 99),
    ocrBox(138.0, 162.9, 55.1, 'Mietvertrag', 5.7, 98),
    ocrBox(166.5, 188.8, 55.9, 'MV 25118', 4.3, 99),
    ocrBox(166.5, 175.4, 60.5, '842', 4.8, 100),
    ocrBox(138.2, 177.0, 65.8, 'Reservierung REs-', 5.5, 84),
    ocrBox(166.6, 182.9, 70.9, '77AK41', 4.7, 99),
    ocrBox(24.8, 47.9, 81.4, 'Abholung', 6.2, 91),
    ocrBox(65.5, 89.4, 81.7, 'Rückgabe', 5.8, 98),
    ocrBox(105.9, 128.9, 81.8, 'Fahrzeug', 6.2, 98),
    ocrBox(139.3, 147.8, 82.4, 'km', 5.1, 100),
    ocrBox(165.4, 173.7, 82.7, 'km', 5.1, 99),
    ocrBox(139.2, 162.4, 86.9, 'Abholung', 6.2, 94),
    ocrBox(165.4, 188.7, 87.2, 'Rückgabe', 5.3, 99),
    ocrBox(25.3, 62.0, 92.5, '20.11.2025 08:15', 4.8, 94),
    ocrBox(65.9, 102.7, 92.5, '24.11.2025 17:40', 5.5, 97),
    ocrBox(106.6, 131.1, 93.1, 'VW Golf 1.5', 4.8, 95),
    ocrBox(139.2, 154.7, 93.1, '18.842', 5.1, 99),
    ocrBox(165.5, 180.8, 93.2, '19.611', 5.2, 99),
    ocrBox(25.1, 44.7, 97.0, 'Stuttgart', 5.7, 93),
    ocrBox(66.0, 85.5, 97.3, 'Stuttgart', 5.6, 97),
    ocrBox(106.8, 137.2, 97.5, 'TSI, S-RA 4471', 5.3, 96),
    ocrBox(25.0, 46.1, 102.0, 'Flughafen', 5.2, 97),
    ocrBox(65.8, 86.9, 102.1, 'Flughafen', 5.3, 97),
    ocrBox(24.5, 45.5, 112.1, 'Leistung', 6.2, 98),
    ocrBox(131.1, 148.2, 112.9, 'Menge', 6.0, 96),
    ocrBox(174.6, 191.9, 113.3, 'Betrag', 6.1, 98),
    ocrBox(154.2, 166.8, 113.4, 'Preis', 5.0, 95),
    ocrBox(24.5, 93.5, 118.5, 'Mietpreis Kategorie CDMR, 4 Tage', 6.0, 99),
    ocrBox(143.8, 148.0, 119.5, '4', 4.8, 100),
    ocrBox(154.2, 167.0, 119.5, '49,90', 5.0, 100),
    ocrBox(176.0, 191.4, 119.8, '199,60', 4.7, 94),
    ocrBox(24.4, 91.6, 124.0, 'Vollkasko ohne Selbstbeteiligung', 6.6, 96),
    ocrBox(143.9, 147.6, 125.2, '4', 4.4, 100),
    ocrBox(154.1, 166.8, 125.2, '14,50', 5.0, 96),
    ocrBox(178.6, 191.4, 125.5, '58,00', 5.0, 98),
    ocrBox(24.8, 51.6, 130.0, 'Zusatzfahrer', 5.3, 99),
    ocrBox(143.5, 147.7, 130.8, '1', 4.8, 99),
    ocrBox(178.4, 191.3, 130.8, '25,00', 5.3, 98),
    ocrBox(154.2, 166.8, 130.9, '25,00', 5.0, 99),
    ocrBox(24.5, 63.0, 135.6, 'Betankung (12,4 1)', 5.5, 93),
    ocrBox(153.9, 166.9, 136.4, '28,40', 5.5, 99),
    ocrBox(143.5, 147.4, 136.5, '1', 5.0, 98),
    ocrBox(178.6, 191.1, 136.8, '28,40', 5.0, 100),
    ocrBox(95.1, 120.5, 145.7, 'Nettobetrag', 5.7, 96),
    ocrBox(166.5, 191.1, 146.1, '311,00 EUR', 5.2, 98),
    ocrBox(95.4, 129.4, 151.8, 'zzgl. 19 % MwSt.', 4.8, 88),
    ocrBox(169.0, 191.1, 152.0, '59,09 EUR', 4.8, 94),
    ocrBox(95.1, 128.4, 157.2, 'Gesamtbetrag', 5.8, 100),
    ocrBox(164.1, 190.6, 158.1, '370,09 EUR', 4.3, 94),
    ocrBox(95.0, 164.0, 162.9, 'Kaution (Kreditkarte) freigegeben', 5.5, 100),
    ocrBox(166.1, 190.6, 163.7, '300,00 EUR', 4.3, 61),
  ]);

  it('the tail read as the number is named in doubt', () => {
    const { reading, named } = inDoubt(header('STR-'));
    expect(reading.invoice.number).toBe('4471188');
    expect(named).toContain('number');
  });

  it('a word of small letters above it is no head of it', () => {
    const { reading, named } = inDoubt(header('Kopie'));
    expect(reading.invoice.number).toBe('4471188');
    expect(named).not.toContain('number');
  });
});
