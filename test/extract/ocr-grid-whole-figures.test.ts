/**
 * A scanned Hungarian invoice's VAT summary ("ÁFA összesítő"): a grid of forint figures, no cents, their thousands
 * grouped by a space, whose OCR boxes stand closer than a cell's gap ("17 315" "4 675" "21 990"), and whose total row
 * OCR read without its mark ("Osszesen" for "Összesen"). The boxes ran into one cell per row, the first rate's row
 * was taken for no row and the second's for the totals (6 667, 333, 7 000).
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { pageLines } from '../../src/invoice/layout.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

/** An OCR box from its left and right edges, as PaddleOCR sets them around the print. */
const box = (x: number, x2: number, y: number, text: string): TextItem => ocrBox(x, x2, y, text, 5.2, 97);

/** The 27% row's figures as three boxes. */
const APART = [box(44, 60.3, 147, '17 315'), box(61.4, 75.3, 147, '4 675'), box(77.4, 93.5, 147, '21 990')];

/** The invoice, its summary's total row's label as read (`total`), its 27% row's figures (`rate27`). */
function hungarian(total: string, rate27: TextItem[] = APART): PageText {
  const items = [
    box(81, 120, 21, 'Sorszám: WEB-2025/004821'), box(92, 115, 15, 'SZÁMLA'),
    box(16, 30, 31, 'Eladó'), box(104, 116, 31, 'Vevő'),
    box(16, 62, 35, 'Kovács Elektronika Kft.'), box(105, 165, 35, 'Tóth és Társa Könyvelőiroda Bt.'),
    box(16, 70, 40, '1138 Budapest, Váci út 168.'), box(105, 158, 40, '6720 Szeged, Kárász utca 9.'),
    box(16, 60, 45, 'Adószám: 24881347-2-41'), box(105, 150, 45, 'Adószám: 21183306-1-06'),
    box(86, 102, 65, 'Számla'), box(86, 100, 70, 'kelte'), box(86, 110, 76, '2025.11.10.'),
    box(16, 45, 87, 'Megnevezés'), box(98, 115, 87, 'Nettó'), box(158, 170, 87, 'ÁFA'), box(176, 192, 87, 'Bruttó'),
    box(16, 50, 99, 'Vezeték nélküli egér'), box(99, 113, 99, '7 874'), box(154, 167, 99, '4 252'), box(177, 192, 99, '20 000'),
    box(17, 50, 110, 'Könyv: Excel a gyakorlatban'), box(99, 113, 110, '6 667'), box(159, 167, 110, '333'), box(179, 192, 110, '7 000'),
    box(17, 50, 121, 'Szállítási díj (futár)'), box(99, 113, 121, '1 567'), box(159, 167, 121, '423'), box(179, 192, 121, '1 990'),
    box(17, 50, 135, 'ÁFA összesítő'),
    box(18, 43, 141, 'ÁFA kulcs'), box(45, 60, 141, 'Nettó'), box(65, 76, 141, 'ÁFA'), box(76, 94, 141, 'Bruttó'),
    box(18, 29, 147, '27%'), ...rate27,
    box(116, 140, 148, 'Fizetendő:'), box(170, 192, 148, '28 990 Ft'),
    box(18, 27, 154, '5%'), box(46.6, 60, 154, '6 667'), box(65.9, 75.5, 154, '333'), box(80.2, 93.8, 154, '7 000'),
    box(18.5, 42.7, 160, total), box(44.1, 60.2, 160, '23 982'), box(61.9, 75.5, 160, '5 008'), box(77.5, 93.8, 160, '28 990'),
  ];
  return a4(items);
}

const totals = (p: PageText) => {
  const { amount, taxAmount, totalAmount } = ocrReading(p).invoice;
  return { amount, taxAmount, totalAmount };
};

describe('a grid of whole figures grouped by spaces, OCR boxes near', () => {
  it('parts the boxes into cells, each figure its own', () => {
    const row = pageLines([hungarian('Összesen')]).find((l) => l.text.startsWith('27%'))!;
    expect(row.segments.map((s) => s.text)).toEqual(['27%', '17 315', '4 675', '21 990', 'Fizetendő:', '28 990 Ft']);
  });

  it("reads the summary's total row, its label as printed or with its mark lost", () => {
    const read = { amount: 23982, taxAmount: 5008, totalAmount: 28990 };
    expect(totals(hungarian('Összesen'))).toEqual(read);
    expect(totals(hungarian('Osszesen'))).toEqual(read);
  });

  it('parts a box OCR read as two whole figures, one without its space ("17315 4 675")', () => {
    const oneBox = [box(44, 75.3, 147, '17315 4 675'), box(77.4, 93.5, 147, '21 990')];
    const row = pageLines([hungarian('Összesen', oneBox)]).find((l) => l.text.startsWith('27%'))!;
    expect(row.segments.map((s) => s.text).slice(0, 4)).toEqual(['27%', '17315', '4 675', '21 990']);
    expect(totals(hungarian('Összesen', oneBox))).toEqual({ amount: 23982, taxAmount: 5008, totalAmount: 28990 });
  });

  it('leaves a phone number, one grouped figure and an account\'s groups as one cell', () => {
    for (const text of ['06 62 447 120', '1 234 567', '1503 44 18827']) {
      const row = pageLines([a4([box(18, 29, 200, 'Tel.'), box(40, 80, 200, text)])])[0]!;
      expect(row.segments.map((s) => s.text).at(-1), text).toBe(text);
    }
  });
});
