/**
 * What text needs of a font: how its string bytes split into character codes, each code's Unicode
 * text and advance width. From the ToUnicode CMap, the encoding and the width arrays; the font
 * program itself is never read. What this cannot decode exactly as pdf.js would (Type3, CJK CMaps
 * other than Identity-H, vertical writing, codes without a Unicode mapping) raises LeanUnsupported.
 */
import { Encodings, Font as StandardFont, FontNames } from '@pdf-lib/standard-fonts';
import type { LeanDocument } from './document.js';
import { Keyword, LeanUnsupported, Lexer, Name, nameOf, Str, type Dict, type PdfObject } from './syntax.js';

export interface Glyph {
  code: number;
  unicode: string;
  /** Advance in text space units × 1000 (glyph space). */
  width: number;
}

export interface LeanFont {
  /** BaseFont: pdf.js keeps building one item across a font change only when the names match. */
  name: string;
  glyphs(bytes: string): Glyph[];
}

const STANDARD_14 = new Set<string>(Object.values(FontNames));

export function loadFont(doc: LeanDocument, ref: PdfObject | undefined): LeanFont {
  const font = doc.dict(ref);
  if (!font) throw new LeanUnsupported('font missing');
  const subtype = nameOf(doc.get(font.get('Subtype')));
  const name = nameOf(doc.get(font.get('BaseFont'))) ?? '';
  if (subtype === 'Type0') return compositeFont(doc, font, name);
  if (subtype === 'Type1' || subtype === 'TrueType' || subtype === 'MMType1') return simpleFont(doc, font, name);
  throw new LeanUnsupported(`font type ${subtype}`);
}

/** Type0 with Identity-H: two bytes per code, code = CID; Unicode only from ToUnicode. */
function compositeFont(doc: LeanDocument, font: Dict, name: string): LeanFont {
  if (nameOf(doc.get(font.get('Encoding'))) !== 'Identity-H') throw new LeanUnsupported('CMap other than Identity-H');
  const toUnicode = readToUnicode(doc, font.get('ToUnicode'));
  if (!toUnicode) throw new LeanUnsupported('CID font without ToUnicode');
  const descendant = doc.dict(doc.array(font.get('DescendantFonts'))?.[0]);
  if (!descendant) throw new LeanUnsupported('CID font without descendant');
  const defaultWidth = doc.number(descendant.get('DW'), 1000);
  const widths = cidWidths(doc, doc.array(descendant.get('W')) ?? []);
  return {
    name,
    glyphs(bytes) {
      const out: Glyph[] = [];
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        const code = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
        const unicode = toUnicode.get(code);
        if (unicode === undefined) throw new LeanUnsupported(`code ${code} without Unicode`);
        out.push({ code, unicode, width: widths.get(code) ?? defaultWidth });
      }
      return out;
    },
  };
}

/** `W`: `c [w1 w2 ...]` and `cFirst cLast w` runs. */
function cidWidths(doc: LeanDocument, w: PdfObject[]): Map<number, number> {
  const widths = new Map<number, number>();
  for (let i = 0; i < w.length; ) {
    const first = doc.number(w[i], 0);
    const next = doc.get(w[i + 1]);
    if (Array.isArray(next)) {
      next.forEach((v, k) => widths.set(first + k, doc.number(v, 0)));
      i += 2;
    } else {
      const last = doc.number(next, first);
      const width = doc.number(w[i + 2], 0);
      for (let c = first; c <= last && c - first < 65536; c++) widths.set(c, width);
      i += 3;
    }
  }
  return widths;
}

/** One byte per code; Unicode from ToUnicode, else from a WinAnsi encoding; widths from /Widths or the standard 14 metrics. */
function simpleFont(doc: LeanDocument, font: Dict, name: string): LeanFont {
  const toUnicode = readToUnicode(doc, font.get('ToUnicode'));
  const encoding = simpleEncoding(doc, font.get('Encoding'));
  const baseName = name.replace(/^[A-Z]{6}\+/, '');
  const firstChar = doc.number(font.get('FirstChar'), 0);
  const widthArray = doc.array(font.get('Widths'));
  const descriptor = doc.dict(font.get('FontDescriptor'));
  const missingWidth = doc.number(descriptor?.get('MissingWidth'), 0);
  const standard = !widthArray && STANDARD_14.has(baseName) && !descriptor?.has('FontFile') && !descriptor?.has('FontFile2') && !descriptor?.has('FontFile3') ? StandardFont.load(baseName as FontNames) : undefined;
  if (!widthArray && !standard) throw new LeanUnsupported(`font ${baseName} without widths`);
  const cache = new Map<number, Glyph>();
  const glyph = (code: number): Glyph => {
    let g = cache.get(code);
    if (g) return g;
    const unicode = toUnicode?.get(code) ?? encoding?.get(code)?.unicode;
    if (unicode === undefined) throw new LeanUnsupported(`code ${code} of ${baseName} without Unicode`);
    let width: number;
    if (widthArray) {
      const w = widthArray[code - firstChar];
      width = w === undefined ? missingWidth : doc.number(w, missingWidth);
    } else {
      const name = encoding?.get(code)?.name;
      width = (name && standard?.getWidthOfGlyph(name)) || 0;
    }
    g = { code, unicode, width };
    cache.set(code, g);
    return g;
  };
  return {
    name,
    glyphs(bytes) {
      const out: Glyph[] = new Array(bytes.length);
      for (let i = 0; i < bytes.length; i++) out[i] = glyph(bytes.charCodeAt(i));
      return out;
    },
  };
}

type Encoded = Map<number, { unicode: string; name: string }>;
let winAnsi: Encoded | undefined;

function winAnsiEncoding(): Encoded {
  if (winAnsi) return winAnsi;
  winAnsi = new Map();
  for (const cp of Encodings.WinAnsi.supportedCodePoints) {
    const { code, name } = Encodings.WinAnsi.encodeUnicodeCodePoint(cp);
    if (!winAnsi.has(code)) winAnsi.set(code, { unicode: String.fromCodePoint(cp), name });
  }
  return winAnsi;
}

/** WinAnsiEncoding, by name or as a dictionary's base; Differences only with names WinAnsi knows (or uniXXXX). */
function simpleEncoding(doc: LeanDocument, ref: PdfObject | undefined): Encoded | undefined {
  const enc = doc.get(ref);
  if (enc === undefined || enc === null) return undefined;
  if (enc instanceof Name) return enc.name === 'WinAnsiEncoding' ? winAnsiEncoding() : undefined;
  const dict = doc.dict(enc);
  if (!dict) return undefined;
  const base = nameOf(doc.get(dict.get('BaseEncoding')));
  if (base !== 'WinAnsiEncoding') return undefined;
  const differences = doc.array(dict.get('Differences'));
  if (!differences?.length) return winAnsiEncoding();
  const byName = new Map([...winAnsiEncoding().values()].map((e) => [e.name, e.unicode]));
  const out: Encoded = new Map(winAnsiEncoding());
  let code = 0;
  for (const d of differences) {
    const v = doc.get(d);
    if (typeof v === 'number') code = v;
    else if (v instanceof Name) {
      const uni = /^uni([0-9A-F]{4})$/.exec(v.name);
      const unicode = byName.get(v.name) ?? (uni ? String.fromCharCode(parseInt(uni[1], 16)) : undefined);
      if (unicode === undefined) throw new LeanUnsupported(`glyph name ${v.name}`);
      out.set(code++, { unicode, name: v.name });
    }
  }
  return out;
}

/** A ToUnicode CMap's bfchar and bfrange entries: code → text. */
function readToUnicode(doc: LeanDocument, ref: PdfObject | undefined): Map<number, string> | undefined {
  const data = doc.streamData(ref);
  if (!data) return undefined;
  const map = new Map<number, string>();
  const lx = new Lexer(data);
  const operands: (PdfObject | Keyword)[] = [];
  for (let t = lx.object(); t !== undefined; t = lx.object()) {
    if (!(t instanceof Keyword)) {
      operands.push(t);
      continue;
    }
    if (t.word === 'endbfchar') {
      for (let i = 0; i + 1 < operands.length; i += 2) {
        const src = operands[i];
        const dst = operands[i + 1];
        if (src instanceof Str && dst instanceof Str) setMapping(map, codeOf(src.bytes), utf16(dst.bytes));
      }
    } else if (t.word === 'endbfrange') {
      for (let i = 0; i + 2 < operands.length; i += 3) {
        const [lo, hi, dst] = operands.slice(i, i + 3);
        if (!(lo instanceof Str) || !(hi instanceof Str)) continue;
        const first = codeOf(lo.bytes);
        const last = codeOf(hi.bytes);
        if (last - first > 65535) throw new LeanUnsupported('huge bfrange');
        if (Array.isArray(dst)) dst.forEach((d, k) => d instanceof Str && setMapping(map, first + k, utf16(d.bytes)));
        else if (dst instanceof Str) {
          // The destination's last byte counts up through the range.
          const prefix = dst.bytes.slice(0, -1);
          const lastByte = dst.bytes.charCodeAt(dst.bytes.length - 1);
          for (let c = first; c <= last; c++) setMapping(map, c, utf16(prefix + String.fromCharCode(lastByte + c - first)));
        }
      }
    } else if (t.word === 'usecmap') throw new LeanUnsupported('ToUnicode with usecmap');
    operands.length = 0;
  }
  return map;
}

/** Half a surrogate pair is no text: pdf.js then takes the character from the font program, which a lean reader does not read. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

function setMapping(map: Map<number, string>, code: number, text: string): void {
  if (LONE_SURROGATE.test(text)) map.delete(code);
  else map.set(code, text);
}

function codeOf(bytes: string): number {
  let v = 0;
  for (let i = 0; i < bytes.length; i++) v = v * 256 + bytes.charCodeAt(i);
  return v;
}

function utf16(bytes: string): string {
  let s = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) s += String.fromCharCode((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
  if (bytes.length % 2) s += String.fromCharCode(bytes.charCodeAt(bytes.length - 1)); // pdf.js keeps an odd byte as it is
  return s;
}
