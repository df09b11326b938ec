/**
 * Dates and numbers a page prints beside other documents' (the 156th-160th batches' silent readings, as classes):
 * - a date wrapped in its cell beside a bare "Date" ("November 19," over "2025", set right) is the issue date, not
 *   the event's date printed lower in another column ("Event date: Nov 8, 2025");
 * - a "Datum" whose row holds an address of another column ("Norderstraße 157") is the invoice's date: the address
 *   names no order, only the label's own cell says what the date is; an advance invoice's "vom 10.10.2025" is not it;
 * - an Italian credit note's "Rif. fattura n. … del …" cites the invoice it credits: neither its number nor its date
 *   is the note's; a French avoir's "Numéro de l'avoir" labels its own number, not the "Numéro de facture" beside.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import type { PageText, TextItem } from '../../src/core/text.js';

const w = (x: number, y: number, text: string, height: number, width: number): TextItem => ({ text, x, y, height, width, page: 1 });
const page = (items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

const photographer = (wrapped: boolean) => page([
  w(60.5, 15.7, 'Birchwood Studio Photography LLC', 7.05, 90.2),
  w(36.8, 24.25, 'Ella Novak, Principal Photographer · 44 Pine Street, Burlington, VT 05401', 2.47, 120.4),
  w(17.2, 37.57, 'BILL TO', 4.23, 19.82),
  w(17.2, 42.6, 'Lakeside Arts Council', 4.23, 46.5),
  w(17.2, 47.62, 'PO Box 77', 4.23, 22.1),
  w(17.2, 52.65, 'Burlington, VT 05402', 4.23, 47.71),
  w(75.87, 37.57, 'EVENT LOCATION', 4.23, 44.01),
  w(75.87, 42.6, 'Waterfront Hall', 4.23, 35.65),
  w(75.87, 47.62, '2 Lake Street', 4.23, 30.67),
  w(75.87, 57.68, 'Event date: Oct 4, 2025', 4.23, 52.12),
  w(135.6, 38.1, 'Invoice #', 4.23, 20.46),
  w(171.54, 38.1, '2025-117', 4.23, 20.28),
  w(135.6, 44.19, 'Date', 4.23, 10.12),
  ...(wrapped ? [w(163.2, 44.19, 'October 21,', 4.23, 28.6), w(181.05, 49.21, '2025', 4.23, 10.77)] : [w(157.4, 44.19, 'October 21, 2025', 4.23, 34.4)]),
  w(17.2, 85.99, 'Item', 4.23, 11.11),
  w(174.18, 85.99, 'Amount', 4.23, 18.7),
  w(17.2, 92.34, 'Event coverage (hours)', 4.23, 50.19),
  w(174.03, 92.34, '1,000.00', 4.23, 18.85),
  w(109.66, 120.65, 'Subtotal', 4.23, 18.17),
  w(171.33, 120.65, '$1,000.00', 4.23, 21.54),
  w(109.66, 126.74, 'Sales tax', 4.23, 20.48),
  w(178.07, 126.74, '$0.00', 4.23, 12.81),
  w(109.66, 137.85, 'Total', 4.23, 11.79),
  w(169.31, 137.85, '$1,000.00', 4.23, 21.54),
]);

const finalInvoice = (street: string, dated = true) => page([
  w(117, 14.5, 'Landküche Ahrens', 5.6, 52.0),
  w(17, 16.5, 'Landküche Ahrens GmbH · Mühlenweg 4 · 24103 Kiel', 2.47, 70.0),
  w(17, 31.5, 'Ostsee Reederei AG', 3.1, 30.2),
  w(81, 31.5, 'Veranstaltungsort', 3.1, 26.0),
  w(130, 31.5, 'Schlussrechnung Nr.', 3.1, 30.0),
  w(168, 31.5, 'SR-2025-0219', 3.1, 20.0),
  w(17, 36.5, 'Personalabteilung', 3.1, 25.0),
  w(81, 36.5, 'Kieler Schloss', 3.1, 22.0),
  w(17, 41.5, 'Kaistraße 12', 3.1, 19.0),
  w(81, 41.5, street, 3.1, 24.0),
  ...(dated ? [w(130, 41.5, 'Datum', 3.1, 9.0), w(168, 41.5, '27.11.2025', 3.1, 16.0)] : [w(183, 36.5, 'vom', 3.1, 6.0), w(168, 41.5, '27.11.2025', 3.1, 16.0)]),
  // An order's date after its label's cell, close before the date's own ("Bestellung: | SV-118 vom …").
  w(18.3, 56, 'Lieferdatum: 20.11.2025', 3.1, 53.4),
  w(82.7, 56, 'Bestellung:', 3.1, 23.9),
  w(111.9, 56, 'SV-K-2025/207 vom 03.11.2025', 3.1, 67.5),
  w(17, 46.5, '24114 Kiel', 3.1, 15.0),
  w(81, 46.5, '24103 Kiel', 3.1, 15.0),
  w(92, 132.5, 'Summe netto', 3.1, 18.0),
  w(174, 132.5, '4.000,00', 3.1, 13.0),
  w(92, 138.5, 'USt 19 %', 3.1, 13.0),
  w(176, 138.5, '760,00', 3.1, 11.0),
  w(92, 144.5, 'Gesamtbetrag brutto', 3.1, 30.0),
  w(174, 144.5, '4.760,00', 3.1, 13.0),
  ...(dated ? [w(92, 150.5, 'abzgl. Abschlagsrechnung AR-2025-044 vom 10.10.2025', 3.1, 70.0)] : []),
  w(172, 150.5, '-1.190,00', 3.1, 15.0),
  w(92, 156.5, 'Restbetrag', 3.1, 16.0),
  w(174, 156.5, '3.570,00', 3.1, 13.0),
]);

const creditNote = page([
  w(14, 14, 'Cucina Viva Store', 5.6, 50),
  w(14, 21, 'Cucina Viva Store S.r.l. · Via Padova 12 · 20127 Milano · P.IVA 10771180966', 2.47, 100),
  w(150, 14, 'NOTA DI CREDITO', 5.3, 46),
  w(165, 21, 'Tipo documento TD04', 3.1, 30),
  w(15, 36, 'Numero', 3.1, 11),
  w(50, 36, 'NC-2025/0118', 3.1, 20),
  w(15, 41, 'Data', 3.1, 7),
  w(50, 41, '24/11/2025', 3.1, 16),
  w(15, 46, 'Rif. fattura', 3.1, 16),
  w(50, 46, 'n. 2025/3309 del 06/11/2025', 3.1, 41),
  w(110, 36, 'Trattoria Al Ponte S.n.c.', 3.1, 36),
  w(110, 41, 'Via Roma 8', 3.1, 15),
  w(110, 46, '31100 Treviso', 3.1, 20),
  w(120, 100, 'Imponibile', 3.1, 16),
  w(178, 100, '-50,00 €', 3.1, 13),
  w(120, 105, 'IVA 22%', 3.1, 12),
  w(178, 105, '-11,00 €', 3.1, 13),
  w(120, 110, 'Totale documento', 3.1, 26),
  w(178, 110, '-61,00 €', 3.1, 13),
]);

const avoir = page([
  w(14, 14, 'Avoir', 6.3, 18),
  w(14, 24, "Numéro de l'avoir", 3.1, 27),
  w(60, 24, 'A7F3C219-0008-CN-02', 3.1, 34),
  w(14, 29, 'Numéro de facture', 3.1, 27),
  w(60, 29, 'A7F3C219-0008', 3.1, 23),
  w(14, 34, "Date d'émission", 3.1, 23),
  w(60, 34, '12 novembre 2025', 3.1, 26),
  w(14, 46, 'Pixelmer SAS', 3.1, 20),
  w(14, 51, '9 rue de Brest', 3.1, 21),
  w(14, 56, '29200 Brest', 3.1, 18),
  w(107, 46, 'Facturer à', 2.47, 14),
  w(107, 51, 'Boulangerie Kerlann SARL', 3.1, 38),
  w(107, 56, '29000 Quimper', 3.1, 21),
  w(120, 100, 'Sous-total', 3.1, 16),
  w(178, 100, '-40,00 €', 3.1, 13),
  w(120, 105, 'TVA - France (20 % sur -40,00 €)', 3.1, 48),
  w(178, 105, '-8,00 €', 3.1, 12),
  w(120, 110, 'Total', 3.1, 8),
  w(178, 110, '-48,00 €', 3.1, 13),
]);

describe('issue dates and numbers beside other columns and documents', () => {
  it('reads a date wrapped in its cell beside "Date", not the event date of another column', () => {
    expect(parseWesternInvoiceText(photographer(true)).date).toBe('2025-10-21');
    expect(parseWesternInvoiceText(photographer(false)).date).toBe('2025-10-21');
  });

  it("judges a loose date label by its own cell, not by another column's address on its row", () => {
    expect(parseWesternInvoiceText(finalInvoice('Norderstraße 157')).date).toBe('2025-11-27');
    expect(parseWesternInvoiceText(finalInvoice('Schlossgarten 1')).date).toBe('2025-11-27');
    // (The label cells close before a date's still say whose it is: the order's "vom" is not the invoice's.)
    expect(parseWesternInvoiceText(finalInvoice('Norderstraße 157', false)).date).toBe('2025-11-27');
  });

  it("takes neither the number nor the date of the invoice an Italian credit note's Rif. cites", () => {
    const inv = parseWesternInvoiceText(creditNote);
    expect(inv.number).not.toBe('2025/3309');
    expect(inv.date).toBe('2025-11-24');
  });

  it("reads an avoir's own number after \"Numéro de l'avoir\"", () => {
    expect(parseWesternInvoiceText(avoir).number).toBe('A7F3C219-0008-CN-02');
  });
});
