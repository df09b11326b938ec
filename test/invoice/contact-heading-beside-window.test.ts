/**
 * A block at the left headed by the issuer's contact ("Votre conseiller" over "Service Entreprises" and a
 * phone, "Ihr Ansprechpartner", "Your account manager") beside the customer's box at the right: the heading and
 * its rows are the seller's contact, the buyer is the box. Generated variants of the supplier invoice of
 * supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (heading: string, team: string) => read({
  letterhead: ['nexilia'],
  window: [heading, team, '09 70 44 12 00', 'entreprises@nexilia.example'],
  info: [],
  extra: [
    d(110, 49, 'TRANSPORTS GIRAUD & FILS'), d(110, 54, 'Service Comptabilité'), d(110, 59, 'ZI Les Plaines – 14 rue Ampère'), d(110, 64, '26800 PORTES-LÈS-VALENCE'),
    d(120, 20, 'Invoice No.'), d(160, 20, '10457'), d(120, 25, 'Invoice date'), d(160, 25, '10.02.2025'),
    d(22, 270, 'Nexilia Télécom SAS au capital de 250 000 € – RCS Lyon 812 345 678', 2.5),
  ],
});

describe('a contact heading beside the customer\'s box', () => {
  it('heads no buyer', () => {
    for (const [heading, team] of [['Votre conseiller', 'Service Entreprises'], ['Ihr Ansprechpartner', 'Geschäftskundenservice'], ['Your account manager', 'Business Team'], ['Uw contactpersoon', 'Zakelijke klantenservice']]) {
      expect(page(heading, team).buyer.name).toBe('TRANSPORTS GIRAUD & FILS');
    }
  });

  it('control: a customer\'s block at the left is still the buyer', () => {
    expect(page('Garage Moreau', 'Service Après-Vente').buyer.name).toBe('Garage Moreau');
  });
});
