/**
 * A company named in capitals ending in "CO." ("STAPLEWOOD OFFICE SUPPLY CO.", as a US supplier's letterhead
 * prints it beside a logo of one letter): "CO." is the company's form as "Co." is, the letterhead the seller.
 * Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (name: string) => read({
  letterhead: ['S'],
  window: ['SOLD TO', 'ATTN: PURCHASING DEPT.', "O'MALLEY, RHODES & KIM LLP", '1200 Market St, Suite 400', 'Philadelphia, PA 19107'],
  extra: [d(119, 16, name), d(150, 21, '220 Industrial Hwy'), d(150, 26, 'Eddystone, PA 19022'), d(150, 31, '(610) 555-0184')],
});

describe('"CO." in capitals', () => {
  it('ends a company\'s name', () => {
    for (const name of ['STAPLEWOOD OFFICE SUPPLY CO.', 'HARTLEY & SONS PAPER CO.']) expect(page(name).seller.name).toBe(name);
  });

  it('control: "Co." as before', () => {
    expect(page('Staplewood Office Supply Co.').seller.name).toBe('Staplewood Office Supply Co.');
  });
});
