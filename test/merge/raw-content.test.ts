/**
 * A placed page's content is carried over as it is: when the page has one content stream, the form
 * XObject drawn on the sheet holds that stream's bytes, still compressed, with the same /Filter and
 * /DecodeParms (nothing decoded and compressed again); a page of several streams gets their decoded
 * contents joined. Checked on the real Chinese e-invoices (seals as annotation appearances) and on a
 * generated page of two streams.
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFPage } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { merge } from '../../src/api/merge.js';
import { ROOT } from '../helpers/cli.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';

const CN = path.join(ROOT, '..', 'shared', 'corpus', 'cn-pdf');

/** The content forms drawn on a sheet, in drawing order: a seal's wrapper form gives the page form it wraps (/Page). */
function contentForms(sheet: PDFPage): PDFRawStream[] {
  const { context } = sheet.doc;
  const xobjects = sheet.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
  const names = [...new TextDecoder('latin1').decode(contentsOf(sheet)).matchAll(/\/(\S+) Do/g)].map((m) => m[1]);
  return names.map((name) => {
    const form = xobjects.lookup(PDFName.of(name), PDFRawStream);
    const inner = form.dict.lookupMaybe(PDFName.of('Resources'), PDFDict)?.lookupMaybe(PDFName.of('XObject'), PDFDict)?.get(PDFName.of('Page'));
    return inner instanceof PDFRef ? context.lookup(inner, PDFRawStream) : form;
  });
}

function contentsOf(page: PDFPage): Uint8Array {
  const contents = page.node.Contents();
  const streams = contents instanceof PDFArray ? contents.asArray().map((c) => page.doc.context.lookup(c, PDFRawStream)) : [contents as PDFRawStream];
  return Buffer.concat(streams.map((s) => decodePDFRawStream(s).decode()));
}

describe('page content carried over as its raw bytes', () => {
  it('a real e-invoice page of one content stream: the placed form holds its bytes, filter and parameters', async () => {
    const files = fs.readdirSync(CN).filter((f) => f.endsWith('.pdf')).sort().slice(0, 6);
    const sources = files.map((f) => new Uint8Array(fs.readFileSync(path.join(CN, f))));
    const result = await merge({ inputs: files.map((name, i) => ({ name, bytes: sources[i] })), layout: '2x1' });
    expect(result.counts.placed).toBe(files.length);
    const out = await PDFDocument.load(result.output!);
    const placed = out.getPages().flatMap(contentForms);
    const expected = (await Promise.all(sources.map((b) => PDFDocument.load(b)))).flatMap((doc) => doc.getPages());
    expect(placed).toHaveLength(expected.length);
    let single = 0;
    expected.forEach((page, i) => {
      const contents = page.node.Contents();
      const stream = contents instanceof PDFArray && contents.size() === 1 ? contents.lookup(0) : contents;
      if (!(stream instanceof PDFRawStream)) return;
      single += 1;
      const form = placed[i];
      expect(Buffer.from(form.contents).equals(Buffer.from(stream.contents))).toBe(true);
      for (const key of ['Filter', 'DecodeParms']) expect(String(form.dict.get(PDFName.of(key)))).toBe(String(stream.dict.get(PDFName.of(key))));
    });
    expect(single).toBeGreaterThan(0);
  });

  it('a page of two content streams: the form holds both, decoded and joined', async () => {
    const first = zlib.deflateSync(Buffer.from('0 0 1 rg 10 10 100 100 re f'));
    const bytes = pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents [4 0 R 5 0 R] >>',
      `<< /Length ${first.length} /Filter /FlateDecode >>\nstream\n${first.toString('latin1')}\nendstream`,
      '<< /Length 27 >>\nstream\n1 0 0 rg 200 200 50 50 re f\nendstream',
    ]);
    const result = await merge({ inputs: [{ name: 'two.pdf', bytes }], layout: '1x1' });
    const out = await PDFDocument.load(result.output!);
    const [form] = contentForms(out.getPages()[0]);
    const text = Buffer.from(decodePDFRawStream(form).decode()).toString('latin1');
    expect(text).toMatch(/^0 0 1 rg 10 10 100 100 re f\s+1 0 0 rg 200 200 50 50 re f\s*$/);
  });
});
