/**
 * A Montenegrin or Serbian invoice in Latin script, its parties' blocks headed "Prodavac" (seller) and "Kupac"
 * (buyer), as a scan reads it: the seller's label over its name is the block's label, not a row of the name.
 */
import { describe, expect, it } from 'vitest';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const row = (x: number, y: number, text: string) => ocrItem(x, y, text, 5.5, 95, text.length * 1.8);

/** A Montenegrin invoice scanned, the seller's block headed `label`. */
const page = (label: string) => a4([
  row(16, 14, label), row(107, 14, 'Kupac'),
  row(16, 20, 'Primorska Trgovina d.o.o.'), row(107, 21, 'Hotel Plavi Horizont d.o.o.'),
  row(16, 25, 'Jadranski put bb, 85310 Budva'), row(107, 26, 'Bečići bb, 85310 Budva'),
  row(16, 30, 'PIB 02918447 · PDV 30/31-07715-4'), row(107, 31, 'PIB 03044119 · PDV 30/31-11842-0'),
  row(16, 45, 'RAČUN br. 00318/2025'), row(131, 46, 'Datum izdavanja: 26.11.2025.'),
  row(15, 64, 'Opis'), row(170, 66, 'Vrijednost'), row(15, 72, 'Maslinovo ulje 5 l'), row(170, 72, '1.000,00'),
  row(110, 100, 'Osnovica'), row(170, 100, '1.000,00'), row(110, 106, 'PDV 21%'), row(172, 106, '210,00'),
  row(110, 112, 'Ukupno za plaćanje EUR'), row(170, 112, '1.210,00'),
]);

describe('a seller\'s block headed "Prodavac" on a scan', () => {
  it('is read with its name in doubt for its marks alone: the word over it is its label', () => {
    const part = ocrReading(page('Prodavac'));
    expect([part.invoice.seller.name, part.invoice.buyer.name]).toEqual(['Primorska Trgovina d.o.o.', 'Hotel Plavi Horizont d.o.o.']);
    // (In doubt for the marks of the page's language alone, which the marks' re-read settles: ocr-marks.ts.)
    expect(part.doubtful?.marksOnly).toContain('seller.name');
  });

  it('leaves in doubt a name under a word that labels nothing (a letterhead\'s row over it)', () => {
    const doubtful = ocrReading(page('Distribucija')).doubtful;
    expect(doubtful?.unsure).toContain('seller.name');
    expect(doubtful?.marksOnly ?? []).not.toContain('seller.name');
  });
});
