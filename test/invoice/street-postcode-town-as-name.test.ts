/**
 * A party's "name" that is an address row: a street and its number, then the postcode and town on the same row
 * ("Veenweg 14, 3645 AB Vinkeveen", a sender line under a logo read for the letterhead's name). No one is named so:
 * it is in doubt as a street alone is. Names holding a street's word, or a town, pass.
 */
import { describe, expect, it } from 'vitest';
import { nameDoubt } from '../../src/invoice/western/doubts.js';

describe('a street with its postcode and town as a name', () => {
  it.each(['Veenweg 14, 3645 AB Vinkeveen', 'Hafenstraße 12, D-20457 Hamburg', 'Storgatan 12, 802 55 Gävle', 'Kerkstraat 5 1017 GB Amsterdam'])('"%s" is in doubt', (name) => {
    expect(nameDoubt(name)).toContain('is a street');
  });

  it.each(['Veenweg Hoveniers B.V.', 'Hafenstraße 12 Verwaltungs GmbH', 'Gatan Design AB', 'Studio 54 Amsterdam'])('"%s" passes', (name) => {
    expect(nameDoubt(name)).toBeNull();
  });
});
