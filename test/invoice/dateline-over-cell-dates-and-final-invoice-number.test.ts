/**
 * Dates and a number the 166th-170th batches read wrong: a letter's dateline ("Neuchâtel, le 26.11.2025") is the
 * invoice's date before a "du" inside a cell that dates something else ("Acompte du 15.09.2025"); a date whose row
 * goes on with another date's label ("Datum 27.11.2025  Zahlbar bis 27.12.2025") is the page's own date, not in
 * doubt; "Facture finale n°" and "Facture de solde n°" label the number.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { printedOnlyAsOtherDate } from '../../src/invoice/receipt/dates.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const letter = (seller: string, buyer: string[], title: TextItem[], totals: [string, string][]) => page([
  w(17.2, 14, seller, 5.3, 60), w(17.2, 21, 'Rue du Marché 4 · 1204 Genève · CHE-107.118.447 TVA', 2.47, 80),
  ...buyer.map((t, k) => w(106.1, 40 + 5.03 * k, t, 4.23, t.length * 2.1)),
  ...title,
  ...totals.flatMap(([label, value], k) => [w(110, 120 + 6 * k, label, 4.23, 30), w(175, 120 + 6 * k, value, 4.23, 16)]),
]);

describe('a dateline over dates in cells, a final invoice\'s number', () => {
  it('takes the dateline, not an advance\'s "du" date in the totals', () => {
    const inv = parseWesternInvoiceText(letter('Menuiserie Favre SA', ['Fondation Les Cèdres', 'Route de Chêne 8', '1208 Genève'], [
      w(17.2, 70, 'Facture finale n° 25-0318', 5.3, 60),
      w(17.2, 77, 'Genève, le 21.11.2025 · Votre commande du 02.06.2025', 4.23, 90),
    ], [['Total HT', "10'000.00"], ['TVA 8.1 %', '810.00'], ['Total TTC', "10'810.00"], ['Acompte du 15.09.2025', "-4'000.00"], ['Solde à payer CHF', "6'810.00"]]));
    expect(inv.date).toBe('2025-11-21');
    expect(inv.number).toBe('25-0318');
  });

  it('control: a heading\'s period after a comma is no dateline', () => {
    const inv = parseWesternInvoiceText(letter('Brightline Energy Ltd', ['Harbour Bakery Ltd', '4 Dock Street', 'Bristol BS1 4QA'], [
      w(120, 26, 'Bill date: 12 October 2025', 4.23, 50), w(120, 31, 'Account number 0044719', 4.23, 50),
      w(17.2, 90, 'Your gas charges, 10 Sep 2025 – 9 Oct 2025', 4.23, 80),
    ], [['Total charges before VAT', '£200.00'], ['VAT at 5%', '£10.00'], ['Total charges this period', '£210.00']]));
    expect(inv.date).toBe('2025-10-12');
  });

  it('reads "Facture de solde n°" as the number\'s label', () => {
    const inv = parseWesternInvoiceText(letter('Menuiserie Favre SA', ['SCI Les Tilleuls', 'Route de Chêne 8', '1208 Genève'], [
      w(17.2, 70, 'Facture de solde n° FS-2025-0042', 5.3, 70), w(17.2, 77, 'Date : 21/11/2025', 4.23, 30),
    ], [['Total HT', "10'000.00"], ['TVA 8.1 %', '810.00'], ['Total TTC', "10'810.00"]]));
    expect(inv.number).toBe('FS-2025-0042');
  });

  it('keeps a date beside a due date\'s label on its row as the page\'s own', () => {
    // The row as the page prints it: the issue date, then the due date's label and value.
    expect(printedOnlyAsOtherDate(['Rechnung Nr. 250-0411  Kunden-Nr. 3301', 'Datum 24.11.2025  Zahlbar bis 24.12.2025'], '2025-11-24')).toBe(false);
    // Control: a date printed only after an expiry's label is another date than the page's.
    expect(printedOnlyAsOtherDate(['Gutschein Nr. 4471', 'Gültig bis 24.11.2025'], '2025-11-24')).toBe(true);
  });
});
