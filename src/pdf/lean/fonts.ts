/**
 * What text needs of a font: how its string bytes split into character codes, each code's Unicode
 * text and advance width. From the ToUnicode CMap, the encoding and the width arrays; the font
 * program itself is never read. What this cannot decode exactly as pdf.js would (Type3, CJK CMaps
 * other than Identity-H, vertical writing, codes without a Unicode mapping) raises LeanUnsupported.
 */
import type { LeanDocument } from './document.js';
import { glyphUnicode, isStandard14, standardWidths, winAnsiEncoding, type Encoded } from './standard14.js';
import { isStream, LeanUnsupported, Name, nameOf, Ref, type Dict, type PdfObject } from './syntax.js';
import { programChars } from './program-cmap.js';
import { radicalsAsIdeographs } from './radicals.js';
import { parseToUnicode } from './to-unicode.js';

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
  /**
   * The glyphs of a string's bytes, written to `out` from its start; returns how many. The caller's one
   * array serves every string shown (a page shows thousands, each had been given an array of its own).
   */
  glyphs(bytes: string, out: Glyph[]): number;
  /**
   * The glyphs shown so far, and how many of them the font's own data names otherwise than ToUnicode
   * does (a simple font's Differences glyph name uniXXXX, a CID font program's cmap table): what
   * text-layer-doubts.ts judges a map by.
   */
  shown(): { glyphs: Iterable<Glyph>; disagreements: number; ownReading: OwnReading };
}

/**
 * For each character the map gives glyphs that the font's own data says are another character, that
 * character (null when those glyphs say different ones, or another glyph is that very character).
 */
export type OwnReading = Map<string, string | null>;

/** Records that a glyph mapped to `mapped` is `own` by the font's own data (`own` = `mapped` where they agree). */
function readOwn(reading: OwnReading, agreed: Set<string>, mapped: string, own: string): void {
  if (own === mapped) {
    agreed.add(mapped);
    if (reading.has(mapped)) reading.set(mapped, null);
  } else if (agreed.has(mapped) || (reading.has(mapped) && reading.get(mapped) !== own)) reading.set(mapped, null);
  else reading.set(mapped, own);
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
  const descendantRef = doc.array(font.get('DescendantFonts'))?.[0];
  const shared = cidGlyphs(doc, font.get('ToUnicode'), descendantRef);
  const { glyph, cache } = shared;
  const judged = (): Judged => {
    const descendant = doc.dict(descendantRef);
    const program = descendant && programChars(doc, descendant, [...cache.keys()]);
    const ownReading: OwnReading = new Map();
    let disagreements = 0;
    if (!program) return { disagreements, ownReading };
    const agreed = new Set<string>();
    for (const g of cache.values()) {
      const chars = program.get(g.code);
      // A glyph the program's cmap does not reach, or one standing for several characters (a ligature), is not judged.
      if (!chars || [...g.unicode].length !== 1) continue;
      // A radical or a compatibility form for the glyph's ideograph is the same character (text.ts reads it so).
      const mapped = radicalsAsIdeographs(g.unicode).normalize('NFKC');
      const agrees = chars.some((c) => c === g.unicode || c.normalize('NFKC') === mapped);
      if (!agrees) disagreements++;
      readOwn(ownReading, agreed, g.unicode, agrees ? g.unicode : chars[0]);
    }
    return { disagreements, ownReading };
  };
  return {
    name,
    // The program is read only when its judgement is asked for (font-maps.ts asks for documents that show CJK).
    // Judged once for the font dictionaries that share the glyphs (generated invoices: one per text run).
    shown: () => ({
      glyphs: cache.values(),
      get disagreements() { return (shared.judged ??= judged()).disagreements; },
      get ownReading() { return (shared.judged ??= judged()).ownReading; },
    }),
    glyphs(bytes, out) {
      let n = 0;
      for (let i = 0; i + 1 < bytes.length; i += 2) out[n++] = glyph((bytes.charCodeAt(i) << 8) | bytes.charCodeAt(i + 1));
      return n;
    },
  };
}

/**
 * A CID font's code → glyph, kept per document for the font dictionaries that name the same ToUnicode
 * stream and descendant font: generated invoices carry a font dictionary per text run (128 on one
 * page) over one descendant font, and each had looked up its CMap and scanned W for its glyphs again.
 */
function cidGlyphs(doc: LeanDocument, toUnicodeRef: PdfObject | undefined, descendantRef: PdfObject | undefined): CidGlyphs {
  const key = toUnicodeRef instanceof Ref && descendantRef instanceof Ref ? `cid ${toUnicodeRef.num} ${descendantRef.num}` : undefined;
  const shared = key === undefined ? undefined : doc.memo.get(key);
  if (shared) return shared as CidGlyphs;
  const toUnicode = readToUnicode(doc, toUnicodeRef);
  if (!toUnicode) throw new LeanUnsupported('CID font without ToUnicode');
  const descendant = doc.dict(descendantRef);
  if (!descendant) throw new LeanUnsupported('CID font without descendant');
  const defaultWidth = doc.number(descendant.get('DW'), 1000);
  const widthOf = cidWidths(doc, doc.array(descendant.get('W')) ?? []);
  const cache = new Map<number, Glyph>();
  const glyph = (code: number): Glyph => {
    let g = cache.get(code);
    if (!g) {
      const unicode = toUnicode.get(code);
      if (unicode === undefined) throw new LeanUnsupported(`code ${code} without Unicode`);
      cache.set(code, (g = { code, unicode, width: widthOf(code) ?? defaultWidth }));
    }
    return g;
  };
  const out = { glyph, cache };
  if (key !== undefined) doc.memo.set(key, out);
  return out;
}

interface CidGlyphs {
  glyph: (code: number) => Glyph;
  cache: Map<number, Glyph>;
  /** The glyphs shown, judged against the program (read when first asked, after the pages are read). */
  judged?: Judged;
}

interface Judged {
  disagreements: number;
  ownReading: OwnReading;
}

/**
 * A CID's width from `W` (`c [w1 w2 ...]` and `cFirst cLast w` runs; a later run wins). Looked up per
 * CID used rather than expanded: a run may span every CID. The runs' bounds are read once, and a CID is
 * looked for from the last run back: a Chinese invoice shows some 300 glyphs of a font whose W holds as
 * many runs, and going through all of them for each glyph was ~1.7% of reading such a batch.
 */
function cidWidths(doc: LeanDocument, w: PdfObject[]): (cid: number) => number | undefined {
  const runs: WidthRun[] = [];
  for (let i = 0; i < w.length; ) {
    const first = doc.number(w[i], 0);
    const next = doc.get(w[i + 1]);
    if (Array.isArray(next)) {
      runs.push({ first, widths: next });
      i += 2;
    } else {
      runs.push({ first, last: doc.number(next, first), width: w[i + 2] });
      i += 3;
    }
  }
  return (cid) => {
    for (let r = runs.length - 1; r >= 0; r--) {
      const run = runs[r];
      if (cid < run.first) continue;
      if ('widths' in run) {
        if (cid < run.first + run.widths.length) return doc.number(run.widths[cid - run.first], 0);
      } else if (cid <= run.last) return doc.number(run.width, 0);
    }
    return undefined;
  };
}

/** One run of W: from CID `first`, each its own entry of `widths`; or CIDs first..last, all `width`. */
type WidthRun = { first: number; widths: PdfObject[] } | { first: number; last: number; width: PdfObject | undefined };

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
  let disagreements = 0;
  const ownReading: OwnReading = new Map();
  const agreed = new Set<string>();
  const glyph = (code: number): Glyph => {
    let g = cache.get(code);
    if (g) return g;
    const named = encoding?.get(code);
    const mapped = toUnicode?.get(code);
    // A glyph named uniXXXX says its character itself: a ToUnicode map that says another is suspect.
    if (mapped !== undefined && named && /^uni[0-9A-F]{4}$/.test(named.name)) {
      if (named.unicode !== mapped) disagreements++;
      readOwn(ownReading, agreed, mapped, named.unicode);
    }
    const unicode = mapped ?? named?.unicode;
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
    shown: () => ({ glyphs: cache.values(), disagreements, ownReading }),
    glyphs(bytes, out) {
      for (let i = 0; i < bytes.length; i++) out[i] = glyph(bytes.charCodeAt(i));
      return bytes.length;
    },
  };
}

/**
 * WinAnsiEncoding, by name or as a dictionary's base, with the dictionary's Differences. Without a base
 * (the font's built-in encoding, which is not read here) only the Differences' codes are known: PDFs
 * distilled from PostScript (Ghostscript, groff) and subsetting writers give every code they use there.
 * A name that says no character (glyphUnicode) leaves its code unknown: ToUnicode may still map it, else
 * showing it is refused.
 */
function simpleEncoding(doc: LeanDocument, ref: PdfObject | undefined): Encoded | undefined {
  const enc = doc.get(ref);
  if (enc === undefined || enc === null) return undefined;
  if (enc instanceof Name) return baseEncoding(enc.name);
  const dict = doc.dict(enc);
  if (!dict) return undefined;
  const baseName = nameOf(doc.get(dict.get('BaseEncoding')));
  const base = baseEncoding(baseName);
  // A base named but not known here (Standard, MacExpert, MacRoman's upper half) is left to pdf.js.
  if (baseName !== undefined && !base) return undefined;
  const differences = doc.array(dict.get('Differences'));
  if (!differences?.length) return base;
  const out: Encoded = new Map(base);
  let code = 0;
  for (const d of differences) {
    const v = doc.get(d);
    if (typeof v === 'number') code = v;
    else if (v instanceof Name) {
      const unicode = glyphUnicode(v.name);
      if (unicode === undefined) out.delete(code++);
      else out.set(code++, { unicode, name: v.name });
    }
  }
  return out;
}

let macRomanAscii: Encoded | undefined;

/**
 * WinAnsiEncoding; or MacRomanEncoding's printable ASCII (codes 32-126, the same glyphs as WinAnsi's:
 * Mac-made PDFs name it for their subset TrueType fonts). Its upper half is not mapped here, so a code
 * there is refused (LeanUnsupported) and pdf.js reads the document.
 */
function baseEncoding(name: string | undefined): Encoded | undefined {
  if (name === 'WinAnsiEncoding') return winAnsiEncoding();
  if (name !== 'MacRomanEncoding') return undefined;
  macRomanAscii ??= new Map([...winAnsiEncoding()].filter(([code]) => code >= 32 && code <= 126));
  return macRomanAscii;
}

/** The ToUnicode CMap, kept per document by content: generated invoices give each text run its own font object with the same map. */
function readToUnicode(doc: LeanDocument, ref: PdfObject | undefined): Map<number, string> | undefined {
  const stream = doc.get(ref);
  if (!isStream(stream)) return undefined;
  // Keyed by the encoded bytes, so a map seen before is not even inflated again.
  const key = `${JSON.stringify(nameOf(doc.get(stream.dict.get('Filter'))) ?? null)}:${Buffer.from(stream.raw.buffer, stream.raw.byteOffset, stream.raw.byteLength).toString('latin1')}`;
  const cached = doc.memo.get(key);
  if (cached) return cached as Map<number, string>;
  const map = parseToUnicode(doc.streamData(stream)!);
  doc.memo.set(key, map);
  return map;
}
