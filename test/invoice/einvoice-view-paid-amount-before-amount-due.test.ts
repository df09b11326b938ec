/**
 * An e-invoice view's totals end with the amount paid before and the amount due (EN 16931 BT-113, BT-115:
 * "Gesamtbetrag mit USt 2.336,98" / "Gezahlter Betrag 500,00" / "Fälliger Betrag 1.836,98 EUR"): the invoice's total
 * is the gross above the payment (the 146th and 151st batches' ZUGFeRD and XRechnung views read the amount due). An
 * allowance the view calls "Abschlag" with its reason ("Abschlag | Projektrabatt 3 % | -59,35") is a discount, no
 * payment deducted.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

/** A text item with the width the printed face gives it. */
const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const view = page([
  w(16.8, 16.6, 'Rechnung', 4.36, 24.45),
  w(16.8, 22.0, 'Darstellung einer ZUGFeRD-Rechnung (Pro', 2.04, 43.55),
  w(60.4, 22.0, 'fi', 2.04, 1.28),
  w(61.7, 22.0, 'l EXTENDED) · Dokumenttyp 380', 2.04, 33.43),
  w(53.2, 28.2, 'Verkäufer', 3.49, 19.37),
  w(126.7, 28.2, 'Käufer', 3.49, 13.15),
  w(17.9, 33.4, 'Name', 3.49, 10.30),
  w(53.2, 33.4, 'Thermotec Regelungsbau GmbH', 3.49, 56.77),
  w(126.7, 33.4, 'Haustechnik Albrecht & Söhne KG', 3.49, 59.30),
  w(17.9, 38.6, 'Kontakt', 3.49, 13.36),
  w(53.2, 38.6, 'Vertriebsinnendienst, Frau Lea Strobl', 3.49, 64.55),
  w(126.7, 38.6, 'Einkauf, Herr Dominik Albrecht', 3.49, 53.92),
  w(17.9, 43.9, 'Straße', 3.49, 11.50),
  w(53.2, 43.9, 'Gewerbering 14', 3.49, 28.04),
  w(126.7, 43.9, 'Am Anger 3', 3.49, 20.63),
  w(17.9, 49.1, 'PLZ / Ort', 3.49, 15.39),
  w(53.2, 49.1, '93055 Regensburg', 3.49, 33.04),
  w(126.7, 49.1, '94032 Passau', 3.49, 24.29),
  w(17.9, 54.3, 'Land', 3.49, 8.51),
  w(53.2, 54.3, 'DE', 3.49, 4.89),
  w(126.7, 54.3, 'DE', 3.49, 4.89),
  w(17.9, 59.6, 'USt-IdNr.', 3.49, 15.48),
  w(53.2, 59.6, 'DE294471023', 3.49, 24.88),
  w(126.7, 59.6, 'DE131884402', 3.49, 24.88),
  w(17.9, 67.4, 'Rechnungsnummer', 3.49, 37.97),
  w(57.9, 67.4, 'Rechnungsdatum', 3.49, 34.28),
  w(94.1, 67.4, 'Leistungszeitraum', 3.49, 36.54),
  w(132.6, 67.4, 'Käuferreferenz', 3.49, 29.73),
  w(164.3, 67.4, 'Bestellnummer', 3.49, 29.87),
  w(17.9, 72.7, 'TR-25-03318', 3.49, 22.48),
  w(57.9, 72.7, '26.11.2025', 3.49, 19.98),
  w(94.1, 72.7, '10.11.2025 –', 3.49, 22.84),
  w(94.1, 76.8, '14.11.2025', 3.49, 19.98),
  w(132.6, 72.7, '04-7711-2025', 3.49, 24.73),
  w(164.3, 72.7, 'B-55120', 3.49, 14.76),
  w(17.9, 84.9, 'Pos.', 3.49, 8.36),
  w(28.2, 84.9, 'Art.-Nr.', 3.49, 14.34),
  w(46.4, 84.9, 'Bezeichnung', 3.49, 25.13),
  w(105.8, 84.9, 'Menge', 3.49, 13.19),
  w(121.0, 84.9, 'Einheit', 3.49, 13.78),
  w(136.7, 84.9, 'Preis', 3.49, 9.92),
  w(150.9, 84.9, 'Rabatt', 3.49, 13.23),
  w(166.1, 84.9, 'USt', 3.49, 7.02),
  w(176.9, 84.9, 'Netto', 3.49, 11.02),
  w(17.9, 90.1, '1', 3.49, 2.22),
  w(28.2, 90.1, 'WS-2204', 3.49, 15.81),
  w(46.4, 90.1, 'Wärmepumpen-Steuerung WPS', 3.49, 55.00),
  w(46.4, 94.3, '4', 3.49, 2.22),
  w(116.8, 90.1, '2', 3.49, 2.22),
  w(121.0, 90.1, 'H87', 3.49, 7.07),
  w(136.7, 90.1, '612,00', 3.49, 12.21),
  w(157.5, 90.1, '5 %', 3.49, 6.65),
  w(170.5, 90.1, '19', 3.49, 4.44),
  w(171.6, 94.3, '%', 3.49, 3.32),
  w(176.9, 90.1, '1.162,80', 3.49, 15.54),
  w(17.9, 99.5, '2', 3.49, 2.22),
  w(28.2, 99.5, 'KB-110', 3.49, 12.61),
  w(46.4, 99.5, 'Kabelbaum Steuerleitung 10 m', 3.49, 54.46),
  w(116.8, 99.5, '6', 3.49, 2.22),
  w(121.0, 99.5, 'H87', 3.49, 7.07),
  w(139.0, 99.5, '38,40', 3.49, 9.99),
  w(157.5, 99.5, '0 %', 3.49, 6.65),
  w(170.5, 99.5, '19', 3.49, 4.44),
  w(171.6, 103.7, '%', 3.49, 3.32),
  w(180.2, 99.5, '230,40', 3.49, 12.21),
  w(17.9, 108.9, '3', 3.49, 2.22),
  w(28.2, 108.9, 'DL-', 3.49, 5.83),
  w(28.2, 113.0, 'MONT', 3.49, 10.50),
  w(46.4, 108.9, 'Montagestunden Techniker', 3.49, 47.01),
  w(113.5, 108.9, '7,5', 3.49, 5.55),
  w(121.0, 108.9, 'HUR', 3.49, 7.60),
  w(139.0, 108.9, '78,00', 3.49, 9.99),
  w(157.5, 108.9, '0 %', 3.49, 6.65),
  w(170.5, 108.9, '19', 3.49, 4.44),
  w(171.6, 113.0, '%', 3.49, 3.32),
  w(180.2, 108.9, '585,00', 3.49, 12.21),
  w(17.9, 120.9, 'Zu-/Abschlag', 3.49, 25.62),
  w(45.5, 120.9, 'Grund', 3.49, 12.05),
  w(87.7, 120.9, 'USt', 3.49, 7.02),
  w(98.5, 120.9, 'Betrag', 3.49, 13.27),
  w(17.9, 126.1, 'Abschlag', 3.49, 15.88),
  w(45.5, 126.1, 'Projektrabatt 3 %', 3.49, 30.47),
  w(87.7, 126.1, '19 %', 3.49, 8.87),
  w(100.5, 126.1, '-59,35', 3.49, 11.25),
  w(17.9, 131.4, 'Zuschlag', 3.49, 15.88),
  w(45.5, 131.4, 'Fracht und Verpackung', 3.49, 40.21),
  w(87.7, 131.4, '19 %', 3.49, 8.87),
  w(101.8, 131.4, '45,00', 3.49, 9.99),
  w(109.1, 139.2, 'Summe der Positionen', 3.49, 39.34),
  w(176.9, 139.2, '1.978,20', 3.49, 15.54),
  w(109.1, 144.4, 'Summe der Abschläge', 3.49, 39.42),
  w(182.4, 144.4, '59,35', 3.49, 9.99),
  w(109.1, 149.7, 'Summe der Zuschläge', 3.49, 39.42),
  w(182.4, 149.7, '45,00', 3.49, 9.99),
  w(109.1, 154.9, 'Gesamtbetrag ohne USt', 3.49, 42.16),
  w(176.9, 154.9, '1.963,85', 3.49, 15.54),
  w(109.1, 160.2, 'USt-Betrag (19 % auf 1.963,85)', 3.49, 55.02),
  w(180.2, 160.2, '373,13', 3.49, 12.21),
  w(109.1, 165.4, 'Gesamtbetrag mit USt', 3.49, 44.03),
  w(175.2, 165.4, '2.336,98', 3.49, 17.22),
  w(109.1, 170.6, 'Gezahlter Betrag', 3.49, 29.77),
  w(180.2, 170.6, '500,00', 3.49, 12.21),
  w(109.1, 175.9, 'Fälliger Betrag', 3.49, 29.20),
  w(166.1, 175.9, '1.836,98 EUR', 3.49, 26.35),
  w(16.8, 183.0, 'Zahlungsbedingungen: 14 Tage netto, fällig am 10.12.2025. IBAN DE27 7505 0000 0026 6120 44.', 2.04, 100.02),
]);

describe('an e-invoice view with a paid amount and an amount due', () => {
  it('reads the gross above the payment as the total', () => {
    const inv = parseWesternInvoiceText(view);
    expect(inv.totalAmount).toBe(2336.98);
    expect(inv.amount).toBe(1963.85);
    expect(inv.taxAmount).toBe(373.13);
  });
});
