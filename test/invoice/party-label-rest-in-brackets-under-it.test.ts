/**
 * The courtesy copy of an Italian e-invoice heads its boxes "Cedente/prestatore (fornitore)" and
 * "Cessionario/committente (cliente)"; in the buyer's narrower box the bracketed word wraps onto the row
 * under the label. That word is the label's, not the first row of the party's block (the name is under
 * "Denominazione:"). The 139th batch's courtesy copy as a browser printed it (buyer read as "(cliente)").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

describe('a party label’s bracketed rest wrapped under it', () => {
  it('is no row of the party’s block', () => {
    const inv = parseWesternInvoiceText(toPageText([
      d(19.6, 18.3, 'Cedente/prestatore (fornitore)', 4.23), d(107.6, 18.3, 'Cessionario/committente', 4.23),
      d(107.6, 23.3, '(cliente)', 4.23),
      d(19.6, 24.6, 'Identificativo fiscale ai fini IVA:', 4.23),
      d(19.6, 29.6, 'IT04471208812', 4.23), d(107.6, 29.6, 'Identificativo fiscale ai fini IVA:', 4.23),
      d(19.6, 34.7, 'Codice fiscale: 04471208812', 4.23), d(107.6, 34.7, 'IT02088120447', 4.23),
      d(19.6, 39.7, 'Denominazione: Tipografia Rinaldi', 4.23), d(107.6, 39.7, 'Codice fiscale: 02088120447', 4.23),
      d(19.6, 44.7, 'S.r.l.', 4.23), d(107.6, 44.7, 'Denominazione: Studio Associato', 4.23),
      d(19.6, 49.7, 'Regime fiscale: RF01 (ordinario)', 4.23), d(107.6, 49.7, 'Conti e Ferraro', 4.23),
      d(19.6, 54.8, 'Indirizzo: Via dell\'Industria 14', 4.23), d(107.6, 54.8, 'Indirizzo: Corso Cavour 33', 4.23),
      d(19.6, 59.8, 'Comune: Fermo Provincia: FM', 4.23), d(107.6, 59.8, 'Comune: Macerata Provincia: MC', 4.23),
      d(19.6, 64.8, 'Cap: 63900 Nazione: IT', 4.23), d(107.6, 64.8, 'Cap: 62100 Nazione: IT', 4.23),
      d(18.5, 82, 'Tipologia documento', 4.23), d(76.3, 82, 'Numero documento', 4.23), d(116.8, 82, 'Data documento', 4.23),
      d(18.5, 88, 'TD01 fattura', 4.23), d(76.3, 88, '447/FE', 4.23), d(116.8, 88, '24-11-2025', 4.23),
      d(41.1, 104, 'Descrizione', 4.23), d(175.9, 104, 'Prezzo totale', 4.23),
      d(41.1, 110, 'Carta intestata A4', 4.23), d(178, 110, '500,00', 4.23),
      d(120, 125, 'Totale imponibile', 4.23), d(178, 125, '500,00', 4.23),
      d(120, 131, 'Totale imposta', 4.23), d(178, 131, '110,00', 4.23),
      d(120, 137, 'Totale documento', 4.23), d(178, 137, '610,00', 4.23),
    ], 210, 297));
    expect(inv.buyer.name).toBe('Studio Associato Conti e Ferraro');
    expect(inv.seller.name).toBe('Tipografia Rinaldi S.r.l.');
  });
});
