/**
 * A Swiss invoice ends with the QR-bill's receipt and payment part, which names the payer under "Zahlbar
 * durch" (a property manager's "… GmbH"): the payer's company there is no footer naming the seller, and
 * leaves the letterhead's company without a doubt. The 132nd batch's Swiss invoice as a browser printed it
 * (its seller flagged: "the letterhead names "Gerber Haustechnik AG", the footer "Immoverwaltung Käser GmbH"").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height: number) => ({ text, x, y, width, height, page: 1 });

const page: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("Rüfenacht Elektro AG", 18.3, 17.5, 69.7, 5.3),
      t("Thunstrasse 9 · 3074 Muri bei Bern", 18.3, 23.8, 80.8, 4.2),
      t("CHE-109.774.215 MWST", 18.3, 28.8, 51.7, 4.2),
      t("Stockwerkeigentümergemeinschaft", 109.3, 28.8, 75.1, 4.2),
      t("Lindenhof 2–4", 109.3, 33.9, 30.4, 4.2),
      t("c/o Liegenschaften Balmer GmbH", 109.3, 38.9, 71.4, 4.2),
      t("Kramgasse 40", 109.3, 43.9, 31.1, 4.2),
      t("3011 Bern", 109.3, 48.9, 22, 4.2),
      t("Rechnung 25-3318", 17.2, 62.7, 55.8, 5.3),
      t("Muri bei Bern, 20. November 2025", 17.2, 69.2, 55.6, 3),
      t("·", 75.7, 69.2, 1, 3),
      t("Objekt: Lindenhof 2–4, Heizzentrale", 79.6, 69.2, 54.6, 3),
      t("Leistung", 18.3, 77.3, 20.6, 4.2),
      t("Menge", 116.7, 77.3, 16, 4.2),
      t("Preis CHF", 139.6, 77.3, 23, 4.2),
      t("Total CHF", 169.5, 77.3, 22.6, 4.2),
      t("Revision Heizungsanlage, Pauschale", 18.3, 83.6, 76.7, 4.2),
      t("1", 130, 83.6, 2.7, 4.2),
      t("780.00", 147.8, 83.6, 14.8, 4.2),
      t("780.00", 177.3, 83.6, 14.8, 4.2),
      t("Umwälzpumpe ersetzt, inkl. Material", 18.3, 89.7, 77.6, 4.2),
      t("1", 130, 89.7, 2.7, 4.2),
      t("645.50", 147.8, 89.7, 14.8, 4.2),
      t("645.50", 177.3, 89.7, 14.8, 4.2),
      t("Arbeitszeit Monteur, Std.", 18.3, 95.8, 52.7, 4.2),
      t("4", 130, 95.8, 2.7, 4.2),
      t("112.00", 147.8, 95.8, 14.8, 4.2),
      t("448.00", 177.3, 95.8, 14.8, 4.2),
      t("Total exkl. MWST", 118.7, 104.8, 35.7, 4.2),
      t("1'873.50", 173.4, 104.8, 18.7, 4.2),
      t("MWST 8.1 %", 118.7, 110.9, 26.6, 4.2),
      t("151.75", 177.3, 110.9, 14.8, 4.2),
      t("Total inkl. MWST CHF", 118.7, 116.9, 50.7, 4.2),
      t("2'025.25", 171.5, 116.9, 20.6, 4.2),
      t("Zahlbar innert 30 Tagen netto.", 17.2, 125.6, 46.3, 3),
      t("Empfangsschein", 18.3, 150, 39, 4.2),
      t("Konto / Zahlbar an", 18.3, 155.2, 25.8, 2.5),
      t("CH44 3199 9123 0008", 18.3, 158, 47.9, 4.2),
      t("8901 2", 18.3, 163, 14.8, 4.2),
      t("Rüfenacht Elektro AG", 18.3, 168, 49.7, 4.2),
      t("Thunstrasse 9", 18.3, 173, 31.8, 4.2),
      t("3074 Muri bei Bern", 18.3, 178.1, 44.9, 4.2),
      t("Zahlbar durch", 18.3, 183.3, 19.5, 2.5),
      t("Liegenschaften Balmer", 18.3, 186, 49.1, 4.2),
      t("GmbH", 18.3, 191, 13.3, 4.2),
      t("Kramgasse 40", 18.3, 196.1, 31.1, 4.2),
      t("3011 Bern", 18.3, 201.1, 22, 4.2),
      t("Währung", 19.3, 206.8, 12.6, 2.5),
      t("Betrag", 34, 206.8, 9.4, 2.5),
      t("CHF", 19.3, 210.6, 8.6, 4.2),
      t("2 025.25", 34, 210.6, 18.9, 4.2),
      t("Zahlteil", 76.4, 150, 18.2, 4.2),
      t("Konto / Zahlbar an", 126.1, 156, 25.8, 2.5),
      t("CH44 3199 9123 0008 8901 2", 126.1, 158.7, 64, 4.2),
      t("Rüfenacht Elektro AG", 126.1, 163.8, 49.7, 4.2),
      t("Thunstrasse 9", 126.1, 168.8, 31.8, 4.2),
      t("3074 Muri bei Bern", 126.1, 173.8, 44.9, 4.2),
      t("Referenz", 126.1, 179, 12.4, 2.5),
      t("21 00000 00003 13947 14300", 126.1, 181.8, 64.6, 4.2),
      t("09017", 126.1, 186.8, 13.5, 4.2),
      t("Zusätzliche Informationen", 126.1, 192, 36.6, 2.5),
      t("Rechnung 25-3318", 126.1, 194.7, 40.1, 4.2),
      t("Zahlbar durch", 126.1, 199.9, 19.5, 2.5),
      t("Liegenschaften Balmer GmbH", 126.1, 202.7, 63.7, 4.2),
      t("Kramgasse 40", 126.1, 207.7, 31.1, 4.2),
      t("3011 Bern", 126.1, 212.7, 22, 4.2),
      t("Währung", 77.5, 219, 12.6, 2.5),
      t("Betrag", 92.2, 219, 9.4, 2.5),
      t("CHF", 77.5, 222.8, 8.6, 4.2),
      t("2 025.25", 92.2, 222.8, 18.9, 4.2),
]}];

describe('the payer under a QR-bill’s "Zahlbar durch"', () => {
  it('is no footer naming the seller', () => {
    const inv = parseWesternInvoiceText(page);
    expect(inv.seller.name).toBe('Rüfenacht Elektro AG');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });
});
