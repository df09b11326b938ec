/**
 * ERP and European layouts: an SAP-style invoice's party captions ("Sold-to party", "Payer",
 * "Regulierer"), billing-address captions in German, Swedish and Spanish, a customer's code after its
 * label, and "Euro" naming a standard rather than the currency. One class varied at a time on the
 * supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** Three blocks side by side under their captions, the buyer's first, as ERP systems print them. */
const captioned = (captions: string[], names: string[]) => read({
  window: [], info: [['Invoice No.', '10457']],
  extra: captions.flatMap((caption, i) => [d(22 + 58 * i, 40, caption), d(22 + 58 * i, 45, names[i]), d(22 + 58 * i, 50, 'Schussenstraße 7'), d(22 + 58 * i, 55, '88250 Weingarten')]),
});

describe('parties', () => {
  it.each([
    [['Sold-to party', 'Ship-to party'], 'Hollins & Pratt Foods Ltd'],
    [['Regulierer', 'Auftraggeber', 'Warenempfänger'], 'Brenner Fördertechnik AG'],
    [['Rechnungsanschrift', 'Lieferanschrift'], 'Naturkost Elbwiese eG'],
    [['Fakturaadress'], 'Falu Fastighetsservice AB'],
    [['Datos del destinatario'], 'Ayuntamiento de Villanueva'],
    [['Payer'], 'Hollins & Pratt Group plc'],
  ])('the caption %j labels the buyer\'s block', (captions, name) => {
    const inv = captioned(captions, captions.map(() => name));
    expect(inv.buyer.name).toBe(name);
  });

  it('"Client : C-0214" gives the customer\'s code, no name: the boxed block at the right is the buyer', () => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 48, 'Client : C-0214'), d(22, 53, 'Mode de règlement : virement'), d(110, 48, 'Comité d\'entreprise Loiret Logistique'), d(110, 53, '3 allée Blériot'), d(110, 58, '45100 Orléans')],
    });
    expect(inv.buyer.name).not.toBe('C-0214');
  });
});

describe('currency', () => {
  it('"Euro pallet" in an item names no currency: the code after the total does', () => {
    const inv = read({
      totals: [['Net value', '1,240.00'], ['Output VAT 20 %', '248.00'], ['Total amount', '1,488.00 GBP']],
      extra: [d(22, 116, 'Euro pallet, returnable')],
    });
    expect(inv.currency).toBe('GBP');
  });
});
