/**
 * A letterhead's name over a centred line of its trade, form and address parted by middle dots, as OCR reads it: a
 * dot set against the word before it ("Traiteur· SARL · ZA de Kerverzot · 22300 Lannion· SIRET …"). The dot still
 * parts the line: the trade and the form are the line's first parts, not a name ending in a form, and the name is
 * the letterhead's.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function caterer(line: string): PageText {
  return a4([
    ocrBox(70.0, 140.0, 16.6, 'Le Fournil de Cornouaille', 5.7, 99),
    ocrBox(40.0, 172.0, 22.2, line, 4.1, 59),
    ocrBox(117.1, 140.4, 33.7, 'Facturé à', 5.6, 90), ocrBox(24.0, 47.3, 34.6, 'Facture n°', 5.0, 92), ocrBox(49.5, 78.3, 34.8, 'F-2026-1184', 4.6, 99),
    ocrBox(117.0, 182.0, 39.3, 'Comité des Fêtes de Quimperlé', 5.3, 90), ocrBox(23.9, 35.4, 40.5, 'Date', 5.2, 100), ocrBox(50.6, 75.8, 40.5, '19/11/2026', 5.1, 100),
    ocrBox(117.0, 170.0, 44.2, 'Mme Anne Le Goff, présidente', 5.2, 95), ocrBox(116.9, 150.0, 48.9, 'Place Saint-Michel', 5.7, 95),
    ocrBox(116.9, 152.0, 54.0, '29300 Quimperlé', 5.7, 95),
    ocrBox(23.0, 50.0, 64.8, 'Prestation', 6.0, 95), ocrBox(170.0, 192.0, 64.8, 'Total HT', 6.0, 95),
    ocrBox(23.0, 110.0, 71.0, 'Buffet froid, 120 couverts', 5.2, 95), ocrBox(172.0, 192.0, 71.0, '1 800,00', 5.2, 98),
    ocrBox(120.0, 150.0, 90.0, 'Total HT', 5.2, 98), ocrBox(172.0, 192.0, 90.0, '1 800,00', 5.2, 98),
    ocrBox(120.0, 150.0, 96.0, 'TVA 10 %', 5.2, 98), ocrBox(175.0, 192.0, 96.0, '180,00', 5.2, 98),
    ocrBox(120.0, 150.0, 102.0, 'Total TTC', 5.2, 98), ocrBox(172.0, 192.0, 102.0, '1 980,00', 5.2, 98),
  ]);
}

describe('a sender line whose middle dots OCR set against a word', () => {
  it('parts the trade and the form from each other: the seller is the letterhead\'s name', () => {
    for (const line of [
      'Boulangerie· SARL · 4 rue de Pont-Aven · 29300 Quimperlé· SIRET 528 117 604 00012 · TVA FR09528117604',
      'Boulangerie ·SARL · 4 rue de Pont-Aven · 29300 Quimperlé · SIRET 528 117 604 00012',
    ]) {
      expect(ocrReading(caterer(line)).invoice.seller.name, line).toBe('Le Fournil de Cornouaille');
    }
  });

  it('reads the same with its dots spaced (control)', () => {
    expect(ocrReading(caterer('Boulangerie · SARL · 4 rue de Pont-Aven · 29300 Quimperlé · SIRET 528 117 604 00012')).invoice.seller.name).toBe('Le Fournil de Cornouaille');
  });
});
