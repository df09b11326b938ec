/**
 * A title's references beside the customer's block, as two ERP pages print them (the 134th batch's electricity
 * settlement and the 135th's fuel card statement, as a browser printed them):
 * - a title with its kind ("Sammelrechnung", "Facture de régularisation") over its number ("Nr. TF-…", "n°
 *   30044718 2207") heads the number as "Rechnung" and "Facture" do; a number printed in groups may open with a
 *   long one, as a utility's meter-bound numbers do (their numbers were read as null and as "30044718");
 * - a title over its number and date at the left is no address block, the customer's block is at the right (the
 *   settlement's buyer was read as "Facture de régularisation"); a customer set on one row after its number, its
 *   name and address in parts ("Kunde 447120 · Rhön-Express Transporte GmbH & Co. KG · Frankfurter Straße 90 ·
 *   36043 Fulda"), is the part after the number (the fuel card's buyer was null).
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height: number) => ({ text, x, y, width, height, page: 1 });

const fuelCard: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("FUELPOINT FLEET", 18.3, 17.5, 55.4, 5.3),
      t("Fuelpoint Fleet GmbH · Kaistraße 8 · 40221 Düsseldorf", 18.3, 24, 81.6, 2.5),
      t("Sammelrechnung", 150.5, 17.5, 41.6, 4.2),
      t("Nr. FP-2511-220871", 149.9, 22.5, 42.2, 4.2),
      t("Datum 30.11.2025", 152.2, 27.5, 39.9, 4.2),
      t("Abrechnungszeitraum 01.11.–30.11.2025", 104.3, 32.5, 87.8, 4.2),
      t("Kunde 331882 · Eifel-Logistik Brandt GmbH · Trierer Straße 14 · 54292 Trier", 17.2, 46.2, 144.7, 3),
      t("Datum", 18.3, 55.3, 15.8, 4.2),
      t("Karte", 36.2, 55.3, 13.1, 4.2),
      t("Station", 52.8, 55.3, 17.3, 4.2),
      t("Produkt", 100.2, 55.3, 19, 4.2),
      t("Menge", 125.5, 55.3, 16, 4.2),
      t("l", 140, 60.3, 1.5, 4.2),
      t("Preis/l", 143.6, 55.3, 15, 4.2),
      t("Betrag", 176, 55.3, 16.1, 4.2),
      t("brutto €", 172.6, 60.3, 19.5, 4.2),
      t("03.11.", 18.3, 66.7, 13.5, 4.2),
      t("…", 36.2, 66.7, 4.2, 4.2),
      t("8711", 36.2, 71.7, 10.8, 4.2),
      t("Tankstelle Aral-Süd,", 52.8, 66.7, 41.7, 4.2),
      t("Fulda", 52.8, 71.7, 11.3, 4.2),
      t("Diesel", 100.2, 66.7, 13, 4.2),
      t("62,40", 129.4, 66.7, 12.1, 4.2),
      t("1,669", 146.5, 66.7, 12.1, 4.2),
      t("104,15", 177.3, 66.7, 14.8, 4.2),
      t("07.11.", 18.3, 77.8, 13.5, 4.2),
      t("…", 36.2, 77.8, 4.2, 4.2),
      t("8711", 36.2, 82.8, 10.8, 4.2),
      t("Autohof Kirchheim", 52.8, 77.8, 39.1, 4.2),
      t("Diesel", 100.2, 77.8, 13, 4.2),
      t("71,05", 129.4, 77.8, 12.1, 4.2),
      t("1,639", 146.5, 77.8, 12.1, 4.2),
      t("116,45", 177.3, 77.8, 14.8, 4.2),
      t("12.11.", 18.3, 88.9, 13.5, 4.2),
      t("…", 36.2, 88.9, 4.2, 4.2),
      t("8729", 36.2, 93.9, 10.8, 4.2),
      t("Station Bad Hersfeld", 52.8, 88.9, 43.6, 4.2),
      t("Super", 100.2, 88.9, 12.4, 4.2),
      t("E10", 100.2, 93.9, 8.1, 4.2),
      t("44,10", 129.4, 88.9, 12.1, 4.2),
      t("1,749", 146.5, 88.9, 12.1, 4.2),
      t("77,13", 180, 88.9, 12.1, 4.2),
      t("18.11.", 18.3, 100, 13.5, 4.2),
      t("…", 36.2, 100, 4.2, 4.2),
      t("8729", 36.2, 105, 10.8, 4.2),
      t("Station Bad Hersfeld", 52.8, 100, 43.6, 4.2),
      t("AdBlue", 100.2, 100, 14.9, 4.2),
      t("10,00", 129.4, 100, 12.1, 4.2),
      t("0,899", 146.5, 100, 12.1, 4.2),
      t("8,99", 182.7, 100, 9.4, 4.2),
      t("Zusammenfassung", 76.2, 115.4, 45, 4.2),
      t("Netto €", 123.6, 115.4, 17.8, 4.2),
      t("USt 19 % €", 143.7, 115.4, 26, 4.2),
      t("Brutto €", 172.1, 115.4, 19.7, 4.2),
      t("Summe", 76.2, 121.7, 16.2, 4.2),
      t("257,75", 126.5, 121.7, 14.8, 4.2),
      t("48,97", 157.6, 121.7, 12.1, 4.2),
      t("306,72", 175.5, 121.7, 16.3, 4.2),
      t("Der Betrag wird am 10.12.2025 per Lastschrift eingezogen. USt-IdNr. DE118331882", 17.2, 130.8, 127.2, 3),
]}];

const settlement: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("Énergies de Loire", 17.2, 16.9, 56, 5.3),
      t("Énergies de Loire SA · 8 quai de la Fosse · 44000 Nantes · RCS Nantes 522 118 407", 17.2, 23.5, 98.1, 2.5),
      t("Facture de régularisation", 18.3, 34.7, 60.5, 4.2),
      t("n° 40021187 3310", 18.3, 39.7, 39.8, 4.2),
      t("du 18 novembre 2025", 18.3, 44.7, 47, 4.2),
      t("Référence client : 6 004 471 882", 18.3, 49.7, 69.4, 4.2),
      t("SCI Les Jardins de l'Erdre", 106.2, 34.7, 56.8, 4.2),
      t("chez Mme Anne Rivet", 106.2, 39.7, 49.5, 4.2),
      t("4 rue Kervégan", 106.2, 44.7, 58.8, 4.2),
      t("44000 Nantes", 106.2, 49.7, 24.6, 4.2),
      t("Point de livraison 14 4718 2200 7751 · Consommation du 15/11/2024 au 14/11/2025", 17.2, 58.7, 105.1, 2.5),
      t("Rubrique", 18.3, 65.9, 21.8, 4.2),
      t("Montant HT", 136.3, 65.9, 28, 4.2),
      t("Taux TVA", 170.5, 65.9, 21.6, 4.2),
      t("Abonnement (12 mois)", 18.3, 72.2, 48.7, 4.2),
      t("152,40", 149.5, 72.2, 14.8, 4.2),
      t("5,5 %", 180, 72.2, 12.1, 4.2),
      t("Contribution tarifaire d'acheminement (CTA)", 18.3, 78.3, 94.1, 4.2),
      t("26,18", 152.2, 78.3, 12.1, 4.2),
      t("5,5 %", 180, 78.3, 12.1, 4.2),
      t("Consommation 6 118 kWh", 18.3, 84.4, 56.1, 4.2),
      t("1 214,62", 146, 84.4, 18.4, 4.2),
      t("20 %", 181.3, 84.4, 10.8, 4.2),
      t("Accise sur l'électricité", 18.3, 90.5, 46.2, 4.2),
      t("188,22", 149.5, 90.5, 14.8, 4.2),
      t("20 %", 181.3, 90.5, 10.8, 4.2),
      t("Total HT", 77.8, 99.5, 17, 4.2),
      t("1 581,42 €", 169.7, 99.5, 22.4, 4.2),
      t("TVA 5,5 % sur 178,58", 77.8, 105.6, 45.7, 4.2),
      t("9,82 €", 178.6, 105.6, 13.5, 4.2),
      t("TVA 20 % sur 1 402,84", 77.8, 111.7, 47.9, 4.2),
      t("280,57 €", 173.2, 111.7, 18.9, 4.2),
      t("Total TTC de la période", 77.8, 117.7, 54.9, 4.2),
      t("1 871,81 €", 167.5, 117.7, 24.5, 4.2),
      t("Mensualités déjà réglées (10 × 152,00 €)", 77.8, 123.8, 87.7, 4.2),
      t("-1 520,00 €", 168.2, 123.8, 23.9, 4.2),
      t("Montant à payer", 77.8, 129.9, 39.3, 4.2),
      t("351,81 €", 171.3, 129.9, 20.8, 4.2),
      t("Date limite de paiement : 03/12/2025.", 17.2, 138.5, 58.2, 3),
]}];

describe('the customer beside a title’s references', () => {
  it('a title over its number at the left is no buyer', () => {
    expect(parseWesternInvoiceText(settlement).buyer.name).toBe("SCI Les Jardins de l'Erdre");
  });
  it('a customer on one row after its number', () => {
    expect(parseWesternInvoiceText(fuelCard).buyer.name).toBe('Eifel-Logistik Brandt GmbH');
  });
});

describe('a title with its kind over its number', () => {
  it('"Sammelrechnung" over "Nr. …"', () => {
    expect(parseWesternInvoiceText(fuelCard).number).toBe('FP-2511-220871');
  });
  it('"Facture de régularisation" over "n° …" in groups, the first one long', () => {
    expect(parseWesternInvoiceText(settlement).number).toBe('40021187 3310');
  });
});
