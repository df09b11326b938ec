/**
 * An organisation whose name has a person's shape ("St Aldhelm's University", capitalised words without a company
 * form) over its department ("Procurement Office") and a street without a number ("Fosse Way"): the block was read
 * as a contact, the contact's department and the organisation under it, and the street came out as the buyer (the
 * 163rd batch's conference invoice, the field not named). A street's name under the department is no
 * organisation's: the first row is the party. (The organisation under a titled contact and the department, its
 * street with a number, stays the party: erp-title-cell-number-contact-over-organisation.)
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('a department over a street without a number', () => {
  it('leaves the organisation above as the buyer', () => {
    for (const street of ['Fosse Way', 'Claverton Close', 'Regent Square']) {
      expect(read({ window: ['Billed to', "St Aldhelm's University", 'Procurement Office', street, 'Bath BA2 7AY'] }).buyer.name).toBe("St Aldhelm's University");
    }
  });
});
