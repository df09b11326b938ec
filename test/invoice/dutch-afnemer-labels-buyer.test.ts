/**
 * A Dutch rendering of a Peppol e-invoice heads its parties' boxes "Leverancier" and "Afnemer" (the Dutch
 * word for the buyer in UBL and Peppol texts): "Afnemer" labels the buyer's block, it is no name. The
 * 125th batch's Peppol rendering as a browser printed it (its buyer read as "Afnemer").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = [
  d(16, 16, 'Peppol BIS Billing 3.0 · weergave van een e-factuur · documenttype 380', 2.5),
  d(18, 24, 'Leverancier'), d(108, 24, 'Afnemer'),
  d(18, 29, 'Datastroom Analytics B.V.'), d(108, 29, 'Nordlicht Versandhandel GmbH'),
  d(18, 34, 'Stationsplein 45'), d(108, 34, 'Überseetor 20'),
  d(18, 39, "5211 AP 's-Hertogenbosch"), d(108, 39, '28217 Bremen'),
  d(18, 44, 'BTW-nummer: NL862214470B01'), d(108, 44, 'BTW-nummer: DE 304 118 772'),
  d(18, 60, 'Factuurnummer'), d(60, 60, 'DSA-2025-1187'), d(100, 60, 'Factuurdatum'), d(140, 60, '2025-11-18'),
  d(18, 80, 'Artikel'), d(170, 80, 'Regelbedrag'), d(18, 86, 'Platformlicentie Analytics Pro'), d(176, 86, '3.900,00'),
  d(108, 110, 'Totaal excl. btw'), d(176, 110, '3.900,00'), d(108, 115, 'Totaal btw'), d(180, 115, '0,00'),
  d(108, 120, 'Te betalen bedrag'), d(176, 120, '3.900,00'),
];

describe('"Afnemer" over a party’s block', () => {
  it('labels the buyer', () => {
    const inv = parseWesternInvoiceText(toPageText(page, 210, 297));
    expect(inv.buyer.name).toBe('Nordlicht Versandhandel GmbH');
    expect(inv.seller.name).toBe('Datastroom Analytics B.V.');
  });
});
