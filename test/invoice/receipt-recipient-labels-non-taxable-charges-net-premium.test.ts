/**
 * Labels and words of large issuers' bills read on their first print: the Swedish "Fakturamottagare" (the Danish
 * "Fakturamodtager", the Norwegian "Fakturamottaker") heading the customer's block, the Spanish "Tomador del
 * seguro" (the policyholder) heading it on an insurance receipt with its premium before surcharges and tax as
 * "Prima neta", and an airline's "Non-taxable charges" (airport charges outside GST) held in the total: part of the
 * net, as "not subject to VAT" is. Without them the label was the buyer ("Fakturamottagare", "DEL SEGURO …"), the
 * net was missing, and the net was the taxable value alone, short of the total less the tax.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const withBuyerLabel = (label: string): Draw[] => [
  { text: 'Fjällbanan Trafik AB', x: 15, y: 12, size: 5 },
  { text: label, x: 15, y: 35 },
  { text: 'Ingenjörsfirman Berg & Lund AB', x: 15, y: 40 }, { text: 'Drottninggatan 4', x: 15, y: 45 }, { text: '411 14 Göteborg', x: 15, y: 50 },
  { text: 'Fakturanummer', x: 120, y: 35 }, { text: '66012044', x: 160, y: 35 },
  { text: 'Fakturadatum', x: 120, y: 40 }, { text: '2025-10-02', x: 160, y: 40 },
  { text: 'Resa Göteborg C – Oslo S', x: 15, y: 70 }, { text: '1 060,00', x: 170, y: 70 },
  { text: 'Summa exkl. moms', x: 120, y: 85 }, { text: '1 000,00', x: 170, y: 85 },
  { text: 'Moms 6 %', x: 120, y: 90 }, { text: '60,00', x: 173, y: 90 },
  { text: 'Att betala', x: 120, y: 95 }, { text: '1 060,00', x: 170, y: 95 },
];

const receipt: Draw[] = [
  { text: 'Seguros Montejo, S.A.', x: 15, y: 12, size: 5 },
  { text: 'RECIBO DE PRIMA', x: 140, y: 12, size: 4 },
  { text: 'Recibo nº: 2025-10-0044812', x: 140, y: 20 }, { text: 'Fecha de emisión: 01/10/2025', x: 140, y: 25 },
  { text: 'TOMADOR DEL SEGURO', x: 15, y: 35 },
  { text: 'Panificadora Ortega, S.L.', x: 15, y: 40 }, { text: 'Calle Real 8', x: 15, y: 45 }, { text: '09001 Burgos', x: 15, y: 50 },
  { text: 'Prima neta', x: 110, y: 70 }, { text: '900,00 €', x: 170, y: 70 },
  { text: 'Impuesto sobre las Primas de Seguros (8 %)', x: 110, y: 76 }, { text: '72,00 €', x: 172, y: 76 },
  { text: 'PRIMA TOTAL', x: 110, y: 82 }, { text: '972,00 €', x: 170, y: 82 },
];

const airline = (untaxedLabel: string): Draw[] => [
  { text: 'Indus Airways Limited', x: 15, y: 12, size: 5 }, { text: 'TAX INVOICE', x: 150, y: 12, size: 4 },
  { text: 'Invoice No.: DL2510B001187', x: 15, y: 22 }, { text: 'Invoice Date: 02-Oct-2025', x: 15, y: 27 },
  { text: 'Recipient', x: 110, y: 22 }, { text: 'Narmada Textiles Pvt Ltd', x: 110, y: 27 }, { text: 'Surat, Gujarat 395003', x: 110, y: 32 },
  { text: 'Total taxable value', x: 110, y: 70 }, { text: '₹ 4,000.00', x: 170, y: 70 },
  { text: 'IGST', x: 110, y: 76 }, { text: '₹ 200.00', x: 172, y: 76 },
  { text: untaxedLabel, x: 110, y: 82 }, { text: '₹ 950.00', x: 172, y: 82 },
  { text: 'Grand total', x: 110, y: 88 }, { text: '₹ 5,150.00', x: 170, y: 88 },
];

describe('labels and words of large issuers\' bills', () => {
  for (const label of ['Fakturamottagare', 'Fakturamodtager', 'Fakturamottaker']) {
    it(`reads the block under "${label}" as the buyer`, () => {
      expect(parseWesternInvoiceText(toPageText(withBuyerLabel(label))).buyer.name).toBe('Ingenjörsfirman Berg & Lund AB');
    });
  }

  it('reads an insurance receipt\'s policyholder and its net premium', () => {
    const inv = parseWesternInvoiceText(toPageText(receipt));
    expect(inv.buyer.name).toBe('Panificadora Ortega, S.L.');
    expect(inv.amount).toBe(900);
    expect(inv.taxAmount).toBe(72);
    expect(inv.totalAmount).toBe(972);
  });

  it('counts non-taxable charges held in the total in the net', () => {
    const inv = parseWesternInvoiceText(toPageText(airline('Non-taxable charges')));
    expect(inv.taxAmount).toBe(200);
    expect(inv.totalAmount).toBe(5150);
    expect(inv.amount).toBe(4950);
  });
});
