/**
 * Scanned Spanish invoices whose number is a header cell over its value in a row of headers: OCR boxed the
 * row's headers, set close, as one cell ("N factura Fecha de expedición Fecha de operación Forma de pago"), and
 * the number's value is the cell under the label's own words, not the widest under the row; or it read the
 * header's mark as another on the same letter ("Nümero" for "Número").
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrBox, a4, ocrReading } from './ocr-page.js';

const parties = [
  ocrBox(20, 40, 17, 'EMISOR'), ocrBox(107, 128, 18, 'CLIENTE'),
  ocrBox(20, 68, 22, 'Jordi Puigvert Sala'), ocrBox(107, 165, 23, 'Talleres Mecánicos Serra, S.L.'),
  ocrBox(20, 52, 28, 'NIF 39114820Q'), ocrBox(107, 140, 28, 'CIF B25114780'),
  ocrBox(20, 62, 33, 'C/ Major 41, 2.º'), ocrBox(107, 160, 33, 'Polígono Torrefarrera 7'),
  ocrBox(20, 52, 38, '25002 Lleida'), ocrBox(107, 150, 38, '25123 Torrefarrera'),
];
const totals = [
  ocrBox(20, 45, 68, 'Concepto'), ocrBox(172, 192, 68, 'Importe'),
  ocrBox(20, 100, 74, 'Revisión instalación eléctrica'), ocrBox(168, 192, 74, '650,00 €'),
  ocrBox(119, 152, 92, 'Base imponible'), ocrBox(168, 192, 92, '650,00 €'),
  ocrBox(119, 139, 98, 'IVA 21 %'), ocrBox(168, 192, 98, '136,50 €'),
  ocrBox(119, 146, 104, 'Total factura'), ocrBox(168, 192, 104, '786,50 €'),
];
const invoice = (header: TextItem[], values: TextItem[]): PageText => a4([...parties, ...header, ...values, ...totals]);

describe("a row of headers OCR boxed as one cell", () => {
  const values = [ocrBox(20, 44, 57, '2025/0147'), ocrBox(48, 73, 57, '12/11/2025'), ocrBox(102, 127, 58, '31/10/2025'), ocrBox(153, 182, 58, 'Transferencia')];

  it("reads the number under the label's own words", () => {
    const reading = ocrReading(invoice([ocrBox(20, 190.6, 50.2, 'N factura Fecha de expedicion Fecha de operacion Forma de pago')], values));
    expect(reading.invoice.number).toBe('2025/0147');
  });

  it('reads it as before from headers boxed apart', () => {
    const header = [ocrBox(20, 41, 50, 'N factura'), ocrBox(48, 92, 50, 'Fecha de expedicion'), ocrBox(102, 145, 51, 'Fecha de operacion'), ocrBox(153, 185, 51, 'Forma de pago')];
    expect(ocrReading(invoice(header, values)).invoice.number).toBe('2025/0147');
  });
});

describe("a number header read with another mark", () => {
  it('is the number\'s header beside the date\'s ("Serie | Nümero | Fecha")', () => {
    const header = [ocrBox(115.6, 130.1, 50, 'Serie'), ocrBox(134, 154.7, 50, 'Nümero'), ocrBox(160.2, 175.7, 50, 'Fecha')];
    const values = [ocrBox(115.7, 128.3, 56, 'LL25'), ocrBox(134.3, 151.9, 56, '000412'), ocrBox(160.5, 186, 56, '12/11/2025')];
    expect(ocrReading(invoice(header, values)).invoice.number).toBe('000412');
  });
});
