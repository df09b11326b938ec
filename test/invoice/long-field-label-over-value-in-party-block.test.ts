/**
 * A party's block of labelled fields, as a viewer of an Italian e-invoice prints it under "Cedente/prestatore
 * (fornitore)" and "Cessionario/committente (cliente)": a label longer than most ending its row with a colon,
 * its value on the next row ("Identificativo fiscale ai fini IVA:" over "IT04471200158"), then "Denominazione:
 * …". The long label is a label, no name; the name is the "Denominazione" field's. Generated variants of the
 * supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

const block = (x: number, heading: string, label: string, vat: string, name: string): Draw[] => [
  d(x, 20, heading), d(x, 26, label), d(x, 31, vat), d(x, 36, `Codice fiscale: ${vat.slice(2)}`), d(x, 41, `Denominazione: ${name}`),
  d(x, 46, 'Indirizzo: Via Roma 1'), d(x, 51, 'Comune: Lodi Provincia: LO'),
];

const page = (label: string) => read({
  letterhead: [],
  window: [],
  extra: [
    ...block(17, 'Cedente/prestatore (fornitore)', label, 'IT04471200158', 'Trasporti Rapidi Lombardi S.p.A.'),
    ...block(106, 'Cessionario/committente (cliente)', label, 'IT02218840961', 'Ferramenta Colombo & Figli S.r.l.'),
  ],
});

describe('a long field label over its value in a party\'s block', () => {
  it('is no name', () => {
    for (const label of ['Identificativo fiscale ai fini IVA:', 'Identificativo fiscale ai fini I.V.A.:']) {
      const inv = page(label);
      expect(inv.seller.name).toBe('Trasporti Rapidi Lombardi S.p.A.');
      expect(inv.buyer.name).toBe('Ferramenta Colombo & Figli S.r.l.');
    }
  });

  it('control: a short one, as before', () => {
    const inv = page('Partita IVA:');
    expect(inv.seller.name).toBe('Trasporti Rapidi Lombardi S.p.A.');
    expect(inv.buyer.name).toBe('Ferramenta Colombo & Figli S.r.l.');
  });
});
