/**
 * A seller's name set flush right at the top right and wrapped over two rows whose first row is the shorter
 * ("LEMOINE MATÉRIEL" over "PROFESSIONNEL SAS", the block's address, phone and registrations under them, flush
 * right too): the name is both rows, not the second alone. Generated variants of the supplier invoice of
 * supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import type { Draw } from './page-builder.js';
import { read } from './supplier-bill.js';

/** Rows set flush right at x = 192 mm, 5 mm apart from y = 14, 3 mm high (0.55 × 3 mm a letter). */
const flushRight = (rows: string[]): Draw[] => rows.map((text, i) => ({ text, x: 192 - text.length * 1.65, y: 14 + 5 * i }));

const page = (rows: string[]) => read({
  letterhead: ['LMP'],
  window: ['Boulangerie Vasseur', '12 rue des Tanneurs', '21000 Dijon'],
  extra: flushRight(rows),
});

describe('a name flush right wrapped before a longer second row', () => {
  it('is read whole', () => {
    for (const [first, second] of [['LEMOINE MATÉRIEL', 'PROFESSIONNEL SAS'], ['Hanseatische', 'Kältetechnik GmbH'], ['Brindle & Hart', 'Refrigeration Ltd']]) {
      const inv = page([first, second, '8 avenue du Lac', '21000 Dijon', 'Tél. 03 80 44 71 20', 'SIRET 812 447 120 00027', 'TVA FR 61 812447120']);
      expect(inv.seller.name).toBe(`${first} ${second}`);
    }
  });

  it('is read whole when its form alone wraps onto the second row', () => {
    for (const [first, form] of [['STAPLEWOOD OFFICE SUPPLY', 'CO.'], ['Nordhafen Kältetechnik', 'GmbH'], ['Hartley Paper Merchants', 'Ltd']]) {
      const inv = page([first, form, '220 Industrial Hwy', 'Eddystone, PA 19022', '(610) 555-0184']);
      expect(inv.seller.name).toBe(`${first} ${form}`);
    }
  });

  it('control: a short first row that fits beside the second is no wrap of it', () => {
    const inv = page(['Tout', 'PROFESSIONNEL SAS', '8 avenue du Lac', '21000 Dijon', 'Tél. 03 80 44 71 20', 'SIRET 812 447 120 00027', 'TVA FR 61 812447120']);
    expect(inv.seller.name).toBe('PROFESSIONNEL SAS');
  });
});
