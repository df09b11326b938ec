/**
 * A customer's box at the right, its name over two contact rows over its address ("TRANSPORTS GIRAUD & FILS" /
 * "Service Comptabilité" / "À l'attention de Mme …" / "ZI Les Plaines – 14 rue Ampère" / "26800 …"), a body's
 * heading alone at the left lower down ("Détail de votre facture"): the box's address is its own still, the
 * contact rows stepped over, and the box is the buyer's. Generated variants of the supplier invoice of
 * supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (contacts: string[]) => read({
  letterhead: ['nexilia'],
  window: ['Votre conseiller', 'Service Entreprises', '09 70 44 12 00', 'entreprises@nexilia.example'],
  info: [],
  extra: [
    ...['TRANSPORTS GIRAUD & FILS', ...contacts, 'ZI Les Plaines – 14 rue Ampère', '26800 PORTES-LÈS-VALENCE'].map((row, i) => d(110, 46 + 4.3 * i, row)),
    d(22, 76, 'Détail de votre facture', 3.3),
    d(120, 20, 'N° de facture'), d(160, 20, 'NX-2511-0089421'), d(120, 25, 'Date de facture'), d(160, 25, '05/11/2025'),
    d(22, 270, 'Nexilia Télécom SAS au capital de 250 000 € – RCS Lyon 812 345 678', 2.5),
  ],
});

describe('contact rows between a box\'s name and its address', () => {
  it('leave the address the box\'s', () => {
    for (const contacts of [['Service Comptabilité', 'À l’attention de Mme Sandrine Giraud'], ['Comptabilité fournisseurs', 'Attn: Sandrine Giraud'], ['Service Comptabilité', 'À l’attention de Mme Sandrine Giraud', 'Attn: Accounts Payable']]) {
      const inv = page(contacts);
      expect(inv.buyer.name).toBe('TRANSPORTS GIRAUD & FILS');
      expect(inv.buyer.address).toBe('ZI Les Plaines – 14 rue Ampère, 26800 PORTES-LÈS-VALENCE');
    }
  });

  it('control: one contact row, as before', () => {
    expect(page(['Service Comptabilité']).buyer.name).toBe('TRANSPORTS GIRAUD & FILS');
  });
});
