/**
 * A one-row totals grid on a scan whose figures OCR boxed from a little inside their headers' ends ("Imponibile"
 * over "3.550,00", "Totale documento" over "€4.331,00"): each header's figure is the one after it, as on the text
 * layer, not the next column's rate.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { textParts } from '../../src/extract/text-parts.js';
import { a4 } from './ocr-page.js';

const cell = (x: number, y: number, text: string, width = text.length * 2, ocr = true): TextItem => ({ text, x, y, width, height: 4.2, page: 1, ...(ocr ? { confidence: 95 } : {}) });

/** An Italian invoice; its totals grid's figures start `back` mm before their headers' ends. */
function page(back: number, ocr = true): PageText {
  const c = (x: number, y: number, text: string, width?: number) => cell(x, y, text, width, ocr);
  const items = [
    c(14, 15, 'Mobilificio Brianza Arredi S.r.l.'), c(14, 21, 'Via Valassina 118 - 20851 Lissone (MB) - P.IVA 08814520961'),
    c(101, 38, 'Spett.le'), c(101, 42, 'Hotel Lago Blu S.r.l.'), c(101, 47, 'Via Roma 12'), c(101, 52, '22100 Como (CO)'),
    c(16, 71, 'Tipo documento'), c(57, 71, 'Numero'), c(89, 71, 'Data'),
    c(16, 76, 'Fattura differita'), c(59, 76, '2025/0915'), c(89, 76, '18/11/2025'),
    c(16, 87, 'Codice'), c(37, 87, 'Descrizione'), c(163, 87, 'Importo'), c(185, 87, 'IVA'),
    c(17, 92, 'TV-180'), c(37, 92, 'Tavolo rovere naturale 180x90'), c(164, 92, '1.680,00 22'),
    c(17, 98, 'SD-044'), c(37, 98, 'Sedia imbottita tessuto antimacchia'), c(164, 98, '1.520,00 22'),
    c(17, 104, 'TR-MON'), c(37, 104, 'Trasporto e montaggio al piano'), c(168, 104, '350,00 22'),
    c(16, 122, 'Imponibile', 17), c(53, 122, 'Aliquota IVA', 19), c(86, 122, 'Imposta', 13.5), c(116, 122, 'Spese bolli', 17.5), c(146, 122, 'Totale documento', 27.5),
    c(33 - back, 127.5, '3.550,00', 20), c(74.5, 127.5, '22%', 11), c(99.5 - back, 127.5, '781,00', 16), c(134.5 - back, 127.5, '0,00', 11), c(173.5 - back, 127.5, '€ 4.331,00', 26.5),
  ];
  return a4(items);
}


/** A Romanian form: "Total" over the columns' sums, then "Total de plată" and its note over the total, all OCR'd. */
function romanian(): PageText {
  const c = (x: number, y: number, text: string, width?: number) => cell(x, y, text, width);
  const items = [
    c(22, 15, 'Furnizor: Tipografia Carpați SRL'), c(129, 15, 'Cumpărător: Pensiunea Casa Bunicii SRL'),
    c(90, 20, 'FACTURA Seria BVX nr. 0412'), c(90, 25, 'Data: 12.11.2025'),
    c(22, 30, 'CIF: RO18443120'), c(129, 30, 'CIF: RO30112278'),
    c(24, 44, 'Nr. crt.'), c(44, 44, 'Denumirea produselor sau a serviciilor'), c(99, 44, 'U.M.'), c(109, 44, 'Cant.'), c(123, 44, 'Preț unitar (fără TVA)'), c(157, 44, 'Valoarea'), c(175, 44, 'Valoarea TVA'),
    c(27, 55, '1'), c(36, 55, 'Meniuri laminate A4, 4 pagini, color'), c(99, 55, 'buc'), c(113, 55, '40'), c(146, 55, '18,50'), c(162, 55, '740,00'), c(184, 55, '155,40'),
    c(27, 60, '2'), c(36, 60, 'Roll-up 85x200 cm, cu geantă'), c(99, 60, 'buc'), c(113, 60, '2'), c(144, 60, '245,00'), c(162, 60, '700,00'), c(184, 60, '147,00'),
    c(22, 69, 'Semnătura și ștampila furnizorului'), c(164, 69, 'Total', 8),
    c(159, 71.5, '1.440,00', 16), c(183, 71.5, '302,40', 12.5),
    c(22, 76, 'Mijlocul de transport: BV-12-TPC'), c(164, 76, 'Total de plată', 22),
    c(164, 78.6, '(col. 5 + col. 6)'), c(166, 81.8, '1.742,40', 16),
  ];
  return a4(items);
}

/** An Indian tax invoice's HSN summary: a row per HSN code under the headers, then their total. */
function hsnSummary(): PageText {
  const c = (x: number, y: number, text: string, width?: number) => cell(x, y, text, width);
  const items = [
    c(21, 15, 'Vasudha Agro Implements Pvt Ltd'), c(98, 17, 'Tax Invoice'), c(120, 25, 'Invoice No.'), c(150, 25, 'VAI/25-26/0418'),
    c(21, 30, 'GSTIN/UIN: 27AABCV4418K1ZQ'), c(120, 30, 'Dated'), c(150, 30, '12-Nov-2025'),
    c(21, 45, 'Buyer (Bill to)'), c(21, 50, 'Sahyadri Farm Equipments'), c(21, 55, 'GSTIN/UIN: 29AAKFS2281M1ZD'),
    c(23, 84, 'Sl'), c(43, 84, 'Description of Goods'), c(89, 84, 'HSN/SAC'), c(112, 84, 'Quantity'), c(137, 84, 'Rate'), c(174, 84, 'Amount'),
    c(23, 90, '1'), c(43, 90, 'Rotavator 6 ft'), c(89, 90, '8432'), c(115, 90, '4 Nos'), c(135, 90, '70,900.00'), c(176, 90, '2,83,600.00', 18),
    c(23, 95, '2'), c(43, 95, 'Freight'), c(89, 95, '9965'), c(176, 95, '4,500.00', 16),
    c(76, 102.7, 'IGST'), c(146, 102.7, '5%'), c(182, 102.7, '14,405.00', 16),
    c(77, 106.7, 'Total'), c(120, 106.7, '5 Nos'), c(176, 106.7, '3,02,505.00', 20),
    c(27, 117, 'HSN/SAC', 13), c(56, 117, 'Taxable Value', 22), c(92, 117, 'IGST Rate', 16), c(122, 117, 'IGST Amount', 18), c(160, 117, 'Total Tax Amount', 27),
    c(21, 120.8, '8432', 8), c(69, 120.8, '2,83,600.00', 20), c(108, 120.8, '5%', 5), c(136.5, 120.8, '14,180.00', 16), c(183.5, 120.8, '14,180.00', 16),
    c(21, 124.7, '9965', 8), c(72, 124.7, '4,500.00', 16), c(107, 124.7, '5%', 5), c(139, 124.7, '225.00', 11), c(187.5, 124.7, '225.00', 11),
    c(38, 128.9, 'Total', 9), c(67, 128.9, '2,88,100.00', 20), c(134, 128.9, '14,405.00', 16), c(181, 128.9, '14,405.00', 16),
  ];
  return a4(items);
}

/** A UK invoice of one item, its net boxed from inside the items' "Net" header, its totals under the table. */
function oneItem(): PageText {
  const c = (x: number, y: number, text: string, width?: number) => cell(x, y, text, width);
  const items = [
    c(17, 15, 'Harbour Cleaning Supplies Ltd'), c(150, 15, 'SALES INVOICE'), c(17, 30, 'VAT Reg. No. GB 402 1187 55'),
    c(150, 25, 'Invoice No. HCS-24118'), c(150, 30, 'Date 14/11/2025'),
    c(17, 45, 'Invoice to'), c(17, 50, 'The Quayside Kitchen Ltd'), c(17, 55, '12 Harbour Row'),
    c(17, 87.6, 'Line Description', 28), c(124, 87.6, 'Qty Price', 16), c(157, 87.6, 'Net', 6), c(180, 87.6, 'VAT', 7),
    c(17, 95.4, '1', 2), c(33, 95.4, 'Hand soap 5 l', 22), c(133, 95.4, '5', 2), c(143, 95.4, '23.94', 9), c(162, 95.4, '119.70 S', 15),
    c(120, 120, 'Net total'), c(165, 120, '119.70', 11), c(120, 126, 'VAT 20%'), c(167, 126, '23.94', 9), c(120, 132, 'Total'), c(165, 132, '143.64', 11),
  ];
  return a4(items);
}

const totals = (p: PageText, source: 'text' | 'ocr' = 'ocr') => {
  const i = textParts([p], source, []).find((x) => x.source === source)!.invoice;
  return [i.amount, i.taxAmount, i.totalAmount];
};

describe("a totals grid's figures boxed from inside their headers' ends", () => {
  it("reads each header's figure", () => {
    expect(totals(page(0.5))).toEqual([3550, 781, 4331]);
    expect(totals(page(1.5))).toEqual([3550, 781, 4331]);
    expect(totals(page(2.5))).toEqual([3550, 781, 4331]);
  });

  it('takes no figure boxed from further inside its header than its height, nor on a text layer, as the next cell\'s', () => {
    // (The row's next cell was read instead, the rate "22%" as the net: a rate is no amount. The grid is read by its
    // columns then, each header over the one figure under it.)
    for (const [p, source] of [[page(5), 'ocr'], [page(1.5, false), 'text']] as const) {
      const [amount] = totals(p, source);
      expect(amount).not.toBe(22);
      expect(totals(p, source)).toEqual([3550, 781, 4331]);
    }
  });

  it('takes no figure of the row above a label of two cells', () => {
    expect(totals(romanian())[2]).toBe(1742.4);
  });

  it("takes no figure of a table's first row with rows under it", () => {
    expect(totals(hsnSummary())[1]).toBe(14405);
  });

  it("reads an item table's sole row as before", () => {
    expect(totals(oneItem())).toEqual(totals({ ...oneItem(), items: oneItem().items.map((i) => (i.text === '119.70 S' ? { ...i, x: 164 } : i)) }));
  });
});
