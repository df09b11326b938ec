/**
 * A rental's header grid wraps its headers over two rows ("Invoice" over "No.", "Invoice" over "date") and
 * sets its values close: the pick-up's, the return's and the invoice's dates run into one text-layer cell
 * ("08/11/2025 09:10 12/11/2025 17:45 12/11/2025"). The date under the wrapped "Invoice date" is the part of
 * that cell under it, not the cell's first date (the pick-up's). The 133rd batch's car rental invoice as a
 * browser printed it (its date read as the pick-up's).
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height: number) => ({ text, x, y, width, height, page: 1 });

const page: PageText[] = [{ page: 1, width: 210, height: 297, items: [
      t("Prairie Van & Truck Rental", 17.2, 16.9, 86.2, 5.3),
      t("Prairie Rentals Ltd. · 220 Main St, Winnipeg, MB R3C 1A1 · GST/HST No. 80447 1822 RT0001", 17.2, 23.5, 122.9, 2.5),
      t("Invoice", 18.5, 33.1, 17.1, 4.2),
      t("No.", 18.5, 38.1, 8.1, 4.2),
      t("Rental", 44.9, 33.1, 15.5, 4.2),
      t("Agreement", 44.9, 38.1, 26.5, 4.2),
      t("Pick-up", 83.6, 33.1, 17.7, 4.2),
      t("Return", 124.1, 33.1, 16.3, 4.2),
      t("Invoice", 164.5, 33.1, 17.1, 4.2),
      t("date", 164.5, 38.1, 10.8, 4.2),
      t("PR-W-", 18.5, 44.4, 12.6, 4.2),
      t("771044", 18.5, 49.5, 16.2, 4.2),
      t("RA 20251108-", 44.9, 44.4, 30.1, 4.2),
      t("0447", 44.9, 49.5, 10.8, 4.2),
      t("22/10/2025 08:30", 83.6, 44.4, 37.9, 4.2),
      t("YWG", 83.6, 49.5, 8.4, 4.2),
      t("26/10/2025 16:15", 124.1, 44.4, 37.9, 4.2),
      t("YWG", 124.1, 49.5, 8.4, 4.2),
      t("27/10/2025", 164.5, 44.4, 24.4, 4.2),
      t("Renter", 18.3, 60, 8.2, 2.5),
      t("Maya Okafor", 18.3, 62.7, 32.2, 4.2),
      t("Bill to (corporate account PR-C-4410)", 106.2, 60, 47.1, 2.5),
      t("Red River Drilling Ltd.", 106.2, 62.7, 52.2, 4.2),
      t("88 Portage Ave", 106.2, 67.7, 54.6, 4.2),
      t("Winnipeg, MB R3B 2B2", 106.2, 72.8, 49.8, 4.2),
      t("Description", 18.3, 83.9, 27.4, 4.2),
      t("Qty", 145, 83.9, 8.4, 4.2),
      t("Rate", 158.1, 83.9, 11, 4.2),
      t("Amount", 173.4, 83.9, 18.6, 4.2),
      t("Time & mileage, intermediate SUV (unlimited km)", 18.3, 90.2, 105.8, 4.2),
      t("4 days", 139.3, 90.2, 14, 4.2),
      t("68.00", 157, 90.2, 12.1, 4.2),
      t("272.00", 177.3, 90.2, 14.8, 4.2),
      t("Collision damage waiver", 18.3, 96.3, 51.8, 4.2),
      t("4 days", 139.3, 96.3, 14, 4.2),
      t("24.00", 157, 96.3, 12.1, 4.2),
      t("96.00", 180, 96.3, 12.1, 4.2),
      t("Airport concession fee", 18.3, 102.4, 47.3, 4.2),
      t("1", 150.7, 102.4, 2.7, 4.2),
      t("18.50", 157, 102.4, 12.1, 4.2),
      t("18.50", 180, 102.4, 12.1, 4.2),
      t("Subtotal", 98.4, 111.4, 17.7, 4.2),
      t("386.50", 177.3, 111.4, 14.8, 4.2),
      t("GST 5%", 98.4, 117.5, 16.6, 4.2),
      t("19.33", 180, 117.5, 12.1, 4.2),
      t("PST 7%", 98.4, 123.6, 15.9, 4.2),
      t("27.06", 180, 123.6, 12.1, 4.2),
      t("Total charges CAD", 98.4, 129.6, 43.3, 4.2),
      t("432.89", 175.7, 129.6, 16.3, 4.2),
      t("Deposit held 08/11/2025 (released)", 98.4, 135.7, 75.2, 4.2),
      t("500.00", 177.3, 135.7, 14.8, 4.2),
      t("Charged to AMEX xxxx 1009", 98.4, 141.8, 60.4, 4.2),
      t("432.89", 177.3, 141.8, 14.8, 4.2),
]}];

describe('a wrapped "Invoice date" header over values run into one cell', () => {
  it('the date is the one under the header', () => {
    const inv = parseWesternInvoiceText(page);
    expect(inv.date).toBe('2025-10-27');
    expect(inv.number).toBe('PR-W-771044');
  });
});
