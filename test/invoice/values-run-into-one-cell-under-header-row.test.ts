/**
 * A grid of headers over values set close ("Account | Invoice | Date" over "SP004471 | INV 2290-7718 |
 * 30/11/2025"): two values a narrow gap apart run into one cell of the text layer, as OCR's touching boxes
 * do; the number is the value under the title's header, not the row's first. A word split at a ligature
 * ("Tra" "ff" "ord") stays one value. The 133rd batch's courier invoice as a browser printed it (its number
 * read as the account's "SP004471").
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';

/** An item as pdf.js gives it, its width measured. */
const t = (text: string, x: number, y: number, width: number, height = 4.2) => ({ text, x, y, width, height, page: 1 });

const page = (account: string, number: string): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  t('PARCELINE', 18.3, 17.5, 36.2, 5.3), t('Account', 108.5, 18.3, 17.1), t('Invoice', 132.3, 18.3, 15.1), t('Date', 166.4, 18.3, 10.1),
  t('Parceline Ltd', 18.3, 23.8, 28.4), t(account, 108.5, 24.6, 21.4), t(number, 132.3, 24.6, 31.7), t('14/11/2025', 166.4, 24.6, 24.4),
  t('Unit 8, Sta', 18.3, 28.8, 21.0), t('ff', 39.3, 28.8, 2.9), t('ord Road', 42.2, 28.8, 18.0),
  t('Leeds LS9 0PQ', 18.3, 33.8, 30.0),
  t('Invoice to:', 17.5, 48, 22.0), t('Bramble Print Works Ltd', 17.5, 51, 50.0), t('4 Canal Street', 17.5, 55, 30.0), t('Hull HU1 2AB', 17.5, 59, 28.0),
  t('Description', 18, 69, 24.0), t('Total £', 178, 69, 14.0),
  t('Next-day parcels, 12', 18, 75, 44.0), t('120.00', 178, 75, 13.0),
  t('Net total', 140, 90, 19.0), t('120.00', 178, 90, 13.0), t('VAT @ 20%', 140, 95, 22.0), t('24.00', 180, 95, 11.0),
  t('Invoice total GBP', 140, 100, 36.0), t('144.00', 178, 100, 13.0),
]}];

describe('values run into one cell under a row of headers', () => {
  it('the number is the value under the title’s header', () => {
    expect(parseWesternInvoiceText(page('PL004471', 'INV 8830-2217')).number).toBe('INV 8830-2217');
  });
});
