/**
 * A buyer's block at the right whose form of address and name the text layer joins to the left column's
 * rows level with them, the gap between the cells narrow ("Fattura n. 118/2025 del 07/05/2025 Spett.le",
 * "Pagamento: bonifico bancario 30 gg d.f. Bottega del Gusto di Rossi Marco", then "Via dei Mille 14" alone):
 * the joined cells' ends are the block's first rows, not the street; in generated variants of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const SIZE = 4.2;
/** A left cell ending 1.5 mm before x, level with the right column's row (one cell for the text layer). */
const endingBefore = (x: number, y: number, text: string) => d(x - 1.5 - toPageText([d(0, 0, text, SIZE)])[0].items[0].width, y, text, SIZE);

const page = (left: string[], right: string[]) => {
  const draws = [
    d(62, 21.4, 'Ceramiche Artistiche Vietri S.r.l.', 5),
    d(49, 27.3, 'Via Costiera 51 · 84019 Vietri sul Mare (SA) · P.IVA 04567890652', 2.6),
    ...right.map((row, i) => d(109, 38.9 + 5 * i, row, SIZE)),
    ...left.map((row, i) => endingBefore(109, 38.9 + 5 * i, row)),
    d(22, 72.2, 'Descrizione', SIZE), d(122, 72.2, 'Q.tà', SIZE), d(170, 72.2, 'Importo', SIZE),
    d(22, 79.1, 'Vaso limoni, h 35 cm', SIZE), d(132, 79.1, '6', SIZE), d(179, 79.1, '570,00', SIZE),
    d(117, 95.5, 'Imponibile', SIZE), d(169, 95.5, 'EUR 570,00', SIZE),
    d(117, 102.1, 'IVA 22%', SIZE), d(169, 102.1, 'EUR 125,40', SIZE),
    d(117, 108.7, 'Totale', SIZE), d(169, 108.7, 'EUR 695,40', SIZE),
  ];
  return parseWesternInvoiceText(toPageText(draws, 210, 297));
};

describe('a form of address and a name joined to the left column\'s cells', () => {
  it('the name after the form of address is the buyer, the street its address', () => {
    for (const [form, name, street] of [
      ['Spett.le', 'Bottega del Gusto di Rossi Marco', 'Via dei Mille 14'],
      ['Spett.le', 'Enoteca Il Grappolo S.r.l.', 'Corso Italia 22'],
      ['Messrs', 'Harbour Deli Limited', '12 Quay Street'],
    ]) {
      const inv = page(['Fattura n. 118/2025 del 07/05/2025', 'Pagamento: bonifico bancario 30 gg d.f.'], [form, name, street, '40121 Bologna (BO)']);
      expect(inv.buyer.name).toBe(name);
      expect(inv.buyer.address ?? '').toContain(street);
    }
  });

  it('the block set apart from the left column reads as before', () => {
    const inv = page([], ['Spett.le', 'Bottega del Gusto di Rossi Marco', 'Via dei Mille 14', '40121 Bologna (BO)']);
    expect(inv.buyer.name).toBe('Bottega del Gusto di Rossi Marco');
  });
});
