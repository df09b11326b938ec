/**
 * A Factur-X print's header grid wraps "Réf. acheteur" (BT-10, the buyer's reference) in its narrow cell:
 * "acheteur" under "Réf." is the rest of a reference's header, as "client" under "N°" is a number's; the
 * code under it is no buyer, and the framed "Acheteur" box below names the buyer. The 131st batch's
 * Mustang-style facture as a browser printed it (its buyer read as "05/12/2025 BC-77120").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it (its width measured, not estimated: the grid's cells are told apart by it). */
const t = (text: string, x: number, y: number, width: number, height: number) => ({ text, x, y, width, height, page: 1 });

const page: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("FACTURE", 18.3, 17.5, 26.6, 5.3),
      t("Factur-X · pro", 160.7, 17.6, 16.3, 2.5),
      t("fi", 177, 17.6, 1.6, 2.5),
      t("l EN 16931", 178.6, 17.6, 13.5, 2.5),
      t("Période de", 18.5, 28, 25.7, 4.2),
      t("facturation", 18.5, 33.1, 26.6, 4.2),
      t("N° de", 72, 28, 13, 4.2),
      t("facture", 72, 33.1, 17.2, 4.2),
      t("Date de", 101.2, 28, 18.6, 4.2),
      t("facture", 101.2, 33.1, 17.2, 4.2),
      t("Échéance", 136.6, 28, 22.5, 4.2),
      t("Réf.", 163.4, 28, 9.3, 4.2),
      t("acheteur", 163.4, 33.1, 21.2, 4.2),
      t("du 01/10/2025 au", 18.5, 39.4, 37.7, 4.2),
      t("31/10/2025", 18.5, 44.4, 24.4, 4.2),
      t("2025-0877", 72, 39.4, 23.1, 4.2),
      t("05/11/2025", 101.2, 39.4, 24.4, 4.2),
      t("05/12/2025", 136.6, 39.4, 24.4, 4.2),
      t("PO-44107", 163.4, 39.4, 20.8, 4.2),
      t("Vendeur", 20.5, 57.9, 10.2, 2.5),
      t("Atelier Morvan Chauffage SARL", 20.5, 60.6, 72.5, 4.2),
      t("4 rue des Forges", 20.5, 65.6, 47.6, 4.2),
      t("21000 Dijon", 20.5, 70.6, 24.6, 4.2),
      t("SIREN 532 118 406 · TVA FR45 532", 20.5, 75.7, 74.7, 4.2),
      t("118 406", 20.5, 80.7, 17.5, 4.2),
      t("Acheteur", 110.1, 57.9, 11.1, 2.5),
      t("Copropriété Les Érables", 110.1, 60.6, 52.5, 4.2),
      t("Syndic : Gestion Perrot et Fils", 110.1, 65.6, 71.5, 4.2),
      t("18 rue Foch", 110.1, 70.6, 21.5, 4.2),
      t("21000 Dijon", 110.1, 75.7, 24.6, 4.2),
      t("Désignation", 18.3, 94.5, 28.7, 4.2),
      t("Qté", 127.2, 94.5, 8.5, 4.2),
      t("P.U.", 145.4, 94.5, 9, 4.2),
      t("HT", 148, 99.5, 6.4, 4.2),
      t("TVA", 161.9, 94.5, 9.2, 4.2),
      t("%", 166.8, 99.5, 4.2, 4.2),
      t("Total", 180.5, 94.5, 11.6, 4.2),
      t("HT", 185.7, 99.5, 6.4, 4.2),
      t("Maintenance préventive chaudière gaz, contrat", 18.3, 105.8, 100.4, 4.2),
      t("annuel", 18.3, 110.9, 14.4, 4.2),
      t("1,00", 126.2, 105.8, 9.4, 4.2),
      t("890,00", 139.6, 105.8, 14.8, 4.2),
      t("20,00", 158.9, 105.8, 12.1, 4.2),
      t("890,00", 177.3, 105.8, 14.8, 4.2),
      t("Remplacement vase d'expansion 18 L", 18.3, 116.9, 80.5, 4.2),
      t("1,00", 126.2, 116.9, 9.4, 4.2),
      t("164,00", 139.6, 116.9, 14.8, 4.2),
      t("20,00", 158.9, 116.9, 12.1, 4.2),
      t("164,00", 177.3, 116.9, 14.8, 4.2),
      t("Main-d'œuvre, heures", 18.3, 123, 46.4, 4.2),
      t("3,50", 126.2, 123, 9.4, 4.2),
      t("62,00", 142.3, 123, 12.1, 4.2),
      t("20,00", 158.9, 123, 12.1, 4.2),
      t("217,00", 177.3, 123, 14.8, 4.2),
      t("Remise commerciale 5 % (sur 1 271,00)", 18.3, 132, 84.5, 4.2),
      t("-63,55", 104.9, 132, 13.6, 4.2),
      t("Frais de déplacement", 18.3, 138.1, 45.6, 4.2),
      t("25,00", 106.4, 138.1, 12.1, 4.2),
      t("Total HT", 18.5, 148.4, 19.5, 4.2),
      t("Total TVA 20 %", 46.5, 148.4, 35.3, 4.2),
      t("Total TTC", 89.1, 148.4, 22, 4.2),
      t("Acompte versé", 117.2, 148.4, 35.6, 4.2),
      t("Net à payer", 160.1, 148.4, 27.7, 4.2),
      t("1 232,45 €", 21.8, 154.8, 22.4, 4.2),
      t("246,49 €", 67.9, 154.8, 18.9, 4.2),
      t("1 478,94 €", 92.4, 154.8, 22.4, 4.2),
      t("300,00 €", 138.9, 154.8, 18.9, 4.2),
      t("1 178,94 €", 167.3, 154.8, 24.5, 4.2),
      t("Paiement par virement à 30 jours. Pas d'escompte pour paiement anticipé. IBAN FR76 1027 8073 1100 0204 1180 245", 17.2, 163.4, 147.3, 2.5),
]}];

describe('"Réf." over "acheteur" in a header grid', () => {
  it('heads a reference, the framed box names the buyer', () => {
    const inv = parseWesternInvoiceText(page);
    expect(inv.buyer.name).toBe('Copropriété Les Érables');
    expect(inv.number).toBe('2025-0877');
  });
});
