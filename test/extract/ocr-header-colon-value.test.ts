/**
 * A scanned Odoo credit note whose info row prints its headers over two rows ("Date de l'avoir :" | "Source :" |
 * "Date de la facture" over "d'origine :"), and OCR boxed the source's value with the wrapped rest of the next
 * header ("INV/2025/00871 d'origine :"): that box ends in a label's colon, and the original invoice's date under
 * it is no rest of it. Read as one value wrapped over two rows, it gave the invoice's date for the credit note's.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/index.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

/** The credit note, with the info row's second line as OCR boxed it (`second`). */
function creditNote(second: ReturnType<typeof ocrBox>[]): PageText {
  return a4([
    ocrBox(14, 60, 14, 'ATELIERS VERCORS'), ocrBox(120, 190, 14, 'SIRET 512 334 908 00017'),
    ocrBox(14, 60, 20, 'Ateliers Vercors SAS'), ocrBox(14, 60, 26, '8 avenue Jean Jaurès'), ocrBox(14, 50, 32, '38000 Grenoble'),
    ocrBox(115, 180, 48, 'Cabinet Dufresne Conseil SARL'), ocrBox(115, 170, 54, '21 rue de la République'), ocrBox(115, 150, 60, '69002 Lyon'),
    ocrBox(14, 76, 82, 'Avoir RINV/2025/00112', 6),
    ocrBox(15, 74, 92.5, "Date de l'avoir Source :"), ocrBox(90, 134, 92.5, 'Date de la facture'), ocrBox(155, 195, 92.5, 'Référence client'),
    ...second,
    ocrBox(14, 40, 102.6, '14/10/2025'), ocrBox(90, 115, 102.8, '29/09/2025'), ocrBox(155, 172, 102.8, 'CL-0877'),
    ocrBox(15, 43, 113, 'Description'), ocrBox(175, 196, 113, 'Montant'),
    ocrBox(15, 85, 124, 'Retour de marchandise'), ocrBox(170, 196, 124, '-250,00 €'),
    ocrBox(120, 160, 140, 'Montant hors taxes'), ocrBox(170, 196, 140, '-250,00 €'),
    ocrBox(120, 140, 146, 'TVA 20%'), ocrBox(172, 196, 146, '-50,00 €'),
    ocrBox(120, 135, 152, 'Total'), ocrBox(170, 196, 152, '-300,00 €'),
  ]);
}

describe("a value boxed with the next header's wrapped rest", () => {
  it("does not take the original invoice's date under it for the credit note's", () => {
    const reading = ocrReading(creditNote([ocrBox(14.5, 17.7, 99, '8'), ocrBox(52.6, 115.6, 97.6, "INV/2025/00871 d'origine :"), ocrBox(155, 158, 98.6, ':')]));
    expect(reading.invoice.date).toBe('2025-10-14');
  });

  it('reads the same date when the two are boxed apart, as the text layer prints them', () => {
    const reading = ocrReading(creditNote([ocrBox(14.5, 17.7, 99, ':'), ocrBox(52.6, 82, 97.6, 'INV/2025/00871'), ocrBox(90, 115.6, 97.6, "d'origine :"), ocrBox(155, 158, 98.6, ':')]));
    expect(reading.invoice.date).toBe('2025-10-14');
    expect(guessesOf(reading.invoice).date).toBeUndefined();
  });
});
