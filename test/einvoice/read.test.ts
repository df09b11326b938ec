/**
 * UBL invoices and credit notes given to extract, and the EN 16931 terms an e-invoice carries beyond
 * the common fields (Invoice.einvoice), on generated documents whose values are known.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { isValidIban } from '../../src/einvoice/iban.js';
import { ciiXml, ublXml } from './samples.js';

const NOW = new Date('2026-11-21T00:00:00Z');
async function extractXml(xml: string) {
  const { results } = await extract({ inputs: [{ name: 'e.xml', bytes: new TextEncoder().encode(xml) }], concurrency: 1, ocr: false, now: NOW, cache: false } as Parameters<typeof extract>[0]);
  return results[0];
}

describe('UBL 2.1 to extract', () => {
  it('an invoice: fields, the legal name (not the trading name), lines, due date, IBAN', async () => {
    const r = await extractXml(ublXml().replace('<cac:PostalAddress><cbc:StreetName>', '<cac:PartyName><cbc:Name>LG Trading</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:StreetName>'));
    expect(r.status).toBe('ok');
    expect(r.source).toBe('xml');
    expect(r.invoice).toMatchObject({ number: 'XML-2024-17', date: '2024-03-05', dueDate: '2024-04-04', currency: 'EUR', amount: 100, taxAmount: 19, totalAmount: 119, documentType: 'invoice', remarks: 'Thank you' });
    expect(r.invoice!.seller).toMatchObject({ name: 'Lieferant GmbH', taxId: 'DE123456789', account: 'DE89370400440532013000' });
    expect(r.invoice!.buyer.name).toBe('Client SA');
    expect(r.invoice!.items).toEqual([{ name: 'Beratung', spec: null, unit: 'C62', quantity: 4, unitPrice: 25, amount: 100, taxRate: 0.19, taxAmount: null }]);
    expect(r.invoice!.einvoice).toMatchObject({
      syntax: 'ubl', buyerReference: '04011000-12345-34', typeCode: '380',
      paymentMeans: [{ code: '58', account: 'DE89370400440532013000', ibanValid: true, bic: 'COBADEFFXXX', bicValid: true }],
      vatBreakdown: [{ category: 'S', rate: 0.19, taxableAmount: 100, taxAmount: 19, exemptionReason: null }],
      payableAmount: 119,
    });
    expect(r.checks.find((c) => c.id === 'iban_checksum')?.ok).toBe(true);
  });

  it('a credit note: credit_note, amounts positive as UBL states them', async () => {
    const r = await extractXml(ublXml({}, { credit: true }));
    expect(r.invoice).toMatchObject({ documentType: 'credit_note', amount: 100, totalAmount: 119 });
    expect(r.invoice!.items[0].quantity).toBe(4);
  });

  it('an IBAN with wrong check digits: iban_checksum fails, needs review', async () => {
    const r = await extractXml(ublXml().replace('DE89 3704 0044 0532 0130 00', 'DE88 3704 0044 0532 0130 00'));
    expect(r.status).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'iban_checksum')).toMatchObject({ ok: false });
    expect(r.invoice!.einvoice!.paymentMeans[0].ibanValid).toBe(false);
  });

  it('CII carries the same terms', async () => {
    const r = await extractXml(ciiXml());
    expect(r.invoice!.einvoice).toMatchObject({ syntax: 'cii', customizationId: 'urn:cen.eu:en16931:2017', vatBreakdown: [{ category: 'S', rate: 0.19, taxableAmount: 100, taxAmount: 19 }] });
  });

  it('IBAN mod 97', () => {
    expect(isValidIban('GB82 WEST 1234 5698 7654 32')).toBe(true);
    expect(isValidIban('GB82 WEST 1234 5698 7654 33')).toBe(false);
    expect(isValidIban('not an iban')).toBe(false);
  });
});
