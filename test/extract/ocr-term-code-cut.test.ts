/**
 * A scanned e-invoice rendering whose header cells print EN 16931's business-term codes and wrap them ("N° de" over
 * "facture (BT-" over "1)"), where OCR ran two header cells into one ("facture (BT-" and "facture (BT-2)"): the code's
 * cut no longer ended its cell, its end "1)" was left as a row of its own, and the number under the header went unread.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

const box = (x: number, y: number, text: string, width: number) => ocrItem(x, y, text, 5.7, 95, width);

/** A Luxembourg invoice's header grid, its second row's first two boxes as OCR set them (`gap`, mm between them). */
function luxembourg(gap: number): PageText {
  const items = [
    box(15, 15, 'Moselle Informatique S.à r.l.', 62), box(168, 15, 'FACTURE', 22),
    box(15, 20, '12, rue de l\'Industrie', 45), box(15, 28, 'L-3895 Foetz', 28),
    box(16, 44, 'N° de', 14.5), box(49, 44, 'Date de', 20), box(89, 43, 'Échéance', 24), box(122, 43, 'Devise', 18), box(148, 43, 'Référence', 26),
    box(15.9, 49.2, 'facture (BT-', 29.9), box(45.8 + gap, 48.7, 'facture (BT-2)', 34.3), box(89, 49, '(BT-9)', 15.5), box(122.6, 48, '(BT-5)', 16), box(148, 48, 'acheteur (BT-10)', 41),
    box(16, 55, '1)', 6),
    box(16, 60, 'F-2025-', 17), box(49, 60, '24/11/2025', 26), box(89, 60, '24/12/2025', 26), box(122, 60, 'EUR', 10.5), box(148.6, 60, 'BK-ACH-2025-117', 38.5),
    box(16, 66, '000871', 17.4),
    box(16, 76, 'Vendeur (BG-4)', 36), box(105, 76, 'Acheteur (BG-7)', 38),
    box(16, 81, 'Moselle Informatique S.à r.l.', 62), box(105, 81, 'Brasserie du Kirchberg S.A.', 62),
    box(17, 107, 'Désignation', 28), box(172, 107, 'Montant', 20),
    box(33, 118, 'Intervention technique', 50), box(173, 118, '1.520,00', 18),
    box(108, 158, 'Total HT (BT-109)', 40), box(172, 158, '1.520,00', 18),
    box(108, 164, 'Total TVA (BT-110)', 42), box(176, 164, '258,40', 14),
    box(108, 170, 'Total TTC (BT-112)', 42), box(170, 170, '1.778,40', 18),
  ];
  return a4(items);
}

describe("a business-term code's cut at the end of a box OCR ran into the next cell", () => {
  it('reads the number under the wrapped header', () => {
    expect(ocrReading(luxembourg(3.4)).invoice.number).toBe('F-2025-000871');
  });

  it('reads it as before where the two cells stand apart', () => {
    expect(ocrReading(luxembourg(12)).invoice.number).toBe('F-2025-000871');
  });
});
