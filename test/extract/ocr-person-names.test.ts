/**
 * A person's name on a scan, which no company form or register confirms: a given name OCR read in small
 * letters, a mark the accents' re-read gave on a page whose language says nothing of the name's, and a
 * surname alone after the words that address its row.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4, 95, text.length * 1.8);

/** The party names of a scan's OCR reading and those it doubts. */
function read(items: TextItem[]) {
  const part = ocrReading(a4(items));
  return { seller: part.invoice.seller.name, buyer: part.invoice.buyer.name, unsure: part.doubtful?.unsure ?? [] };
}

/** A German painter's invoice to a couple, their names read as `buyer`. */
const german = (buyer: string) => [
  row(112, 23, 'Malerbetrieb Schneider GmbH'), row(167, 31, 'Venloer Straße 212'), row(177, 34, '50823 Köln'),
  row(23, 49, 'Familie'), row(23, 52, buyer), row(23, 55, 'Lindenweg 3'), row(23, 58, '50999 Köln'),
  row(125, 65, 'Rechnungsnummer: 2025-0412'), row(125, 71, 'Rechnungsdatum:'), row(170, 71, '14.03.2025'),
  row(23, 98, 'Rechnung'), row(23, 105, 'Sehr geehrte Familie Bauer,'),
  row(23, 115, 'Pos. Bezeichnung'), row(180, 115, 'GP'), row(35, 124, 'Wände spachteln und schleifen'), row(175, 124, '510,00'),
  row(117, 149, 'Nettobetrag'), row(169, 149, '510,00 €'), row(117, 156, 'zzgl. 19 % MwSt.'), row(173, 156, '96,90 €'),
  row(117, 163, 'Rechnungsbetrag'), row(167, 163, '606,90 €'),
];

/** An Irish roofer's invoice to a person, the name read as `buyer`. */
const english = (buyer: string) => [
  row(51, 19, 'SHANNONSIDE ROOFING LTD'), row(38, 29, 'Unit 6, Raheen Business Park, Limerick V94 K2T8'),
  row(19, 45, 'Bill to:'), row(120, 46, 'Invoice No: 2025-0412'), row(19, 50, buyer), row(120, 53, 'Date:'), row(147, 53, '21/11/2025'),
  row(19, 55, '12 Ennis Road'), row(19, 60, 'Limerick V94 X6P1'),
  row(19, 77, 'Description'), row(168, 77, 'Amount'), row(19, 83, 'Strip existing felt, fit new membrane'), row(171, 83, '€2,400.00'),
  row(137, 108, 'Total ex VAT'), row(168, 108, '€2,400.00'), row(137, 115, 'VAT @ 13.5%'), row(172, 115, '€324.00'),
  row(137, 121, 'Total inc VAT'), row(170, 121, '€2,724.00'),
  row(18, 275, 'Shannonside Roofing Ltd · Registered in Ireland No. 584112 · VAT No. IE3471829PH'),
];

/** A French mason's invoice, the buyer's block opened by `addressed`. */
const french = (addressed: string) => [
  row(23, 23, 'Maçonnerie Lefèvre & Fils'), row(22, 27, 'SARL au capital de 20 000'),
  row(117, 32, addressed), row(22, 32, '14 route de Chartres'), row(117, 37, '7 allée des Peupliers'),
  row(22, 37, '28300 Mainvilliers'), row(117, 42, '28000 Chartres'), row(22, 42, 'SIRET 441 221 887 00024'),
  row(22, 53, 'FACTURE N° 2025-044'), row(22, 60, 'Chartres, le 21 mars 2025'),
  row(22, 69, 'Désignation'), row(160, 69, 'Montant HT'), row(22, 76, 'Fondations béton, muret 18 ml'), row(170, 76, '4 500,00 €'),
  row(120, 98, 'Total HT'), row(170, 98, '4 500,00 €'), row(120, 104, 'TVA 10 %'), row(172, 104, '450,00 €'),
  row(120, 110, 'Total TTC'), row(170, 110, '4 950,00 €'),
];

describe("a couple's given name after the 'und' read in small letters", () => {
  it('is in doubt: a given name is written with its capital', () => {
    expect(read(german('Martina und jorg Bauer'))).toMatchObject({ buyer: 'Martina und jorg Bauer', unsure: ['buyer.name'] });
  });

  it('leaves the names read with their capitals', () => {
    expect(read(german('Martina und Jörg Bauer'))).toMatchObject({ buyer: 'Martina und Jörg Bauer', unsure: [] });
  });
});

describe('a mark the accents\' re-read gave in a person\'s name on a page in English', () => {
  it('is in doubt: it says where a mark is, not which ("Ciarän" for "Ciarán")', () => {
    expect(read(english("Ciarän O'Donnell"))).toMatchObject({ buyer: "Ciarän O'Donnell", unsure: ['buyer.name'] });
  });

  it('leaves a name without such a mark, and a company whose form says its country', () => {
    expect(read(english("Ciarán O'Donnell"))).toMatchObject({ buyer: "Ciarán O'Donnell", unsure: [] });
    expect(read(english('Schreinerei Kögel GmbH'))).toMatchObject({ buyer: 'Schreinerei Kögel GmbH', unsure: [] });
  });
});

describe('a buyer of one word', () => {
  // (The couple's titles stay with the surname: a surname alone names no one, as "Familie Oberdorf".)
  it('is no label when it is the surname after the words that address its row', () => {
    expect(read(french('Madame et Monsieur Garnier'))).toMatchObject({ buyer: 'Madame et Monsieur Garnier', unsure: [] });
    expect(read(french('M. et Mme Garnier'))).toMatchObject({ buyer: 'M. et Mme Garnier', unsure: [] });
  });

  it('stays in doubt otherwise', () => {
    expect(read(french('Garnier'))).toMatchObject({ buyer: 'Garnier', unsure: ['buyer.name'] });
  });
});

describe("a saint's name after its \"Saint-\" read in small letters", () => {
  it('is in doubt: the saint\'s name is written with its capital', () => {
    expect(read(german('École Saint-joseph ASBL'))).toMatchObject({ buyer: 'École Saint-joseph ASBL', unsure: ['buyer.name'] });
    expect(read(german('Paroisse Sainte-marie'))).toMatchObject({ buyer: 'Paroisse Sainte-marie', unsure: ['buyer.name'] });
  });

  it('leaves the name read with its capital, and a place\'s particle after it ("Saint-Jean-de-Muzols")', () => {
    expect(read(german('École Saint-Joseph ASBL'))).toMatchObject({ buyer: 'École Saint-Joseph ASBL', unsure: [] });
    expect(read(german('Commune de Saint-Jean-de-Muzols'))).toMatchObject({ buyer: 'Commune de Saint-Jean-de-Muzols', unsure: [] });
  });
});
