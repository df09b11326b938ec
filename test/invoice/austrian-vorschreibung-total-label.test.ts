/**
 * An Austrian "Vorschreibung" (a leasing instalment, a service charge, a premium prescribed for its due date): its
 * total's label is "Vorschreibungsbetrag", the amount prescribed, as a Rechnung's is "Rechnungsbetrag"; on the
 * supplier invoice of supplier-bill.ts, in generated variants.
 */
import { describe, expect, it } from 'vitest';
import { read } from './supplier-bill.js';

describe('"Vorschreibungsbetrag" labels the total', () => {
  it('its figure is the total, with or without a currency before it', () => {
    for (const [label, figure, total] of [
      ['Vorschreibungsbetrag', 'EUR 634,68', 634.68],
      ['Vorschreibungsbetrag:', '1.218,40', 1218.4],
      ['Vorschreibungsbetrag EUR', '96,00', 96],
    ] as Array<[string, string, number]>) {
      const inv = read({ title: 'Vorschreibung Leasingentgelt Dezember 2026', info: [['Vorschreibung Nr.', 'LV-26-1204'], ['Datum', '16.11.2026']], totals: [[label, figure]] });
      expect(inv.totalAmount).toBe(total);
    }
  });
});
