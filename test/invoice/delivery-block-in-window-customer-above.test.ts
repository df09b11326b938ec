/**
 * An Italian invoice sets the customer's block ("Spett.le" over the name and address) at the top right, above
 * the window's band, and under it, in the band, the place the goods go ("Destinazione" over a building site):
 * that block is no buyer; the customer's above it is. Without a customer's block above, the delivery block is
 * kept in doubt. The 144th batch's software licence invoice (its buyer read as the site, status ok).
 */
import { describe, expect, it } from 'vitest';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const page = (customer: Draw[]) => toPageText([
  d(18.3, 17.5, 'INFORMEDIA', 5.29), d(18.3, 23.8, 'Informedia S.r.l.', 4.23), d(18.3, 28.8, 'Via Roma 12', 4.23),
  d(18.3, 33.9, '40121 Bologna', 4.23), d(18.3, 38.9, 'P.IVA 04471208812', 4.23),
  ...customer,
  d(115.0, 47.8, 'Destinazione', 2.47),
  d(115.0, 50.5, 'Magazzino Ricambi Nord, Via Emilia 40,', 4.23),
  d(115.0, 55.6, '43126 Parma', 4.23),
  d(18.5, 67.7, 'Tipo documento', 4.23), d(64.9, 67.7, 'Numero', 4.23), d(90.7, 67.7, 'Data', 4.23), d(121.2, 67.7, 'Rif. ordine', 4.23),
  d(18.5, 74.1, 'Fattura', 4.23), d(64.9, 74.1, '118/2025', 4.23), d(90.7, 74.1, '10/11/2025', 4.23), d(121.2, 74.1, 'ORD 2025/77', 4.23),
  d(18.3, 84.4, 'Descrizione', 4.23), d(151.9, 84.4, 'IVA %', 4.23), d(173.1, 84.4, 'Importo', 4.23),
  d(18.3, 90.8, 'Licenza gestionale magazzino', 4.23), d(160.1, 90.8, '22', 4.23), d(173.2, 90.8, '1.000,00', 4.23),
  d(122.1, 100.2, 'Imponibile', 4.23), d(169.2, 100.2, '€ 1.000,00', 4.23),
  d(122.1, 106.3, 'IVA 22%', 4.23), d(173.2, 106.3, '€ 220,00', 4.23),
  d(122.1, 112.4, 'Totale documento', 4.23), d(166.8, 112.4, '€ 1.220,00', 4.23),
], 210, 297);

describe('a delivery block in the window at the right', () => {
  it('gives way to the customer\'s block above the band', () => {
    const inv = parseWesternInvoiceText(page([
      d(115.0, 17.6, 'Spett.le', 2.47), d(115.0, 20.4, 'Ricambi Agricoli Ferrante S.p.A.', 4.23),
      d(115.0, 25.4, 'Via Po 8', 4.23), d(115.0, 30.4, '43121 Parma', 4.23), d(115.0, 35.5, 'P.IVA 02208841201', 4.23),
    ]));
    expect(inv.buyer.name).toBe('Ricambi Agricoli Ferrante S.p.A.');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });
  it('is in doubt without one', () => {
    const inv = parseWesternInvoiceText(page([]));
    expect(inv.buyer.name === null || guessesOf(inv)['buyer.name'] !== undefined).toBe(true);
  });
});
