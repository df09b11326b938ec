/**
 * A party's name that OCR read on past its company form into the trade line after it, the separator
 * between them lost: the name ends at the form where another row of the page prints it ending there.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { textParts } from '../../src/extract/text-parts.js';

const row = (x: number, y: number, text: string): TextItem => ({ text, x, y, width: text.length * 2, height: 4, page: 1, confidence: 95 });

/** A Swiss invoice scanned: the letterhead's row as OCR read it (`head`), its payment part printing the seller as `part`. */
function page(head: string, part: string | null): PageText {
  const items = [
    row(15, 14, head), row(15, 19, 'Bachstrasse 21 · 8800 Thalwil'), row(15, 24, 'CHE-114.329.507 MWST'),
    row(120, 50, 'Immobilien Seefeld GmbH'), row(120, 55, 'Seefeldstrasse 134'), row(120, 60, '8008 Zürich'),
    row(15, 80, 'Rechnung 25-3317'), row(150, 80, 'Thalwil, 19. November 2025'),
    row(15, 100, 'Leistung'), row(170, 100, 'Betrag'),
    row(15, 108, 'Heckenschnitt Hainbuche'), row(170, 108, '2 757.00'),
    row(110, 130, 'Total exkl. MWST'), row(170, 130, '2 757.00'),
    row(110, 136, 'MWST 8.1 %'), row(170, 136, '223.32'),
    row(110, 142, 'Total CHF inkl. MWST'), row(170, 142, '2 980.32'),
    row(120, 200, 'Konto / Zahlbar an'), row(120, 205, 'CH44 3199 9123 0008 8901 2'),
    ...(part ? [row(120, 210, part)] : []), row(120, 215, 'Bachstrasse 21'), row(120, 220, '8800 Thalwil'),
  ];
  return { page: 1, width: 210, height: 297, items };
}

const seller = (head: string, part: string | null) => textParts([page(head, part)], 'ocr', []).find((p) => p.source === 'ocr')!.invoice.seller.name;

describe('a name OCR read on into its trade line', () => {
  it('ends at the company form another row prints it ending at, with the marks that row gives', () => {
    expect(seller('Grunwerk Meier AG Gartenbau und Unterhalt', 'Grünwerk Meier AG')).toBe('Grünwerk Meier AG');
    expect(seller('Grunwerk Meier AG Gartenbau und Unterhalt', 'Grunwerk Meier AG')).toBe('Grunwerk Meier AG');
    // (A row that cuts it in a sender line's cell: "Fliesen Gruber GmbH · Graz".)
    expect(seller('Fliesen Gruber GmbH Fliesen aturstin Mosaik', 'Fliesen Gruber GmbH · Triester Straße 220')).toBe('Fliesen Gruber GmbH');
  });

  it('stays as read where no other row prints it so, or where the other row spells it otherwise', () => {
    expect(seller('Grunwerk Meier AG Gartenbau und Unterhalt', null)).toBe('Grunwerk Meier AG Gartenbau und Unterhalt');
    expect(seller('Grunwerk Meier AG Gartenbau und Unterhalt', 'Grunwald Meier AG')).toBe('Grunwerk Meier AG Gartenbau und Unterhalt');
  });
});
