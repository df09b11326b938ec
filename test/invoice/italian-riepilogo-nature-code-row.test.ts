/**
 * The VAT summary of an Italian e-invoice's courtesy copy, its headers wrapped in two rows ("Totale" over
 * "imponibile", "Totale" over "imposta"), a row at 22 % and a row of charges outside VAT by their nature code
 * ("N1", excluded under art. 15): both rows are the breakdown's, the N1 row's base part of the net at no tax,
 * so net and tax add up to the document's total. The 125th batch's FatturaPA copy as a browser printed it (net
 * and tax null), the nature code varied.
 */
import { describe, expect, it } from 'vitest';
import { pageLines } from '../../src/invoice/layout.js';
import { taxBreakdown } from '../../src/invoice/western/tax-breakdown.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (nature: string) => [
  d(18, 22.5, 'Cedente/prestatore (fornitore)'), d(106, 22.5, 'Cessionario/committente (cliente)'),
  d(18, 27.5, 'Denominazione: Rinaldi Consulenze S.r.l.'), d(106, 27.5, 'Denominazione: Mobilificio Piave S.p.A.'),
  d(18, 32.5, 'Indirizzo: Via Feltrina 118'), d(106, 32.5, 'Indirizzo: Via Postumia 22'),
  d(18, 68.3, 'Tipologia documento'), d(76, 68.3, 'Numero documento'), d(117, 68.3, 'Data documento'),
  d(18, 74, 'TD01 fattura'), d(76, 74, '125/FE'), d(117, 74, '2025-11-21'),
  d(18, 90.5, 'Descrizione'), d(176, 90.5, 'Prezzo totale'), d(18, 96, 'Consulenza tecnica'), d(176, 96, '1.200,00'),
  d(18, 101, 'Diritti di segreteria anticipati'), d(178, 101, '150,00'),
  d(16, 139.6, 'RIEPILOGHI IVA E TOTALI'),
  d(18, 143.9, 'esigibilità iva /'), d(78, 143.9, '%IVA'), d(112, 143.9, 'Spese'), d(148, 143.9, 'Totale'), d(178, 143.9, 'Totale'),
  d(18, 149, 'riferimenti normativi'), d(101, 149, 'accessorie'), d(137, 149, 'imponibile'), d(173, 149, 'imposta'),
  d(18, 155.3, 'I (immediata)'), d(78, 155.3, '22,00'), d(143, 155.3, '1.200,00'), d(178, 155.3, '264,00'),
  d(18, 161.7, 'Escluse ex art. 15 DPR'), d(84, 161.7, nature), d(147, 161.7, '150,00'), d(183, 161.7, '0,00'),
  d(18, 176.2, 'Importo bollo'), d(141, 176.2, 'Totale documento'), d(141, 182.6, '1.614,00'),
];

describe('a riepilogo row by its nature code', () => {
  it('is a row of the breakdown at no tax', () => {
    for (const nature of ['N1', 'N2.1']) {
      expect(taxBreakdown(pageLines(toPageText(page(nature), 210, 297))), nature).toMatchObject({ net: 1350, tax: 264, rows: 2 });
      const inv = parseWesternInvoiceText(toPageText(page(nature), 210, 297));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], nature).toEqual([1350, 264, 1614]);
    }
  });

  it('is one with its 1 read as the letter of its shape, as a scan reads it', () => {
    for (const nature of ['NI', 'Nl']) {
      const inv = parseWesternInvoiceText(toPageText(page(nature), 210, 297));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], nature).toEqual([1350, 264, 1614]);
    }
  });
});
