/**
 * A Croatian invoice's title with its type mark between the title and the number's label ("RAČUN R-1 br.
 * 412/1/1": R-1 to a business that deducts the VAT, R-2 to one that does not): the number after "br.". On the
 * supplier invoice of supplier-bill.ts in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('"RAČUN R-1 br."', () => {
  it('reads the number after the type mark', () => {
    for (const [title, number] of [
      ['RAČUN R-1 br. 412/1/1', '412/1/1'],
      ['Račun R-2 br. 77-1-1', '77-1-1'],
      ['RAČUN R1 br. 2025/118', '2025/118'],
    ]) {
      expect(read({ info: [['Datum izdavanja:', '25.11.2025.']], title }).number, title).toBe(number);
    }
  });
});
