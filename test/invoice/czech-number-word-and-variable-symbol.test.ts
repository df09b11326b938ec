/**
 * A Czech tax document titled "Faktura – daňový doklad" with its number on the line under the title after the bare
 * "č." ("č. 2025-0318"), and a "Variabilní symbol" (the payment reference, the number's digits) in its info block.
 * The variable symbol was read as the number: "Variabilní" held "bil" (OCR's "bill", a doubled letter read once)
 * and an "n" followed by an accented letter, which the label took for the end of a word ("bill n …"); and the bare
 * "č." under a title was no number label.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (numberRow: string | null): Draw[] => [
  d(20, 15, 'Advokátní kancelář Horák & Veselá', 4), d(120, 15, 'FAKTURA – daňový doklad', 5),
  ...(numberRow ? [d(150, 22, numberRow)] : []),
  d(20, 35, 'Dodavatel'), d(110, 35, 'Odběratel'),
  d(20, 41, 'Horák & Veselá, advokátní kancelář s.r.o.'), d(110, 41, 'Pekárna Zlatý klas a.s.'),
  d(20, 46, 'Vodičkova 41, 110 00 Praha 1'), d(110, 46, 'Průmyslová 1184, 252 19 Rudná'),
  d(20, 60, 'Datum vystavení'), d(75, 60, '24.11.2025'), d(110, 60, 'Variabilní symbol'), d(160, 60, '20250318'),
  d(20, 65, 'Datum splatnosti'), d(75, 65, '08.12.2025'), d(110, 65, 'Konstantní symbol'), d(160, 65, '0308'),
  d(20, 80, 'Položka'), d(160, 80, 'Základ'),
  d(20, 86, 'Právní služby'), d(160, 86, '18 900,00'),
  d(110, 100, 'Základ DPH 21 %'), d(160, 100, '18 900,00'),
  d(110, 105, 'DPH 21 %'), d(160, 105, '3 969,00'),
  d(110, 110, 'Celkem k úhradě'), d(160, 110, '22 869,00 Kč'),
];
const read = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

describe('a Czech invoice\'s "č." under its title, a variable symbol beside', () => {
  it('reads the number after "č.", not the variable symbol', () => {
    expect(read(page('č. 2025-0318')).number).toBe('2025-0318');
    expect(read(page('č. FV2026-0718')).number).toBe('FV2026-0718');
  });

  it('control: without a number, the variable symbol is no number label', () => {
    expect(read(page(null)).number).toBeNull();
  });
});
