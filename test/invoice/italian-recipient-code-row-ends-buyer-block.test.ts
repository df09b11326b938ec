/**
 * An Italian fattura whose customer's box stands at the top right, level with the letterhead ("Spett.le", the
 * name, street, town, "P.IVA …"), its last row the e-invoice recipient's code ("Cod. destinatario M5UXCR1")
 * reaching down into the address window's band: that row is an id, no name a block opens with, and the box
 * is the buyer. A hotel supplier's fattura of the 123rd batch as a browser printed it (its buyer read as the
 * code's row), the code's label varied.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (code: string) => [
  d(17, 16.5, 'Forniture Alberghiere Garda S.r.l.', 4.9), d(116, 16.5, 'Spett.le'),
  d(17, 22.2, "Via dell'Artigianato 22 – 37019 Peschiera del Garda (VR)"), d(116, 22.2, 'Hotel Bellavista Sirmione S.r.l.'),
  d(116, 27.3, 'Viale Marconi 31'),
  d(17, 32.3, 'P.IVA 04418720237 · C.F. 04418720237'), d(116, 32.3, '25019 Sirmione (BS)'),
  d(17, 37.3, 'REA VR-418872 · Cap. soc. € 50.000,00 i.v.'), d(116, 37.3, 'P.IVA 02288410981'),
  d(116, 42.9, code),
  d(18, 56.6, 'Numero'), d(50, 56.6, 'Data'), d(18, 62, '2025/FA/0873'), d(50, 62, '19/11/2025'),
  d(17, 80, 'Descrizione'), d(170, 80, 'Importo'), d(17, 86, 'Set lenzuola matrimoniali'), d(176, 86, '770,00'),
  d(120, 110, 'Totale imponibile'), d(176, 110, '770,00'), d(120, 115, 'IVA 22 %'), d(176, 115, '169,40'),
  d(120, 120, 'Totale documento'), d(176, 120, '939,40'),
];

describe("an e-invoice recipient's code ending the customer's box", () => {
  it('reads the box above it as the buyer', () => {
    for (const code of ['Cod. destinatario M5UXCR1', 'Codice destinatario KRRH6B9', 'Codice SDI 0000000']) {
      expect(parseWesternInvoiceText(toPageText(page(code), 210, 297)).buyer.name, code).toBe('Hotel Bellavista Sirmione S.r.l.');
    }
  });
});
