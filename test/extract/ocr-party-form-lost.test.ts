/**
 * A party's name read on a scan whose printed form OCR cannot give: a company form's bracketed part or stop lost,
 * a Hungarian capital's acute, or a label with its number read for a name. The name is in doubt, named; a
 * numbered company's figures are its name.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const item = (text: string, y: number): TextItem => ({ text, x: 20, y, width: text.length * 2, height: 4, page: 1, confidence: 97 });

/** An invoice as OCR read it, its parties `seller` and `buyer`, the page's rows `rows` beside them. */
function doubts(seller: string, buyer: string, rows: string[] = []) {
  const inv = emptyInvoice();
  inv.number = 'RE-2025-0907';
  inv.totalAmount = 1190;
  inv.seller.name = seller;
  inv.buyer.name = buyer;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  const words = ['Rechnung Nr. RE-2025-0907', 'Datum 14.11.2025', 'Summe 1.190,00'];
  const pages: PageText[] = [{ page: 1, width: 210, height: 297, items: [item(seller, 20), item(buyer, 40), ...[...rows, ...words].map((w, k) => item(w, 60 + 6 * k))] }];
  const found = doubtfulFields(inv, pages);
  // (A name in doubt for the marks of its own language alone, its form's, is its re-read's to settle: ocr-marks.ts.)
  return found.unsure.filter((field) => !found.nameLanguages?.[field]);
}

describe('a name whose printed form a scan loses', () => {
  it('doubts a German UG read without its "(haftungsbeschränkt)"', () => {
    expect(doubts('Codefabrik UG', 'Steuerbüro Nowak')).toContain('seller.name');
    expect(doubts('Lindenhof Verlag GmbH', 'Café Marlene UG (haftungsbeschr)')).toContain('buyer.name');
    expect(doubts('Codefabrik UG (haftungsbeschränkt)', 'Steuerbüro Nowak')).toEqual([]);
  });

  it('doubts a Hungarian name in capitals read without an acute, or with an umlaut for a double acute', () => {
    expect(doubts('Alföldi Vonal Telekom Zrt.', 'KOVACS ES TARSA EPITÖIPARI KFT.')).toContain('buyer.name');
    expect(doubts('Alföldi Vonal Telekom Zrt.', 'KOVÁCS ÉS TÁRSA ÉPÍTÖIPARI KFT.')).toContain('buyer.name');
    expect(doubts('Alföldi Vonal Telekom Zrt.', 'KOVÁCS ÉS TÁRSA ÉPÍTŐIPARI KFT.')).toEqual([]);
    // A name in small letters keeps its marks as OCR reads them.
    expect(doubts('Alföldi Vonal Telekom Zrt.', 'Kovács és Társa Építőipari Kft.')).toEqual([]);
  });

  it("doubts a name opening with a name's label, its colon lost", () => {
    expect(doubts('Firmenname Lindqvist Gebäudeservice GmbH', 'Kreisverwaltung Oberland')).toContain('seller.name');
    expect(doubts('Lindqvist Gebäudeservice GmbH', 'Raison sociale Kreisverwaltung Oberland')).toContain('buyer.name');
    // A company whose name opens with a short word labels also use ("Firma", "Name") is a name.
    expect(doubts('Firma Lindqvist Gebäudeservice', 'Kreisverwaltung Oberland')).toEqual([]);    // The short labels no name opens with: a scan of an e-invoice's view reads the label's cell and the name's as one.
    expect(doubts('Naam Versvak Foodservice B.V.', 'Kreisverwaltung Oberland')).toContain('seller.name');
    expect(doubts('Lindqvist Gebäudeservice GmbH', 'Navn Fiskeri- og Søfartsmuseet')).toContain('buyer.name');
    expect(doubts('Naamloze Vennootschap Versvak', 'Kreisverwaltung Oberland')).toEqual([]);
  });

  it('doubts a German name whose plural umlaut at its capital OCR lost', () => {
    expect(doubts('Lindqvist Gebäudeservice GmbH', 'Arztehaus am Schlosspark GbR')).toContain('buyer.name');
    expect(doubts('Lindqvist Gebäudeservice GmbH', 'Ärztehaus am Schlosspark GbR')).toEqual([]);
    // The doctor's singular has no umlaut.
    expect(doubts('Lindqvist Gebäudeservice GmbH', 'Zahnarztpraxis Lehmann GbR')).toEqual([]);
  });

  it('doubts a Dutch form the page prints with one stop after its letters', () => {
    expect(doubts('Zeeland Schadeverzekeringen NV', 'Mosselkwekerij Van der Heijden B.V.', ['Zeeland Schadeverzekeringen NV. AFM-vergunning 12041877'])).toContain('seller.name');
    expect(doubts('Zeeland Schadeverzekeringen N.V.', 'Mosselkwekerij Van der Heijden B.V.', ['Zeeland Schadeverzekeringen N.V. AFM-vergunning 12041877'])).toEqual([]);
    expect(doubts('Zeeland Schadeverzekeringen NV', 'Mosselkwekerij Van der Heijden B.V.', ['Zeeland Schadeverzekeringen NV AFM-vergunning 12041877'])).toEqual([]);
  });

  it('doubts a label read with its number for the buyer, and the seller read beside it', () => {
    const unsure = doubts('Café Kvarnen i Västerås AB', 'Mätarställning, mätare 4471882');
    expect(unsure).toContain('buyer.name');
    expect(unsure).toContain('seller.name');
    // A registration number in brackets is the name's.
    expect(doubts('BORNEO TEKNIK SDN. BHD. (201801011844)', 'Kinabalu Traders')).toEqual([]);
  });

  it("takes a numbered company's figures for its name, not a label's", () => {
    expect(doubts('4471206 Manitoba Ltd.', 'Prairie Grain Handling Inc.')).toEqual([]);
    expect(doubts('Prairie Grain Handling Inc.', '9120-3345 Québec inc.')).toEqual([]);
    // (Figures before words that end in no company form, or in more words than a place's name, are a label's.)
    expect(doubts('Prairie Grain Handling Inc.', '4471206 Manitoba')).toContain('buyer.name');
    expect(doubts('Prairie Grain Handling Inc.', 'Account 4471206 Meter Room Ltd')).toContain('buyer.name');
  });

  it("doubts a vehicle's registration read for the buyer (a fuel card's row), and the seller read beside it", () => {
    const unsure = doubts('Pennine Joinery Ltd', 'YX21 PJL');
    expect(unsure).toContain('buyer.name');
    expect(unsure).toContain('seller.name');
    // Names with a figure or two of their own are names.
    expect(doubts('Northern Fuels Ltd', '3M UK')).toEqual([]);
    expect(doubts('A1 Telekom Austria AG', 'Kinabalu Traders')).toEqual([]);
  });
});
