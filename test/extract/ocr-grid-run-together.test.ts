/**
 * A header grid whose row the page's rows ran together with values, the blanks between its cells lost
 * ("Kundennummer Vertragsnummer Rechnungsnummer Rechnungsdatum AbrechnungszeitraumV-20447120DH-2025-11-88412…"),
 * over values alone in their cells ("K1044712", the customer's number; "31.10.2026", a period's end): which label
 * heads such a value is lost, so a number or a date read from one is in doubt, named.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const cell = (text: string, x: number, y: number, width = text.length * 2.2): TextItem => ({ text, x, y, width, height: 5, page: 1, confidence: 98 });
const RUN = 'Kundennummer Vertragsnummer Rechnungsnummer Rechnungsdatum AbrechnungszeitraumV-20447120DH-2025-11-8841201.11.2025';
const SET = 'Kundennummer Vertragsnummer Rechnungsnummer Rechnungsdatum Abrechnungszeitraum';

function doubts(header: string) {
  const inv = emptyInvoice();
  inv.number = 'K1044712';
  inv.date = '2026-10-31';
  inv.currency = 'EUR';
  inv.totalAmount = 283.93;
  inv.fieldSources = { number: 'ocr', date: 'ocr', totalAmount: 'ocr' };
  const items = [cell('Rechnung', 16, 44), cell(header, 16, 49, 180), cell('K1044712', 17, 55), cell('31.10.2026', 152, 60), cell('Gesamtbetrag 283,93 €', 140, 150)];
  return doubtfulFields(inv, [{ page: 1, width: 210, height: 297, items }]).unsure;
}

describe('values under a header grid run together with its values', () => {
  it('puts the number and the date read from them in doubt', () => {
    expect(doubts(RUN)).toEqual(['number', 'date']);
  });

  it('leaves them under a grid whose labels stand apart from the values', () => {
    expect(doubts(SET)).toEqual([]);
  });
});
