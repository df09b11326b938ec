/**
 * An Odoo facture sets the delivery address at the left under "Adresse de livraison :" and the customer's
 * block at the right, its name on the heading's row: the heading ends with a colon, yet it heads the block
 * under it, no value of the cell beside it; the customer's name is the buyer (not its street, read after
 * the attention row). The 131st batch's Odoo Factur-X facture as a browser printed it (its buyer read as
 * "4 place du Marché").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height: number) => ({ text, x, y, width, height, page: 1 });

const page: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("ATELIER NUMÉRIQUE DU RHIN", 18.3, 17.5, 70.5, 5.3),
      t("8 quai des Bateliers", 18.3, 23.8, 43, 4.2),
      t("67000 Strasbourg", 18.3, 28.8, 38, 4.2),
      t("France", 18.3, 33.9, 14.1, 4.2),
      t("atelier-rhin.example", 156, 17.6, 36.1, 2.5),
      t("SIRET 841 227 903 00021", 159.9, 20.6, 32.2, 2.5),
      t("Adresse de livraison :", 18.3, 47.9, 51.7, 4.2),
      t("Dépôt du Port-du-Rhin", 18.3, 52.9, 39.6, 4.2),
      t("Zone portuaire, bâtiment C", 18.3, 57.9, 57.7, 4.2),
      t("67100 Strasbourg", 18.3, 63, 38, 4.2),
      t("Fromagerie Haegel SAS", 106.2, 47.9, 62.3, 4.2),
      t("À l'attention de M. Paul Haegel", 106.2, 52.9, 69.1, 4.2),
      t("9 rue de la Gare", 106.2, 57.9, 39, 4.2),
      t("68230 Turckheim", 106.2, 63, 32, 4.2),
      t("France", 106.2, 68, 14.1, 4.2),
      t("TVA : FR62 519 004 332", 106.2, 73, 51.3, 4.2),
      t("Facture FAC/2025/00977", 17.2, 84.5, 60.4, 4.9),
      t("Date de livraison :", 18.3, 92.6, 43.8, 4.2),
      t("Date de facturation :", 67, 92.6, 49.9, 4.2),
      t("Date d'échéance :", 122.3, 92.6, 42.7, 4.2),
      t("Origine :", 170, 92.6, 20.7, 4.2),
      t("31/10/2025", 18.3, 98.7, 24.4, 4.2),
      t("07/11/2025", 67, 98.7, 24.4, 4.2),
      t("07/12/2025", 122.3, 98.7, 24.4, 4.2),
      t("S00418", 170, 98.7, 16.2, 4.2),
      t("Description", 18.3, 109, 27.4, 4.2),
      t("Quantité", 85.7, 109, 20.9, 4.2),
      t("Prix", 122.7, 109, 9.4, 4.2),
      t("unitaire", 113.3, 114, 18.8, 4.2),
      t("Rem.%", 134.2, 109, 16.4, 4.2),
      t("Taxes", 152.7, 109, 13.3, 4.2),
      t("Montant", 172, 109, 20.1, 4.2),
      t("Audit réseau et rapport de", 18.3, 120.4, 56.1, 4.2),
      t("recommandations", 18.3, 125.4, 38.3, 4.2),
      t("1,00", 97.2, 120.4, 9.4, 4.2),
      t("Unité(s)", 89.9, 125.4, 16.7, 4.2),
      t("1 850,00", 113.7, 120.4, 18.4, 4.2),
      t("0,00", 141.2, 120.4, 9.4, 4.2),
      t("TVA 20", 152.7, 120.4, 14.8, 4.2),
      t("%", 152.7, 125.4, 4, 4.2),
      t("1 850,00", 173.7, 120.4, 18.4, 4.2),
      t("€", 189.4, 125.4, 2.7, 4.2),
      t("Licence pare-feu, 12 mois", 18.3, 131.5, 54.8, 4.2),
      t("3,00", 97.2, 131.5, 9.4, 4.2),
      t("Unité(s)", 89.9, 136.5, 16.7, 4.2),
      t("420,00", 117.3, 131.5, 14.8, 4.2),
      t("10,00", 138.5, 131.5, 12.1, 4.2),
      t("TVA 20", 152.7, 131.5, 14.8, 4.2),
      t("%", 152.7, 136.5, 4, 4.2),
      t("1 134,00", 173.7, 131.5, 18.4, 4.2),
      t("€", 189.4, 136.5, 2.7, 4.2),
      t("Formation utilisateurs", 18.3, 142.6, 46.3, 4.2),
      t("(restauration sur site)", 18.3, 147.6, 46.1, 4.2),
      t("1,00", 97.2, 142.6, 9.4, 4.2),
      t("Unité(s)", 89.9, 147.6, 16.7, 4.2),
      t("600,00", 117.3, 142.6, 14.8, 4.2),
      t("0,00", 141.2, 142.6, 9.4, 4.2),
      t("TVA 10", 152.7, 142.6, 14.8, 4.2),
      t("%", 152.7, 147.6, 4, 4.2),
      t("600,00 €", 173.2, 142.6, 18.9, 4.2),
      t("Montant hors taxes", 115, 156.6, 40.9, 4.2),
      t("3 584,00 €", 169.7, 156.6, 22.4, 4.2),
      t("TVA 10 % sur 600,00 €", 115, 162.7, 48.4, 4.2),
      t("60,00 €", 175.9, 162.7, 16.2, 4.2),
      t("TVA 20 % sur 2 984,00", 115, 168.8, 47.9, 4.2),
      t("€", 115, 173.8, 2.7, 4.2),
      t("596,80 €", 173.2, 168.8, 18.9, 4.2),
      t("Total", 115, 180.2, 11.6, 4.2),
      t("4 240,80", 172, 180.2, 20.1, 4.2),
      t("€", 189.1, 185.2, 2.9, 4.2),
      t("Payé le 14/11/2025", 115, 191.3, 41.1, 4.2),
      t("2 000,00 €", 169.7, 191.3, 22.4, 4.2),
      t("Montant dû", 115, 197.4, 27.6, 4.2),
      t("2 240,80", 172, 197.4, 20.1, 4.2),
      t("€", 189.1, 202.4, 2.9, 4.2),
      t("Veuillez utiliser la communication suivante pour votre paiement : FAC/2025/00977", 17.2, 211, 124.9, 3),
      t("Conditions de paiement : 30 jours. Pénalités de retard : 3 fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.", 17.2, 217.9, 173.3, 2.5),
]}];

describe('a delivery heading at the left, level with the customer’s name at the right', () => {
  it('the customer is the buyer', () => {
    const inv = parseWesternInvoiceText(page);
    expect(inv.buyer.name).toBe('Fromagerie Haegel SAS');
    expect(inv.number).toBe('FAC/2025/00977');
  });
});
