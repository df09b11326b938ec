/**
 * A rendering of a Factur-X, ZUGFeRD or XRechnung invoice prints the UNTDID type code after its title
 * ("FACTURE 380 – Factur-X EN 16931"): no invoice number. The Belgian Factur-X rendering of the 130th batch,
 * its number under a header cell wrapped with its BT code, read "380" with status ok.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText } from './page-builder.js';

const page = (title: string) => toPageText([
  d(14, 13.7, title, 4.6),
  d(15, 22.8, 'Numéro (BT-'), d(49, 22.8, 'Date'), d(86, 22.8, 'Échéance'), d(117, 22.8, 'Référence'),
  d(15, 27.8, '1)'), d(49, 27.8, "d'émission"), d(86, 27.8, '(BT-9)'), d(117, 27.8, 'acheteur (BT-'),
  d(49, 32.8, '(BT-2)'), d(117, 32.8, '10)'),
  d(15, 39, '2025/FV/0981'), d(49, 39, '24/11/2025'), d(86, 39, '24/12/2025'), d(117, 39, 'PO-77120'),
  d(15, 54, 'Vendeur'), d(106, 54, 'Acheteur'),
  d(15, 60, 'Raison sociale : Imprimerie Dejardin SRL'), d(106, 60, 'Raison sociale : École Saint-Joseph ASBL'),
  d(15, 65, 'Rue de la Station 88'), d(106, 65, 'Place Communale 3'),
  d(120, 100, 'Total HT'), d(170, 100, '1 625,00'), d(120, 105, 'Total TVA'), d(170, 105, '155,25'),
  d(120, 110, 'Total TTC'), d(170, 110, '1 780,25'),
], 210, 297);

describe('the type code after an e-invoice rendering’s title', () => {
  it('is no number', () => {
    for (const title of ['FACTURE 380 – Factur-X EN 16931', 'RECHNUNG 380 (ZUGFeRD, Profil EN 16931)', 'Invoice 380 - XRechnung 3.0']) {
      expect(parseWesternInvoiceText(page(title)).number, title).not.toBe('380');
    }
  });
  it('leaves a number after a title without a standard’s name', () => {
    expect(parseWesternInvoiceText(page('FACTURE 381')).number).toBe('381');
  });
});
