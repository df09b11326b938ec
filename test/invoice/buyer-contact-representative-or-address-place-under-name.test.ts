/**
 * A buyer's block whose second row is no second name (right pages the 157th and 158th batches flagged, "the block
 * names … and … before its address"): a person addressed by title under an organisation's name no title opens
 * ("Librairie Les Mots Passants" over "Mme Odile Ferrand", its contact), the one who represents it ("SCI Les
 * Tilleuls" over "représentée par M. Paul Roussel"), a British house's name or a French business park opening the
 * address ("Moorland Heritage Trust" over "The Old School House", "Transports Girard & Fils" over "ZA de la
 * Vrillonnerie"). Two names of people, or two names of bodies, stay in doubt.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });

/** A facture with the client's block under "Facturer à" at the right. */
const facture = (rows: string[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(17, 15, 'Atelier Bois Flotté SARL', 5.3, 62),
  w(17, 22, '4 quai Duguay-Trouin · 35400 Saint-Malo · SIRET 812 447 118 00021', 2.47, 90),
  w(17, 40, 'Facture n° 2025-0311', 4.23, 44),
  w(17, 46, 'Date : 18/11/2025', 4.23, 36),
  w(110, 36, 'Facturer à', 2.47, 14),
  ...rows.map((t, k) => w(110, 39 + 5 * k, t, 4.23, t.length * 2)),
  w(120, 120, 'Total HT', 4.23, 18), w(176, 120, '500,00 €', 4.23, 16),
  w(120, 126, 'TVA 20 %', 4.23, 18), w(176, 126, '100,00 €', 4.23, 16),
  w(120, 132, 'Total TTC', 4.23, 20), w(176, 132, '600,00 €', 4.23, 16),
] }];

const read = (rows: string[]) => {
  const inv = parseWesternInvoiceText(facture(rows));
  return { name: inv.buyer.name, doubt: guessesOf(inv)['buyer.name'] ?? null };
};

describe('a second row under the buyer that is no second name', () => {
  it('takes a titled person under an organisation for its contact', () => {
    expect(read(['Librairie Le Chat Lecteur', 'Mme Anne Morel', '3 rue de Dinan', '35000 Rennes'])).toEqual({ name: 'Librairie Le Chat Lecteur', doubt: null });
  });

  it('takes the one who represents the party for its contact', () => {
    expect(read(['SCI Les Ormes', 'représentée par M. Luc Baron', '11 boulevard Carnot', '35400 Saint-Malo'])).toEqual({ name: 'SCI Les Ormes', doubt: null });
  });

  it("takes a house's name or a business park for the address's first row", () => {
    expect(read(['Harbourside Arts Trust', 'The Old Chapel House', 'Quay Road', 'Padstow PL28 8AF'])).toEqual({ name: 'Harbourside Arts Trust', doubt: null });
    expect(read(['Transports Kerlann & Fils', 'ZA de la Lande', '35510 Cesson-Sévigné'])).toEqual({ name: 'Transports Kerlann & Fils', doubt: null });
  });

  it('leaves two names without titles in doubt, and a titled row naming a company', () => {
    expect(read(['Librairie Le Chat Lecteur', 'Anne Morel', '3 rue de Dinan', '35000 Rennes']).doubt).toMatch(/names "Librairie Le Chat Lecteur" and "Anne Morel"/);
    expect(read(['Weinhof Lindenberg', 'Familie Roth GbR', 'Seestraße 12', '88709 Meersburg']).doubt).toMatch(/names "Weinhof Lindenberg" and/);
  });
});
