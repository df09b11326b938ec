/**
 * An EN 16931 view's totals as a ZUGFeRD viewer prints them (the 156th batch's credit note): "Steuerbasisbetrag"
 * (BT-116, the tax's basis: the net) and "Steuerbetrag (S, 19 %)", the tax with its category code before the rate,
 * which qualifies the label as the rate alone does. Both were unread: net and tax null beside a total read.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const view = (taxLabel: string) => [{ page: 1, width: 210, height: 297, items: [
  w(16, 14, 'ZUGFeRD 2.3 · EN 16931 – Visualisierung der eingebetteten Rechnungsdaten', 3.1, 120),
  w(17, 28, 'Belegart', 3.1, 14), w(70, 28, 'Rechnung (380)', 3.1, 24),
  w(17, 33, 'Belegnummer', 3.1, 20), w(70, 33, 'RE-2025-3381', 3.1, 22),
  w(17, 38, 'Belegdatum', 3.1, 18), w(70, 38, '2025-11-19', 3.1, 18),
  w(17, 48, 'Name', 3.1, 9), w(50, 48, 'Metallbau Kersting GmbH', 3.1, 38), w(120, 48, 'Autohaus Lindner KG', 3.1, 32),
  w(121, 180, 'Summe der Positionen', 3.1, 33), w(178, 180, '800,00', 3.1, 11),
  w(121, 186, 'Steuerbasisbetrag', 3.1, 27), w(178, 186, '800,00', 3.1, 11),
  w(121, 192, taxLabel, 3.1, 34), w(178, 192, '152,00', 3.1, 11),
  w(121, 199, 'Bruttobetrag', 3.1, 20), w(178, 199, '952,00', 3.1, 11),
  w(121, 205, 'Zahlbetrag', 3.1, 17), w(178, 205, '952,00', 3.1, 11),
] }] as PageText[];

describe('an EN 16931 view: tax basis, tax with its category code', () => {
  it('reads the net after "Steuerbasisbetrag" and the tax after "Steuerbetrag (S, 19 %)"', () => {
    const inv = parseWesternInvoiceText(view('Steuerbetrag (S, 19 %)'));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([800, 152, 952]);
  });

  it('reads the tax after "Steuerbetrag (19 %)" too, the rate alone', () => {
    expect(parseWesternInvoiceText(view('Steuerbetrag (19 %)')).taxAmount).toBe(152);
  });
});
