/**
 * What the ninety-first to ninety-third batches of unseen supplier invoices (Southern European totals grids,
 * Swiss, Irish, Maltese and Nordic bills, ERP pages and credit notes) printed that the parser misread. One
 * class varied at a time, read as a text layer gives it; names and figures are not the batches'.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = (inv: ReturnType<typeof parse>) => [inv.amount, inv.taxAmount, inv.totalAmount];
/** A totals block at the right: one label and its figure a row, from the given height down. */
const totalsBlock = (rows: Array<[string, string]>, top = 150, x = 110) => rows.flatMap(([label, figure], i) => [d(x, top + 5 * i, label), d(172, top + 5 * i, figure)]);

describe('a delivery address\'s block beside the customer\'s ("Destinazione merce" left of "Spett.le")', () => {
  const read = (label: string, top = 40) => parse([
    d(15, 12, 'Falegnameria Orsini S.r.l.', 5), d(15, 20, 'Via dei Boschi 14 - 37121 Verona (VR) · P.IVA 04418830231'),
    d(15, top, label), d(105, top, 'Spett.le'),
    d(15, top + 5, 'Cantiere Villa Ardenza'), d(105, top + 5, 'Immobiliare Gardesana S.p.A.'),
    d(15, top + 10, 'Strada della Fontana 88'), d(105, top + 10, 'Corso Porta Nuova 31'),
    d(15, top + 15, '37017 Lazise (VR)'), d(105, top + 15, '37122 Verona (VR)'),
    d(105, top + 20, 'P.IVA 03991420234'),
    d(15, 80, 'Fattura n. 318/2025 del 12/11/2025'),
    ...totalsBlock([['Imponibile', '2.400,00'], ['IVA 22%', '528,00'], ['Totale documento', '2.928,00']], 120),
  ]);

  it('is no buyer: the customer is the block beside it, its rows are not the seller\'s address', () => {
    for (const label of ['Destinazione merce', 'Luogo di consegna', 'Indirizzo di spedizione', 'Lieferanschrift', 'Dirección de entrega']) {
      for (const top of [40, 33]) {
        const inv = read(label, top);
        expect(inv.buyer?.name).toBe('Immobiliare Gardesana S.p.A.');
        expect(inv.seller?.address ?? '').not.toContain('Cantiere');
      }
    }
    const inv = read('Destinazione merce');
    expect([inv.number, inv.date, inv.seller?.name]).toEqual(['318/2025', '2025-11-12', 'Falegnameria Orsini S.r.l.']);
  });

  it('alone, with no customer\'s block beside it, still names the customer', () => {
    const inv = parse([
      d(15, 12, 'Falegnameria Orsini S.r.l.', 5), d(15, 20, 'Via dei Boschi 14 - 37121 Verona (VR) · P.IVA 04418830231'),
      d(15, 40, 'Destinazione merce'), d(15, 45, 'Immobiliare Gardesana S.p.A.'), d(15, 50, 'Corso Porta Nuova 31'), d(15, 55, '37122 Verona (VR)'),
      d(15, 80, 'Fattura n. 318/2025 del 12/11/2025'),
      ...totalsBlock([['Imponibile', '2.400,00'], ['IVA 22%', '528,00'], ['Totale documento', '2.928,00']], 120),
    ]);
    expect(inv.buyer?.name).toBe('Immobiliare Gardesana S.p.A.');
  });

  it('a block under another label is still the window\'s (control)', () => {
    const inv = parse([
      d(15, 12, 'Falegnameria Orsini S.r.l.', 5), d(15, 20, 'Via dei Boschi 14 - 37121 Verona (VR) · P.IVA 04418830231'),
      d(15, 45, 'Immobiliare Gardesana S.p.A.'), d(15, 50, 'Corso Porta Nuova 31'), d(15, 55, '37122 Verona (VR)'),
      d(15, 80, 'Fattura n. 318/2025 del 12/11/2025'),
      ...totalsBlock([['Imponibile', '2.400,00'], ['IVA 22%', '528,00'], ['Totale documento', '2.928,00']], 120),
    ]);
    expect(inv.buyer?.name).toBe('Immobiliare Gardesana S.p.A.');
  });
});
