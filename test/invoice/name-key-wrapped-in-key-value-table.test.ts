/**
 * A Factur-X print sets each party as a key-value table under "Vendeur" and "Acheteur"; its narrow key cell
 * wraps "Raison sociale" as "Raison" over "sociale". The key, whole again, names the value beside its first row
 * as the party's name; its first word is no part of that name. The 141st batch's Factur-X print (both parties
 * read "Raison …", the seller's unnamed). A name wrapped in its value cell goes on beside the key's rest: a Peppol
 * view's "Athénée Royal de" over "Namur" (the 207th batch, read "Athénée Royal de Adresse").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (key: [string, string | null], buyer: [string, string?] = ['Garage Duval SAS']) => toPageText([
  d(17.2, 16.9, 'FACTURE', 5.29), d(17.2, 23.5, 'Factur-X · profil EN 16931', 2.47),
  d(19.6, 31.5, 'Vendeur', 4.23), d(107.6, 31.5, 'Acheteur', 4.23),
  d(19.6, 37.8, key[0], 4.23), d(56.1, 37.8, 'Ateliers Morvan SARL', 4.23),
  d(107.6, 37.8, key[0], 4.23), d(146.4, 37.8, buyer[0], 4.23),
  ...(key[1] ? [d(19.6, 42.9, key[1], 4.23), d(107.6, 42.9, key[1], 4.23)] : []),
  ...(buyer[1] ? [d(146.4, 42.9, buyer[1], 4.23)] : []),
  d(19.6, 49.2, 'Adresse', 4.23), d(56.1, 49.2, '8 rue du Port,', 4.23), d(56.1, 54.2, '29200 Brest', 4.23),
  d(107.6, 49.2, 'Adresse', 4.23), d(146.4, 49.2, '12 route de Quimper,', 4.23), d(146.4, 54.2, '29000 Quimper', 4.23),
  d(19.6, 60.6, 'SIRET', 4.23), d(56.1, 60.6, '512 334 771 00018', 4.23),
  d(107.6, 60.6, 'SIRET', 4.23), d(146.4, 60.6, '447 120 883 00027', 4.23),
  d(18.5, 83.1, 'Numéro de facture', 4.23), d(62.5, 83.1, 'AM-2025-0091', 4.23),
  d(18.5, 89.4, 'Date de facture', 4.23), d(62.5, 89.4, '12/11/2025', 4.23),
  d(18.3, 118.8, 'Désignation', 4.23), d(172.6, 118.8, 'Total HT', 4.23),
  d(18.3, 125.1, 'Révision pont élévateur', 4.23), d(173.7, 125.1, '500,00', 4.23),
  d(105.1, 146.6, 'Total HT', 4.23), d(169.7, 146.6, '500,00 €', 4.23),
  d(105.1, 152.7, 'TVA 20 %', 4.23), d(173.2, 152.7, '100,00 €', 4.23),
  d(105.1, 158.7, 'Total TTC', 4.23), d(167.5, 158.7, '600,00 €', 4.23),
], 210, 297);

describe('"Raison sociale" wrapped in a key cell', () => {
  it('names the parties beside its first row', () => {
    const inv = parseWesternInvoiceText(page(['Raison', 'sociale']));
    expect(inv.seller.name).toBe('Ateliers Morvan SARL');
    expect(inv.buyer.name).toBe('Garage Duval SAS');
  });
  it('as it does on one row', () => {
    const inv = parseWesternInvoiceText(page(['Raison sociale', null]));
    expect(inv.seller.name).toBe('Ateliers Morvan SARL');
    expect(inv.buyer.name).toBe('Garage Duval SAS');
  });
  it('with the name wrapped too, its rest beside the key\'s ("Athénée Royal de" over "Namur")', () => {
    const inv = parseWesternInvoiceText(page(['Raison', 'sociale'], ['Athénée Royal de', 'Namur']));
    expect(inv.buyer.name).toBe('Athénée Royal de Namur');
  });
});
