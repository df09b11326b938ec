/**
 * Invoice XML in the encoding its declaration names: ZUGFeRD 1.0 and older ERP exports wrote
 * ISO-8859-1, Chinese issuers GBK. Read as UTF-8, every umlaut or Chinese character of a name became
 * U+FFFD while the status stayed ok.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { decodeXml } from '../../src/invoice/xml.js';
import { ciiXml, pdfWith, ublXml } from './samples.js';

const NOW = new Date('2026-11-21T00:00:00Z');

async function extractOne(name: string, bytes: Uint8Array) {
  const { results } = await extract({ inputs: [{ name, bytes }], concurrency: 1, ocr: false, now: NOW, cache: false } as Parameters<typeof extract>[0]);
  return results[0];
}

/** `xml` with its declaration naming `encoding`, each character one byte (the text must be Latin-1). */
function latin1Xml(xml: string, encoding: string): Uint8Array {
  return new Uint8Array(Buffer.from(xml.replace('encoding="UTF-8"', `encoding="${encoding}"`), 'latin1'));
}

const GERMAN = ciiXml().replace('Lieferant GmbH', 'Bäckerei Müller und Söhne GmbH').replace('Kunde AG', 'Straßenbau Köln AG');

describe('invoice XML in a declared 8-bit encoding', () => {
  it('an ISO-8859-1 CII file: umlauts and ß read, not replaced', async () => {
    const r = await extractOne('rechnung.xml', latin1Xml(GERMAN, 'ISO-8859-1'));
    expect(r.invoice!.seller.name).toBe('Bäckerei Müller und Söhne GmbH');
    expect(r.invoice!.buyer.name).toBe('Straßenbau Köln AG');
    expect(r.invoice).toMatchObject({ number: 'XML-2024-17', totalAmount: 119 });
    expect(r.status).toBe('ok');
  });

  it('the same file attached to a PDF', async () => {
    const pdf = await pdfWith([{ name: 'ZUGFeRD-invoice.xml', xml: latin1Xml(GERMAN, 'iso-8859-1') }]);
    const r = await extractOne('rechnung.pdf', pdf);
    expect(r.source).toBe('xml');
    expect(r.invoice!.seller.name).toBe('Bäckerei Müller und Söhne GmbH');
  });

  it('a GBK UBL file: the Chinese name read', async () => {
    // 北京商贸有限公司 in GBK, two bytes a character.
    const gbkName = Buffer.from('b1b1bea9c9ccc3b3d3d0cfdeb9abcbbe', 'hex');
    const [head, tail] = ublXml().replace('encoding="UTF-8"', 'encoding="GBK"').split('Lieferant GmbH');
    const bytes = new Uint8Array(Buffer.concat([Buffer.from(head, 'latin1'), gbkName, Buffer.from(tail, 'latin1')]));
    const r = await extractOne('invoice.xml', bytes);
    expect(r.invoice!.seller.name).toBe('北京商贸有限公司');
  });

  it('UTF-8 as before: declared, undeclared, with a BOM; an unknown or impossible name read as UTF-8', () => {
    const text = '<?xml version="1.0" encoding="UTF-8"?><a>Müller</a>';
    const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
    expect(decodeXml(utf8(text))).toBe(text);
    expect(decodeXml(utf8('<a>Müller</a>'))).toBe('<a>Müller</a>');
    expect(decodeXml(utf8('\ufeff' + text))).toBe(text);
    for (const name of ['x-unknown-charset', 'UTF-16']) {
      const declared = text.replace('UTF-8', name);
      expect(decodeXml(utf8(declared))).toBe(declared);
    }
  });
});
