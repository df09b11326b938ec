/**
 * A scanned invoice whose totals label's box OCR drew up to its figure's ("Subtotaal 0% (internationaal
 * vervoer)" ending a millimetre before "2.062,75"): the label and its figure are two cells, as the text layer
 * prints them, and the net is read as from the text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { groupLines } from '../../src/invoice/layout.js';
import { ocrBox as box, a4, ocrReading } from './ocr-page.js';

/** A Dutch forwarder's invoice, its first subtotal's label box ending at `labelEnd` (mm). */
function forwarder(labelEnd: number): PageText {
  const items = [
    box(15, 89, 13, 'RIJNMOND FORWARDING'), box(171, 196, 13, 'FACTUUR'),
    box(15, 70, 18, 'Rijnmond Forwarding B.V.'), box(145, 196, 18, 'Factuurnr.: RF25-30217'),
    box(15, 99, 23, 'Waalhaven Z.z. 44 · 3089 JH Rotterdam'), box(138, 196, 23, 'Factuurdatum: 26-11-2025'),
    box(15, 73, 41, 'Van Dijk Tuinmeubelen B.V.'), box(15, 50, 46, 'Industrieweg 19'), box(15, 46, 51, '5262 GJ Vught'),
    box(14, 47, 73, 'Omschrijving'), box(149, 193, 73, 'BTW Bedrag EUR'),
    box(15, 112, 79, 'Zeevracht Shanghai - Rotterdam, 1 x 40ft HC'), box(150, 158, 79, '0%'), box(175, 196, 79, '1.850,00'),
    box(15, 65, 86, 'Brandstoftoeslag (BAF)'), box(149, 158, 86, '0%'), box(180, 196, 86, '212,75'),
    box(15, 71, 92, 'Terminal handling charges'), box(150, 160, 92, '21%'), box(180, 196, 92, '245,00'),
    box(15, 66, 98, 'Douane-aangifte invoer'), box(149, 160, 98, '21%'), box(182, 196, 98, '95,00'),
    box(14, 137, 105, 'Invoerrechten (voorgeschoten, buiten de BTW-grondslag)'), box(176, 196, 105, '1.318,40'),
    box(91, labelEnd, 114, 'Subtotaal 0% (internationaal vervoer)'), box(175, 196, 114, '2.062,75'),
    box(91, 123, 120, 'Subtotaal 21%'), box(180, 196, 120, '340,00'),
    box(91, 113, 126, 'BTW 21%'), box(182, 196, 126, '71,40'),
    box(91, 146, 132, 'Voorschotten buiten BTW'), box(175, 196, 132, '1.318,40'),
    box(91, 144, 139, 'Totaal te betalen EUR'), box(174, 196, 139, '3.792,55'),
  ];
  return a4(items);
}

const net = (p: PageText) => ocrReading(p).invoice.amount;

describe("a label's box drawn up to its figure's", () => {
  it('reads the label and the figure as two cells', () => {
    expect(net(forwarder(174))).toBe(3721.15);
    expect(net(forwarder(165))).toBe(3721.15);
  });

  it('keeps a box of words and figures, and figures after a colon, as one cell', () => {
    const texts = (items: TextItem[]) => groupLines(items).flatMap((l) => l.segments.map((s) => s.text));
    expect(texts([box(20, 60, 10, 'Total due:'), box(61, 75, 10, '12,50')])).toEqual(['Total due: 12,50']);
    expect(texts([box(20, 60, 10, 'Net 30 days'), box(61, 75, 10, 'net')])).toEqual(['Net 30 days net']);
  });
});
