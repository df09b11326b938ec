/**
 * The items of two kinds of German manufacturer's and wholesaler's invoice:
 * - a collective invoice of several delivery notes, each note's rows closed by its own sum ("Summe Lieferschein LS
 *   …") with the next note's rows under it in the same table: every note's rows are items, the sums none (the
 *   table ended at the first sum, and the notes after it were lost);
 * - packing charged under the goods' value ("Warenwert | Verpackung | Nettobetrag", as an export invoice prints it):
 *   a charge line, so the items add up to the net.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const head: Draw[] = [
  { text: 'Baustoffe Overkamp GmbH', x: 15, y: 12, size: 5 },
  { text: 'Dachdeckerei Lüttke GmbH', x: 15, y: 35 }, { text: 'Rechnung', x: 130, y: 35 }, { text: 'R-77120', x: 160, y: 35 },
  { text: 'Datum', x: 130, y: 40 }, { text: '30.11.2026', x: 160, y: 40 },
  { text: 'Sammelrechnung November 2026', x: 15, y: 55, size: 4.5 },
  { text: 'Art.-Nr.', x: 15, y: 65 }, { text: 'Bezeichnung', x: 35, y: 65 }, { text: 'Menge', x: 120, y: 65 }, { text: 'Preis', x: 145, y: 65 }, { text: 'Betrag', x: 175, y: 65 },
];
const row = (y: number, art: string, name: string, q: string, p: string, a: string): Draw[] => [
  { text: art, x: 15, y }, { text: name, x: 35, y }, { text: q, x: 125, y }, { text: p, x: 147, y }, { text: a, x: 177, y },
];
const collective = (sumLabel: (n: string) => string): Draw[] => [
  ...head,
  { text: 'Lieferschein LS 80411 vom 05.11.2026', x: 15, y: 72 },
  ...row(78, '3310', 'Dachlatte 30/50, 4 m', '40', '3,10', '124,00'),
  ...row(84, '3402', 'Unterspannbahn 1,5 × 50 m', '2', '88,00', '176,00'),
  { text: sumLabel('LS 80411'), x: 110, y: 90 }, { text: '300,00', x: 177, y: 90 },
  { text: 'Lieferschein LS 80477 vom 19.11.2026', x: 15, y: 97 },
  ...row(103, '3310', 'Dachlatte 30/50, 4 m', '20', '3,10', '62,00'),
  ...row(109, '5120', 'Schrauben 6 × 100, 200 Stk', '3', '26,00', '78,00'),
  { text: sumLabel('LS 80477'), x: 110, y: 115 }, { text: '140,00', x: 177, y: 115 },
  { text: 'Summe netto', x: 130, y: 125 }, { text: '440,00', x: 177, y: 125 },
  { text: '19 % USt', x: 130, y: 131 }, { text: '83,60', x: 179, y: 131 },
  { text: 'Rechnungsbetrag', x: 130, y: 137 }, { text: '523,60', x: 177, y: 137 },
];

describe('a collective invoice of delivery notes', () => {
  it('reads every note\'s rows past each note\'s sum', () => {
    const inv = parseWesternInvoiceText(toPageText(collective((n) => `Summe Lieferschein ${n}`)));
    expect(inv.amount).toBe(440);
    expect(inv.items.map((i) => i.amount)).toEqual([124, 176, 62, 78]);
  });

  it('still ends the table at a sum that names no delivery note', () => {
    const inv = parseWesternInvoiceText(toPageText(collective(() => 'Zwischensumme')));
    expect(inv.items.map((i) => i.amount)).toEqual([124, 176]);
  });
});

const exportInvoice: Draw[] = [
  { text: 'Feinmechanik Almstedt GmbH', x: 15, y: 12, size: 5 },
  { text: 'Horvath Precision Kft.', x: 15, y: 35 }, { text: 'Rechnung Nr.', x: 130, y: 35 }, { text: 'EX-26-311', x: 160, y: 35 },
  { text: 'Datum', x: 130, y: 40 }, { text: '02.12.2026', x: 160, y: 40 },
  { text: 'Pos', x: 15, y: 60 }, { text: 'Artikel', x: 30, y: 60 }, { text: 'Menge', x: 120, y: 60 }, { text: 'Preis €', x: 145, y: 60 }, { text: 'Betrag €', x: 175, y: 60 },
  { text: '1', x: 15, y: 67 }, { text: 'Passstift 8 h6 × 40', x: 30, y: 67 }, { text: '500', x: 123, y: 67 }, { text: '0,84', x: 149, y: 67 }, { text: '420,00', x: 177, y: 67 },
  { text: '2', x: 15, y: 73 }, { text: 'Führungsbuchse 20 × 28', x: 30, y: 73 }, { text: '40', x: 124, y: 73 }, { text: '11,50', x: 147, y: 73 }, { text: '460,00', x: 177, y: 73 },
  { text: 'Warenwert', x: 130, y: 85 }, { text: '880,00', x: 177, y: 85 },
  { text: 'Verpackung', x: 130, y: 91 }, { text: '35,00', x: 179, y: 91 },
  { text: 'Nettobetrag', x: 130, y: 97 }, { text: '915,00', x: 177, y: 97 },
  { text: 'Umsatzsteuer 0 %', x: 130, y: 103 }, { text: '0,00', x: 181, y: 103 },
  { text: 'Rechnungsbetrag EUR', x: 130, y: 109 }, { text: '915,00', x: 177, y: 109 },
];

describe('packing charged under the goods\' value', () => {
  it('is a charge line, so the items add up to the net', () => {
    const inv = parseWesternInvoiceText(toPageText(exportInvoice));
    expect(inv.amount).toBe(915);
    const sum = inv.items.reduce((s, i) => s + (i.amount ?? 0), 0);
    expect(sum).toBeCloseTo(915, 2);
  });
});
