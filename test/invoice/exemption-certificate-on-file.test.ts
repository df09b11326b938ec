/**
 * A US bill to a buyer who holds an exemption prints no tax line and says why: "Farm exemption certificate on file",
 * "Resale certificate on file", "Tax-exempt certificate on file". The tax is nil and the net the total. (A hoof
 * trimmer's bill to a dairy of the 204th batch, in generated variants.)
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('an exemption certificate on file', () => {
  it('reads the tax as nil and the net as the total', () => {
    for (const note of ['Farm exemption certificate on file. Thank you!', 'Resale certificate on file.', 'Tax-exempt certificate is on file.']) {
      const inv = read({ totals: [['Balance Due', '$2,615.00']], extra: [d(22, 160, note)] });
      expect([inv.amount, inv.taxAmount, inv.totalAmount], note).toEqual([2615, 0, 2615]);
    }
  });

  it('leaves the tax unread when the page says nothing of it (control)', () => {
    expect(read({ totals: [['Balance Due', '$2,615.00']], extra: [d(22, 160, 'Thank you!')] }).taxAmount).toBeNull();
  });
});
