/**
 * An airline's invoice prints the ticket's issue date ("Ausstellungsdatum Ticket") above the invoice's own
 * ("Rechnungsdatum"): a date of another document. A German airline's invoice of the 129th batch read the
 * ticket's date, flagged.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (label: string) => toPageText([
  d(15, 14, 'ALPENFLUG', 6), d(15, 21, 'Alpenflug Luftverkehrs AG · Flughafenstraße 100 · 85356 München'),
  d(15, 34, 'Vertriebsbüro Nordlicht GmbH'), d(15, 39, 'Am Sandtorkai 27'), d(15, 44, '20457 Hamburg'),
  d(110, 34, 'Rechnung Nr.'), d(150, 34, 'DE25-8811-047730'), d(110, 39, 'Ticketnummer'), d(150, 39, '220-2418846613'),
  d(110, 44, label), d(160, 44, '02.11.2025'), d(110, 49, 'Rechnungsdatum'), d(160, 49, '03.11.2025'),
  d(15, 100, 'Summe netto'), d(160, 100, '314,31'), d(15, 105, 'USt 19 %'), d(160, 105, '50,73'),
  d(15, 110, 'Gesamtbetrag'), d(160, 110, '365,04'),
], 210, 297);

describe("another document's issue date", () => {
  it("gives way to the invoice's date", () => {
    for (const label of ['Ausstellungsdatum Ticket', 'Ausstellungsdatum des Tickets', 'Ausstellungsdatum Lieferschein']) {
      expect(parseWesternInvoiceText(page(label)).date, label).toBe('2025-11-03');
    }
  });
});
