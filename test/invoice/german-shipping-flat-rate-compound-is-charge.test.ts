/**
 * A German invoice whose items are followed by a customer discount and a shipping flat rate before the VAT
 * ("Warenwert" / "abzgl. 5 % Kundenrabatt" / "Versandkostenpauschale (19 %)"): the flat rate is a charge as
 * "Versandkosten" is, whatever the compound ("-pauschale", "-anteil"), so the items with the discount and the
 * charge add up to the net and the right invoice is not flagged. The 123rd batch's stationer's invoice as a
 * browser printed it (right, but flagged: items_sum, tax_rate_consistent), the charge's word varied.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { d, toPdf, type Draw } from './page-builder.js';

const run = async (draws: Draw[]) => (await extract({ inputs: [{ name: 'rechnung.pdf', bytes: await toPdf(draws, 210, 297, false) }], ocr: false, now: new Date('2025-12-01T00:00:00Z') })).results[0]!;

const page = (charge: string): Draw[] => [
  d(16, 14, 'Papierhaus Lindemann GmbH · Hafenstraße 41 · 28217 Bremen', 2.3),
  d(16, 20, 'Steuerkanzlei Ortmann & Partner mbB'), d(16, 25, 'Am Wall 118'), d(16, 30, '28195 Bremen'),
  d(120, 20, 'Papierhaus Lindemann', 5), d(120, 27, 'Büro- und Schulbedarf'),
  d(16, 50, 'Rechnung Nr. 2025-11-0417'), d(120, 50, 'Datum 24.11.2025'),
  d(16, 62, 'Pos.'), d(30, 62, 'Bezeichnung'), d(120, 62, 'Menge'), d(140, 62, 'Einzelpreis'), d(162, 62, 'USt'), d(178, 62, 'Gesamt'),
  d(16, 68, '1'), d(30, 68, 'Kopierpapier A4, 80 g/m²'), d(120, 68, '10'), d(145, 68, '24,90'), d(162, 68, '19 %'), d(180, 68, '249,00'),
  d(16, 73, '2'), d(30, 73, 'Tonerkartusche schwarz'), d(120, 73, '3'), d(145, 73, '68,50'), d(162, 73, '19 %'), d(180, 73, '205,50'),
  d(16, 78, '3'), d(30, 78, 'Ordner breit, 80 mm'), d(120, 78, '50'), d(147, 78, '2,19'), d(162, 78, '19 %'), d(180, 78, '109,50'),
  d(16, 83, '4'), d(30, 83, 'Fachbuch Bilanzsteuerrecht'), d(120, 83, '2'), d(145, 83, '49,00'), d(162, 83, '7 %'), d(182, 83, '98,00'),
  d(16, 88, '5'), d(30, 88, 'Tischkalender 2026'), d(120, 88, '6'), d(147, 88, '7,90'), d(162, 88, '7 %'), d(182, 88, '47,40'),
  d(100, 100, 'Warenwert'), d(180, 100, '709,40'),
  d(100, 105, 'abzgl. 5 % Kundenrabatt'), d(180, 105, '-35,47'),
  d(100, 110, `${charge} (19 %)`), d(183, 110, '6,90'),
  d(100, 118, 'Nettobetrag'), d(180, 118, '680,83'),
  d(100, 123, 'USt 19 % auf 542,70'), d(180, 123, '103,11'),
  d(100, 128, 'USt 7 % auf 138,13'), d(183, 128, '9,67'),
  d(100, 133, 'Rechnungsbetrag EUR'), d(180, 133, '793,61'),
];

describe('a shipping flat rate before the VAT', () => {
  it('is a charge: the items add up, the invoice is not flagged for it', async () => {
    for (const charge of ['Versandkostenpauschale', 'Frachtkostenanteil']) {
      const r = await run(page(charge));
      expect(r.invoice!.amount, charge).toBe(680.83);
      expect(r.checks.find((c) => c.id === 'items_sum')?.ok, charge).toBe(true);
    }
  });
});
