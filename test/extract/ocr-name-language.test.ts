/**
 * A party name's language told by its own party (its company form, its VAT number, IBAN or postcode), not by the
 * page's words: on a page in English, a Danish, Hungarian or Lithuanian name OCR read without its marks is in
 * doubt for them and read again with its language's model; an English name beside it is not.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, y: number, x = 20): TextItem => ({ text, x, y, width: text.length * 2, height: 4.5, page: 1, confidence: 97 });
const ENGLISH = [row('INVOICE no. 2026-0231', 16, 130), row('Invoice date: 5 November 2026', 22, 130), row('Description', 80), row('Subtotal', 100, 120), row('VAT 25%', 106, 120), row('Total due', 112, 120)];

function doubts(seller: string, buyer: string, sellerParty: { taxId?: string; account?: string; address?: string } = {}) {
  const inv = emptyInvoice();
  inv.number = '2026-0231';
  inv.totalAmount = 1250;
  inv.seller = { ...inv.seller, name: seller, taxId: sellerParty.taxId ?? null, account: sellerParty.account ?? null, address: sellerParty.address ?? null };
  inv.buyer.name = buyer;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [...ENGLISH, row(seller, 40), row(buyer, 40, 120), row('1,250.00', 112, 170)] }]);
}

describe("a name's language from its own party", () => {
  it('puts a name whose company form is of a language whose marks OCR does not give in doubt for them, with that language', () => {
    const read = doubts('Lydverket ApS', 'Harbour Events Ltd');
    expect(read.unsure).toEqual(['seller.name']);
    expect(read.marksOnly).toEqual(['seller.name']);
    expect(read.nameLanguages).toEqual({ 'seller.name': 'dan' });
    expect(read.marksLanguage).toBeUndefined();
    expect(doubts('Harbour Events Ltd', 'UAB „Senamiescio viesbutis“').nameLanguages).toEqual({ 'buyer.name': 'lit' });
    expect(doubts('Bakonyi Sajtmuhely Kft.', 'Harbour Events Ltd').nameLanguages).toEqual({ 'seller.name': 'hun' });
  });

  it("tells a form several languages write by the party's country", () => {
    expect(doubts('Kamenolom Spisska Bela, a.s.', 'Harbour Events Ltd', { taxId: 'SK2020318842' }).nameLanguages).toEqual({ 'seller.name': 'slk' });
    expect(doubts('Kamenolom Spisska Bela, a.s.', 'Harbour Events Ltd').nameLanguages).toEqual({ 'seller.name': 'ces' });
    expect(doubts('Ceasul Vechi S.R.L.', 'Harbour Events Ltd', { account: 'RO49AAAA1B31007593840000' }).nameLanguages).toEqual({ 'seller.name': 'ron' });
    // An S.R.L. of no country told is as likely Italian, whose marks OCR gives: no doubt.
    expect(doubts('Ceasul Vechi S.R.L.', 'Harbour Events Ltd').unsure).toEqual([]);
    expect(doubts('Tallinna Puit AS', 'Harbour Events Ltd', { address: 'Pärnu mnt 12, EE-10141 Tallinn' }).nameLanguages).toEqual({ 'seller.name': 'est' });
  });

  it("tells a name without a company form by its party's country", () => {
    expect(doubts('Pracownia Lutnicza Jan Wisniewski', 'Harbour Events Ltd', { taxId: 'PL5261040828' }).nameLanguages).toEqual({ 'seller.name': 'pol' });
    expect(doubts('Vinarija Grgic-Matosevic', 'Harbour Events Ltd', { account: 'HR1210010051863000160' }).nameLanguages).toEqual({ 'seller.name': 'hrv' });
    expect(doubts('Pracownia Lutnicza Jan Wisniewski', 'Harbour Events Ltd').unsure).toEqual([]);
    expect(doubts('Harbour Events', 'Nordlicht Technik', { taxId: 'GB123456789' }).unsure).toEqual([]);
  });

  it("keeps the doubt of a Hungarian name with a word Hungarian opens with a marked capital, read bare", () => {
    const read = doubts('Harbour Events Ltd', 'Borkonyha Etterem Kft.');
    expect(read.unsure).toEqual(['buyer.name']);
    expect(read.kept).toEqual(['buyer.name']);
  });

  it('puts an Irish name in doubt only for a word Irish writes with a fada, read bare', () => {
    expect(doubts('Shannon Laboratories Ireland Limited', 'Uisce Eireann').nameLanguages).toEqual({ 'buyer.name': 'gle' });
    expect(doubts('Shannon Laboratories Ireland Limited', 'Uisce Éireann').unsure).toEqual([]);
    expect(doubts('Shannon Laboratories Ireland Limited', 'Corrib Oyster Company Limited').unsure).toEqual([]);
  });

  it("takes a name doubted for another reason too out of its marks' re-read, which would settle it", () => {
    // A buyer read as a label with its number: the seller read may be the buyer's block's name.
    const read = doubts('Kvarnen Bygg AB', 'Mätarställning, mätare 4471882');
    expect(read.unsure).toEqual(expect.arrayContaining(['seller.name', 'buyer.name']));
    expect(read.marksOnly ?? []).not.toContain('seller.name');
    expect(read.nameLanguages?.['seller.name']).toBeUndefined();
  });

  it('leaves names of no such language as they were', () => {
    expect(doubts('Harbour Events Ltd', 'Nordlicht Technik GmbH').unsure).toEqual([]);
  });
});
