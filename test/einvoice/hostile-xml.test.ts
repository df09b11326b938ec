/**
 * Invoice XML written to mislead or to attack the reader: amounts in no xs:decimal form are unknown
 * (null, a failing named check, needs review), never misread or replaced by a neighbour; entities and
 * absurd nesting are refused with XML_UNSAFE, malformed XML with XML_CORRUPT, never INTERNAL_ERROR.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { ciiXml, ublXml } from './samples.js';

const NOW = new Date('2026-11-21T00:00:00Z');
async function extractXml(xml: string) {
  const { results } = await extract({ inputs: [{ name: 'invoice.xml', bytes: new TextEncoder().encode(xml) }], concurrency: 1, ocr: false, now: NOW, cache: false } as Parameters<typeof extract>[0]);
  return results[0];
}

describe('amounts under the XML decimal grammar', () => {
  for (const bad of ['2.076,76', '0x10', 'NaN', '1e309', '1,234.56.78', '12 EUR', 'Infinity']) {
    it(`CII grand total "${bad}": null, xml_amount_format fails, needs review`, async () => {
      const r = await extractXml(ciiXml({ gross: bad }));
      expect(r.invoice!.totalAmount).toBeNull();
      expect(r.status).toBe('needs_review');
      const check = r.checks.find((c) => c.id === 'xml_amount_format');
      expect(check?.ok).toBe(false);
      expect(check?.message).toContain(bad);
    });
  }

  it('UBL tax amount "19,00": null and flagged', async () => {
    const r = await extractXml(ublXml({ tax: '19,00' }));
    expect(r.invoice!.taxAmount).toBeNull();
    expect(r.status).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'xml_amount_format')?.ok).toBe(false);
  });

  it('well-formed decimals in every allowed form are read', async () => {
    const r = await extractXml(ciiXml({ net: '100', tax: '+19.0', gross: '119.' }));
    expect(r.invoice).toMatchObject({ amount: 100, taxAmount: 19, totalAmount: 119 });
    expect(r.checks.find((c) => c.id === 'xml_amount_format')).toBeUndefined();
  });
});

describe('hostile XML', () => {
  it('100,000 nested elements: XML_UNSAFE', async () => {
    const deep = '<?xml version="1.0"?><rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100">' + '<a>'.repeat(100_000) + '</a>'.repeat(100_000) + '</rsm:CrossIndustryInvoice>';
    const r = await extractXml(deep);
    expect(r.error?.code).toBe('XML_UNSAFE');
    expect(r.error?.message).toMatch(/nests elements more than \d+ levels/);
  });

  it('an external entity (XXE): XML_UNSAFE, the file is never read', async () => {
    const r = await extractXml(ciiXml({ number: '&xxe;' }, { prolog: '<!DOCTYPE rsm:CrossIndustryInvoice [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' }));
    expect(r.error?.code).toBe('XML_UNSAFE');
    expect(r.error?.message).toContain('ENTITY');
  });

  it('entity expansion (billion laughs): XML_UNSAFE', async () => {
    const laughs = ['<!ENTITY l0 "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`)].join('');
    const r = await extractXml(ciiXml({ number: '&l9;' }, { prolog: `<!DOCTYPE r [${laughs}]>\n` }));
    expect(r.error?.code).toBe('XML_UNSAFE');
  });

  it('malformed CII: XML_CORRUPT with the line', async () => {
    const r = await extractXml(ciiXml().replace('<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>380</ram:Type>'));
    expect(r.error?.code).toBe('XML_CORRUPT');
    expect(r.error?.message).toMatch(/line \d+/);
  });
});
