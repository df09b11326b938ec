/**
 * Writing e-invoices: every target validated before it is returned, what a profile requires and the
 * invoice lacks refused naming the business term (or taken from --set), Factur-X PDFs with the page
 * unchanged, and the round trip extract → write → validate → extract giving the same fields.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFArray, PDFDict } from 'pdf-lib';
import { extract } from '../../src/api/extract.js';
import { validate } from '../../src/api/validate.js';
import { writeEInvoice } from '../../src/einvoice/write/index.js';
import { emptyInvoice, emptyLineItem, type Invoice } from '../../src/invoice/model.js';
import { runCli, tmpDir } from '../helpers/cli.js';
import { ciiXml, pdfWith, rewritten } from './samples.js';

const NOW = new Date('2026-11-21T00:00:00Z');

function sampleInvoice(): Invoice {
  const inv = emptyInvoice('EUR');
  Object.assign(inv, { number: 'RE-2026-001', date: '2026-10-01', dueDate: '2026-10-31', amount: 150, taxAmount: 28.5, totalAmount: 178.5 });
  inv.seller = { name: 'Muster GmbH', taxId: 'DE123456789', address: 'Hauptstr. 1, 10115 Berlin, DE', phone: '+49 30 123456', bank: null, account: 'DE89370400440532013000' };
  inv.buyer = { name: 'Kunde AG', taxId: null, address: 'Ring 5, 80331 München, DE', phone: null, bank: null, account: null };
  const a = emptyLineItem('Beratung');
  Object.assign(a, { quantity: 2, unitPrice: 50, amount: 100, taxRate: 0.19, unit: 'HUR' });
  const b = emptyLineItem('Material');
  Object.assign(b, { quantity: 1, unitPrice: 50, amount: 50, taxRate: 0.19 });
  inv.items = [a, b];
  return inv;
}

async function read(bytes: Uint8Array, name: string) {
  return (await extract({ inputs: [{ name, bytes }], ocr: false, concurrency: 1, now: NOW } as Parameters<typeof extract>[0])).results[0];
}

describe('writeEInvoice', () => {
  for (const target of ['ubl', 'cii'] as const) {
    it(`${target}: valid EN 16931, and read back with the same fields`, async () => {
      const inv = sampleInvoice();
      const w = await writeEInvoice(inv, target);
      expect(w.validation.valid).toBe(true);
      expect(w.validation.syntax).toBe(target);
      const r = await read(w.bytes, `x.${target}.xml`);
      expect(r.invoice).toMatchObject({ number: 'RE-2026-001', date: '2026-10-01', dueDate: '2026-10-31', currency: 'EUR', amount: 150, taxAmount: 28.5, totalAmount: 178.5 });
      expect(r.invoice!.seller).toMatchObject({ name: 'Muster GmbH', taxId: 'DE123456789', account: 'DE89370400440532013000' });
      expect(r.invoice!.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount, i.taxRate])).toEqual([['Beratung', 2, 50, 100, 0.19], ['Material', 1, 50, 50, 0.19]]);
    });
  }

  it('xrechnung: refused naming BT-10 and BT-43 when missing; valid XRechnung with --set', async () => {
    await expect(writeEInvoice(sampleInvoice(), 'xrechnung')).rejects.toMatchObject({ code: 'CONVERSION_FAILED', message: expect.stringMatching(/BT-10 buyer reference.*--set BT-43=/s) });
    const w = await writeEInvoice(sampleInvoice(), 'xrechnung', { set: { 'BT-10': '04011000-12345-03', 'BT-43': 'rechnung@muster.de' } });
    expect(w.validation).toMatchObject({ valid: true, profile: 'xrechnung' });
    expect(w.xml).toContain('<cbc:BuyerReference>04011000-12345-03</cbc:BuyerReference>');
  });

  it('an invoice whose totals disagree with its lines is refused, not rewritten', async () => {
    const inv = sampleInvoice();
    inv.totalAmount = 200;
    await expect(writeEInvoice(inv, 'ubl')).rejects.toMatchObject({ code: 'CONVERSION_FAILED', message: expect.stringContaining('BT-112') });
  });

  it('a Chinese invoice: CNY, the 纳税人识别号 as it is (tax registration id, no VAT prefix)', async () => {
    const inv = sampleInvoice();
    Object.assign(inv, { currency: 'CNY', number: '24442000000012345678', dueDate: null });
    inv.seller = { ...inv.seller, name: '广州某某科技有限公司', taxId: '91440101MA5CXXXX1X', address: '广州市天河区', account: null };
    inv.buyer = { ...inv.buyer, name: '深圳某某有限公司', address: '深圳市' };
    await expect(writeEInvoice(inv, 'cii')).rejects.toMatchObject({ message: expect.stringContaining('BT-40') });
    const w = await writeEInvoice(inv, 'cii', { set: { 'BT-40': 'CN', 'BT-55': 'CN', 'BT-20': 'paid on issue' } });
    expect(w.validation.valid).toBe(true);
    const r = await read(w.bytes, 'cn.cii.xml');
    expect(r.invoice).toMatchObject({ currency: 'CNY', number: '24442000000012345678', totalAmount: 178.5 });
    expect(r.invoice!.seller).toMatchObject({ name: '广州某某科技有限公司', taxId: '91440101MA5CXXXX1X' });
  });

  it('facturx: the page unchanged, factur-x.xml as /AF with AFRelationship, XMP fx: metadata, an output intent; validates without FX findings', async () => {
    // A PDF that carries a CII already (a Factur-X being rewritten): the XML is replaced, not doubled.
    const source = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }]);
    const first = await read(source, 'in.pdf');
    const w = await writeEInvoice(first.invoice!, 'facturx', { pdf: source, now: NOW });
    const doc = await PDFDocument.load(w.bytes);
    const src = await PDFDocument.load(source);
    expect(doc.getPageCount()).toBe(src.getPageCount());
    expect(doc.getPage(0).getSize()).toEqual(src.getPage(0).getSize());
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    expect(af.size()).toBe(1);
    expect((af.lookup(0) as PDFDict).get(PDFName.of('AFRelationship'))?.toString()).toBe('/Alternative');
    expect(doc.catalog.lookup(PDFName.of('OutputIntents'), PDFArray).size()).toBe(1);
    const v = await validate({ inputs: [{ name: 'out.pdf', bytes: w.bytes }] });
    expect(v.results[0]).toMatchObject({ valid: true, embeddedXml: 'factur-x.xml' });
    expect(v.results[0].findings.filter((f) => f.rule.startsWith('FX-'))).toEqual([]);
    const again = await read(w.bytes, 'out.pdf');
    expect(again.source).toBe('xml');
    for (const k of ['number', 'date', 'currency', 'amount', 'taxAmount', 'totalAmount'] as const) expect(again.invoice![k]).toBe(first.invoice![k]);
  });

  it('facturx encrypted afterwards (AES-256, opens without a password): the XMP is still read, and the encryption is the one FX finding', async () => {
    const source = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }]);
    const w = await writeEInvoice((await read(source, 'in.pdf')).invoice!, 'facturx', { pdf: source, now: NOW });
    const v = await validate({ inputs: [{ name: 'out.pdf', bytes: rewritten(w.bytes, ['--encrypt', '', 'owner', '256', '--']) }] });
    expect(v.results[0]).toMatchObject({ valid: false, embeddedXml: 'factur-x.xml' });
    expect(v.results[0].findings.filter((f) => f.rule.startsWith('FX-')).map((f) => f.rule)).toEqual(['FX-ENCRYPTED']);
  });
});

describe('invoicectl convert --to xrechnung|ubl|cii|facturx', () => {
  it('from an invoice JSON, with --set; a missing term is refused naming it, exit 1', async () => {
    const dir = tmpDir('einvoice-convert-');
    const json = path.join(dir, 'invoice.json');
    fs.writeFileSync(json, JSON.stringify({ invoice: sampleInvoice() }));
    const refused = await runCli(['convert', json, '--to', 'xrechnung', '-o', `${dir}/`]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('BT-10');
    const ok = await runCli(['convert', json, '--to', 'xrechnung', '--set', 'BT-10=04011000-12345-03', '--set', 'BT-43=rechnung@muster.de', '-o', `${dir}/`]);
    expect(ok.code).toBe(0);
    const out = path.join(dir, 'invoice.xrechnung.xml');
    const check = await runCli(['validate', out]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('xrechnung');
    const bad = await runCli(['convert', json, '--to', 'ubl', '--set', 'nonsense']);
    expect(bad.code).toBe(2);
  });
});
