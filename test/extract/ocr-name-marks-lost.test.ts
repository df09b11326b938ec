/**
 * Names OCR damaged with no trace in its certainty, read with status ok before: a dotted form's last stop
 * lost ("B.V" for "B.V."), a letter read as another script's bracket ("」 Appleby" for "J Appleby"), a logo's
 * lettering in two cases taken for the seller ("SWIFTLANE expresfreight"); and a party's label ending in a
 * particle ("Verkauft von") joined to the name under it as a wrapped row.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields, withRowWrappedFrom } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const row = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: text.length * 2, height: 4.5, page: 1, confidence: 97 });

function doubts(party: 'seller' | 'buyer', name: string) {
  const inv = emptyInvoice();
  inv.number = 'B0042-7788';
  inv.totalAmount = 42;
  inv[party].name = name;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  const found = doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: [row('Bill number B0042-7788', 130, 16), row('Total amount due £42.00', 130, 130), row(name, 20, 40), row('Flat 2, 14 Kings Road', 20, 46)] }]);
  // (A name in doubt for the marks of its own language alone, its form's, is its re-read's to settle: ocr-marks.ts.)
  return found.unsure.filter((field) => !found.nameLanguages?.[field]);
}

describe('a name OCR damaged without doubting a letter', () => {
  it('is in doubt when its dotted form lost the last stop', () => {
    expect(doubts('buyer', 'Brasserie Het Veerhuis B.V')).toEqual(['buyer.name']);
    expect(doubts('buyer', 'Vila Bran Turism S.R.L')).toEqual(['buyer.name']);
    expect(doubts('buyer', 'Brasserie Het Veerhuis B.V.')).toEqual([]);
    expect(doubts('buyer', 'Brasserie Het Veerhuis BV')).toEqual([]);
  });

  it('is in doubt when it holds a sign of another script', () => {
    expect(doubts('buyer', '」 Appleby')).toEqual(['buyer.name']);
    expect(doubts('buyer', 'J Appleby')).toEqual([]);
    expect(doubts('buyer', "O'Connell's Bar & Kitchen (Leeds) Ltd.")).toEqual([]);
    expect(doubts('buyer', '華貿物流（上海）有限公司')).toEqual([]);
  });

  it('is in doubt when a word in capitals is followed by one in small letters, with no form', () => {
    expect(doubts('seller', 'SWIFTLANE expresfreight')).toEqual(['seller.name']);
    expect(doubts('seller', 'Swiftlane Express Ltd')).toEqual([]);
    expect(doubts('seller', 'ROSSI e figli S.r.l.')).toEqual([]);
  });
});

describe('a reference label read as the buyer', () => {
  it('is in doubt', () => {
    expect(doubts('buyer', 'Vår referens')).toEqual(['buyer.name']);
    expect(doubts('buyer', 'Your reference:')).toEqual(['buyer.name']);
    expect(doubts('buyer', 'Referens Bygg AB')).toEqual([]);
  });
});

describe('a party label over the name', () => {
  it('is no row of the name, though it ends in a particle', () => {
    const block = [row('Verkauft von', 20, 40), row('Drechslerei Holzmann e.K.', 20, 45), row('Inh. Peter Holzmann', 20, 50)];
    expect(withRowWrappedFrom('Drechslerei Holzmann e.K.', block)).toBe('Drechslerei Holzmann e.K.');
    // Nor is the name read under it in doubt for it.
    const inv = emptyInvoice();
    inv.number = 'HWH-DE-2025-7718204';
    inv.totalAmount = 669.97;
    inv.seller.name = 'Drechslerei Holzmann e.K.';
    inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
    const page = [row('Rechnung HWH-DE-2025-7718204', 130, 16), row('Gesamtbetrag 669,97 €', 130, 130), ...block];
    expect(doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items: page }]).unsure).toEqual([]);
    // A name's own row ending in a particle still joins the row under it.
    expect(withRowWrappedFrom('Dijk B.V.', [row('Bakkerij Groothandel Van', 20, 40), row('Dijk B.V.', 20, 45)])).toBe('Bakkerij Groothandel Van Dijk B.V.');
  });
});
