/**
 * A letterhead at the left whose address and registration rows run close under its name, the address window's
 * block set under them in the same column after a blank (no label): the blank ends the letterhead, the block's
 * first row is the buyer's name, not the seller's address read on; in generated variants of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** The letterhead's rows 5 mm apart from y 23.5 (0.8 mm between them), a blank, then the window's rows 5 mm apart. */
const page = (letterhead: string[], window: string[], blank: number) => {
  const windowTop = 23.5 + 5 * (letterhead.length - 1) + 4.2 + blank;
  return {
    letterhead: [] as string[], window: [] as string[],
    extra: [
      ...letterhead.map((row, i) => d(24, 23.5 + 5 * i, row, 4.2)),
      ...window.map((row, i) => d(24, windowTop + 5 * i, row, 4.2)),
    ],
  };
};

describe('the address window under a letterhead, a blank between them', () => {
  it('the window\'s first row is the buyer, the letterhead\'s address stops at the blank', () => {
    for (const [letterhead, window, seller, buyer] of [
      [['Drukkerij Van Dijk B.V.', 'Industrieweg 17 · 3812 AB Amersfoort', 'KvK 32123456 · BTW NL812345678B01'],
        ['Boekhandel De Zilvervis', 't.a.v. de heer P. Mulder', 'Langestraat 8', '3811 AD Amersfoort'], 'Drukkerij Van Dijk B.V.', 'Boekhandel De Zilvervis'],
      [['Harbour Print Ltd', '4 Quay Street · Galway H91 X2Y3', 'VAT IE1234567T'],
        ['Corrib Dental Practice', 'Attn: Dr M. Walsh', '12 Shop Street', 'Galway H91 K2D4'], 'Harbour Print Ltd', 'Corrib Dental Practice'],
      [['Schreinerei Holzmann GmbH', 'Lindenweg 3 · 79100 Freiburg', 'USt-IdNr. DE298765432'],
        ['Praxis am Markt', 'z. Hd. Frau Dr. Lang', 'Marktplatz 9', '79098 Freiburg'], 'Schreinerei Holzmann GmbH', 'Praxis am Markt'],
    ] as Array<[string[], string[], string, string]>) {
      const inv = read(page(letterhead, window, 7.6));
      expect(inv.seller.name).toBe(seller);
      expect(inv.buyer.name).toBe(buyer);
      expect(inv.seller.address ?? '').not.toContain(window[0]);
    }
  });

  it('rows close under the letterhead stay its own', () => {
    const inv = read(page(['Drukkerij Van Dijk B.V.', 'Industrieweg 17', '3812 AB Amersfoort'], [], 0));
    expect(inv.seller.name).toBe('Drukkerij Van Dijk B.V.');
    expect(inv.seller.address).toContain('3812 AB Amersfoort');
  });
});
