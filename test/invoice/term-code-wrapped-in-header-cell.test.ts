/**
 * An ERP's rendering of an e-invoice prints EN 16931's codes beside its labels; in a narrow header cell the code
 * wraps: "N° de" / "facture (BT-" / "1)" over "F-2025-000871". The code's end on the row under it is no value of
 * the label (it was read as the invoice number "1", silent). A Luxembourg Factur-X page of the 120th batch, in
 * generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** An info grid of header cells, each wrapped over rows of 5 mm, over a row of values, as a browser prints 8.5 pt type (its items 4.2 mm high). */
const infoGrid = (cells: Array<[string[], string]>) => {
  const rows = Math.max(...cells.map(([head]) => head.length));
  return cells.flatMap(([head, value], k) => [
    ...head.map((t, r) => d(22 + 34 * k, 150 + 5 * r, t, 4.2)),
    d(22 + 34 * k, 150 + 5 * rows + 1.4, value, 4.2),
  ]);
};

describe('a business-term code wrapped in a header cell', () => {
  it('reads the number under the label, not the code’s end', () => {
    for (const [numberHead, number] of [
      [['N° de', 'facture (BT-', '1)'], 'F-2025-000871'],
      [['Invoice', 'number (BT-', '1)'], 'INV-2025-0418'],
      [['Rechnungs-', 'nummer (BT-', '1)'], 'RE-2025-00871'],
    ] as Array<[string[], string]>) {
      const extra = infoGrid([
        [numberHead, number],
        [['Date', '(BT-2)'], '24/11/2025'],
        [['Échéance', '(BT-9)'], '24/12/2025'],
        [['Devise', '(BT-5)'], 'EUR'],
      ]);
      expect(read({ info: [], extra }).number, numberHead.join(' ')).toBe(number);
    }
  });

  it('reads the number under a label whose code is whole on its row (control)', () => {
    const extra = infoGrid([[['Invoice number (BT-1)'], 'INV-2025-0418'], [['Date (BT-2)'], '24/11/2025'], [['Currency (BT-5)'], 'EUR']]);
    expect(read({ info: [], extra }).number).toBe('INV-2025-0418');
  });
});
