/**
 * A scanned Spanish wholesaler's invoice whose VAT grid prints six headers set close ("Importe bruto | Dto. P.P. 2 % |
 * Portes | Base imponible | % Iva | Cuota IVA"), a row per rate: OCR's boxes of the headers stood closer than a
 * cell's gap and ran into one cell, so no column had its header, and net and tax were not read.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

const headers = [
  ocrBox(19.1, 54, 125.6, 'Importe bruto'), ocrBox(57, 88.3, 125.9, 'Dto. P.P. 2 %'), ocrBox(90.3, 107.5, 125.9, 'Portes'),
  ocrBox(110.5, 148.7, 126.4, 'Base imponible'), ocrBox(150.5, 165.7, 126.4, '% Iva', 5, 60), ocrBox(168.7, 193.2, 126.7, 'Cuota IVA'),
];

function invoice(header: TextItem[]) {
  return a4([
    ocrBox(18, 83, 16, 'Suministros Albufera'), ocrBox(108, 130, 16, 'FACTURA'), ocrBox(134, 150, 16, 'Fecha'),
    ocrBox(18, 57, 22, 'Hostelera S.L.'), ocrBox(108, 132, 22, 'F-25/1187'), ocrBox(134, 159, 22, '18/11/2025'),
    ocrBox(18, 90, 28, 'Camí Reial 4, 46470 Catarroja'), ocrBox(18, 72, 34, 'CIF B96550321'),
    ocrBox(18, 80, 50, 'Bar Restaurante La Marina S.L.'), ocrBox(18, 55, 56, 'Av. del Port 12'), ocrBox(18, 70, 62, '46011 Valencia'),
    ocrBox(17, 36, 88, 'Código'), ocrBox(40, 69, 88, 'Descripción'), ocrBox(160, 177, 88, 'Importe'),
    ocrBox(17, 90, 95, 'VA-0412 Vaso sidra 50 cl'), ocrBox(160, 177, 95, '300,00'),
    ocrBox(17, 90, 101, 'AL-0077 Arroz bomba saco 5 kg'), ocrBox(160, 177, 101, '500,00'),
    ...header,
    ocrBox(38, 54, 132, '300,00'), ocrBox(77, 88, 132, '6,00'), ocrBox(94, 107, 132, '20,00'), ocrBox(132.6, 148.4, 132, '314,00'), ocrBox(159, 166, 132, '21'), ocrBox(180, 193.2, 132, '65,94'),
    ocrBox(38, 54, 138.2, '500,00'), ocrBox(77, 88, 138.2, '10,00'), ocrBox(132.3, 148.3, 138.2, '490,00'), ocrBox(159, 166, 138.2, '10'), ocrBox(180, 193.5, 138.2, '49,00'),
    ocrBox(114.7, 153.8, 155.6, 'TOTAL FACTURA'), ocrBox(171.5, 193.2, 155.6, '918,94 €'),
  ]);
}

describe('a VAT grid whose headers OCR boxed into one cell', () => {
  it('reads net and tax from its columns', () => {
    const inv = ocrReading(invoice(headers)).invoice;
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([804, 114.94, 918.94]);
  });
});
