/**
 * A scanned Latvian invoice whose title "PVN rēķins Nr. RS-2025/0733" OCR read with another mark on the "ē"
 * ("PVN rêkins"): the label's other marked vowels were taken for the letter (the Slovak "Dätum", the Hungarian
 * "Fizetendö"), the Baltic macrons were not, and the number went unread.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 4.5, 95);

/** A Latvian haulier's invoice, its title as read (`title`). */
function latvian(title: string): PageText {
  const items = [
    row(19, 15, 'SIA "Baltijas Kravu Serviss"'), row(119, 15, title),
    row(19, 20, 'Reg. Nr. 40103884721'), row(143, 20, '2025. gada 7. novembrī'),
    row(19, 25, 'PVN reg. Nr. LV40103884721'),
    row(19, 30, 'Krasta iela 68, Rīga, LV-1019'),
    row(18, 54, 'Saņēmējs: SIA "Kurzemes Būvmateriāli"'),
    row(45, 60, 'Reg. Nr. 42103118472, PVN LV42103118472'),
    row(18, 77, 'Nr.'), row(27, 77, 'Pakalpojums'), row(178, 77, 'Summa'),
    row(18, 83, '1'), row(27, 83, 'Kravas pārvadājums Rīga-Liepāja'), row(178, 83, '420,00'),
    row(118, 114, 'Kopā bez PVN'), row(180, 114, '420,00'),
    row(117, 120, 'PVN 21%'), row(180, 120, '88,20'),
    row(117, 126, 'Kopā apmaksai EUR'), row(178, 126, '508,20'),
  ];
  return a4(items);
}

const number = (p: PageText) => ocrReading(p).invoice.number;

describe("a Baltic label's macron read as another mark", () => {
  it('reads the number after the title', () => {
    expect(number(latvian('PVN rēķins Nr. RS-2025/0733'))).toBe('RS-2025/0733');
    expect(number(latvian('PVN rekins Nr. RS-2025/0733'))).toBe('RS-2025/0733');
    expect(number(latvian('PVN rêkins Nr. RS-2025/0733'))).toBe('RS-2025/0733');
    expect(number(latvian('PVN rëkins Nr. RS-2025/0733'))).toBe('RS-2025/0733');
  });
});
