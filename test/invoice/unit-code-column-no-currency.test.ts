/**
 * An item table's unit column holding a code of three capitals that ISO 4217 also knows as a withdrawn
 * currency ("BAN", a pallet, under "UM" on an Italian invoice, the cell run into the VAT rate's beside it):
 * a unit, no currency. Generated variants of the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

/** A second item table under the page's, its unit column headed `header`, a row's unit `unit` set close before its VAT rate. */
const page = (header: string, unit: string) => read({
  letterhead: ['Trasporti Rapidi Lombardi S.p.A.', 'Via dell\'Industria 22, 26900 Lodi', 'P.IVA IT04471200158'],
  totals: [['Totale imponibile', '1.240,00'], ['IVA 22 %', '272,80'], ['Totale documento', '1.512,80']],
  extra: [
    d(22, 160, 'Descrizione'), d(100, 160, 'Quantità'), d(136, 160, header), d(146, 160, '%IVA'), d(175, 160, 'Prezzo totale'),
    d(22, 166, 'Trasporto collettame, 6 bancali'), d(100, 166, '6,00'), d(136, 166, unit), d(142, 166, '22,00'), d(175, 166, '1.240,00'),
  ],
});

describe('a code in an item table\'s unit column', () => {
  it('names no currency', () => {
    for (const [header, unit] of [['UM', 'BAN'], ['U.M.', 'BAN'], ['Unit', 'XBA'], ['ME', 'BAD']]) expect(page(header, unit).currency).toBe('EUR');
  });

  it('names none when the header is read into one cell with the price\'s', () => {
    const inv = read({
      letterhead: ['Trasporti Rapidi Lombardi S.p.A.', 'Via dell\'Industria 22, 26900 Lodi', 'P.IVA IT04471200158'],
      extra: [d(118, 160, 'Prezzo'), d(129, 160, 'UM'), d(118, 166, '125,00'), d(129, 166, 'BAN'), d(135, 166, '22,00')],
    });
    expect(inv.currency).toBe('EUR');
  });

  it('names none when the row\'s cells are one text item', () => {
    const inv = read({
      letterhead: ['Trasporti Rapidi Lombardi S.p.A.', 'Via dell\'Industria 22, 26900 Lodi', 'P.IVA IT04471200158'],
      extra: [d(118, 160, 'Prezzo'), d(129, 160, 'UM'), d(118, 166, '125,00 BAN 22,00')],
    });
    expect(inv.currency).toBe('EUR');
  });

  it('still reads a code in brackets under a "Unit" that heads "Unit Price" wrapped', () => {
    const inv = read({
      letterhead: ['Delta Nile Packaging S.A.E.', 'Plot 44, Industrial Zone A1, 10th of Ramadan City'],
      totals: [['Net Amount', '212,500.00'], ['Value Added Tax (T1) 14%', '29,750.00'], ['Total Amount', '242,250.00']],
      extra: [d(84, 160, 'Unit'), d(99, 160, 'Unit'), d(97, 165, 'Price'), d(96, 170, '(EGP)'), d(22, 176, 'Printed carton'), d(84, 176, 'EA'), d(100, 176, '6.50')],
    });
    expect(inv.currency).toBe('EGP');
  });

  it('control: the same code under another header is still read as a currency', () => {
    expect(page('Valuta', 'CHF').currency).toBe('CHF');
  });
});
