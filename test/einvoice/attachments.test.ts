/**
 * Every invoice XML a PDF carries is read, whatever its name, place (name tree or /AF only), number of
 * attachments, guideline id or prolog; one that cannot be read makes the result need review with a
 * named check, never a silent reading of the page. The generated PDF's page states another invoice
 * (TEXT-999) than its XML, so a text reading shows.
 */
import { describe, expect, it } from 'vitest';
import { AFRelationship } from 'pdf-lib';
import { extract } from '../../src/api/extract.js';
import { validate } from '../../src/api/validate.js';
import { ciiXml, pdfWith, rewritten, ublXml, type Attachment } from './samples.js';

const NOW = new Date('2026-11-21T00:00:00Z');

async function extractPdf(bytes: Uint8Array) {
  const { results } = await extract({ inputs: [{ name: 'invoice.pdf', bytes }], concurrency: 1, ocr: false, now: NOW, cache: false } as Parameters<typeof extract>[0]);
  return results[0];
}

const LONG_LICENCE = `<!-- ${'Nutzungsrechte ZUGFeRD Datenformat. '.repeat(400)} -->\n`;

describe('invoice XML attached to a PDF', () => {
  const cases: [string, Attachment[], ('names' | 'af-only' | 'annotation')?][] = [
    ['factur-x.xml', [{ name: 'factur-x.xml', xml: ciiXml() }]],
    ['ZUGFeRD-invoice.xml', [{ name: 'ZUGFeRD-invoice.xml', xml: ciiXml({}, { guideline: 'urn:cen.eu:en16931:2017#conformant#urn:zugferd.de:2p3:extended' }) }]],
    ['zugferd-invoice.xml with a licence comment longer than the sniffing window', [{ name: 'zugferd-invoice.xml', xml: ciiXml({}, { prolog: LONG_LICENCE }) }]],
    ['xrechnung.xml (XRechnung 3.0 guideline)', [{ name: 'xrechnung.xml', xml: ciiXml({}, { guideline: 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0' }) }]],
    ['an unusual name without .xml', [{ name: 'Rechnungsdaten', xml: ciiXml() }]],
    ['UBL as the attachment', [{ name: 'invoice-ubl.xml', xml: ublXml() }]],
    ['AFRelationship Data / Source', [{ name: 'factur-x.xml', xml: ciiXml(), relationship: AFRelationship.Data }]],
    ['several attachments (a logo text, a timesheet XML, the invoice)', [
      { name: 'notes.txt', xml: 'not xml at all' },
      { name: 'timesheet.xml', xml: '<?xml version="1.0"?><timesheet><hours>3</hours></timesheet>' },
      { name: 'factur-x.xml', xml: ciiXml() },
    ]],
    ['only in the catalogue /AF, no EmbeddedFiles name tree', [{ name: 'factur-x.xml', xml: ciiXml() }], 'af-only'],
    ['only as a file attachment annotation of the page, neither name tree nor /AF', [{ name: 'factur-x.xml', xml: ciiXml() }], 'annotation'],
    ['one of two file attachment annotations (a note, then the invoice)', [{ name: 'notes.txt', xml: 'not xml at all' }, { name: 'rechnung.xml', xml: ciiXml() }], 'annotation'],
  ];

  for (const [title, attachments, place] of cases) {
    it(`reads it: ${title}`, async () => {
      const r = await extractPdf(await pdfWith(attachments, place));
      expect(r.source).toBe('xml');
      expect(r.invoice).toMatchObject({ number: 'XML-2024-17', date: '2024-03-05', amount: 100, taxAmount: 19, totalAmount: 119, currency: 'EUR' });
      expect(r.invoice!.seller.name).toBe('Lieferant GmbH');
      expect(r.status).toBe('ok');
    });
  }

  it('prefers the specification-named CII when a PDF carries ZUGFeRD 1 and 2 side by side', async () => {
    const other = ciiXml({ number: 'OTHER-1' }).replace(/CrossIndustryInvoice/g, 'CrossIndustryDocument');
    const r = await extractPdf(await pdfWith([{ name: 'old.xml', xml: other }, { name: 'factur-x.xml', xml: ciiXml() }]));
    expect(r.invoice!.number).toBe('XML-2024-17');
  });

  it('extract and validate choose the same attachment: EN 16931 CII before a conventionally named ZUGFeRD 1.0', async () => {
    const old = ciiXml({ number: 'OTHER-1' }).replace(/CrossIndustryInvoice/g, 'CrossIndustryDocument');
    const bytes = await pdfWith([{ name: 'ZUGFeRD-invoice.xml', xml: old }, { name: 'invoice.xml', xml: ciiXml() }]);
    const r = await extractPdf(bytes);
    expect(r.invoice!.number).toBe('XML-2024-17');
    const v = await validate({ inputs: [{ name: 'invoice.pdf', bytes }] });
    expect(v.results[0]).toMatchObject({ embeddedXml: 'invoice.xml', syntax: 'cii' });
  });

  it('an invoice attachment that cannot be read: needs review, the check names the file and why', async () => {
    const broken = ciiXml().replace('</rsm:CrossIndustryInvoice>', '');
    const r = await extractPdf(await pdfWith([{ name: 'factur-x.xml', xml: broken }]));
    expect(r.status).toBe('needs_review');
    const check = r.checks.find((c) => c.id === 'embedded_xml_unreadable');
    expect(check?.ok).toBe(false);
    expect(check?.message).toContain('factur-x.xml');
    expect(check?.message).toContain('XML_CORRUPT');
  });

  it('an attachment named as an invoice but in another schema: needs review, naming its root', async () => {
    const r = await extractPdf(await pdfWith([{ name: 'xrechnung.xml', xml: '<?xml version="1.0"?><Rechnung xmlns="urn:example:custom"><Nr>1</Nr></Rechnung>' }]));
    expect(r.status).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'embedded_xml_unreadable')?.message).toContain('Rechnung');
  });

  it('an attachment with an entity declaration is refused as XML_UNSAFE and flagged', async () => {
    const xxe = ciiXml({}, { prolog: '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n' });
    const r = await extractPdf(await pdfWith([{ name: 'factur-x.xml', xml: xxe }]));
    expect(r.status).toBe('needs_review');
    expect(r.checks.find((c) => c.id === 'embedded_xml_unreadable')?.message).toContain('XML_UNSAFE');
    expect(JSON.stringify(r.invoice)).not.toContain('root:');
  });
});

describe('invoice XML in a PDF that is encrypted or packed in object streams', () => {
  // pdf.js reads an encrypted PDF's pages but lists only the name tree: /AF-only files are the lean reader's.
  const rewrites: [string, string[], string?][] = [
    ['RC4 40-bit', ['--allow-weak-crypto', '--encrypt', '', 'owner', '40', '--']],
    ['RC4 128-bit', ['--allow-weak-crypto', '--encrypt', '', 'owner', '128', '--use-aes=n', '--']],
    ['AES-128', ['--encrypt', '', 'owner', '128', '--use-aes=y', '--']],
    ['AES-256', ['--encrypt', '', 'owner', '256', '--']],
    ['AES-256 with a user password, given', ['--encrypt', 'geheim', 'owner', '256', '--'], 'geheim'],
    ['RC4 128-bit with a user password, given', ['--allow-weak-crypto', '--encrypt', 'geheim', 'owner', '128', '--use-aes=n', '--'], 'geheim'],
    ['object and cross-reference streams', ['--object-streams=generate']],
  ];
  for (const [title, args, password] of rewrites) {
    it(`reads an /AF-only invoice XML: ${title}`, async () => {
      const pdf = rewritten(await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }], 'af-only'), args);
      const { results } = await extract({ inputs: [{ name: 'invoice.pdf', bytes: pdf }], concurrency: 1, ocr: false, now: NOW, cache: false, password } as Parameters<typeof extract>[0]);
      expect(results[0].source).toBe('xml');
      expect(results[0].invoice).toMatchObject({ number: 'XML-2024-17', totalAmount: 119, currency: 'EUR' });
      expect(results[0].invoice!.seller.name).toBe('Lieferant GmbH');
    });
  }
});

describe('a PDF whose pages pdf.js reads (the lean reader declined)', () => {
  it('still finds an /AF-only invoice XML, which pdf.js does not list', async () => {
    const { readPdf } = await import('../../src/extract/read-pdf.js');
    const { pdfTextAndAttachments } = await import('../../src/pdf/text.js');
    const pdf = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }], 'af-only');
    expect((await pdfTextAndAttachments(pdf)).attachments).toEqual([]);
    const reading = await readPdf(pdf, { templates: [], ocr: null, qr: 'never', pdfText: (b, o) => pdfTextAndAttachments(b, o), maxPages: 100, maxImagePixels: 1e8 });
    expect(reading.parts[0]).toMatchObject({ source: 'xml', invoice: { number: 'XML-2024-17', totalAmount: 119 } });
  });

  it('still finds an invoice XML attached only as a file attachment annotation', async () => {
    const { readPdf } = await import('../../src/extract/read-pdf.js');
    const { pdfTextAndAttachments } = await import('../../src/pdf/text.js');
    const pdf = await pdfWith([{ name: 'factur-x.xml', xml: ciiXml() }], 'annotation');
    const reading = await readPdf(pdf, { templates: [], ocr: null, qr: 'never', pdfText: (b, o) => pdfTextAndAttachments(b, o), maxPages: 100, maxImagePixels: 1e8 });
    expect(reading.parts[0]).toMatchObject({ source: 'xml', invoice: { number: 'XML-2024-17', totalAmount: 119 } });
  });
});
