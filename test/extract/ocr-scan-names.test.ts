/**
 * Classes of OCR damage to a scan's names, dates and currencies that read as sure: each read right or named,
 * on generated OCR'd pages (items as OCR gives them, read as `extract` reads them).
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { a4, ocrItem, ocrReading } from './ocr-page.js';

/** A German invoice's scan: the seller's letterhead, the buyer's block under it at the left, totals. */
const germanPage = (buyerRows: string[], sellerRows = ['Brunner & Partner', 'Unternehmensberatung AG']) => a4([
  ...sellerRows.map((t, i) => ocrItem(115, 15 + 5 * i, t, 5, 95)),
  ocrItem(115, 30, 'Seefeldstrasse 104', 5, 95), ocrItem(115, 35, '8008 Zürich', 5, 95),
  ...buyerRows.map((t, i) => ocrItem(23, 50 + 5.5 * i, t, 5, 95)),
  ocrItem(23, 50 + 5.5 * buyerRows.length, 'Bahnhofstrasse 21', 5, 95), ocrItem(23, 55.5 + 5.5 * buyerRows.length, '8001 Zürich', 5, 95),
  ocrItem(115, 50, 'Zürich, 24. November 2025', 5, 95), ocrItem(115, 56, 'Rechnung Nr. 2025-0314', 5, 95),
  ocrItem(117, 136, 'Total exkl. MWST', 5, 95), ocrItem(170, 136, '4\'800.00', 5, 95),
  ocrItem(117, 142, 'MWST 8.1 %', 5, 95), ocrItem(170, 142, '388.80', 5, 95),
  ocrItem(117, 148, 'Total CHF', 5, 95), ocrItem(170, 148, '5\'188.80', 5, 95),
]);

/** What the doubts make of a reading with these fields, on a page of these items. */
function doubted(fields: { seller?: string; buyer?: string; date?: string; currency?: string }, items: TextItem[]) {
  const inv = emptyInvoice();
  inv.number = '2025-0314';
  inv.seller.name = fields.seller ?? null;
  inv.buyer.name = fields.buyer ?? null;
  inv.date = fields.date ?? null;
  inv.currency = fields.currency ?? null;
  const found = doubtfulFields(inv, [a4([ocrItem(120, 20, 'Rechnung Nr. 2025-0314', 5, 95), ...items])]);
  // (A name in doubt for the marks of its own language alone, "Verktøy AS", is its re-read's to settle: ocr-marks.ts.)
  return found.unsure.filter((field) => !found.nameLanguages?.[field]);
}

describe('names OCR damaged as a class', () => {
  it('joins a hyphenated name OCR parted after its hyphen, not a shared word before "und"', () => {
    expect(ocrReading(germanPage(['Müller- Brügger Treuhand AG', 'Abteilung Finanzen'])).invoice.buyer.name).toBe('Müller-Brügger Treuhand AG');
    expect(ocrReading(germanPage(['Bau- und Möbeltischlerei Hess AG', 'Abteilung Finanzen'])).invoice.buyer.name).toBe('Bau- und Möbeltischlerei Hess AG');
  });

  it('takes a company form alone under the last row of a name wrapped over two', () => {
    // An e-invoice's courtesy copy: label and value in one row, the name wrapped, its form on a row of its own.
    const page = (form: string) => a4([
      ocrItem(18.2, 13.5, 'Cedente/prestatore (fornitore)', 6.3, 95, 74.7), ocrItem(106.8, 14.2, 'Cessionario/committente (cliente)', 6.9, 70, 82.9),
      ocrItem(18.2, 20.1, 'Identificativo fiscale ai fini IVA:', 5.8, 90, 66.0), ocrItem(106.9, 21.0, 'Identificativo fiscale ai fini IVA:', 5.8, 89, 66.3),
      ocrItem(18.2, 25.0, 'IT03381720164', 5.7, 89, 35.1), ocrItem(107.4, 26.3, 'IT01128830967', 5.2, 98, 34.2),
      ocrItem(18.3, 29.8, 'Codice fiscale: 03381720164', 6.3, 99, 63.0), ocrItem(107.1, 30.9, 'Codice fiscale: 01128830967', 6.3, 100, 62.9),
      ocrItem(17.8, 34.5, 'Denominazione: Cantieri Navali', 7.0, 74, 70.5), ocrItem(106.6, 35.9, 'Denominazione: Mobilificio Ferri &', 6.3, 98, 86.9),
      ocrItem(18.2, 40.3, 'Adriatici', 5.1, 100, 21.3), ocrItem(107.2, 41.3, 'Figli S.r.l.', 5.0, 91, 19.4),
      ocrItem(18.0, 45.1, form, 5.7, 99, 13.6), ocrItem(106.6, 45.8, 'Indirizzo: Via Roma 7', 6.3, 93, 64.3),
      ocrItem(17.7, 49.7, 'Regime fiscale: RF01 (ordinario)', 7.0, 77, 69.7), ocrItem(106.7, 51.2, 'Comune: Monza Provincia: MB', 5.8, 97, 65.2),
      ocrItem(17.8, 54.6, 'Indirizzo: Via del Porto 22', 6.9, 73, 64.4), ocrItem(106.7, 56.3, 'Cap: 20900 Nazione: IT', 5.8, 96, 50.9),
      ocrItem(18.0, 60.1, 'Comune: Ancona Provincia: AN', 6.3, 95, 59.3), ocrItem(17.9, 65.8, 'Cap: 60121 Nazione: IT', 5.2, 97, 50.7),
      ocrItem(18, 88, 'TD01 fattura', 5, 95), ocrItem(76, 88, '118/FE', 5, 95), ocrItem(117, 88, '20-11-2025', 5, 95),
      ocrItem(100, 140, 'Totale imponibile', 5, 95), ocrItem(170, 140, '1.250,00', 5, 95),
      ocrItem(100, 146, 'Totale imposta', 5, 95), ocrItem(170, 146, '275,00', 5, 95),
      ocrItem(100, 152, 'Totale documento', 5, 95), ocrItem(170, 152, '1.525,00', 5, 95),
    ]);
    expect(ocrReading(page('S.p.A.')).invoice.seller.name).toBe('Cantieri Navali Adriatici S.p.A.');
    // A row under the name that is no form is the block's next row.
    expect(ocrReading(page('Logistica')).invoice.seller.name).not.toMatch(/Logistica/);
  });

  it('doubts a name with a letter OCR could not read, or ending in a page count\'s label', () => {
    expect(doubted({ buyer: 'Alpenk?serei Toggenburg GmbH' }, [])).toEqual(['buyer.name']);
    expect(doubted({ buyer: 'Alpenkäserei Toggenburg GmbH' }, [])).toEqual([]);
    expect(doubted({ buyer: 'CLEGOF Page' }, [])).toEqual(['buyer.name']);
  });

  it('doubts a field\'s label read as a name: a header grid\'s caption OCR boxed into a block', () => {
    expect(doubted({ buyer: 'Tax Point' }, [])).toEqual(['buyer.name']);
    expect(doubted({ buyer: 'Account Number' }, [])).toEqual(['buyer.name']);
    expect(doubted({ buyer: 'Due Date:' }, [])).toEqual(['buyer.name']);
    // A name holding such words among its own is a name.
    expect(doubted({ buyer: 'Point Tax Advisers Ltd' }, [])).toEqual([]);
  });

  it('doubts a "Co." read in capitals, its small o taken for the capital of its shape', () => {
    expect(doubted({ seller: 'Larchmont Paper Supply CO.' }, [])).toEqual(['seller.name']);
    // A form written in capitals, or a name in capitals throughout: as printed.
    expect(doubted({ seller: 'Larchmont Paper Supply LTD' }, [])).toEqual([]);
    expect(doubted({ seller: 'Nordfjord Verktøy AS' }, [])).toEqual([]);
    expect(doubted({ seller: 'LARCHMONT PAPER SUPPLY CO.' }, [])).toEqual([]);
    expect(doubted({ seller: 'Larchmont Paper Supply Co.' }, [])).toEqual([]);
  });

  it('doubts a name that is only ever the prefix of a code on the page', () => {
    expect(doubted({ seller: 'CDE' }, [ocrItem(100, 40, 'CDE-2025-', 5, 95), ocrItem(100, 45, '0412', 5, 95)])).toEqual(['seller.name']);
    // Shown as a name elsewhere too: as read.
    expect(doubted({ seller: 'CDE' }, [ocrItem(100, 40, 'CDE-2025-', 5, 95), ocrItem(20, 10, 'CDE', 8, 95)])).toEqual([]);
  });

  it("doubts a seller read with a word in capitals set on its own row over the firm's name", () => {
    const rows = (word: string, x = 19) => [ocrItem(19, 13, word, 5, 95), ocrItem(x, 18, 'Lahtinen & Poika Oy', 5.5, 95)];
    expect(doubted({ seller: 'KIINTEISTÖHUOLTO Lahtinen & Poika Oy' }, rows('KIINTEISTÖHUOLTO'))).toEqual(['seller.name']);
    // Another column's word beside, not over the name: as read.
    expect(doubted({ seller: 'KIINTEISTÖHUOLTO Lahtinen & Poika Oy' }, rows('KIINTEISTÖHUOLTO', 110))).toEqual([]);
  });
});

describe('an exchange rate read as the invoice\'s date and currency', () => {
  const rate = [ocrItem(17, 163, 'Taux de change appliqué : 1 UsD =', 5, 95), ocrItem(17, 168, '0,8625 EUR (BCE du 11/11/2025)', 5, 95)];
  it("doubts the rate's date taken for the issue date, not a date printed elsewhere too", () => {
    expect(doubted({ date: '2025-11-11' }, rate)).toEqual(['date']);
    expect(doubted({ date: '2025-11-11' }, [...rate, ocrItem(17, 66, 'Date : 11/11/2025', 5, 95)])).toEqual([]);
  });
  it('doubts the currency a printed rate converts into, not the one it converts from', () => {
    expect(doubted({ currency: 'EUR' }, rate)).toEqual(['currency']);
    expect(doubted({ currency: 'USD' }, rate)).toEqual([]);
  });
});
