/**
 * A party's name OCR read with a letter it was less than sure of in every word: small or faint print, whose
 * letters OCR gets wrong as well. In doubt, named; one sure word is a name read well.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

/** An OCR'd row, each character read at 99 but those `weak` gives (index → confidence). */
function row(text: string, y: number, weak: Record<number, number> = {}): TextItem {
  const charConfidence = Array.from(text, (_, k) => weak[k] ?? 99);
  return { text, x: 20, y, width: text.length * 2, height: 3, page: 1, confidence: Math.min(...charConfidence), charConfidence };
}

function doubts(footer: TextItem) {
  const inv = emptyInvoice();
  inv.number = 'FAC/2025/00412';
  inv.totalAmount = 4005;
  inv.seller.name = 'Ateller Verier du Lac SARL';
  inv.buyer.name = 'Hôtel Les Tilleuls SAS';
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  const items = [row('Hôtel Les Tilleuls SAS', 40), row('Facture FAC/2025/00412', 60), row('Total 4 005,00 €', 120), footer];
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items }] satisfies PageText[]);
}

const FOOTER = 'Ateller Verier du Lac SARL au capital de 8 000 € - RCS Annecy';

describe("a name whose every word OCR was less than sure of", () => {
  it('is in doubt, named, as OCR unsure of it', () => {
    // Each of the name's words with a letter at 62-64 ("Ateller" its fifth, "Verier" its third, "Lac" its first).
    const read = doubts(row(FOOTER, 280, { 4: 64, 10: 62, 18: 64 }));
    expect(read.unsure).toEqual(['seller.name']);
    expect(read.uncertainOnly).toEqual(['seller.name']);
  });

  it('is not, with one word read surely, or its letters above the weak mark', () => {
    expect(doubts(row(FOOTER, 280, { 4: 64, 10: 62 })).unsure).toEqual([]);
    expect(doubts(row(FOOTER, 280, { 4: 70, 10: 72, 18: 75 })).unsure).toEqual([]);
    // Only the form and the row's other words weak: the name's own words are sure.
    expect(doubts(row(FOOTER, 280, { 23: 40, 30: 55 })).unsure).toEqual([]);
  });
});
