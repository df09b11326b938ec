/**
 * The buyer's block under captions naming the billed party by its role (the 161st-165th batches' buyers read
 * as the caption): a Belgian architect's "Maître de l'ouvrage" (the building owner, the site beside), a vet's
 * "Tierhalter" (the pet's owner, the animal as patient beside), a subscription's "Abonné" and a parking
 * subscription's "Titulaire de l'abonnement", and a van rental's "Client facturé" right of its driver.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

/** Two blocks side by side under their small captions, the seller's letterhead and the title above, totals under. */
const twoBlocks = (left: [string, ...string[]], right: [string, ...string[]], head: TextItem[], tail: TextItem[]) => page([
  ...head,
  ...left.map((t, k) => w(17.2, k ? 40.48 + 5.03 * (k - 1) : 37.75, t, k ? 4.23 : 2.47, t.length * 2.1)),
  ...right.map((t, k) => w(106.1, k ? 40.48 + 5.03 * (k - 1) : 37.75, t, k ? 4.23 : 2.47, t.length * 2.1)),
  ...tail,
]);
const frTotals = [w(110, 120, 'Total HT', 4.23, 18), w(175, 120, '1 000,00 €', 4.23, 18), w(110, 126, 'TVA 20 %', 4.23, 18),
  w(175, 126, '200,00 €', 4.23, 16), w(110, 132, 'Total TTC', 4.23, 18), w(175, 132, '1 200,00 €', 4.23, 18)];
const frHead = (seller: string) => [w(17.2, 14, seller, 5.3, 60), w(17.2, 21, '12 rue des Forges · 44000 Nantes · TVA FR41 899447118', 2.47, 90),
  w(150, 14, 'FACTURE', 5.3, 25), w(150, 21, 'N° F-2025-0118', 3.1, 30), w(150, 26, 'Date : 21/11/2025', 3.1, 28)];

describe('buyer captions naming the billed party by its role', () => {
  it('reads the owner under "Maître de l\'ouvrage", the site beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ["Maître de l'ouvrage", 'Les Vergers de Wépion SRL', 'Chaussée de Dinant 118', '5100 Wépion'],
      ['Chantier', 'Maison de repos « Les Saules »', 'Rue du Fort 4, 5100 Wépion'],
      frHead('Bureau Lambotte Architectes SRL'), frTotals,
    ));
    expect(inv.buyer.name).toBe('Les Vergers de Wépion SRL');
  });

  it('reads the pet owner under "Tierhalter", the animal beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Tierhalter', 'Frau Greta Lohmann', 'Ahornweg 4', '34131 Kassel'],
      ['Patient', 'Mika (Katze, EKH)', 'geb. 05/2020, 4,2 kg'],
      [w(17.2, 14, 'Kleintierpraxis Wilhelmshöhe', 5.3, 60), w(17.2, 21, 'Dr. med. vet. Jan Kraus · Kurhausstraße 3 · 34131 Kassel', 2.47, 90),
        w(150, 14, 'Rechnung', 5.3, 25), w(150, 21, 'Nr. 25-11-0447', 3.1, 30), w(150, 26, 'Datum 19.11.2025', 3.1, 28)],
      [w(110, 120, 'Summe netto', 4.23, 24), w(175, 120, '100,00', 4.23, 14), w(110, 126, 'MwSt. 19 %', 4.23, 20), w(175, 126, '19,00', 4.23, 12),
        w(110, 132, 'Gesamtbetrag', 4.23, 26), w(175, 132, '119,00', 4.23, 14)],
    ));
    expect(inv.buyer.name).toBe('Greta Lohmann');
  });

  it('reads the subscriber under "Abonné", the issuer beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Émetteur', 'Agendo Cloud SAS', '3 rue Lafayette', '75009 Paris'],
      ['Abonné', 'Cabinet Orthoptie Saint-Michel', '4 place Saint-Michel', '35000 Rennes'],
      [w(17.2, 14, 'agendo', 7, 30), w(150, 14, 'FACTURE', 5.3, 25), w(150, 21, 'N° F-2025-0118', 3.1, 30), w(150, 26, 'Date : 21/11/2025', 3.1, 28)],
      frTotals,
    ));
    expect(inv.buyer.name).toBe('Cabinet Orthoptie Saint-Michel');
  });

  it('reads the holder under "Titulaire de l\'abonnement", the car park beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ["Titulaire de l'abonnement", 'Pharmacie du Théâtre SELARL', '2 place Graslin', '44000 Nantes'],
      ['Parc', 'Parking Graslin, niveau -1', 'Abonnement n° AB-44-0118'],
      frHead('Stationnement Loire Exploitation SAS'), frTotals,
    ));
    expect(inv.buyer.name).toBe('Pharmacie du Théâtre SELARL');
  });

  it('reads the company under "Client facturé", its driver at the left', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Conducteur', 'M. Yanis Morel', 'Permis n° 19CD11844'],
      ['Client facturé', 'Transports Guérin SARL', '8 rue de Vertou', '44200 Nantes'],
      frHead('Utiloc Atlantique SAS'), frTotals,
    ));
    expect(inv.buyer.name).toBe('Transports Guérin SARL');
  });
});
