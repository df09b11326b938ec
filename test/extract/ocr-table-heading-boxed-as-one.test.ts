/**
 * An item table's headings OCR boxed as one where they are set close ("Kunde | AuftragProvisionsbasis Satz
 * Provision"): a column headed by the buyer's word ("Kunde") over rows that give amounts is the table's, not the
 * buyer's block, however many cells its heading row was read as. (A commission statement, self-billed by the
 * company to its agent: its customers listed by name, the agent addressed in the window.)
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

/** A manufacturer's commission statement to its sales agent, as scanned, the table's headings boxed by `headings`. */
function statement(headings: [number, number, string][]): PageText {
  return a4([
    ocrBox(122.0, 150.0, 16.8, 'HOLZWERK', 5.2, 98), ocrBox(122.0, 181.0, 22.5, 'Holzwerk Brandes GmbH', 4.7, 95),
    ocrBox(122.0, 168.0, 26.7, 'Mühlenweg 7, 31515 Wunstorf', 4.7, 90),
    ocrBox(123.5, 184.0, 35.2, 'Gutschrift-Nr. PV-2026-0088', 4.2, 96),
    ocrBox(23.0, 99.0, 36.1, 'Holzwerk Brandes GmbH · Postfach 14 · 31515 Wunstorf', 3.6, 80),
    ocrBox(123.0, 138.5, 41.0, 'Datum', 5.0, 99), ocrBox(153.5, 178.7, 40.8, '27.11.2026', 5.1, 100),
    ocrBox(22.7, 78.0, 41.2, 'Vertriebsbüro Lena Hartwig', 5.2, 95),
    ocrBox(23.1, 52.0, 46.1, 'Am Anger 3', 5.1, 97), ocrBox(122.8, 149.4, 46.8, 'Vertreter-Nr.', 5.2, 90), ocrBox(154.6, 167.1, 46.8, 'V-042', 5.2, 95),
    ocrBox(23.1, 56.0, 51.2, '99084 Erfurt', 5.1, 97),
    ocrBox(22.1, 48.7, 67.3, 'Gutschrift', 4.6, 99),
    ocrBox(21.7, 175.3, 75.0, 'Provisionsabrechnung November 2026 im Gutschriftsverfahren nach § 14 Abs. 2 Satz 2 UStG.', 4.7, 90),
    ...headings.map(([x, x2, text]) => ocrBox(x, x2, 86.5, text, 5.0, 97)),
    ocrBox(22.6, 70.0, 92.9, 'Tischlerei Vogt, Gotha', 5.2, 96), ocrBox(94.4, 114.0, 93.0, 'B-2210', 5.1, 99),
    ocrBox(132.5, 155.1, 93.1, '12.500,00', 4.6, 98), ocrBox(158.0, 168.2, 93.2, '5 %', 4.6, 100), ocrBox(176.7, 193.0, 93.0, '625,00', 5.1, 99),
    ocrBox(23.0, 75.0, 99.6, 'Küchenstudio Ahrens, Jena', 4.7, 95), ocrBox(94.9, 114.0, 99.3, 'B-2231', 5.0, 98),
    ocrBox(134.9, 155.2, 99.3, '8.300,00', 5.0, 97), ocrBox(158.0, 168.2, 99.1, '5 %', 5.0, 100), ocrBox(176.7, 193.0, 99.3, '415,00', 5.0, 97),
    ocrBox(117.0, 149.4, 116.0, 'Provision netto', 5.1, 95), ocrBox(172.9, 192.7, 116.0, '1.040,00', 5.1, 97),
    ocrBox(116.8, 159.3, 122.0, 'Umsatzsteuer 19 %', 5.2, 99), ocrBox(176.6, 192.8, 122.0, '197,60', 5.5, 97),
    ocrBox(116.6, 160.2, 128.6, 'Gutschriftsbetrag', 5.7, 100), ocrBox(170.9, 192.6, 128.9, '1.237,60', 4.4, 99),
  ]);
}

describe('a table column headed by the buyer\'s word, its headings boxed as one', () => {
  it('is no buyer\'s block: the self-billed statement\'s parties are the agent and the company', () => {
    for (const headings of [
      [[22.7, 38.9, 'Kunde'], [94.8, 192.7, 'AuftragProvisionsbasis Satz Provision']],
      [[22.7, 38.9, 'Kunde'], [94.8, 192.7, 'Auftrag Umsatz Satz Provision']],
    ] as [number, number, string][][]) {
      const { invoice } = ocrReading(statement(headings));
      expect([invoice.seller.name, invoice.buyer.name], headings[1]![2]).toEqual(['Vertriebsbüro Lena Hartwig', 'Holzwerk Brandes GmbH']);
    }
  });

  it('each heading in a box of its own reads the same (control)', () => {
    const { invoice } = ocrReading(statement([[22.7, 38.9, 'Kunde'], [94.8, 114.8, 'Auftrag'], [115.5, 140.0, 'Umsatz'], [157.9, 166.0, 'Satz'], [172.0, 192.7, 'Provision']]));
    expect([invoice.seller.name, invoice.buyer.name]).toEqual(['Vertriebsbüro Lena Hartwig', 'Holzwerk Brandes GmbH']);
  });
});
