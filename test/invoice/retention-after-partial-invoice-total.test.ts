/**
 * A builder's partial invoice deducts a retention after its gross ("Teilrechnungsbetrag brutto 17.280,00" / "abzgl.
 * 3 % Haftrücklass -518,40" / "Zahlbetrag 16.761,60"): the retention is kept back from the total, not part of it;
 * the total is the gross above it (the 155th batch's Austrian partial invoice read the amount to pay, named).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const partial = page([
  w(18.3, 17.5, 'GRUBER', 5.29, 24.44),
  w(18.3, 24.0, 'Haustechnik · Heizung · Sanitär · Lüftung', 2.47, 50.62),
  w(158.9, 17.6, 'Haustechnik Gruber GmbH', 2.47, 33.20),
  w(157.4, 20.6, 'Linzer Straße 74, 4600 Wels', 2.47, 34.72),
  w(151.9, 23.5, 'UID ATU64471182 · FN 344718 t', 2.47, 40.17),
  w(18.3, 35.7, 'Gemeinnützige Wohnbau Traunviertel eGen', 4.23, 92.39),
  w(18.3, 40.7, 'Abteilung Technik', 4.23, 37.39),
  w(18.3, 45.8, 'Stadtplatz 18', 4.23, 28.36),
  w(18.3, 50.8, '4400 Steyr', 4.23, 23.32),
  w(18.3, 55.8, 'UID ATU18447120', 4.23, 38.75),
  w(115.0, 35.7, 'Rechnung Nr.: 2025-TR-0447', 4.23, 60.65),
  w(115.0, 40.7, 'Rechnungsdatum: 28.11.2025', 4.23, 64.07),
  w(115.0, 45.8, 'Bauvorhaben: Wohnanlage', 4.23, 57.20),
  w(115.0, 50.8, 'Ennsleite, Bauteil B', 4.23, 41.21),
  w(115.0, 55.8, 'Leistungszeitraum: 01.10.–', 4.23, 57.35),
  w(115.0, 60.9, '21.11.2025', 4.23, 24.24),
  w(17.2, 72.5, '2. Teilrechnung', 4.23, 36.68),
  w(18.3, 79.9, 'Auftragssumme netto lt. Auftrag vom', 4.23, 79.28),
  w(18.3, 84.9, '12.05.2025', 4.23, 24.24),
  w(117.8, 79.9, '48.000,00', 4.23, 21.54),
  w(18.3, 91.0, 'Leistungsstand 60 %', 4.23, 44.12),
  w(117.8, 91.0, '28.800,00', 4.23, 21.54),
  w(18.3, 97.1, 'abzüglich bisher verrechnet (1. Teilrechnung', 4.23, 94.21),
  w(18.3, 102.1, '2025-TR-0391)', 4.23, 31.22),
  w(116.2, 97.1, '-14.400,00', 4.23, 23.07),
  w(97.4, 112.4, 'Teilrechnungsbetrag', 4.23, 49.07),
  w(97.4, 117.5, 'netto', 4.23, 12.84),
  w(182.5, 112.4, 'EUR', 4.23, 9.59),
  w(168.3, 117.5, '14.400,00', 4.23, 23.84),
  w(97.4, 123.6, 'zzgl. 20 % USt', 4.23, 30.54),
  w(163.2, 123.6, 'EUR 2.880,00', 4.23, 28.91),
  w(97.4, 129.6, 'Teilrechnungsbetrag', 4.23, 49.07),
  w(97.4, 134.7, 'brutto', 4.23, 15.09),
  w(182.5, 129.6, 'EUR', 4.23, 9.59),
  w(168.3, 134.7, '17.280,00', 4.23, 23.84),
  w(97.4, 140.8, 'abzgl. 3 % Haftrücklass', 4.23, 49.70),
  w(165.7, 140.8, 'EUR -518,40', 4.23, 26.40),
  w(97.4, 146.8, 'Zahlbetrag', 4.23, 26.29),
  w(182.5, 146.8, 'EUR', 4.23, 9.59),
  w(168.3, 151.9, '16.761,60', 4.23, 23.84),
  w(17.2, 160.5, 'Zahlbar innerhalb 30 Tagen ohne Abzug auf AT61 2032 0032 0044 7118.', 3.00, 109.36),
]);

describe('a retention deducted after a partial invoice total', () => {
  it('reads the gross above the retention as the total', () => {
    const inv = parseWesternInvoiceText(partial);
    expect(inv.amount).toBe(14400);
    expect(inv.taxAmount).toBe(2880);
    expect(inv.totalAmount).toBe(17280);
  });
});
