/**
 * An e-invoice's rendering whose totals end with the amount paid in advance and the amount due ("Gesamtbetrag
 * mit USt (BT-112)" over "Vorausbezahlter Betrag (BT-113)" over "Fälliger Betrag (BT-115)", "Total TTC" over
 * "Montant déjà payé" over "Net à payer"): the payment is deducted; the invoice's total is the gross above it.
 * The 125th batch's XRechnung rendering as a browser printed it (its total read as the amount due), the
 * labels varied; the French labels were read right before, a control.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = ([net, tax, gross, paid, due]: string[]) => [
  d(17, 16, 'Rechnung / Facture', 5), d(17, 26, 'Rechnungsnummer: 2025-RE-00871'), d(17, 31, 'Rechnungsdatum: 21.11.2025'),
  d(17, 45, 'Vermessungsbüro Kessler & Rau GmbH'), d(17, 50, 'Lindenallee 12'), d(17, 55, '53773 Hennef'),
  d(107, 45, 'Stadt Bad Kreuzfeld'), d(107, 50, 'Rathausplatz 1'), d(107, 55, '53909 Bad Kreuzfeld'),
  d(17, 80, 'Bezeichnung'), d(170, 80, 'Netto'), d(17, 86, 'Vermessungsleistungen'), d(176, 86, '2.383,00'),
  d(107, 150, net), d(176, 150, '2.383,00'), d(107, 155, tax), d(179, 155, '442,45'),
  d(107, 160, gross), d(174, 160, '2.825,45'), d(107, 165, paid), d(179, 165, '500,00'), d(107, 170, due), d(174, 170, '2.325,45'),
];

describe('an amount paid in advance before the amount due', () => {
  it('is deducted: the total is the gross above it', () => {
    for (const labels of [
      ['Gesamtbetrag ohne USt (BT-109)', 'Summe USt (BT-110)', 'Gesamtbetrag mit USt (BT-112)', 'Vorausbezahlter Betrag (BT-113)', 'Fälliger Betrag (BT-115)'],
      ['Summe netto', 'Umsatzsteuer 19 %', 'Gesamtbetrag', 'Vorausbezahlter Betrag', 'Zahlbetrag'],
      ['Total HT', 'Total TVA', 'Total TTC', 'Montant déjà payé', 'Net à payer'],
    ]) {
      expect(parseWesternInvoiceText(toPageText(page(labels), 210, 297)).totalAmount, labels[3]).toBe(2825.45);
    }
  });
});
