/**
 * An item table whose headers wrap onto a second row ("Cena" over "netto", "Wartość" over "netto", "Stawka" over
 * "VAT"), its rows set close under it, as a page printed on smaller paper sets them: the second row's "netto" reads
 * as a net label with no figure of its own, and the item row under it was asked for one. Its rate cell ("5%",
 * "23%"), right of the label and under no header of the label's row, was read as the net, the tax taken as the
 * total less it (status ok: the two added up). A rate is no amount. (The recapitulation's headers wrapped too, so no
 * totals table of one header row reads the totals over it.)
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });

interface Variant {
  /** The item table's headers: first row, then the second, each [x, text]. */
  head: Array<[number, string]>;
  wrap: Array<[number, string]>;
  /** Each item: its cells [x, text]. */
  items: Array<Array<[number, string]>>;
  /** The recapitulation under the items: rows of [x, text]. */
  recap: Array<Array<[number, string]>>;
  due: [string, string];
  /** How far under the headers' second row the first item row stands (mm). */
  gap: number;
}

const bill = (v: Variant) => {
  const draws: Draw[] = [
    d(22, 12, 'Papiernik Sp. z o.o.'), d(135, 12, 'Data wystawienia: 2026-11-13'),
    d(70, 28, 'Faktura VAT nr FV/2026/11/0412'),
    d(22, 40, 'Sprzedawca'), d(110, 40, 'Nabywca'),
    d(22, 45, 'Papiernik Sp. z o.o.'), d(110, 45, 'Kreska Studio Sp. z o.o.'),
    d(22, 50, 'ul. Składowa 14, 61-888 Poznań'), d(110, 50, 'ul. Długa 5/3, 31-147 Kraków'),
    d(22, 55, 'NIP 7792418830'), d(110, 55, 'NIP 6762299104'),
  ];
  const y0 = 66;
  for (const [x, t] of v.head) draws.push(d(x, y0, t));
  for (const [x, t] of v.wrap) draws.push(d(x, y0 + 4.5, t));
  let y = y0 + 4.5 + v.gap;
  for (const row of v.items) {
    for (const [x, t] of row) draws.push(d(x, y, t));
    y += 5.5;
  }
  y += 5;
  for (const row of v.recap) {
    for (const [x, t] of row) draws.push(d(x, y, t));
    y += 5;
  }
  draws.push(d(22, y + 6, v.due[0]), d(60, y + 6, v.due[1]));
  return parseWesternInvoiceText(toPageText(draws, 210, 279));
};

const POLISH: Variant = {
  head: [[22, 'Lp.'], [30, 'Nazwa towaru'], [88, 'Ilość'], [112, 'Cena'], [140, 'Wartość'], [170, 'Stawka']],
  wrap: [[112, 'netto'], [142, 'netto'], [173, 'VAT']],
  items: [
    [[22, '1'], [30, 'Atlas typografii'], [92, '2'], [116, '84,76'], [150, '169,52'], [184, '5%']],
    [[22, '2'], [30, 'Papier A4 80 g'], [92, '4'], [116, '89,00'], [150, '356,00'], [182, '23%']],
    [[22, '3'], [30, 'Wysyłka kurierem'], [92, '1'], [116, '16,26'], [153, '16,26'], [182, '23%']],
  ],
  recap: [
    [[100, 'Stawka'], [121, 'Wartość'], [148, 'Kwota'], [171, 'Wartość']],
    [[124, 'netto'], [151, 'VAT'], [173, 'brutto']],
    [[100, '5%'], [128, '169,52'], [155, '8,48'], [178, '178,00']],
    [[100, '23%'], [128, '372,26'], [153, '85,62'], [178, '457,88']],
    [[100, 'Razem'], [128, '541,78'], [153, '94,10'], [178, '635,88']],
  ],
  due: ['Do zapłaty:', '635,88 PLN'],
  gap: 4,
};

describe('a wrapped item header\'s "netto" over an item row', () => {
  it('takes no rate cell of the row for the net: the totals are the recapitulation\'s', () => {
    for (const gap of [4, 4.3, 5]) {
      const inv = bill({ ...POLISH, gap });
      expect([inv.amount, inv.taxAmount, inv.totalAmount], `rows ${gap} mm under the header`).toEqual([541.78, 94.1, 635.88]);
    }
  });

  it('nor a discount\'s rate before the item\'s ("Rabat" over "5,00%")', () => {
    const inv = bill({
      ...POLISH,
      head: [[22, 'Lp'], [30, 'Nazwa'], [70, 'Ilość'], [84, 'Cena przed'], [110, 'Rabat'], [128, 'Cena'], [148, 'Stawka'], [171, 'Wartość']],
      wrap: [[86, 'rabatem'], [128, 'netto'], [175, 'netto']],
      items: [
        [[22, '1'], [30, 'Farba biała 10 l'], [74, '30'], [92, '189,00'], [112, '5,00%'], [130, '179,55'], [156, '23%'], [172, '5 386,50']],
        [[22, '2'], [30, 'Grunt 5 l'], [74, '20'], [94, '74,50'], [112, '5,00%'], [132, '70,78'], [156, '23%'], [172, '1 415,60']],
      ],
      recap: [
        [[61, 'Stawka'], [104, 'Wartość'], [135, 'Wartość'], [172, 'Wartość']],
        [[106, 'netto'], [139, 'VAT'], [174, 'brutto']],
        [[61, '23%'], [104, '6 802,10'], [135, '1 564,48'], [172, '8 366,58']],
        [[61, 'Razem:'], [104, '6 802,10'], [135, '1 564,48'], [172, '8 366,58']],
      ],
      due: ['Razem do zapłaty:', '8 366,58 PLN'],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([6802.1, 1564.48, 8366.58]);
  });

  it('in German too ("Einzelpreis" over "netto", the rate at the row\'s end)', () => {
    const inv = bill({
      head: [[22, 'Pos.'], [30, 'Bezeichnung'], [88, 'Menge'], [110, 'Einzelpreis'], [140, 'Gesamt'], [170, 'USt.']],
      wrap: [[110, 'netto'], [144, 'netto'], [170, 'Satz']],
      items: [
        [[22, '1'], [30, 'Kopierpapier A4'], [92, '10'], [116, '4,50'], [148, '45,00'], [180, '19 %']],
        [[22, '2'], [30, 'Fachbuch Satz'], [92, '1'], [114, '32,00'], [148, '32,00'], [182, '7 %']],
      ],
      recap: [
        [[100, 'Satz'], [121, 'Betrag'], [148, 'Betrag'], [171, 'Betrag']],
        [[124, 'netto'], [151, 'USt.'], [173, 'brutto']],
        [[100, '7 %'], [128, '32,00'], [155, '2,24'], [178, '34,24']],
        [[100, '19 %'], [128, '45,00'], [155, '8,55'], [178, '53,55']],
        [[100, 'Summe'], [128, '77,00'], [153, '10,79'], [178, '87,79']],
      ],
      due: ['Zu zahlen:', '87,79 EUR'],
      gap: 4,
    });
    expect(inv.amount).not.toBe(19);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([77, 10.79, 87.79]);
  });
});
