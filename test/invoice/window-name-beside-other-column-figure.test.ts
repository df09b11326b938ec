/**
 * A window's name row level with a row of the other column that holds a figure with its own word (the
 * letterhead's "KvK 71230561" set at the right): that figure is no value of the name's cell, the name is
 * the buyer's, not the street under it; on the supplier invoice of supplier-bill.ts, in
 * generated variants.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** The seller's letterhead at the right, its rows of ids running down level with the window at the left. */
const page = (window: string[], beside: string) => ({
  letterhead: [], window: [], info: [] as Array<[string, string]>, underTitle: ['Invoice No. 2025-0318', 'Invoice date 25.11.2025'],
  extra: [
    d(108, 19.6, 'Harbour Print Ltd', 4.2),
    ...['4 Quay Street', 'Galway H91 X2Y3', '091 745 210', 'accounts@harbourprint.example'].map((row, i) => d(108, 25.5 + 4.3 * i, row, 2.6)),
    ...[beside, 'VAT IE 6388047V', 'IBAN IE29 AIBK 9311 5212 3456 78'].map((row, i) => d(108, 47.2 + 4.4 * i, row, 2.6)),
    ...window.map((row, i) => d(21.7, 47.9 + 5 * i, row, 3.6)),
  ],
});

describe('a figure of the other column level with the window\'s name', () => {
  it('the name is read, not the street under it', () => {
    for (const [window, beside] of [
      [['Stichting Buurthuis De Kolk', 't.a.v. mw. E. de Groot', 'Kolkstraat 8', '1621 CK Hoorn'], 'KvK 71230561'],
      [['Bygg & Fasad i Gävle AB', 'Södra Kungsgatan 40', '802 55 Gävle'], 'Org.nr 556677-8899'],
      [['Wolff Heizungsbau GmbH', 'Am Lutterkolk 7', '33649 Bielefeld'], 'USt-IdNr. DE811907980'],
    ] as Array<[string[], string]>) {
      const inv = read(page(window, beside));
      expect(inv.buyer.name).toBe(window[0]);
    }
  });

  it('a figure beside the name in its own half is still an info row: no name of it', () => {
    const p = page(['Zimmer', 'Industriestraße 4', '4600 Wels'], 'KvK 71230561');
    const inv = read({ ...p, extra: [...p.extra, d(50, 47.9, '214', 3.6)] });
    expect(inv.buyer.name).not.toBe('Zimmer');
  });
});
