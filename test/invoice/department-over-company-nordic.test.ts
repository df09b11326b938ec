/**
 * A department over the company in the Nordic languages ("Økonomiafdelingen", "Ekonomiavdelningen",
 * "Regnskapsavdelingen" over the company's name in the window) says who is to read the invoice, as "Accounts
 * Payable" does: the company under it is the buyer. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a Nordic department over the company', () => {
  it('is no buyer\'s name', () => {
    for (const [unit, company, street, town] of [
      ['Økonomiafdelingen', 'Fjordbyens Boligselskab A/S', 'Havnegade 41', '7100 Vejle'],
      ['Ekonomiavdelningen', 'Norrbygg Fastigheter AB', 'Storgatan 12', '903 26 Umeå'],
      ['Regnskapsavdelingen', 'Tindeland Eiendom AS', 'Storgata 7', '9008 Tromsø'],
      ['Bogholderiet', 'Vesterhavets Fiskeeksport ApS', 'Havnevej 3', '6700 Esbjerg'],
    ]) {
      const inv = read({ window: [unit, company, street, town] });
      expect(inv.buyer.name).toBe(company);
    }
  });

  it('control: a company\'s block without a department is read as before', () => {
    const inv = read({ window: ['Fjordbyens Boligselskab A/S', 'Havnegade 41', '7100 Vejle'] });
    expect(inv.buyer.name).toBe('Fjordbyens Boligselskab A/S');
  });
});
