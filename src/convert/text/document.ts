/**
 * Lines in reading order → a small document model: pages of lines and blocks (headings, paragraphs,
 * list items). The Markdown, text and JSON writers (render.ts) all read this one model.
 *
 * The rules are layout statistics, not guesses about a particular producer:
 * - body text is the font size that covers the most characters; bigger text in a short block is a
 *   heading, ranked by size; a short all-bold block in a non-bold body is a heading one rank below;
 * - a block ends at a gap clearly wider than the region's usual line gap, at a change of font size or
 *   weight, at a list marker, or where the left edge moves (a first-line indent starts a paragraph);
 * - lines repeated in the top or bottom margin of several pages (running headers, page numbers) go.
 */
import type { PdfPageText } from '../../pdf/text.js';
import { itemsToRuns, joinText, MM_PER_PT, mostCommon, orderRuns, type OrderedLine, type Run } from './reading-order.js';

export interface DocLine {
  text: string;
  /** Millimetres from the page's top-left corner. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Points (what a PDF and every word processor call font size). */
  fontSize: number;
  bold: boolean;
}

export type BlockType = 'heading' | 'paragraph' | 'list-item';

export interface DocBlock {
  type: BlockType;
  /** Heading level 1..3 (1 = biggest). */
  level?: number;
  /** List marker as printed: "•", "-", "1.", "2)", "(a)". */
  marker?: string;
  /** The block's text: lines joined, hyphenated breaks mended, the list marker removed. */
  text: string;
  /** Indices into the page's `lines`. */
  lines: number[];
}

export interface DocPage {
  page: number;
  /** Millimetres. */
  width: number;
  height: number;
  lines: DocLine[];
  blocks: DocBlock[];
}

/**
 * Bullets, "1." "12)" "(3)" "a)" and circled numbers, followed by a space. Not "*": in typeset PDFs it
 * marks a footnote ("* Research fellow, ..."), while real bullets are glyphs.
 */
const LIST_MARKER = /^([•·◦▪▫■□●○‣⁃∙►▸➢✓✔\-–—]|\(?\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|[\u2460-\u2473])\s+(?=\S)/;
const BULLET = /^[•·◦▪▫■□●○‣⁃∙►▸➢✓✔\-–—]$/;

export function listMarker(text: string): string | undefined {
  return LIST_MARKER.exec(text)?.[1];
}

export function isBullet(marker: string): boolean {
  return BULLET.test(marker);
}

/** Builds the document model for the given pages (already selected). */
export function buildDocument(pages: readonly PdfPageText[]): DocPage[] {
  const runsByPage = pages.map((p) => itemsToRuns(p.items));
  const body = bodyStyle(runsByPage.flat());
  const ordered = runsByPage.map((runs) => orderRuns(runs, { minGutter: Math.max(3, body.size * 1.2), minSupport: body.size * 2.5 }));
  dropRunningHeaders(ordered, pages);

  const result: DocPage[] = pages.map((p, i) => ({ page: p.page, width: p.width, height: p.height, lines: [], blocks: [] }));
  const drafts: Draft[][] = ordered.map((lines) => toBlocks(lines));
  const levels = headingLevels(drafts.flat(), body);
  drafts.forEach((blocks, pi) => {
    const page = result[pi];
    for (const d of blocks) {
      const first = page.lines.length;
      for (const l of d.lines) page.lines.push(docLine(l));
      const indices = d.lines.map((_, k) => first + k);
      const level = levels.get(d);
      if (level !== undefined) {
        page.blocks.push({ type: 'heading', level, text: joinLines(d.lines.map((l) => l.text)), lines: indices });
      } else if (d.marker !== undefined) {
        const texts = d.lines.map((l) => l.text);
        texts[0] = texts[0].slice(texts[0].indexOf(d.marker) + d.marker.length).trimStart();
        page.blocks.push({ type: 'list-item', marker: d.marker, text: joinLines(texts), lines: indices });
      } else {
        page.blocks.push({ type: 'paragraph', text: joinLines(d.lines.map((l) => l.text)), lines: indices });
      }
    }
  });
  return result;
}

const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;

function docLine(l: OrderedLine): DocLine {
  return {
    text: l.text,
    x: round(l.x),
    y: round(l.y),
    width: round(l.x2 - l.x),
    height: round(l.y2 - l.y),
    fontSize: round(l.size / MM_PER_PT, 1),
    bold: l.bold,
  };
}

/**
 * Joins a block's lines: "self-" + "publishing" → "selfpublishing" (a hyphen at a line end before a
 * lower-case letter is a hyphenation), CJK lines join without a space, everything else with one.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const line of lines) {
    if (/\p{L}-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line;
    else if (/\p{L}-$/u.test(out) && /^\p{Lu}/u.test(line)) out += line; // "Pre-" + "Digital"
    else out = joinText(out, line);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

interface BodyStyle {
  /** mm */
  size: number;
  /** Share of body-size characters that are bold. */
  bold: number;
  /** The font most body-size text is set in ('' when unknown). */
  font: string;
}

/** The font size covering the most characters, how bold text of that size is, and its font. */
function bodyStyle(runs: readonly Run[]): BodyStyle {
  const bySize = new Map<number, { chars: number; bold: number; fonts: Map<string, number> }>();
  for (const r of runs) {
    const key = Math.round(r.size * 10) / 10;
    const e = bySize.get(key) ?? { chars: 0, bold: 0, fonts: new Map<string, number>() };
    e.chars += r.text.length;
    e.bold += r.bold * r.text.length;
    e.fonts.set(r.font, (e.fonts.get(r.font) ?? 0) + r.text.length);
    bySize.set(key, e);
  }
  const top = [...bySize.entries()].sort((a, b) => b[1].chars - a[1].chars)[0];
  return top ? { size: top[0], bold: top[1].bold / top[1].chars, font: mostCommon(top[1].fonts) } : { size: 12 * MM_PER_PT, bold: 0, font: '' };
}

const normalizeMargin = (text: string) => text.replace(/\d+/g, '#').replace(/\s+/g, ' ').trim().toLowerCase();
const PAGE_NUMBER = /^[-–—\s]*(?:page\s*)?#(?:\s*(?:of|\/)\s*#)?[-–—\s]*$/i;

/**
 * Removes running headers and footers: lines in the top or bottom 12% of a page whose text (digits
 * ignored) recurs in that margin on several pages, and bare page numbers there. Only with 2+ pages,
 * where "recurs" means something.
 */
function dropRunningHeaders(ordered: OrderedLine[][], pages: readonly PdfPageText[]): void {
  if (pages.length < 2) return;
  const inMargin = (l: OrderedLine, h: number) => l.y2 < h * 0.12 || l.y > h * 0.88;
  const count = new Map<string, number>();
  ordered.forEach((lines, i) => {
    const keys = new Set(lines.filter((l) => inMargin(l, pages[i].height)).map((l) => normalizeMargin(l.text)));
    for (const k of keys) count.set(k, (count.get(k) ?? 0) + 1);
  });
  const need = Math.max(2, Math.ceil(pages.length * 0.3));
  ordered.forEach((lines, i) => {
    ordered[i] = lines.filter((l) => {
      if (!inMargin(l, pages[i].height)) return true;
      const k = normalizeMargin(l.text);
      return !(PAGE_NUMBER.test(k) || (count.get(k) ?? 0) >= need);
    });
  });
}

interface Draft {
  lines: OrderedLine[];
  marker?: string;
}

/** Groups a page's ordered lines into blocks. */
function toBlocks(lines: readonly OrderedLine[]): Draft[] {
  const gapLimit = regionGapLimits(lines);
  const blocks: Draft[] = [];
  let cur: Draft | undefined;
  let prev: OrderedLine | undefined;
  for (const line of lines) {
    const marker = listMarker(line.text);
    if (cur && prev && !marker && continues(cur, prev, line, gapLimit.get(line.region) ?? Infinity)) {
      cur.lines.push(line);
    } else {
      cur = { lines: [line], marker };
      blocks.push(cur);
    }
    prev = line;
  }
  return blocks;
}

function continues(block: Draft, prev: OrderedLine, line: OrderedLine, gapFactor: number): boolean {
  if (line.region !== prev.region) return false;
  const size = Math.max(prev.size, line.size);
  if (Math.abs(prev.size - line.size) / size > 0.07) return false; // 11.5 → 12.5 pt is a subheading already
  if (prev.bold !== line.bold && block.marker === undefined) return false; // a bold lead-in does not end a list item
  const gap = line.y - prev.y2;
  if (gap > gapFactor * size || gap < -0.5 * size) return false;
  const tolerance = 0.6 * line.size;
  // A list item continues on lines indented past its marker (a hanging indent).
  if (block.marker !== undefined) return line.x > block.lines[0].x + 0.3 * line.size;
  if (block.lines.length === 1) return true; // line 2 sets the paragraph's left edge
  return Math.abs(line.x - block.lines[1].x) <= tolerance; // an indent starts the next paragraph
}

/**
 * The widest gap (as a multiple of font size) that still continues a paragraph, per region: 1.5× the
 * region's median gap between same-size lines, at least 0.6 and at most 1.0 font size. Documents that
 * separate paragraphs by space get split there; dense ones rely on indents and markers.
 */
function regionGapLimits(lines: readonly OrderedLine[]): Map<number, number> {
  const gaps = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.region !== b.region || Math.abs(a.size - b.size) / Math.max(a.size, b.size) > 0.07) continue;
    const g = (b.y - a.y2) / Math.max(a.size, b.size);
    if (g < -0.5) continue;
    const list = gaps.get(b.region) ?? [];
    list.push(g);
    gaps.set(b.region, list);
  }
  const limits = new Map<number, number>();
  for (const [region, list] of gaps) {
    list.sort((a, b) => a - b);
    const median = list[Math.floor(list.length / 2)];
    limits.set(region, Math.max(0.6, Math.min(1.5 * median, 1.0)));
  }
  return limits;
}

/**
 * Heading level per heading block. Blocks clearly bigger than body text (or a little bigger and bold
 * or in another typeface) rank by size (1 = biggest, capped at 3);
 * all-bold blocks of body size (when the body is not bold) come one rank below the smallest size.
 */
function headingLevels(blocks: readonly Draft[], body: BodyStyle): Map<Draft, number> {
  const sized: Array<{ d: Draft; size: number }> = [];
  const bolded: Draft[] = [];
  for (const d of blocks) {
    const text = joinLines(d.lines.map((l) => l.text));
    if (d.lines.length > 3 || text.length > 200 || !/\p{L}/u.test(text)) continue;
    const size = Math.max(...d.lines.map((l) => l.size));
    const allBold = d.lines.every((l) => l.bold);
    // A little bigger counts when something else sets the block apart: weight or typeface.
    const otherFace = body.font !== '' && d.lines.every((l) => l.font !== '' && l.font !== body.font);
    if (size >= body.size * 1.15 || ((allBold || otherFace) && size >= body.size * 1.05)) sized.push({ d, size });
    else if (body.bold < 0.5 && allBold && size >= body.size * 0.95 && d.lines.length <= 2 && d.marker === undefined) bolded.push(d);
  }
  const ranks = [...new Set(sized.map((s) => Math.round(s.size / MM_PER_PT * 2) / 2))].sort((a, b) => b - a);
  const levels = new Map<Draft, number>();
  for (const { d, size } of sized) levels.set(d, Math.min(3, ranks.indexOf(Math.round(size / MM_PER_PT * 2) / 2) + 1));
  for (const d of bolded) levels.set(d, Math.min(3, ranks.length + 1));
  return levels;
}
