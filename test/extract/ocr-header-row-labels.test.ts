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

describe('a row of values OCR read as one phrase under a row of headers', () => {
  // A courier's head grid, "Account | Invoice | Date" over "SP004471 | INV 2290-7718 | 30/11/2025", the first two
  // values set close enough to be one phrase.
  const courier = (values: TextItem[]) => a4([
    ocrBox(18.9, 60.7, 17.3, 'SWIFTPARCEL', 5.8, 94), ocrBox(109, 128, 18.4, 'Account', 5.5, 81), ocrBox(132.1, 149.1, 19, 'Invoice', 4.8, 90), ocrBox(166.4, 178.4, 18.9, 'Date', 5.6, 97),
    ocrBox(18.8, 58.3, 23.2, 'SwiftParcel UK Ltd', 5.2, 91), ...values,
    ocrBox(18.4, 74, 28.2, 'Unit 3, Trafford Park Road', 5.8, 100), ocrBox(18.4, 65.4, 33.1, 'Manchester M17 1HH', 5.7, 97),
    ocrBox(17.5, 34.4, 46.9, 'Invoice to:', 3.9, 86), ocrBox(17, 80.5, 50, 'Kettle & Crumb Bakery Supplies Ltd', 5.7, 82),
    ocrBox(17.1, 69.4, 57.7, '88 Northgate, Wakefield WF1 3BJ', 5.2, 86),
    ocrBox(18, 40, 70, 'Waybill'), ocrBox(170, 192, 70, 'Total'),
    ocrBox(18, 60, 76, '7741 2290 0041'), ocrBox(174, 192, 76, '£101.20'),
    ocrBox(130, 160, 110, 'Net'), ocrBox(174, 192, 110, '£101.20'),
    ocrBox(130, 160, 116, 'VAT'), ocrBox(176, 192, 116, '£10.67'),
    ocrBox(130, 160, 122, 'Total due'), ocrBox(174, 192, 122, '£111.87'),
  ]);

  it("reads the invoice's number from the words that start under its header", () => {
    const reading = ocrReading(courier([ocrBox(108.8, 166.5, 24.8, 'SP004471 INV 2290-7718', 5.7, 66), ocrBox(166.6, 191.9, 25.8, '30/11/2025', 4.6, 98)]));
    expect(reading.invoice.number).toBe('INV 2290-7718');
  });

  it('reads it as before from values boxed apart', () => {
    const apart = [ocrBox(108.8, 129, 24.8, 'SP004471', 5.7, 66), ocrBox(132.7, 166.5, 24.8, 'INV 2290-7718', 5.7, 67), ocrBox(166.6, 191.9, 25.8, '30/11/2025', 4.6, 98)];
    expect(ocrReading(courier(apart)).invoice.number).toBe('INV 2290-7718');
  });
});

describe("a row of headers OCR boxed close, the number's header not the row's first", () => {
  // A car rental's head row "Huurovereenkomst | Ophalen | Inleveren | Factuurnummer | Factuurdatum": three boxes
  // set close enough to be one cell, the number's header in the last box with the date's.
  const rental = (header: TextItem[]) => a4([
    ocrBox(17.9, 58.3, 19, 'Grachtenrent', 5.2, 99), ocrBox(17.5, 134.4, 23.7, 'Grachtenrent Autoverhuur B.V. · Sloterweg 300 · 1066 CA Amsterdam', 4.2, 95),
    ...header,
    ocrBox(17.7, 47.5, 40.9, 'HO-25-44718', 5.2, 98), ocrBox(65.6, 80.8, 40.8, '17-11-', 5.3, 85), ocrBox(90.2, 105.1, 40.9, '20-11-', 4.8, 95),
    ocrBox(117.4, 151.4, 40.9, 'GR/2025/07731', 4.6, 99), ocrBox(157.7, 183.2, 40.5, '21-11-2025', 5.1, 97),
    ocrBox(65.6, 77.9, 45.6, '2025', 5.3, 100), ocrBox(90.5, 115.6, 45.6, '2025 18:00', 5.1, 91), ocrBox(65.7, 79, 51, '08:30', 4.8, 90),
    ocrBox(17.9, 28.7, 61.9, 'Huurder', 3.9, 99), ocrBox(105.9, 122.8, 61.7, 'Factuuradres', 3.9, 97),
    ocrBox(105.5, 161.8, 64.8, 'Kraan & Lier Montage B.V.', 5.2, 92), ocrBox(105.5, 136, 70.2, 'Havenweg 18', 5.1, 99), ocrBox(105.9, 150.6, 75.2, '1041 AG Amsterdam', 4.7, 98),
    ocrBox(17.7, 49.5, 86.5, 'Omschrijving'), ocrBox(174, 193, 85.6, 'Bedrag'),
    ocrBox(17.8, 88, 92.8, 'Huur bestelbus (Categorie L2H2)'), ocrBox(172.4, 192.6, 92.3, '€162,00'),
    ocrBox(130, 160, 110, 'Subtotaal'), ocrBox(172.4, 192.6, 110, '€244,80'),
    ocrBox(130, 160, 116, 'Btw 21%'), ocrBox(174, 192.6, 116, '€51,41'),
    ocrBox(130, 160, 122, 'Totaal'), ocrBox(172.4, 192.6, 122, '€296,21'),
  ]);

  it('reads the number under its header', () => {
    const header = [ocrBox(17.4, 87, 34.3, 'Huurovereenkomst Ophalen', 5.7, 74), ocrBox(90, 114, 34.7, 'Inleveren', 4.4, 91), ocrBox(116.8, 191.9, 34.5, 'Factuurnummer Factuurdatum', 4.7, 82)];
    const reading = ocrReading(rental(header));
    expect([reading.invoice.number, reading.invoice.date]).toEqual(['GR/2025/07731', '2025-11-21']);
  });

  it('reads no number under a label in a sentence of one box', () => {
    const header = [ocrBox(17.4, 191.9, 34.3, 'Bitte geben Sie bei Zahlung die Factuurnummer an', 4.7, 90)];
    expect(ocrReading(rental(header)).invoice.number).not.toBe('GR/2025/07731');
  });
});
