/**
 * A ZUGFeRD or XRechnung view's document totals named as EN 16931 names them in German, "Gesamtbetrag ohne
 * USt." (the net, BT-109), "Gesamtbetrag USt." (the VAT, BT-110) and "Gesamtbetrag mit USt." (the gross, BT-112),
 * over a prepayment and the amount due: the VAT's row is no gross (the 165th batch's EXTENDED view read its
 * VAT, 416,88, as the total and no tax).
 */
import { describe, expect, it } from 'vitest';
import { totals } from './supplier-bill.js';

const info: Array<[string, string]> = [['Rechnungsnummer', 'KR-2025-0447'], ['Rechnungsdatum', '25.11.2025']];
const letterhead = ['Kaffeetechnik Brühl GmbH', 'Industriestraße 4, 50321 Brühl'];
const window = ['Café Lindenhof OHG', 'Lindenallee 3', '53111 Bonn'];

describe('an e-invoice view\'s "Gesamtbetrag USt."', () => {
  it('is the tax, with the net and the gross named beside it', () => {
    expect(totals({ info, letterhead, window, title: 'Rechnung', totals: [['Gesamtbetrag ohne USt.', '1.240,00'], ['Gesamtbetrag USt.', '235,60'],
      ['Gesamtbetrag mit USt.', '1.475,60'], ['Vorauszahlung', '500,00'], ['Fälliger Betrag', '975,60']] })).toEqual([1240, 235.6, 1475.6]);
  });

  it('control: "Gesamtbetrag MwSt." under a net, the gross labelled by the word alone', () => {
    expect(totals({ info, letterhead, window, title: 'Rechnung', totals: [['Gesamtbetrag netto', '1.240,00'], ['Gesamtbetrag MwSt.', '235,60'],
      ['Gesamtbetrag', '1.475,60']] })).toEqual([1240, 235.6, 1475.6]);
  });
});
