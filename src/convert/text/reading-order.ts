/**
 * Positioned PDF text → lines in reading order.
 *
 * 1. Items become "runs": items on one baseline band that touch horizontally (gap under one font
 *    size). A column gutter is wider than that, so a run never crosses one.
 * 2. Runs are ordered by a recursive cut: the page is sliced into horizontal strips (bands with no run
 *    spanning the gap between them); a gutter is a vertical band that no run in a stretch of strips
 *    touches while some strips have text on both sides. Consecutive strips clear of the gutter are read
 *    left column first, then right; strips that cross it (a full-width title, an abstract) stay in
 *    place and split the page into sections. Each part is cut again, so nested layouts work.
 * 3. What is left (a "region" with no gutter) is read row by row, top to bottom.
 *
 * Units: millimetres, top-left origin (src/core/text.ts), like every text source in the project.
 */
import type { PdfTextItem } from '../../pdf/text.js';

export const MM_PER_PT = 25.4 / 72;

/** Han, kana and CJK punctuation: written without spaces. (Hangul is not: Korean separates words.) */
const CJK = /[\u2e80-\u2fff\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

export function isCjk(ch: string | undefined): boolean {
  return !!ch && CJK.test(ch);
}

/** Joins two pieces of text with a space unless either side is CJK or already has one. */
export function joinText(a: string, b: string, space = true): string {
  if (!a) return b;
  if (!b) return a;
  if (!space || /\s$/.test(a) || /^\s/.test(b) || (isCjk(a[a.length - 1]) && isCjk(b[0]))) return a + b;
  return a + ' ' + b;
}

export interface Run {
  text: string;
  x: number;
  x2: number;
  y: number;
  y2: number;
  /** Font size (glyph box height) in mm of the run's dominant item. */
  size: number;
  /** Share of the run's characters set in a bold font (0..1). */
  bold: number;
  /** The font most of the run is set in ('' when unknown). */
  font: string;
}

export interface OrderedLine {
  text: string;
  x: number;
  x2: number;
  y: number;
  y2: number;
  /** Dominant font size in mm. */
  size: number;
  bold: boolean;
  font: string;
  runs: Run[];
  /** Lines of one region (a column of one section) share an id; blocks never span regions. */
  region: number;
}

// ---------------------------------------------------------------------------------------------------
// Rows and runs

interface Row<T> {
  cy: number;
  h: number;
  members: T[];
}

/**
 * Groups boxes whose vertical centres lie within half a line height of each other (superscripts join
 * their line). Visits boxes in centre order and compares with the few rows still open, so it is
 * O(n log n) for ordinary pages.
 */
function rows<T extends { y: number; y2: number }>(boxes: readonly T[]): Row<T>[] {
  const sorted = [...boxes].sort((a, b) => a.y + a.y2 - (b.y + b.y2));
  const all: Row<T>[] = [];
  let open: Row<T>[] = [];
  for (const b of sorted) {
    const cy = (b.y + b.y2) / 2;
    const h = b.y2 - b.y;
    open = open.filter((r) => cy - r.cy <= Math.max(r.h, h));
    let best: Row<T> | undefined;
    for (const r of open) {
      const d = Math.abs(r.cy - cy);
      if (d <= Math.max(r.h, h) * 0.5 && (!best || d < Math.abs(best.cy - cy))) best = r;
    }
    if (best) {
      best.members.push(b);
      // The row's centre follows its tallest member, so small superscripts do not drag it.
      if (h > best.h) {
        best.h = h;
        best.cy = cy;
      }
    } else {
      const r = { cy, h, members: [b] };
      open.push(r);
      all.push(r);
    }
  }
  return all.sort((a, b) => a.cy - b.cy);
}

/** Splits each row of items at gaps wider than a font size: the pieces are the runs. */
export function itemsToRuns(items: readonly PdfTextItem[]): Run[] {
  const boxes = items
    .filter((i) => i.text.trim() && i.height > 0)
    .map((i) => ({ item: i, y: i.y, y2: i.y + i.height }));
  const runs: Run[] = [];
  for (const row of rows(boxes)) {
    const members = row.members.map((m) => m.item).sort((a, b) => a.x - b.x);
    let cur: { items: PdfTextItem[]; text: string; x2: number } | undefined;
    const flush = () => {
      if (cur) runs.push(toRun(cur.items, cur.text));
    };
    for (const it of members) {
      const text = it.text.replace(/\s+/g, ' ');
      if (cur) {
        const prev = cur.items[cur.items.length - 1];
        const h = Math.max(prev.height, it.height);
        const gap = it.x - cur.x2;
        if (gap < h && gap > -h) {
          // A space where the glyphs are visibly apart, or around a superscript (footnote mark).
          const smaller = Math.min(prev.height, it.height) / h;
          cur.text = joinText(cur.text, text, gap > h * 0.15 || smaller < 0.8);
          cur.items.push(it);
          cur.x2 = Math.max(cur.x2, it.x + it.width);
          continue;
        }
        flush();
      }
      cur = { items: [it], text, x2: it.x + it.width };
    }
    flush();
  }
  return runs.filter((r) => r.text);
}

function toRun(items: PdfTextItem[], text: string): Run {
  let chars = 0;
  let boldChars = 0;
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const i of items) {
    const n = i.text.trim().length;
    chars += n;
    if (i.bold) boldChars += n;
    const key = Math.round(i.height * 100) / 100;
    bySize.set(key, (bySize.get(key) ?? 0) + n);
    byFont.set(i.fontName ?? '', (byFont.get(i.fontName ?? '') ?? 0) + n);
  }
  const size = mostCommon(bySize);
  return {
    text: text.trim(),
    x: Math.min(...items.map((i) => i.x)),
    x2: Math.max(...items.map((i) => i.x + i.width)),
    y: Math.min(...items.map((i) => i.y)),
    y2: Math.max(...items.map((i) => i.y + i.height)),
    size,
    bold: chars ? boldChars / chars : 0,
    font: mostCommon(byFont),
  };
}

/** The key with the largest count. */
export function mostCommon<K>(counts: Map<K, number>): K {
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
}

// ---------------------------------------------------------------------------------------------------
// Column cut

interface Strip {
  runs: Run[];
  y: number;
  y2: number;
}

/** Horizontal bands separated by vertical whitespace no run crosses. */
function strips(runs: readonly Run[]): Strip[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y);
  const out: Strip[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // A hair of overlap (descenders, superscripts) does not join bands; a real overlap does.
    if (last && r.y < last.y2 - 0.2 * (r.y2 - r.y)) {
      last.runs.push(r);
      last.y2 = Math.max(last.y2, r.y2);
    } else {
      out.push({ runs: [r], y: r.y, y2: r.y2 });
    }
  }
  return out;
}

interface Gutter {
  x1: number;
  x2: number;
}

/**
 * Lines of a justified column end within a hair of each other, so the gap found in one strip may be a
 * fraction narrower in the next: a run must reach well into the band to cross it.
 */
const slack = (g: Gutter) => Math.min(1, (g.x2 - g.x1) * 0.25);
const crosses = (r: Run, g: Gutter) => r.x < g.x2 - slack(g) && r.x2 > g.x1 + slack(g);
const leftOf = (r: Run, g: Gutter) => r.x2 <= g.x1 + slack(g);

/**
 * The vertical whitespace band that best separates columns, or null. Candidates are the wide gaps
 * inside each strip; a candidate's support is the height of the strips that stay clear of it and have
 * text on both sides. Narrow side columns (bullets, list numbers, line numbers) do not count: each
 * side must hold a fair share of the width.
 */
function findGutter(all: Strip[], minGutter: number, minSupport: number): Gutter | null {
  const left = Math.min(...all.flatMap((s) => s.runs.map((r) => r.x)));
  const right = Math.max(...all.flatMap((s) => s.runs.map((r) => r.x2)));
  const minSide = (right - left) * 0.15;
  const seen = new Set<string>();
  let best: { g: Gutter; support: number } | null = null;
  for (const s of all) {
    if (s.runs.length < 2) continue;
    const byX = [...s.runs].sort((a, b) => a.x - b.x);
    let reach = byX[0].x2;
    for (let i = 1; i < byX.length; i++) {
      const gap = { x1: reach, x2: byX[i].x };
      reach = Math.max(reach, byX[i].x2);
      if (gap.x2 - gap.x1 < minGutter) continue;
      const key = `${gap.x1.toFixed(1)}:${gap.x2.toFixed(1)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let support = 0;
      let leftEdge = Infinity;
      let rightEdge = -Infinity;
      for (const t of all) {
        if (t.runs.some((r) => crosses(r, gap))) continue;
        const l = t.runs.filter((r) => leftOf(r, gap));
        const rr = t.runs.filter((r) => !leftOf(r, gap));
        for (const r of l) leftEdge = Math.min(leftEdge, r.x);
        for (const r of rr) rightEdge = Math.max(rightEdge, r.x2);
        if (l.length && rr.length) support += t.y2 - t.y;
      }
      if (gap.x1 - leftEdge < minSide || rightEdge - gap.x2 < minSide) continue;
      if (support >= minSupport && (!best || support > best.support)) best = { g: gap, support };
    }
  }
  return best?.g ?? null;
}

export interface OrderOptions {
  /** Narrowest gap (mm) that can be a gutter. */
  minGutter: number;
  /** Least height (mm) of two-sided strips that proves a gutter. */
  minSupport: number;
}

/** Orders runs into lines, cutting columns recursively. */
export function orderRuns(runs: readonly Run[], options: OrderOptions): OrderedLine[] {
  const out: OrderedLine[] = [];
  let region = 0;
  const visit = (part: readonly Run[], depth: number): void => {
    if (part.length === 0) return;
    const ss = strips(part);
    const gutter = depth < 8 && ss.length > 0 ? findGutter(ss, options.minGutter, options.minSupport) : null;
    if (!gutter) {
      region++;
      for (const row of rows(part)) out.push(toLine(row.members, region));
      return;
    }
    // Consecutive strips on the same side of "crosses the gutter or not" form one section.
    let i = 0;
    while (i < ss.length) {
      const crossing = ss[i].runs.some((r) => crosses(r, gutter));
      let j = i;
      while (j < ss.length && ss[j].runs.some((r) => crosses(r, gutter)) === crossing) j++;
      const section = ss.slice(i, j).flatMap((s) => s.runs);
      if (crossing) {
        visit(section, depth + 1);
      } else {
        visit(section.filter((r) => leftOf(r, gutter)), depth + 1);
        visit(section.filter((r) => !leftOf(r, gutter)), depth + 1);
      }
      i = j;
    }
  };
  visit(runs, 0);
  return out;
}

function toLine(runs: Run[], region: number): OrderedLine {
  runs.sort((a, b) => a.x - b.x);
  let text = '';
  let chars = 0;
  let boldChars = 0;
  const bySize = new Map<number, number>();
  const byFont = new Map<string, number>();
  for (const r of runs) {
    text = joinText(text, r.text);
    chars += r.text.length;
    boldChars += r.bold * r.text.length;
    bySize.set(r.size, (bySize.get(r.size) ?? 0) + r.text.length);
    byFont.set(r.font, (byFont.get(r.font) ?? 0) + r.text.length);
  }
  return {
    text,
    x: Math.min(...runs.map((r) => r.x)),
    x2: Math.max(...runs.map((r) => r.x2)),
    y: Math.min(...runs.map((r) => r.y)),
    y2: Math.max(...runs.map((r) => r.y2)),
    size: mostCommon(bySize),
    bold: chars > 0 && boldChars / chars >= 0.9, // a bold lead-in ("Term: explanation") is not a bold line
    font: mostCommon(byFont),
    runs,
    region,
  };
}
