/**
 * A company form alone on the row under the window's name ends that name ("Fjordbyens Boligselskab" over
 * "A.m.b.a.", "Les Ateliers 4 Saisons" over "ASBL"), as it does under a label; among them forms the list lacked,
 * Danish cooperatives' and partnerships' (A.m.b.a., I/S, K/S, P/S) and Belgian non-profits' (ASBL, VZW).
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a company form alone under the window\'s name', () => {
  it('ends the name', () => {
    for (const [name, form, street, town] of [
      ['Fjordbyens Boligselskab', 'A.m.b.a.', 'Havnegade 41', '7100 Vejle'],
      ['Les Ateliers Quatre Saisons', 'ASBL', 'Chaussée de Mons 212', '7100 La Louvière'],
      ['Jeugdhuis De Kroon', 'VZW', 'Kerkstraat 8', '9000 Gent'],
      ['Holm & Dahl Tømrere', 'I/S', 'Vestergade 9', '7100 Vejle'],
      ['Brasserie du Vieux Port', 'SRL', 'Quai de la Batte 4', '4020 Liège'],
    ]) {
      const inv = read({ window: [name, form, street, town] });
      expect(inv.buyer.name).toBe(`${name} ${form}`);
    }
  });

  it('control: a name over its street stays the name', () => {
    const inv = read({ window: ['Jeugdhuis De Kroon VZW', 'Kerkstraat 8', '9000 Gent'] });
    expect(inv.buyer.name).toBe('Jeugdhuis De Kroon VZW');
  });
});
