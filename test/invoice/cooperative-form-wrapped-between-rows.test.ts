/**
 * An Italian cooperative's form wrapped between its words at the end of a name in a narrow value cell, as
 * an e-invoice's stylesheet view sets the parties side by side ("Denominazione | Latteria Sociale" over
 * "Alto Adige Soc." over "Coop. Agricola"): the three rows are the name. Read as two, the name stopped at
 * "Soc.", which looks whole.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

const view = (name: [string, string, string]) => parse([
  d(40, 12, 'FATTURA ELETTRONICA', 5),
  d(18, 28, 'Dati del cedente / prestatore'), d(108, 28, 'Dati del cessionario / committente'),
  d(18, 35, 'Codice fiscale'), d(55, 35, '04417730217'), d(108, 35, 'Codice fiscale'), d(144, 35, '01928330219'),
  d(18, 41, 'Denominazione'), d(55, 41, 'Tipografia Atesina S.r.l.'), d(108, 41, 'Denominazione'), d(144, 41, name[0]),
  d(144, 46, name[1]),
  d(18, 51, 'Regime fiscale'), d(55, 51, 'RF01 (ordinario)'), d(144, 51, name[2]),
  d(18, 57, 'Indirizzo'), d(55, 57, 'Via Roma 14'), d(108, 57, 'Indirizzo'), d(144, 57, 'Via Stazione 3'),
  d(18, 63, 'Comune'), d(55, 63, '39100 Bolzano (BZ) IT'), d(108, 63, 'Comune'), d(144, 63, '39012 Merano (BZ) IT'),
  d(18, 80, 'Tipologia documento'), d(70, 80, 'Data'), d(110, 80, 'Numero'),
  d(18, 86, 'TD01 fattura'), d(70, 86, '20-11-2026'), d(110, 86, 'FE/2026/0412'),
  d(18, 110, 'Aliquota IVA'), d(70, 110, 'Totale imponibile'), d(130, 110, 'Totale imposta'),
  d(18, 116, '22,00'), d(70, 116, '1.500,00'), d(130, 116, '330,00'),
  d(130, 126, 'Totale documento'), d(130, 132, '1.830,00'),
]);

describe('a cooperative form wrapped between its words in a name value cell', () => {
  it('reads the three rows as the name', () => {
    expect(view(['Latteria Sociale', 'Alto Adige Soc.', 'Coop. Agricola']).buyer.name).toBe('Latteria Sociale Alto Adige Soc. Coop. Agricola');
    expect(view(['Cantina Produttori', 'della Valle Soc.', 'Coop. Sociale']).buyer.name).toBe('Cantina Produttori della Valle Soc. Coop. Sociale');
  });

  it('leaves a third row that is no form to the rows after the name (control)', () => {
    expect(view(['Latteria Sociale', 'Alto Adige Soc.', 'Magazzino Nord']).buyer.name).toBe('Latteria Sociale Alto Adige Soc.');
  });
});
