/**
 * validate() on generated e-invoices of both syntaxes (a valid one, then one thing broken at a time:
 * the finding names the rule and the element), on the published test files of the corpus (each
 * verdict and each stated rule id), and the CLI's exit codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validate } from '../../src/api/validate.js';
import { validateXml } from '../../src/einvoice/validate.js';
import { runCli } from '../helpers/cli.js';
import { ciiXml, pdfWith, ublXml } from './samples.js';

const fatal = (xml: string, profile?: 'en16931' | 'xrechnung' | 'peppol') => validateXml(xml, { profile }).findings.filter((f) => f.severity === 'fatal');
const ids = (xml: string, profile?: 'en16931' | 'xrechnung' | 'peppol') => fatal(xml, profile).map((f) => f.rule);

describe('EN 16931 rules on generated invoices', () => {
  it('the generated UBL (Peppol) and CII invoices are valid', () => {
    expect(fatal(ublXml())).toEqual([]);
    expect(fatal(ciiXml())).toEqual([]);
    expect(validateXml(ublXml()).profile).toBe('peppol');
    expect(validateXml(ciiXml()).profile).toBe('en16931');
  });

  it('totals that do not add up: BR-CO-15 with the XPath of BT-112 (UBL)', () => {
    const f = fatal(ublXml({ gross: '120.00' }));
    expect(f.map((x) => x.rule)).toContain('BR-CO-15');
    expect(f.find((x) => x.rule === 'BR-CO-15')!.xpath).toBe('/ubl:Invoice/cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount');
  });

  it('a grand total one unit short: BR-CO-15 only (the VAT itself adds up) (CII)', () => {
    const got = ids(ciiXml({ tax: '19.00', gross: '118.00' }));
    expect(got).toContain('BR-CO-15');
    expect(got).not.toContain('BR-CO-14');
    expect(got).not.toContain('BR-S-09');
  });

  it('a VAT breakdown tax far from taxable × rate: BR-CO-17 and BR-S-09', () => {
    expect(ids(ciiXml({ tax: '25.00', gross: '125.00' }))).toEqual(expect.arrayContaining(['BR-CO-17', 'BR-S-09']));
  });

  it('three decimals in an amount: BR-DEC', () => {
    expect(ids(ciiXml({ net: '100.000' }))).toEqual(expect.arrayContaining(['BR-DEC-09', 'BR-DEC-12', 'BR-DEC-19', 'BR-DEC-23']));
  });

  it('an amount in no decimal form: XSD-DECIMAL, never a crash', () => {
    expect(ids(ublXml({ gross: '1.234,56' }))).toContain('XSD-DECIMAL');
  });

  it('a missing invoice number: BR-02', () => {
    expect(ids(ciiXml({ number: '' }))).toContain('BR-02');
  });

  it('XRechnung profile: missing Buyer reference (CII) is BR-DE-15; seller contact BR-DE-2', () => {
    const got = ids(ciiXml(), 'xrechnung');
    expect(got).toEqual(expect.arrayContaining(['BR-DE-15', 'BR-DE-2', 'BR-DE-1']));
  });

  it('the profile comes from the customization id', () => {
    const xr = ciiXml({}, { guideline: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0' });
    expect(validateXml(xr).profile).toBe('xrechnung');
    expect(ids(xr)).toContain('BR-DE-15');
  });

  it('Peppol: no buyer reference nor order reference is PEPPOL-EN16931-R003', () => {
    expect(ids(ublXml().replace(/<cbc:BuyerReference>[^<]*<\/cbc:BuyerReference>/, ''))).toContain('PEPPOL-EN16931-R003');
  });

  it('code lists: currency, country, type code, VAT category, payment means', () => {
    expect(ids(ublXml({ currency: 'EUX' }))).toContain('BR-CL-04');
    expect(ids(ublXml().replace('<cbc:IdentificationCode>DE</cbc:IdentificationCode>', '<cbc:IdentificationCode>ZZ</cbc:IdentificationCode>'))).toContain('BR-CL-14');
    expect(ids(ublXml().replace('<cbc:InvoiceTypeCode>380<', '<cbc:InvoiceTypeCode>999<'))).toContain('BR-CL-01');
    expect(ids(ublXml().replace('<cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>', '<cbc:ID>Q</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>'))).toContain('BR-CL-17');
    expect(ids(ciiXml().replace('<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n      <ram:SpecifiedTradePaymentTerms>', '<ram:CategoryCode>Q</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n      <ram:SpecifiedTradePaymentTerms>'))).toContain('BR-CL-18');
    expect(ids(ublXml().replace('<cbc:PaymentMeansCode>58<', '<cbc:PaymentMeansCode>XYZ<'))).toContain('BR-CL-16');
    expect(ids(ublXml({ currency: 'CNY' }))).not.toContain('BR-CL-04');
  });

  it('BR-CL-14: current ISO 3166-1 codes and the list\'s 1A / XI pass; withdrawn and non-ISO region codes do not', () => {
    const country = (c: string) => ublXml().replace('<cbc:IdentificationCode>DE</cbc:IdentificationCode>', `<cbc:IdentificationCode>${c}</cbc:IdentificationCode>`);
    for (const ok of ['FR', 'SS', 'CW', '1A', 'XI']) expect(ids(country(ok)), ok).not.toContain('BR-CL-14');
    for (const bad of ['AN', 'YU', 'XK', 'EA', 'de']) expect(ids(country(bad)), bad).toContain('BR-CL-14');
  });

  it('an empty invoicing period is BR-CO-19, a credit transfer without an account BR-50', () => {
    expect(ids(ublXml().replace('<cbc:DocumentCurrencyCode>', '<cac:InvoicePeriod></cac:InvoicePeriod><cbc:DocumentCurrencyCode>'))).toContain('BR-CO-19');
    expect(ids(ublXml().replace('<cbc:DocumentCurrencyCode>', '<cac:InvoicePeriod><cbc:StartDate>2024-03-01</cbc:StartDate></cac:InvoicePeriod><cbc:DocumentCurrencyCode>'))).not.toContain('BR-CO-19');
    expect(ids(ublXml().replace('<cbc:BuyerReference>', '<cac:InvoicePeriod><cbc:Note>x</cbc:Note></cac:InvoicePeriod><cbc:BuyerReference>'))).toContain('BR-CO-19');
    expect(ids(ublXml().replace('<cbc:ID>DE89 3704 0044 0532 0130 00</cbc:ID>', ''))).toContain('BR-50');
  });

  it('Factur-X MINIMUM: no lines, no buyer address, no payment terms needed; the totals still add up', () => {
    const minimum = ciiXml({}, { guideline: 'urn:factur-x.eu:1p0:minimum' })
      .replace(/<ram:IncludedSupplyChainTradeLineItem>[\s\S]*?<\/ram:IncludedSupplyChainTradeLineItem>/, '')
      .replace(/<ram:BuyerTradeParty>[\s\S]*?<\/ram:BuyerTradeParty>/, '<ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>')
      .replace(/<ram:SpecifiedTradePaymentTerms>[\s\S]*?<\/ram:SpecifiedTradePaymentTerms>/, '');
    expect(fatal(minimum)).toEqual([]);
    expect(ids(minimum.replace('<ram:GrandTotalAmount>119.00<', '<ram:GrandTotalAmount>129.00<'))).toContain('BR-CO-15');
    // The same content claiming EN 16931 misses the lines, the buyer's address and the terms.
    expect(ids(minimum.replace('urn:factur-x.eu:1p0:minimum', 'urn:cen.eu:en16931:2017'))).toEqual(expect.arrayContaining(['BR-16', 'BR-10', 'BR-CO-25']));
  });

  it('Peppol: an empty element is PEPPOL-EN16931-R008, at its XPath', () => {
    const f = fatal(ublXml().replace('<cbc:Note>Thank you</cbc:Note>', '<cbc:Note>Thank you</cbc:Note><cbc:AccountingCost></cbc:AccountingCost>'));
    expect(f.find((x) => x.rule === 'PEPPOL-EN16931-R008')?.xpath).toBe('/ubl:Invoice/*:AccountingCost');
  });

  it('a UBL credit note is valid and keeps its kind', () => {
    expect(fatal(ublXml({}, { credit: true }))).toEqual([]);
  });
});

describe('the corpus of published test files', () => {
  const dir = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'corpus', 'einvoice-xml');
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.xml'));
  for (const f of files) {
    const gt = JSON.parse(fs.readFileSync(path.join(dir, f + '.gt.json'), 'utf8'));
    if (gt.valid !== true && gt.valid !== false) continue;
    it(`${f}: ${gt.valid ? 'valid' : `invalid ${(gt.rules ?? []).join(' ')}`}`, async () => {
      const { results } = await validate({ inputs: [path.join(dir, f)], concurrency: 1 });
      expect(results[0].valid).toBe(gt.valid);
      const rules = results[0].findings.filter((x) => x.severity === 'fatal').map((x) => x.rule);
      for (const r of (gt.rules ?? []).filter((r: string) => /^(BR|PEPPOL)-/.test(r))) expect(rules).toContain(r);
    });
  }
});

describe('validate on PDFs and the CLI', () => {
  it('a PDF with the CII attached: the XML is validated, and the missing Factur-X XMP is a finding', async () => {
    const pdf = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }]);
    const { results } = await validate({ inputs: [{ name: 'fx.pdf', bytes: pdf }] });
    expect(results[0].embeddedXml).toBe('factur-x.xml');
    expect(results[0].findings.map((f) => f.rule)).toContain('FX-XMP');
    expect(results[0].findings.map((f) => f.rule)).not.toContain('FX-AF');
  });

  it('a CII attached only as a file attachment annotation: validated, and not being an associated file is a finding', async () => {
    const pdf = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }], 'annotation');
    const { results } = await validate({ inputs: [{ name: 'fx.pdf', bytes: pdf }] });
    expect(results[0].embeddedXml).toBe('factur-x.xml');
    expect(results[0].syntax).toBe('cii');
    expect(results[0].findings.map((f) => f.rule)).toContain('FX-AF');
  });

  it('exit codes: 0 valid, 1 invalid, 2 usage; one unreadable file does not lose the others', async () => {
    const dir = fs.mkdtempSync(path.join(fs.realpathSync('/tmp'), 'validate-'));
    fs.writeFileSync(path.join(dir, 'good.xml'), ublXml());
    fs.writeFileSync(path.join(dir, 'bad.xml'), ublXml({ gross: '120.00' }));
    fs.writeFileSync(path.join(dir, 'other.xml'), '<?xml version="1.0"?><note>hi</note>');
    const ok = await runCli(['validate', path.join(dir, 'good.xml')]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('VALID');
    const bad = await runCli(['validate', '--json', path.join(dir, 'good.xml'), path.join(dir, 'bad.xml'), path.join(dir, 'other.xml')]);
    expect(bad.code).toBe(1);
    const results = JSON.parse(bad.stdout);
    expect(results).toHaveLength(3);
    expect(results.find((r: { file: string }) => r.file.endsWith('bad.xml')).findings.map((f: { rule: string }) => f.rule)).toContain('BR-CO-15');
    expect(results.find((r: { file: string }) => r.file.endsWith('other.xml')).error.code).toBe('UNSUPPORTED_FILE_TYPE');
    const usage = await runCli(['validate', '--profile', 'nope', path.join(dir, 'good.xml')]);
    expect(usage.code).toBe(2);
  });
});

describe('validate summary order', () => {
  it('lists results in input order, whichever finishes first', async () => {
    // The PDF finishes last (its readers load on first use); the summary still lists it first.
    const streamed: string[] = [];
    const { results } = await validate({
      inputs: [
        { name: 'a.pdf', bytes: await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }]) },
        { name: 'b.xml', bytes: Buffer.from(ublXml()) },
        { name: 'c.xml', bytes: Buffer.from('not an invoice') },
      ],
      concurrency: 3,
      onResult: (r) => void streamed.push(r.file),
    });
    expect(results.map((r) => [r.file, r.syntax, r.error?.code])).toEqual([
      ['a.pdf', 'cii', undefined],
      ['b.xml', 'ubl', undefined],
      ['c.xml', undefined, 'INVALID_FILE_TYPE'],
    ]);
    expect(streamed.sort()).toEqual(['a.pdf', 'b.xml', 'c.xml']);
  });
});

