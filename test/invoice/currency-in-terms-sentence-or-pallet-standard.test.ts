/**
 * A currency named where it is not the invoice's: in a sentence of the terms (the 40 euros of recovery costs the
 * EU's late payment rules let a Hungarian seller charge, cited on an invoice in forints), or as a pallet's standard
 * in an item ("Paleți EUR", "EUR-Paletten"). The signs beside the figures say the currency; a sentence names it
 * only when nothing else does. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const forints: Array<[string, string]> = [['Nettó összesen', '143 100 Ft'], ['ÁFA 27%', '38 637 Ft'], ['Fizetendő végösszeg', '181 737 Ft']];
const lei: Array<[string, string]> = [['Total fără TVA', '5.790,00 lei'], ['Total TVA', '1.215,90 lei'], ['Total de plată', '7.005,90 lei']];

describe('a currency named in terms or as a pallet standard', () => {
  it('keeps the forints beside the figures over euros cited in the terms', () => {
    for (const terms of [
      'Késedelmes fizetés esetén a Ptk. 6:155. § szerinti késedelmi kamatot és 40 eurónak megfelelő behajtási költségátalányt számítunk fel.',
      'Késedelmes fizetés esetén a törvényes késedelmi kamatot és 40 euró behajtási költségátalányt számítjuk fel minden számla után.',
    ]) expect(read({ totals: forints, extra: [d(22, 200, terms, 2.5)] }).currency).toBe('HUF');
  });

  it('still reads the euro from a sentence when nothing else names a currency', () => {
    const inv = read({ totals: [['Subtotal', '1.240,00'], ['VAT 23 %', '285,20'], ['Total', '1.525,20']], extra: [d(22, 200, 'Payment within fourteen days by bank transfer; all amounts on this invoice are stated in euro and payable without deduction.', 2.5)] });
    expect(inv.currency).toBe('EUR');
  });

  it('counts a code in a sentence as before', () => {
    const inv = read({ totals: [['Total HT', '12 450,00'], ['TVA 20 %', '2 490,00'], ['Total TTC', '14 940,00']], extra: [
      d(150, 40, 'Devise'), d(170, 40, 'USD'),
      d(22, 190, 'Taux de change appliqué : 1 USD = 0,8625 EUR (BCE du 11/11/2025)', 2.5),
      d(22, 195, 'Total TVA en devise de comptabilisation : 2 147,63 EUR', 2.5),
      d(22, 200, 'Règlement en USD par virement : banque CIC Annecy · IBAN FR76 3008 7334 1100 0441 2270 118 · BIC CMCIFRPP', 2.5),
    ] });
    expect(inv.currency).toBe('USD');
  });

  it('reads no euro from a pallet standard', () => {
    for (const item of ['Paleți EUR, ambalaj facturat', 'EUR-Paletten im Tausch', 'Euro pallets, returnable']) {
      expect(read({ totals: lei, extra: [d(22, 117, item)] }).currency).toBe('RON');
    }
  });

  it('keeps the euro of figures beside a pallet standard', () => {
    const totals: Array<[string, string]> = [['Total fără TVA', '5.790,00 EUR'], ['Total TVA', '1.215,90 EUR'], ['Total de plată', '7.005,90 EUR']];
    expect(read({ totals, extra: [d(22, 117, 'Paleți EUR, ambalaj facturat')] }).currency).toBe('EUR');
  });
});
