/**
 * A discount on the whole invoice under its Business Central label, the word for its amount run into it
 * ("Rechnungsrabattbetrag 2 %", "Factuurkortingsbedrag"): a discount line between the lines' sum and the net, as
 * "Rabatt" is, so the items add up to the net. (Before, the label was not read as a discount: the items summed to
 * more than the net and a right document was flagged.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const page = (label: string, totals: string[]) => toPageText([
  d(120, 15, 'Lernmittel Rheinland GmbH'), d(120, 20, 'Deutzer Freiheit 12'), d(120, 25, '50679 Köln'),
  d(22, 45, 'Berufskolleg Ehrenfeld'), d(22, 50, 'Weinsbergstraße 72'), d(22, 55, '50823 Köln'),
  d(120, 62, 'Rechnungsnr.'), d(160, 62, 'VR-2044'), d(120, 67, 'Datum'), d(160, 67, '16.11.2026'),
  d(22, 90, 'Rechnung'),
  d(22, 100, 'Beschreibung'), d(130, 100, 'Menge'), d(175, 100, 'Betrag'),
  d(22, 106, 'Messgerät MX-300'), d(130, 106, '10'), d(175, 106, '1.290,00'),
  d(22, 112, 'Prüfadapter Schuko'), d(130, 112, '10'), d(175, 112, '345,00'),
  ...[['Summe Zeilen', totals[0]], [label, totals[1]], ['Gesamt EUR ohne MwSt.', totals[2]], ['19% MwSt.', totals[3]], ['Gesamt EUR inkl. MwSt.', totals[4]]]
    .flatMap(([l, v], i) => [d(110, 130 + 6 * i, l), d(172, 130 + 6 * i, v)]),
], 210, 297);

describe('an invoice discount labelled with its amount word', () => {
  it.each(['Rechnungsrabattbetrag 2 %', 'Rabatt 2 %'])('"%s" is a discount line: the items add up to the net', (label) => {
    const inv = parseWesternInvoiceText(page(label, ['1.635,00', '-32,70', '1.602,30', '304,44', '1.906,74']));
    expect(inv.amount).toBe(1602.3);
    expect(inv.items.reduce((s, i) => s + (i.amount ?? 0), 0)).toBeCloseTo(1602.3, 2);
  });
});
