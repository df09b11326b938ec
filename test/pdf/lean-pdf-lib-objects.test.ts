/**
 * Merge reads its sources' objects with the lean lexer into pdf-lib objects (src/pdf/lean/pdf-lib-objects.ts)
 * instead of pdf-lib's parser: what it builds must be what pdf-lib's parser builds, written out the same.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PDFContext, PDFDict, PDFHexString, PDFName, PDFObjectParser, PDFPageLeaf, PDFPageTree, PDFCatalog, PDFRawStream, PDFString, type PDFObject } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfLibObject } from '../../src/pdf/lean/pdf-lib-objects.js';
import { allFixturePdfs } from '../invoice/fixtures.js';


const FIXTURES = allFixturePdfs();

const both = (source: string) => {
  const bytes = Buffer.from(source, 'latin1');
  return { lean: readPdfLibObject(bytes, PDFContext.create()), pdfLib: PDFObjectParser.forBytes(bytes, PDFContext.create()).parseObject() };
};
const written = (o: PDFObject | undefined) => (o === undefined ? undefined : `${o.constructor.name} ${o.toString()}`);

describe('lean lexer → pdf-lib objects', () => {
  it.each([
    ['a page with resources, a box of reals, references', '<< /Type /Page /Parent 1 0 R /MediaBox [0 0 595.27559 841.88976] /Resources << /Font << /F1 3 0 R /F2 3 0 R >> >> /Rotate -90 >>'],
    ['the page tree and the catalog', '<< /Type /Pages /Kids [5 0 R 6 0 R] /Count 2 >>'],
    ['strings as written: escapes, nested parentheses, hex with spaces', '<< /T (seal \\(1\\) \\n \\053 (x)) /TU <FEFF 53D1 7968> /E () >>'],
    ['names with # escapes, empty names, a literal #', '<< /A#20B /C#2FD /#23x / /N 1 /G#G1 /H# >>'],
    ['numbers: signs, leading dots, many digits', '[ -12 +3 .5 -.25 0.0 113.38999999999999 12345678901234 ]'],
    ['booleans, null, nested arrays', '[ true false null [ [ 1 2 R ] ] << /K null >> ]'],
    ['a number that is not a reference', '[ 1 2 3 R 4 5 ]'],
    ['comments between tokens', '<< /A % a comment\n 1 /B [ 2 % more\n ] >>'],
  ])('%s', (_, source) => {
    const { lean, pdfLib } = both(source);
    expect(lean).toBeDefined();
    expect(written(lean)).toBe(written(pdfLib));
  });

  it('dictionaries by /Type become pdf-lib\'s page, page tree and catalog nodes', () => {
    expect(both('<< /Type /Page >>').lean).toBeInstanceOf(PDFPageLeaf);
    expect(both('<< /Type /Pages /Kids [] /Count 0 >>').lean).toBeInstanceOf(PDFPageTree);
    expect(both('<< /Type /Catalog >>').lean).toBeInstanceOf(PDFCatalog);
    const plain = both('<< /Type /Font >>').lean;
    expect(plain).toBeInstanceOf(PDFDict);
    expect(plain).not.toBeInstanceOf(PDFPageLeaf);
  });

  it('keeps strings and names as pdf-lib decodes them', () => {
    const dict = both('<< /T (a\\)b) /H <4142> /N#23x 1 /A#20B 2 >>').lean as PDFDict;
    expect((dict.get(PDFName.of('T')) as PDFString).decodeText()).toBe('a)b');
    expect((dict.get(PDFName.of('H')) as PDFHexString).decodeText()).toBe('AB');
    expect(dict.has(PDFName.of('N#23x'))).toBe(true);
    expect(dict.has(PDFName.of('A B'))).toBe(true);
    // Lower-case hex digits too (PDF 32000-1 7.3.5); pdf-lib's parser leaves `#2f` undecoded, which
    // would write the resource name out as another name than the content stream uses.
    expect((both('<< /C#2fD 1 >>').lean as PDFDict).has(PDFName.of('C/D'))).toBe(true);
  });

  it.each([
    ['LF', '<< /Length 3 >>\nstream\nabc\nendstream'],
    ['CRLF, data ending in an end-of-line', '<< /Length 4 /Filter /FlateDecode >> stream\r\nab\r\n\r\nendstream'],
    ['a space and CRLF, a comment before endstream', '<< /Length 2 >>\nstream \r\nab % x\n endstream'],
  ])('a stream with a direct /Length (%s): its data as pdf-lib delimits it', (_, source) => {
    const { lean, pdfLib } = both(source);
    expect(lean).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((lean as PDFRawStream).contents)).toEqual(Buffer.from((pdfLib as PDFRawStream).contents));
    expect(written(lean)).toBe(written(pdfLib));
  });

  it.each([
    ['an indirect /Length, LF', '<< /Length 5 0 R >>\nstream\nabc\nendstream\nendobj\n6 0 obj\n<< /Length 7 0 R >>\nstream\nxyz\nendstream'],
    ['an indirect /Length, CRLF and a CR in the data', '<< /Length 5 0 R >>\r\nstream\r\nab\rc\r\nendstream'],
    ['an indirect /Length, a CR alone', '<< /Length 5 0 R >>\rstream\rabc\rendstream'],
    ['an indirect /Length, no end-of-line before endstream', '<< /Length 5 0 R >>\nstream\nabcendstream'],
    ['an indirect /Length, data that is only an end-of-line', '<< /Length 5 0 R >>\nstream\n\nendstream'],
    ['a /Length too short', '<< /Length 2 >>\nstream\nabc\nendstream'],
    ['a /Length too long', '<< /Length 300 >>\nstream\nabc\nendstream'],
    ['no /Length', '<< /Filter /FlateDecode >>\nstream\r\nabc\r\n\r\nendstream'],
  ])('a stream pdf-lib finds by scanning for endstream (%s): its data as pdf-lib delimits it', (_, source) => {
    const { lean, pdfLib } = both(source);
    expect(lean).toBeInstanceOf(PDFRawStream);
    expect(Buffer.from((lean as PDFRawStream).contents)).toEqual(Buffer.from((pdfLib as PDFRawStream).contents));
    expect(written(lean)).toBe(written(pdfLib));
  });

  it('leaves streams pdf-lib\'s scan reads as nested, and what it cannot read, to pdf-lib\'s parser', () => {
    expect(both('<< /Length 5 0 R >>\nstream\nab stream cd\nendstream\nendstream').lean).toBeUndefined();
    expect(readPdfLibObject(Buffer.from('<< /Length 5 0 R >>\nstream\nabc', 'latin1'), PDFContext.create())).toBeUndefined();
    expect(readPdfLibObject(Buffer.from('<< /A { 1 } >>', 'latin1'), PDFContext.create())).toBeUndefined();
    expect(readPdfLibObject(Buffer.from('<< /A 1', 'latin1'), PDFContext.create())).toBeUndefined();
  });

  it('every object of every fixture PDF reads as pdf-lib reads it', () => {
    let compared = 0;
    for (const file of FIXTURES) {
      const bytes = readFileSync(file);
      const text = bytes.toString('latin1');
      for (const m of text.matchAll(/(?:^|[\r\n])\d+ \d+ obj\b/g)) {
        const body = bytes.subarray(m.index + m[0].length);
        const lean = readPdfLibObject(body, PDFContext.create());
        if (lean === undefined) continue;
        expect(written(lean), `${path.basename(file)} at ${m.index}`).toBe(written(PDFObjectParser.forBytes(body, PDFContext.create()).parseObject()));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(200);
  });
});
