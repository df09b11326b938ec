/**
 * A CID font program's cmap table read from the start of its compressed bytes: the judgement of a
 * Chinese document's maps (fonts.ts, font-maps.ts) must be what the whole program gives, wherever the
 * table lies and however the program's tables point.
 */
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';
import { cmapTable } from '../helpers/truetype.js';

/**
 * A TrueType program of two tables, `cmap` and a `glyf` of 400 KB of noise (which deflate cannot shrink),
 * in the order given. `cmapLength` overrides the length the directory states for cmap.
 */
function program(chars: string, options: { glyfFirst?: boolean; subtableOffset?: number; cmapLength?: number } = {}): Buffer {
  const cmap = cmapTable(chars, options.subtableOffset);
  const glyf = randomBytes(400_000);
  const dir = Buffer.alloc(12 + 32);
  dir.writeUInt32BE(0x00010000, 0);
  dir.writeUInt16BE(2, 4);
  const tables = options.glyfFirst ? [['glyf', glyf], ['cmap', cmap]] as const : [['cmap', cmap], ['glyf', glyf]] as const;
  let at = dir.length;
  tables.forEach(([tag, data], i) => {
    dir.write(tag, 12 + 16 * i, 'latin1');
    dir.writeUInt32BE(at, 20 + 16 * i);
    dir.writeUInt32BE(tag === 'cmap' && options.cmapLength !== undefined ? options.cmapLength : data.length, 24 + 16 * i);
    at += data.length;
  });
  return Buffer.concat([dir, ...tables.map(([, data]) => data)]);
}

/** A page showing CIDs 1 and 2 mapped to `mapped`, its font program given as stored bytes and their filter. */
function pdf(stored: Buffer, filter: string, mapped = '航洲'): Uint8Array {
  const hex = (c: string) => c.codePointAt(0)!.toString(16).padStart(4, '0');
  const stream = (text: string) => `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`;
  return pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>',
    stream('BT /F1 12 Tf 10 50 Td <00010002> Tj ET'),
    stream(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap 2 beginbfchar <0001> <${hex([...mapped][0])}> <0002> <${hex([...mapped][1])}> endbfchar endcmap end end`),
    '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /CIDToGIDMap /Identity >>',
    '<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 9 0 R >>',
    `<< /Length ${stored.length}${filter} >>\nstream\n${stored.toString('latin1')}\nendstream`,
  ]);
}

const JUDGED = [{ name: 'SimSun', chars: '航洲', disagreements: 2, ownReading: new Map([['航', '杭'], ['洲', '州']]) }];
const fontsOf = (bytes: Uint8Array) => leanTextAndAttachments(bytes).fonts;

describe("a CID font program's cmap table from the start of its compressed bytes", () => {
  test('the table before the glyphs, after them, or pointing into them: judged as from the whole program', () => {
    for (const options of [{}, { glyfFirst: true }, { subtableOffset: 300_000, cmapLength: 60 }]) {
      const whole = program('杭州', options);
      expect(fontsOf(pdf(whole, ''))).toEqual(JUDGED);
      expect(fontsOf(pdf(deflateSync(whole), ' /Filter /FlateDecode'))).toEqual(JUDGED);
      expect(fontsOf(pdf(deflateSync(whole), ' /Filter [/FlateDecode]'))).toEqual(JUDGED);
    }
  });

  test('a map that agrees with the program is no sign, read from the head as from the whole', () => {
    expect(fontsOf(pdf(deflateSync(program('杭州')), ' /Filter /FlateDecode', '杭州'))).toEqual([{ name: 'SimSun', chars: '杭州', disagreements: 0 }]);
  });

  test('deflate data broken after the tables no longer keeps the table from being read', () => {
    const stored = deflateSync(program('杭州'));
    // 20 KB of the glyphs' deflate data overwritten: inflating the whole stream fails there, even keeping
    // what inflates before the error; the head, before it, inflates.
    const broken = Buffer.from(stored);
    broken.fill(0xff, broken.length - 20_000, broken.length - 8);
    expect(fontsOf(pdf(broken, ' /Filter /FlateDecode'))).toEqual(JUDGED);
  });
});
