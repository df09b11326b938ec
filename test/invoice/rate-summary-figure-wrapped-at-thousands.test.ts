/**
 * A Polish invoice's summary by rate in narrow cells at the right ("Wartość | Stawka | Kwota VAT | Wartość" over
 * "netto | VAT | brutto", "W tym" opening its first row, "Razem" its last), the terms at the left on lines of their
 * own between its rows, a figure wrapped at its thousands ("1" over "538,40" set right under it): the first row was
 * read as a totals table of its own, its net the "1", its gross the row's, with status ok. The figure is read whole,
 * the line of its rest is no row, and a line of the other column with nothing under the headers is stepped over: the
 * rows of the other rates under the first make the summary no one-row totals table, and "Razem do zapłaty" is the
 * total. A generated page of that layout.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const head = [
  w(17.2, 14.1, 'BIURO-PLUS', 4.94, 32.10),
  w(136.4, 16.2, 'Faktura VAT', 3.88, 26.19), w(133.2, 20.7, 'nr', 3.88, 4.05), w(138.5, 20.7, 'FV 2207/2026', 3.88, 29.80),
  w(107.2, 33.2, 'Data wystawienia:', 2.82, 25.98), w(175.4, 33.2, '2026-11-27', 2.82, 16.39),
  w(17.2, 45.4, 'Sprzedawca', 2.47, 16.71), w(17.2, 49.2, 'BIURO-PLUS Sp. z o.o.', 4.23, 52.10), w(17.2, 54.2, 'ul. Wielicka 9', 4.23, 31.00),
  w(17.2, 59.3, '30-552 Kraków', 4.23, 31.80), w(17.2, 64.3, 'NIP: 677-201-33-18', 4.23, 41.26),
  w(77.5, 45.4, 'Nabywca', 2.47, 12.52), w(77.5, 49.2, 'Gmina Skawina', 4.23, 34.10), w(77.5, 54.2, 'Rynek 1', 4.23, 16.90),
  w(77.5, 59.3, '32-050 Skawina', 4.23, 33.20), w(77.5, 64.3, 'NIP: 944-00-17-505', 4.23, 41.26),
  w(17.5, 79.0, 'Lp.', 2.47, 4.28), w(38.5, 79.0, 'Nazwa towaru lub usługi', 2.47, 34.37), w(99.5, 79.0, 'Ilość', 2.47, 6.39),
  w(130.5, 79.0, 'Wartość', 2.47, 11.32), w(134.4, 81.9, 'netto', 2.47, 7.49), w(146.1, 79.0, 'Stawka', 2.47, 10.21), w(151.2, 81.9, 'VAT', 2.47, 5.14),
  w(158.8, 79.0, 'Kwota VAT', 2.47, 14.74), w(181.3, 79.0, 'Wartość', 2.47, 11.32), w(183.8, 81.9, 'brutto', 2.47, 8.80),
  w(18.3, 86.0, '1', 4.23, 2.69), w(24.1, 86.0, 'Atlas geograficzny kl. 6', 4.23, 52.00), w(100.5, 86.0, '24', 4.23, 5.39),
  w(127.1, 86.0, '924,00', 4.23, 14.81), w(149.6, 86.0, '5%', 4.23, 6.72), w(161.4, 86.0, '46,20', 4.23, 12.12), w(177.8, 86.0, '970,20', 4.23, 14.81),
  w(18.3, 92.4, '2', 4.23, 2.69), w(24.1, 92.4, 'Zeszyt ćwiczeń, biologia', 4.23, 52.30), w(100.5, 92.4, '24', 4.23, 5.39),
  w(127.1, 92.4, '614,40', 4.23, 14.81), w(149.6, 92.4, '5%', 4.23, 6.72), w(161.4, 92.4, '30,72', 4.23, 12.12), w(177.8, 92.4, '645,12', 4.23, 14.81),
  w(18.3, 98.8, '3', 4.23, 2.69), w(24.1, 98.8, 'Tablica korkowa 120×90 cm', 4.23, 55.00), w(103.2, 98.8, '2', 4.23, 2.69),
  w(127.1, 98.8, '652,00', 4.23, 14.81), w(146.9, 98.8, '23%', 4.23, 9.41), w(158.7, 98.8, '149,96', 4.23, 14.81), w(177.8, 98.8, '801,96', 4.23, 14.81),
  w(18.3, 105.2, '4', 4.23, 2.69), w(24.1, 105.2, 'Warsztaty metodyczne (3 h)', 4.23, 56.00), w(103.2, 105.2, '1', 4.23, 2.69),
  w(127.1, 105.2, '450,00', 4.23, 14.81), w(150.6, 105.2, 'zw', 4.23, 5.68), w(164.1, 105.2, '0,00', 4.23, 9.43), w(177.8, 105.2, '450,00', 4.23, 14.81),
];

/** The summary; its "Razem" row's figures wrapped too, or whole. */
const summary = (razemWrapped: boolean) => [
  w(17.2, 123.7, 'Podstawa zwolnienia (poz. 4): art. 43 ust. 1 pkt 29 lit. c', 2.65, 73.01),
  w(17.2, 126.6, 'ustawy o VAT.', 2.65, 18.13),
  w(17.2, 132.4, 'Sposób płatności: przelew', 2.65, 34.49),
  w(17.2, 135.3, 'Termin płatności: 14 dni (2026-12-11)', 2.65, 49.93),
  w(17.2, 138.2, 'Numer konta: 12 1240 4432 1111 0010 8840 2217 (Pekao', 2.65, 74.87),
  w(17.2, 141.1, 'SA)', 2.65, 4.44),
  w(124.3, 124.6, 'Wartość', 2.47, 11.32), w(128.1, 127.6, 'netto', 2.47, 7.49), w(141.3, 124.6, 'Stawka', 2.47, 10.21), w(146.4, 127.6, 'VAT', 2.47, 5.14),
  w(155.5, 124.6, 'Kwota VAT', 2.47, 14.74), w(180.2, 124.6, 'Wartość', 2.47, 11.32), w(182.8, 127.6, 'brutto', 2.47, 8.80),
  w(98.5, 131.6, 'W tym', 4.23, 13.82), w(132.9, 131.6, '1', 4.23, 2.69), w(120.8, 136.6, '538,40', 4.23, 14.81),
  w(144.8, 131.6, '5%', 4.23, 6.72), w(158.1, 131.6, '76,92', 4.23, 12.12), w(172.7, 131.6, '1 615,32', 4.23, 18.85),
  w(120.8, 143.0, '652,00', 4.23, 14.81), w(142.1, 143.0, '23%', 4.23, 9.41), w(155.4, 143.0, '149,96', 4.23, 14.81), w(176.7, 143.0, '801,96', 4.23, 14.81),
  w(120.8, 149.3, '450,00', 4.23, 14.81), w(145.8, 149.3, 'zw', 4.23, 5.68), w(160.8, 149.3, '0,00', 4.23, 9.43), w(176.7, 149.3, '450,00', 4.23, 14.81),
  w(98.5, 155.7, 'Razem', 4.23, 15.86), w(153.9, 155.7, '226,88', 4.23, 16.34),
  ...(razemWrapped
    ? [w(132.6, 155.7, '2', 4.23, 2.95), w(119.2, 160.7, '640,40', 4.23, 16.34), w(188.6, 155.7, '2', 4.23, 2.95), w(175.2, 160.7, '867,28', 4.23, 16.34)]
    : [w(116.3, 155.7, '2 640,40', 4.23, 19.25), w(172.3, 155.7, '2 867,28', 4.23, 19.25)]),
  w(16.1, 169.6, 'Razem do zapłaty: 2 867,28 PLN', 3.53, 64.18),
  w(16.1, 173.8, 'Słownie: dwa tysiące osiemset sześćdziesiąt siedem złotych 28/100', 2.82, 88.00),
];

describe('a rate summary with a figure wrapped at its thousands', () => {
  it('reads no totals table from its first row', () => {
    for (const razemWrapped of [true, false]) {
      const inv = parseWesternInvoiceText(page([...head, ...summary(razemWrapped)]));
      expect(inv.totalAmount).toBe(2867.28);
      expect([inv.amount, inv.taxAmount]).toEqual([2640.4, 226.88]);
    }
  });
});
