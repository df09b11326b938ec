/**
 * A buyer's name read as the last label of an info table wrapped in a narrow column at the left (the buyer's
 * box at the right, "Échéance" over nothing under it): a field's label alone ("Échéance", "Due date",
 * "Fälligkeit") is no party's name; it is named for review, never given as the buyer with status ok. On the
 * supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const BOX = ['Cabinet Dentaire des Tilleuls SELARL', 'Dr Hélène Marchal', '3 place des Tilleuls', '68100 Mulhouse', 'TVA FR 41 812 334 905'];

/** The info table's labels wrapped at x 19 (rows [y, text]), values at x 50, the buyer's box at x 108. */
const page = (labels: Array<[number, string]>, values: Array<[number, string]>) => read({
  window: [], info: [],
  extra: [...labels.map(([y, t]) => d(19, y, t, 2.6)), ...values.map(([y, t]) => d(50, y, t, 2.6)), ...BOX.map((r, i) => d(108, [40, 47, 52, 57, 62][i]!, r, 2.6))],
});

describe('an info table\'s label read as the buyer', () => {
  it('is named for review or not read', () => {
    for (const [labels, values] of [
      [[[40, 'Facture n°'], [47, 'Date de'], [52, 'facture'], [57, 'Période'], [70, 'Référence'], [75, 'client'], [82, 'Échéance']], [[40, 'HB-2025-04417'], [47, '21/11/2025'], [57, '01/11/2025 –'], [62, '30/11/2025'], [70, 'C-00871'], [82, 'à réception'], [87, '(prélèvement SEPA)']]],
      [[[40, 'Invoice no.'], [47, 'Invoice'], [52, 'date'], [57, 'Period'], [70, 'Customer'], [75, 'ref.'], [82, 'Due date']], [[40, 'HB-2025-04417'], [47, '21/11/2025'], [57, '01/11/2025 –'], [62, '30/11/2025'], [70, 'C-00871'], [82, 'on receipt'], [87, '(direct debit)']]],
    ] as Array<[Array<[number, string]>, Array<[number, string]>]>) {
      const inv = page(labels, values);
      expect(inv.buyer.name === BOX[0] || !!guessesOf(inv)['buyer.name']).toBe(true);
    }
  });

  it('an item table\'s header read as the buyer is named', () => {
    // ("Sold to:" with the name and address run on one row, the items' header "Product" the first cell in the window's place.)
    const inv = read({ window: [], info: [], extra: [d(16, 49, 'Sold to: The Grazing Table Café Pty Ltd, 55 Baylis Street, Wagga Wagga NSW 2650'), ...['Product', 'Qty', 'Unit', 'Price', 'GST', 'Total'].map((h, k) => d([17, 115, 126, 148, 162, 181][k]!, 58, h))] });
    expect(inv.buyer.name === 'The Grazing Table Café Pty Ltd' || !!guessesOf(inv)['buyer.name']).toBe(true);
  });

  it('a Spanish item header read as the buyer is named', () => {
    // (The buyer's block at the right with no label, the seller's at the left, the items' "Artículo" under them.)
    const inv = read({ window: [], info: [], letterhead: ['Agropecuaria Sierra de Gata, S.Coop.', 'Ctra. de Hoyos km 2, 10850 Hoyos (Cáceres)', 'CIF F10288471'],
      extra: [...['Granja Avícola El Robledal, S.L.', 'Camino de la Vega s/n', '10800 Coria (Cáceres)', 'CIF B10933172'].map((r, i) => d(106, 39 + 5 * i, r)), ...['Artículo', 'Cantidad', 'Precio', 'Importe'].map((h, k) => d([17, 117, 147, 169][k]!, 67, h)), d(17, 73, 'Pienso ecológico gallinas, saco 25 kg'), d(139, 73, '40'), d(154, 73, '21,80'), d(178, 73, '872,00')] });
    expect(inv.buyer.name === 'Granja Avícola El Robledal, S.L.' || !!guessesOf(inv)['buyer.name']).toBe(true);
  });

  it('a name that opens with such a word is no label', () => {
    const inv = page([[40, 'Facture n°'], [47, 'Date'], [57, 'Client']], [[40, 'HB-2025-04417'], [47, '21/11/2025'], [57, 'C-00871']]);
    expect(guessesOf(inv)['buyer.name'] ?? '').not.toMatch(/field's label/);
  });
});
