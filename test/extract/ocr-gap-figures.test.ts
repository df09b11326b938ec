/**
 * A scanned Danish invoice whose OCR found a figure or two, at 18-22 % certainty, in the gap between the date's label
 * and the date ("Fakturadato" "205" "19-11-2025"), the box reaching into both: run into the label's cell, it hid
 * the invoice date, and the due date under it was read instead.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

/** An OCR box from its left and right edges, read with the given certainty. */
const box = (x: number, x2: number, y: number, text: string, confidence = 97): TextItem => ocrBox(x, x2, y, text, 5, confidence);

/** The invoice, with what OCR read between the date's label and the date (`gap`). */
function danish(gap: TextItem[]): PageText {
  const items = [
    box(20, 70, 15, 'Vestjysk VVS ApS'), box(20, 60, 21, 'Kongensgade 141'), box(20, 55, 27, '6700 Esbjerg'),
    box(20, 60, 33, 'CVR-nr. 38 44 12 90'),
    box(20, 75, 45, 'Ejerforeningen Strandparken'), box(115, 142, 48, 'Faktura nr.'), box(150, 160, 48, '20114'),
    box(20, 55, 54, 'Strandvejen 88'), ...gap,
    box(20, 55, 60, '6700 Esbjerg'), box(115, 135, 60, 'Kundenr.'), box(150, 160, 60, '3318'),
    box(115, 170, 66, 'Forfaldsdato 03-12-2025'),
    box(20, 60, 90, 'Tekst'), box(150, 170, 90, 'Beløb'),
    box(20, 80, 97, 'Radiatorventil m. termostat'), box(150, 170, 97, '3.400,00'),
    box(20, 60, 103, 'Arbejdsløn, montør'), box(150, 170, 103, '3.270,00'),
    box(20, 40, 109, 'Kørsel'), box(155, 170, 109, '295,00'),
    box(110, 130, 120, 'Subtotal'), box(150, 170, 120, '6.965,00'),
    box(110, 130, 126, 'Moms (25%)'), box(150, 170, 126, '1.741,25'),
    box(110, 140, 132, 'At betale DKK'), box(150, 170, 132, '8.706,25'),
  ];
  return a4(items);
}

const dateOf = (gap: TextItem[]) => ocrReading(danish(gap)).invoice.date;
const labelAt = (text: string) => box(115, 141.4, 54, text);

describe("a figure OCR found in the gap between a date's label and the date", () => {
  it('is dropped when unsure and reaching into both', () => {
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '205', 18), box(144, 170.3, 54, '19-11-2025')])).toBe('2025-11-19');
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '2', 22), box(144, 170.3, 54, '19-11-2025')])).toBe('2025-11-19');
  });

  it('is kept when read with certainty', () => {
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '205', 95), box(144, 170.3, 54, '19-11-2025')])).not.toBe('2025-11-19');
  });
});
