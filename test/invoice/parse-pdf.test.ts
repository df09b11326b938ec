import { describe, expect, it } from 'vitest';
import { parseInvoicePdf } from '../../src/invoice/parse-pdf.js';
import { readFixture } from './fixtures.js';

describe('parseInvoicePdf', () => {
  it('Factur-X: XML fields win, the text layer fills nothing the XML has', async () => {
    const r = await parseInvoicePdf(readFixture('facturx', 'mustang_zf2__MustangGnuaccountingBeispielRE-20190610_507.pdf'), { now: new Date('2025-01-01') });
    expect(r.source).toBe('xml');
    expect(r.invoice).toMatchObject({ number: 'RE-20190610/507', date: '2019-06-10', totalAmount: 571.04, taxAmount: 75.04, amount: 496 });
    expect(r.invoice.fieldSources).toMatchObject({ number: 'xml', totalAmount: 'xml', items: 'xml' });
    expect(r.checks.filter((c) => !c.ok)).toEqual([]);
    expect(r.pages).toBe(1);
  });

  it('a PDF without XML falls back to its text layer', async () => {
    const r = await parseInvoicePdf(readFixture('cn', 'ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf'), { now: new Date('2025-01-01') });
    expect(r.source).toBe('text');
    expect(r.invoice).toMatchObject({ type: 'flight', totalAmount: 620, date: '2021-07-28' });
  });

  it('a broken PDF is PDF_CORRUPT', async () => {
    await expect(parseInvoicePdf(new TextEncoder().encode('%PDF-1.4 garbage'))).rejects.toMatchObject({ code: 'PDF_CORRUPT' });
  });
});
