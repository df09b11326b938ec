/**
 * A practice's "Facture d'honoraires n° 2025-003318 du 20/11/2025" (a dental centre's fee invoice, the 157th batch):
 * the title's words "d'honoraires" between "Facture" and its "n°" left the number unread, as "Facture d'acompte n°"
 * and "Note d'honoraires n°" were read already.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (title: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(70, 15, 'Cabinet Dentaire du Port', 5.3, 66),
  w(52, 22, 'SELARL Cabinet Dentaire du Port · 2 quai Gambetta · 56100 Lorient', 2.47, 100),
  w(17, 36, 'Dr Yann Le Goff', 4.23, 34),
  w(106, 36, 'Patient', 2.47, 9),
  w(106, 39, 'Mme Gaëlle Tanguy', 4.23, 38),
  w(16, 60, title, 4.6, 110),
  w(17, 72, 'Consultation (C)', 4.23, 34), w(149, 72, '30,00', 4.23, 11),
  w(120, 100, 'Total des honoraires', 4.23, 42), w(176, 100, '30,00 €', 4.23, 14),
] }];

describe("a fee invoice's number after \"Facture d'honoraires n°\"", () => {
  it('reads the number, not the date after it', () => {
    const inv = parseWesternInvoiceText(page("Facture d'honoraires n° 2025-004471 du 14/11/2025"));
    expect(inv.number).toBe('2025-004471');
    expect(inv.date).toBe('2025-11-14');
  });
});
