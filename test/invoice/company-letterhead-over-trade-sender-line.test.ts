/**
 * A wholesaler's letterhead: its name with its company form a size larger than the line under it, which
 * opens with its trade ("Papier-Union Nord GmbH & Co. KG" over "Großhandel für Bürobedarf · Billbrookdeich
 * 216 · 22113 Hamburg"). The trade is no name: the company above it is the seller. The 131st batch's
 * FeRD-style invoice as a browser printed it (its seller read as "Großhandel für Bürobedarf").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height = 4.2) => ({ text, x, y, width, height, page: 1 });

const page = (name: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  t(name, 18.3, 17.5, 2.3 * name.length, 5.3),
  t('Fachhandel für Laborbedarf · Hafenstraße 12 · 28217', 18.3, 23.8, 112.4), t('Bremen', 18.3, 28.8, 15.8),
  t('RECHNUNG', 158.6, 17.5, 33.5, 5.3), t('Nr. 220871-25', 161.8, 23.8, 30.3), t('vom', 182.9, 28.8, 9.2), t('12.11.2025', 167.8, 33.9, 24.2),
  t('Käufer', 18.5, 46.3, 16), t('Warenempfänger', 142, 46.3, 41.4),
  t('Gymnasium Lilienthal', 18.5, 52.7, 46.6), t('Schulstraße 4', 18.5, 57.7, 29.5), t('28865 Lilienthal', 18.5, 62.7, 36.2),
  t('Hausmeister Hr. Brandt', 142, 52.7, 48.9), t('Schulstraße 4', 142, 57.7, 29.5), t('28865 Lilienthal', 142, 62.7, 36.2),
  t('Pos', 18.3, 93.1, 8.5), t('Artikel', 29, 93.1, 15.9), t('Menge', 94.2, 93.1, 16), t('Preis', 130.2, 93.1, 12), t('Netto', 178.7, 93.1, 13.4),
  t('1', 18.3, 99.5, 2.7), t('Bechergläser 250 ml, Karton', 29, 99.5, 58.9), t('4', 107.5, 99.5, 2.7), t('50,00', 130.1, 99.5, 12.1), t('200,00', 177.3, 99.5, 14.8),
  t('Nettobetrag', 95.6, 132.8, 25.7), t('200,00', 177.3, 132.8, 14.8),
  t('USt 19 %', 95.6, 138.9, 19.9), t('38,00', 180, 138.9, 12.1),
  t('Bruttobetrag EUR', 95.6, 145, 42.2), t('238,00', 177.3, 145, 14.8),
]}];

describe('a company’s letterhead over a sender line opening with its trade', () => {
  it('the company is the seller', () => {
    expect(parseWesternInvoiceText(page('Laborversand Weser GmbH & Co. KG')).seller.name).toBe('Laborversand Weser GmbH & Co. KG');
  });
});
