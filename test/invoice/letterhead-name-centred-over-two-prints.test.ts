/**
 * A letterhead's name centred over two rows, its first words in larger print ("P. McCARTHY & SONS" over
 * "PLUMBING & HEATING LTD"), that the page writes as one name elsewhere (its legal line) is read whole, with a
 * contact line under it or without. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d, type Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** A row of `size` mm glyphs centred on the page's middle (105 mm), as page-builder measures a glyph: 0.55 of its size. */
const centred = (y: number, text: string, size: number): Draw => d(105 - (text.length * size * 0.55) / 2, y, text, size);

const page = (first: string, second: string, footer: string, contact: boolean) => read({
  letterhead: [],
  extra: [
    centred(14, first, 6),
    centred(21, second, 4),
    ...(contact ? [centred(26, 'Ballincollig Business Park, Co. Cork P31 KX77 · Tel 021 487 4471 · Reg. 4471', 2.5)] : []),
    d(40, 270, `${footer} · Registered in Ireland No. 512447 · VAT No. IE 9512447K`, 2.5),
  ],
});

describe('a letterhead\'s name centred over two prints', () => {
  it('is read whole when the legal line writes it so', () => {
    for (const contact of [true, false]) {
      const inv = page('P. McCARTHY & SONS', 'PLUMBING & HEATING LTD', 'P. McCarthy & Sons Plumbing & Heating Ltd', contact);
      expect(inv.seller.name?.toLowerCase()).toBe('p. mccarthy & sons plumbing & heating ltd');
    }
  });

  it('control: a logo\'s word over the name the legal line gives alone stays apart', () => {
    for (const contact of [true, false]) {
      const inv = page('NORTHGATE', 'NORTHGATE PLUMBING LTD', 'Northgate Plumbing Ltd', contact);
      expect(inv.seller.name?.toLowerCase()).toBe('northgate plumbing ltd');
    }
  });
});
