/**
 * An Italian invoice sets the customer's operating site at the left under "Sede operativa del cliente"
 * and the customer itself at the right under "Spett.le": the heading names an address, no party, as
 * "Destinazione merce" does; the block under "Spett.le" is the buyer. The 134th batch's coworking fattura
 * as a browser printed it (its buyer read as "Sede operativa del cliente").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

describe('a heading of the customer’s site beside the customer’s block', () => {
  it('is no buyer', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(18, 17, 'Studio Brera', 5),
      d(18, 24, 'Studio Brera Servizi S.r.l.'), d(18, 29, 'Via Solferino 12, 20121 Milano'), d(18, 34, 'P.IVA 10228840961'),
      d(18, 48, 'Sede operativa del cliente', 2.5), d(106, 48, 'Spett.le'),
      d(18, 51, 'Via Tortona 31'), d(106, 53, 'Ortofrutta Lodigiana S.r.l.'),
      d(18, 56, '20144 Milano'), d(106, 58, 'Via Cavour 40'),
      d(106, 63, '26900 Lodi'),
      d(17, 80, 'Fattura n.'), d(37, 80, 'SB/2025/118'), d(70, 80, 'del 14 novembre 2025'),
      d(18, 90, 'Descrizione'), d(170, 90, 'Importo'),
      d(18, 96, 'Servizi amministrativi ottobre'), d(172, 96, '600,00'),
      d(120, 110, 'Imponibile'), d(172, 110, '600,00'), d(120, 115, 'IVA 22%'), d(172, 115, '132,00'),
      d(120, 120, 'Totale fattura €'), d(172, 120, '732,00'),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Ortofrutta Lodigiana S.r.l.');
  });
});
