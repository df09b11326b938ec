/**
 * An Italian print (TeamSystem's) setting its recapitulation by rate ("Aliquota | Imponibile | Imposta") left of its
 * totals grid ("Totale imponibile | Totale IVA | Totale documento", each header wrapped in its narrow cell), the first
 * rate's row level with the totals' figures: the totals are the grid's, right of the recapitulation.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const S = 4.2;
const inv = parseWesternInvoiceText(toPageText([
  d(17, 14, 'Piastrelle Secchia S.r.l.', 4.6), d(172, 14, 'FATTURA', S), d(130, 19, 'N. 311/2026 del 12/11/2026', S),
  d(17, 36, 'Spett.le', S), d(17, 41, 'Edil Bassa S.n.c.', S), d(17, 46, 'Via Carpi 12', S), d(17, 51, '41012 Carpi (MO)', S),
  d(17, 87, 'Codice', S), d(39, 87, 'Descrizione', S), d(125, 87, 'Q.tà', S), d(139, 87, 'Prezzo', S), d(162, 87, 'IVA', S), d(174, 87, 'Importo', S),
  d(17, 93, 'P-10', S), d(39, 93, 'Piastrelle (mq)', S), d(130, 93, '100', S), d(143, 93, '20,00', S), d(159, 93, '22 %', S), d(174, 93, '2.000,00', S),
  d(17, 99, 'S-20', S), d(39, 99, 'Posa in opera (mq)', S), d(130, 99, '100', S), d(143, 99, '10,00', S), d(159, 99, '10 %', S), d(174, 99, '1.000,00', S),
  d(17.2, 124, 'Aliquota', S), d(37.8, 124, 'Imponibile', S), d(63, 124, 'Imposta', S), d(125.5, 124, 'Totale', S), d(145, 124, 'Totale', S), d(178.4, 124, 'Totale', S),
  d(114.8, 129, 'imponibile', S), d(151.6, 129, 'IVA', S), d(166.2, 129, 'documento', S),
  d(17.2, 135.5, '22 %', S), d(45.7, 135.5, '2.000,00', S), d(71.2, 135.5, '440,00', S), d(121, 135.5, '3.000,00', S), d(144.6, 135.5, '540,00', S), d(167.6, 135.5, '€ 3.540,00', S),
  d(17.2, 141.5, '10 %', S), d(45.7, 141.5, '1.000,00', S), d(71.2, 141.5, '100,00', S),
], 210, 297));

describe('a recapitulation by rate beside the totals grid', () => {
  it('the totals under "Totale imponibile | Totale IVA | Totale documento"', () => {
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([3000, 540, 3540]);
  });
});
