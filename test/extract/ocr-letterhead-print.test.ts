/**
 * A letterhead in large print over a sender line that opens with the issuer's trade, as a scan reads it: OCR's
 * boxes stand near as tall for small print as for large, so the larger print is told by each character's
 * advance, and the name over the trade line is the seller, as on the page's text layer.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { ocrItem, a4, ocrReading } from './ocr-page.js';

/** An OCR'd row: `advance` mm a character, every box as tall (OCR's). */
const row = (x: number, y: number, text: string, advance = 1.9) => ocrItem(x, y, text, 4.5, 95, text.length * advance);

/** A doctor's private bill scanned, its name printed `advance` mm a character over the trade's sender line. */
function page(name: string, advance: number, trade = 'Fachärztin für Dermatologie'): PageText {
  const items = [
    row(84, 23, name, advance),
    row(56, 27.5, `${trade} · Kaiserstraße 31 · 60311 Frankfurt am Main`, 1.43),
    row(23, 37, 'Dr. med. S. Krüger · Kaiserstraße 31 · 60311 Frankfurt', 1.3),
    row(23, 40, 'Herrn'), row(23, 43, 'Jonas Hartmann'), row(23, 46, 'Eschersheimer Landstraße 88'), row(23, 49.5, '60322 Frankfurt am Main'),
    row(117, 55, 'Rechnungs-Nr.:'), row(165, 55, 'P-2024-1187'), row(117, 61, 'Datum:'), row(168, 61, '18.04.2024'),
    row(23, 77, 'Privatliquidation'),
    row(24, 84, 'Datum'), row(76, 84, 'Leistung'), row(176, 84, 'Betrag'),
    row(24, 91, '09.04.2024'), row(76, 91, 'Beratung'), row(176, 91, '10,72 €'),
    row(24, 97, '09.04.2024'), row(76, 97, 'Auflichtmikroskopie'), row(176, 97, '65,36 €'),
    row(117, 113, 'Rechnungsbetrag'), row(174, 113, '76,08 €'),
  ];
  return a4(items);
}

const seller = (name: string, advance: number, trade?: string) => ocrReading(page(name, advance, trade)).invoice.seller.name;

describe('a letterhead over a trade line, its print larger by its characters, not its boxes', () => {
  it('is the seller', () => {
    expect(seller('Dr. med. Sabine Krüger', 2.17)).toBe('Dr. med. Sabine Krüger');
    expect(seller('Praxis Dr. Anna Berger', 2.4, 'Zahnärztliche Praxis')).toBe('Praxis Dr. Anna Berger');
  });

  it('is not over a row in print of its own size, nor a title', () => {
    expect(seller('Dr. med. Sabine Krüger', 1.5)).toBe('Fachärztin für Dermatologie');
    expect(seller('RECHNUNG', 2.6)).toBe('Fachärztin für Dermatologie');
  });
});
