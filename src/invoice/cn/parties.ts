/**
 * The buyer and seller of a Chinese invoice from positioned text. Labels (名称, 纳税人识别号, 地址、电话,
 * 开户行及账号) may be spaced glyph by glyph and split over items; a vertical 购买方 / 销售方 label or the
 * column says whose they are. A party value is every cell right of its label and left of the next
 * label / 密码区 / 备注, on the row whose label centre is nearest (values are often printed a little off
 * the label's baseline, in another size, or wrapped onto a second row), within the band between
 * structural rows.
 */
import { charX, compactCjk, type Line, type Segment } from '../layout.js';
import type { TextItem } from '../../core/text.js';
import type { Party } from '../model.js';
import { bandOf, cy, locate, segStart, spaced, xAt } from './label-geometry.js';
import { splitAddressPhone, splitBankAccount } from './party-cells.js';
import { hanOutsideGb2312 } from './gb2312.js';
import { isResidentIdNumber, isValidUscc, withOcrDigits } from './uscc.js';

/**
 * The parties from the labelled rows of the first page that has any, values by geometry. `structural`:
 * the table header, 合计, 价税合计 and signature rows (never a party value); `barriers`: their centres per
 * page; `tableTop`: where the item table starts (a lone 名称 above it is the buyer's).
 */
export function readParties(lines: readonly Line[], structural: ReadonlySet<Line>, barriers: ReadonlyMap<number, number[]>, tableTop: number): PartiesRead {
  let allHits = partyHits(lines, structural);
  // A form that prints no 名称 label names its parties as a till roll does (收款单位 / 付款单位).
  // Its ID rows may carry the usual labels (纳税人识别号, 身份证号码): they are read with them.
  if (!allHits.some((h) => h.field === 'name')) {
    const roll = partyHits(lines, structural, ROLL_LABELS);
    if (roll.some((h) => h.field === 'name')) allHits = [...allHits.filter((h) => h.field === 'taxId'), ...roll];
  }
  const partyPage = allHits.find((h) => h.field === 'name')?.page ?? allHits[0]?.page;
  let hits = allHits.filter((h) => h.page === partyPage);
  // A form printed over two sheets, cut between the blocks: one 名称 on the first, the other block's
  // rows on the next. Its labels fill only what the first sheet's leave unread.
  const next = allHits.filter((h) => partyPage !== undefined && h.page === partyPage + 1);
  if (hits.filter((h) => h.field === 'name').length === 1 && next.some((h) => h.field === 'name')) hits = [...hits, ...next];
  const pages = new Set(hits.map((h) => h.page));
  collectValues(hits, lines.filter((l) => pages.has(l.page) && !structural.has(l)), barriers);
  return assignParties(hits, lines, tableTop, barriers);
}

type PartyField = 'name' | 'taxId' | 'addrTel' | 'bank';

/** Party labels, spaced glyph by glyph or not. */
const PARTY_LABELS: Array<[PartyField, RegExp]> = [
  // The first half of 统一社会信用代码/纳税人识别号 may have one glyph misread (a stamp over it, "统十"): with
  // the / and 纳税人识别号 after it, it is still that label's, never the end of a value before it.
  ['taxId', new RegExp(`(?:${oneGlyphOff('统一社会信用代码')}\\s*[/／]\\s*)?${spaced('纳税人识别号')}|${spaced('统一社会信用代码')}`
    // 通用机打发票: 付款方识别号 / 收款方识别号; 二手车销售统一发票: 单位代码/身份证号码.
    + `|(?:${spaced('付款方')}|${spaced('收款方')})${spaced('识别号')}|${spaced('单位代码')}\\s*[/／]\\s*${spaced('身份证号码')}`
    // 付款单位纳税人识别号 / 收款单位纳税人识别号, a grid's label cell that may wrap before its 号.
    + `|(?:${spaced('付款单位')}|${spaced('收款单位')})${spaced('纳税人识别')}(?:\\s*号)?`
    // A person's ID row (a 收购 invoice's farmer): 身份证号码 alone, not the 机动车 form's 名称及身份证号码 / its
    // 身份证号码/统一社会信用代码 cell.
    + `|(?<![及/／]\\s*)${spaced('身份证号码')}(?!\\s*[/／])`, 'g')],
  ['addrTel', new RegExp(`${spaced('地址')}\\s*[、,，]?\\s*${spaced('电话')}|(?:买|卖)\\s*方\\s*${spaced('单位')}\\s*[/／]\\s*${spaced('个人')}\\s*${spaced('住址')}`, 'g')],
  ['bank', new RegExp(`${spaced('开户')}\\s*(?:银\\s*)?${spaced('行及账号')}`, 'g')],
  // 机动车销售统一发票: "购买方名称及身份证号码/组织机构代码", its cell wrapped anywhere after 名称; 二手车销售
  // 统一发票: 买方单位/个人 and 卖方单位/个人 (their 住址 rows are addresses).
  ['name', new RegExp(`${spaced('名称')}(?:\\s*及\\s*${spaced('身份证号码')}(?:\\s*[/／]\\s*${prefixOf('组织机构代码')})?)?`
    + `|(?:买|卖)\\s*方\\s*${spaced('单位')}\\s*[/／]\\s*${spaced('个人')}(?!\\s*住\\s*址)`, 'g')],
];

/**
 * The labels of a form that prints no 名称: a 卷式 roll or a 通用机打发票 naming the seller 收款单位 and the
 * buyer 付款单位（个人）; a paper 农产品收购发票 naming its issuer, the buyer, 收购单位 and the farmer
 * 销售方（姓名）. A roll prints 税号 under each. Only with a colon, or as a label cell of its own (the
 * label the whole of its item, a grid's cell): 收款单位（章） signs a form, and a 备注 may name a 付款单位
 * beside a form's own 名称 rows (read only when the form has none).
 */
const ROLL_LABELS: Array<[PartyField, RegExp]> = [
  ['taxId', new RegExp(`${spaced('税号')}(?=\\s*[:：])`, 'g')],
  ['name', new RegExp(`(?:(?:${spaced('收款单位')}|${spaced('付款单位')})(?:\\s*[（(]\\s*${spaced('个人')}\\s*[)）])?|${spaced('收购单位')}`
    + `|${spaced('销售方')}\\s*[（(]\\s*(?:${spaced('姓名')}|${spaced('个人')})\\s*[)）])`, 'g')],
];

/** A regex source for `word` spaced as `spaced` allows, any one of its glyphs read as another glyph. */
function oneGlyphOff(word: string): string {
  const glyphs = [...word];
  return `(?:${glyphs.map((_, i) => glyphs.map((g, k) => (k === i ? '[^\\s/／:：]' : g)).join('\\s*')).join('|')})`;
}

/** A regex source for any non-empty start of `word` ("组", "组织", … "组织机构代码"): a label its cell wrapped. */
function prefixOf(word: string): string {
  return [...word].reverse().reduce((rest, c) => (rest ? `${c}(?:\\s*${rest})?` : c), '');
}

interface Hit {
  field: PartyField;
  side: 'buyer' | 'seller' | null; // when the label itself says (购买方名称)
  line: Line;
  page: number;
  x: number;      // label start
  cellX: number;  // start of the label's cell when a side word opens it (销售方名称：), else x
  endX: number;   // end of label and colon: the value starts right of it
  y: number;      // centre of the label
  h: number;
  segs: Set<Segment>; // the segments the label occupies
  rest: string;   // the value text inside the label's last segment
  right: number;  // values stop before this x (next label on the row, 密码区, the other party's column)
  maxDy: number;  // how far below the label a value line may sit
  wrapDy: number; // how far below a 名称 label its name's row wrapped to the cell's left edge may sit
  maxUp: number;  // how far above
  value: string | null;
  doubt: string | null; // why the value is in doubt, when something was printed over it
}

/** Labels of the areas beside the party blocks. */
const SIDE_LABEL = new RegExp(`^(?:${spaced('备注')}|${spaced('密码区')})`);

/**
 * A cell that opens with a label of its own ("填开单位：…", "填开日期：…" on a 行程单's row above the
 * buyer's 名称): another field, never a part of a name; a 名称 has no colon in it.
 */
const OTHER_LABEL = /^\p{Script=Han}{2,8}\s*[:：]/u;

/**
 * A seal's own words (发票专用章, 财务专用章): the seal was stamped over the name's cell and OCR read its
 * text as upright text in the row. No name holds them; the seal's ring and ID number come with them.
 */
const SEAL_WORDS = /(?:发\s*票|财\s*务|合\s*同)?\s*专\s*用\s*章/;

/** A cell that is a form's label alone (paper forms print their labels in cells of their own). */
const FORM_LABEL_CELL = /^(?:电话|账号|开户银行|地址|住址|产地)\s*[:：]?$/;

/**
 * A side word printed inline before 名称 in its cell ("销售方名称：", a 卷式 roll's rows): the cell, and a
 * name wrapped in it, start there. A lone glyph of a vertical side label that OCR ran into the cell
 * ("购名称：") is no such word: the vertical label's other glyphs stand left of the name.
 */
const INLINE_SIDE = /^(?:购买方|销售方|购方|销方)$/;

/**
 * Cipher text of the 密码区 (a run of its symbols, or a line of only figures and its symbols, at least
 * four and one of < > * +, as OCR cuts the block's lines: "-75<8/2+14*>69-3<0/57+*82>1-4") and other
 * non-values. A phone or an account has no < > * +.
 */
const NOT_A_VALUE = /[<>*+/-]{3,}|^(?=[^<>*+]*[<>*+])(?:[\d\s]*[<>*+/-]){4}[\d\s<>*+/-]*$|^[:：]$/;
/**
 * The page count a multi-page invoice prints at the right of its head ("共2页第1页", "第1页/共2页"): on
 * a photo or a scan it may stand on the seller's 名称 row, past the name, with no bound between them.
 */
const PAGE_COUNT = /^(?:共\s*\d+\s*页\s*第\s*\d+\s*页|第\s*\d+\s*页\s*[/／]?\s*共\s*\d+\s*页)$/;

function partyHits(lines: readonly Line[], skip: ReadonlySet<Line>, labels = PARTY_LABELS): Hit[] {
  const hits: Hit[] = [];
  for (const line of lines) {
    if (line.vertical || skip.has(line)) continue;
    // `cut`: where the text before the label ends (a side glyph run in with it belongs to the label).
    const found: Array<{ field: PartyField; start: number; end: number; cut: number; si: number; before: string }> = [];
    for (const [field, re] of labels) {
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
        // OCR may run a name's first row, the other block's side glyph and that block's 名称 into one cell
        // ("…工程EPC总销名称：杭州…"): a 销 / 购 right before 名称 and a colon after it make it a label there too.
        const colon = line.text.slice(end).match(/^\s*[:：]/);
        // A form with no 名称 names its parties only with a colon or in a label cell of their own.
        if (labels === ROLL_LABELS && field === 'name' && !colon && !(offset === 0 && seg.text.trim() === m[0])) continue;
        const runIn = field === 'name' && !!colon && /[销购]$/.test(before);
        // A form's party cell may name its side before 名称: 销货单位名称, 付款单位名称 / 收款单位名称.
        if (field === 'name' && !runIn && (before.length > 6 || /服务|项目|货物|车|客|旅|(?<![销购]货|[付收]款)单位/.test(before))) continue;
        if (colon) end += colon[0].length;
        found.push({ field, start, end, cut: runIn ? start - 1 : start, si, before });
      }
    }
    found.sort((a, b) => a.start - b.start);
    const kept: typeof found = [];
    for (const f of found) if (f.before.length <= 6 || f.cut < f.start || kept.some((o) => o.si === f.si)) kept.push(f);
    kept.forEach((f, k) => {
      const seg = line.segments[f.si];
      const last = locate(line, f.end);
      const inside = last.offset > 0; // the label ends inside a cell: the rest of that cell is value text
      const segs = new Set(line.segments.slice(f.si, inside ? last.seg + 1 : Math.max(f.si + 1, last.seg)));
      const cellEnd = inside ? segStart(line, last.seg) + line.segments[last.seg].text.length : f.end;
      const rest = line.text.slice(f.end, Math.min(cellEnd, kept[k + 1]?.cut ?? Infinity)).replace(/^\s*[:：]\s*/, '').trim();
      // A side glyph OCR cut from its vertical label may stand in a cell of its own just left ("销  名称：").
      const prev = f.before ? undefined : line.segments[f.si - 1];
      const glyph = prev && /^[购买方销售]{1,2}$/.test(prev.text) && seg.x - prev.x2 < 2 * seg.height ? prev.text : '';
      // The side, from the glyphs before the label or the label itself (卖方单位/个人, 收款方识别号).
      const prefix = (glyph + f.before).slice(-6) + line.text.slice(f.start, f.end);
      const side = /购|买|付款/.test(prefix) ? 'buyer' : /销|售|卖|收款/.test(prefix) ? 'seller' : null;
      hits.push({
        field: f.field, side, line, page: line.page, x: xAt(line, f.start), cellX: INLINE_SIDE.test(f.before.trim()) ? Math.min(seg.x, xAt(line, f.start)) : xAt(line, f.start), endX: inside ? xAt(line, f.end) : (line.segments[last.seg - 1]?.x2 ?? seg.x2),
        y: cy(seg), h: seg.height, segs, rest, right: Infinity, maxDy: 0, wrapDy: 0, maxUp: 0, value: null, doubt: null,
      });
    });
  }
  hits.push(...stackedLabels(lines, skip, hits));
  return hits;
}

/**
 * A party label its narrow cell wrapped over several rows (机动车销售统一发票: "纳税" / "人识" / "别号",
 * "身份证号码/" / "统一社会信用" / "代码/纳税人" / "识别号"): cells of its glyphs, left-aligned under each
 * other a row apart, none a label alone, that together make one. One label, standing at the middle of
 * its rows, whose value is right of it; its glyphs are no value of the row beside them.
 */
function stackedLabels(lines: readonly Line[], skip: ReadonlySet<Line>, found: readonly Hit[]): Hit[] {
  const taken = new Set(found.flatMap((h) => [...h.segs]));
  const cells = lines.filter((l) => !l.vertical && !skip.has(l)).flatMap((line) => line.segments.map((seg) => ({ line, seg })))
    .filter(({ seg }) => !taken.has(seg) && /^[\p{Script=Han}/／]{1,8}$/u.test(seg.text.trim()))
    .sort((a, b) => a.line.page - b.line.page || a.seg.y - b.seg.y);
  const hits: Hit[] = [];
  const used = new Set<Segment>();
  for (const start of cells) {
    if (used.has(start.seg)) continue;
    const stack = [start];
    for (const c of cells) {
      const last = stack.at(-1)!;
      if (c.line.page !== last.line.page || used.has(c.seg) || c.seg.y <= last.seg.y) continue;
      const gap = c.seg.y - (last.seg.y + last.seg.height);
      if (Math.abs(c.seg.x - start.seg.x) <= 0.5 * start.seg.height && gap >= -0.5 * last.seg.height && gap < 0.5 * last.seg.height) stack.push(c);
    }
    // The label's rows from the first: the next row's cell (产地 under it) may stand as close.
    for (let n = stack.length; n >= 2; n--) {
      const hit = stackedLabel(stack.slice(0, n));
      if (!hit) continue;
      for (const c of stack.slice(0, n)) used.add(c.seg);
      hits.push(hit);
      break;
    }
  }
  return hits;
}

/** The label the stacked cells make together, none of them alone; null when they make none. */
function stackedLabel(stack: ReadonlyArray<{ line: Line; seg: Segment }>): Hit | null {
  const text = stack.map((c) => c.seg.text.trim()).join('');
  for (const [field, re] of PARTY_LABELS) {
    // 机动车: the 数电 form's cell opens with 身份证号码/ before the tax ID's labels.
    const whole = new RegExp(`^(?:${spaced('身份证号码')}\\s*[/／]\\s*)?(?:${re.source})$`);
    // The joined glyphs make the label whole; one row of them alone does not.
    if (!whole.test(text) || stack.some((c) => new RegExp(re.source).test(c.seg.text))) continue;
    const mid = (stack[0]!.seg.y + stack.at(-1)!.seg.y + stack.at(-1)!.seg.height) / 2;
    const line = stack.reduce((a, c) => (Math.abs(cy(c.seg) - mid) < Math.abs(cy(a.seg) - mid) ? c : a)).line;
    const x = stack[0]!.seg.x;
    return {
      field, side: /购|买/.test(text) ? 'buyer' : /销|售|卖/.test(text) ? 'seller' : null, line, page: line.page,
      x, cellX: x, endX: Math.max(...stack.map((c) => c.seg.x2)), y: mid, h: Math.max(...stack.map((c) => c.seg.height)),
      segs: new Set(stack.map((c) => c.seg)), rest: '', right: Infinity, maxDy: 0, wrapDy: 0, maxUp: 0, value: null, doubt: null,
    };
  }
  return null;
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
    // A horizontal 备注 / 密码区 label beside the block closes it too, and so does a form's label cell on
    // the row (机动车销售统一发票: 销货单位名称 … 电话 …).
    for (const l of lines) {
      if (l.vertical || l.page !== h.page || Math.abs(cy(l) - h.y) > h.maxDy) continue;
      for (const s of l.segments) {
        if (s.x >= h.endX - 1 && (SIDE_LABEL.test(s.text) || (FORM_LABEL_CELL.test(s.text.trim()) && Math.abs(cy(s) - h.y) < h.h))) h.right = Math.min(h.right, s.x);
      }
    }
    // A 名称 with no label under it (a body or a person without a tax-ID row) wraps its name one line
    // pitch below, up to 2.5 glyph heights at a roomy line height, when its row has a bound the name
    // can fill (the other party's block, 密码区): the wrapped row is then told by its place (the cell's
    // left edge, under a first row that fills the cell), not by nearness. Unbounded, a row under it at
    // the label's x is as likely a label cell wrapped in a grid ("统一社会信" under "名称").
    // A wrapped row stands between the label and the next label under it: when a label above is nearer
    // (a roll's rows: the other party's 税号 on the line above 名称), the reach is the one below's.
    const below = Math.min(...column.map((o) => o.y - h.y).filter((d) => d > 1));
    h.wrapDy = !Number.isFinite(pitch) && Number.isFinite(h.right) ? h.h * 2.5
      : Number.isFinite(below) && below > pitch ? Math.min(Math.max(below * 0.7, h.h * 0.6), h.h * 2.5) : h.maxDy;
  }
  const labelSegs = new Set(hits.flatMap((h) => [...h.segs]));
  const parts = new Map<Hit, ValuePart[]>(hits.map((h) => [h, h.rest ? [{ y: h.line.y, x: h.endX, x2: Math.max(...[...h.segs].map((s) => s.x2)), h: h.h, text: h.rest }] : []]));
  // Segments under a 名称 label, left of where its value starts: a long name's second row, when the
  // cell wraps it to its left edge. Kept apart until the first row is known (wrappedRows).
  const under: Array<{ hit: Hit; part: ValuePart }> = [];
  const used = new Set<Segment>();
  for (const line of lines) {
    if (line.vertical) continue;
    for (const [si, s] of line.segments.entries()) {
      if (labelSegs.has(s) || NOT_A_VALUE.test(s.text) || PAGE_COUNT.test(s.text.trim())) continue;
      // A form's label cell, and the value right of it, are that label's (电话 | 13823456781), no party's.
      const prev = line.segments[si - 1];
      if (FORM_LABEL_CELL.test(s.text.trim()) || (prev && !labelSegs.has(prev) && FORM_LABEL_CELL.test(prev.text.trim()))) continue;
      const c = cy(s);
      const band = bandOf(barriers, line.page, c);
      let best: Hit | null = null;
      for (const h of hits) {
        if (h.page !== line.page || s.height > 2.2 * h.h || s.x < h.endX - 1.5 || s.x >= h.right || c - h.y > h.maxDy || h.y - c > h.maxUp || bands.get(h) !== band) continue;
        if (h.field === 'name' && OTHER_LABEL.test(s.text)) continue;
        const d = Math.abs(c - h.y);
        const bd = best ? Math.abs(c - best.y) : Infinity;
        if (!best || d < bd - 1 || (Math.abs(d - bd) <= 1 && h.endX > best.endX)) best = h;
      }
      if (best) {
        parts.get(best)!.push({ y: line.y, x: s.x, x2: s.x2, h: s.height, text: s.text });
        used.add(s);
      } else {
        // A cell that ends before the label starts stands left of the name's cell: a glyph of the
        // vertical 购买方 label beside it ("方"), not the name's second row; so do such glyphs OCR ran
        // into the row's cell (inCell).
        // The cell's own left edge counts: a 卷式 roll wraps "…有限公" / "司" to the start of the label's line.
        for (const o of hits) {
          if (o.field !== 'name' || o.page !== line.page || bands.get(o) !== band) continue;
          const q = inCell(s, o.cellX);
          if (!q) continue;
          const dy = cy(q) - o.y;
          if (Math.abs(q.x - o.cellX) <= o.h && dy > 0.6 * o.h && dy <= o.wrapDy && q.height <= 1.5 * o.h) {
            under.push({ hit: o, part: { y: line.y, x: q.x, x2: q.x2, h: q.height, text: q.text } });
            break;
          }
        }
      }
    }
  }
  wrappedRows(under, parts);
  for (const h of hits) {
    const own = parts.get(h)!;
    if (h.field !== 'name' || !own.length) continue;
    const top = own.reduce((a, q) => (q.y < a.y ? q : a));
    for (const s of firstRowsAbove(top, h, hits, lines, barriers, (o) => labelSegs.has(o) || used.has(o))) {
      own.push({ y: s.y, x: s.x, x2: s.x2, h: s.height, text: s.text, wrapped: true });
      used.add(s);
    }
  }
  for (const h of hits) {
    const all = parts.get(h)!;
    const p = [...(h.field === 'name' ? withoutStampRuns(withoutStrayGlyphs(all)) : all)].sort((a, b) => a.y - b.y || a.x - b.x);
    // A wrapped row goes on where the row above stopped: no space between it and a Han glyph ("…工程" /
    // "EPC总承包…"), a space between two Latin words ("…Trading Company" / "Pty Ltd").
    const joined = p.reduce((t, q, i) => (!i ? q.text : q.wrapped ? joinWrapped(t, q.text) : `${t} ${q.text}`), '');
    const text = compactCjk(joined.replace(/^\s*[:：]\s*/, '').trim());
    h.value = text && !NOT_A_VALUE.test(text) ? text : null;
    if (h.field === 'name') withoutLabelAfter(h);
    if (h.field === 'name') withoutSeal(h);
  }
  valuesOffRow(hits, lines, barriers, labelSegs, used);
}

/** What a value of each field looks like, to tell it from its neighbours' when it stands off its label's row. */
const OFF_ROW_FORM: Record<'name' | 'taxId', (text: string) => boolean> = {
  // Han glyphs, no colon (a label), no date, no ID-like run.
  name: (t) => /\p{Script=Han}.*\p{Script=Han}/u.test(t) && !/[:：]/.test(t) && !DATED_RUN.test(t) && !/[0-9A-Z]{15}/.test(t),
  taxId: (t) => /^[0-9A-Z]{15,20}$/.test(t.replace(/\s+/g, '')),
};

/**
 * Values printed off their label's row, in the label's column: a template that sets each value on the
 * line above its label (名称 and ID labels under their values), or a narrow roll that prints each value on
 * the line under its label. For a label with no value on its row: the cell that starts where the label's
 * cell does (销售方名称：'s at 销) on a line above or below it (off its row, within 2.5 glyph heights, no other party label of the column
 * between, in its band), no other label's value, with the field's form: a name holds Han glyphs and no
 * date or ID, a tax ID is 15-20 digits and capitals; the nearer when both are, above on a tie. The
 * 地址、电话 and 开户行及账号 rows go the way their block's 名称 went (their values have no form of their own).
 */
function valuesOffRow(hits: readonly Hit[], lines: readonly Line[], barriers: ReadonlyMap<number, number[]>, labelSegs: ReadonlySet<Segment>, used: Set<Segment>): void {
  const way = new Map<Hit, number>(); // the sign of the step from a name's label to its value
  const order: PartyField[] = ['name', 'taxId', 'addrTel', 'bank'];
  for (const h of [...hits].sort((a, b) => order.indexOf(a.field) - order.indexOf(b.field))) {
    if (h.value) continue;
    const band = bandOf(barriers, h.page, h.y);
    const column = hits.filter((o) => o !== h && o.page === h.page && Math.abs(o.cellX - h.cellX) < 8 && bandOf(barriers, o.page, o.y) === band);
    let dir = 0;
    if (h.field === 'addrTel' || h.field === 'bank') {
      const name = column.filter((o) => o.field === 'name' && o.y < h.y).sort((a, b) => b.y - a.y)[0];
      dir = (name && way.get(name)) ?? 0;
      if (!dir) continue;
    }
    let best: { s: Segment; d: number; text: string } | null = null;
    for (const line of lines) {
      if (line.vertical || line.page !== h.page) continue;
      for (const s of line.segments) {
        if (labelSegs.has(s) || used.has(s) || NOT_A_VALUE.test(s.text) || PAGE_COUNT.test(s.text.trim()) || OTHER_LABEL.test(s.text)) continue;
        const d = cy(s) - h.y;
        if (Math.abs(d) <= 0.6 * h.h || Math.abs(d) > 2.5 * h.h || (dir && Math.sign(d) !== dir)) continue;
        // A vertical side label's glyph OCR ran into the cell's start ("销沈阳…"): the value starts after it.
        const glyph = s.text.match(/^[购销]\s*(?=\p{Script=Han})/u)?.[0] ?? '';
        const start = glyph && Math.abs(s.x - h.cellX) > h.h ? charX(s, glyph.length) : s.x;
        if (Math.abs(start - h.cellX) > h.h || s.x >= h.right || glyphHeight(s) > 1.5 * h.h || bandOf(barriers, h.page, cy(s)) !== band) continue;
        if (column.some((o) => Math.sign(o.y - h.y) === Math.sign(d) && Math.abs(o.y - h.y) < Math.abs(d))) continue;
        const text = compactCjk(s.text.trim().slice(start === s.x ? 0 : glyph.length));
        if ((h.field === 'name' || h.field === 'taxId') && !OFF_ROW_FORM[h.field](text)) continue;
        if (!best || Math.abs(d) < Math.abs(best.d) - 0.5 || (Math.abs(Math.abs(d) - Math.abs(best.d)) <= 0.5 && d < best.d)) best = { s, d, text };
      }
    }
    if (!best) continue;
    h.value = best.text;
    used.add(best.s);
    if (h.field === 'name' && best.d < 0) {
      // A name above its label wrapped over rows: the row found is its last; the first ones stand above it.
      const rows = firstRowsAbove({ y: best.s.y, x: best.s.x, x2: best.s.x2, h: best.s.height, text: best.text }, h, hits, lines, barriers, (o) => labelSegs.has(o) || used.has(o));
      for (const s of rows) used.add(s);
      h.value = rows.reduceRight((t, s) => joinWrapped(compactCjk(s.text.trim()), t), h.value);
    }
    if (h.field === 'name' && best.d > 0) {
      // A name under its label wrapped over rows (a roll's narrow line): the row found is its first.
      const rows = restRowsBelow(best.s, h, hits, lines, barriers, (o) => labelSegs.has(o) || used.has(o));
      for (const s of rows) used.add(s);
      h.value = rows.reduce((t, s) => joinWrapped(t, compactCjk(s.text.trim())), h.value);
    }
    if (h.field === 'name') way.set(h, Math.sign(best.d));
  }
}

/**
 * The rows of a name above its topmost row `top` that its cell wrapped it from (a name too long for its
 * cell, above its label or beside it with the label on its last row): the row just above, a paragraph's
 * line gap from it (under 0.8 glyph heights), starting where `top` starts, as tall, and at least as long
 * (a line breaks when it is full), with a name's form (Han glyphs, no label, date or ID), in the label's
 * band and left of its bound, on a row that holds no party label of the label's column (the row of
 * another field: 卖方单位/个人 under 买方单位/个人住址's address). Up to two rows, the nearest last. A row
 * OCR ran into the cell of the line above it counts alone (rowsOfCell).
 */
function firstRowsAbove(top: ValuePart, h: Hit, hits: readonly Hit[], lines: readonly Line[], barriers: ReadonlyMap<number, number[]>, taken: (s: Segment) => boolean): Segment[] {
  const band = bandOf(barriers, h.page, h.y);
  const rows: Segment[] = [];
  let row: Pick<ValuePart, 'y' | 'x' | 'x2' | 'h'> = top;
  for (let k = 0; k < 2; k++) {
    let found: Segment | null = null;
    for (const line of lines) {
      if (line.vertical || line.page !== h.page) continue;
      // A cell taken (a label, another field's value) gives no row, nor do its own rows.
      for (const s of line.segments.filter((c) => !taken(c)).flatMap(rowsOfCell)) {
        const gap = row.y - (s.y + s.height);
        if (gap < -0.3 * row.h || gap > 0.8 * row.h || Math.abs(s.x - row.x) > 0.5 * row.h || s.x2 < row.x2 - 0.5 * row.h) continue;
        if (Math.abs(s.height - row.h) > 0.3 * Math.max(s.height, row.h) || s.x >= h.right || taken(s) || rows.includes(s)) continue;
        const text = s.text.trim();
        if (!OFF_ROW_FORM.name(text) || OTHER_LABEL.test(text) || BLOCK_TITLE.test(text) || SIDE_LABEL.test(text) || NOT_A_VALUE.test(text) || PAGE_COUNT.test(text)) continue;
        if (bandOf(barriers, h.page, cy(s)) !== band) continue;
        if (hits.some((o) => o.page === h.page && Math.abs(o.y - cy(s)) < 0.6 * Math.max(o.h, s.height) && o.x < s.x2 && o.x >= h.cellX - 2 * h.h)) continue;
        if (!found || s.y > found.y) found = s;
      }
    }
    if (!found) break;
    rows.unshift(found);
    row = { y: found.y, x: found.x, x2: found.x2, h: found.height };
  }
  return rows;
}

/**
 * A cell's rows when OCR's boxes of two rows ran into one cell: boxes of one line join where the next
 * starts before the last ends, and a row's start overlapping the row above it (a name's first row under
 * the head's 机器编号 run, reaching into its line) is such a join. Boxes that overlap across, their centres
 * more than a third of the taller's height apart, are two rows (one row's seam, readTwice, is level):
 * each box a cell of its own, else the cell as it is.
 */
function rowsOfCell(s: Segment): Segment[] {
  const its = s.items;
  const centre = (i: TextItem) => i.y + i.height / 2;
  const rows = its.length > 1 && its.every((i) => i.confidence !== undefined) && its.some((b, k) => k > 0
    && b.x < its[k - 1]!.x + its[k - 1]!.width && Math.abs(centre(b) - centre(its[k - 1]!)) > Math.max(b.height, its[k - 1]!.height) / 3);
  return rows ? its.map((i) => ({ text: i.text, x: i.x, x2: i.x + i.width, y: i.y, height: i.height, items: [i] })) : [s];
}

/**
 * The rows of a name under its first row `first` that its line wrapped onto (a name printed on the line
 * under its label, too long for a narrow roll): only when the row above is full (it reaches the page's
 * right edge, or the label's bound, within a glyph and a half: a line breaks when it is full; or, short
 * of it, it stops on a glyph no organisation's name ends with and the row under it ends as one), the row
 * just under it, a paragraph's line gap from it (under 0.8 glyph heights), starting where it starts, as
 * tall and no longer, with a name's form (Han glyphs, one may do: 司; no label, date or ID), in the label's band, on a
 * row that holds no party label. Up to two rows, in order.
 */
function restRowsBelow(first: Segment, h: Hit, hits: readonly Hit[], lines: readonly Line[], barriers: ReadonlyMap<number, number[]>, taken: (s: Segment) => boolean): Segment[] {
  const band = bandOf(barriers, h.page, h.y);
  const page = lines.filter((l) => !l.vertical && l.page === h.page);
  const edge = Math.min(h.right, Math.max(...page.flatMap((l) => l.segments.map((s) => s.x2))));
  const rows: Segment[] = [];
  let row: Segment = first;
  let text = compactCjk(first.text.trim());
  for (let k = 0; k < 2; k++) {
    // A line breaks when it is full: at the page's edge (or the label's bound), or at a narrower column
    // the issuer's printer wraps at, told by the name: the row stops on a glyph no organisation's name
    // ends with, and the row under it ends as one does.
    const full = row.x2 >= edge - 1.5 * glyphHeight(row);
    if (!full && ORGANISATION_END.test(text)) break;
    const rh = glyphHeight(row);
    let found: Segment | null = null;
    for (const line of page) {
      for (const s of line.segments) {
        const gap = s.y - (row.y + row.height);
        if (gap < -0.3 * rh || gap > 0.8 * rh || Math.abs(s.x - row.x) > 0.5 * rh || s.x2 > row.x2 + 0.5 * rh) continue;
        if (Math.abs(glyphHeight(s) - rh) > 0.3 * Math.max(glyphHeight(s), rh) || s.x >= h.right || taken(s) || rows.includes(s)) continue;
        const text = s.text.trim();
        if (!(OFF_ROW_FORM.name(text) || /^\p{Script=Han}$/u.test(text)) || OTHER_LABEL.test(text) || BLOCK_TITLE.test(text) || SIDE_LABEL.test(text) || NOT_A_VALUE.test(text) || PAGE_COUNT.test(text)) continue;
        if (bandOf(barriers, h.page, cy(s)) !== band) continue;
        if (hits.some((o) => o.page === h.page && Math.abs(o.y - cy(s)) < 0.6 * Math.max(o.h, s.height))) continue;
        if (!found || s.y < found.y) found = s;
      }
    }
    if (!found || (!full && !ORGANISATION_END.test(compactCjk(found.text.trim())))) break;
    rows.push(found);
    row = found;
    text = joinWrapped(text, compactCjk(found.text.trim()));
  }
  return rows;
}

/**
 * The height of a row's glyphs: its box's, or no more than a glyph's pitch and a quarter when the box is
 * taller (a long row on a skewed scan: OCR's upright box grows with the row's length, not its glyphs).
 */
function glyphHeight(s: Pick<Segment, 'x' | 'x2' | 'height' | 'text'>): number {
  const n = [...s.text.replace(/\s+/g, '')].length;
  return n < 4 ? s.height : Math.min(s.height, 1.25 * (s.x2 - s.x) / n);
}

/** Two rows of a wrapped value as one: no space where a Han glyph meets the break, one between Latin words. */
function joinWrapped(first: string, rest: string): string {
  return /\p{Script=Han}$/u.test(first) || /^\p{Script=Han}/u.test(rest) ? first + rest : `${first} ${rest}`;
}

/**
 * A stamp's dated run ("2025.09.03 记-0912": 已入账, 已核对 with their date and voucher number), from its
 * date to the end of the cell: OCR reads it as a row of its own beside or above a name, or runs it into
 * the name's cell after the name. No name holds a date.
 */
const DATED_RUN = /\s*\d{4}\s*[.\-/年]\s*\d{1,2}\s*[.\-/月]\s*\d{1,2}.*$/;
function withoutStampRuns(parts: readonly ValuePart[]): ValuePart[] {
  return parts.map((q) => ({ ...q, text: q.text.replace(DATED_RUN, '').replace(HEAD_LABEL_TAIL, '') })).filter((q) => q.text.trim());
}

/**
 * A head field's label with its colon and no value after it, at the end of a name's cell: the head's
 * value printed above its label (or below, offset), OCR ran the label into the name's row beside it
 * ("…有限公司开票日期："). No name ends with a label and a colon.
 */
const HEAD_LABEL_TAIL = new RegExp(`\\s*(?:${['开票日期', '填开日期', '发票号码', '发票代码', '校验码', '机器编号'].map(spaced).join('|')})\\s*[:：]\\s*$`);

/** Any label of a party's other rows (纳税人识别号, 地址、电话, 开户行及账号, 身份证号码/…), anywhere in a text. */
const OTHER_ROW_LABEL = new RegExp([...PARTY_LABELS.filter(([field]) => field !== 'name').map(([, re]) => `(?:${re.source})`),
  // 机动车: the ID cell's label opens with 身份证号码/ and wraps there; no name holds the words.
  `${spaced('身份证号码')}\\s*(?:[/／]|$)`].join('|'));

/**
 * A name cell that OCR ran into the next cell of its row, the ID's label and all ("…研究院有限公司纳税人识别号
 * 9144…校验码：a93c7"): the label was not found as one (it stood in the name's cell) and bounded
 * nothing. No name holds another row's label: the name ends before it.
 */
function withoutLabelAfter(h: Hit): void {
  const m = h.value?.match(OTHER_ROW_LABEL);
  if (m && m.index! > 0) h.value = h.value!.slice(0, m.index).trim() || null;
  // Nor is a vertical side label's glyph, OCR'd on the row of a 名称 left blank (销 of 销售方信息), a name.
  if (h.value && /^[购买方销售]{1,2}$/.test(h.value)) h.value = null;
}

/**
 * A name read with a seal's words in it: cut before them (the seal's ring and ID number follow them in
 * reading order), and in doubt, since the name's own glyphs were read under the seal's ink.
 */
function withoutSeal(h: Hit): void {
  if (h.value && OVERLAY_WORDS.test(h.value)) {
    // A watermark's words (仅供报销使用), whole or in part, OCR read in the name's row.
    h.value = h.value!.replace(OVERLAY_WORDS, '').trim() || null;
    h.doubt = 'a watermark\'s words read in the name';
  }
  const seal = h.value?.match(SEAL_WORDS);
  if (!seal) return;
  const before = h.value!.slice(0, seal.index).trim();
  // A seal stamped high over the cell: its words on a row above the name, read first; the name follows
  // them, with the seal's ID row run into it (split off as an ID after the name).
  const after = h.value!.slice(seal.index! + seal[0].length).trim();
  h.value = /\p{Script=Han}/u.test(before) ? before : /^\p{Script=Han}/u.test(after) ? after : null;
  // OCR read the name's glyphs under the seal's ink; a text layer's glyphs are the name's as issued.
  if (ocrRead(h)) h.doubt = 'a seal stamped over the name';
}

/** True when the label's row was read by OCR (its items carry OCR's certainty). */
function ocrRead(h: Hit): boolean {
  return h.line.segments.some((s) => s.items.some((i) => i.confidence !== undefined));
}

/** The words of a watermark some platforms print across the whole form. */
export const WATERMARK = '仅供报销使用';
/**
 * The watermark's words (WATERMARK): no name holds them. Their glyphs
 * run into a name's row on a scan, at least three of them in order.
 */
const OVERLAY_WORDS = new RegExp(`${spaced(WATERMARK)}|(?:${[...WATERMARK].slice(2).map((_, i) => spaced(WATERMARK.slice(i, i + 3))).join('|')})\\S{0,3}$`, 'u');

/**
 * A segment's part inside a cell starting at `cellX`, null when it all stands left of it. OCR runs a
 * glyph of the vertical side label into the row beside it when the gap is narrow next to the glyph's
 * height (a blurred 买 read as a 刀 two rows tall, one glyph's width from a name's wrapped second row):
 * the items that end before the cell starts are that label's, and the rest keeps its own place and height.
 */
function inCell(s: Segment, cellX: number): Pick<Segment, 'x' | 'x2' | 'y' | 'height' | 'text'> | null {
  const k = s.items.findIndex((it) => it.x + it.width > cellX);
  if (k <= 0) return k < 0 ? null : s;
  const rest = s.items.slice(k);
  const lead = s.items.slice(0, k).map((it) => it.text).join('');
  // A segment whose text does not start with those glyphs (a seam or spaces taken out) is kept whole.
  if (!s.text.startsWith(lead)) return s;
  return { x: rest[0].x, x2: s.x2, y: Math.min(...rest.map((it) => it.y)), height: Math.max(...rest.map((it) => it.height)), text: s.text.slice(lead.length).trim() };
}

/** `wrapped`: a name's row its cell wrapped to the left edge (wrappedRows), far left of the first row by design. */
interface ValuePart { y: number; x: number; x2: number; h: number; text: string; wrapped?: boolean }

/**
 * A name's second row that its cell wrapped to the left edge, under the label: kept when the name's
 * first row runs on the label's own row out to about the cell's end (it was too long for it) and the
 * second row, starting at the label's x, is no wider than the label and first row together. A lone
 * line under an unfilled row is something else (a stamp's text, a note).
 */
function wrappedRows(under: ReadonlyArray<{ hit: Hit; part: ValuePart }>, parts: Map<Hit, ValuePart[]>): void {
  for (const hit of new Set(under.map((u) => u.hit))) {
    const own = parts.get(hit)!;
    const first = own.filter((q) => Math.abs(q.y - hit.line.y) < 0.6 * hit.h);
    if (!first.length || own.length !== first.length) continue;
    const end = Math.max(...first.map((q) => q.x2));
    const rows = under.filter((u) => u.hit === hit).map((u) => u.part).sort((a, b) => a.y - b.y);
    // The first row fills its cell: it reaches the bound of the row (the next column) or, with none, at
    // least as far as the wrapped row does. A line breaks before a word that does not fit, so a row
    // wrapped before a Latin word or a figure ("EPC总承包…") may leave that word's width unfilled.
    const full = Number.isFinite(hit.right) ? hit.right - end < 3 * hit.h + leadingWordWidth(rows[0]!) : end >= Math.max(...rows.map((q) => q.x2)) - 1;
    if (full && rows.every((q) => q.x2 <= end + 1)) own.push(...rows.map((q) => ({ ...q, wrapped: true })));
  }
}

/**
 * The width of the Latin word or figure a part opens with, 0 when it opens with a Han glyph: its share
 * of the part's width, a Han glyph counted as wide as two others (their usual proportion in these faces).
 */
function leadingWordWidth(q: ValuePart): number {
  const word = /^[A-Za-z0-9][A-Za-z0-9.&'-]*/.exec(q.text)?.[0];
  if (!word) return 0;
  const weight = (t: string) => [...t].reduce((n, c) => n + (/\p{Script=Han}|[\u3000-\uff60]/u.test(c) ? 2 : 1), 0);
  return ((q.x2 - q.x) * weight(word)) / weight(q.text);
}

/** Glyphs a name part may be and still be a stray one: one or two Han glyphs. */
const FEW_GLYPHS = /^\p{Script=Han}{1,2}$/u;
/** How far, in glyph heights, a stray glyph stands from the rest of a name. */
const STRAY_GAP = 4;
/** Characters a part may have and still be a margin note's fragment beside a name. */
const FEW_CHARS = 4;

/**
 * A name's parts without glyphs far beside the rest of its cells (a glyph of a seal, of the title or of
 * a margin's note that a scan's skew put in the value's rows, "上" read in front of "深圳市…", "集" after
 * it): a name is one run of glyphs, or rows of it wrapped under each other, never one or two glyphs
 * standing apart by several glyph widths.
 */
function withoutStrayGlyphs(parts: readonly ValuePart[]): readonly ValuePart[] {
  const apart = (q: ValuePart, o: ValuePart) => Math.max(0, o.x - q.x2, q.x - o.x2);
  const far = (q: ValuePart, others: readonly ValuePart[]) => Math.min(...others.map((o) => apart(q, o))) > STRAY_GAP * Math.max(q.h, 1);
  // The name's run: its longest part. A few characters far beside it are a margin note's glyphs (a
  // vertical "下载次数：3" at the page's edge, cut into items glyph by glyph), not a part of the name.
  const main = parts.reduce<ValuePart | null>((a, q) => (!a || q.text.length > a.text.length ? q : a), null);
  // A part on another row, far right or left of the name's run, is another cell's text (附销货清单1页 in
  // the 备注 beside the seller's block, its label lost): a name's second row wraps under its first.
  const otherRow = (q: ValuePart) => Math.abs(q.y - main!.y) > 0.5 * Math.max(q.h, main!.h);
  const kept = parts.filter((q) => q === main || q.wrapped || !(otherRow(q) && far(q, [main!])))
    .filter((q) => q === main || q.wrapped || q.text.replace(/\s/g, '').length > FEW_CHARS || FEW_GLYPHS.test(q.text.trim()) || !far(q, [main!]));
  const runs = kept.filter((q) => q.wrapped || !FEW_GLYPHS.test(q.text.trim()));
  // A name of one or two glyphs (个人) or printed glyph by glyph: its glyphs stand near each other, and
  // one far from every other is a stray (the seller's vertical label reduced by OCR to its 销, standing
  // on the buyer's 名称 row beside the name "个人").
  if (!runs.length) return kept.filter((q) => q === main || !far(q, kept.filter((o) => o !== q)));
  return kept.filter((q) => runs.includes(q) || !far(q, runs));
}

/**
 * The side a vertical 购买方 / 销售方 label to the left of a label gives it; not across another party's
 * label on the same row (数电: the buyer's 名称 stands between the buyer's vertical label and the seller's
 * 名称 when OCR lost the seller's vertical label). A label whose glyphs reach the row wins, the nearest
 * in x first; one set compactly in the middle of its block, short of the row, still gives it when it is
 * the nearest in the row's band (the blocks of the two sides stand in different bands, or side by side,
 * where the nearer in x wins); not one that reaches another label of its kind instead (that block's own).
 */
function verticalSide(h: Hit, lines: readonly Line[], hits: readonly Hit[], barriers: ReadonlyMap<number, number[]>): 'buyer' | 'seller' | null {
  let best: { side: 'buyer' | 'seller'; gap: number; dx: number } | null = null;
  const band = bandOf(barriers, h.page, h.y);
  for (const v of lines) {
    if (!v.vertical || v.page !== h.page || v.segments[0].x2 > h.x + 1) continue;
    const gap = Math.max(0, v.y - h.y, h.y - v.y2);
    if (gap > 2 && bandOf(barriers, v.page, (v.y + v.y2) / 2) !== band) continue;
    if (hits.some((o) => o !== h && o.page === h.page && o.field === h.field && Math.abs(o.y - h.y) < 2 && o.x >= v.segments[0].x2 - 1 && o.x < h.x - 1)) continue;
    // Nor one short of the row that reaches another label of its kind right of it: that block's own side
    // label (blocks one above the other: the lower block's 销售方 is no side of the upper block's 名称,
    // whose own label OCR misread).
    if (gap > 0 && hits.some((o) => o !== h && o.page === h.page && o.field === h.field && o.x >= v.segments[0].x2 - 1 && Math.max(0, v.y - o.y, o.y - v.y2) === 0)) continue;
    const side = /购/.test(v.text) ? 'buyer' : /销/.test(v.text) ? 'seller' : null;
    const dx = h.x - v.segments[0].x2;
    if (side && (!best || gap < best.gap - 2 || (Math.abs(gap - best.gap) <= 2 && dx < best.dx))) best = { side, gap, dx };
  }
  return best?.side ?? null;
}

/** A block's title in a cell of its own: "购买方信息", "销售方". */
const BLOCK_TITLE = /^(?:购买方|购方|销售方|销方)(?:信息)?$/;

/**
 * The side a block's title printed above it gives a label (an ERP's or a reseller's layout: "销售方信息"
 * over the left block, "购买方信息" over the right, no vertical labels): the nearest title above the label,
 * within a few rows, in the label's column (from the label to the next label of its kind on the row).
 */
function titleSide(h: Hit, lines: readonly Line[], hits: readonly Hit[]): 'buyer' | 'seller' | null {
  const next = Math.min(...hits.filter((o) => o !== h && o.page === h.page && o.field === h.field && Math.abs(o.y - h.y) < 2 && o.x > h.x + 1).map((o) => o.x));
  let best: { side: 'buyer' | 'seller'; dy: number } | null = null;
  for (const l of lines) {
    if (l.vertical || l.page !== h.page) continue;
    for (const seg of l.segments) {
      const dy = h.y - cy(seg);
      if (dy < h.h / 2 || dy > 4 * h.h || seg.x < h.x - h.h || seg.x >= next || !BLOCK_TITLE.test(seg.text.trim())) continue;
      if (!best || dy < best.dy) best = { side: /购/.test(seg.text) ? 'buyer' : 'seller', dy };
    }
  }
  return best?.side ?? null;
}

/**
 * The parties; `doubts`: the sides whose name is in doubt and why (a name cell that ran into the ID
 * number after it with no space, as OCR's boxes joined them: the last glyphs may be a stray's,
 * "刘洋烟4403…"; a seal stamped over the name).
 */
export interface PartiesRead {
  buyer: Party;
  seller: Party;
  doubts: Array<{ side: 'buyer' | 'seller'; why: string }>;
  /** The sides whose 名称 label the form prints (read or not). */
  labelled?: Array<'buyer' | 'seller'>;
}

function assignParties(hits: Hit[], lines: readonly Line[], tableTop: number, barriers: ReadonlyMap<number, number[]>): PartiesRead {
  for (const h of hits) h.side ??= verticalSide(h, lines, hits, barriers) ?? titleSide(h, lines, hits);
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
    // Beside a sided 名称 on its row (数电 columns), the other side; else the buyer's block is above the table.
    // A block on the next sheet is the other side's too.
    const beside = anchors.find((a) => a.hit.page === unsided[0].page && Math.abs(a.hit.y - unsided[0].y) < 3)
      ?? anchors.find((a) => a.hit.page < unsided[0].page);
    const other = beside ? (beside.side === 'buyer' ? 'seller' : 'buyer') : null;
    anchors.push({ side: other ?? (unsided[0].y < tableTop ? 'buyer' : 'seller'), hit: unsided[0] });
  }

  const parties = { buyer: blankParty(), seller: blankParty() };
  const doubts: PartiesRead['doubts'] = [];
  for (const { side, hit } of anchors) {
    const value = withoutStrayTail(hit.value);
    if (hit.doubt && parties[side].name === null) doubts.push({ side, why: hit.doubt });
    // One cell for the name and its ID number (机动车销售统一发票: 购买方名称及身份证号码/组织机构代码).
    const id = value?.match(NAME_THEN_ID);
    const idRun = id && idAtEnd(id[3]!.replace(/\s/g, ''));
    if (id && idRun && parties[side].name === null) {
      parties[side].name = id[1]!;
      const runIn = withOcrDigits(idRun);
      parties[side].taxId ??= runIn;
      // Run in with no space, the last glyphs may be a stray's; not when the ID is one a tax ID row of
      // the form prints (a seal's ID row repeating it, run into the name's cell): the cut is where it starts.
      const printed = hits.some((o) => o.field === 'taxId' && !!o.value && withOcrDigits(o.value.replace(/\s+/g, '').replace(/\p{Script=Han}+$/u, '')) === runIn);
      if (!id[2] && !printed) doubts.push({ side, why: 'a name run into the ID number after it' });
    } else parties[side].name ??= value;
    // Invoice printers' fonts cover GB2312: a name OCR read with a Han glyph outside it has a glyph read as
    // its traditional form (粤 as 粵) or another misread, or is one of the rare names that hold one.
    const outside = parties[side].name === value && ocrRead(hit) ? hanOutsideGb2312(value ?? '') : [];
    if (outside.length) doubts.push({ side, why: `a glyph outside GB2312 in the name (${outside.join('')})` });
  }
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
    // A tax ID is letters and digits: a Han glyph after it is a side label's glyph OCR ran into the row.
    if (h.field === 'taxId') p.taxId ??= withOcrDigits(h.value.replace(/\s+/g, '').replace(/\p{Script=Han}+$/u, ''));
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
  return { ...parties, doubts, labelled: anchors.map((a) => a.side) };
}

/** A name followed by an ID in its cell: Han glyphs, then 15 or 18 digits and capitals (OCR may cut them in runs). */
const NAME_THEN_ID = /^(.*\p{Script=Han}[)）]?)(\s*)([0-9A-Z][0-9A-Z ]{13,20}[0-9A-Z])$/u;
/** A 居民身份证号码 or 统一社会信用代码 has 18 characters, an old ID or tax number 15. */
const ID_LENGTHS = [15, 18];
/**
 * The ID a name's cell ends with: the run after the name when it has an ID's length, or its last 18
 * characters when one or two more stand before them and those 18 are a valid 统一社会信用代码 or
 * 居民身份证号码: OCR read the gap between name and ID as a glyph ("…有限公司1 91500000MA5U3N8Q2F"
 * run together), and the check character says where the ID starts.
 */
function idAtEnd(run: string): string | null {
  if (ID_LENGTHS.includes(run.length)) return run;
  const tail = withOcrDigits(run.slice(-18));
  return run.length - 18 >= 1 && run.length - 18 <= 2 && (isValidUscc(tail) || isResidentIdNumber(tail)) ? tail : null;
}

function blankParty(): Party {
  return { name: null, taxId: null, address: null, phone: null, bank: null, account: null };
}

/**
 * 数电 invoices print the parties' address, phone and bank in 备注: "购买方地址:…; 电话:…;",
 * "购方开户银行:…; 银行账号:…;". These fill party fields the blocks left empty.
 */
export function partiesFromRemarks(remarks: string, parties: { buyer: Party; seller: Party }): void {
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

/**
 * A glyph that a scan's layout ran into the end of a party's name: one of the side label's glyphs
 * (销售方 / 购买方 信息, printed vertically beside the block), a lone Latin letter apart from it, or a
 * lone letter of a script no Chinese name is written in, which OCR reads in the gap before the next
 * label on the row, after the organisation word that ends a name ("…有限公司售", "…餐饮店 T",
 * "…有限公司β").
 */
const STRAY_TAIL = /(?<=(?:公司|店|厂|中心|馆|社|所|院|户[)）]))\s*(?:[购买方销售信息]{1,2}|\s[A-Za-z]|[\p{Script=Greek}\p{Script=Cyrillic}])$/u;
/** A lone Latin letter or digit OCR read before a name, apart from it ("S 湖南…", "1 娄底…"): no name opens so. */
const STRAY_HEAD = /^[A-Za-z0-9]\s+(?=\p{Script=Han})/u;
function withoutStrayTail(name: string | null): string | null {
  return name ? name.replace(STRAY_TAIL, '').replace(STRAY_HEAD, '') : name;
}

/**
 * One or two glyphs after a name's legal form that do not make a branch's name ("…（个体工商户）弹",
 * "…餐饮店酒格": a seal's or a neighbour's glyphs OCR ran into the name). Not cut, since they might belong
 * to it, but a reason to look: the name is in doubt.
 */
const AFTER_LEGAL_FORM = /(?:有限责任公司|有限公司|[（(]个体工商户[)）]|店)(\p{Script=Han}{1,2})$/u;
export function strayAfterLegalForm(name: string | null): boolean {
  const tail = name ? AFTER_LEGAL_FORM.exec(name)?.[1] : undefined;
  return !!tail && !/[店厂部所处行馆室社园站]$/u.test(tail);
}

/**
 * A name that goes on past its legal form (a branch, a project department: "…有限公司物资采购分公司",
 * "…有限公司黄埔区第二项目经理部") and stops on a glyph no organisation's name ends with: its cell
 * wrapped and OCR lost the second row, or ran it into another cell ("…第二项目经", "…第二项"). Not
 * completed, since the rest is not read, but a reason to look: the name is in doubt.
 */
const PAST_LEGAL_FORM = /(?:有限责任公司|有限公司|股份公司|集团公司)(\p{Script=Han}{3,})$/u;
const ORGANISATION_END = /[店厂部所处行馆室社园站队院会局司场心校团]$/u;
export function cutAfterLegalForm(name: string | null): boolean {
  const rest = name ? PAST_LEGAL_FORM.exec(name)?.[1] : undefined;
  return !!rest && !ORGANISATION_END.test(rest);
}

/**
 * A name that stops inside its legal form ("…销售服务有限公", "…股份有限"): its cell wrapped there and OCR
 * lost the row with the rest. Not completed, but in doubt: no name ends so.
 */
const LEGAL_FORM_CUT = /(?:有限|股份|集团|责任)公$|(?:股份|有限责任)?有限$|有限责$/u;
export function cutInLegalForm(name: string | null): boolean {
  return !!name && LEGAL_FORM_CUT.test(name);
}

/**
 * A name that ends with its legal form twice ("…国际会服务限公司服务有限公司", "…有限公司配套服务有限责任
 * 公司"): a seal printed over the name bears the name too, and OCR read its words into the row. Not cut,
 * since which glyphs are the name's is not known, but in doubt: a branch's name ends 分公司, not so.
 */
const LEGAL_FORM_TWICE = /限(?:责任)?公司\p{Script=Han}*?有限(?:责任)?公司$/u;
export function legalFormTwice(name: string | null): boolean {
  return !!name && LEGAL_FORM_TWICE.test(name);
}

/**
 * A name that opens a bracket and does not close it ("…餐饮店（个体工"): its cell wrapped and the second
 * row was lost (OCR ran it into another cell, or read it elsewhere). Not completed, but in doubt.
 */
export function unclosedBracket(name: string | null): boolean {
  if (!name) return false;
  const open = (name.match(/[（(]/g) ?? []).length;
  return open > (name.match(/[)）]/g) ?? []).length;
}
