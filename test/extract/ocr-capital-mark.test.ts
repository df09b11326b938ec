/**
 * A name's word that its language writes only with a marked capital, read bare ("Optica" for "Óptica" on a
 * Spanish page): no reading of the row settles it, the name stays in doubt.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { emptyInvoice } from '../../src/invoice/model.js';

const item = (text: string, y: number): TextItem => ({ text, x: 20, y, width: text.length * 2, height: 4, page: 1, confidence: 97 });

/** A Spanish rent invoice as OCR read it, its tenant read as `buyer`. */
function doubts(buyer: string, words = ['Factura nº ALQ-25-011', 'Fecha de expedición 01/11/2025', 'Base imponible 1.350,00', 'Cuota IVA 21 % 283,50', 'Total factura 1.633,50', 'Renta mensual del local comercial']) {
  const inv = emptyInvoice();
  inv.number = 'ALQ-25-011';
  inv.totalAmount = 1633.5;
  inv.seller.name = 'Inversiones Albaicín 2008, S.L.';
  inv.buyer.name = buyer;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  const pages: PageText[] = [{ page: 1, width: 210, height: 297, items: [item('Inversiones Albaicín 2008, S.L.', 40), item(buyer, 40), ...words.map((w, k) => item(w, 60 + 6 * k))] }];
  return doubtfulFields(inv, pages);
}

describe("a capital's mark read bare", () => {
  it('keeps the name in doubt on a page in the language that writes it', () => {
    expect(doubts('Optica Mirada Clara, S.L.').kept).toEqual(['buyer.name']);
    expect(doubts('Aguas do Douro, Lda', ['Fatura FT 2025/118', 'Contribuinte 501 223 884', 'IVA 23 %', 'Total a pagar do mês', 'Data de emissão dos serviços']).kept).toEqual(['buyer.name']);
  });

  it('leaves a name read with its mark, one in capitals, and a page in another language', () => {
    for (const name of ['Óptica Mirada Clara, S.L.', 'OPTICA MIRADA CLARA, S.L.', 'Inmobiliaria Mirada Clara, S.L.']) expect(doubts(name).kept, name).toBeUndefined();
    expect(doubts('Opera House Cafe Ltd', ['Invoice INV-2211', 'Date 01/11/2025', 'Total due 1,633.50', 'Thank you for your business']).kept).toBeUndefined();
  });
});
