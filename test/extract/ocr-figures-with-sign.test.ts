/**
 * A scanned invoice whose item row's price and amount, each printed with its euro sign ("1.800,00 €"), OCR boxed
 * closer than a cell's gap: two figures, as the text layer prints them, not one cell "1.800,00 € 1.800,00 €" that
 * left the row without its amount (the items then summed short of the net, and the page was flagged).
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

function invoice(row: TextItem[]) {
  return a4([
    ocrBox(20, 40, 17, 'EMISOR'), ocrBox(107, 128, 18, 'CLIENTE'),
    ocrBox(20, 68, 22, 'Marta Oliver Pons'), ocrBox(107, 165, 23, 'Distribuciones Turia, S.L.'),
    ocrBox(20, 52, 28, 'NIF 20154871W'), ocrBox(107, 140, 28, 'CIF B46221870'),
    ocrBox(20, 46, 50, 'N.º factura'), ocrBox(52, 90, 50, 'Fecha'),
    ocrBox(20, 44, 57, '2025/0211'), ocrBox(52, 77, 57, '14/11/2025'),
    ocrBox(19, 43, 68, 'Concepto'), ocrBox(116, 138, 69, 'Cantidad'), ocrBox(149, 165, 69, 'Precio'), ocrBox(172, 192, 69, 'Importe'),
    ocrBox(19, 105, 74, 'Diseño de catálogo de producto (fase 1)'), ...row,
    ocrBox(19, 95, 80, 'Fotografía de producto, media jornada'), ocrBox(134, 138, 81.7, '1'), ocrBox(145, 165.3, 81.7, '240,00 €'), ocrBox(172, 192.1, 82, '240,00 €'),
    ocrBox(119, 152, 92, 'Base imponible'), ocrBox(167, 192, 92, '2.340,00 €'),
    ocrBox(119, 139, 98, 'IVA 21 %'), ocrBox(172, 192, 98, '491,40 €'),
    ocrBox(119, 146, 104, 'Total factura'), ocrBox(167, 192, 104, '2.831,40 €'),
  ]);
}

describe('a price and an amount with their signs, boxed close', () => {
  it('are two figures, the row\'s amount read', () => {
    const reading = ocrReading(invoice([ocrBox(134, 138.3, 75.6, '1'), ocrBox(141, 165.5, 75.6, '2.100,00 €'), ocrBox(167.7, 192.3, 75.8, '2.100,00 €')]));
    expect(reading.invoice.items.map((i) => i.amount)).toEqual([2100, 240]);
    expect(reading.invoice.amount).toBe(2340);
  });
});
