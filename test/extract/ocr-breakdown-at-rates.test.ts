/**
 * A scanned Czech invoice whose item table's header "DPH %" OCR read "DPH 1": the parser took the 1 for the
 * labelled tax and computed the net from it. Its VAT recapitulation by rate adds up to the total, each row's
 * tax its base at its rate: the net and the tax are the recapitulation's.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const cell = (x: number, y: number, text: string, width = text.length * 2.2) => ocrItem(x, y, text, 5, 96, width);

/** A Czech printer's invoice: its item table's tax header as read (`header`), its recapitulation's rows (`recap`). */
function czech(header: string, recap: Array<[string, string, string, string]>): PageText {
  const items = [
    cell(17, 14, 'Faktura - daňový doklad č. 2025110427', 102), cell(125, 14, 'K úhradě:', 23), cell(158, 14, '31 548,00 Kč', 33),
    cell(125, 23, 'Datum splatnosti:', 24), cell(165, 23, '12.12.2025', 26),
    cell(17, 58, 'Dodavatel:', 26), cell(107, 58, 'Odběratel:', 26),
    cell(17, 63, 'Tiskárna Vltava s.r.o.', 46), cell(107, 63, 'Městská knihovna Písek', 53),
    cell(17, 68, 'Budějovická 1410', 39), cell(107, 68, 'Alšovo nám. 75', 33),
    cell(17, 73, '397 01 Písek', 29), cell(107, 73, '397 01 Písek', 29),
    cell(17, 78, 'IČO: 28104377 DIČ: CZ28104377', 77), cell(107, 78, 'IČO: 00072231', 34),
    cell(17, 97, 'Datum vystavení: 27.11.2025', 60),
    cell(41, 112, 'Označení dodávky', 43), cell(110, 112, 'Množství J.cena', 40), cell(156, 112, header, 16), cell(172, 112, 'Bez DPH', 21),
    cell(17, 123, 'Brožura, A5, 64 str.', 60), cell(113, 123, '1 000 ks', 20), cell(136, 123, '18,00', 14), cell(162, 123, '21', 7), cell(173, 123, '18 000,00', 20),
    cell(17, 134, 'Plakát A2', 40), cell(117, 134, '200 ks', 16), cell(136, 134, '20,00', 14), cell(162, 134, '21', 7), cell(173, 134, '4 000,00', 20),
    cell(17, 141, 'Zpravodaj knihovny', 50), cell(113, 141, '2 000 ks', 20), cell(139, 141, '2,20', 11), cell(162, 141, '12', 7), cell(173, 141, '4 400,00', 20),
    cell(75, 151, 'Sazba DPH', 27), cell(120, 151, 'Základ', 17), cell(151, 151, 'DPH', 12), cell(174, 151, 'Celkem', 19),
    ...recap.flatMap(([rate, base, tax, gross], k) => [cell(70, 158 + 6 * k, rate, 13), cell(114, 158 + 6 * k, base, 23), cell(143, 158 + 6 * k, tax, 21), cell(170, 158 + 6 * k, gross, 23)]),
  ];
  return a4(items);
}

const RECAP: Array<[string, string, string, string]> = [['21 %', '22 000,00', '4 620,00', '26 620,00'], ['12 %', '4 400,00', '528,00', '4 928,00']];
const totals = (p: PageText) => {
  const inv = ocrReading(p).invoice;
  return [inv.amount, inv.taxAmount, inv.totalAmount];
};

describe('a stray figure after a tax word, and a recapitulation at its rates', () => {
  it('reads the net and the tax from the recapitulation', () => {
    expect(totals(czech('DPH 1', RECAP))).toEqual([26400, 5148, 31548]);
    expect(totals(czech('DPH %', RECAP))).toEqual([26400, 5148, 31548]);
  });

  it('keeps the labelled tax when a row is not its base at its rate', () => {
    const off: Array<[string, string, string, string]> = [['21 %', '22 000,00', '4 600,00', '26 600,00'], ['12 %', '4 420,00', '528,00', '4 948,00']];
    expect(totals(czech('DPH 1', off))[1]).toBe(1);
  });
});
