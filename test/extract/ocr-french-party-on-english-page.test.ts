/**
 * A French party on a page in English (a booking platform's commission invoice to a French hotel): its name's word
 * French writes with a mark, read bare ("Hotel des Remparts SARL" for "Hôtel"), is in doubt as on a page in French;
 * its French form (SARL, SAS, EURL, …) or its country says it is French.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function commission(buyer: string, buyerVat: string): PageText {
  return a4([
    ocrBox(20.0, 80.0, 16.0, 'Staylane B.V.', 6.0, 99), ocrBox(20.0, 90.0, 22.0, 'Herengracht 500, 1017 CB Amsterdam', 4.8, 97),
    ocrBox(20.0, 70.0, 27.0, 'VAT NL859112233B01', 4.8, 98),
    ocrBox(130.0, 190.0, 16.0, 'COMMISSION INVOICE', 6.0, 99),
    ocrBox(20.0, 40.0, 40.0, 'Bill to', 5.0, 99), ocrBox(130.0, 160.0, 40.0, 'Invoice no.', 5.0, 99), ocrBox(165.0, 190.0, 40.0, 'SL-2026-88412', 5.0, 99),
    ocrBox(20.0, 80.0, 46.0, buyer, 5.0, 97), ocrBox(130.0, 160.0, 46.0, 'Invoice date', 5.0, 99), ocrBox(165.0, 190.0, 46.0, '2026-11-30', 5.0, 99),
    ocrBox(20.0, 75.0, 52.0, '12 Quai Duperré', 5.0, 97), ocrBox(20.0, 60.0, 58.0, '17000 Rochefort', 5.0, 97), ocrBox(20.0, 45.0, 64.0, 'France', 5.0, 99),
    ocrBox(20.0, 70.0, 70.0, `VAT ${buyerVat}`, 5.0, 97),
    ocrBox(20.0, 60.0, 85.0, 'Description', 5.0, 99), ocrBox(170.0, 190.0, 85.0, 'Amount', 5.0, 99),
    ocrBox(20.0, 110.0, 91.0, 'Commission 15% on room revenue, November', 5.0, 97), ocrBox(170.0, 190.0, 91.0, '1,230.00', 5.0, 99),
    ocrBox(120.0, 150.0, 110.0, 'Subtotal', 5.0, 99), ocrBox(170.0, 190.0, 110.0, '1,230.00', 5.0, 99),
    ocrBox(120.0, 150.0, 116.0, 'VAT 0% reverse charge', 5.0, 99), ocrBox(175.0, 190.0, 116.0, '0.00', 5.0, 99),
    ocrBox(120.0, 150.0, 122.0, 'Total due EUR', 5.0, 99), ocrBox(170.0, 190.0, 122.0, '1,230.00', 5.0, 99),
    ocrBox(20.0, 180.0, 140.0, 'The amount is due within 14 days of the invoice date. VAT to be accounted for by the recipient.', 4.5, 97),
  ]);
}

describe('a French party\'s name on a page in English', () => {
  it('is in doubt for a word French marks, read bare', () => {
    for (const name of ['Hotel des Remparts SARL', 'Hotel du Vieux Port SAS']) {
      const reading = ocrReading(commission(name, 'FR40552118441'));
      expect(reading.invoice.buyer.name).toBe(name);
      expect(reading.doubtful?.unsure, name).toContain('buyer.name');
    }
  });

  it('a name of no French word marked, or of no French party, is not (control)', () => {
    expect(ocrReading(commission('Les Remparts SARL', 'FR40552118441')).doubtful?.unsure ?? []).not.toContain('buyer.name');
    expect(ocrReading(commission('Hotel Amstel Garden B.V.', 'NL812345678B01')).doubtful?.unsure ?? []).not.toContain('buyer.name');
  });
});
