/**
 * A printed rounding line between net + tax and the total: a till's cash rounding (a few cents), and the
 * whole-unit rounding of the Nordic crowns ("Öresavrundning 0,12") or Switzerland's 5 Rappen, which a
 * page may print as large as its currency's rules allow. Read as an OCR'd page is: parts, then settle.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';

/** One text item per line, 5 mm apart; "  " splits a line into a label and its figure at the right. */
function page(lines: string[]): PageText[] {
  const items = lines.flatMap((line, i) => line.split('  ').map((text, k, all) => ({
    text, x: k === 0 ? 10 : 180 - 30 * (all.length - 1 - k), y: 20 + 6 * i, width: text.length * 2, height: 4, page: 1, confidence: 95,
  })));
  return [{ page: 1, width: 210, height: 297, items }];
}

function settled(lines: string[]) {
  const pages = page(lines);
  return settle({ parts: textParts(pages, 'ocr', []), pages: 1 }, new Date('2026-01-01'));
}

/** An invoice in `currency` (net 1 600,30, tax 400,08) whose total is rounded by a printed line, or by none. */
const invoice = (currency: string, rounding: string | null, total: string) => [
  'Nordvik Trädgård AB', 'Faktura', 'Fakturanummer: 20417', 'Fakturadatum: 2025-03-14', 'Kund: Ekholm Bygg AB', 'Storgatan 4, 411 38 Göteborg',
  'Beskrivning  Antal  Belopp', 'Beskärning äppelträd  3  1 150,00', 'Bortforsling av ris  1  450,30',
  'Summa exkl. moms  1 600,30', 'Moms 25%  400,08', ...(rounding === null ? [] : [`Öresavrundning  ${rounding}`]), `Att betala ${currency}  ${total}`,
];
const totalsCheck = (lines: string[]) => settled(lines).checks.find((c) => c.id === 'totals_consistent');

describe('a rounding line as large as the currency allows', () => {
  it('whole-crown rounding printed on a Swedish, Norwegian or Danish invoice: the totals add up', () => {
    const r = settled(invoice('SEK', '-0,38', '2 000,00'));
    expect(r.invoice).toMatchObject({ currency: 'SEK', amount: 1600.3, taxAmount: 400.08, totalAmount: 2000 });
    expect(r.checks.find((c) => c.id === 'totals_consistent')).toMatchObject({ ok: true });
    expect(totalsCheck(invoice('NOK', '0,12', '2 000,50'))).toMatchObject({ ok: true });
    expect(totalsCheck(invoice('DKK', '-0,38', '2 000,00'))).toMatchObject({ ok: true });
  });

  it('no rounding line, or more than the currency allows: the totals are still checked to the cent', () => {
    expect(totalsCheck(invoice('SEK', null, '2 000,00'))).toMatchObject({ ok: false });
    expect(totalsCheck(invoice('EUR', '-0,38', '2 000,00'))).toMatchObject({ ok: false });
    expect(totalsCheck(invoice('CHF', '-0,38', '2 000,00'))).toMatchObject({ ok: false });
    expect(totalsCheck(invoice('CHF', '0,02', '2 000,40'))).toMatchObject({ ok: true });
  });
});
