/**
 * Rows under a party's name as a scan reads them: a town's office under the town's name ("Gemeinde …" over
 * "Bauamt") says who is to read the letter, as "Buchhaltung" does, and is no end of the name; a letterhead's
 * company form opening the address row before the street's number, its middle dot read as a stop ("SAS. 22 place
 * du Marche") or set against it ("SARL· 3 chemin des Vignes"), confirms the seller as the form alone on that row does.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { confirmedSeller, isContactRow } from '../../src/invoice/western/parties.js';

const item = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 2.2, height: 5, page: 1, confidence: 97 });

/** The doubts of a scan whose buyer `buyer` is printed over the row `under`. */
function doubts(buyer: string, under: string) {
  const inv = emptyInvoice();
  inv.number = '2026/00412';
  inv.totalAmount = 1200;
  inv.seller.name = 'Innviertler Dachbau GmbH';
  inv.buyer.name = buyer;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  const pages: PageText[] = [{ page: 1, width: 210, height: 297, items: [
    item('Innviertler Dachbau GmbH', 20, 17), item('Marktplatz 3', 20, 23), item('4910 Ried im Innkreis', 20, 28),
    item(buyer, 106, 35), item(under, 106, 40.5), item('Kirchenplatz 2', 106, 46), item('4170 Haslach', 106, 51),
    item('Rechnung Nr. 2026/00412', 106, 65), item('Summe 1.200,00', 120, 120),
  ] }];
  return doubtfulFields(inv, pages).unsure;
}

describe("a town's office under its name", () => {
  it('is a row saying who reads the letter, not a name', () => {
    expect(isContactRow('Bauamt')).toBe(true);
    expect(isContactRow('Ordnungsamt')).toBe(true);
    // (A tax office is a party; "Gesamt" is a total's word.)
    expect(isContactRow('Finanzamt')).toBe(false);
    expect(isContactRow('Gesamt')).toBe(false);
  });

  it("leaves the town's name read over it sure", () => {
    expect(doubts('Gemeinde Haslach', 'Bauamt')).not.toContain('buyer.name');
    // A word of a name wrapped under it is still the name's end.
    expect(doubts('Gemeinde Haslach', 'Nord')).toContain('buyer.name');
  });
});

describe("a letterhead's form opening its address row", () => {
  const seller = (address: string) => confirmedSeller('Librairie La Plume Bleue\n' + address, { name: 'Librairie La Plume Bleue', address, taxId: null, phone: null }, false);

  it('confirms the seller, its separator read as a stop or lost', () => {
    expect(seller('SAS. 22 place du Marche· 35000 Rennes')).toBe(true);
    expect(seller('SARL 4 rue des Lices 35000 Rennes')).toBe(true);
  });

  it('confirms the seller, its separator set against the form', () => {
    expect(seller('SARL· 4 rue des Lices · 35000 Rennes')).toBe(true);
    expect(seller('SAS• 22 place du Marche • 35000 Rennes')).toBe(true);
  });

  it('an address row of no form does not', () => {
    expect(seller('22 place du Marche· 35000 Rennes')).toBe(false);
    expect(seller('Service 22 place du Marche')).toBe(false);
  });
});
