/**
 * A Polish KSeF invoice's visualisation (FA(3)): the parties headed "Podmiot1 (Sprzedawca)" and "Podmiot2 (Nabywca)",
 * each named on a "Nazwa:" row, and every label followed by its field's code ("Kwota należności ogółem (P_15):",
 * "23% (P_13_1 / P_14_1)"): the codes are no part of a label, the headings name the parties.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const S = 4.2;
const inv = parseWesternInvoiceText(toPageText([
  d(17, 17, 'Krajowy System e-Faktur · Wizualizacja faktury FA(3)', 2.5), d(17, 20, 'Faktura podstawowa', 4.9),
  d(17, 25, 'Numer faktury: 2026/11/WD/0118', 3.2),
  d(19, 37.6, 'Podmiot1 (Sprzedawca)', S), d(107, 37.6, 'Podmiot2 (Nabywca)', S),
  d(19, 44, 'NIP: 5213447188', S), d(107, 44, 'NIP: 7251180447', S),
  d(19, 49, 'Nazwa: Drukarnia Mazowsze Sp. z o.o.', S), d(107, 49, 'Nazwa: Uniwersytet Łódzki', S),
  d(19, 54, 'Adres: ul. Prosta 4, 00-838 Warszawa', S), d(107, 54, 'Adres: ul. Narutowicza 68, 90-136 Łódź', S),
  d(19, 73.6, 'Data wystawienia (P_1)', S), d(71, 73.6, '2026-11-24', S), d(99, 73.6, 'Kod waluty', S), d(145, 73.6, 'PLN', S),
  d(19, 90.8, 'Nazwa (P_7)', S), d(80, 90.8, 'Ilość', S), d(138, 90.8, 'Stawka', S), d(172, 90.8, 'Wartość', S),
  d(75, 95.8, '(P_8B)', S), d(140, 95.8, '(P_12)', S), d(162, 95.8, 'netto (P_11)', S),
  d(19, 102, 'Broszury', S), d(85, 102, '500', S), d(145, 102, '23 %', S), d(173, 102, '1 000,00', S),
  d(19, 108, 'Książki', S), d(85, 108, '20', S), d(147, 108, '5 %', S), d(177, 108, '400,00', S),
  d(66, 135.5, 'Podsumowanie stawek', S), d(123, 135.5, 'Kwota netto', S), d(155, 135.5, 'Kwota podatku', S),
  d(66, 141.8, '23% (P_13_1 / P_14_1)', S), d(134, 141.8, '1 000,00', S), d(177, 141.8, '230,00', S),
  d(66, 148.2, '5% (P_13_3 / P_14_3)', S), d(138, 148.2, '400,00', S), d(179, 148.2, '20,00', S),
  d(17, 158, 'Kwota należności ogółem (P_15): 1 650,00 PLN', 3.2),
], 210, 297));

describe('a KSeF visualisation', () => {
  it('names the parties under "Podmiot1 (Sprzedawca)" and "Podmiot2 (Nabywca)"', () => {
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Drukarnia Mazowsze Sp. z o.o.', 'Uniwersytet Łódzki']);
  });

  it('reads the total after its field\'s code', () => {
    expect(inv.totalAmount).toBe(1650);
  });

  it('reads net and tax from the summary by rate headed "Podsumowanie stawek"', () => {
    expect([inv.amount, inv.taxAmount]).toEqual([1400, 250]);
  });
});
