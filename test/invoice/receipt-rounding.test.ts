/**
 * A printed rounding line between net + tax and the total: a till's cash rounding (a few cents), and the
 * whole-unit rounding of the Nordic crowns ("Öresavrundning 0,12") or Switzerland's 5 Rappen, which a
 * page may print as large as its currency's rules allow. Read as an OCR'd page is: parts, then settle.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { settle } from '../../src/extract/settle.js';
import { textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt, runChecks } from '../../src/invoice/checks.js';
import { emptyInvoice } from '../../src/invoice/model.js';
import { maxRounding } from '../../src/invoice/receipt/rounding.js';
import { roundingIn } from '../../src/invoice/receipt/totals.js';

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

/**
 * The totals as a grid: a row of labels, the rounding's among them, over the row of their figures, as a
 * Swedish invoice's footer prints "Exkl. moms | Moms % | Moms | Öresavrundning | Att betala".
 */
const grid = (net: string, rounding: string, total: string) => [
  'Faktura 20417', 'Exkl. moms Moms % Moms Öresavrundning Att betala', `${net} 25,00 2 041,78 ${rounding} SEK ${total}`,
];
const gridChecked = (net: number, lines: string[]) =>
  runChecks({ ...emptyInvoice(), currency: 'SEK', amount: net, taxAmount: 2041.78, totalAmount: 10209 }, new Date('2026-01-01'), roundingIn(lines, maxRounding('SEK')))
    .find((c) => c.id === 'totals_consistent');

describe('a rounding printed in a grid of totals, under its label', () => {
  it('the one figure of the row under the label small enough to be a rounding is the rounding', () => {
    expect(roundingIn(grid('8 167,10', '0,12', '10 209,00'), maxRounding('SEK'))).toBe(0.12);
    expect(gridChecked(8167.1, grid('8 167,10', '0,12', '10 209,00'))).toMatchObject({ ok: true });
  });

  it('a rounding that does not account for the gap (a misread net), or two small figures, still fail the check', () => {
    expect(gridChecked(8167.4, grid('8 167,40', '0,12', '10 209,00'))).toMatchObject({ ok: false });
    expect(gridChecked(8167.1, grid('8 167,10', '0,12 0,30', '10 209,00'))).toMatchObject({ ok: false });
  });
});

describe('the rounding under its other Nordic names', () => {
  it('"Öresutjämning" and "Øreavrunding" are roundings as "Öresavrundning" is', () => {
    for (const word of ['Öresutjämning', 'Øreavrunding']) {
      const lines = ['Faktura 20417', `Exkl. moms Moms % Moms ${word} Att betala`, '8 167,10 25,00 2 041,78 0,12 SEK 10 209,00'];
      expect(roundingIn(lines, maxRounding('SEK')), word).toBe(0.12);
      expect(gridChecked(8167.1, lines), word).toMatchObject({ ok: true });
    }
  });
});
