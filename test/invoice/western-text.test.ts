import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { runChecks } from '../../src/invoice/checks.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { readFixture } from './fixtures.js';
import { toPageText, toPdf, type Draw } from './page-builder.js';

const A4 = [210, 297] as const;
const NOW = new Date('2025-06-01');

/** A US-style invoice: letterhead, Bill To block, table, subtotal / tax / total due. */
const english: Draw[] = [
  { text: 'ACME Widgets Inc.', x: 20, y: 15, size: 6 },
  { text: '100 Industrial Way, Springfield, IL 62701', x: 20, y: 24 },
  { text: 'INVOICE', x: 150, y: 15, size: 6 },
  { text: 'Invoice No:', x: 140, y: 30 }, { text: 'INV-2024-0042', x: 165, y: 30 },
  { text: 'Invoice Date:', x: 140, y: 35 }, { text: 'Jan 15, 2024', x: 165, y: 35 },
  { text: 'Due Date:', x: 140, y: 40 }, { text: 'Feb 14, 2024', x: 165, y: 40 },
  { text: 'Bill To:', x: 20, y: 45 },
  { text: 'Globex Corporation', x: 20, y: 50 }, { text: '742 Evergreen Terrace', x: 20, y: 55 }, { text: 'Springfield, OR 97403', x: 20, y: 60 },
  { text: 'Description', x: 20, y: 80 }, { text: 'Qty', x: 110, y: 80 }, { text: 'Unit Price', x: 130, y: 80 }, { text: 'Amount', x: 170, y: 80 },
  { text: 'Widget, large', x: 20, y: 87 }, { text: '10', x: 111, y: 87 }, { text: '$100.00', x: 132, y: 87 }, { text: '$1,000.00', x: 168, y: 87 },
  { text: 'Installation service', x: 20, y: 93 }, { text: '2', x: 112, y: 93 }, { text: '$125.00', x: 132, y: 93 }, { text: '$250.00', x: 170, y: 93 },
  { text: 'Subtotal', x: 130, y: 110 }, { text: '$1,250.00', x: 168, y: 110 },
  { text: 'Sales Tax (8%)', x: 130, y: 116 }, { text: '$100.00', x: 170, y: 116 },
  { text: 'Total Due', x: 130, y: 122 }, { text: '$1,350.00', x: 168, y: 122 },
  { text: 'Thank you for your business!', x: 20, y: 150 },
];

const german: Draw[] = [
  { text: 'Muster GmbH · Hauptstraße 5 · 10115 Berlin', x: 20, y: 45, size: 2.5 },
  { text: 'Schmidt & Partner KG', x: 20, y: 52 }, { text: 'Rechnungsempfänger', x: 120, y: 52 },
  { text: 'Rechnungsnummer:', x: 120, y: 60 }, { text: 'RE-2024-017', x: 160, y: 60 },
  { text: 'Rechnungsdatum:', x: 120, y: 65 }, { text: '15.01.2024', x: 160, y: 65 },
  { text: 'Fällig am:', x: 120, y: 70 }, { text: '14.02.2024', x: 160, y: 70 },
  { text: 'Gartenweg 12', x: 20, y: 57 }, { text: '80331 München', x: 20, y: 62 },
  { text: 'Rechnung', x: 20, y: 90, size: 5 },
  { text: 'Pos', x: 20, y: 100 }, { text: 'Bezeichnung', x: 30, y: 100 }, { text: 'Menge', x: 110, y: 100 }, { text: 'Einzelpreis', x: 135, y: 100 }, { text: 'Gesamt', x: 172, y: 100 },
  { text: '1', x: 20, y: 106 }, { text: 'Beratung', x: 30, y: 106 }, { text: '8 Std.', x: 110, y: 106 }, { text: '100,00 €', x: 137, y: 106 }, { text: '800,00 €', x: 170, y: 106 },
  { text: '2', x: 20, y: 112 }, { text: 'Reisekosten Pauschale', x: 30, y: 112 }, { text: '1', x: 112, y: 112 }, { text: '200,00 €', x: 137, y: 112 }, { text: '200,00 €', x: 170, y: 112 },
  { text: 'Nettobetrag', x: 120, y: 125 }, { text: '1.000,00 €', x: 168, y: 125 },
  { text: 'MwSt. 19 %', x: 120, y: 131 }, { text: '190,00 €', x: 170, y: 131 },
  { text: 'Gesamtbetrag', x: 120, y: 137 }, { text: '1.190,00 €', x: 168, y: 137 },
  { text: 'USt-IdNr.: DE123456789', x: 20, y: 280, size: 2.5 }, { text: 'IBAN: DE89 3704 0044 0532 0130 00', x: 90, y: 280, size: 2.5 },
];

const french: Draw[] = [
  { text: 'Atelier Dupont SARL', x: 15, y: 15, size: 5 },
  { text: '12 rue des Lilas, 75011 Paris', x: 15, y: 22 },
  { text: 'N° TVA : FR12345678901', x: 15, y: 27 },
  { text: 'Facture n° F-2024-101', x: 15, y: 45, size: 5 },
  { text: 'Date :', x: 15, y: 55 }, { text: '15 janvier 2024', x: 40, y: 55 },
  { text: 'Échéance :', x: 15, y: 60 }, { text: '14 février 2024', x: 40, y: 60 },
  { text: 'Client :', x: 120, y: 45 }, { text: 'Boulangerie Martin', x: 120, y: 50 }, { text: '3 place du Marché', x: 120, y: 55 }, { text: '69002 Lyon', x: 120, y: 60 },
  { text: 'Désignation', x: 15, y: 80 }, { text: 'Quantité', x: 100, y: 80 }, { text: 'Prix unitaire', x: 125, y: 80 }, { text: 'Montant HT', x: 170, y: 80 },
  { text: 'Réparation four', x: 15, y: 86 }, { text: '1', x: 105, y: 86 }, { text: '350,00 €', x: 128, y: 86 }, { text: '350,00 €', x: 172, y: 86 },
  { text: 'Pièces détachées', x: 15, y: 92 }, { text: '3', x: 105, y: 92 }, { text: '50,00 €', x: 129, y: 92 }, { text: '150,00 €', x: 172, y: 92 },
  { text: 'Total HT', x: 130, y: 110 }, { text: '500,00 €', x: 172, y: 110 },
  { text: 'TVA 20 %', x: 130, y: 116 }, { text: '100,00 €', x: 172, y: 116 },
  { text: 'Total TTC', x: 130, y: 122 }, { text: '600,00 €', x: 172, y: 122 },
];

const dutch: Draw[] = [
  { text: 'Bakkerij Jansen B.V.', x: 15, y: 15, size: 5 },
  { text: 'Dorpsstraat 1, 1234 AB Utrecht', x: 15, y: 22 },
  { text: 'BTW-nummer: NL123456789B01', x: 15, y: 27 },
  { text: 'Factuur aan:', x: 15, y: 40 }, { text: 'Café De Hoek', x: 15, y: 45 }, { text: 'Marktplein 9', x: 15, y: 50 },
  { text: 'Factuurnummer:', x: 120, y: 40 }, { text: '2024-0077', x: 160, y: 40 },
  { text: 'Factuurdatum:', x: 120, y: 45 }, { text: '15-01-2024', x: 160, y: 45 },
  { text: 'Vervaldatum:', x: 120, y: 50 }, { text: '14-02-2024', x: 160, y: 50 },
  { text: 'Omschrijving', x: 15, y: 70 }, { text: 'Aantal', x: 110, y: 70 }, { text: 'Prijs', x: 135, y: 70 }, { text: 'Bedrag', x: 172, y: 70 },
  { text: 'Appeltaart', x: 15, y: 76 }, { text: '10', x: 111, y: 76 }, { text: '€ 20,00', x: 133, y: 76 }, { text: '€ 200,00', x: 170, y: 76 },
  { text: 'Subtotaal', x: 130, y: 95 }, { text: '€ 200,00', x: 170, y: 95 },
  { text: 'BTW 21%', x: 130, y: 100 }, { text: '€ 42,00', x: 171, y: 100 },
  { text: 'Totaal', x: 130, y: 105 }, { text: '€ 242,00', x: 170, y: 105 },
];

const spanish: Draw[] = [
  { text: 'Distribuciones López S.L.', x: 15, y: 15, size: 5 },
  { text: 'NIF: ESB12345678', x: 15, y: 22 },
  { text: 'Número de factura:', x: 120, y: 35 }, { text: 'A-2024/15', x: 165, y: 35 },
  { text: 'Fecha de factura:', x: 120, y: 40 }, { text: '15/01/2024', x: 165, y: 40 },
  { text: 'Fecha de vencimiento:', x: 120, y: 45 }, { text: '14/02/2024', x: 165, y: 45 },
  { text: 'Cliente:', x: 15, y: 35 }, { text: 'Hostal Sol', x: 15, y: 40 },
  { text: 'Base imponible', x: 120, y: 90 }, { text: '1.000,00 €', x: 168, y: 90 },
  { text: 'IVA 21%', x: 120, y: 96 }, { text: '210,00 €', x: 170, y: 96 },
  { text: 'Total factura', x: 120, y: 102 }, { text: '1.210,00 €', x: 168, y: 102 },
];

describe('western-text: invoices in several languages (PageText)', () => {
  it('English (US): dates month-first by name, $ amounts with thousands commas, Bill To, items', () => {
    const inv = parseWesternInvoiceText(toPageText(english, ...A4));
    expect(inv).toMatchObject({
      number: 'INV-2024-0042', date: '2024-01-15', dueDate: '2024-02-14', currency: 'USD', amount: 1250, taxAmount: 100, totalAmount: 1350,
    });
    expect(inv.seller.name).toBe('ACME Widgets Inc.');
    expect(inv.buyer).toMatchObject({ name: 'Globex Corporation', address: '742 Evergreen Terrace, Springfield, OR 97403' });
    expect(inv.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount])).toEqual([
      ['Widget, large', 10, 100, 1000], ['Installation service', 2, 125, 250],
    ]);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('German: sender line, Rechnungsempfänger-style window, decimal commas, MwSt with rate, USt-IdNr', () => {
    const inv = parseWesternInvoiceText(toPageText(german, ...A4));
    expect(inv).toMatchObject({
      number: 'RE-2024-017', date: '2024-01-15', dueDate: '2024-02-14', currency: 'EUR', amount: 1000, taxAmount: 190, totalAmount: 1190,
    });
    expect(inv.seller).toMatchObject({ name: 'Muster GmbH', taxId: 'DE123456789', account: 'DE89370400440532013000' });
    expect(inv.buyer.name).toBe('Schmidt & Partner KG');
    expect(inv.items.map((i) => [i.name, i.quantity, i.unit, i.unitPrice, i.amount])).toEqual([
      ['Beratung', 8, 'Std.', 100, 800], ['Reisekosten Pauschale', 1, null, 200, 200],
    ]);
  });

  it('French: Facture n°, dates in words, Client block, HT / TVA / TTC', () => {
    const inv = parseWesternInvoiceText(toPageText(french, ...A4));
    expect(inv).toMatchObject({
      number: 'F-2024-101', date: '2024-01-15', dueDate: '2024-02-14', currency: 'EUR', amount: 500, taxAmount: 100, totalAmount: 600,
    });
    expect(inv.seller).toMatchObject({ name: 'Atelier Dupont SARL', taxId: 'FR12345678901' });
    expect(inv.buyer).toMatchObject({ name: 'Boulangerie Martin', address: '3 place du Marché, 69002 Lyon' });
    expect(inv.items.map((i) => i.amount)).toEqual([350, 150]);
  });

  it('Dutch: Factuurnummer, dashed dates, Subtotaal / BTW / Totaal', () => {
    const inv = parseWesternInvoiceText(toPageText(dutch, ...A4));
    expect(inv).toMatchObject({ number: '2024-0077', date: '2024-01-15', dueDate: '2024-02-14', currency: 'EUR', amount: 200, taxAmount: 42, totalAmount: 242 });
    expect(inv.seller).toMatchObject({ name: 'Bakkerij Jansen B.V.', taxId: 'NL123456789B01' });
    expect(inv.buyer.name).toBe('Café De Hoek');
  });

  it('Spanish: Número de factura, Base imponible / IVA / Total factura', () => {
    const inv = parseWesternInvoiceText(toPageText(spanish, ...A4));
    expect(inv).toMatchObject({ number: 'A-2024/15', date: '2024-01-15', dueDate: '2024-02-14', currency: 'EUR', amount: 1000, taxAmount: 210, totalAmount: 1210 });
    expect(inv.seller).toMatchObject({ name: 'Distribuciones López S.L.', taxId: 'ESB12345678' });
    expect(inv.buyer.name).toBe('Hostal Sol');
  });
});

describe('western-text: through real PDFs', () => {
  it('an English invoice drawn with pdf-lib reads the same through pdf.js', async () => {
    const inv = parseWesternInvoiceText(await pdfPageText(await toPdf(english, ...A4, false)));
    expect(inv).toMatchObject({ number: 'INV-2024-0042', date: '2024-01-15', dueDate: '2024-02-14', currency: 'USD', amount: 1250, taxAmount: 100, totalAmount: 1350 });
    expect(inv.seller.name).toBe('ACME Widgets Inc.');
    expect(inv.buyer.name).toBe('Globex Corporation');
    expect(inv.items).toHaveLength(2);
  });

  it("the parties' rows under their names: address, phone and tax id apart, also from one row ('+49 30 … · USt-IdNr. DE…')", async () => {
    const dir = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'western');
    for (const stem of ['invoice-en-usd', 'rechnung-de-eur', 'facture-fr-eur']) {
      const truth = JSON.parse(readFileSync(path.join(dir, `${stem}.expected.json`), 'utf8'));
      const inv = parseWesternInvoiceText(await pdfPageText(readFileSync(path.join(dir, `${stem}.pdf`))));
      const party = (p: typeof inv.seller) => ({ name: p.name, taxId: p.taxId, address: p.address, phone: p.phone });
      expect(party(inv.seller), stem).toEqual(party(truth.seller));
      expect(party(inv.buyer), stem).toEqual(party(truth.buyer));
    }
  });

  it('the konik ZUGFeRD 1.0 sample: what its page prints (its XML describes another invoice)', async () => {
    const inv = parseWesternInvoiceText(await pdfPageText(readFixture('facturx', 'konik_zf1__acme_invoice-42_ZUGFeRD.pdf')));
    expect(inv).toMatchObject({ number: '42', date: '2014-01-31', currency: 'EUR', amount: 1420, taxAmount: 269.8, totalAmount: 1589.8 });
    expect(inv.seller).toMatchObject({ name: 'Acme GmbH', taxId: 'DE123456789', account: 'DE34501900000012345678' });
    expect(inv.buyer.name).toBe('Karl E. Coyote');
    expect(inv.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount])).toEqual([
      ['Amboss 250 kg', 1, 1000, 1000], ['Kette', 30, 10, 300], ['Transport', null, 120, 120],
    ]);
  });
});

describe('western-text: labels as OCR spells them, without accents', () => {
  const ocrGerman: Draw[] = [
    { text: 'Handelsrechnung Nr. 471102 vom 05.03.2018', x: 20, y: 20, size: 5 },
    { text: 'Verkaufer:', x: 20, y: 40 },
    { text: 'Lieferant GmbH', x: 20, y: 45 },
    { text: 'Kaufer/Leistungsempfanger:', x: 20, y: 60 },
    { text: 'Nummer : GE2020211', x: 20, y: 65 },
    { text: 'Kunden AG Mitte', x: 20, y: 70 },
    { text: 'Gesamtbetrag netto', x: 120, y: 100 }, { text: '473,00 EUR', x: 170, y: 100 },
    { text: 'Bruttosumme', x: 120, y: 106 }, { text: '529,87 EUR', x: 170, y: 106 },
  ];
  const ocrFrench: Draw[] = [
    { text: 'Atelier Lumiere SARL', x: 20, y: 15, size: 5 },
    { text: 'Facture FA-2024-0031', x: 140, y: 30 },
    { text: 'Date de facturation : 12/03/2024', x: 140, y: 36 },
    { text: 'Facture a', x: 20, y: 45 },
    { text: 'Cafe des Arts SAS', x: 20, y: 50 },
    { text: '18 rue des Lilas, 69003 Lyon', x: 20, y: 55 },
    { text: 'Total HT', x: 130, y: 110 }, { text: '1 000,00 €', x: 168, y: 110 },
    { text: 'Total TTC', x: 130, y: 122 }, { text: '1 200,00 €', x: 168, y: 122 },
  ];

  it('German "Kaufer/Leistungsempfanger" is the buyer label, "Verkaufer" the seller one', () => {
    const inv = parseWesternInvoiceText(toPageText(ocrGerman, ...A4));
    expect(inv.seller.name).toBe('Lieferant GmbH');
    expect(inv.buyer.name).toBe('Kunden AG Mitte');
    expect(inv).toMatchObject({ number: '471102', date: '2018-03-05', amount: 473, totalAmount: 529.87, taxAmount: 56.87 });
  });

  it('French "Facture a" is the buyer label; the names keep what OCR read', () => {
    const inv = parseWesternInvoiceText(toPageText(ocrFrench, ...A4));
    expect(inv.buyer.name).toBe('Cafe des Arts SAS');
    expect(inv.seller.name).toBe('Atelier Lumiere SARL');
    expect(inv).toMatchObject({ number: 'FA-2024-0031', date: '2024-03-12', amount: 1000, totalAmount: 1200 });
  });

  it('"BILL TO" read without its space ("BILLTO") is still the buyer label, not the buyer', () => {
    const page: Draw[] = [
      { text: 'Northwind Supplies LLC', x: 20, y: 15, size: 5 },
      { text: 'Invoice # INV-2024-118', x: 140, y: 30 },
      { text: 'BILLTO', x: 20, y: 45 },
      { text: 'Contoso Ltd', x: 20, y: 50 },
      { text: '500 Oak Avenue, Springfield', x: 20, y: 55 },
      { text: 'Total', x: 130, y: 110 }, { text: '$1,250.00', x: 168, y: 110 },
    ];
    const inv = parseWesternInvoiceText(toPageText(page, ...A4));
    expect(inv.buyer.name).toBe('Contoso Ltd');
    expect(inv.buyer.address).toBe('500 Oak Avenue, Springfield');
  });

  it('the degree sign of "Facture n°" read as "。" or "˚" still labels the number', () => {
    for (const sign of ['。', '˚', '°']) {
      const page = ocrFrench.map((d) => (d.text.startsWith('Facture FA') ? { ...d, text: `Facture n${sign} F2024-0113` } : d));
      expect(parseWesternInvoiceText(toPageText(page, ...A4)).number).toBe('F2024-0113');
    }
  });
});
