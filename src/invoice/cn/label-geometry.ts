/**
 * Where things are on a Chinese invoice's lines: label patterns tolerant of glyph-by-glyph spacing, the
 * x of a character inside a line's cells, and the bands that structural rows (table header, 合计,
 * 价税合计, signatures) cut a page into. Shared by the field and the party readers.
 */
import { escapeRegExp } from '../../core/matches.js';
import { charX, type Line } from '../layout.js';

/** A label regex source tolerant of spacing between its glyphs: "名    称", "发 票 代 码". */
export function spaced(word: string): string {
  return [...word].map(escapeRegExp).join('\\s*');
}

/** Where the character at `index` of `line.text` lies: segment index and offset inside it (a column gap maps to the next segment's start). */
export function locate(line: Line, index: number): { seg: number; offset: number } {
  let pos = 0;
  for (let i = 0; i < line.segments.length; i++) {
    const len = line.segments[i].text.length;
    if (index < pos + len) return { seg: i, offset: Math.max(0, index - pos) };
    pos += len + 2; // segments are joined by two spaces
    if (index < pos) return { seg: i + 1, offset: 0 };
  }
  return { seg: line.segments.length, offset: 0 };
}

/** x of the character at `index` of `line.text`. */
export function xAt(line: Line, index: number): number {
  const { seg, offset } = locate(line, index);
  const s = line.segments[seg];
  if (!s) return line.segments.at(-1)?.x2 ?? 0;
  return offset >= s.text.length ? s.x2 : charX(s, offset);
}

export const cy = (s: { y: number; height: number }) => s.y + s.height / 2;

/** Index in `line.text` where segment `i` starts. */
export function segStart(line: Line, i: number): number {
  let pos = 0;
  for (let k = 0; k < i; k++) pos += line.segments[k].text.length + 2;
  return pos;
}

/** Index of the band between structural rows (table header, 合计, 价税合计, signatures) a y lies in. */
export function bandOf(barriers: ReadonlyMap<number, number[]>, page: number, y: number): number {
  return (barriers.get(page) ?? []).filter((b) => b < y).length;
}
