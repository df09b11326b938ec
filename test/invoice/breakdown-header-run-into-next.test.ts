/**
 * An Italian e-invoice's summary ("Esigibilità | Aliquota IVA | Natura | Totale imponibile | Totale imposta")
 * on a scan: OCR's boxes of "Natura" and "Totale imponibile", set close, run together into one cell that heads no
 * column, and the bases went unread. The cell is read box by box when one of its boxes heads a column and the
 * cell as run together heads none.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { pageLines } from '../../src/invoice/layout.js';
import { taxBreakdown } from '../../src/invoice/western/tax-breakdown.js';

const box = (text: string, x: number, y: number, width: number, confidence = 97): TextItem => ({ text, x, y, width, height: 5, page: 1, confidence });

function summary(natura: TextItem[]): PageText[] {
  const items = [
    box('RIEPILOGHI IVA E TOTALI', 17, 136, 40),
    box('Esigibilità', 18, 141, 25, 49), box('Aliquota IVA', 46.6, 141, 31), ...natura, box('Totale imposta', 151.4, 141, 37),
    box('I', 17.5, 147.5, 3, 45), box('22,00', 46.6, 147.5, 14), box('586,50', 134.7, 147.5, 16.4), box('129,03', 176.3, 147.5, 16.5),
    box('T', 17.3, 153.8, 3, 39), box('10,00', 46.8, 153.8, 14), box('420,00', 134.7, 153.8, 16.1), box('42,00', 178.9, 153.8, 14.2),
  ];
  return [{ page: 1, width: 210, height: 297, items }];
}

describe("a summary's header run together with the header beside it", () => {
  it('reads the bases and the taxes under their headers', () => {
    const read = taxBreakdown(pageLines(summary([box('Natura', 82.3, 141, 17), box('Totale imponibile', 102.2, 141, 43.5)])));
    expect(read).toMatchObject({ net: 1006.5, tax: 171.03, rows: 2 });
  });

  it('keeps a header read in two boxes that heads its column as one cell', () => {
    const read = taxBreakdown(pageLines(summary([box('Natura', 82.3, 141, 10), box('Totale', 102.2, 141, 15), box('imponibile', 118.5, 141, 27)])));
    expect(read).toMatchObject({ net: 1006.5, tax: 171.03, rows: 2 });
  });
});
