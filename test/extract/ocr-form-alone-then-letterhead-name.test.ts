/**
 * A letterhead whose company form opens the row under its name ("Bureau Plus Méditerranée" over "SAS · 45 avenue de
 * Toulon · 13006"), read on a scan as the form alone ("SAS"), then as the name it ends once the scan's rows are
 * joined: the parser's doubt of a form read alone ("a name's last row") was of the value no longer stated, and goes.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function supplies(form: string): PageText {
  return a4([
    ocrBox(23.5, 96.0, 17.4, 'Papeterie Rhône Alpes', 5.3, 92), ocrBox(117.9, 173.7, 17.4, 'Facture n° PRA-26-01832', 5.3, 93),
    ocrBox(23.1, 97.5, 23.4, `${form} · 12 quai Perrache · 69002`, 4.7, 70), ocrBox(117.5, 129.8, 24.0, 'Date', 5.6, 98), ocrBox(141.9, 167.1, 24.3, '14/11/2026', 5.1, 99),
    ocrBox(23.2, 38.0, 28.6, 'Lyon', 4.6, 90), ocrBox(117.3, 129.8, 30.6, 'Page', 6.1, 95), ocrBox(141.2, 150.0, 30.9, '1/1', 5.3, 100),
    ocrBox(23.1, 84.2, 32.9, 'SIRET 523 118 440 00027 · TVA FR41523118440', 4.1, 60),
    ocrBox(117.1, 170.0, 40.3, 'Agence Immobilière Perret &', 5.8, 90), ocrBox(117.1, 131.0, 45.8, 'Fils', 5.1, 90),
    ocrBox(116.6, 150.0, 50.5, '8 rue de la Charité', 5.7, 99), ocrBox(117.2, 140.0, 56.0, '69002 Lyon', 4.6, 90),
    ocrBox(22.6, 68.5, 70.0, 'Ligne Désignation', 5.7, 90), ocrBox(141.9, 193.0, 70.1, 'PU HT Montant HT', 5.2, 94), ocrBox(134.5, 144.5, 70.4, 'Qté', 5.1, 98),
    ocrBox(22.0, 27.2, 76.8, '1', 5.6, 99), ocrBox(38.5, 110.0, 77.0, 'Ramette papier A4 80 g, carton de 5', 5.8, 90), ocrBox(137.0, 144.1, 77.5, '20', 4.7, 100),
    ocrBox(147.7, 161.3, 77.2, '22,00', 5.2, 99), ocrBox(176.5, 193.2, 77.1, '440,00', 5.5, 95),
    ocrBox(130.0, 160.0, 100.0, 'Total HT', 5.2, 98), ocrBox(176.5, 193.2, 100.0, '440,00', 5.2, 98),
    ocrBox(130.0, 160.0, 106.0, 'TVA 20 %', 5.2, 98), ocrBox(179.0, 193.2, 106.0, '88,00', 5.2, 98),
    ocrBox(130.0, 160.0, 112.0, 'Total TTC', 5.2, 98), ocrBox(176.5, 193.2, 112.0, '528,00', 5.2, 98),
  ]);
}

describe('a letterhead\'s form read alone, then the name it ends', () => {
  it('leaves no doubt of the form alone on the name read', () => {
    for (const form of ['SAS', 'SARL']) {
      const reading = ocrReading(supplies(form));
      if (reading.invoice.seller.name?.startsWith('Papeterie Rhône Alpes')) expect(reading.guessed?.['seller.name'] ?? '', form).not.toMatch(/company form alone/);
      else expect(reading.guessed?.['seller.name'] ?? reading.doubtful?.unsure.join(), form).toBeTruthy();
    }
  });
});
