/**
 * A shop system's invoice heads the two address blocks "Rechnungsanschrift" and "Lieferanschrift" side by side,
 * close enough for the text layer to join both headings into one cell: the billing label is its own part of
 * that cell, the block under it the buyer's, the delivery heading no name. A private customer is addressed
 * there as a family by its surname ("Familie Oberdorf" over "Sabine Oberdorf"): the family is a whole
 * addressee, no name wrapped into the row under it. The 141st batch's JTL marketplace invoice (its buyer
 * read "Lieferanschrift", status ok).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (first: string, headings = [d(18.3, 38.1, 'Rechnungsanschrift', 4.23), d(62.5, 38.1, 'Lieferanschrift', 4.23)]) => toPageText([
  d(18.3, 17.5, 'waldkind', 5.29), d(163.9, 17.6, 'Waldkind Naturwaren e.K.', 2.47),
  d(173.0, 20.6, 'Mühlweg 8', 2.47), d(173.4, 23.5, '79098 Freiburg', 2.47),
  ...headings,
  d(111.1, 38.6, 'Rechnungsnummer', 4.23), d(158.6, 38.6, 'RE-2025-30417', 4.23),
  d(18.3, 43.1, first, 4.23), d(67.9, 43.1, 'Jonas Kessler', 4.23),
  d(18.3, 48.2, 'Jonas Kessler', 4.23), d(67.9, 48.2, 'Packstation 204', 4.23),
  d(111.1, 49.7, 'Rechnungsdatum', 4.23), d(158.6, 49.7, '12.11.2025', 4.23),
  d(18.3, 53.2, 'Ahornweg 4', 4.23), d(67.9, 53.2, '79100 Freiburg', 4.23),
  d(18.3, 58.2, '79100 Freiburg', 4.23),
  d(18.3, 76, 'Rechnung', 6),
  d(18.3, 86, 'Artikel', 4.23), d(120, 86, 'Menge', 4.23), d(175, 86, 'Gesamt', 4.23),
  d(18.3, 92, 'Holzspielzeug Bauernhof', 4.23), d(125, 92, '1', 4.23), d(175, 92, '59,50 €', 4.23),
  d(130, 104, 'Gesamtsumme', 4.23), d(175, 104, '59,50 €', 4.23),
  d(130, 110, 'enthaltene MwSt. 19 %', 4.23), d(175, 110, '9,50 €', 4.23),
  d(130, 116, 'Gesamtsumme netto', 4.23), d(175, 116, '50,00 €', 4.23),
], 210, 297);

describe('"Rechnungsanschrift" and "Lieferanschrift" read as one cell', () => {
  it('labels the buyer\'s block, the family addressed by its surname', () => {
    expect(parseWesternInvoiceText(page('Familie Kessler')).buyer.name).toBe('Familie Kessler');
  });
  it('labels it when OCR boxed the two headings as one', () => {
    const scan = page('Familie Kessler', [d(18.3, 38.1, 'Rechnungsanschrift Lieferanschrift', 4.23)]).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
    expect(parseWesternInvoiceText(scan).buyer.name).toBe('Familie Kessler');
  });
  it('a company\'s name under it is the buyer', () => {
    expect(parseWesternInvoiceText(page('Kessler Holzbau GmbH')).buyer.name).toBe('Kessler Holzbau GmbH');
  });
});
