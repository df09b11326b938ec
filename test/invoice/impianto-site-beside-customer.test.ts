/**
 * An Italian maintenance invoice's "Impianto" (the installation serviced: a lift, a boiler, its place and serial
 * number) over a block beside the customer's "Spett.le": a place of the service, as "Cantiere" is, never the party
 * billed (the 171st-175th batches' lift maintainer's invoice to a municipality read the caption as the buyer).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height = 4.23, width = text.length * 2.1): TextItem => ({ text, x, y, height, width, page: 1 });

describe('"Impianto" beside the customer', () => {
  it('reads the customer under "Spett.le", not the installation beside it', () => {
    const inv = parseWesternInvoiceText([{ page: 1, width: 210, height: 297, items: [
      w(16, 15, 'TERMOSERVICE', 6, 60), w(140, 15, 'Termoservice Veneto S.r.l.'), w(140, 20, 'Via Venezia 40 · 30174 Mestre (VE)'), w(140, 25, 'P.IVA 04118470275'),
      w(16, 42, 'Impianto', 2.47, 12), w(16, 45, 'Centrale termica Palestra comunale'), w(16, 50, 'Via dello Sport 3, Mirano'), w(16, 55, 'Matricola VE 44718'),
      w(106, 42, 'Spett.le', 2.47, 12), w(106, 45, 'Comune di Noale'), w(106, 50, 'Settore Lavori Pubblici'), w(106, 55, 'Piazza Castello 18'), w(106, 60, '30033 Noale (VE)'), w(106, 65, 'C.F. 82001910273'),
      w(16, 75, 'Fattura n. 2025/0447 del 20/11/2025'),
      w(16, 90, 'Manutenzione ordinaria caldaia 4° trimestre 2025'), w(180, 90, '800,00'),
      w(118, 110, 'Imponibile'), w(175, 110, '800,00'), w(118, 116, 'IVA 22%'), w(175, 116, '176,00'), w(118, 122, 'Totale documento'), w(175, 122, '976,00'),
    ] }]);
    expect(inv.buyer.name).toBe('Comune di Noale');
  });
});
