/**
 * A Czech or Slovak invoice titled as a tax document ("Faktúra – daňový doklad", "Faktura - daňový doklad") with
 * its number under the bare word "Číslo" on the title's line or just under it ("Číslo: 2025/0912/KP"): the title
 * says whose number it is. The 119th batch's Slovak stationer (the number was null), in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d, toPageText } from './page-builder.js';
import { page, read } from './supplier-bill.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

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

  it('reads the number of a scan whose OCR read the title\'s marks as others or none', () => {
    const scanned = (title: string, extra: ReturnType<typeof d>[]) => parseWesternInvoiceText(toPageText(page({ info: [], title, extra }), 210, 297)
      .map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) })));
    expect(scanned('Faktüra - danovy doklad', [d(140, 85, 'Cislo: 2025/0912/KP')]).number).toBe('2025/0912/KP');
    expect(scanned('Faktura - daňovy doklad', [d(140, 85, 'Cislo: 20251187')]).number).toBe('20251187');
  });

  it('reads no number beside a heading that is no title (control)', () => {
    expect(read({ info: [], title: 'Dodávka', extra: [d(140, 85, 'Číslo: 2025/0912/KP')] }).number).toBeNull();
  });
});
