/**
 * A Bulgarian company writes its form in Latin capitals on a bill in English: "EOOD", "OOD", "EAD" for ЕООД, ООД,
 * ЕАД. Unknown, the form wrapped under a letterhead's name was left off it and read as another name in larger print,
 * and a footer's company line was none. (A rose oil distiller's bill of the 205th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { read } from './supplier-bill.js';

describe('Bulgarian company forms in Latin letters', () => {
  it('reads a letterhead’s name with its form wrapped under it', () => {
    for (const form of ['EOOD', 'OOD', 'EAD']) {
      const inv = read({ letterhead: ['Kazanlak Rose Distillery', form, '12 Rozova Dolina St., 6100 Kazanlak'] });
      expect([inv.seller.name, guessesOf(inv)['seller.name']], form).toEqual([`Kazanlak Rose Distillery ${form}`, undefined]);
    }
  });
});
