/**
 * An item table whose header names the net twice ("Cena netto", "Wartość netto") with the tax's column between
 * them, "VAT" or "DPH", over each item's rate: three capitals that name no currency are a header of their own,
 * so the rate under them is no figure of the net's label.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (taxHeader: string, rate: string) => parseWesternInvoiceText(toPageText([
  d(17, 14, 'Faktura VAT nr FV 88/2026'), d(121, 14, 'Data wystawienia'), d(167, 14, '20.11.2026'),
  d(17, 38, 'Sprzedawca'), d(106, 38, 'Nabywca'),
  d(17, 44, 'Drukarnia Wisła Sp. z o.o.'), d(106, 44, 'Biuro Podróży Tatry Sp. z o.o.'),
  d(17, 49, 'ul. Długa 4, 30-001 Kraków'), d(106, 49, 'ul. Krupówki 12, 34-500 Zakopane'),
  d(17, 74, 'Lp.'), d(28, 74, 'Nazwa'), d(100, 74, 'Ilość'), d(115, 74, 'Cena netto'), d(145, 74, taxHeader), d(159, 74, 'Wartość netto'),
  d(17, 78, '1'), d(28, 78, 'Katalogi A4'), d(106, 78, '400'), d(129, 78, '5,00'), d(147, 78, rate), d(174, 78, '2 000,00'),
  d(17, 82, '2'), d(28, 82, 'Ulotki'), d(106, 82, '1000'), d(129, 82, '0,50'), d(147, 82, rate), d(178, 82, '500,00'),
  d(91, 110, 'Stawka VAT'), d(121, 110, 'Wartość netto'), d(148, 110, 'Kwota VAT'), d(170, 110, 'Wartość brutto'),
  d(89, 116, rate), d(121, 116, '2 500,00'), d(148, 116, '200,00'), d(174, 116, '2 700,00'),
  d(89, 122, 'Razem'), d(121, 122, '2 500,00'), d(148, 122, '200,00'), d(174, 122, '2 700,00'),
  d(16, 132, 'Do zapłaty: 2 700,00 PLN'),
], 210, 297));

describe('the tax column\'s header between two net headers of an item table', () => {
  it('"VAT" over "8%": the net is the breakdown\'s, not the rate', () => {
    const inv = page('VAT', '8%');
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([2500, 200, 2700]);
  });

  it('"DPH" over "12%": the same', () => {
    const inv = page('DPH', '12%');
    expect(inv.amount).toBe(2500);
  });
});
