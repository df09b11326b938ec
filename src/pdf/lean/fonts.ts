/**
 * What text needs of a font: how its string bytes split into character codes, each code's Unicode
 * text and advance width. From the ToUnicode CMap, the encoding and the width arrays; the font
 * program itself is never read. What this cannot decode exactly as pdf.js would (Type3, CJK CMaps
 * other than Identity-H, vertical writing, codes without a Unicode mapping) raises LeanUnsupported.
 */
import type { LeanDocument } from './document.js';
import { isStandard14, standardWidths, winAnsiEncoding, type Encoded } from './standard14.js';
import { isStream, LeanUnsupported, Name, nameOf, type Dict, type PdfObject } from './syntax.js';

export interface Glyph {
  code: number;
  unicode: string;
  /** Advance in text space units × 1000 (glyph space). */
  width: number;
  /** The text reader's category of `unicode` (content.ts), kept here once known: glyphs are cached per font. */
  kind?: number;
}

export interface LeanFont {
  /** BaseFont: pdf.js keeps building one item across a font change only when the names match. */
  name: string;
  glyphs(bytes: string): Glyph[];
}

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
  const w = doc.array(descendant.get('W')) ?? [];
  const cache = new Map<number, Glyph>();
  return {
    name,
    glyphs(bytes) {
      const out: Glyph[] = [];
      for (let i = 0; i + 1 < bytes.length; i += 2) {
        const code = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
        let glyph = cache.get(code);
        if (!glyph) {
          const unicode = toUnicode.get(code);
          if (unicode === undefined) throw new LeanUnsupported(`code ${code} without Unicode`);
          cache.set(code, (glyph = { code, unicode, width: cidWidth(doc, w, code) ?? defaultWidth }));
        }
        out.push(glyph);
      }
      return out;
    },
  };
}

/**
 * A CID's width from `W` (`c [w1 w2 ...]` and `cFirst cLast w` runs; a later run wins). Looked up per
 * CID used rather than expanded: generated invoices carry a font per text run, each using a few CIDs.
 */
function cidWidth(doc: LeanDocument, w: PdfObject[], cid: number): number | undefined {
  let width: number | undefined;
  for (let i = 0; i < w.length; ) {
    const first = doc.number(w[i], 0);
    const next = doc.get(w[i + 1]);
    if (Array.isArray(next)) {
      if (cid >= first && cid < first + next.length) width = doc.number(next[cid - first], 0);
      i += 2;
    } else {
      if (cid >= first && cid <= doc.number(next, first)) width = doc.number(w[i + 2], 0);
      i += 3;
    }
  }
  return width;
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
  const standard = !widthArray && isStandard14(baseName) && !descriptor?.has('FontFile') && !descriptor?.has('FontFile2') && !descriptor?.has('FontFile3') ? standardWidths(baseName) : undefined;
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
      width = (name && standard?.get(name)) || 0;
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

/**
 * A ToUnicode CMap's bfchar and bfrange entries: code → text. Read with regular expressions over the
 * text (CMaps are small PostScript programs with a fixed shape), and kept per document by content:
 * generated invoices give each text run its own font object with the same map.
 */
function readToUnicode(doc: LeanDocument, ref: PdfObject | undefined): Map<number, string> | undefined {
  const stream = doc.get(ref);
  if (!isStream(stream)) return undefined;
  // Keyed by the encoded bytes, so a map seen before is not even inflated again.
  const key = `${JSON.stringify(nameOf(doc.get(stream.dict.get('Filter'))) ?? null)}:${Buffer.from(stream.raw.buffer, stream.raw.byteOffset, stream.raw.byteLength).toString('latin1')}`;
  const cached = doc.memo.get(key);
  if (cached) return cached as Map<number, string>;
  const data = doc.streamData(stream)!;
  const text = Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('latin1');
  if (/\busecmap\b/.test(text)) throw new LeanUnsupported('ToUnicode with usecmap');
  const map = new Map<number, string>();
  for (const section of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const m of section[1].matchAll(/<([0-9a-fA-F\s]*)>\s*<([0-9a-fA-F\s]*)>/g)) map.set(parseInt(m[1].replace(/\s/g, ''), 16), utf16(hexBytes(m[2])));
  }
  for (const section of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const m of section[1].matchAll(/<([0-9a-fA-F\s]*)>\s*<([0-9a-fA-F\s]*)>\s*(?:<([0-9a-fA-F\s]*)>|\[([^\]]*)\])/g)) {
      const first = parseInt(m[1].replace(/\s/g, ''), 16);
      const last = parseInt(m[2].replace(/\s/g, ''), 16);
      if (!(last >= first) || last - first > 65535) throw new LeanUnsupported('bad bfrange');
      if (m[4] !== undefined) {
        [...m[4].matchAll(/<([0-9a-fA-F\s]*)>/g)].forEach((d, k) => map.set(first + k, utf16(hexBytes(d[1]))));
      } else {
        // The destination's last byte counts up through the range.
        const dst = hexBytes(m[3]);
        const prefix = dst.slice(0, -1);
        const lastByte = dst.charCodeAt(dst.length - 1);
        for (let c = first; c <= last; c++) map.set(c, utf16(prefix + String.fromCharCode(lastByte + c - first)));
      }
    }
  }
  doc.memo.set(key, map);
  return map;
}

/** Hex digits (whitespace between them ignored, an odd last digit taken as its high half) → bytes, one char each. */
function hexBytes(hex: string): string {
  let out = '';
  let high = -1;
  for (let i = 0; i < hex.length; i++) {
    const v = hexDigit(hex.charCodeAt(i));
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out += String.fromCharCode(high * 16 + v);
      high = -1;
    }
  }
  return high < 0 ? out : out + String.fromCharCode(high * 16);
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 65 && c <= 70) return c - 55;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * UTF-16BE bytes → text, decoded as pdf.js decodes a ToUnicode destination: an odd length gets a
 * leading zero byte, and a surrogate always takes the next unit as its pair (a missing one counts as
 * 0), so a map that gives half a pair (emoji fonts' broken CMaps) still reads as pdf.js reads it.
 */
function utf16(bytes: string): string {
  if (bytes.length % 2) bytes = '\0' + bytes;
  let s = '';
  for (let i = 0; i < bytes.length; i += 2) {
    const w1 = (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1);
    if ((w1 & 0xf800) !== 0xd800) {
      s += String.fromCharCode(w1);
      continue;
    }
    i += 2;
    const w2 = i < bytes.length ? (bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1) : 0;
    s += String.fromCodePoint(((w1 & 0x3ff) << 10) + (w2 & 0x3ff) + 0x10000);
  }
  return s;
}
