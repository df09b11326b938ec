/**
 * An XRechnung view prints its document-level sums after the items' ("Summe der Nettobeträge aller
 * Positionen", "Summe der Abschläge auf Dokumentenebene", "Summe der Zuschläge auf Dokumentenebene", BT-106
 * to BT-108): a discount and a charge, so the items with them add up to the net and the right invoice is
 * not flagged. The 131st batch's KoSIT-style view as a browser printed it (right, but flagged: items_sum),
 * and the English labels.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { d, toPdf, type Draw } from './page-builder.js';

const run = async (draws: Draw[]) => (await extract({ inputs: [{ name: 'rechnung.pdf', bytes: await toPdf(draws, 210, 297, false) }], ocr: false, now: new Date('2025-12-01T00:00:00Z') })).results[0]!;

const page = (allowances: string, charges: string): Draw[] => [
  d(16, 14, 'Hafenreinigung Ost GmbH · Kaistraße 3 · 24103 Kiel', 2.3),
  d(16, 20, 'Amt Schrevenborn'), d(16, 25, 'Dorfstraße 8'), d(16, 30, '24226 Heikendorf'),
  d(120, 20, 'Hafenreinigung Ost GmbH', 5),
  d(16, 50, 'Rechnung Nr. XR-2025-0412'), d(120, 50, 'Rechnungsdatum 14.11.2025'),
  d(16, 62, 'Pos.'), d(30, 62, 'Bezeichnung'), d(120, 62, 'Menge'), d(140, 62, 'Preis'), d(178, 62, 'Betrag'),
  d(16, 68, '1'), d(30, 68, 'Unterhaltsreinigung Rathaus, Oktober'), d(120, 68, '1'), d(140, 68, '2.400,00'), d(178, 68, '2.400,00'),
  d(16, 73, '2'), d(30, 73, 'Glasreinigung'), d(120, 73, '200'), d(143, 73, '3,00'), d(180, 73, '600,00'),
  d(90, 90, 'Summe der Nettobeträge aller Positionen'), d(178, 90, '3.000,00'),
  d(90, 95, allowances), d(180, 95, '150,00'),
  d(90, 100, charges), d(182, 100, '30,00'),
  d(90, 105, 'Gesamtbetrag ohne Umsatzsteuer'), d(178, 105, '2.880,00'),
  d(90, 110, 'Summe Umsatzsteuer'), d(180, 110, '547,20'),
  d(90, 115, 'Gesamtbetrag einschließlich Umsatzsteuer'), d(178, 115, '3.427,20'),
];

describe('the sums of allowances and charges on document level', () => {
  it('are a discount and a charge: the items add up', async () => {
    for (const [allowances, charges] of [['Summe der Abschläge auf Dokumentenebene', 'Summe der Zuschläge auf Dokumentenebene'], ['Sum of allowances on document level', 'Sum of charges on document level']]) {
      const r = await run(page(allowances, charges));
      expect(r.invoice!.amount, allowances).toBe(2880);
      expect(r.checks.find((c) => c.id === 'items_sum')?.ok, allowances).toBe(true);
    }
  });
});
