/**
 * A row of header cells over their values on a scan that lies skewed: the values' row rises to the right, and
 * OCR's boxes of its higher end make a line of their own over the rest ("06 12 44 71 80" under "Ligne", a line
 * above "1.2204471 | M25110544718 | …"). The invoice number is still the value under its header. Positions as
 * OCR gave them on a French mobile operator's bill scanned at 200 dpi (mm).
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

const at = (text: string, x: number, y: number, height: number, width = text.length * 1.9): TextItem => ({ text, x, y, width, height, page: 1, confidence: 95 });

/** The bill, its values' row read as `values`. */
const bill = (values: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  at('Orléo Mobile', 2, 10, 5), at('Votre facture du 05/11/2025', 123, 10, 4),
  at('Orléo Télécom SAS · 18 quai de la Rapée 75012 Paris', 2, 16, 4), at('MADAME CLÉMENCE VIDAL', 113, 35, 4),
  at('N° client', 16.4, 61.6, 3.8, 12.8), at('N de facture', 48.1, 61.3, 3.6, 18.5), at('Reference de paiement', 93.2, 60.6, 3.9, 30.4), at('Ligne', 149.1, 60.2, 3.7, 8),
  ...values,
  at('Total hors taxes', 17, 90, 4), at('23,68 €', 175, 90, 4), at('TVA 20 %', 17, 96, 4), at('4,73 €', 178, 96, 4),
  at('Total de votre facture TTC', 17, 102, 4), at('28,41 €', 173, 102, 4),
] }];

describe('a header row whose values a skew split into two lines', () => {
  it('gives the number under its header', () => {
    const inv = parseWesternInvoiceText(bill([at('06 12 44 71 80', 148.6, 62.7, 6.2, 34.2), at('0184 4718 2255 10', 93.3, 63.5, 5.7, 43.2),
      at('M25110544718', 48.6, 64.4, 5.1, 34.4), at('1.2204471', 16.6, 64.5, 5.6, 24.4)]));
    expect(inv.number).toBe('M25110544718');
  });

  it('gives it when the row is one line, as before', () => {
    const inv = parseWesternInvoiceText(bill([at('06 12 44 71 80', 148.6, 64.4, 5.1, 34.2), at('0184 4718 2255 10', 93.3, 64.4, 5.1, 43.2),
      at('M25110544718', 48.6, 64.4, 5.1, 34.4), at('1.2204471', 16.6, 64.4, 5.1, 24.4)]));
    expect(inv.number).toBe('M25110544718');
  });
});
