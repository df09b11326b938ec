/**
 * A freelancer's invoice (§ 19 UStG, no VAT) sets the customer under "Rechnungsempfänger" and, beside it,
 * where the work was done under "Leistungsort": that heading names a place, as "Lieferadresse" does, and
 * the block under "Rechnungsempfänger" is the buyer; the seller, a logo word and the owner in the footer
 * only, is not the customer's company. The 136th batch's sevDesk invoice as a browser printed it (its buyer
 * read as "Leistungsort", its seller as the customer's company).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (heading: string) => toPageText([
  d(18.3, 17.1, 'fotoklang', 7.76), d(151.4, 17.6, 'Hafenstraße 9 · 24937 Flensburg', 2.47),
  d(18.3, 37.7, 'Rechnungsempfänger', 2.47), d(72, 37.7, heading, 2.47),
  d(127.6, 38.1, 'Rechnungs-Nr.', 4.23), d(168, 38.1, '2025-0188', 4.23),
  d(18.3, 40.5, 'Nordlicht Events UG', 4.23), d(72, 40.5, 'Hotel Strandperle,', 4.23),
  d(127.6, 44.2, 'Kunden-Nr.', 4.23), d(180.3, 44.2, '1044', 4.23),
  d(18.3, 45.5, '(haftungsbeschränkt)', 4.23), d(72, 45.5, 'Saal 2', 4.23),
  d(18.3, 50.5, 'z. Hd. Frau Maren Kühl', 4.23), d(72, 50.5, 'Strandweg 3', 4.23),
  d(127.6, 50.3, 'Rechnungsdatum', 4.23), d(166.8, 50.3, '26.11.2025', 4.23),
  d(18.3, 55.6, 'Große Straße 61', 4.23), d(72, 55.6, '24960 Glücksburg', 4.23),
  d(18.3, 60.6, '24937 Flensburg', 4.23),
  d(17, 74, 'Rechnung 2025-0188', 5.5),
  d(18, 94.5, 'Pos.', 4.23), d(32, 94.5, 'Beschreibung', 4.23), d(174, 94.5, 'Gesamt', 4.23),
  d(18, 101, '1', 4.23), d(32, 101, 'Fotobegleitung Firmenfeier', 4.23), d(173, 101, '570,00 €', 4.23),
  d(18, 107, '2', 4.23), d(32, 107, 'Bildbearbeitung pauschal', 4.23), d(173, 107, '180,00 €', 4.23),
  d(135, 122, 'Gesamtbetrag', 4.23), d(171, 122, '750,00 €', 4.23),
  d(17, 131, 'Gemäß § 19 UStG wird keine Umsatzsteuer berechnet.', 4.23),
  d(48, 152.5, 'Jonas Petersen · fotoklang · Hafenstraße 9 · 24937 Flensburg · Steuernummer 15/293/04471', 2.47),
], 210, 297);

describe('a heading of where the service was done beside the party billed', () => {
  it('is no buyer, and the customer is no seller', () => {
    const inv = parseWesternInvoiceText(page('Leistungsort'));
    expect(inv.buyer.name).toBe('Nordlicht Events UG (haftungsbeschränkt)');
    expect(inv.seller.name).not.toBe('Nordlicht Events UG (haftungsbeschränkt)');
    expect(inv.seller.name).not.toBe('Nordlicht Events UG');
  });
  it('reads as "Lieferadresse" does', () => {
    expect(parseWesternInvoiceText(page('Lieferadresse')).buyer.name).toBe('Nordlicht Events UG (haftungsbeschränkt)');
  });
});
