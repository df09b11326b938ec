/**
 * A window's sender line ("Lichtblick Medien GmbH · Hafenstraße 18 · 55118 Mainz"), printed small over the buyer's
 * address, that OCR read as one row with its separators lost and its rest garbled: the layout rules take it for the
 * window's first row, the buyer's name. It opens with the seller's first word; the buyer so read is in doubt.
 */
import { describe, expect, it } from 'vitest';
import { a4, ocrItem, ocrReading } from './ocr-page.js';

const letter = (senderLine: string) => a4([
  ocrItem(20, 14, 'Lichtblick', 6, 97),
  ocrItem(20, 27, 'Film · Foto · Drohne', 3.5, 95),
  ocrItem(22, 42, senderLine, 2.4, 90),
  ocrItem(22, 46, 'Weingut Kessler OHG', 3.6, 97),
  ocrItem(22, 50, 'Frau Johanna Kessler', 3.6, 97),
  ocrItem(22, 55, 'Rheinstraße 4', 3.6, 97),
  ocrItem(22, 60, '55296 Harxheim', 3.6, 97),
  ocrItem(125, 42, 'Rechnungsnr.', 3.6, 97), ocrItem(165, 42, 'RE-1043', 3.6, 97),
  ocrItem(125, 55, 'Datum', 3.6, 97), ocrItem(160, 55, '26.11.2025', 3.6, 97),
  ocrItem(20, 83, 'Rechnung Nr. RE-1043', 5, 97),
  ocrItem(106, 135, 'Gesamtbetrag (netto)', 3.6, 97), ocrItem(165, 135, '2.520,00 €', 3.6, 97),
  ocrItem(106, 142, 'Umsatzsteuer 19 %', 3.6, 97), ocrItem(169, 142, '478,80 €', 3.6, 97),
  ocrItem(106, 148, 'Gesamtbetrag (brutto)', 3.6, 97), ocrItem(167, 148, '2.998,80 €', 3.6, 97),
  ocrItem(21, 193, 'Lichtblick Medien GmbH', 2.8, 96), ocrItem(21, 196, 'Hafenstraße 18', 2.8, 96),
  ocrItem(21, 199, '55118 Mainz', 2.8, 96), ocrItem(59, 196, 'USt-ID: DE344120987', 2.8, 96),
]);

describe('a sender line read as the buyer', () => {
  it('names the buyer read from a sender line whose separators OCR lost', () => {
    const part = ocrReading(letter('Lichtblick den m,Hansta 8,5518 a'));
    expect(part.invoice.seller.name).toBe('Lichtblick Medien GmbH');
    expect(part.invoice.buyer.name).toMatch(/^Lichtblick den/);
    expect(part.doubtful?.unsure ?? []).toContain('buyer.name');
  });

  it('leaves the buyer under a sender line read whole', () => {
    const part = ocrReading(letter('Lichtblick Medien GmbH · Hafenstraße 18 · 55118 Mainz'));
    expect(part.invoice.buyer.name).toBe('Weingut Kessler OHG');
    expect(part.doubtful?.unsure ?? []).not.toContain('buyer.name');
  });
});
