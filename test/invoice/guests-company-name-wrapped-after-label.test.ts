/**
 * A hotel's folio names the guest and, beside, the company billed for the stay ("Guest: Ms Orla Kennedy" |
 * "Company: Westshore Marine" over "Engineering Ltd"): the company is the buyer. Its name wrapped in its narrow cell,
 * the row after the label named no company, so the guest was read as the buyer (an Irish hotel folio of the earlier
 * batches; silent once its seller was read right). Generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('a guest’s company, its name wrapped after the label', () => {
  it('is the buyer', () => {
    for (const [head, tail, name] of [
      ['Company: Westshore Marine', 'Engineering Ltd', 'Westshore Marine Engineering Ltd'],
      ['Company: Atlantic Wind Services', 'Limited', 'Atlantic Wind Services Limited'],
    ]) {
      const extra = [d(18, 48, 'Guest: Ms Orla Kennedy'), d(18, 53, 'Room: 214'), d(106, 48, head), d(106, 53, tail), d(106, 58, 'Dock Road'), d(106, 63, 'Galway H91 E2K7')];
      expect(read({ window: [], info: [], extra }).buyer.name, name).toBe(name);
    }
  });

  it('leaves the guest the buyer when the company’s row names none (control)', () => {
    const extra = [d(18, 48, 'Guest: Ms Orla Kennedy'), d(18, 53, 'Room: 214'), d(106, 48, 'Company: -'), d(106, 58, 'Dock Road')];
    expect(read({ window: [], info: [], extra }).buyer.name).toBe('Orla Kennedy');
  });
});
