/**
 * A scanned Dutch invoice whose totals print a tax line per rate ("Btw 9% over 86,00 | €7,74", "Btw 21% over
 * 80,00 | €16,80"), and OCR boxed the second line's label, base and figure as one ("Btw 21% over 80,00 €16,80"):
 * the tax is the two lines' sum, as the text layer reads it, the net and the sum adding up to the total; not the
 * first line's figure alone.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function invoice(secondRate: TextItem[]) {
  return a4([
    ocrBox(17, 80, 18, 'Dierenkliniek De Linde', 7), ocrBox(17, 110, 26, 'De Linde Dierenartsen B.V. · Lindelaan 3 · 3512 AB Utrecht', 4),
    ocrBox(17, 50, 40, 'Mevr. S. Bakker-Jansen'), ocrBox(17, 45, 45, 'Zandweg 12'), ocrBox(17, 48, 50, '3514 CD Utrecht'),
    ocrBox(17, 40, 60, 'Factuur', 6), ocrBox(120, 150, 60, 'Factuurnummer'), ocrBox(160, 190, 60, '2025-11-4471'),
    ocrBox(120, 145, 65, 'Datum'), ocrBox(160, 185, 65, '26-11-2025'),
    ocrBox(16, 45, 70, 'Omschrijving'), ocrBox(96, 110, 70, 'Aantal'), ocrBox(122, 140, 70, 'Excl. btw'), ocrBox(150, 158, 70, 'Btw'), ocrBox(169, 189, 70, 'Incl. btw'),
    ocrBox(17, 35, 76, 'Consult'), ocrBox(109, 111, 76, '1'), ocrBox(131, 142, 76, '42,00'), ocrBox(149, 156, 76, '21%'), ocrBox(178, 189, 76, '50,82'),
    ocrBox(16, 55, 83, 'Vaccinatie cocktail'), ocrBox(108, 110, 83, '1'), ocrBox(131, 142, 83, '38,00'), ocrBox(150, 157, 83, '21%'), ocrBox(178, 189, 83, '45,98'),
    ocrBox(17, 62, 88, 'Ontwormingstablet (st.)'), ocrBox(109, 111, 88, '2'), ocrBox(131, 142, 88, '22,00'), ocrBox(152, 157, 88, '9%'), ocrBox(178, 189, 88, '23,98'),
    ocrBox(17, 60, 94, 'Dieetvoer gastro 12 kg'), ocrBox(109, 111, 94, '1'), ocrBox(132, 143, 94, '64,00'), ocrBox(153, 158, 94, '9%'), ocrBox(179, 190, 94, '69,76'),
    ocrBox(121, 152, 104, 'Totaal excl. btw'), ocrBox(172, 190, 104, '€166,00'),
    ocrBox(120, 156, 110, 'Btw 9% over 86,00'), ocrBox(177, 190, 110, '€7,74'),
    ...secondRate,
    ocrBox(121, 134, 122, 'Totaal'), ocrBox(170, 190, 122, '€190,54'),
  ]);
}

describe('a tax line OCR boxed whole, its label, base and figure', () => {
  it('adds its figure to the other rate\'s', () => {
    expect(ocrReading(invoice([ocrBox(120, 190, 116, 'Btw 21% over 80,00 €16,80')])).invoice.taxAmount).toBe(24.54);
    // Boxed as two cells, as before.
    expect(ocrReading(invoice([ocrBox(120, 158, 116, 'Btw 21% over 80,00'), ocrBox(176, 190, 116, '€16,80')])).invoice.taxAmount).toBe(24.54);
  });
});
