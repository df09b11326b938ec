/**
 * A Czech VAT summary whose own title heads its column of rates ("Rekapitulace DPH v Kč | Základ | DPH | Celkem" over
 * "21 % | 9 780,00 | 2 053,80 | 11 833,80", as Money and Helios print it) gives the net and the tax: the title is the
 * rate column's header. Its figures may wrap at their thousands space in narrow cells ("12" over "540,00"), their
 * rests on a row of their own that is no end of the table; and a total rounded to whole crowns ("Zaokrouhlení 0,20")
 * is the summary's sums rounded, when every row's tax is its base at its rate.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
/** A cell set flush right at `right`. */
const r = (right: number, y: number, text: string): Draw => ({ x: right - text.length * 1.65, y, text });

const head: Draw[] = [
  d(20, 15, 'Dodavatel:'), d(20, 20, 'Gastro Technika Morava s.r.o.'), d(20, 25, 'Vídeňská 88, 639 00 Brno'),
  d(110, 15, 'Odběratel:'), d(110, 20, 'Hotel Pod Špilberkem a.s.'), d(110, 25, 'Husova 12, 602 00 Brno'),
  d(20, 40, 'Faktura – daňový doklad č. 2026-0412'), d(20, 46, 'Datum vystavení: 12.11.2026'),
  d(20, 60, 'Označení dodávky'), r(190, 60, 'Celkem'),
  d(20, 66, 'Myčka nádobí MX-40'), r(190, 66, '9 780,00'),
  d(20, 72, 'Odborná literatura'), r(190, 72, '3 900,00'),
];

describe('a Czech VAT summary titled over its rates', () => {
  it('reads the net and the tax, the total rounded to whole crowns', () => {
    const inv = parseWesternInvoiceText(toPageText([...head,
      d(20, 90, 'Rekapitulace DPH'), r(95, 90, 'Základ'), r(125, 90, 'DPH'), r(160, 90, 'Celkem'),
      d(20, 96, '21 %'), r(95, 96, '9 780,00'), r(125, 96, '2 053,80'), r(160, 96, '11 833,80'),
      d(20, 102, '12 %'), r(95, 102, '3 900,00'), r(125, 102, '468,00'), r(160, 102, '4 368,00'),
      d(110, 112, 'Zaokrouhlení'), r(190, 112, '0,20'),
      d(110, 118, 'Celkem k úhradě:'), r(190, 118, '16 202,00 Kč'),
    ], 210, 297));
    expect(inv.totalAmount).toBe(16202);
    expect(inv.amount).toBe(13680);
    expect(inv.taxAmount).toBe(2521.8);
  });

  it('reads figures wrapped at their thousands space, row after row', () => {
    const inv = parseWesternInvoiceText(toPageText([...head,
      d(20, 90, 'Rekapitulace DPH v'), d(20, 94.5, 'Kč'), r(100, 90, 'Základ'), r(125, 90, 'DPH'), r(160, 90, 'Celkem'),
      d(20, 99, '21 %'), r(100, 99, '9'), r(125, 99, '2'), r(160, 99, '11'),
      r(100, 103.5, '780,00'), r(125, 103.5, '053,80'), r(160, 103.5, '833,80'),
      d(20, 108, '12 %'), r(100, 108, '3'), r(125, 108, '468,00'), r(160, 108, '4'),
      r(100, 112.5, '900,00'), r(160, 112.5, '368,00'),
      d(110, 122, 'Celkem k úhradě:'), r(190, 122, '16 201,80 Kč'),
    ], 210, 297));
    expect(inv.amount).toBe(13680);
    expect(inv.taxAmount).toBe(2521.8);
  });
});
