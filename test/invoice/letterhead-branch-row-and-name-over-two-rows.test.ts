/**
 * Two letterheads of German and Austrian service firms:
 * - a staffing agency's name over its branch's address row ("Niederlassung Kassel · Wilhelmshöher Allee 12 · …"),
 *   a column of its licence and contact details beside that row: the name over the row is the seller, not the
 *   branch's words (the column beside hid the row above from the sender line's letterhead);
 * - a property manager's name set on two rows, its trade and form opening the address row ("Hausverwaltung GmbH ·
 *   Wagramer Straße 94 · …") under the larger words: one name, as the footer prints it.
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const body = (buyer: string): Draw[] => [
  { text: buyer, x: 18, y: 45 }, { text: 'Ständeplatz 4', x: 18, y: 50 }, { text: '34117 Kassel', x: 18, y: 55 },
  { text: 'Rechnung Nr.', x: 120, y: 45 }, { text: 'KS-26-0412', x: 150, y: 45 },
  { text: 'Datum', x: 120, y: 50 }, { text: '30.11.2026', x: 150, y: 50 },
  { text: 'Summe netto', x: 120, y: 80 }, { text: '1.000,00', x: 175, y: 80 },
  { text: 'zzgl. 19 % MwSt.', x: 120, y: 86 }, { text: '190,00', x: 177, y: 86 },
  { text: 'Rechnungsbetrag', x: 120, y: 92 }, { text: '1.190,00', x: 175, y: 92 },
];

describe('a letterhead name over its branch\'s address row, a column beside', () => {
  const page = (beside: boolean): Draw[] => [
    { text: 'Nordhessen Personal GmbH', x: 18, y: 17, size: 3.8 }, { text: 'Tel. 0561 70 44 18-0', x: 115, y: 17, size: 2.2 },
    ...(beside ? [{ text: 'vertrieb@nordhessen-personal.example', x: 115, y: 19.4, size: 2.2 }, { text: 'Erlaubnis zur Arbeitnehmerüberlassung', x: 115, y: 21.4, size: 2.2 }] : []),
    { text: 'Niederlassung Kassel · Wilhelmshöher Allee 12 · 34119 Kassel', x: 18, y: 21.4, size: 2.2 },
    ...body('Fulda Metallbau AG'),
  ];
  it('reads the name over the row as the seller', () => {
    expect(parseWesternInvoiceText(toPageText(page(true))).seller.name).toBe('Nordhessen Personal GmbH');
    expect(parseWesternInvoiceText(toPageText(page(false))).seller.name).toBe('Nordhessen Personal GmbH');
  });
});

describe('a name set on two rows, its form opening the address row', () => {
  const page = (footer: string): Draw[] => [
    { text: 'Immo-Treuhand Floridsdorf', x: 18, y: 17, size: 4.5 },
    { text: 'Hausverwaltung GmbH · Brünner Straße 71 · 1210 Wien', x: 18, y: 22.5, size: 2.2 },
    ...body('Mag. Petra Ulrich'),
    { text: footer, x: 18, y: 130, size: 2.2 },
  ];
  it('joins the rows when the footer prints them as one name', () => {
    const inv = parseWesternInvoiceText(toPageText(page('Immo-Treuhand Floridsdorf Hausverwaltung GmbH · FN 214877 k · Handelsgericht Wien')));
    expect(inv.seller.name).toBe('Immo-Treuhand Floridsdorf Hausverwaltung GmbH');
  });
  it('keeps the row\'s company when nothing prints them as one', () => {
    const inv = parseWesternInvoiceText(toPageText(page('Bankverbindung: Erste Bank · IBAN AT49 2011 1822 4410 3377')));
    expect(inv.seller.name).not.toBe('Immo-Treuhand Floridsdorf Hausverwaltung GmbH');
  });
});
