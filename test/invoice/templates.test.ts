import path from 'node:path';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { applyTemplates, loadTemplates, pyRegex } from '../../src/invoice/templates.js';

const DIR = path.join(import.meta.dirname, 'templates');

const ACME = `ACME Widgets Inc.                      INVOICE
100 Industrial Way, Springfield, IL 62701
                                       Invoice No:  INV-2024-0042
                                       Invoice Date:  Jan 15, 2024
Bill To:                               Due Date:  Feb 14, 2024
Globex Corporation
Description  Qty  Unit Price  Amount
Widget, large  10  $100.00  $1,000.00
Installation service  2  $125.00  $250.00
Subtotal  $1,250.00
Sales Tax (8%)  $100.00
Total Due  $1,350.00`;

const JANSEN = `Bakkerij Jansen B.V.
Dorpsstraat 1, 1234 AB Utrecht
BTW-nummer: NL123456789B01
Factuur aan:  Café De Hoek          Factuurnummer:  2024-0077
                                   Factuurdatum:  15-01-2024
Omschrijving  Aantal  Prijs  Bedrag
Appeltaart  10  € 20,00  € 200,00
Tompoucen  20  € 1,50  € 30,00
Subtotaal  € 230,00
BTW 9%  € 20,70
Totaal  € 250,70`;

describe('invoice2data templates', () => {
  it('loads YAML templates from a folder, highest priority first', () => {
    const templates = loadTemplates(DIR);
    expect(templates.map((t) => t.issuer)).toEqual(['Bakkerij Jansen B.V.', 'ACME Widgets Inc.']);
  });

  it('extracts regex, typed, static and lines fields (English template)', () => {
    const result = applyTemplates(ACME, loadTemplates(DIR))!;
    expect(result.template).toBe('ACME Widgets Inc.');
    expect(result.fields).toMatchObject({ invoice_number: 'INV-2024-0042', date: '2024-01-15', date_due: '2024-02-14', amount: 1350, amount_untaxed: 1250, amount_tax: 100, currency: 'USD' });
    expect(result.invoice).toMatchObject({ number: 'INV-2024-0042', date: '2024-01-15', dueDate: '2024-02-14', currency: 'USD', amount: 1250, taxAmount: 100, totalAmount: 1350 });
    expect(result.invoice.seller.name).toBe('ACME Widgets Inc.');
    expect(result.invoice.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount])).toEqual([
      ['Widget, large', 10, 100, 1000], ['Installation service', 2, 125, 250],
    ]);
    expect(result.invoice.fieldSources).toMatchObject({ number: 'template', totalAmount: 'template', items: 'template' });
  });

  it('decimal commas, date formats, static_ and sum_ fields, top-level lines, accents removed (Dutch template)', () => {
    const result = applyTemplates(JANSEN, loadTemplates(DIR))!;
    expect(result.template).toBe('Bakkerij Jansen B.V.');
    expect(result.fields).toMatchObject({ invoice_number: '2024-0077', date: '2024-01-15', amount: 250.7, sum_amount_tax: 20.7, vat: 'NL123456789B01', currency: 'EUR' });
    expect(result.invoice).toMatchObject({ number: '2024-0077', totalAmount: 250.7, currency: 'EUR' });
    expect(result.invoice.seller.taxId).toBe('NL123456789B01');
    expect(result.invoice.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount])).toEqual([
      ['Appeltaart', 10, 20, 200], ['Tompoucen', 20, 1.5, 30],
    ]);
  });

  it('selects nothing when a keyword is missing or an exclude keyword is present', () => {
    const templates = loadTemplates(DIR);
    expect(applyTemplates('Some other company\nInvoice 1', templates)).toBeNull();
    expect(applyTemplates(JANSEN.replace('Bakkerij Jansen B.V.', 'Bakkerij Jansen B.V. Creditnota'), templates)).toBeNull();
  });

  it('translates Python regex syntax and rejects templates without fields', () => {
    expect(pyRegex('(?i)total:\\s*(?P<v>\\d+)\\Z').exec('TOTAL: 12')!.groups!.v).toBe('12');
    const dir = mkdtempSync(path.join(tmpdir(), 'tpl-'));
    writeFileSync(path.join(dir, 'bad.yml'), 'issuer: X\n');
    expect(() => loadTemplates(dir)).toThrow(expect.objectContaining({ code: 'CONFIG_INVALID' }));
  });
});
