/**
 * The buyer's block under captions the reader did not know, read for the name (the 156th-160th batches' named
 * buyers): "Committente" (an Italian professional's client, "Cantiere" beside), "Titular de la factura" (a Spanish
 * clinic's account holder, the patient beside), "Responsible Party" (a US practice's, the patient beside), and a
 * Swiss "Objekt" heading the place worked at, left of the unlabelled addressee whose next row is its "Verwaltung"
 * (the department reading its post, no part of its name).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];
const totals = (net: string, tax: string, gross: string, taxLabel: string) => [
  w(110, 120, 'Totale imponibile', 4.23, 36), w(175, 120, net, 4.23, 16),
  w(110, 126, taxLabel, 4.23, 20), w(175, 126, tax, 4.23, 16),
  w(110, 132, 'Totale', 4.23, 14), w(175, 132, gross, 4.23, 16),
];

/** Two blocks side by side under their captions, the seller's letterhead above. */
const twoBlocks = (left: [string, ...string[]], right: [string, ...string[]], head: TextItem[], tail: TextItem[]) => page([
  ...head,
  ...left.map((t, k) => w(17.2, k ? 40.48 + 5.03 * (k - 1) : 37.75, t, k ? 4.23 : 2.47, t.length * 2.1)),
  ...right.map((t, k) => w(106.1, k ? 40.48 + 5.03 * (k - 1) : 37.75, t, k ? 4.23 : 2.47, t.length * 2.1)),
  ...tail,
]);

describe('buyer captions, site labels and an administration row', () => {
  it('reads the client under "Committente", not the caption, beside the "Cantiere"', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Committente', 'Edilnova Costruzioni S.r.l.', 'Via Mazzini 40', '37121 Verona', 'P.IVA 03118470231'],
      ['Cantiere', 'Ampliamento capannone', 'Via dell\'Industria 3', '37135 Verona'],
      [w(17.2, 14, 'Studio Rinaldi Ingegneria', 5.3, 60), w(17.2, 21, 'Ing. Paolo Rinaldi · Corso Porta Nuova 12 · 37122 Verona · P.IVA 04471180236', 2.47, 110),
        w(17.2, 70, 'Fattura n. 31/2025 del 20/11/2025', 4.5, 70)],
      totals('2.000,00', '440,00', '2.440,00', 'IVA 22%'),
    ));
    expect(inv.buyer.name).toBe('Edilnova Costruzioni S.r.l.');
  });

  it('reads the account holder under "Titular de la factura", the patient beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Titular de la factura', 'D.ª Maite Olaizola Ruiz', 'NIF 72.118.447-J', 'Calle Urbieta 12, 2º', '20006 Donostia'],
      ['Paciente', 'Jon Olaizola (menor)', 'Nº historia clínica 4471'],
      [w(17.2, 14, 'Clínica Dental Kresala, S.L.P.', 5.3, 66), w(17.2, 21, 'CIF B-20114471 · Avenida de la Libertad 8 · 20004 Donostia', 2.47, 90),
        w(17.2, 70, 'FACTURA Nº KR-2025/0412', 4.5, 60), w(17.2, 76, 'Fecha de emisión: 18/11/2025', 3.1, 45)],
      [w(110, 132, 'Total factura', 4.23, 26), w(175, 132, '120,00 €', 4.23, 16)],
    ));
    expect(inv.buyer.name).toBe('D.ª Maite Olaizola Ruiz');
  });

  it('reads the responsible party billed, not the caption, the patient beside', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Responsible Party', 'Daniel Kowalski', '220 Birch Ave', 'Madison, WI 53703', 'Account # 30118'],
      ['Patient', 'Emma Kowalski (DOB 03/11/2015)', 'Insurance: Badger Dental PPO'],
      [w(17.2, 14, 'Capitol Square Pediatric Dentistry, SC', 5.3, 80), w(17.2, 21, '12 W Main St · Madison, WI 53703 · (608) 555-0118', 2.47, 80),
        w(150, 14, 'INVOICE', 5.3, 25), w(150, 21, 'Invoice # CSP-25-0447', 3.1, 34), w(150, 26, 'Date: 11/18/2025', 3.1, 26)],
      [w(110, 132, 'Total Charges', 4.23, 28), w(175, 132, '$215.00', 4.23, 16)],
    ));
    expect(inv.buyer.name).toBe('Daniel Kowalski');
  });

  it('reads the addressee beside a Swiss "Objekt", without its "Verwaltung" row', () => {
    const inv = parseWesternInvoiceText(twoBlocks(
      ['Objekt', 'Schulhaus Sonnenberg', 'Turnhalle, Garderoben', '8400 Winterthur'],
      ['Genossenschaft Alterswohnen Töss', 'Verwaltung', 'Zürcherstrasse 44', '8406 Winterthur'],
      [w(17.2, 16.4, 'Malerei Brunner AG', 5.29, 50), w(17.2, 22.93, 'Malerarbeiten · Tapeten · Fassaden', 2.47, 40),
        w(17.2, 25.84, 'Feldstrasse 3 · 8400 Winterthur · 052 212 44 71', 2.47, 60),
        w(17.2, 64.82, 'Rechnung', 5.29, 29.66), w(55.91, 64.82, 'Nr. 25-0731', 4.23, 24), w(90.45, 64.82, 'Datum', 4.23, 14.32), w(90.45, 69.85, '21.11.2025', 4.23, 24.24)],
      [w(110, 120, 'Total exkl. MWST', 4.23, 34), w(175, 120, '1\'000.00', 4.23, 16), w(110, 126, 'MWST 8.1 %', 4.23, 22), w(175, 126, '81.00', 4.23, 12),
        w(110, 132, 'Total inkl. MWST CHF', 4.23, 42), w(175, 132, '1\'081.00', 4.23, 16)],
    ));
    expect(inv.buyer.name).toBe('Genossenschaft Alterswohnen Töss');
  });
});
