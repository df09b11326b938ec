/**
 * A scanned Danish invoice whose OCR found a figure or two, at 18-22 % certainty, in the gap between the date's label
 * and the date ("Fakturadato" "205" "19-11-2025"), the box reaching into both: run into the label's cell, it hid
 * the invoice date, and the due date under it was read instead.
 */
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { ocrBox, ocrItem, a4, ocrReading } from './ocr-page.js';

/** An OCR box from its left and right edges, read with the given certainty. */
const box = (x: number, x2: number, y: number, text: string, confidence = 97): TextItem => ocrBox(x, x2, y, text, 5, confidence);

/** The invoice, with what OCR read between the date's label and the date (`gap`). */
function danish(gap: TextItem[]): PageText {
  const items = [
    box(20, 70, 15, 'Vestjysk VVS ApS'), box(20, 60, 21, 'Kongensgade 141'), box(20, 55, 27, '6700 Esbjerg'),
    box(20, 60, 33, 'CVR-nr. 38 44 12 90'),
    box(20, 75, 45, 'Ejerforeningen Strandparken'), box(115, 142, 48, 'Faktura nr.'), box(150, 160, 48, '20114'),
    box(20, 55, 54, 'Strandvejen 88'), ...gap,
    box(20, 55, 60, '6700 Esbjerg'), box(115, 135, 60, 'Kundenr.'), box(150, 160, 60, '3318'),
    box(115, 170, 66, 'Forfaldsdato 03-12-2025'),
    box(20, 60, 90, 'Tekst'), box(150, 170, 90, 'Beløb'),
    box(20, 80, 97, 'Radiatorventil m. termostat'), box(150, 170, 97, '3.400,00'),
    box(20, 60, 103, 'Arbejdsløn, montør'), box(150, 170, 103, '3.270,00'),
    box(20, 40, 109, 'Kørsel'), box(155, 170, 109, '295,00'),
    box(110, 130, 120, 'Subtotal'), box(150, 170, 120, '6.965,00'),
    box(110, 130, 126, 'Moms (25%)'), box(150, 170, 126, '1.741,25'),
    box(110, 140, 132, 'At betale DKK'), box(150, 170, 132, '8.706,25'),
  ];
  return a4(items);
}

const dateOf = (gap: TextItem[]) => ocrReading(danish(gap)).invoice.date;
const labelAt = (text: string) => box(115, 141.4, 54, text);

describe("a figure OCR found in the gap between a date's label and the date", () => {
  it('is dropped when unsure and reaching into both', () => {
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '205', 18), box(144, 170.3, 54, '19-11-2025')])).toBe('2025-11-19');
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '2', 22), box(144, 170.3, 54, '19-11-2025')])).toBe('2025-11-19');
  });

  it('is kept when read with certainty', () => {
    expect(dateOf([labelAt('Fakturadato'), box(141.3, 145, 54, '205', 95), box(144, 170.3, 54, '19-11-2025')])).not.toBe('2025-11-19');
  });
});

/**
 * A Dutch fuel card's VAT summary ("Btw-tarief | Grondslag | Btw | Totaal" over "21% | 292,57 | 61,44 | 354,01"),
 * whose OCR read a tick between base and tax as a "1", surely but half their height, reaching into both: run
 * together, "292,57161,44" was read for the tax, and the net was lost.
 */
function fuelCard(speck: TextItem[]): PageText {
  return a4([
    box(13, 60, 15, 'FleetFuel Benelux'), box(118, 175, 15, 'Factuurnr. FF-NL-25110412'),
    box(13, 90, 20, 'FleetFuel Benelux B.V. Europaweg 40'), box(118, 160, 20, 'Datum 21-11-2025'),
    box(13, 85, 40, 'Aannemersbedrijf Jansen B.V.'), box(13, 50, 46, 'Industrieweg 7'), box(13, 50, 52, '8013 NT Zwolle'),
    box(13, 50, 70, 'Omschrijving'), box(175, 196, 70, 'Incl. btw'),
    box(13, 60, 76, 'Diesel 61,22 l'), box(178, 196, 76, '113,20'),
    box(13, 60, 82, 'Diesel 48,70 l'), box(180, 196, 82, '93,94'),
    box(13, 60, 88, 'Diesel 120,40 l'), box(178, 196, 88, '146,87'),
    ocrBox(113.6, 165.8, 138.7, 'Btw-tarief Grondslag', 5.7, 96), ocrBox(170, 180.4, 139, 'Btw', 4.6, 100), ocrBox(181.9, 197.7, 138.2, 'Totaal', 5.3, 99),
    ocrBox(114, 124.4, 145.8, '21%', 4.7, 100), ocrBox(149.9, 167.6, 145.3, '292,57', 5, 97), ocrBox(166.3, 197.8, 144.6, '61,44 354,01', 5.7, 97),
    ...speck,
  ]);
}

describe('a speck between two figures read as a figure', () => {
  it('is dropped when half their height, read surely or not', () => {
    const inv = ocrReading(fuelCard([ocrItem(165.8, 146.4, '1', 2.5, 81, 2.7)])).invoice;
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([292.57, 61.44, 354.01]);
  });

  it('is kept when as tall as they are', () => {
    const inv = ocrReading(fuelCard([ocrItem(165.8, 145.3, '1', 5, 81, 2.7)])).invoice;
    expect(inv.taxAmount).not.toBe(61.44);
  });
});

/**
 * An Austrian final invoice's info block, "Schlussrechnung" over "Nr." beside the number: OCR read a speck
 * between the title and the number as a "3", 11 % certain and half as tall, the title's box a hair before it,
 * and the three ran into one cell ("Schlussrechnung3SR-2025/0117"), so no number was read.
 */
function finalInvoice(speck: TextItem[]): PageText {
  return a4([
    box(16, 80, 15, 'Haustechnik Berger GmbH'), box(16, 90, 21, 'Annenstraße 44, 8020 Graz'), box(16, 70, 27, 'UID: ATU 64118207'),
    box(16, 67, 48.4, 'Wohnbau Mürztal GmbH'), ocrBox(115.7, 152.5, 49, 'Schlussrechnung', 4.6, 90), ocrBox(156.6, 187.6, 48.4, 'SR-2025/0231', 5.1, 99),
    ...speck,
    box(16, 80, 54, 'z. H. Herrn Ing. Karl Pichler'), ocrBox(115.5, 122.4, 54, 'Nr.', 4.8, 99),
    box(16, 45, 59, 'Hauptplatz 3'), box(115.6, 153.7, 60, 'Rechnungsdatum'), box(157.3, 182.1, 60, '27.11.2025'),
    box(16, 50, 90, 'Leistung'), box(170, 190, 90, 'Betrag EUR'),
    box(16, 80, 96, 'Sanitärinstallation'), box(172, 190, 96, '12.000,00'),
    box(110, 140, 110, 'Nettobetrag'), box(172, 190, 110, '12.000,00'),
    box(110, 140, 116, 'USt 20%'), box(174, 190, 116, '2.400,00'),
    box(110, 140, 122, 'Bruttobetrag'), box(172, 190, 122, '14.400,00'),
  ]);
}

describe('an unsure speck, half as tall, between a label and its value', () => {
  it('is dropped, and the number read', () => {
    expect(ocrReading(finalInvoice([ocrItem(153.1, 49.9, '3', 2.5, 11, 4.2)])).invoice.number).toBe('SR-2025/0231');
  });

  it('is kept when printed as tall as the row', () => {
    expect(ocrReading(finalInvoice([ocrItem(153.1, 49, '3', 4.8, 11, 4.2)])).invoice.number).not.toBe('SR-2025/0231');
  });
});

/**
 * An e-invoice viewer's header row printed as one line of text ("Rechnungsnummer   Rechnungsdatum   …") over its
 * values' line: OCR read a speck between the first two headers as a "1", surely (88 %) but under half their height,
 * reaching into neither on its left, and it was taken for the number beside its label.
 */
function headerRow(speck: TextItem[]): PageText {
  return a4([
    box(16, 65, 17, 'ZUGFeRD 2.3 · Profil BASIC'), ocrBox(16, 44, 22.5, 'Rechnung', 5.6, 99),
    ocrBox(16.4, 47.6, 30.4, 'Rechnungsnummer', 4.1, 99), ocrBox(50.6, 79.8, 30.4, 'Rechnungsdatum', 4.1, 98),
    ocrBox(83, 109.3, 30.4, 'Leistungsdatum', 4.1, 94), ocrBox(113.6, 138.4, 30.5, 'Kundennummer', 3.6, 98),
    ...speck,
    ocrBox(16.5, 38.4, 34, 'RE-2025-04417', 3.4, 98), ocrBox(44.7, 61.6, 33.7, '14.11.2025', 3.9, 98),
    ocrBox(69.6, 86.5, 33.7, '31.10.2025', 3.9, 99), ocrBox(94.4, 106.7, 33.8, 'K-10293', 3.4, 95),
    box(16, 60, 47, 'Brenner Feinmechanik GmbH'), box(16, 55, 53, 'Industriestraße 41'), box(16, 60, 59, '73230 Kirchheim unter Teck'),
    box(16, 50, 90, 'Bezeichnung'), box(170, 190, 90, 'Gesamt'),
    box(16, 80, 96, 'Drehteile Edelstahl'), box(172, 190, 96, '1.371,00'),
    box(110, 140, 110, 'Nettobetrag'), box(172, 190, 110, '1.371,00'),
    box(110, 140, 116, 'USt 19%'), box(174, 190, 116, '260,49'),
    box(110, 140, 122, 'Rechnungsbetrag'), box(172, 190, 122, '1.631,49'),
  ]);
}

describe('a sure speck, half as tall, between two headers of a row', () => {
  it('is dropped, and the number under its header read', () => {
    expect(ocrReading(headerRow([ocrBox(48.3, 52.1, 31.4, '1', 1.65, 88)])).invoice.number).toBe('RE-2025-04417');
  });

  it('is kept when printed as tall as the headers', () => {
    expect(ocrReading(headerRow([ocrBox(48.3, 50.1, 30.4, '1', 4.1, 88)])).invoice.number).not.toBe('RE-2025-04417');
  });
});
