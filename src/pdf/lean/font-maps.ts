/**
 * What each font of a document mapped its shown glyphs to: the characters, and how often the font's own
 * data (a glyph name uniXXXX) says otherwise than its ToUnicode map. Some issuers' PDFs carry maps that
 * give other, valid-looking characters than the glyphs show; the caller judges the characters
 * (extract/text-layer-doubts.ts), this only reports them, at no cost beyond the glyphs already decoded.
 */
import type { FontCache } from './content.js';
import type { LeanFont, OwnReading } from './fonts.js';

export interface FontMap {
  /** BaseFont, without the subset prefix. */
  name: string;
  /** The distinct characters its shown glyphs map to. */
  chars: string;
  /** Shown glyphs whose own data (a uniXXXX name, the program's cmap) says another character than the map. */
  disagreements: number;
  /** For a character the map gives such glyphs, the one their own data says (fonts.ts OwnReading). */
  ownReading?: OwnReading;
}

/**
 * One entry per font name (generated PDFs give each text run its own dictionary over one font); none for
 * a document that shows no CJK character, whose maps nothing judges.
 */
export function fontMaps(fonts: FontCache): FontMap[] {
  if (![...fonts.values()].some(showsCjk)) return [];
  const byName = new Map<string, { chars: Set<string>; disagreements: number; ownReading: OwnReading }>();
  for (const font of fonts.values()) {
    const name = font.name.replace(/^[A-Z]{6}\+/, '');
    const entry = byName.get(name) ?? { chars: new Set<string>(), disagreements: 0, ownReading: new Map() };
    const { glyphs, disagreements, ownReading } = font.shown();
    for (const g of glyphs) entry.chars.add(g.unicode);
    entry.disagreements += disagreements;
    mergeReadings(entry.ownReading, ownReading);
    byName.set(name, entry);
  }
  return [...byName].map(([name, e]) => ({ name, chars: [...e.chars].join(''), disagreements: e.disagreements, ...(e.ownReading.size ? { ownReading: e.ownReading } : {}) }));
}

/** `from`'s readings into `into`: a character read two ways is read neither (null). */
export function mergeReadings(into: OwnReading, from: OwnReading): void {
  for (const [mapped, own] of from) into.set(mapped, into.has(mapped) && into.get(mapped) !== own ? null : own);
}

function showsCjk(font: LeanFont): boolean {
  for (const g of font.shown().glyphs) if (g.unicode.charCodeAt(0) >= 0x2e80) return true;
  return false;
}
