/**
 * A Nordic or Baltic letterhead whose last row is the company's business id ("Y-tunnus 3104418-7", "Org.nr
 * 556812-4470", "CVR 41882719", "Registrikood 16284471") reaching into the window's band, the customer's block
 * lower down in smaller type, the company's name, id and bank in the footer: the id's row is a registration row, no row an address block opens with, so the
 * letterhead's town above it is no buyer. A Finnish credit note of the 120th batch as a browser printed it (its
 * buyer read as "00100 Helsinki"), its business id varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (id: string) => [
  d(17.5, 16.2, 'Toimistokaluste Virtanen', 4.93), d(17.5, 21.8, 'Oy', 4.93), d(17.5, 27.5, 'Mannerheimintie 12 B', 4.23),
  d(17.5, 32.5, '00100 Helsinki', 4.23), d(17.5, 37.6, id, 4.23),
  d(97, 16.3, 'HYVITYSLASKU', 4.58), d(98.3, 22.2, 'Hyvityslaskun', 4.23), d(147.3, 22.2, '250977', 4.23), d(98.3, 27.2, 'numero', 4.23),
  d(98.3, 33.3, 'Päivämäärä', 4.23), d(147.3, 33.3, '20.11.2025', 4.23), d(98.3, 39.4, 'Hyvitettävä lasku', 4.23), d(147.3, 39.4, '250934', 4.23),
  d(147.3, 44.4, '(12.11.2025)', 4.23), d(98.3, 50.5, 'Asiakasnumero', 4.23), d(147.3, 50.5, '3318', 4.23),
  d(16.1, 64.7, 'Lahden Tilitoimisto Oy', 3), d(16.1, 68.4, 'Aleksanterinkatu 19', 3), d(16.1, 72.1, '15110 Lahti', 3),
  d(17.5, 89.1, 'Tuote', 4.23), d(98.9, 89.1, 'Määrä', 4.23), d(174, 89.1, 'Veroton', 4.23),
  d(17.5, 95.5, 'Työtuoli Ergo 500, musta', 4.23), d(109.6, 95.5, '-2', 4.23), d(176.5, 95.5, '-378,00', 4.23),
  d(122.4, 112.7, 'Veroton yhteensä', 4.23), d(178.4, 112.7, '-378,00', 4.23), d(122.4, 118.8, 'ALV 25,5 %', 4.23), d(178.4, 118.8, '-96,39', 4.23),
  d(122.4, 124.8, 'Hyvitys yhteensä EUR', 4.23), d(176.6, 124.8, '-474,39', 4.23),
  // The footer's sender line, with the id again.
  d(16.1, 177.6, `Toimistokaluste Virtanen Oy · ${id} · ALV-rek. · Nordea FI40 1745 3000 1884 71`, 2.47),
];

describe("a business id ending the letterhead in the window's band", () => {
  it('reads the customer’s block under it', () => {
    for (const id of ['Y-tunnus 3104418-7', 'Org.nr 556812-4470', 'Organisasjonsnummer 923118445', 'CVR 41882719', 'Registrikood 16284471']) {
      expect(parseWesternInvoiceText(toPageText(page(id), 210, 297)).buyer.name, id).toBe('Lahden Tilitoimisto Oy');
    }
  });
});
