/**
 * A buyer's label with the name and the address run on after it in one row, the street before its number as Europe
 * writes it ("Nabywca: Agencja Warta Digital S.A., ul. Garbary 100, 61-757 Poznań, NIP 7831184471"): the name is
 * what comes before the street, as it was when the street opened with its number ("Sold to: Acme Pty Ltd, 55 Baylis
 * Street, …"). (Before, no buyer was read.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const page = (label: string, row: string) => toPageText([
  d(18, 16, 'Faktura VAT nr FS/0112/11/2026'), d(127, 16, 'Data wystawienia: 2026-11-20'),
  d(17, 38, 'Sprzedawca:'), d(40, 38, 'Hurtownia Papiernicza Odra Sp. z o.o., ul. Długa 4, 50-001 Wrocław, NIP 8971184471'),
  d(17, 45, label), d(17 + label.length * 1.65 + 1, 45, row),
  d(21, 60, 'Nazwa towaru lub usługi'), d(170, 60, 'Wartość'),
  d(21, 66, 'Papier ksero A4'), d(170, 66, '1 000,00'),
  d(110, 80, 'Razem netto'), d(170, 80, '1 000,00'), d(110, 86, 'VAT 23%'), d(170, 86, '230,00'), d(110, 92, 'Do zapłaty'), d(170, 92, '1 230,00 zł'),
], 210, 297);

describe('a buyer label with name, street and number on one row', () => {
  it.each([
    ['Nabywca:', 'Agencja Warta Digital S.A., ul. Garbary 100, 61-757 Poznań, NIP 7831184471', 'Agencja Warta Digital S.A.'],
    ['Nabywca:', 'Drukarnia Kolor Sp. z o.o., Aleja Pokoju 18/4, 31-564 Kraków', 'Drukarnia Kolor Sp. z o.o.'],
  ])('%s %s', (label, row, name) => {
    expect(parseWesternInvoiceText(page(label, row)).buyer.name).toBe(name);
  });
});
