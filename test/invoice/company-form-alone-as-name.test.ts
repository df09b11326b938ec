/**
 * A party's "name" that is a company form alone ("Ltd", "GmbH", "Pvt. Ltd."): the last row of a name wrapped over
 * two rows, read without the rows above it (a scan set the form right under the name's first row). No one is named
 * by a form alone, so the party read is in doubt, whatever rule read it; names ending in a form pass.
 */
import { describe, expect, it } from 'vitest';
import { partyNameDoubt } from '../../src/invoice/western/doubts.js';

describe('a company form alone as a name', () => {
  it.each(['Ltd', 'Limited', 'Pvt. Ltd.', 'GmbH', 'S.A.S.', 'B.V.'])('"%s" is in doubt', (name) => {
    expect(partyNameDoubt(name)).toMatch(/a company form alone/);
  });

  it.each(['Coastal Solar Installations Pty Ltd', 'Nordkälte Service GmbH', 'Atelier Brun SAS', 'Ltd Edition Prints'])('"%s" passes', (name) => {
    expect(partyNameDoubt(name)).toBeNull();
  });
});
