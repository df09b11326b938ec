/**
 * A header grid's period of service or billing ("Abrechnungszeitraum  01.11.2025 – 31.10.2026") beside its
 * "Rechnungsnummer": a scan may run the grid's headers and values into one row, the period's dates wrapped over
 * two rows, so the number's label finds the period after it. A period, whole or its first date and dash, is no
 * invoice number: the number is read elsewhere or left unread (and named), never the period.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, width: number): TextItem => ({ text, x, y, height: 3.2, width, page: 1, confidence: 95 });
const page = (grid: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items: [
  w(157, 16, 'Domainhafen Internet Services GmbH', 40), w(162, 20, 'Speicherstadt, Am Sandtorkai 40', 34), w(178, 22, '20457 Hamburg', 18),
  w(17, 29, 'Brauhaus Keller GmbH', 30), w(17, 34, 'Brauereiweg 3', 20), w(17, 37, '96047 Bamberg', 20),
  w(17, 45, 'Rechnung', 14), ...grid,
  w(17, 67, 'Leistung', 12), w(175, 67, 'Gesamt', 10),
  w(17, 72, 'Webhosting Business L, 12 Monate', 45), w(181, 72, '154,80', 9),
  w(17, 77, 'SSL-Zertifikat Wildcard', 32), w(183, 77, '83,80', 9),
  w(149, 95, 'Summe netto', 18), w(178, 95, '238,60 €', 12),
  w(149, 100, 'zzgl. 19 % USt', 18), w(180, 100, '45,33 €', 10),
  w(149, 105, 'Gesamtbetrag', 18), w(178, 105, '283,93 €', 12),
] }];

describe('a period beside the invoice number', () => {
  it('is no number, whole or wrapped after its dash', () => {
    const runTogether = [w(16, 49, 'Kundennummer Vertragsnummer Rechnungsnummer Rechnungsdatum AbrechnungszeitraumV-2044712001.11.2025', 136),
      w(154, 49, '01.11.2025-', 16), w(18, 56, 'K1044712', 13), w(154, 61, '31.10.2026', 15)];
    expect(parseWesternInvoiceText(page(runTogether)).number ?? '').not.toMatch(/^\d{2}\.\d{2}\.\d{4}/);
    const oneRow = [w(16, 49, 'Rechnungsnummer:', 24), w(42, 49, '01.11.2025-31.10.2026', 30)];
    expect(parseWesternInvoiceText(page(oneRow)).number).toBeNull();
  });

  it('leaves a number of figures and dashes as printed', () => {
    expect(parseWesternInvoiceText(page([w(16, 49, 'Rechnungsnummer:', 24), w(42, 49, 'DH-2025-11-88412', 24)])).number).toBe('DH-2025-11-88412');
  });
});
