import { describe, expect, it } from 'vitest';
import { parseToUnicode } from '../../src/pdf/lean/to-unicode.js';
import { LeanUnsupported } from '../../src/pdf/lean/syntax.js';

const parse = (text: string) => Object.fromEntries(parseToUnicode(Buffer.from(text, 'latin1')));

describe('ToUnicode CMaps', () => {
  it('reads bfchar pairs, whatever the white space inside and between hex strings', () => {
    expect(parse('2 beginbfchar\n<0003> <0020>\r\n< 00 2A><5 4 0 8>\n<0B><\n00\n41> endbfchar')).toEqual({ 3: ' ', 42: '合', 11: 'A' });
  });

  it('reads ranges counting up the last byte, and arrays of destinations', () => {
    expect(parse('beginbfrange <0010> <0012> <0061>\n<20> <22> [<41> <42> <0043>] endbfrange')).toEqual({ 16: 'a', 17: 'b', 18: 'c', 32: 'A', 33: 'B', 34: 'C' });
  });

  it('a range whose destination passes 0x..ff carries into the byte before, as pdf.js does', () => {
    // A subset CJK font's map: codes 0x2b00..0x2bd2 over 0x5ba4.. ; 0x2bd0 is 0x5ba4 + 0xd0 = 0x5c74.
    const map = parse('beginbfrange <2b00> <2bd2> <5ba4> endbfrange');
    expect(map[0x2b5b]).toBe('\u5bff');
    expect(map[0x2b5c]).toBe('\u5c00');
    expect(map[0x2bd0]).toBe('\u5c74');
    expect(Object.keys(map)).toHaveLength(0xd3);
  });

  it('carries a range past the destination byte 0xff into the byte before, as pdf.js does (a CJK font subset)', () => {
    // <2b00> <2bf6> <5ba4>: 247 codes; the 93rd maps to U+5C00, the last to U+5C9A (not to bytes over 0xff).
    const map = parse('beginbfrange <2b00> <2bf6> <5ba4> endbfrange');
    expect(Object.keys(map)).toHaveLength(247);
    expect([map[0x2b00], map[0x2b5b], map[0x2b5c], map[0x2bf6]]).toEqual(['\u5ba4', '\u5bff', '\u5c00', '\u5c9a']);
  });

  it('decodes surrogate pairs, odd-length destinations and codes of more than one byte', () => {
    expect(parse('beginbfchar <01> <D83DDE00> <02> <4> <0102> <00660069> endbfchar')).toEqual({ 1: '😀', 2: '@', 258: 'fi' });
  });

  it('skips what is not a hex string and resumes at the next one', () => {
    // "<02> junk": no pair, so the next pair starts at <0042> (and <0043> is left alone); "<zz>" is no
    // hex string, and the array keeps its well-formed entries in order.
    expect(parse('beginbfchar <01> <0041> <02> junk <0042> <03> <0043> endbfchar')).toEqual({ 1: 'A', 66: '\u0003' });
    expect(parse('beginbfrange <00> <02> [<41> <zz> <42>] endbfrange')).toEqual({ 0: 'A', 1: 'B' });
  });

  it('reads every section, and nothing outside the sections', () => {
    expect(parse('<09> <0039> beginbfchar <01> <0031> endbfchar <02> <0032> beginbfchar <03> <0033> endbfchar')).toEqual({ 1: '1', 3: '3' });
  });

  it('refuses usecmap and reversed or huge ranges, which pdf.js reads differently', () => {
    expect(() => parse('/Base usecmap beginbfchar <01> <0041> endbfchar')).toThrow(LeanUnsupported);
    expect(() => parse('beginbfrange <05> <01> <0041> endbfrange')).toThrow(LeanUnsupported);
    expect(() => parse('beginbfrange <000000> <020000> <0041> endbfrange')).toThrow(LeanUnsupported);
    // Only the whole word: "myusecmap" is another name.
    expect(parse('/myusecmap beginbfchar <01> <0041> endbfchar')).toEqual({ 1: 'A' });
  });
});
