/**
 * Chinese invoices from positioned text (PDF text layer, OFD page text, OCR): classic 增值税专用/普通发票
 * (发票代码 + 8-digit 发票号码), 数电 电子发票（专用/普通发票）(20-digit number, no code), 通行费,
 * 航空运输电子客票行程单 and 铁路电子客票. Fields come from labels and geometry, never from fixed
 * coordinates or reading order (producers emit anything from one item per row to one item per glyph):
 * - labels may be spaced glyph by glyph and split over several items ("名" … "称："), so label regexes
 *   allow whitespace between glyphs and run over a line's joined cells;
 * - vertical labels (购/买/方, 密/码/区, 销售方信息, 备/注) are lines of their own (layout.ts) and say
 *   which side a party block is and where its values stop;
 * - a party value is every cell right of its label and left of the next label / 密码区 / 备注, on the
 *   row whose label centre is nearest (values are often printed a little off the label's baseline, in
 *   another size, or wrapped onto a second row), within the band between structural rows (table header,
 *   合计, 价税合计, signatures);
 * - the item table comes from its header's column positions, on every page of a multi-page invoice; the
 *   totals from the 合计 / 价税合计 rows that print figures.
 */
import type { PageText } from '../../core/text.js';
import { parseAmount, parseTaxRate } from '../amounts.js';
import { cleanWords, splitAddressPhone, splitBankAccount } from './party-cells.js';
import { parseChineseAmount } from './amount-words.js';
import { parseDate } from '../dates.js';
import { charX, compactCjk, pageLines, rowCells, type Column, type Line, type Segment } from '../layout.js';
import { markRedLetter } from '../credit-note.js';
import { completeTotals, emptyInvoice, emptyLineItem, markSources, type Invoice, type InvoiceType, type LineItem, type Party } from '../model.js';

export function detectChineseType(text: string): InvoiceType {
  if (/航空运输电子客票行程单/.test(text)) return 'flight';
  if (/铁路电子客票|火车票/.test(text)) return 'train';
  if (/通行费/.test(text)) return 'toll';
  if (/出租汽车|出租车/.test(text)) return 'taxi';
  if (/专用发票/.test(text)) return 'vat_special';
  if (/普通发票|电子发票/.test(text)) return 'vat_normal';
  return 'other';
}

/** True when the text looks like a Chinese invoice (so the caller picks this parser). */
export function looksChinese(text: string): boolean {
  return /发票|行程单|电子客票/.test(text) && /发票号码|价税合计|开票日期|填开日期/.test(text);
}

// ---------------------------------------------------------------------------------------------------
// Geometry helpers

/** A label regex source tolerant of spacing between its glyphs: "名    称", "发 票 代 码". */
function spaced(word: string): string {
  return [...word].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s*');
}

/** Where the character at `index` of `line.text` lies: segment index and offset inside it (a column gap maps to the next segment's start). */
function locate(line: Line, index: number): { seg: number; offset: number } {
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
function xAt(line: Line, index: number): number {
  const { seg, offset } = locate(line, index);
  const s = line.segments[seg];
  if (!s) return line.segments.at(-1)?.x2 ?? 0;
  return offset >= s.text.length ? s.x2 : charX(s, offset);
}

const cy = (s: { y: number; height: number }) => s.y + s.height / 2;

/** Chinese invoices always print '.' as the decimal mark ("115.044" is 115.044, not 115044). */
function cnNumber(s: string | null | undefined): number | null {
  return parseAmount(s, '.');
}

const SIGNATURES = new RegExp(`${spaced('收款人')}|${spaced('复核')}|${spaced('开票人')}`);
const TOTAL_LINE = new RegExp(`^${spaced('合计')}(?!\\S*大写)`);
const GRAND_TOTAL = new RegExp(spaced('价税合计'));

// ---------------------------------------------------------------------------------------------------
// Parties

type PartyField = 'name' | 'taxId' | 'addrTel' | 'bank';

/** Party labels, spaced glyph by glyph or not. */
const PARTY_LABELS: Array<[PartyField, RegExp]> = [
  ['taxId', new RegExp(`(?:${spaced('统一社会信用代码')}\\s*[/／]\\s*)?${spaced('纳税人识别号')}|${spaced('统一社会信用代码')}`, 'g')],
  ['addrTel', new RegExp(`${spaced('地址')}\\s*[、,，]?\\s*${spaced('电话')}`, 'g')],
  ['bank', new RegExp(`${spaced('开户')}\\s*(?:银\\s*)?${spaced('行及账号')}`, 'g')],
  ['name', new RegExp(spaced('名称'), 'g')],
];

interface Hit {
  field: PartyField;
  side: 'buyer' | 'seller' | null; // when the label itself says (购买方名称)
  line: Line;
  page: number;
  x: number;      // label start
  endX: number;   // end of label and colon: the value starts right of it
  y: number;      // centre of the label
  h: number;
  segs: Set<Segment>; // the segments the label occupies
  rest: string;   // the value text inside the label's last segment
  right: number;  // values stop before this x (next label on the row, 密码区, the other party's column)
  maxDy: number;  // how far below the label a value line may sit
  maxUp: number;  // how far above
  value: string | null;
}

/** Labels of the areas beside the party blocks. */
const SIDE_LABEL = new RegExp(`^(?:${spaced('备注')}|${spaced('密码区')})`);

/** Cipher text of the 密码区 and other non-values. */
const NOT_A_VALUE = /[<>*+/-]{3,}|^[:：]$/;

/** Index in `line.text` where segment `i` starts. */
function segStart(line: Line, i: number): number {
  let pos = 0;
  for (let k = 0; k < i; k++) pos += line.segments[k].text.length + 2;
  return pos;
}

function partyHits(lines: readonly Line[], skip: ReadonlySet<Line>): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    if (line.vertical || skip.has(line)) continue;
    const found: Array<{ field: PartyField; start: number; end: number; si: number; before: string }> = [];
    for (const [field, re] of PARTY_LABELS) {
      for (const m of line.text.matchAll(re)) {
        const start = m.index!;
        let end = start + m[0].length;
        if (found.some((f) => start < f.end && f.start < end)) continue;
        const { seg: si, offset } = locate(line, start);
        const seg = line.segments[si];
        if (!seg) continue;
        const before = seg.text.slice(0, offset);
        // 名称 opens its cell ("货物或应税劳务、服务名称" / "项目名称" are table headers); the longer labels
        // may also follow another value run together with them in one item.
        if (field === 'name' && (before.length > 6 || /服务|项目|货物|车|客|旅|单位/.test(before))) continue;
        const colon = line.text.slice(end).match(/^\s*[:：]/);
        if (colon) end += colon[0].length;
        found.push({ field, start, end, si, before });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) if (f.before.length <= 6 || kept.some((o) => o.si === f.si)) kept.push(f);
    kept.forEach((f, k) => {
      const seg = line.segments[f.si];
      const last = locate(line, f.end);
      const inside = last.offset > 0; // the label ends inside a cell: the rest of that cell is value text
      const segs = new Set(line.segments.slice(f.si, inside ? last.seg + 1 : Math.max(f.si + 1, last.seg)));
      const cellEnd = inside ? segStart(line, last.seg) + line.segments[last.seg].text.length : f.end;
      const rest = line.text.slice(f.end, Math.min(cellEnd, kept[k + 1]?.start ?? Infinity)).replace(/^\s*[:：]\s*/, '').trim();
      const prefix = f.before.slice(-6);
      const side = /购|买/.test(prefix) ? 'buyer' : /销|售/.test(prefix) ? 'seller' : null;
      hits.push({
        field: f.field, side, line, page: line.page, x: xAt(line, f.start), endX: inside ? xAt(line, f.end) : (line.segments[last.seg - 1]?.x2 ?? seg.x2),
        y: cy(seg), h: seg.height, segs, rest, right: Infinity, maxDy: 0, maxUp: 0, value: null,
      });
    });
  }
  return hits;
}

/** Index of the band between structural rows (table header, 合计, 价税合计, signatures) a y lies in. */
function bandOf(barriers: ReadonlyMap<number, number[]>, page: number, y: number): number {
  return (barriers.get(page) ?? []).filter((b) => b < y).length;
}

/**
 * Values by geometry: every segment right of a label's end and left of its right bound belongs to the
 * label whose row centre is nearest (within maxDy and inside the same band), so a value printed a little
 * above or below its label, wrapped onto a second row, or split into several items still lands there.
 */
function collectValues(hits: Hit[], lines: readonly Line[], barriers: ReadonlyMap<number, number[]>): void {
  const verticals = lines.filter((l) => l.vertical);
  // Each label's band, once: the loops below compare it for every other label and every segment.
  const bands = new Map(hits.map((h) => [h, bandOf(barriers, h.page, h.y)]));
  for (const h of hits) {
    const column = hits.filter((o) => o !== h && o.page === h.page && Math.abs(o.x - h.x) < 8 && bands.get(o) === bands.get(h));
    const pitch = Math.min(...column.map((o) => Math.abs(o.y - h.y)).filter((d) => d > 1));
    h.maxDy = Number.isFinite(pitch) ? Math.min(Math.max(pitch * 0.7, h.h * 0.6), h.h * 2.5) : h.h * 1.2;
    // A value sits on its label's row or wraps below it; above, only the first of two wrapped rows.
    h.maxUp = Math.min(h.maxDy, Number.isFinite(pitch) ? Math.max(pitch * 0.45, h.h * 0.6) : h.h * 0.8);
    for (const o of hits) if (o !== h && o.page === h.page && Math.abs(o.y - h.y) < Math.max(o.h, h.h) && o.x > h.x + 1) h.right = Math.min(h.right, o.x);
    for (const v of verticals) {
      // A vertical label stands centred on its block and may span fewer rows than the block (an OCR'd
      // 备/注 covers the middle two of the seller's four rows): it bounds one glyph pitch beyond its ends.
      const pitch = (v.y2 - v.y) / Math.max(1, v.text.length);
      if (v.page === h.page && v.segments[0].x >= h.endX - 1 && v.y - pitch <= h.y + h.maxDy && v.y2 + pitch >= h.y - h.maxDy) h.right = Math.min(h.right, v.segments[0].x);
    }
    // A horizontal 备注 / 密码区 label beside the block closes it too.
    for (const l of lines) {
      if (l.vertical || l.page !== h.page || Math.abs(cy(l) - h.y) > h.maxDy) continue;
      for (const s of l.segments) if (s.x >= h.endX - 1 && SIDE_LABEL.test(s.text)) h.right = Math.min(h.right, s.x);
    }
  }
  const labelSegs = new Set(hits.flatMap((h) => [...h.segs]));
  const parts = new Map<Hit, Array<{ y: number; x: number; text: string }>>(hits.map((h) => [h, h.rest ? [{ y: h.line.y, x: h.endX, text: h.rest }] : []]));
  for (const line of lines) {
    if (line.vertical) continue;
    for (const s of line.segments) {
      if (labelSegs.has(s) || NOT_A_VALUE.test(s.text)) continue;
      const c = cy(s);
      const band = bandOf(barriers, line.page, c);
      let best: Hit | null = null;
      for (const h of hits) {
        if (h.page !== line.page || s.height > 2.2 * h.h || s.x < h.endX - 1.5 || s.x >= h.right || c - h.y > h.maxDy || h.y - c > h.maxUp || bands.get(h) !== band) continue;
        const d = Math.abs(c - h.y);
        const bd = best ? Math.abs(c - best.y) : Infinity;
        if (!best || d < bd - 1 || (Math.abs(d - bd) <= 1 && h.endX > best.endX)) best = h;
      }
      if (best) parts.get(best)!.push({ y: line.y, x: s.x, text: s.text });
    }
  }
  for (const h of hits) {
    const p = parts.get(h)!.sort((a, b) => a.y - b.y || a.x - b.x);
    const text = compactCjk(p.map((q) => q.text).join(' ').replace(/^\s*[:：]\s*/, '').trim());
    h.value = text && !NOT_A_VALUE.test(text) ? text : null;
  }
}

/** The side a vertical 购买方 / 销售方 label to the left of a label gives it. */
function verticalSide(h: Hit, lines: readonly Line[]): 'buyer' | 'seller' | null {
  let best: { side: 'buyer' | 'seller'; dx: number } | null = null;
  for (const v of lines) {
    if (!v.vertical || v.page !== h.page || v.segments[0].x2 > h.x + 1 || v.y > h.y + 2 || v.y2 < h.y - 2) continue;
    const side = /购/.test(v.text) ? 'buyer' : /销/.test(v.text) ? 'seller' : null;
    const dx = h.x - v.segments[0].x2;
    if (side && (!best || dx < best.dx)) best = { side, dx };
  }
  return best?.side ?? null;
}

function assignParties(hits: Hit[], lines: readonly Line[], tableTop: number): { buyer: Party; seller: Party } {
  for (const h of hits) h.side ??= verticalSide(h, lines);
  const names = hits.filter((h) => h.field === 'name');
  const anchors: Array<{ side: 'buyer' | 'seller'; hit: Hit }> = [];
  for (const h of names) if (h.side) anchors.push({ side: h.side, hit: h });
  const unsided = names.filter((h) => !h.side);
  if (unsided.length >= 2 && Math.abs(unsided[0].y - unsided[1].y) < 3) {
    // 数电: buyer and seller columns side by side.
    const [a, b] = unsided[0].x < unsided[1].x ? [unsided[0], unsided[1]] : [unsided[1], unsided[0]];
    anchors.push({ side: 'buyer', hit: a }, { side: 'seller', hit: b });
  } else if (unsided.length >= 2) {
    anchors.push({ side: 'buyer', hit: unsided[0] }, { side: 'seller', hit: unsided[unsided.length - 1] });
  } else if (unsided.length === 1) {
    anchors.push({ side: unsided[0].y < tableTop ? 'buyer' : 'seller', hit: unsided[0] });
  }

  const parties = { buyer: blankParty(), seller: blankParty() };
  for (const { side, hit } of anchors) parties[side].name ??= withoutStrayTail(hit.value);
  for (const h of hits) {
    if (h.field === 'name' || !h.value) continue;
    let side = h.side;
    if (!side) {
      // The nearest 名称 label above in the same column owns this row.
      let best: { side: 'buyer' | 'seller'; d: number } | null = null;
      for (const a of anchors) {
        if (a.hit.page !== h.page) continue;
        const dy = h.y - a.hit.y;
        // Same row further right (行程单: 购买方名称 … 纳税人识别号 on one line), or the rows below in the column.
        const sameRow = Math.abs(dy) < 2 && h.x > a.hit.x;
        if (!sameRow && (dy < -1 || dy > 35 || Math.abs(h.x - a.hit.x) > 25)) continue;
        if (!best || dy < best.d) best = { side: a.side, d: dy };
      }
      side = best?.side ?? null;
    }
    if (!side) continue;
    const p = parties[side];
    if (h.field === 'taxId') p.taxId ??= h.value.replace(/\s+/g, '');
    else if (h.field === 'addrTel') {
      const { address, phone } = splitAddressPhone(h.value);
      p.address ??= address;
      p.phone ??= phone;
    } else {
      const { bank, account } = splitBankAccount(h.value);
      p.bank ??= bank;
      p.account ??= account;
    }
  }
  return parties;
}

function blankParty(): Party {
  return { name: null, taxId: null, address: null, phone: null, bank: null, account: null };
}

/**
 * 数电 invoices print the parties' address, phone and bank in 备注: "购买方地址:…; 电话:…;",
 * "购方开户银行:…; 银行账号:…;". These fill party fields the blocks left empty.
 */
function partiesFromRemarks(remarks: string, parties: { buyer: Party; seller: Party }): void {
  const side = (w: string) => (/购/.test(w) ? parties.buyer : parties.seller);
  for (const m of remarks.matchAll(/(购买方|购方|销售方|销方)地址\s*[:：]\s*([^;；]*?)\s*[;；]?\s*电话\s*[:：]\s*([\d\s()（）-]+)/g)) {
    const p = side(m[1]);
    p.address ??= m[2].trim() || null;
    p.phone ??= m[3].replace(/\s+/g, '') || null;
  }
  for (const m of remarks.matchAll(/(购买方|购方|销售方|销方)开户银行\s*[:：]\s*([^;；]*?)\s*[;；]?\s*银行账号\s*[:：]\s*([\d\s-]+)/g)) {
    const p = side(m[1]);
    p.bank ??= m[2].trim() || null;
    p.account ??= m[3].replace(/[\s-]+/g, '') || null;
  }
}

// ---------------------------------------------------------------------------------------------------
// Item table

type Col = 'name' | 'spec' | 'unit' | 'quantity' | 'unitPrice' | 'amount' | 'taxRate' | 'taxAmount' | 'other';

const HEADER_KEYS: Array<[Col, RegExp]> = [
  ['name', /货物或应税劳务[、,，]?服务名称|货物或应税劳务名称|项目名称|服务名称|名称/],
  ['spec', /规格型号|车牌号/],
  ['unit', /单位/],
  ['quantity', /数量/],
  ['unitPrice', /单价/],
  ['taxRate', /税率(?:\/征收率)?|征收率/],
  ['taxAmount', /税额/],
  ['amount', /金额/],
];

/** The keywords as global regexes, made once: this runs for every line of every page. */
const HEADER_KEYS_G = HEADER_KEYS.map(([key, re]) => [key, re, new RegExp(re.source, 'g')] as const);

/** Splits a header line into columns; a segment holding several headers is cut at each keyword. */
function headerColumns(line: Line): Column<Col>[] | null {
  // A header needs an 金额 column (see the end): most lines have none and need no further look.
  if (!line.text.includes('金额')) return null;
  const cols: Column<Col>[] = [];
  let known = 0;
  for (const seg of line.segments) {
    const found: Array<{ key: Col; index: number; length: number }> = [];
    for (const [key, re, g] of HEADER_KEYS_G) {
      if (!re.test(seg.text)) continue;
      for (const m of seg.text.matchAll(g)) {
        if (found.some((f) => m.index! < f.index + f.length && f.index < m.index! + m[0].length)) continue;
        found.push({ key, index: m.index!, length: m[0].length });
      }
    }
    if (!found.length) {
      cols.push({ key: 'other', x: seg.x, x2: seg.x2 });
      continue;
    }
    found.sort((a, b) => a.index - b.index);
    for (const f of found) {
      cols.push({ key: f.key, x: charX(seg, f.index), x2: charX(seg, f.index + f.length) });
      known++;
    }
  }
  const keys = new Set(cols.map((c) => c.key));
  return known >= 3 && keys.has('amount') ? cols.sort((a, b) => a.x - b.x) : null;
}

function cellsOf(cols: Column<Col>[], line: Line): Partial<Record<Col, string>> {
  return rowCells(cols, line.segments, ['name']);
}

function parseItems(lines: readonly Line[], headerIndex: number, cols: Column<Col>[]): { items: LineItem[]; totalsLine: Line | null } {
  const items: LineItem[] = [];
  const page = lines[headerIndex].page;
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.page !== page) break;
    if (line.vertical) continue;
    if (TOTAL_LINE.test(line.text)) return { items, totalsLine: line };
    if (GRAND_TOTAL.test(line.text) || SIGNATURES.test(line.text) || headerColumns(line)) break;
    const cells = cellsOf(cols, line);
    const numeric = ['quantity', 'unitPrice', 'amount', 'taxAmount'].some((k) => cells[k as Col] && cnNumber(cells[k as Col]) !== null);
    if (!numeric) {
      // A wrapped item name (or spec) continues the previous row.
      const prev = items.at(-1);
      if (prev && cells.name && !cells.name.startsWith('*')) prev.name += cells.name;
      else if (prev && cells.spec) prev.spec = (prev.spec ?? '') + cells.spec;
      else if (cells.name?.startsWith('*')) items.push(emptyLineItem(cells.name));
      continue;
    }
    const prev = items.at(-1);
    const item = prev && prev.amount === null && !cells.name ? prev : emptyLineItem(cells.name ?? '');
    if (item !== prev) items.push(item);
    item.spec = cells.spec ?? item.spec;
    item.unit = cells.unit ?? item.unit;
    item.quantity = cnNumber(cells.quantity) ?? item.quantity;
    item.unitPrice = cnNumber(cells.unitPrice) ?? item.unitPrice;
    item.amount = cnNumber(cells.amount);
    item.taxRate = parseTaxRate(cells.taxRate);
    item.taxAmount = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : cnNumber(cells.taxAmount);
  }
  return { items, totalsLine: null };
}

// ---------------------------------------------------------------------------------------------------
// Headline fields

function firstMatch(lines: readonly Line[], re: RegExp): RegExpMatchArray | null {
  for (const l of lines) {
    if (l.vertical) continue;
    const m = l.text.match(re);
    if (m) return m;
  }
  return null;
}

/** Values printed under a row of headers (航空行程单 票价 … 合计): header i ↔ value i when counts agree. */
function valueUnder(lines: readonly Line[], header: RegExp): string | null {
  for (let i = 0; i + 1 < lines.length; i++) {
    const hl = lines[i];
    const idx = hl.segments.findIndex((s) => header.test(s.text));
    if (idx < 0) continue;
    const vl = lines[i + 1];
    if (vl.page !== hl.page || vl.y - hl.y2 > 15) continue;
    if (vl.segments.length === hl.segments.length) return vl.segments[idx].text;
    const h = hl.segments[idx];
    const c = (h.x + h.x2) / 2;
    let best: Segment | null = null;
    for (const s of vl.segments) if (!best || Math.abs((s.x + s.x2) / 2 - c) < Math.abs((best.x + best.x2) / 2 - c)) best = s;
    return best?.text ?? null;
  }
  return null;
}

/** The 大写 characters, with the traditional and variant forms some fonts and OCR give (陸, 貳, 參, 圓, 萬). */
/**
 * A glyph that a scan's layout ran into the end of a party's name: one of the side label's glyphs
 * (销售方 / 购买方 信息, printed vertically beside the block) or a lone Latin letter, after the
 * organisation word that ends a name ("…有限公司售", "…餐饮店 T").
 */
const STRAY_TAIL = /(?<=(?:公司|店|厂|中心|馆|社|所|院|户[)）]))\s*(?:[购买方销售信息]{1,2}|\s[A-Za-z])$/u;
function withoutStrayTail(name: string | null): string | null {
  return name ? name.replace(STRAY_TAIL, '') : name;
}

const WORDS = /[零〇壹贰貳叁參叄参肆伍陆陸柒捌玖拾佰仟万萬亿億圆圓元角分整正负]{2,}/;

/**
 * 备注: the text right of the label. A vertical label (classic: right of the seller block; 数电: the
 * full-width row above the signatures) owns the band between the 价税合计 row and the signatures row; a
 * horizontal one the rest of its row and the rows below it in its column until the signatures.
 */
function remarksOf(lines: readonly Line[], barriers: ReadonlyMap<number, number[]>): string | null {
  for (let li = 0; li < lines.length; li++) {
    const l = lines[li];
    if (l.vertical && /^备注$/.test(l.text)) {
      const label = l.segments[0];
      const mid = (l.y + l.y2) / 2;
      const bars = barriers.get(l.page) ?? [];
      const above = Math.max(-Infinity, ...bars.filter((b) => b < l.y));
      const below = Math.min(Infinity, ...bars.filter((b) => b > mid));
      const parts: string[] = [];
      for (const o of lines) {
        if (o.page !== l.page || o.vertical || o.y < (Number.isFinite(above) ? above : l.y - 10) || cy(o) > (Number.isFinite(below) ? below : l.y2 + 10)) continue;
        if (SIGNATURES.test(o.text) || GRAND_TOTAL.test(o.text)) continue;
        const segs = o.segments.filter((s) => s.x >= label.x2 - 0.5);
        if (segs.length) parts.push(segs.map((s) => s.text).join(' '));
      }
      const text = parts.join(' ').trim();
      if (text) return text;
      continue;
    }
    if (l.vertical) continue;
    const si = l.segments.findIndex((s, i) => REMARKS_LABEL.test(l.text.slice(l.segments.slice(0, i).reduce((n, p) => n + p.text.length + 2, 0))));
    if (si < 0) continue;
    const offset = l.segments.slice(0, si).reduce((n, p) => n + p.text.length + 2, 0);
    const m = l.text.slice(offset).match(REMARKS_LABEL)!;
    const endX = xAt(l, offset + m[0].length);
    const labelX = l.segments[si].x;
    const parts: string[] = [];
    const first = l.text.slice(offset + m[0].length).trim();
    if (first) parts.push(first);
    for (let i = li + 1; i < lines.length && lines[i].page === l.page && lines[i].y - l.y < 25; i++) {
      const o = lines[i];
      if (o.vertical) continue;
      if (SIGNATURES.test(o.text) || bandOf(barriers, o.page, o.y) !== bandOf(barriers, l.page, l.y)) break;
      parts.push(...o.segments.filter((s) => s.x >= Math.min(labelX, endX) - 2).map((s) => s.text));
    }
    const text = parts.join(' ').trim();
    if (text) return text;
  }
  return null;
}

// Labels of the headline fields and rows, built once (they do not depend on the document).
const CODE = new RegExp(`${spaced('发票代码')}\\s*[:：]?\\s*(\\d{10,12})(?!\\d)`);
const NUMBER = new RegExp(`${spaced('发票号码')}\\s*[:：]?\\s*(\\d{8,20})(?!\\d)`);
const DATE = new RegExp(`(?:${spaced('开票日期')}|${spaced('填开日期')}|${spaced('开票时间')})\\s*[:：]?\\s*(.{6,24})`);
const CHECK_CODE = new RegExp(`(?:${spaced('校验码')}|${spaced('验证码')})\\s*[:：]?\\s*(\\d[\\d\\s]{2,30}\\d)`);
const TOTAL_LABEL = new RegExp(`^${spaced('合计')}\\s*`);
const REMARKS_LABEL = new RegExp(`^${spaced('备注')}\\s*[:：]?\\s*`);

/** `lines`: the pages' lines when the caller has them already (grouping them is a good part of the parse). */
export function parseChineseInvoiceText(pages: readonly PageText[], lines: Line[] = pageLines(pages)): Invoice {
  const text = lines.map((l) => l.text).join('\n');
  const inv = emptyInvoice('CNY');
  inv.type = detectChineseType(text);

  inv.code = firstMatch(lines, CODE)?.[1] ?? null;
  inv.number = firstMatch(lines, NUMBER)?.[1] ?? null;
  const dateText = firstMatch(lines, DATE)?.[1];
  inv.date = parseDate(dateText);
  const check = firstMatch(lines, CHECK_CODE)?.[1];
  inv.checkCode = check ? check.replace(/\s+/g, '').slice(0, 20) : null;

  // Structural rows: table headers, 合计, 价税合计 and the signatures split the page into bands.
  const headers = lines.map((l, i) => ({ i, cols: l.vertical ? null : headerColumns(l) })).filter((h): h is { i: number; cols: Column<Col>[] } => h.cols !== null);
  const structural = new Set<Line>(headers.map((h) => lines[h.i]));
  for (const l of lines) if (!l.vertical && (TOTAL_LINE.test(l.text) || GRAND_TOTAL.test(l.text) || SIGNATURES.test(l.text))) structural.add(l);
  const barriers = new Map<number, number[]>();
  for (const l of structural) barriers.set(l.page, [...(barriers.get(l.page) ?? []), (l.y + l.y2) / 2]);

  // Item tables (one per page on a multi-page invoice) and 合计: the last 合计 row with figures.
  const tableTop = headers.length ? lines[headers[0].i].y : Infinity;
  for (const { i, cols } of headers) {
    const { items, totalsLine } = parseItems(lines, i, cols);
    inv.items.push(...items.filter((it) => it.name || it.amount !== null));
    if (!totalsLine) continue;
    const figures = totalsLine.segments.map((s) => ({ ...s, text: s.text.replace(TOTAL_LABEL, '') })).filter((s) => /[\d*]/.test(s.text));
    const cells = cellsOf(cols, { ...totalsLine, segments: figures });
    let amount = cnNumber(cells.amount);
    let tax = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : cnNumber(cells.taxAmount);
    if (amount === null) {
      const amounts = figures.map((s) => cnNumber(s.text.replace(/^\D*/, ''))).filter((n): n is number => n !== null);
      [amount = null, tax = null] = amounts;
    }
    if (amount !== null) {
      inv.amount = amount;
      inv.taxAmount = tax;
    }
  }

  // 价税合计（大写）…（小写）¥…: the first such row with figures (page 1 of a multi-page invoice may be blank).
  for (const totalLine of lines.filter((l) => !l.vertical && GRAND_TOTAL.test(l.text))) {
    const words = totalLine.text.replace(/[⊗ⓧ⨂\s]/g, '').replace(/^.*?价税合计[（(]?大写[)）]?/, '').match(WORDS);
    const small = totalLine.text.match(/小写[)）]?\s*[:：]?\s*[¥￥]?\s*(-?[\d,]+(?:\.\d{1,2})?)/);
    const total = small ? cnNumber(small[1]) : cnNumber(totalLine.text.match(/[¥￥]\s*(-?[\d,]+\.\d{2})/)?.[1]);
    if (!words && total === null) continue;
    inv.totalInWords = words ? cleanWords(words[0]) : null;
    inv.totalAmount = total;
    break;
  }
  // A scan may lose the 小写 figure (a stamp, a fold); the 大写 words on the same row state the same amount.
  if (inv.totalAmount === null && inv.totalInWords) inv.totalAmount = parseChineseAmount(inv.totalInWords);
  // Itineraries and tickets: values under their column headers, or 票价.
  if (inv.totalAmount === null) inv.totalAmount = cnNumber(valueUnder(lines, /^合计$/) ?? firstMatch(lines, /票价\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/)?.[1]);
  if (inv.taxAmount === null) inv.taxAmount = cnNumber(valueUnder(lines, /^增值税税额$/));
  completeTotals(inv);

  // Parties: labelled rows of the first page that has any, values by geometry; then 填开单位.
  const allHits = partyHits(lines, structural);
  const partyPage = allHits.find((h) => h.field === 'name')?.page ?? allHits[0]?.page;
  const hits = allHits.filter((h) => h.page === partyPage);
  collectValues(hits, lines.filter((l) => l.page === partyPage && !structural.has(l)), barriers);
  const { buyer, seller } = assignParties(hits, lines, tableTop);
  inv.buyer = buyer;
  inv.seller = seller;
  inv.seller.name ??= firstMatch(lines, /(?:填开单位|销售方名称)\s*[:：]\s*(\S+)/)?.[1] ?? null;

  inv.remarks = remarksOf(lines, barriers);
  if (inv.remarks) partiesFromRemarks(inv.remarks, inv);
  return markRedLetter(markSources(inv, 'text'), 'text');
}
