/**
 * Positioned text → lines and cells. Parsers work on these instead of raw items because PDF producers
 * emit anything from one item per line to one item per glyph, and Chinese invoice labels are spaced
 * glyph by glyph ("名    称", "合 计").
 *
 * Cost: one sort per page plus a linear sweep; never item × item.
 */
import { keptCertainty, type PageText, type TextItem } from '../core/text.js';
import { detectCurrency } from './amounts.js';

export interface Segment {
  text: string;   // the cell's text; CJK glyph runs joined without spaces
  x: number;
  x2: number;     // right edge
  y: number;
  height: number;
  items: TextItem[]; // the source items, left to right (to locate a character inside a merged cell)
  /** OCR'd items only: the certainty of each UTF-16 unit of `text`, 0..100 (TextItem.charConfidence). */
  charConfidence?: number[];
}

export interface Line {
  page: number;
  y: number;        // top (mm)
  y2: number;       // bottom
  height: number;
  segments: Segment[]; // left to right; a wide gap starts a new segment
  text: string;        // segments joined by two spaces (a visible column gap for regexes)
  /**
   * A vertical form label (购/买/方, 密/码/区, 备/注 stacked glyph by glyph, or one tall text run): kept
   * as a line of its own so its glyphs do not merge into the rows beside it.
   */
  vertical?: boolean;
}

const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
const CJK_RUN_GAP = /([\u3400-\u9fff\uf900-\ufaff（）：])\s+(?=[\u3400-\u9fff\uf900-\ufaff（）：])/g;

/** Removes whitespace between CJK characters: "名    称" → "名称", "合 计" → "合计". */
export function compactCjk(text: string): string {
  return text.replace(CJK_RUN_GAP, '$1').replace(CJK_RUN_GAP, '$1');
}

function isSingleCjk(s: string): boolean {
  const t = s.trim();
  return t.length === 1 && CJK.test(t);
}

/** Vertical labels of Chinese invoice forms (read top to bottom). */
const VERTICAL_LABEL = /^(?:(?:购买|销售|购货|销货)方(?:信息)?|购方|销方|购货单位|销货单位|密码区|备注)$/;

/**
 * The vertical labels spelled out, for stacked glyphs: two or more glyphs of one in a row count, since
 * OCR may read a label's first or last glyph into the box beside it ("售方信息" with 销 lost): the rest
 * must still be kept out of the rows they sit beside ("威高集团有限公司售").
 */
const VERTICAL_LABEL_WORDS = ['购买方信息', '销售方信息', '购货方信息', '销货方信息', '购货单位', '销货单位', '密码区', '备注'];

function isLabelPart(text: string): boolean {
  return VERTICAL_LABEL.test(text) || (text.length >= 2 && VERTICAL_LABEL_WORDS.some((w) => w.includes(text)));
}

function centreX(it: TextItem): number {
  return it.x + it.width / 2;
}

function compactText(s: string): string {
  return s.replace(/\s+/g, '');
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const v = [...values].sort((a, b) => a - b);
  return v[Math.floor(v.length / 2)];
}

/**
 * Items of a Chinese form page that must not join horizontal lines: vertical labels (a column of single
 * glyphs at one x whose text is a known label, or one tall item holding such a label) and other tall
 * items (a multi-row cipher block, vertical notes), which would otherwise pull every row they span into
 * one line. Pages without CJK text are left alone, so Western layouts are unaffected.
 */
function isolatedItems(items: readonly TextItem[]): { vertical: TextItem[][]; tall: TextItem[] } {
  const vertical: TextItem[][] = [];
  const tall: TextItem[] = [];
  let cjkChars = 0;
  for (const i of items) if ((cjkChars += i.text.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 8) break; // 8 decide
  if (cjkChars < 8) return { vertical, tall };
  const h = median(items.map((i) => i.height));
  // Tall: more than 2.5 line heights and much taller than its glyphs are wide (a large title is not).
  const isTall = (i: TextItem) => h > 0 && i.height > 2.5 * h && i.height > 3 * (i.width / Math.max(1, compactText(i.text).length));
  for (const it of items) {
    if (!isTall(it)) continue;
    if (VERTICAL_LABEL.test(compactText(it.text)) && it.height > it.width) vertical.push([it]);
    else tall.push(it);
  }
  // Single glyphs stacked at one x, 0.7–4.2 glyph heights apart. "One x": centres within 0.6 of a
  // glyph's height, since OCR boxes of a scanned or photographed label column wander by a millimetre
  // or more (skew, perspective, padding), where a text layer's glyphs line up exactly. OCR's padded
  // boxes of a tightly set label stand as little as 0.8 of their height apart (密 30 px tall, 码 24 px
  // under it at 200 dpi): the floor keeps a margin below that.
  const singles = items.filter((it) => isSingleCjk(it.text) && !isTall(it)).sort((a, b) => centreX(a) - centreX(b));
  const columns: TextItem[][] = [];
  for (const it of singles) {
    const col = columns.at(-1);
    if (col && centreX(it) - centreX(col[0]!) <= 0.6 * Math.max(col[0]!.height, it.height, 1)) col.push(it);
    else columns.push([it]);
  }
  for (const col of columns) {
    col.sort((a, b) => a.y - b.y);
    const chains: TextItem[][] = [];
    for (const it of col) {
      const chain = chains.at(-1);
      const prev = chain?.at(-1);
      const dy = prev ? it.y - prev.y : Infinity;
      if (chain && prev && dy >= 0.7 * Math.min(prev.height, it.height) && dy <= 4.2 * Math.max(prev.height, it.height)) chain.push(it);
      else chains.push([it]);
    }
    for (const chain of chains) {
      // The longest runs of the chain that spell a label.
      let i = 0;
      while (i < chain.length) {
        let found = 0;
        for (let j = chain.length; j > i + 1; j--) {
          if (isLabelPart(chain.slice(i, j).map((c) => c.text.trim()).join(''))) {
            found = j;
            break;
          }
        }
        if (found) {
          vertical.push(chain.slice(i, found));
          i = found;
        } else i++;
      }
    }
  }
  return { vertical, tall };
}

function isolatedLine(page: number, items: TextItem[], vertical: boolean): Line {
  const x = Math.min(...items.map((i) => i.x));
  const x2 = Math.max(...items.map((i) => i.x + i.width));
  const y = Math.min(...items.map((i) => i.y));
  const y2 = Math.max(...items.map((i) => i.y + i.height));
  const text = vertical ? compactText(items.map((i) => i.text).join('')) : items.map((i) => i.text).join(' ').replace(/\s+/g, ' ').trim();
  const seg: Segment = { text, x, x2, y, height: y2 - y, items };
  return { page, y, y2, height: y2 - y, segments: [seg], text, ...(vertical ? { vertical: true } : {}) };
}

/**
 * Two items whose centres are half the taller one's height apart sit on the boundary of one line: CSS
 * layouts set rows at exact multiples, so such ties are common, and which side a tie fell on depended on
 * the producer's rounding of the font's metrics (the same page printed by Chromium and rewritten by
 * pdftocairo differed by 1e-7 mm). A tie is one line, within this margin (mm) for that rounding: of the
 * supplier pages, whose ties Chromium's rounding had mostly put on one line, one reads better as one line
 * and one as two.
 */
const TIE = 0.01;

/**
 * Groups a page's items into lines: items whose vertical centres lie within half a line height of a
 * line's centre join it. Items are visited in y order, and only lines still "open" (whose bottom lies
 * below the item's top) are candidates, so this is O(n log n) for ordinary pages. On Chinese form pages,
 * vertical labels and tall multi-row items become lines of their own first (see isolatedItems).
 */
export function groupLines(items: readonly TextItem[]): Line[] {
  const visible = items.filter((i) => i.text.trim());
  const byPage = new Map<number, TextItem[]>();
  for (const it of visible) {
    const list = byPage.get(it.page);
    if (list) list.push(it);
    else byPage.set(it.page, [it]);
  }
  const isolated: Line[] = [];
  const skip = new Set<TextItem>();
  for (const [page, pageItems] of byPage) {
    const { vertical, tall } = isolatedItems(pageItems);
    for (const group of vertical) {
      isolated.push(isolatedLine(page, group, true));
      for (const it of group) skip.add(it);
    }
    for (const it of tall) {
      if (skip.has(it)) continue;
      isolated.push(isolatedLine(page, [it], false));
      skip.add(it);
    }
  }
  const sorted = visible.filter((i) => !skip.has(i)).sort((a, b) => a.page - b.page || a.y + a.height / 2 - (b.y + b.height / 2) || a.x - b.x);
  type Open = { page: number; cy: number; h: number; y: number; y2: number; items: TextItem[] };
  const done: Open[] = [];
  const open: Open[] = [];
  for (const it of sorted) {
    const cy = it.y + it.height / 2;
    // Lines this item is below close (in place: a new array per item was most of this loop's garbage).
    let kept = 0;
    for (const l of open) {
      if (l.page === it.page && l.y2 > it.y - it.height) open[kept++] = l;
      else done.push(l);
    }
    open.length = kept;
    let target: Open | undefined;
    for (const l of open) {
      if (Math.abs(l.cy - cy) <= Math.max(l.h, it.height) * 0.5 + TIE && (!target || Math.abs(l.cy - cy) < Math.abs(target.cy - cy))) target = l;
    }
    if (target) {
      // The line's centre follows its members, so a first glyph set a little high does not decide alone.
      target.cy = (target.cy * target.items.length + cy) / (target.items.length + 1);
      target.items.push(it);
      target.y = Math.min(target.y, it.y);
      target.y2 = Math.max(target.y2, it.y + it.height);
    } else {
      open.push({ page: it.page, cy, h: it.height, y: it.y, y2: it.y + it.height, items: [it] });
    }
  }
  done.push(...open);
  // Pushed into one literal, whose allocation site V8 remembers as holding objects. Built with .map (an
  // empty page's result an array of small integers to V8) and spread, the sort below was a deoptimisation
  // loop ("wrong map", ~20 a second on a server's document threads, each followed by a recompile).
  const lines: Line[] = [];
  for (const l of done) for (const row of rowsOf(l.items)) lines.push(toLine(l.page, row));
  for (const l of isolated) lines.push(l);
  return lines.sort((a, b) => a.page - b.page || a.y - b.y);
}

/**
 * A line's items as the rows they print: an item that lies under another of the line in one column
 * (stacked) is taken out to a line of its own, below; the other items stay (an item's amounts with the
 * first row of its wrapped description). OCR's rows of small print lie closer than half a row, and an
 * item joins the first open line near enough. Rows stacked flush right split the line too, each item
 * of neither column going with the row whose centre is nearer: a grid's values, "Original" over
 * "FT 2025A1/0342" beside its label "N fatura"; a block's label over its first row ("Aan:" over
 * "Accountantskantoor De Roos &" beside the letterhead's larger name).
 */
function rowsOf(items: TextItem[]): TextItem[][] {
  if (!items.some((i) => i.confidence !== undefined)) return [items];
  const under = items.filter((b) => items.some((a) => centre(a) < centre(b) && stacked(a, b)));
  if (under.length) return [...rowsOf(items.filter((i) => !under.includes(i))), ...rowsOf(under)];
  const lower = items.filter((b) => items.some((a) => centre(a) < centre(b) && stackedRight(a, b)));
  if (!lower.length) return [items];
  const upper = items.filter((a) => lower.some((b) => centre(a) < centre(b) && stackedRight(a, b)));
  const nearest = (i: TextItem, row: TextItem[]) => Math.min(...row.map((r) => Math.abs(centre(r) - centre(i))));
  const down = items.filter((i) => lower.includes(i) || (!upper.includes(i) && nearest(i, lower) < nearest(i, upper)));
  return [items.filter((i) => !down.includes(i)), ...rowsOf(down)];
}

const centre = (i: TextItem) => i.y + i.height / 2;

/** How near (mm) two rows of one column start. */
const FLUSH = 3;

/**
 * Whether two OCR'd items are rows of one column, one under the other: starting at one left edge, and
 * their centres more than a third of a row apart ("Northern Plains Community" over "Foundation", a name
 * wrapped in a block at the right). A line's centre follows its members, and a cell of the other column
 * set between the two rows ("Terms:  Net 30") drew them into one line, where the two ran together
 * ("CommunityFoundation"); so did rows of small print set closer than half a row. Boxes of one printed run overlap by a seam's few characters (readTwice); a
 * text layer's overlapping runs are drawn so.
 */
function stacked(a: TextItem, b: TextItem): boolean {
  return a.confidence !== undefined && b.confidence !== undefined && Math.abs(a.x - b.x) <= FLUSH && apart(a, b);
}

/**
 * Whether two OCR'd items are rows of one column set flush right, ending at one right edge. Not in CJK: a
 * Chinese form's header cell and the item name under it ("项目名称" over "*餐饮服务*餐饮服务") are one row of
 * its table to the Chinese parser.
 */
function stackedRight(a: TextItem, b: TextItem): boolean {
  return a.confidence !== undefined && b.confidence !== undefined && !CJK.test(a.text) && !CJK.test(b.text)
    && Math.abs(a.x + a.width - (b.x + b.width)) <= FLUSH && apart(a, b);
}

/** Centres more than a third of the taller's height apart: two rows, not one row's boxes that overlap. */
const apart = (a: TextItem, b: TextItem) => Math.abs(centre(a) - centre(b)) > Math.max(a.height, b.height) / 3;

/**
 * How many characters OCR read twice where it cut one printed run into two overlapping boxes: the
 * second box starting about that many characters' width inside the first with the characters the
 * first ends with ("…Nr. TX-471102" and "2 vom 30.10.2018" overlapping by one digit's width). Up to
 * three; 0 when the seam repeats nothing. OCR items only: a text layer's overlapping runs are drawn so.
 */
export function readTwice(cur: Pick<Segment, 'text' | 'x2'>, it: TextItem): number {
  if (it.confidence === undefined || !it.text.length) return 0;
  const overlap = cur.x2 - it.x;
  const charWidth = it.width / it.text.length;
  for (let k = 1; k <= 3 && k < it.text.length; k++) {
    if (cur.text.endsWith(it.text.slice(0, k)) && Math.abs(overlap - k * charWidth) <= 0.5 * charWidth) return k;
  }
  return 0;
}

/** An item's certainty per character: its own, else its confidence for each (a text layer's: sure). */
function certaintyOf(it: TextItem): number[] {
  return it.charConfidence ?? Array<number>(it.text.length).fill(it.confidence ?? 100);
}

/**
 * Items on a line closer than this many times their height are one cell; a wider gap starts the next
 * cell. So no cell's text runs closer than that to the next cell of its line.
 */
export const CELL_GAP = 0.6;

/**
 * A monospaced print's space between two words, which pdf.js gives as two items: both set in one fixed
 * advance, about 0.6 of the type's height (Courier's and every common mono font's), and the gap about one
 * character. Exactly CELL_GAP wide, rounding put that gap on either side of it, and each word of a page
 * set in Courier was a cell of its own ("ALPENNETZ" "BREITBAND" "GMBH"); two spaces or more still part cells.
 */
function monospacedSpace(last: TextItem, it: TextItem, gap: number): boolean {
  const advance = it.width / it.text.length;
  return Math.abs(last.width / last.text.length - advance) <= 0.005 * advance
    && Math.abs(advance - 0.6 * it.height) <= 0.01 * it.height && gap < 1.5 * advance;
}

/** A figure with its decimals, alone in its run: "665,00", "-35,00", "1.234,56". */
const DECIMAL_FIGURE = /^[-−–(]?\d[\d.,'’\u00a0]*[.,]\d{2}\)?$/;

/** A figure with its decimals, its thousands grouped by a space or not: "539.85", "3,539.00", "3 539,00". */
const GROUPED_FIGURE = /^[-−–(]?\d{1,3}(?:[ .,'’\u00a0]?\d{3})*[.,]\d{2}\)?$/;

/**
 * Two runs that are each a figure with its decimals: two cells, however near. OCR's boxes stand taller than
 * their type, and a grid's values under "Base imponible | IVA 21 % | Total" lie closer than CELL_GAP of that
 * height apart ("665,00" "139,65" "804,65" ran into one cell, and no header found its value).
 */
const isFigure = (text: string) => {
  // (A figure with its currency's sign is one too: "1.800,00 €" "1.800,00 €", a price and an amount set close.)
  const figure = text.trim().replace(/^[€$£]\s?|\s?[€$£]$/gu, '');
  return DECIMAL_FIGURE.test(figure) || GROUPED_FIGURE.test(figure);
};
/**
 * A whole figure, no cents, its thousands grouped by a space ("17 315", "4 675"), as a currency without cents
 * prints its amounts (forints, krónur); or one of four figures or more OCR read without its space ("17315").
 */
const WHOLE_GROUPED = /^\d{1,3}(?: \d{3})+$/;
const WHOLE_FIGURE = /^(?:\d{1,3}(?: \d{3})+|\d{4,})$/;
/**
 * Two OCR'd whole figures side by side, one of them grouped by its spaces ("17 315" "4 675" "21 990", "17315"
 * "4 675"): a grid's cells, as the text layer prints them. (Two runs of bare figures, "0551" "0448", are no such
 * sign: an account's groups.)
 */
const twoWholeFigures = (last: TextItem, lastText: string, it: TextItem, next: string) => last.confidence !== undefined && it.confidence !== undefined
  && WHOLE_FIGURE.test(lastText.trim()) && WHOLE_FIGURE.test(next.trim()) && (WHOLE_GROUPED.test(lastText.trim()) || WHOLE_GROUPED.test(next.trim()));
const twoFigures = (last: TextItem, lastText: string, it: TextItem, next: string) => (isFigure(lastText) && isFigure(next)) || twoWholeFigures(last, lastText, it, next);

/**
 * An OCR'd box of words closed by a letter or a bracket, then a box that is a figure with its decimals: a
 * label's cell and its figure's ("Subtotaal 0% (internationaal vervoer)" "2.062,75"), however near, as the
 * text layer prints them. OCR's boxes stand wider than their print, and the two ran into one cell.
 */
const labelThenFigure = (last: string, it: TextItem, next: string) => it.confidence !== undefined && /[\p{L})]$/u.test(last.trim()) && (isFigure(next) || WHOLE_GROUPED.test(next.trim()));

/**
 * An OCR'd box that is a date, then one that is a currency's code, overlapping or near ("12/11/2025" "USD" under
 * "Date" and "Devise de facturation"): two cells, as the text layer prints them. Run into one ("12/11/2025USD"),
 * neither header found its value, and the page's other dates and currencies were read. No cell prints a date
 * and a code as one value.
 */
const WHOLE_DATE = /^(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/;
const dateThenCode = (last: string, it: TextItem, next: string) => it.confidence !== undefined && WHOLE_DATE.test(last.trim())
  && ((/^[A-Z]{3}$/.test(next.trim()) && detectCurrency(next.trim()) === next.trim()) || CODE_WITH_FIGURES.test(next.trim()));
/**
 * A header grid's next value after a date: a code or a number of one word ("24.11.2025" "K-20417" under "Datum"
 * and "Kundennr.", their boxes overlapping by a box's margin). Run into one ("24.11.2025K-20417"), the date's
 * header found no date, and the grid's other date (a period's end) was read. (Not a time, "12:30", nor a
 * period's end opening with its dash.)
 */
const CODE_WITH_FIGURES = /^(?=[^\s]*\d)[\p{L}\d][\p{L}\d./-]*$/u;

/**
 * A run of whole figures, no cents, that OCR boxed as one ("17315 4 675" for "17 315" "4 675", forints in a grid):
 * parted at each space no thousands are grouped by, one after four figures or before other than three. Every
 * part a whole figure and one grouped by its spaces, as twoWholeFigures parts two boxes; else the run as it is (a
 * phone number, "06 62 447 120"; one figure, "1 234 567").
 */
function wholeFiguresApart(text: string): string[] {
  if (!/^\d+(?: \d+)+$/.test(text)) return [text];
  const parts = text.split(/(?<=\d{4}) | (?!\d{3}(?: |$))/);
  return parts.every((p) => WHOLE_FIGURE.test(p)) && parts.some((p) => WHOLE_GROUPED.test(p)) ? parts : [text];
}

/**
 * An OCR'd run that is two figures with their decimals, one box over two cells ("539.85 3,539.00", a totals
 * row's tax and total, which a scan's boxes ran together): the two cells, each its share of the box by its
 * characters, as twoFigures parts two runs. The run is cut after a figure's decimals only, where a space
 * and the next figure follow: no figure's own space ("3 539,00") is cut. A run of whole figures is cut as
 * wholeFiguresApart says.
 */
function figuresApart(it: TextItem): TextItem[] {
  if (it.confidence === undefined) return [it];
  const texts = /\d[.,]\d{2}\)? [-−–(]?\d/.test(it.text) ? it.text.split(/(?<=[.,]\d{2}\)?) (?=[-−–(]?\d)/) : wholeFiguresApart(it.text);
  if (texts.length < 2 || !texts.every((t) => GROUPED_FIGURE.test(t) || WHOLE_FIGURE.test(t))) return [it];
  const advance = it.width / it.text.length;
  let from = 0;
  return texts.map((text) => {
    const part = { ...it, text, x: it.x + from * advance, width: text.length * advance, ...(it.charConfidence ? { charConfidence: it.charConfidence.slice(from, from + text.length) } : {}) };
    from += text.length + 1;
    return part;
  });
}

function toLine(page: number, read: TextItem[]): Line {
  const items = read.some((i) => i.confidence !== undefined) ? read.flatMap(figuresApart) : read;
  items.sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let cur: Segment | null = null;
  let lastText = '';
  let runGap: number | null = null; // widest gap so far between the single CJK glyphs of the current segment
  for (const it of items) {
    let text = it.text;
    if (cur) {
      const seam = cur.x2 > it.x ? readTwice(cur, it) : 0;
      if (seam) text = text.slice(seam);
      const gap = it.x - cur.x2 + (seam ? (seam * it.width) / it.text.length : 0);
      const h = Math.max(cur.height, it.height);
      const singles = isSingleCjk(lastText) && isSingleCjk(text);
      // Spaced glyphs ("名    称", "纳 税 人 识 别 号") join; a tight glyph run followed by a wider gap is
      // two cells printed glyph by glyph ("增值税税率" "增值税税额").
      const glyphRun = singles && gap < h * 3 && (runGap === null || gap <= runGap * 1.8 + h * 0.25);
      if (singles && (glyphRun || gap < h * CELL_GAP)) runGap = Math.max(runGap ?? 0, gap);
      // A colon set apart from its label ("名    称   :") still belongs to the label.
      const colon = /^\s*[:：]\s*$/.test(text) && gap < h * 3;
      const mono = monospacedSpace(cur.items[cur.items.length - 1], it, gap);
      if ((gap < h * CELL_GAP && !twoFigures(cur.items[cur.items.length - 1]!, lastText, it, text) && !labelThenFigure(lastText, it, text) && !dateThenCode(lastText, it, text)) || glyphRun || colon || mono) {
        const space = gap > h * 0.15 && !seam && !glyphRun && !colon && !(CJK.test(cur.text.slice(-1)) && CJK.test(text[0])) ? ' ' : '';
        // (OCR's items only: a text layer's have no certainties, and an array per item joined was garbage.)
        if (cur.charConfidence || it.confidence !== undefined) cur.charConfidence = [...(cur.charConfidence ?? Array<number>(cur.text.length).fill(100)), ...(space ? [100] : []), ...certaintyOf(it).slice(seam)];
        cur.text += space + text;
        cur.x2 = Math.max(cur.x2, it.x + it.width);
        cur.height = h;
        cur.items.push(it);
        lastText = text;
        continue;
      }
    }
    cur = { text, x: it.x, x2: it.x + it.width, y: it.y, height: it.height, items: [it] };
    if (it.confidence !== undefined) cur.charConfidence = certaintyOf(it);
    segments.push(cur);
    lastText = text;
    runGap = null;
  }
  // Both steps only take whitespace out: a segment without any (most of them) stays as it is.
  for (const s of segments) {
    if (!/\s/.test(s.text)) continue;
    const text = compactCjk(s.text.replace(/\s+/g, ' ').trim());
    if (s.charConfidence) s.charConfidence = keptCertainty(s.text, s.charConfidence, text);
    s.text = text;
  }
  const y = Math.min(...items.map((i) => i.y));
  const y2 = Math.max(...items.map((i) => i.y + i.height));
  return { page, y, y2, height: y2 - y, segments, text: segments.map((s) => s.text).join('  ') };
}

/** Lines of every page, page by page, top to bottom. */
export function pageLines(pages: readonly PageText[]): Line[] {
  return pages.flatMap((p) => groupLines(p.items.map((i) => (i.page ? i : { ...i, page: p.page }))));
}

/** All text as plain lines (for regex parsers and templates). */
export function linesToText(lines: readonly Line[]): string {
  return lines.map((l) => l.text).join('\n');
}

export interface LabelValue {
  label: Segment;
  value: string;
  line: Line;
  /** x where the value starts; callers use it to stop at the next column. */
  valueX: number;
}

/** Separators between a label and its value: ":" "：" and nothing. */
const LABEL_SEP = /^\s*[:：]?\s*/;

/**
 * Finds `label` (a regex on a segment's text, tested from the segment's start) and returns its value:
 * the rest of the same segment after the label and colon, or else the nearest segment to the right on
 * the same line (within `maxGap` mm). `region` limits the search to a box.
 */
export function findLabelValue(
  lines: readonly Line[],
  label: RegExp,
  options: { region?: Box; maxGap?: number; valueRe?: RegExp } = {},
): LabelValue | null {
  const anchored = new RegExp('^(?:' + label.source + ')', label.flags.replace('g', ''));
  for (const line of lines) {
    for (let i = 0; i < line.segments.length; i++) {
      const seg = line.segments[i];
      if (options.region && !inBox(seg, options.region)) continue;
      const m = seg.text.match(anchored);
      if (!m) continue;
      const rest = seg.text.slice(m[0].length).replace(LABEL_SEP, '').trim();
      const candidates: Array<{ value: string; x: number }> = [];
      if (rest) candidates.push({ value: rest, x: seg.x2 });
      const next = line.segments[i + 1];
      if (next && next.x - seg.x2 <= (options.maxGap ?? 80)) candidates.push({ value: next.text.replace(LABEL_SEP, '').trim(), x: next.x });
      for (const c of candidates) {
        if (!c.value) continue;
        if (options.valueRe && !options.valueRe.test(c.value)) continue;
        return { label: seg, value: c.value, line, valueX: c.x };
      }
    }
  }
  return null;
}

export interface Box {
  page?: number;
  x1?: number;
  x2?: number;
  y1?: number;
  y2?: number;
}

export function inBox(s: { x: number; y: number; page?: number }, box: Box): boolean {
  return (
    (box.x1 === undefined || s.x >= box.x1) &&
    (box.x2 === undefined || s.x < box.x2) &&
    (box.y1 === undefined || s.y >= box.y1) &&
    (box.y2 === undefined || s.y < box.y2)
  );
}


/**
 * Approximate x of the character at `index` of a segment's text: segments merge items, so this walks
 * the items (spaces removed on both sides) and interpolates inside the one that holds the character.
 */
export function charX(seg: Segment, index: number): number {
  const target = seg.text.slice(0, index).replace(/\s+/g, '').length;
  let seen = 0;
  for (const it of seg.items) {
    const t = it.text.replace(/\s+/g, '');
    if (seen + t.length > target) return it.x + (t.length ? ((target - seen) / t.length) * it.width : 0);
    seen += t.length;
  }
  return seg.x2;
}

/** A table column from its header: key and x extent. */
export interface Column<K extends string = string> {
  key: K;
  x: number;
  x2: number;
}

/**
 * The column of a cell: the header whose band holds it, bands split at the midpoints between header
 * centres. Left-aligned text columns (`leftAligned`) are judged by the cell's left edge, since long
 * text runs under the next header; numbers by their centre.
 */
export function columnOf<K extends string>(cols: readonly Column<K>[], seg: Segment, leftAligned: readonly K[] = []): K | null {
  const centre = (seg.x + seg.x2) / 2;
  for (let i = 0; i < cols.length; i++) {
    const next = cols[i + 1];
    const boundary = next ? ((cols[i].x + cols[i].x2) / 2 + (next.x + next.x2) / 2) / 2 : Infinity;
    const probe = leftAligned.includes(cols[i].key) ? seg.x : centre;
    if (probe < boundary) return cols[i].key;
  }
  return null;
}

/** A row's cells keyed by column; several segments in one column are joined with a space. */
export function rowCells<K extends string>(cols: readonly Column<K>[], segments: readonly Segment[], leftAligned: readonly K[] = []): Partial<Record<K, string>> {
  const cells: Partial<Record<K, string>> = {};
  for (const seg of segments) {
    const key = columnOf(cols, seg, leftAligned);
    if (key === null) continue;
    cells[key] = cells[key] ? `${cells[key]} ${seg.text}` : seg.text;
  }
  return cells;
}
