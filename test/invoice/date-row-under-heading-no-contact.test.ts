/**
 * A bill whose customer's block sits at the top right beside the letterhead, the left column in the window's band
 * holding the bill's heading over its period ("Stromrechnung" over "Abrechnungszeitraum 01.08.2025 –" over
 * "31.10.2025") and a meter row: the date alone is no contact row of a block (a phone's pattern reads it), so the
 * heading heads no block with the meter's row; the buyer is the block at the right. Generated variants of the
 * supplier invoice of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read } from './supplier-bill.js';

const page = (end: string) => read({
  letterhead: ['Stadtwerke Ahrtal GmbH', 'Bahnhofstraße 12 · 53474 Bad Neuenahr-Ahrweiler'],
  window: [],
  title: '',
  info: [],
  extra: [
    d(122, 18.5, 'Weinhaus Lenz e.K.'), d(122, 23.5, 'Inh. Martina Lenz'), d(122, 28.5, 'Marktplatz 4'), d(122, 33.5, '53506 Rech'),
    d(25, 57.5, 'Stromrechnung', 4.6), d(25, 63, 'Abrechnungszeitraum 01.08.2025 –'), d(25, 68, end), d(25, 73, 'Lieferstelle: Marktplatz 4, 53506 Rech'), d(25, 78, 'Zähler 1ESY1160447120'),
    d(119, 58, 'Rechnungsnummer'), d(163, 58, 'SA-2025-118204'), d(119, 69.5, 'Rechnungsdatum'), d(163, 69.5, '20.11.2025'),
  ],
});

describe('a date alone under a heading in the window\'s band', () => {
  it('is no contact row carrying the heading\'s block on', () => {
    for (const end of ['31.10.2025', '31/10/2025']) expect(page(end).buyer.name).toBe('Weinhaus Lenz e.K.');
  });
});
