/**
 * An ERP's info box at the right of the address window: "Kunde" beside the customer's number printed in groups of
 * digits ("22 318"), then rows of the box ("Vertreter | 07 · B. Janssen", "Seite | 1 von 1"). The label names the
 * customer's number, no block of the buyer: the buyer is the window's; on the supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

describe('"Kunde" beside a customer number in groups in an info box', () => {
  it('the rows under it are the box\'s, the buyer is the window\'s', () => {
    for (const [customer, number, rows] of [
      ['Kunde', '22 318', [['Vertreter', '07 · B. Janssen'], ['Seite', '1 von 1']]],
      ['Kunde', '430 0217', [['Sachbearbeiter', 'Fr. Oltmanns'], ['Seite', '1']]],
      ['Kunde', '10 4471', [['Vertreter', 'H. Brandes · 12']]],
    ] as Array<[string, string, Array<[string, string]>]>) {
      const inv = read({
        letterhead: ['Gebr. Hollmann', 'Gastronomiebedarf OHG · seit 1962'],
        window: [],
        info: [['Beleg-Nr.', 'VR-26-14087'], ['Belegdatum', '27.11.2026'], [customer, number], ...rows],
        extra: [d(22, 42, 'Gebr. Hollmann OHG · Hafenstraße 41 · 26789 Leer', 2.3), ...['Landgasthof Zur Linde', 'Inh. Petra Sauer', 'Dorfstraße 3', '26831 Bunde'].map((row, i) => d(22, 48 + 4.5 * i, row, 4.2))],
      });
      expect(inv.buyer.name).toBe('Landgasthof Zur Linde');
    }
  });

  it('so it does with the value set right at the box\'s far edge', () => {
    const inv = read({
      letterhead: ['Gebr. Hollmann', 'Gastronomiebedarf OHG · seit 1962'],
      window: [], info: [],
      extra: [
        d(22, 42, 'Gebr. Hollmann OHG · Hafenstraße 41 · 26789 Leer', 2.3), ...['Landgasthof Zur Linde', 'Inh. Petra Sauer', 'Dorfstraße 3', '26831 Bunde'].map((row, i) => d(22, 48 + 4.5 * i, row, 4.2)),
        ...[['Beleg-Nr.', 'VR-26-14087'], ['Belegdatum', '27.11.2026'], ['Kunde', '22 318'], ['Vertreter', '07 · B. Janssen'], ['Seite', '1 von 1']].flatMap(([label, value], i) => [d(115.4, 46.8 + 6.1 * i, label!, 4.2), d(190 - 2.31 * value!.length, 46.8 + 6.1 * i, value!, 4.2)]),
      ],
    });
    expect(inv.buyer.name).toBe('Landgasthof Zur Linde');
  });
});
