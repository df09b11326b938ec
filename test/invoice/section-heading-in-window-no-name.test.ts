/**
 * A heading of a section set where the address window is ("DATOS DEL CONTRATO" over the supply's code and
 * contracted power, "Contract details", "Données du contrat") is no name: the buyer is never that heading
 * with status ok. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { read } from './supplier-bill.js';

describe('a section\'s heading in the window', () => {
  it('is no buyer\'s name', () => {
    for (const heading of ['DATOS DEL CONTRATO', 'Datos del suministro', 'Données du contrat', 'Dati della fornitura', 'Contract details', 'SUPPLY DETAILS']) {
      const inv = read({ window: [heading, 'CUPS ES0031 4044 1220 8871 4T', 'Potencia contratada: 4,6 kW', 'Tarifa 2.0TD · Contrato 0912-44871'] });
      expect(inv.buyer.name).not.toBe(heading);
      if (inv.buyer.name !== null) expect(guessesOf(inv)['buyer.name']).toBeDefined();
    }
  });

  it('control: a company\'s block in the window is read as before', () => {
    const inv = read({ window: ['Datos Fiables S.L.', 'Calle Mayor 27', '44600 Alcañiz'] });
    expect(inv.buyer.name).toBe('Datos Fiables S.L.');
  });
});
