/**
 * Invoice numbers under labels the parser did not know: the Latvian and Lithuanian genitive of the document's
 * word before "Nr." ("Rēķina Nr.", "Sąskaitos faktūros Nr."), a Baltic series with a hyphen, its number after a space the
 * value cell may wrap at ("SIA-MR" over "2026/1148"), and a German advance invoice's title with its number
 * ("Vorauszahlungsrechnung VR-260041", "Anzahlungsrechnung AZ-2026-014").
 */
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { d, toPageText, type Draw } from './page-builder.js';

const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));

/** An e-invoice view's header: the title at the left, the number's label and value at the right. */
const header = (title: string, label: string, value: string, wrapped?: string) => parse([
  d(17, 15, title, 5), d(106, 15, label), d(151, 15, value), d(17, 20.5, 'Peppol BIS Billing 3.0'), ...(wrapped ? [d(151, 20.5, wrapped)] : []),
  d(106, 26, 'Datums'), d(151, 26, '2026-11-20'),
  d(17, 100, 'Kopā apmaksai'), d(151, 100, '1 210,00'),
]);

describe('Baltic number labels in the genitive', () => {
  it('reads the number after "Rēķina Nr." and "Sąskaitos faktūros Nr."', () => {
    expect(header('E-RĒĶINS', 'Rēķina Nr.', 'MB-2026/0412').number).toBe('MB-2026/0412');
    expect(header('PVM SĄSKAITA FAKTŪRA', 'Sąskaitos faktūros Nr.', 'UAB-2026/0412').number).toBe('UAB-2026/0412');
  });

  it('reads a hyphenated series and its number, whole or wrapped at the space between them', () => {
    expect(header('E-RĒĶINS', 'Rēķina Nr.', 'SIA-KR 2026/0412').number).toBe('SIA-KR 2026/0412');
    expect(header('E-RĒĶINS', 'Rēķina Nr.', 'SIA-KR', '2026/0412').number).toBe('SIA-KR 2026/0412');
  });
});

describe('a header grid of labels over values (control)', () => {
  it('reads the number under its label, not the next header joined to the date under it', () => {
    const inv = parse([
      d(15, 12, 'Cedar Ridge Home Repair LLC', 4), d(170, 12, 'INVOICE', 5), d(15, 18, '4410 Maple Ave'),
      d(120, 24, 'INVOICE #'), d(150, 24, 'DATE'), d(120, 29, 'CR-2291'), d(150, 29, '11/21/2025'),
      d(15, 40, 'BILL TO'), d(15, 45, 'Karen Whitfield'), d(15, 50, '88 Linden Ct'),
      d(110, 120, 'Total'), d(170, 120, '$1,262.20'),
    ]);
    expect(inv.number).toBe('CR-2291');
  });
});

describe('a German advance invoice titled with its number', () => {
  const page = (title: string) => parse([
    d(17, 15, 'Kältebau Friesland GmbH · Deichstraße 4 · 26721 Emden', 2.5),
    d(17, 30, 'Molkerei Janssen GmbH'), d(17, 35, 'Hafenweg 9'), d(17, 40, '26723 Emden'),
    d(120, 30, 'Debitorennr.'), d(170, 30, 'D20418'), d(120, 35, 'Buchungsdatum'), d(170, 35, '24.11.2026'),
    d(17, 80, title, 5),
    d(17, 120, 'Summe ohne MwSt.'), d(170, 120, '4.000,00'), d(17, 125, '19 % MwSt.'), d(170, 125, '760,00'), d(17, 130, 'Summe inkl. MwSt.'), d(170, 130, '4.760,00'),
  ]);

  it('reads the number after the title', () => {
    expect(page('Vorauszahlungsrechnung VR-260118').number).toBe('VR-260118');
    expect(page('Anzahlungsrechnung AZ-2026-014').number).toBe('AZ-2026-014');
  });
});
