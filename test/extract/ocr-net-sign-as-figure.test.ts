/**
 * A scanned invoice whose net OCR read with the euro sign after it as one more figure ("2.015,00 €" read
 * "2.015.006"): the tax and the total read, the net is total − tax, whose figures are the ones read.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5, 95);

/** A German invoice, its net's figure as read (`net`). */
function german(net: string): PageText {
  const items = [
    row(20, 20, 'Ölmühle Kraichgau GmbH'), row(20, 25, 'Hauptstraße 12 · 75031 Eppingen'), row(150, 20, 'RECHNUNG'),
    row(20, 45, 'Feinkost Brandl KG'), row(20, 50, 'Marktplatz 3'), row(20, 55, '80331 München'),
    row(130, 45, 'Rechnungsnr.: RE-2025-0412'), row(130, 50, 'Datum: 20.11.2025'),
    row(20, 75, 'Artikel'), row(170, 75, 'Betrag'),
    row(20, 82, 'Olivenöl nativ extra, 5 l'), row(170, 82, '1.520,00'),
    row(20, 88, 'Walnussöl, 1 l'), row(172, 88, '495,00'),
    row(120, 100, 'Nettobetrag'), row(168, 100, net),
    row(120, 106, 'MwSt. 19 %'), row(172, 106, '382,85 €'),
    row(120, 112, 'Gesamtbetrag'), row(168, 112, '2.397,85 €'),
  ];
  return a4(items);
}

const net = (p: PageText) => ocrReading(p).invoice.amount;

describe("a sign after the net read as a figure", () => {
  it('reads the net the tax and the total leave', () => {
    expect(net(german('2.015.006'))).toBe(2015);
    expect(net(german('2.015,00 €'))).toBe(2015);
  });

  it('leaves a net whose figures are not those as read', () => {
    expect(net(german('2.016.006'))).toBe(2016006);
  });
});
