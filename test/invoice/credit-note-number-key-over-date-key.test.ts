/**
 * A credit note's block of keys, as Belgian and Dutch accounting packages print it: a bare "Nummer" over "Datum",
 * each value in the cell beside its key, a subject row citing the invoice it credits under them. The number was
 * missing two ways: the title "Creditnota" (nor "Kreditnota", "Credit memo", "Nota di credito") was no title, so
 * the bare key under it named no document; and a block set apart from the title (the title at the top right, the
 * block lower at the left) had no reading at all for a bare number key over a bare date key.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const totals: Draw[] = [
  d(20, 120, 'Omschrijving'), d(150, 120, 'Bedrag'),
  d(20, 126, 'Retour bureaustoel'), d(150, 126, '-640,00'),
  d(110, 140, 'Maatstaf 21 %'), d(150, 140, '-640,00'),
  d(110, 146, 'BTW 21 %'), d(150, 146, '-134,40'),
  d(110, 152, 'Totaal EUR'), d(150, 152, '-774,40'),
];
const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a credit note\'s bare number key', () => {
  it('under the credit note\'s title, read', () => {
    for (const title of ['Creditnota', 'Kreditnota', 'Credit memo', 'Nota di credito', 'OPRAVNÝ DAŇOVÝ DOKLAD – DOBROPIS', 'Dobropis']) {
      const inv = read([
        d(20, 15, 'VELOGENT', 6), d(140, 15, 'Sint-Pietersnieuwstraat 90'), d(140, 20, '9000 Gent'),
        d(110, 45, 'Koerierscoöperatie Stadsfiets CV'), d(110, 50, 'Dok Noord 4'), d(110, 55, '9000 Gent'),
        d(20, 75, title, 5),
        d(20, 82, 'Nummer'), d(40, 82, 'CN-2025-018'),
        d(20, 87, 'Mededeling'), d(40, 87, '+++090/4471/20018+++'),
        d(20, 92, 'Betreft'), d(40, 92, 'factuur F-2025-0611 van 03/11/2025'),
        d(20, 100, 'Uitgegeven te Gent op 24/11/2025'),
        ...totals,
      ]);
      expect(inv.number, title).toBe('CN-2025-018');
    }
  });

  it('over a bare date key in its column, read wherever the title is', () => {
    const inv = read([
      d(20, 15, 'Kantoorpunt Limburg NV', 5), d(150, 15, 'CREDITNOTA', 6),
      d(20, 22, 'Kempische Steenweg 301 · 3500 Hasselt · BTW BE 0448.120.774'),
      d(20, 55, 'Nummer'), d(45, 55, 'CN 2026/0042'), d(110, 55, 'Advocatenkantoor Claes & Jans BV'),
      d(110, 60, 'Thonissenlaan 22'),
      d(20, 62, 'Datum'), d(45, 62, '27/11/2026'), d(110, 65, '3500 Hasselt'),
      d(20, 69, 'Klantnummer 400218'),
      d(20, 78, 'Betreft'), d(45, 78, 'VF 2026/1418 van'),
      d(20, 83, 'factuur'), d(45, 83, '05/11/2026'),
      ...totals,
    ]);
    expect(inv.number).toBe('CN 2026/0042');
    expect(inv.date).toBe('2026-11-27');
  });

  it('control: a bare number key without a date key in its column, away from any title, is not read', () => {
    const inv = read([
      d(20, 15, 'Kantoorpunt Limburg NV', 5),
      d(20, 22, 'Kempische Steenweg 301 · 3500 Hasselt'),
      d(110, 55, 'Advocatenkantoor Claes & Jans BV'), d(110, 60, 'Thonissenlaan 22'), d(110, 65, '3500 Hasselt'),
      d(20, 55, 'Nummer'), d(45, 55, '400218'),
      d(20, 62, 'Contact'), d(45, 62, 'J. Peeters'),
      d(140, 78, 'Datum'), d(160, 78, '27/11/2026'),
      ...totals,
    ]);
    expect(inv.number).toBeNull();
  });
});
