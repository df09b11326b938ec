/**
 * Chinese invoices from positioned text (PDF text layer, OFD page text, OCR): classic 增值税专用/普通发票
 * (发票代码 + 8-digit 发票号码), 数电 电子发票（专用/普通发票）(20-digit number, no code), 通行费,
 * 航空运输电子客票行程单 and 铁路电子客票. Fields come from labels and geometry, never from fixed
 * coordinates: the party blocks are found from their 名称 labels (buyer above the table or in the left
 * column, seller below it or in the right column), the item table from its header's column positions.
 */
import type { PageText } from '../core/text.js';
import { parseAmount, parseTaxRate } from './amounts.js';
import { cleanWords, splitAddressPhone, splitBankAccount } from './cn-party.js';
import { parseDate } from './dates.js';
import { charX, pageLines, rowCells, type Column, type Line, type Segment } from './layout.js';
import { emptyInvoice, emptyLineItem, markSources, round2, type Invoice, type InvoiceType, type LineItem, type Party } from './model.js';

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
// Parties

type PartyField = 'name' | 'taxId' | 'addrTel' | 'bank';

/** Party labels; a short prefix is allowed because a vertical 购/买/方 glyph often merges in front. */
const PARTY_LABELS: Array<[PartyField, RegExp]> = [
  ['taxId', /统一社会信用代码\/纳税人识别号|纳税人识别号|统一社会信用代码/],
  ['addrTel', /地址[、,，]?\s*电话/],
  ['bank', /开户行及账号|开户银行及账号/],
  ['name', /名称/],
];

interface Hit {
  field: PartyField;
  side: 'buyer' | 'seller' | null; // when the label itself says (购买方名称)
  x: number;
  y: number;
  value: string | null;
}

/** Cipher text of the 密码区 and other non-values. */
const NOT_A_VALUE = /[<>*+/-]{3,}|^[:：]$/;

function partyHits(lines: readonly Line[], tableTop: number, page: number): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    if (line.page !== page) continue;
    for (let i = 0; i < line.segments.length; i++) {
      const seg = line.segments[i];
      for (const [field, re] of PARTY_LABELS) {
        const m = seg.text.match(re);
        if (!m || m.index! > 5) continue;
        const before = seg.text.slice(0, m.index);
        // "货物或应税劳务、服务名称" / "项目名称" are table headers, not party labels.
        if (field === 'name' && (/服务|项目|货物|车|客|旅/.test(before) || line.y >= tableTop - 1 && line.y < tableTop + 3)) continue;
        const side = /购|买/.test(before) ? 'buyer' : /销|售/.test(before) ? 'seller' : null;
        let value = seg.text.slice(m.index! + m[0].length).replace(/^\s*[:：]\s*/, '').trim();
        if (!value) {
          const next = line.segments[i + 1];
          const isLabel = next && PARTY_LABELS.some(([, r]) => (next.text.match(r)?.index ?? 99) <= 5);
          if (next && !isLabel && next.x - seg.x2 < 40) value = next.text.replace(/^\s*[:：]\s*/, '').trim();
        }
        if (value && NOT_A_VALUE.test(value)) value = '';
        hits.push({ field, side, x: charX(seg, m.index!), y: line.y, value: value || null });
        break;
      }
    }
  }
  return hits;
}

function assignParties(hits: Hit[], tableTop: number): { buyer: Party; seller: Party } {
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
  for (const { side, hit } of anchors) parties[side].name ??= hit.value;
  for (const h of hits) {
    if (h.field === 'name' || !h.value) continue;
    let side = h.side;
    if (!side) {
      // The nearest 名称 label above in the same column owns this row.
      let best: { side: 'buyer' | 'seller'; d: number } | null = null;
      for (const a of anchors) {
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

/** Splits a header line into columns; a segment holding several headers is cut at each keyword. */
function headerColumns(line: Line): Column<Col>[] | null {
  const cols: Column<Col>[] = [];
  let known = 0;
  for (const seg of line.segments) {
    const found: Array<{ key: Col; index: number; length: number }> = [];
    for (const [key, re] of HEADER_KEYS) {
      const g = new RegExp(re.source, 'g');
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

const TOTAL_LINE = /^合计/;

function parseItems(lines: readonly Line[], headerIndex: number, cols: Column<Col>[]): { items: LineItem[]; totalsLine: Line | null } {
  const items: LineItem[] = [];
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (TOTAL_LINE.test(line.segments[0]?.text ?? '') || /价税合计/.test(line.text)) return { items, totalsLine: TOTAL_LINE.test(line.segments[0]?.text ?? '') ? line : null };
    const cells = cellsOf(cols, line);
    const numeric = ['quantity', 'unitPrice', 'amount', 'taxAmount'].some((k) => cells[k as Col] && parseAmount(cells[k as Col]) !== null);
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
    item.quantity = parseAmount(cells.quantity) ?? item.quantity;
    item.unitPrice = parseAmount(cells.unitPrice) ?? item.unitPrice;
    item.amount = parseAmount(cells.amount);
    item.taxRate = parseTaxRate(cells.taxRate);
    item.taxAmount = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : parseAmount(cells.taxAmount);
  }
  return { items, totalsLine: null };
}

// ---------------------------------------------------------------------------------------------------
// Headline fields

function firstMatch(lines: readonly Line[], re: RegExp): RegExpMatchArray | null {
  for (const l of lines) {
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

const WORDS = /[零壹贰叁肆伍陆柒捌玖拾佰仟万亿圆元角分整正负]{2,}/;

export function parseChineseInvoiceText(pages: readonly PageText[]): Invoice {
  const lines = pageLines(pages);
  const text = lines.map((l) => l.text).join('\n');
  const inv = emptyInvoice('CNY');
  inv.type = detectChineseType(text);

  inv.code = firstMatch(lines, /发票代码\s*[:：]?\s*(\d{10,12})\b/)?.[1] ?? null;
  inv.number = firstMatch(lines, /发票号码\s*[:：]?\s*(\d{8,20})\b/)?.[1] ?? null;
  const dateText = firstMatch(lines, /(?:开票日期|填开日期|开票时间)\s*[:：]?\s*(.{6,24})/)?.[1];
  inv.date = parseDate(dateText);
  const check = firstMatch(lines, /(?:校验码|验证码)\s*[:：]?\s*(\d[\d\s]{2,30}\d)/)?.[1];
  inv.checkCode = check ? check.replace(/\s+/g, '').slice(0, 20) : null;

  // Item table and 合计.
  const headerIndex = lines.findIndex((l) => headerColumns(l) !== null);
  const tableTop = headerIndex >= 0 ? lines[headerIndex].y : Infinity;
  if (headerIndex >= 0) {
    const cols = headerColumns(lines[headerIndex])!;
    const { items, totalsLine } = parseItems(lines, headerIndex, cols);
    inv.items = items.filter((i) => i.name || i.amount !== null);
    if (totalsLine) {
      const cells = cellsOf(cols, { ...totalsLine, segments: totalsLine.segments.slice(1) });
      inv.amount = parseAmount(cells.amount);
      inv.taxAmount = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : parseAmount(cells.taxAmount);
      if (inv.amount === null) {
        const amounts = totalsLine.segments.slice(1).map((s) => parseAmount(s.text)).filter((n): n is number => n !== null);
        [inv.amount = null, inv.taxAmount = null] = amounts;
      }
    }
  }

  // 价税合计（大写）…（小写）¥…
  const totalLine = lines.find((l) => /价税合计/.test(l.text));
  if (totalLine) {
    const words = totalLine.text.replace(/[⊗ⓧ⨂\s]/g, '').replace(/^.*?价税合计[（(]?大写[)）]?/, '').match(WORDS);
    inv.totalInWords = words ? cleanWords(words[0]) : null;
    const small = totalLine.text.match(/小写[)）]?\s*[:：]?\s*[¥￥]?\s*(-?[\d,]+(?:\.\d{1,2})?)/);
    inv.totalAmount = small ? parseAmount(small[1]) : parseAmount(totalLine.text.match(/[¥￥]\s*(-?[\d,]+\.\d{2})/)?.[1]);
  }
  // Itineraries and tickets: values under their column headers, or 票价.
  if (inv.totalAmount === null) inv.totalAmount = parseAmount(valueUnder(lines, /^合计$/) ?? firstMatch(lines, /票价\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/)?.[1]);
  if (inv.taxAmount === null) inv.taxAmount = parseAmount(valueUnder(lines, /^增值税税额$/));
  if (inv.amount === null && inv.totalAmount !== null && inv.taxAmount !== null) inv.amount = round2(inv.totalAmount - inv.taxAmount);
  if (inv.totalAmount === null && inv.amount !== null && inv.taxAmount !== null) inv.totalAmount = round2(inv.amount + inv.taxAmount);

  // Parties: 名称 blocks (first page), then explicit 购买方名称 / 填开单位 labels.
  const { buyer, seller } = assignParties(partyHits(lines, tableTop, lines[0]?.page ?? 1), tableTop);
  inv.buyer = buyer;
  inv.seller = seller;
  inv.seller.name ??= firstMatch(lines, /(?:填开单位|销售方名称)\s*[:：]\s*(\S+)/)?.[1] ?? null;

  // 备注: right of the label, plus the lines below it in that column until the signatures row.
  const remarkLine = lines.findIndex((l) => /^备注/.test(l.segments.find((s) => /备注/.test(s.text))?.text ?? ''));
  if (remarkLine >= 0) {
    const l = lines[remarkLine];
    const seg = l.segments.find((s) => /备注/.test(s.text))!;
    const parts = [seg.text.replace(/^备注\s*[:：]?\s*/, ''), ...l.segments.filter((s) => s.x > seg.x2).map((s) => s.text)];
    for (let i = remarkLine + 1; i < lines.length && lines[i].y - l.y < 25; i++) {
      if (/收款人|开票人|复核/.test(lines[i].text)) break;
      parts.push(...lines[i].segments.filter((s) => s.x >= seg.x - 2).map((s) => s.text));
    }
    inv.remarks = parts.join(' ').trim() || null;
  }
  return markSources(inv, 'text');
}
