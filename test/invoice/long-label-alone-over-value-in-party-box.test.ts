/**
 * A courtesy copy of an Italian e-invoice prints each party as labelled rows: "Identificativo fiscale ai fini
 * IVA:" alone over its id, "Denominazione: …" (the name wrapped before its form), "Indirizzo: …". A label alone
 * with its value under it is no name however long it is; the name is the "Denominazione" row's. The 125th
 * batch's FatturaPA copy as a browser printed it (seller and buyer read as the long label).
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = [
  d(16, 16.1, 'Copia di cortesia della fattura elettronica trasmessa al Sistema di Interscambio'),
  d(18, 22.5, 'Cedente/prestatore (fornitore)'), d(106, 22.5, 'Cessionario/committente (cliente)'),
  d(18, 27.5, 'Identificativo fiscale ai fini IVA:'), d(106, 27.5, 'Identificativo fiscale ai fini IVA:'),
  d(18, 32.5, 'IT03318840269'), d(106, 32.5, 'IT04412280261'),
  d(18, 37.6, 'Denominazione: Rinaldi Consulenze'), d(106, 37.6, 'Denominazione: Mobilificio Piave S.p.A.'),
  d(18, 42.6, 'S.r.l.'), d(106, 42.6, 'Indirizzo: Via Postumia 22'),
  d(18, 47.6, 'Regime fiscale: RF01 (ordinario)'), d(106, 47.6, 'Comune: Oderzo (TV) Cap: 31046'),
  d(18, 52.7, 'Indirizzo: Via Feltrina 118'), d(18, 57.7, 'Comune: Treviso (TV) Cap: 31100'),
  d(18, 68.3, 'Tipologia documento'), d(76, 68.3, 'Numero documento'), d(117, 68.3, 'Data documento'),
  d(18, 74, 'TD01 fattura'), d(76, 74, '125/FE'), d(117, 74, '2025-11-21'),
  d(18, 90.5, 'Descrizione'), d(176, 90.5, 'Prezzo totale'), d(18, 96, 'Consulenza tecnica'), d(176, 96, '1.200,00'),
  d(141, 176.2, 'Totale documento'), d(141, 182.6, '1.464,00'),
];

describe('a long label alone over its value in a party’s box', () => {
  it('is no name: the Denominazione row is', () => {
    const inv = parseWesternInvoiceText(toPageText(page, 210, 297));
    expect(inv.seller.name).toBe('Rinaldi Consulenze S.r.l.');
    expect(inv.buyer.name).toBe('Mobilificio Piave S.p.A.');
  });
});
