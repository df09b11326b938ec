/**
 * A Czech or Slovak invoice titled as a tax document ("Faktúra – daňový doklad", "Faktura - daňový doklad") with
 * its number under the bare word "Číslo" on the title's line or just under it ("Číslo: 2025/0912/KP"): the title
 * says whose number it is. The 119th batch's Slovak stationer (the number was null), in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('"Číslo" beside a "Faktura – daňový doklad" title', () => {
  it('reads the number', () => {
    for (const [title, extra, number] of [
      ['Faktúra – daňový doklad', [d(140, 85, 'Číslo: 2025/0912/KP')], '2025/0912/KP'],
      ['Faktura - daňový doklad', [d(140, 85, 'Číslo:'), d(160, 85, 'FV-2025-0412')], 'FV-2025-0412'],
      ['Faktura – daňový doklad', [d(22, 92, 'Číslo: 20251187')], '20251187'],
    ] as Array<[string, ReturnType<typeof d>[], string]>) {
      expect(read({ info: [], title, extra }).number, `${title} ${extra.map((x) => x.text).join(' ')}`).toBe(number);
    }
  });

  it('reads no number beside a heading that is no title (control)', () => {
    expect(read({ info: [], title: 'Dodávka', extra: [d(140, 85, 'Číslo: 2025/0912/KP')] }).number).toBeNull();
  });
});
