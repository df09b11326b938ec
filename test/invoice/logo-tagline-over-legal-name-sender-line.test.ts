/**
 * A logo whose words are the company's name and a tagline ("SWIFTLANE express freight"), over the legal name
 * opening a sender line written with commas that wraps onto the next row ("Swiftlane Express Ltd, Heathrow
 * Cargo Centre, Shoreditch Way," over "Hounslow TW6 3XA"): the legal name is the seller, not the logo with its
 * tagline. On the supplier invoice of supplier-bill.ts, the addressee's box level with the logo.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const parties = (letterhead: string[], box: string[]) => {
  const inv = read({ letterhead, window: [], extra: box.map((row, i) => d(125, 16 + 4.5 * i, row)) });
  return [inv.seller.name, inv.buyer.name];
};

describe('a logo and its tagline over the legal name of a sender line wrapped after a comma', () => {
  it('the legal name is the seller', () => {
    expect(parties(['SWIFTLANE express freight', 'Swiftlane Express Ltd, Heathrow Cargo Centre, Shoreditch Way,', 'Hounslow TW6 3XA'], ['Ashgrove Ceramics Ltd', 'Marsh Lane Industrial Park', 'Stoke-on-Trent ST4 2RF']))
      .toEqual(['Swiftlane Express Ltd', 'Ashgrove Ceramics Ltd']);
    expect(parties(['NORDLICHT kaffee & mehr', 'Nordlicht Kaffee GmbH, Speicherstadt, Kehrwieder,', '20457 Hamburg'], ['Café Elbblick UG', 'Hafenstraße 7', '28217 Bremen']))
      .toEqual(['Nordlicht Kaffee GmbH', 'Café Elbblick UG']);
  });

  it('a logo that is another word than the name under it stays as it was read', () => {
    const [seller] = parties(['BLUE HERON', 'Swiftlane Express Ltd, Heathrow Cargo Centre, Shoreditch Way,', 'Hounslow TW6 3XA'], ['Ashgrove Ceramics Ltd', 'Marsh Lane Industrial Park', 'Stoke-on-Trent ST4 2RF']);
    expect(seller).not.toBe('Swiftlane Express Ltd');
  });
});
