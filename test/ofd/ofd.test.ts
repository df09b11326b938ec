/**
 * OFD reading and OFD → PDF on the real e-invoices in ../shared/fixtures/real/ofd, checked against the
 * ground truth beside each file (*.gt.json: OFD.xml CustomData, CustomTag fields resolved to page
 * text; *.attach.*.xml: the issuer XML inside the OFD).
 */
import AdmZip from 'adm-zip';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { decodePDFRawStream, PDFDocument, PDFName, PDFRawStream } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import { ofdMetadata } from '../../src/ofd/metadata.js';
import { parseOfd, type Box, type OfdDocument } from '../../src/ofd/parse.js';
import { ofdPageText } from '../../src/ofd/text.js';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { openPdfjs } from '../../src/pdf/pdfjs.js';
import { renderPdfPage } from '../../src/pdf/render.js';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures/real/ofd');
const MM = 72 / 25.4;

interface GroundTruth {
  ofd_xml_customdata: Record<string, string>;
  customtag_resolved?: Record<string, Record<string, string>>;
  attachments_extracted?: string[];
  pages_in_container: number;
}

const fixtures = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.ofd'))
  .map((file) => {
    const base = file.slice(0, -'.ofd'.length);
    const gt = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${base}.gt.json`), 'utf8')) as GroundTruth;
    const tags = Object.assign({}, ...Object.values(gt.customtag_resolved ?? {})) as Record<string, string>;
    return { file, base, gt, tags, bytes: new Uint8Array(fs.readFileSync(path.join(FIXTURES, file))) };
  });

/** What every fixture states about itself, from the ground truth (CustomData first, tags second). */
function expected(f: (typeof fixtures)[number]) {
  const cd = f.gt.ofd_xml_customdata;
  return {
    number: cd['发票号码']!,
    amount: cd['合计金额']!,
    tax: cd['合计税额'],
    seller: f.tags.SellerName ?? cd['销售方名称'],
    sellerTaxId: cd['销售方纳税人识别号']!,
  };
}

it('finds the real OFD fixtures', () => {
  expect(fixtures.length).toBeGreaterThanOrEqual(4);
});

describe.each(fixtures)('$file', (f) => {
  let doc: OfdDocument;
  let pdf: Uint8Array;
  beforeAll(async () => {
    doc = parseOfd(f.bytes);
    pdf = await ofdToPdf(f.bytes);
  });

  it('parses pages with their physical size', () => {
    expect(doc.pages.length).toBe(f.gt.pages_in_container);
    for (const page of doc.pages) {
      // Chinese VAT e-invoices are 140 mm high and (about) A4-wide.
      expect(page.box.height).toBe(140);
      expect(page.box.width).toBeGreaterThanOrEqual(210);
      expect(page.box.width).toBeLessThanOrEqual(212);
      expect(page.objects.filter((o) => o.kind === 'text').length).toBeGreaterThan(30);
      expect(page.objects.filter((o) => o.kind === 'path').length).toBeGreaterThan(10);
      expect(page.objects.some((o) => o.kind === 'image' && o.image && o.image.bytes.length > 100)).toBe(true); // the QR code
    }
  });

  it('gives page text with the invoice number top right and the totals in the table', () => {
    const e = expected(f);
    const [page] = ofdPageText(doc);
    expect(page!.width).toBe(doc.pages[0]!.box.width);
    const find = (text: string) => page!.items.find((i) => i.text.replace(/\s/g, '').includes(text));
    const number = find(e.number);
    expect(number, e.number).toBeDefined();
    expect(number!.x).toBeGreaterThan(page!.width / 2);
    expect(number!.y).toBeLessThan(page!.height / 4);
    expect(number!.height).toBeGreaterThan(2);
    expect(number!.height).toBeLessThan(6);
    // 合计 row: between the buyer block and the seller block.
    const amount = find(e.amount);
    expect(amount, e.amount).toBeDefined();
    expect(amount!.y).toBeGreaterThan(page!.height * 0.4);
    expect(amount!.y).toBeLessThan(page!.height * 0.8);
    expect(find(e.sellerTaxId)!.y).toBeGreaterThan(page!.height * 0.2); // in a party block, not the title
    // Labels from the page template are text too.
    expect(page!.items.some((i) => i.text.includes('发票号码'))).toBe(true);
    for (const item of page!.items) {
      expect(item.x).toBeGreaterThanOrEqual(0);
      expect(item.y).toBeGreaterThanOrEqual(0);
      expect(item.x + item.width).toBeLessThanOrEqual(page!.width + 1);
      expect(item.y + item.height).toBeLessThanOrEqual(page!.height + 1);
    }
  });

  it('reads CustomData, CustomTag fields and XML attachments as in the ground truth', () => {
    const meta = ofdMetadata(doc);
    expect(meta.customData).toEqual(f.gt.ofd_xml_customdata);
    for (const [name, value] of Object.entries(f.tags)) expect(meta.tags[name], name).toBe(value);
    const attached = f.gt.attachments_extracted ?? [];
    expect(meta.attachments.length).toBe(attached.length);
    for (const name of attached) {
      const xml = fs.readFileSync(path.join(FIXTURES, name), 'utf8');
      expect(meta.attachments.some((a) => a.xml.trim() === xml.trim())).toBe(true);
    }
  });

  it('renders a PDF of the same page size', async () => {
    const out = await PDFDocument.load(pdf);
    expect(out.getPageCount()).toBe(doc.pages.length);
    out.getPages().forEach((p, i) => {
      expect(p.getWidth()).toBeCloseTo(doc.pages[i]!.box.width * MM, 2);
      expect(p.getHeight()).toBeCloseTo(doc.pages[i]!.box.height * MM, 2);
    });
  });

  it('embeds a subset CJK font that strict readers accept (valid CFF header)', async () => {
    const out = await PDFDocument.load(pdf);
    const fonts = out.context
      .enumerateIndirectObjects()
      .map(([, obj]) => obj)
      .filter((obj): obj is PDFRawStream => obj instanceof PDFRawStream && obj.dict.get(PDFName.of('Subtype'))?.toString() === '/CIDFontType0C');
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const cff = decodePDFRawStream(font).decode();
      expect(cff[0]).toBe(1); // CFF major version
      expect(cff[3]).toBeGreaterThanOrEqual(1); // offSize: poppler/FreeType refuse anything but 1..4
      expect(cff[3]).toBeLessThanOrEqual(4);
      expect(cff.length).toBeLessThan(400_000); // a subset, not the 8 MB font
    }
  });

  it('keeps the OFD text extractable from the PDF', async () => {
    const e = expected(f);
    const pdfDoc = await openPdfjs(pdf);
    try {
      const content = await (await pdfDoc.getPage(1)).getTextContent();
      const items = content.items.map((i) => ('str' in i ? i.str : ''));
      const text = items.join('');
      for (const s of [e.number, e.amount, e.tax, e.seller, e.sellerTaxId]) if (s) expect(text, s).toContain(s);
      // Glyphs placed one by one must still read as words: no invented spaces inside figures.
      expect(items.some((s) => s.includes(e.amount))).toBe(true);
      expect(items.some((s) => s.includes(e.sellerTaxId))).toBe(true);
      // Every text object of the OFD page reaches the PDF (whitespace aside).
      const squash = (s: string) => s.replace(/\s/g, '');
      const all = squash(text);
      for (const item of ofdPageText(doc)[0]!.items) expect(all).toContain(squash(item.text));
    } finally {
      await pdfDoc.destroy();
    }
  });

  it('draws the seal visibly at its boundary', async () => {
    const page = doc.pages[0]!;
    // Signature seals, or a stamp annotation carrying the seal picture.
    const stamps: Box[] = [...page.seals.map((s) => s.boundary), ...page.annotations.filter((a) => a.type === 'Stamp' && a.objects.length > 0).map((a) => a.boundary)];
    expect(stamps.length).toBeGreaterThan(0);
    const dpi = 100;
    const rendered = await renderPdfPage(pdf, 1, { dpi });
    const px = dpi / 25.4;
    for (const b of stamps) {
      let red = 0;
      const x0 = Math.floor(b.x * px);
      const y0 = Math.floor(b.y * px);
      const x1 = Math.min(rendered.width, Math.ceil((b.x + b.width) * px));
      const y1 = Math.min(rendered.height, Math.ceil((b.y + b.height) * px));
      for (let y = y0; y < y1; y++) {
        for (let x = x0; x < x1; x++) {
          const i = (y * rendered.width + x) * 4;
          // Seal red; the brown-red of the printed form (156 82 35) does not pass.
          if (rendered.rgba[i]! > 180 && rendered.rgba[i + 1]! < 90 && rendered.rgba[i + 2]! < 90) red++;
        }
      }
      const area = (x1 - x0) * (y1 - y0);
      expect(red, `red pixels in seal at ${JSON.stringify(b)}`).toBeGreaterThan(area * 0.05);
    }
  });
});

describe('damaged and hostile input', () => {
  const sample = fixtures[0]!.bytes;
  const code = (fn: () => unknown) => {
    try {
      fn();
    } catch (err) {
      return (err as { code?: string }).code;
    }
    return 'no error';
  };

  const ofdXml = '<ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016"><ofd:DocBody><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>';
  const documentXml = '<ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:PageArea><ofd:PhysicalBox>0 0 100 50</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>';
  const pageXml = '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:TextObject ID="2" Boundary="10 10 50 10" Font="9" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="5">&#x53D1;票 A&amp;B</ofd:TextCode></ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>';

  it('reads a minimal hand-made OFD (entities decoded, missing font falls back)', async () => {
    const bytes = zip({ 'OFD.xml': ofdXml, 'Doc_0/Document.xml': documentXml, 'Doc_0/Pages/Page_0/Content.xml': pageXml });
    const doc = parseOfd(bytes);
    expect(doc.pages[0]!.box).toEqual({ x: 0, y: 0, width: 100, height: 50 });
    expect(ofdPageText(doc)[0]!.items.map((i) => i.text)).toEqual(['发票 A&B']);
    const pdf = await ofdToPdf(bytes);
    const pdfDoc = await openPdfjs(pdf);
    const content = await (await pdfDoc.getPage(1)).getTextContent();
    expect(content.items.map((i) => ('str' in i ? i.str : '')).join('')).toContain('发票');
    await pdfDoc.destroy();
  });

  it('rejects empty bytes', () => {
    expect(code(() => parseOfd(new Uint8Array()))).toBe('OFD_CORRUPT');
  });

  it('rejects bytes that are not a ZIP', () => {
    expect(code(() => parseOfd(new TextEncoder().encode('%PDF-1.7 not an ofd at all, just some text here')))).toBe('OFD_CORRUPT');
  });

  it('rejects a ZIP without OFD.xml', () => {
    expect(code(() => parseOfd(zip({ 'readme.txt': 'hello' })))).toBe('OFD_CORRUPT');
    expect(code(() => parseOfd(zip({ 'Doc_0/Document.xml': documentXml })))).toBe('OFD_CORRUPT');
  });

  it('rejects a ZIP whose OFD.xml is not XML or names a missing document', () => {
    expect(code(() => parseOfd(zip({ 'OFD.xml': '\u0000\u0001 binary' })))).toBe('OFD_CORRUPT');
    expect(code(() => parseOfd(zip({ 'OFD.xml': ofdXml })))).toBe('OFD_CORRUPT');
    expect(code(() => parseOfd(zip({ 'OFD.xml': ofdXml, 'Doc_0/Document.xml': documentXml })))).toBe('OFD_CORRUPT'); // no readable page
  });

  it('rejects truncated OFDs at every cut', () => {
    for (const keep of [0.1, 0.5, 0.9, 0.99]) {
      expect(code(() => parseOfd(sample.subarray(0, Math.floor(sample.length * keep))))).toBe('OFD_CORRUPT');
    }
  });

  it('rejects a ZIP entry that climbs out with ../', async () => {
    const bytes = zip({ 'OFD.xml': ofdXml, 'Doc_0/Document.xml': documentXml, 'Doc_0/Pages/Page_0/Content.xml': pageXml, 'xx/evil.xml': '<x/>' });
    // Rename the entry in place (same length) in both the local header and the central directory.
    const patched = Buffer.from(bytes);
    let at = patched.indexOf('xx/evil.xml');
    while (at >= 0) {
      patched.write('../', at);
      at = patched.indexOf('xx/evil.xml', at + 1);
    }
    expect(code(() => parseOfd(new Uint8Array(patched)))).toBe('ZIP_UNSAFE_PATH');
    await expect(ofdToPdf(new Uint8Array(patched))).rejects.toMatchObject({ code: 'ZIP_UNSAFE_PATH' });
  });

  it('enforces entry and size limits', () => {
    expect(code(() => parseOfd(sample, { maxEntries: 3 }))).toBe('ZIP_TOO_MANY_ENTRIES');
    expect(code(() => parseOfd(sample, { maxTotalBytes: 1000 }))).toBe('ZIP_TOO_LARGE');
  });

  it('survives flipped bytes anywhere without crashing', () => {
    // Corruption must end as a coded error or as a readable document, never as a raw exception.
    for (let i = 0; i < 40; i++) {
      const damaged = new Uint8Array(sample);
      const at = Math.floor(((i + 0.5) / 40) * damaged.length);
      damaged[at] = damaged[at]! ^ 0xff;
      const result = code(() => parseOfd(damaged));
      expect(['no error', 'OFD_CORRUPT', 'ZIP_TOO_LARGE', 'ZIP_UNSAFE_PATH']).toContain(result);
    }
  });

  it('rejects corrupt input in ofdToPdf with the same code, and honours an aborted signal', async () => {
    await expect(ofdToPdf(new Uint8Array([1, 2, 3]))).rejects.toMatchObject({ code: 'OFD_CORRUPT' });
    await expect(ofdToPdf(sample, { signal: AbortSignal.abort() })).rejects.toMatchObject({ code: 'ABORTED' });
  });
});

/** A small ZIP built in memory. */
function zip(entries: Record<string, string>): Uint8Array {
  const z = new AdmZip();
  for (const [name, text] of Object.entries(entries)) z.addFile(name, Buffer.from(text));
  return new Uint8Array(z.toBuffer());
}
