/**
 * A scanned Factur-X invoice whose info row sets its date and its invoicing currency's code side by side under
 * "Date" and "Devise de facturation", and OCR's boxes of the two overlapped ("12/11/2025" "USD"): two cells, as
 * the text layer prints them. Run into one ("12/11/2025USD"), the date's header found no date, and a date the
 * page prints elsewhere (an exchange rate's) was read.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function invoice(values: TextItem[]) {
  return a4([
    ocrBox(17, 62, 15, 'Savoie Usinage SAS'), ocrBox(160, 190, 15, 'FACTURE'),
    ocrBox(17, 60, 21, '15 rue des Alpes'), ocrBox(17, 52, 27, '73000 Chambéry'),
    ocrBox(17, 37, 49.4, 'Numéro'), ocrBox(44, 57, 49.4, 'Date'), ocrBox(71.4, 96, 49.4, 'Devise de'), ocrBox(161.6, 189.5, 49.4, 'Commande'),
    ocrBox(17, 24, 54.5, 'de'), ocrBox(71.4, 99, 54.5, 'facturation'),
    ocrBox(17, 36, 59.5, 'facture'), ocrBox(71.3, 87, 59.5, '(BT-5)'),
    ocrBox(17, 37, 65.8, 'SU-25-0318'), ...values, ocrBox(161.3, 187.4, 66.1, 'PO 77-1204'),
    ocrBox(17, 40, 82, 'Vendeur'), ocrBox(110, 135, 82, 'Acheteur'),
    ocrBox(17, 62, 88, 'Savoie Usinage SAS'), ocrBox(110, 170, 88, 'Mécanique Genevoise SA'),
    ocrBox(17, 120, 140, 'Taux de change appliqué : 1 USD = 0,8625 EUR (BCE du 11/11/2025)'),
    ocrBox(130, 165, 150, 'Total HT'), ocrBox(170, 195, 150, '4 000,00'),
    ocrBox(130, 165, 156, 'Total TVA 20 %'), ocrBox(172, 195, 156, '800,00'),
    ocrBox(130, 165, 162, 'Total TTC'), ocrBox(170, 195, 162, '4 800,00'),
  ]);
}

describe("a date's box and a currency code's overlapping", () => {
  it('are two cells, the date read under its header', () => {
    expect(ocrReading(invoice([ocrBox(44.5, 69.5, 66.1, '12/11/2025', 5, 100), ocrBox(68.3, 81.6, 66.1, 'USD', 5, 94)])).invoice.date).toBe('2025-11-12');
  });
});
