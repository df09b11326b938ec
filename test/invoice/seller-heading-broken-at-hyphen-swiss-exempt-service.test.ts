/**
 * A seller's name in a large heading broken at its hyphen in its cell ("Hôtel des Ventes de Monte-" over "Carlo
 * S.A.M."), read as its second row; and a service Swiss and Liechtenstein law exempts from VAT ("Heilbehandlungen sind
 * von der Mehrwertsteuer ausgenommen", Art. 21 MWSTG), its net and tax left unread for want of a tax line.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, size });

describe('a seller heading broken at its hyphen', () => {
  it('reads the name whole, the hyphen kept', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(20, 16, 'Galerie des Arts de Saint-', 5), d(20, 22, 'Tropez SARL', 5), d(20, 29, '4 Place des Lices, 83990 Saint-Tropez'),
      d(140, 16, 'Client'), d(140, 22, 'Villa Oliviers SCI'), d(140, 28, '12 Chemin du Pinet'), d(140, 34, '83350 Ramatuelle'),
      d(20, 50, 'INVOICE No. GA-2026-0311'), d(20, 56, 'Invoice date: 20 November 2026'),
      d(20, 70, 'Description'), d(175, 70, 'Amount'), d(20, 76, 'Framing and hanging, 6 works'), d(175, 76, '1,200.00'),
      d(120, 90, 'Total excl. VAT'), d(175, 90, '1,200.00'), d(120, 96, 'VAT 20%'), d(175, 96, '240.00'), d(120, 102, 'Total incl. VAT'), d(175, 102, '1,440.00'),
    ], 210, 297));
    expect(inv.seller.name).toBe('Galerie des Arts de Saint-Tropez SARL');
  });
});

describe('a service exempt from Swiss and Liechtenstein VAT', () => {
  it.each([
    'Heilbehandlungen sind von der Mehrwertsteuer ausgenommen.',
    'Diese Leistung ist von der MWST ausgenommen (Art. 21 MWSTG).',
  ])('%s: the total is the net, the tax nought', (note) => {
    const inv = parseWesternInvoiceText(toPageText([
      d(20, 16, 'Dr. med. Andrea Wohlwend', 5), d(20, 22, 'Fachärztin für Allgemeine Innere Medizin'), d(20, 28, 'Landstrasse 12 · 9490 Vaduz'),
      d(130, 40, 'Praxisgemeinschaft Gamprin AG'), d(130, 46, 'Dorfstrasse 4'), d(130, 52, '9487 Gamprin'),
      d(20, 64, 'Honorarrechnung Nr. AW-2026-31'), d(20, 70, 'Vaduz, 24. November 2026'),
      d(20, 84, 'Leistung'), d(175, 84, 'Betrag CHF'), d(20, 90, 'Praxisvertretung, 5 Tage'), d(175, 90, "5'750.00"),
      d(20, 100, 'Total'), d(175, 100, "5'750.00"), d(20, 112, note),
    ], 210, 297));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([5750, 0, 5750]);
  });
});
