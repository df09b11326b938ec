/**
 * What the fifty-eighth to sixtieth batches of unseen supplier invoices printed that the parser missed: a
 * company's registration number in brackets after its name, currencies named by a sign other than the
 * dollar, euro, pound, yen and rupee (₦, ₱) or by an ISO code beside their figures (AED, KES). One class
 * varied at a time on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('parties: a registration number in brackets after the name', () => {
  it('is left out of the name, nested brackets or a label in them', () => {
    const seller = (name: string) => read({ letterhead: [name, '4 Quay Street, Galway H91 X2Y3'] }).seller.name;
    expect(seller('BORNEO TEKNIK SDN. BHD. (201801011844 (1271184-K))')).toBe('BORNEO TEKNIK SDN. BHD.');
    expect(seller('Harbour Print Ltd (Company No. 01234567)')).toBe('Harbour Print Ltd');
    expect(seller('Kinabalu Marine Sdn Bhd (1184477-W)')).toBe('Kinabalu Marine Sdn Bhd');
  });

  it('a bracket with no such number stays in the name', () => {
    const seller = (name: string) => read({ letterhead: [name, '4 Quay Street, Galway H91 X2Y3'] }).seller.name;
    expect(seller('Harbour Print (Galway) Ltd')).toBe('Harbour Print (Galway) Ltd');
  });
});
