/**
 * A till that prints a member's or a staff rate taken off the subtotal with its minus and no word
 * "discount" ("MEMBER 5% -15.30"), over a tax of nought: the subtotal less it is the total, and the receipt adds up.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';

/** One text item per line, 5 mm apart; "  " splits a line into a label and its figure at the right. */
function page(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: k === 0 ? 5 : 60 - 10 * (all.length - 1 - k), y: 10 + 5 * i, width: text.length * 1.6, height: 3, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 80, height: 5 * lines.length + 20, items }];
}

function settled(lines: string[]) {
  return settle({ parts: textParts(page(lines), 'ocr', []), pages: 1 }, new Date('2026-11-29'));
}

describe('a rate taken off with its minus, not named a discount', () => {
  it('brings the subtotal down to the total: the receipt is consistent, not sent for review', () => {
    for (const off of ['MEMBER 10%  -8.40', 'STAFF 10%  -8.40', 'LESS 10%  - 8.40']) {
      const r = settled(['HERBAL CORNER', 'HERBAL CORNER TRADING (KL0332211-A)', '5, JALAN PUDU, 55100 KUALA LUMPUR', '2026-11-20 14:02  Rcpt: HC-1120', '1 GINSENG TEA 100G  48.00',
        '2 CHRYSANTHEMUM 50G  36.00', 'SUBTOTAL  84.00', off, 'GST @ 0%  0.00', 'NETT TOTAL  75.60', 'VISA XXXX 2201  75.60', 'THANK YOU']);
      expect(r.invoice.totalAmount, off).toBe(75.6);
      expect(r.status, off).toBe('ok');
      expect(r.checks.find((c) => c.id === 'totals_consistent')?.ok ?? true, off).toBe(true);
    }
  });
});
