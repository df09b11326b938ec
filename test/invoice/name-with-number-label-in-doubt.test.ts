/**
 * A party's "name" that is an info grid's number label and its value run together ("N° de compte client
 * 1.18447.220", read from a credit note's window beside the addressee): in doubt, whatever rule read it. Names
 * holding a number's word without figures after it, or figures without the word, pass.
 */
import { describe, expect, it } from 'vitest';
import { nameDoubt } from '../../src/invoice/western/doubts.js';

describe('a number label and its figures as a name', () => {
  it.each(['N° de compte client 1.18447.220', 'Nr. Kunde 4471182', 'No. de cliente 118-447', 'Client N° 00447 Ligne 04 78 55 01 22'])('"%s" is in doubt', (name) => {
    expect(nameDoubt(name)).toMatch(/a number's label and its figures/);
  });

  it.each(['Studio No. Nine Ltd', 'Atelier 4471 SARL', 'Nordic Nr Holding AB', '3M Deutschland GmbH', 'Hotel No. 5'])('"%s" passes', (name) => {
    expect(nameDoubt(name)).toBeNull();
  });
});
