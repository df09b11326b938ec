/**
 * An attention row naming a department, its last word wrapped onto the next row in a narrow column ("ATTN:
 * PURCHASING" over "DEPT.", "Attn: Accounts" over "Payable") over the customer's name: the wrapped word is the
 * attention row's, the buyer the company under it. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

const page = (attention: string, rest: string) => read({
  window: ['SOLD TO', attention, rest, "O'MALLEY, RHODES &", 'KIM LLP', '1200 Market St, Suite 400', 'Philadelphia, PA 19107'],
});

describe('an attention row\'s department wrapped', () => {
  it('names no buyer', () => {
    for (const [attention, rest] of [['ATTN: PURCHASING', 'DEPT.'], ['Attn: Accounts', 'Payable'], ['Attention: Finance', 'Department'], ['Attn Purchasing', 'Dept.'], ['ATTN ACCOUNTS', 'PAYABLE']]) {
      expect(page(attention, rest).buyer.name).toBe("O'MALLEY, RHODES & KIM LLP");
    }
  });

  it('control: a company under an attention row is still the buyer', () => {
    expect(read({ window: ['SOLD TO', 'ATTN: PURCHASING', 'Harrow Accountancy Ltd', '1200 Market St, Suite 400', 'Philadelphia, PA 19107'] }).buyer.name).toBe('Harrow Accountancy Ltd');
  });
});
