/**
 * A sole trader's trade name over the row naming its owner ("Schlüssel-Sofort Leipzig" over "Inh. Ronny Pfeiffer ·
 * Aufsperrdienst · Sicherheitstechnik", the 171st-175th batches' locksmith): no company form, but the owner's row
 * says whose letterhead it is, and the seller is not flagged for want of a form. Without that row it still is.
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/index.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (second: string | null): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(16, 15, 'Radwerk Kettenblatt', 6.3, 60),
  ...(second ? [w(16, 22, second)] : []),
  w(16, 27, 'Südstraße 12 · 04107 Leipzig · Tel. 0341 5550144 · St.-Nr. 231/118/40771', 2.47, 110),
  w(16, 45, 'Frau Clara Neumann'), w(16, 50, 'Kochstraße 3'), w(16, 55, '04275 Leipzig'),
  w(16, 70, 'Rechnung', 5.3, 25), w(16, 78, 'Rechnungsnummer: RK-2025-118'), w(16, 83, 'Rechnungsdatum: 21.11.2025'),
  w(16, 95, 'Inspektion Trekkingrad'), w(180, 95, '119,00'),
  w(118, 110, 'Gesamtbetrag'), w(175, 110, '119,00 €'), w(118, 116, 'darin enthalten 19 % USt.'), w(175, 116, '19,00 €'),
] }];

describe("a sole trader's owner row under the trade name", () => {
  it('confirms the trade name as the seller', () => {
    const inv = parseWesternInvoiceText(page('Inh. Jonas Weber · Reparatur · Verkauf'));
    expect(inv.seller.name).toBe('Radwerk Kettenblatt');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('leaves the trade name in doubt without it', () => {
    const inv = parseWesternInvoiceText(page('Reparatur · Verkauf · Leasing'));
    expect(inv.seller.name).toBe('Radwerk Kettenblatt');
    expect(guessesOf(inv)['seller.name']).toBeDefined();
  });
});
