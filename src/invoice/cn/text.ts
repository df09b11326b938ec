/**
 * Chinese invoices from positioned text (PDF text layer, OFD page text, OCR): classic 增值税专用/普通发票
 * (发票代码 + 8-digit 发票号码), 数电 电子发票（专用/普通发票）(20-digit number, no code), 通行费,
 * 航空运输电子客票行程单 and 铁路电子客票. Fields come from labels and geometry, never from fixed
 * coordinates or reading order (producers emit anything from one item per row to one item per glyph):
 * - labels may be spaced glyph by glyph and split over several items ("名" … "称："), so label regexes
 *   allow whitespace between glyphs and run over a line's joined cells;
 * - vertical labels (购/买/方, 密/码/区, 销售方信息, 备/注) are lines of their own (layout.ts) and say
 *   which side a party block is and where its values stop;
 * - the parties come from their labelled rows by geometry (parties.ts), within the bands between
 *   structural rows (table header, 合计, 价税合计, signatures);
 * - the item table comes from its header's column positions, on every page of a multi-page invoice; the
 *   totals from the 合计 / 价税合计 rows that print figures.
 */
import type { PageText, TextItem } from '../../core/text.js';
import { parseAmount, parseTaxRate } from '../amounts.js';
import { bandOf, cy, locate, spaced, xAt } from './label-geometry.js';
import { cutAfterLegalForm, cutInLegalForm, legalFormTwice, partiesFromRemarks, readParties, strayAfterLegalForm, unclosedBracket, WATERMARK, type PartiesRead } from './parties.js';
import { noteGuess, SHOWN_NOT_READ } from '../guesses.js';
import { cleanWords } from './party-cells.js';
import { isResidentIdNumber, isValidUscc } from './uscc.js';
import { parseChineseAmount } from './amount-words.js';
import { parseDate } from '../dates.js';
import { charX, pageLines, rowCells, type Column, type Line, type Segment } from '../layout.js';
import { markRedLetter } from '../credit-note.js';
import { completeTotals, emptyInvoice, emptyLineItem, isVatForm, markSources, type Invoice, type InvoiceType, type LineItem } from '../model.js';

export function detectChineseType(text: string): InvoiceType {
  if (/航空运输电子客票行程单/.test(text)) return 'flight';
  // A used car's sale (its 数电 form is titled 电子发票 too) and the 财政电子票据 state no tax: a total alone.
  if (/二手车销售统一发票/.test(text) || isFiscalReceipt(text)) return 'other';
  if (/铁路电子客票|火车票/.test(text)) return 'train';
  // A 通用机打发票 or 定额发票 is no VAT form, whatever it bills (a toll booth's 车辆通行费): it prints its
  // total alone, with no 金额 and 税额 as the 通行费 VAT invoice states them.
  if (/通行费/.test(text) && !/通用机打发票|定额发票/.test(text)) return 'toll';
  if (/出租汽车|出租车/.test(text)) return 'taxi';
  if (/专用发票/.test(text)) return 'vat_special';
  if (/普通发票|电子发票/.test(text)) return 'vat_normal';
  return 'other';
}

/** True when the text looks like a Chinese invoice (so the caller picks this parser). */
export function looksChinese(text: string): boolean {
  return (/发票|行程单|电子客票/.test(text) && /发票号码|价税合计|开票日期|填开日期/.test(text)) || isFiscalReceipt(text);
}

/**
 * A 财政电子票据 (医疗收费票据, 非税收入统一票据, 公益事业捐赠统一票据): a finance bureau's form, no 发票,
 * with a 票据代码 of 8 digits and a 票据号码 of 10, the payer as 交款人 (捐赠人) and the payee as 收款单位.
 */
function isFiscalReceipt(text: string): boolean {
  const compact = text.replace(/\s+/g, '');
  return /票据代码/.test(compact) && /票据号码/.test(compact) && !/发票代码|发票号码/.test(compact);
}

/** Chinese invoices always print '.' as the decimal mark ("115.044" is 115.044, not 115044). */
function cnNumber(s: string | null | undefined): number | null {
  return parseAmount(s, '.');
}

const SIGNATURES = new RegExp(`${spaced('收款人')}|${spaced('复核')}|${spaced('开票人')}`);
// A 合计 row that says 大写 or 小写 is a gross total (合计金额（小写）of a 卷式 or 通用机打发票), not the net row.
const TOTAL_LINE = new RegExp(`^${spaced('合计')}(?!\\S*[大小]写)`);
/**
 * The 合计 cell as OCR may read its widely spaced glyphs on a photo or a scan: one to three stray
 * characters in the gap ("合名计", "合 05 计", "合 830 计"). Only as a cell of its own, on a row that prints ¥ figures (OCR: Y; a red-letter
 * invoice's after a minus) as the totals row does (an item row never does).
 */
const OCR_TOTAL_CELL = /^合\s*(?:\S\s*){1,3}计$/;
/** How many of a line's first cells make that 合计 cell: one, or two when OCR cut it ("合 | 5计"); else 0. */
function ocrTotalCells(line: Line): number {
  for (let n = 1; n <= Math.min(2, line.segments.length); n++) if (OCR_TOTAL_CELL.test(line.segments.slice(0, n).map((s) => s.text.trim()).join(''))) return n;
  return 0;
}
const isTotalLine = (line: Line) => {
  if (TOTAL_LINE.test(line.text)) return true;
  const n = ocrTotalCells(line);
  return n > 0 && line.segments.slice(n).some((s) => /^[¥￥Y]\s*-?\d/.test(s.text));
};
/**
 * The gross total's row: 价税合计, or on the forms that print no tax (卷式, 通用机打发票, 二手车销售统一发票)
 * 合计金额 / 车价合计 with its 大写 or 小写.
 */
const GRAND_LABEL = `(?:${spaced('价税合计')}|${spaced('车价合计')}|(?:${spaced('合计金额')}|${spaced('金额合计')})(?=\\s*[（(]?\\s*[大小]\\s*写))`;
/** The same labels unspaced, to cut the row's text after them. */
const GRAND_WORDS = '(?:价税合计|车价合计|合计金额|金额合计)';
const GRAND_TOTAL = new RegExp(GRAND_LABEL);
/**
 * The header of a 数电 特定业务 table (建筑服务, 不动产销售 / 经营租赁, 旅客运输, 货物运输, 机动车,
 * 拖拉机和联合收割机), printed under the items and above 合计: its rows describe the business (addresses,
 * travellers, vehicles with their VIN and engine numbers, a declared price) and are no item lines,
 * however many figures they hold.
 */
const SPECIAL_BUSINESS = new RegExp([
  '建筑服务发生地', '建筑项目名称', '不动产地址', '不动产单元代码', '土地增值税项目编号', '核定计税价格', '实际成交含税金额',
  '出行人', '有效身份证件号', '运输工具种类', '运输工具牌号', '起运地', '车辆识别代号', '发动机号码',
].map(spaced).join('|'));
/**
 * A 销货清单's 小计 (per page) and 总计 rows, an ERP's 金额合计 / 税额合计 lines: they end the item lines
 * and sum them again.
 */
const LIST_TOTAL = new RegExp(`^(?:${['小计', '总计', '金额合计', '税额合计'].map(spaced).join('|')})`);
/** The 小计 / 总计 cell as OCR may read its spaced glyphs, a stray glyph or three in the gap ("小窗计"), as the 合计 cell's. */
const OCR_LIST_TOTAL_CELL = /^[小总]\s*(?:\S\s*){1,3}计$/;
/** A 小计 / 总计 row: its label, or the OCR'd cell with strays in its gap on a row of ¥ figures. */
const isListTotal = (line: Line) => LIST_TOTAL.test(line.text)
  || (OCR_LIST_TOTAL_CELL.test(line.segments[0]?.text.trim() ?? '') && line.segments.slice(1).some((s) => /^[¥￥Y]\s*-?\d/.test(s.text)));
/** The one line an invoice with a 销货清单 prints in its table instead of the goods: "（详见销货清单）". */
const SEE_LIST = /详见.{0,4}清单/;

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
  // A foreign currency's figures beside the 人民币 ones (外币金额, 原币金额): another column than 金额.
  ['other', /(?:外币|原币)\s*金\s*额/],
  // OCR of a photo reads 金 as 全 now and then; 全额 heads no other column.
  ['amount', /[金全]额/],
];

/** The keywords as global regexes, made once: this runs for every line of every page. */
const HEADER_KEYS_G = HEADER_KEYS.map(([key, re]) => [key, re, new RegExp(re.source, 'g')] as const);

/** Splits a header line into columns; a segment holding several headers is cut at each keyword. */
function headerColumns(line: Line): Column<Col>[] | null {
  // A header needs an 金额 column (see the end): most lines have no 额 and need no further look.
  if (!line.text.includes('额')) return null;
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
      if (f.key !== 'other') known++;
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
  let itemLine: Line | null = null; // the line the last item's figures came from
  let special = false; // inside a 特定业务 table: its rows are no items
  let listed = false; // past a 小计 row: the item lines are over, the 合计 row may follow
  for (let i = headerIndex + 1; i < lines.length; i++) {
    const line = lines[i];
    if (line.page !== page) break;
    if (line.vertical) continue;
    if (!special && SPECIAL_BUSINESS.test(line.text)) special = true;
    // The OCR'd 合计 cell with a stray glyph in its gap ("合 9 计") alone on its line: the totals row when
    // a skewed scan set its ¥ figures on a line just above or below.
    const strayTotal = ocrTotalCells(line) === line.segments.length
      ? figuresApart({ ...line, text: '' }, lines[i - 1], lines[i + 1]) : null;
    if (isTotalLine(line) || strayTotal) {
      const marked = strayTotal ? null : markedFiguresNear(lines, i);
      if (marked) return { items, totalsLine: { ...line, segments: [...line.segments.filter((s) => !/\d/.test(s.text)), ...marked].sort((a, b) => a.x - b.x) } };
      const apart = strayTotal ?? figuresApart(line, lines[i - 1], lines[i + 1]);
      if (apart === lines[i - 1] && apart === itemLine) items.pop();
      return { items, totalsLine: apart ? { ...line, segments: [...line.segments, ...apart.segments].sort((a, b) => a.x - b.x) } : line };
    }
    if (GRAND_TOTAL.test(line.text) || SIGNATURES.test(line.text) || headerColumns(line)) break;
    // A 数电 invoice's lines over several sheets: each sheet sums its own in a 小计 row, and the last
    // prints the 合计 row under it. No item follows a 小计.
    if (isListTotal(line)) listed = true;
    if (special || listed) continue;
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
    itemLine = line;
    item.spec = cells.spec ?? item.spec;
    item.unit = cells.unit ?? item.unit;
    item.quantity = cnNumber(cells.quantity) ?? item.quantity;
    item.unitPrice = cnNumber(cells.unitPrice) ?? item.unitPrice;
    item.amount = cnNumber(cells.amount);
    item.taxAmount = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : cnNumber(cells.taxAmount);
    // OCR of a photo may lose the thin minus before a red-letter line's tax, as before the 合计 row's
    // figures: a line's tax has its amount's sign, and the line's rate giving the figure read from the
    // amount once negative says the minus was lost. (The 合计 row's tax still checks the lines' sum.)
    if (item.amount !== null && item.amount < 0 && item.taxAmount !== null && item.taxAmount > 0) {
      const rate = lineTaxRate(cells.taxRate, item.amount, -item.taxAmount);
      if (rate !== null && Math.abs(item.amount * rate + item.taxAmount) <= 0.01 + 1e-9) item.taxAmount = -item.taxAmount;
    }
    item.taxRate = lineTaxRate(cells.taxRate, item.amount, item.taxAmount);
  }
  return { items, totalsLine: null };
}

/** The rates and 征收率 a 发票 prints, as fractions. */
const CN_RATES = [0, 0.01, 0.015, 0.03, 0.05, 0.06, 0.09, 0.1, 0.11, 0.13, 0.16, 0.17];

/**
 * A line's rate. OCR of a photo may read the % of a rate as a 9, 96 or 9% ("3%" read "39", "396" or
 * "39%", "13%" "1396"): no rate a 发票 prints, while the figures before it are one. The rate is read so only
 * when it is the one rate that gives the line's own tax from its amount (to the cent); else it stays
 * as read, and the tax_rate_consistent check flags the line.
 */
function lineTaxRate(cell: string | undefined, amount: number | null, taxAmount: number | null): number | null {
  const rate = parseTaxRate(cell);
  // *** for the rate over a tax figure is a 差额开票 line's (差额征税: the tax is on the margin over costs
  // passed on, so no rate gives it from the amount): its rate is not printed, not 0. Over a *** or 0 tax
  // it is a 免税 / 不征税 line's 0.
  if (rate === 0 && /^\*+$/.test(cell!.trim()) && taxAmount) return null;
  const percent = rate === null || CN_RATES.includes(rate) ? null : /^(\d{1,2})9(?:6|%)?$/.exec(cell!.trim());
  if (!percent || amount === null || taxAmount === null) return rate;
  const read = Number(percent[1]) / 100;
  return CN_RATES.includes(read) && Math.abs(amount * read - taxAmount) <= 0.01 + 1e-9 ? read : rate;
}

/**
 * A cell of the 合计 row's figures: ¥ (OCR: Y) and an amount, or the *** of a tax-exempt invoice. OCR of a
 * scan may cut a figure at its thousands ("￥1 157.40"): a space before a group of three is no other cell.
 */
const TOTAL_FIGURE = /^(?:[¥￥Y]\s*-?\d[\d,]*(?: \d{3})*\.\d{2}|\*+)$/;
/**
 * The *** of a 免税 / 不征税 invoice's tax as OCR may misread it in 楷体 ("**:", "水水鸡"): a cell of at most
 * three characters and no digit, beside a ¥ figure. No tax is read from it.
 */
const STARS_MISREAD = /^\D{1,3}$/;

/**
 * A ¥ figure with a stamp's words OCR read into its cell ("已入账￥8050.00": a 已入账 or 已报销 stamp over
 * the row): up to four Han glyphs, then the figure. Its figure is read past them (the row's fallback takes
 * a cell's figure after what is not a digit).
 */
const STAMPED_FIGURE = /^\p{Script=Han}{1,4}[¥￥]\s*-?\d[\d,]*\.\d{2}$/u;

/**
 * The 合计 row's figures when a skewed scan set them on a line of their own, just above or below a 合计
 * label that prints none: a line of ¥ figures only (one may carry a stamp's words), within a line height
 * of the label.
 */
function figuresApart(total: Line, before: Line | undefined, after: Line | undefined): Line | null {
  if (/\d/.test(total.text.replace(TOTAL_LABEL, ''))) return null;
  const figure = (s: Segment) => (TOTAL_FIGURE.test(s.text.trim()) && /\d/.test(s.text)) || STAMPED_FIGURE.test(s.text.trim());
  const near = (l: Line | undefined) => !!l && !l.vertical && l.page === total.page && Math.abs(cy(l) - cy(total)) <= Math.max(l.height, total.height)
    && l.segments.every((s) => figure(s) || TOTAL_FIGURE.test(s.text.trim()) || STARS_MISREAD.test(s.text.trim())) && l.segments.some(figure);
  return near(before) ? before! : near(after) ? after! : null;
}

/** How many lines either side of a 合计 label its ¥ figures are looked for on a photo's bent rows. */
const MARKED_REACH = 3;

/**
 * The 合计 row's ¥ figures when the 合计 label's line holds figures without any ¥ while lines near it
 * hold ¥ figures only, or null. The 合计 row prints each figure after ¥ and an item row never does:
 * figures with none beside the label are an item's that a photo's bent or tilted rows set level with
 * it, and the row's own figures stand a line or more under (or over) it. The lines looked at stop at
 * the 价税合计 row, the signatures and the item table's header.
 */
function markedFiguresNear(lines: readonly Line[], index: number): Segment[] | null {
  const total = lines[index];
  const own = total.text.replace(TOTAL_LABEL, '');
  if (!/\d/.test(own) || /[¥￥Y]/.test(own)) return null;
  const marked = (l: Line) => l.segments.every((s) => TOTAL_FIGURE.test(s.text.trim()) || STARS_MISREAD.test(s.text.trim()))
    && l.segments.some((s) => /^[¥￥Y]/.test(s.text.trim()) && /\d/.test(s.text));
  const found: Segment[] = [];
  for (const step of [1, -1]) {
    for (let k = 1; k <= MARKED_REACH; k++) {
      const l = lines[index + step * k];
      if (!l || l.page !== total.page || GRAND_TOTAL.test(l.text) || SIGNATURES.test(l.text) || headerColumns(l)) break;
      if (!l.vertical && marked(l)) found.push(...l.segments);
    }
  }
  return found.length ? found : null;
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

/**
 * A head field's label and value (发票代码, 发票号码, 开票日期, 校验码): on the label's line, or, where that
 * line ends at the label, on the line just below it (within a line height and a half): a value printed
 * onto a pre-printed paper form with the sheet offset (套打偏移) sits a few mm lower than its label, and a
 * narrow roll prints a long value on the line under its label. Where the
 * value below is none of the field's (`valid`), the value may stand above its label instead (a print
 * offset the other way, a template that sets values over their labels): the cells of the line above that
 * start under the label's extent or just after its end, within two line heights.
 */
function labelledMatch(lines: readonly Line[], re: RegExp, valid: (m: RegExpMatchArray) => boolean = () => true): RegExpMatchArray | null {
  // The label's line holding no figure after the label holds other labels only (开票日期 … 行业分类 on a
  // 通用机打发票 whose values are offset low): the value is looked for off the line, as for a bare label.
  const inLine = firstMatch(lines, re);
  if (inLine && (valid(inLine) || /\d/.test(inLine[1] ?? ''))) return inLine;
  let below: RegExpMatchArray | null = null;
  for (const [i, l] of lines.entries()) {
    const next = lines[i + 1];
    if (l.vertical || !next || next.vertical || next.page !== l.page || cy(next) - cy(l) > 1.6 * Math.max(l.height, next.height)) continue;
    const m = `${l.text}  ${next.text}`.match(re);
    if (!m || m.index! >= l.text.length) continue;
    if (valid(m)) return m;
    below ??= m;
  }
  for (const [i, l] of lines.entries()) {
    if (l.vertical) continue;
    for (const [k, seg] of l.segments.entries()) {
      for (const above of lines.slice(Math.max(0, i - 2), i).reverse()) {
        if (above.vertical || above.page !== l.page) continue;
        // Under the label's extent, or just after its end: a print offset upward sets the value that
        // follows its label on the row (发票代码：044001900211) half a row higher, beside the label's end.
        const cells = above.segments.filter((s) => s.x >= seg.x - seg.height && s.x <= seg.x2 + 2 * seg.height && cy(seg) - cy(s) > 0 && cy(seg) - cy(s) <= 2 * Math.max(seg.height, s.height));
        if (!cells.length) continue;
        const m = `${l.text}  ${cells.map((s) => s.text).join('  ')}`.match(re);
        if (m && m.index! < l.text.length && locate(l, m.index!).seg === k && valid(m)) return m;
      }
    }
  }
  return below ?? inLine;
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
    // A currency in a cell of its own ("CNY" | "880.00"): the figure is the cell after it.
    if (best && CURRENCY_CELL.test(best.text.trim())) {
      const next = vl.segments[vl.segments.indexOf(best) + 1];
      return next ? `${best.text.trim()} ${next.text}` : null;
    }
    return best?.text ?? null;
  }
  return null;
}

const CURRENCY_CELL = /^(?:CNY|RMB|[¥￥])$/;
/** A line that is an amount in 大写 words and nothing else: a 定额发票's face value. */
const FACE_VALUE = /^[零壹贰叁肆伍陆柒捌玖拾佰仟万]+[圆元]整?$/;

/** The 大写 characters, with the traditional and variant forms some fonts and OCR give (陸, 貳, 參, 圓, 萬). */
const WORDS = /[零〇壹贰貳叁參叄参肆伍陆陸柒捌玖拾佰仟万萬亿億圆圓元角分整正负]{2,}/;
/** The words with the "（负数）" a red-letter invoice prints before them: the sign is part of the amount. */
const WORDS_SIGNED = new RegExp(`(?:[（(]负数[)）])?${WORDS.source}`);

/**
 * A cell of the 价税合计 row's values: the 大写 words (after a red-letter invoice's （负数） and the ⊗ mark,
 * which OCR may read as another symbol: ②, ⊕), the ¥ figure, or the figure after the row's own （小写）
 * label, alone or after the words: the form prints that label among the values, so a row a skew cut in
 * two below its 价税合计（大写） labels keeps it with the figure.
 */
const GRAND_FIGURE = '(?:[（(]\\s*小写\\s*[)）]\\s*[:：]?\\s*)?[¥￥Y]\\s*-?[\\d,]+\\.\\d{2}';
const GRAND_VALUE = new RegExp(`^(?:[^\\p{Script=Han}\\d]?\\s*${WORDS_SIGNED.source}(?:\\s*${GRAND_FIGURE})?|${GRAND_FIGURE})$`, 'u');

/**
 * The 价税合计 row's values when they stand on a line of their own just below or above its labels, which
 * print none: values printed onto a pre-printed paper form with the sheet offset (套打偏移: every value a
 * few mm lower than its box) or a skewed scan's row cut in two. A line of those values only, within a
 * line height of the labels. Not the line above when it stands as close under a 合计 or 小计 row
 * (`above`, the line before it): that row's figures, cut off by a skewed scan, over a sheet's blank
 * 价税合计 (the first sheet of a multi-page invoice).
 */
function grandValuesApart(labels: Line, before: Line | undefined, after: Line | undefined, above?: Line): Line | null {
  const rest = labels.text.replace(new RegExp(`^.*?${GRAND_WORDS}`), '');
  if (WORDS.test(rest) || /\d/.test(labels.text.slice(0, labels.text.length - rest.length))) return null;
  // ¥ figures beside the labels (one or two), with neither the words nor the （小写） label, are another
  // row's: a page turned in print sets the 合计 row's net and tax as low as these labels. The row's
  // values are then a line apart that states both the words and the （小写） figure.
  const stray = /\d/.test(rest);
  if (stray && !/^[（(]?大写[)）]?(?:[¥￥][\d,]+\.\d{2}){1,2}$/.test(rest.replace(/\s/g, ''))) return null;
  const near = (l: Line | undefined, to: Line) => !!l && !l.vertical && l.page === to.page && Math.abs(cy(l) - cy(to)) <= Math.max(l.height, to.height);
  // The row prints one figure, its total: a line of two is the 合计 row's net and tax, set lower by a turn.
  const values = (l: Line | undefined) => near(l, labels) && l!.segments.every((seg) => GRAND_VALUE.test(seg.text.trim()))
    && (l!.text.match(/\d\.\d{2}(?!\d)/g) ?? []).length <= 1 && (!stray || (WORDS.test(l!.text) && /小写/.test(l!.text)));
  const underSum = !!above && !above.vertical && (isTotalLine(above) || isListTotal(above)) && near(before, above);
  return values(after) ? after! : values(before) && !underSum ? before! : null;
}

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
// The figures after 发票代码 and 发票号码, with the runs OCR may cut them into (labelledFigure).
const CODE = new RegExp(`(?:${spaced('发票')}|${spaced('票据')})\\s*${spaced('代码')}\\s*[:：]?\\s*(\\d{1,12}(?: {1,2}\\d{1,12})*)(?!\\d)`);
const NUMBER = new RegExp(`(?:${spaced('发票')}|${spaced('票据')})\\s*${spaced('号码')}\\s*[:：]?\\s*(\\d{1,20}(?: {1,2}\\d{1,20})*)(?!\\d)`);
/**
 * The lengths a 发票代码 (10 or 12 digits) and a 发票号码 (8 beside a code; 20 on a 数电 invoice, 行程单,
 * 电子客票) have; a 财政电子票据's 票据代码 and 票据号码, 8 and 10.
 */
const FIGURE_LENGTHS = { invoice: { code: [10, 12], number: [8, 20] }, fiscal: { code: [8], number: [10] } };
const DATE = new RegExp(`(?:${spaced('开票日期')}|${spaced('填开日期')}|${spaced('开票时间')})\\s*[:：]?\\s*(.{6,24})`);
/**
 * A date whose day OCR split after its first digit ("2024-10-1 1"): the lone digit after a space is the
 * day's second, not a time or another figure (no digit, colon or point after it). A form's date is
 * zero-padded or ends in 日, so a one-digit day with a digit standing after it is no day of its own.
 */
const SPLIT_DAY = /(\d{4}\s*[-./年]\s*\d{1,2}\s*[-./月]\s*\d)\s(\d)(?![\d:：.])/;
const CHECK_CODE = new RegExp(`(?:${spaced('校验码')}|${spaced('验证码')})\\s*[:：]?\\s*(\\d[\\d\\s]{2,30}\\d)`);
const TOTAL_LABEL = new RegExp(`^${spaced('合计')}\\s*`);
/** The № mark before a printed form's number (OCR reads it "No", "N0", "Nº", "№"). */
const NUMBER_MARK = /(?:^|[^A-Za-z])(?:N[oO0º°]|№)\s*[.:：]?\s*(\d{8})(?!\d)/;
/**
 * A 10- or 12-digit 发票代码 standing alone (no label before it on its line, other figures aside); not
 * the first digits of a masked ID number ("3101011990****1234").
 */
const BARE_CODE = /(?<!\d)(\d{10}|\d{12})(?![\d*])/g;
/** The rows that open the body of the form: the head (title, code, №, date) lies above the first of them. */
const BODY_ROW = new RegExp(`${spaced('名称')}|${spaced('纳税人识别号')}|${spaced('购买方')}|${spaced('密码区')}`);
const REMARKS_LABEL = new RegExp(`^${spaced('备注')}\\s*[:：]?\\s*`);
/**
 * A figure with cents right of its label in the same row: "不含税价  ¥176991.15", "增值税税额  ¥23008.85",
 * or an ERP's summary lines in place of a 合计 row ("金额合计：¥12600.00  税额合计：¥1638.00").
 */
const beside = (...labels: string[]) => new RegExp(`(?:${labels.map(spaced).join('|')})\\s*[:：]?\\s*(?:小写\\s*)?(?:CNY\\s*)?[¥￥]?\\s*(-?[\\d,]+\\.\\d{2})(?!\\d)`);
const NET_BESIDE = beside('不含税价', '金额合计', '合计金额');
const TAX_BESIDE = beside('增值税税额', '税额合计', '合计税额');
/**
 * What a ticket invoice charges: a refund's or a change's fee when it is one (铁路电子客票 for 退票费 /
 * 改签费, which may print the 原票价 beside it), else the fare; never the 原票价 of the ticket refunded.
 */
const TICKET_FEE = /(?:退票费|改签费)\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/;
const TICKET_FARE = /(?<!原)票价\s*[:：]?\s*[¥￥]?\s*([\d,]+\.\d{2})/;
/** A cell's text when it is an amount with cents (an optional currency before it), else null. */
const money = (cell: string | null) => (cell && /^(?:CNY\s*|[¥￥]\s*)?-?[\d,]+\.\d{2}$/.test(cell.trim()) ? cell : null);

/**
 * The code and number of a pre-printed paper form (增值税专用/普通发票 before 数电), which prints no
 * 发票代码/发票号码 labels: the code stands alone at the top left (the printer repeats it at the top
 * right), the number follows the № mark. Read only in the form's head, above its first body row; two
 * different bare codes there leave the code unread rather than guessed.
 */
function unlabelledHead(lines: readonly Line[]): { code: string | null; number: string | null } {
  const first = lines.find((l) => !l.vertical && BODY_ROW.test(l.text));
  if (!first) return { code: null, number: null };
  const head = lines.filter((l) => !l.vertical && l.page === first.page && cy(l) < first.y);
  const codes = new Set<string>();
  for (const l of head) {
    for (const m of l.text.matchAll(BARE_CODE)) {
      // A label before the figure (机器编号, 电话) makes it something else.
      const before = l.text.slice(0, m.index).trimEnd();
      if (!before || /\d$/.test(before) || NUMBER_MARK.test(before) || /发票$/.test(before)) codes.add(m[1]!);
    }
  }
  const number = firstMatch(head, NUMBER_MARK)?.[1] ?? null;
  return { code: codes.size === 1 ? [...codes][0]! : null, number };
}

/**
 * A 发票代码 or 发票号码 from the figure after its label, of one of `lengths` digits. It may come in runs:
 * OCR cuts it ("25442000000801 122334", "03200200041 1"), a print groups it ("2550 2000 0009 3046 8815")
 * or spaces it glyph by glyph. The first runs that add up to one of those lengths are the one figure, the
 * longest such join, unless it takes in a run that is a figure of such a length on its own (the number
 * and another figure beside it, "40718265  033002100311"): then the first. With no join of such a
 * length, the longest run of one (a stray run OCR read beside it); else the first run, when it has the
 * shortest to the longest length's digits.
 */
function labelledFigure(figure: string | undefined, lengths: readonly number[]): string | null {
  if (!figure) return null;
  const runs = figure.split(/\s+/);
  const joins: Array<{ text: string; runs: number }> = [];
  let joined = '';
  for (const [k, run] of runs.entries()) {
    joined += run;
    if (lengths.includes(joined.length)) joins.push({ text: joined, runs: k + 1 });
  }
  const whole = joins.filter((j) => j.runs === 1 || runs.slice(0, j.runs).every((r) => !lengths.includes(r.length)));
  if (whole.length || joins.length) return (whole.at(-1) ?? joins[0])!.text;
  const alone = runs.filter((r) => lengths.includes(r.length)).sort((a, b) => b.length - a.length)[0];
  if (alone) return alone;
  return runs[0]!.length >= Math.min(...lengths) && runs[0]!.length <= Math.max(...lengths) ? runs[0]! : null;
}

// A 财政电子票据's parties: the payer (交款人, a donation's 捐赠人) with its 统一社会信用代码 when it has one,
// and the payee in the signatures row (收款单位（章）).
const PAYER = new RegExp(`(?:${spaced('交款人')}|${spaced('捐赠人')})\\s*[:：]\\s*(\\S+)`);
const PAYER_ID = new RegExp(`(?:${spaced('交款人')}|${spaced('捐赠人')})${spaced('统一社会信用代码')}\\s*[:：]\\s*([0-9A-Z]{18})`);
const PAYEE = new RegExp(`${spaced('收款单位')}\\s*(?:[（(]\\s*章\\s*[)）])?\\s*[:：]\\s*(\\S+)`);
function fiscalParties(lines: readonly Line[]): PartiesRead {
  const party = (name: string | null, taxId: string | null) => ({ ...emptyInvoice('CNY').buyer, name, taxId });
  return {
    buyer: party(firstMatch(lines, PAYER)?.[1] ?? null, firstMatch(lines, PAYER_ID)?.[1] ?? null),
    seller: party(firstMatch(lines, PAYEE)?.[1] ?? null, null),
    doubts: [],
  };
}

/** The 收购 mark a 农产品收购发票 prints in its head, in a box of its own. */
const PURCHASE_MARK = /^[|[(（]?\s*收\s*购\s*[|\])）]?$/;

/**
 * A 收购 invoice is issued by the buyer, who buys farm produce from a person. The tax-control software
 * of the classic invoices prints the issuer in the 销售方 block and the farmer in the 购买方 block; a 数电
 * one prints each in its own block. When the 购买方 block holds a person (a 居民身份证号码) and the 销售方
 * block an organisation (a valid 统一社会信用代码), the blocks are swapped; when the IDs do not settle it,
 * both names are in doubt.
 */
function purchaseSides(inv: Invoice): void {
  const person = (id: string | null) => !!id && isResidentIdNumber(id);
  const organisation = (id: string | null) => !!id && isValidUscc(id);
  if (person(inv.buyer.taxId) && organisation(inv.seller.taxId)) [inv.buyer, inv.seller] = [inv.seller, inv.buyer];
  else if (!(person(inv.seller.taxId) && organisation(inv.buyer.taxId))) {
    noteGuess(inv, 'seller.name', 'a 收购 invoice whose blocks do not say which is the farmer');
    noteGuess(inv, 'buyer.name', 'a 收购 invoice whose blocks do not say which is the farmer');
  }
}

/**
 * The pages without their text at a slant, or null when they have none. Every field of the form is
 * printed upright; text at a slant was laid over it afterwards (a seal's ring repeating the issuer's
 * name, a watermark's 全国统一发票监制, a 已报销 stamp) and runs into the cells it crosses.
 */
function uprightOnly(pages: readonly PageText[]): PageText[] | null {
  if (!pages.some((p) => p.items.some((i) => i.slanted))) return null;
  return pages.map((p) => ({ ...p, items: p.items.filter((i) => !i.slanted) }));
}

/**
 * The pages without the glyphs laid over the form upright (a watermark's 仅供报销使用 set large and
 * letter-spaced behind the parties, a stamp's lettering), or null when they have none: a glyph at least
 * twice as tall as the page's usual text whose box crosses a text item less than half its height, and
 * the glyphs of its size in its row. The form's own text does not overlap; its title, large, may touch a
 * 监制章 and is told by its words.
 */
function withoutOverlaid(pages: readonly PageText[]): PageText[] | null {
  let any = false;
  const out = pages.map((p) => {
    const heights = p.items.map((i) => i.height).sort((a, b) => a - b);
    const usual = heights[Math.floor(heights.length / 2)] ?? 0;
    const crosses = (big: TextItem, o: TextItem) => o !== big && o.height < big.height / 2
      && o.x < big.x + big.width && big.x < o.x + o.width && o.y < big.y + big.height && big.y < o.y + o.height;
    const glyph = (i: TextItem) => i.height >= 2 * usual && [...i.text.trim()].length === 1;
    const over = new Set(p.items.filter((i) => glyph(i) && p.items.some((o) => crosses(i, o))));
    if (!over.size) return p;
    // The rest of the same run: glyphs of its size in its row, past the text they cross.
    const sameRun = (i: TextItem, b: TextItem) => Math.abs(i.height - b.height) < 0.1 * b.height && Math.abs(i.y - b.y) < 0.5 * b.height;
    for (const i of p.items) if (glyph(i) && [...over].some((b) => sameRun(i, b))) over.add(i);
    // The form's title, large and glyph by glyph in some PDFs, may touch the 监制章 laid over it: a row
    // that names the 发票 or 票据 is the title and stays.
    for (const b of [...over]) {
      const row = [...over].filter((i) => sameRun(i, b)).sort((x, y) => x.x - y.x);
      if (/发票|票据|行程单/.test(row.map((i) => i.text.trim()).join(''))) for (const i of row) over.delete(i);
    }
    if (!over.size) return p;
    any = true;
    return { ...p, items: p.items.filter((i) => !over.has(i)) };
  });
  return any ? out : null;
}

/**
 * Any three or more of the watermark's glyphs in order, the longest first: OCR reads its rows cut and run
 * into the cells they cross.
 */
const WATERMARK_RUNS = new RegExp([...WATERMARK].flatMap((_, i) => [...WATERMARK].map((__, j) => WATERMARK.slice(i, j + 1)))
  .filter((run) => run.length >= 3).sort((a, b) => b.length - a.length).join('|'), 'g');

/**
 * The pages with a watermark's words taken out of the cells OCR ran them into, or null when none
 * reads it whole: its rows cross the form, and OCR reads them as text in the cells they cross
 * ("报销使用合计仅供报销使用", "纳税人识别号：仅供报 9137…"). With the words read whole somewhere on the
 * page, any run of three or more of its glyphs in order is the watermark's, never the form's.
 */
function withoutWatermark(pages: readonly PageText[]): PageText[] | null {
  if (!pages.some((p) => p.items.some((i) => i.text.includes(WATERMARK)))) return null;
  return pages.map((p) => ({
    ...p,
    items: p.items.flatMap((i) => {
      const cut = new Set<number>();
      for (const m of i.text.matchAll(WATERMARK_RUNS)) for (let k = m.index!; k < m.index! + m[0].length; k++) cut.add(k);
      if (!cut.size) return [i];
      const keep = [...i.text.split('').keys()].filter((k) => !cut.has(k));
      const text = keep.map((k) => i.text[k]).join('');
      return text.trim() ? [{ ...i, text, ...(i.charConfidence ? { charConfidence: keep.map((k) => i.charConfidence![k]!) } : {}) }] : [];
    }),
  }));
}

/** Below this turn (degrees) a page's rows stay within their lines across a form's width. */
const TURN_LEVEL = 0.2;

/**
 * The pages turned back level when their text layer was printed turned (its runs' baselines share a
 * turn of a few tenths of a degree or more), or null when none is. Across a form's width such a turn
 * sets a row's right end millimetres lower than its left, so the 合计 label and its figures, or an
 * item's name and its amounts, fall on lines apart; turned back about the page's centre, each run sits
 * where the form placed it. The turn is the runs' median: a level page's runs carry none.
 */
function levelled(pages: readonly PageText[]): PageText[] | null {
  const turns = pages.map((p) => {
    const all = p.items.map((i) => i.turn ?? 0).sort((a, b) => a - b);
    return all[Math.floor(all.length / 2)] ?? 0;
  });
  if (!turns.some((t) => Math.abs(t) >= TURN_LEVEL)) return null;
  return pages.map((p, n) => {
    const turn = turns[n]!;
    if (Math.abs(turn) < TURN_LEVEL) return p;
    const cos = Math.cos((turn * Math.PI) / 180);
    const sin = Math.sin((turn * Math.PI) / 180);
    const cx = p.width / 2;
    const cy = p.height / 2;
    // A run's place is its baseline's start: turned back about the centre, its top is a font size above.
    return {
      ...p,
      items: p.items.map(({ turn: _, ...i }) => {
        const dx = i.x - cx;
        const dy = i.y + i.height - cy;
        return { ...i, x: cx + dx * cos + dy * sin, y: cy - dx * sin + dy * cos - i.height };
      }),
    };
  });
}

/** `lines`: the pages' lines when the caller has them already (grouping them is a good part of the parse). */
export function parseChineseInvoiceText(pages: readonly PageText[], lines: Line[] = pageLines(pages)): Invoice {
  const level = levelled(pages);
  if (level) return parseChineseInvoiceText(level);
  const upright = uprightOnly(pages);
  if (upright) return parseChineseInvoiceText(upright);
  const clear = withoutOverlaid(pages);
  if (clear) return parseChineseInvoiceText(clear);
  const unmarked = withoutWatermark(pages);
  if (unmarked) return parseChineseInvoiceText(unmarked);
  const text = lines.map((l) => l.text).join('\n');
  const inv = emptyInvoice('CNY');
  inv.type = detectChineseType(text);

  const fiscal = isFiscalReceipt(text);
  const lengths = FIGURE_LENGTHS[fiscal ? 'fiscal' : 'invoice'];
  inv.code = labelledFigure(labelledMatch(lines, CODE, (m) => labelledFigure(m[1], lengths.code) !== null)?.[1], lengths.code);
  inv.number = labelledFigure(labelledMatch(lines, NUMBER, (m) => labelledFigure(m[1], lengths.number) !== null)?.[1], lengths.number);
  // A 数电 invoice's 20-digit number has no 发票代码 beside it: a bare figure in its head is something else.
  if (inv.number === null || (inv.code === null && !/^\d{20}$/.test(inv.number))) {
    const head = unlabelledHead(lines);
    inv.code ??= head.code;
    inv.number ??= head.number;
  }
  // Another length is a figure OCR cut short or ran on.
  if (inv.code && !lengths.code.includes(inv.code.length)) noteGuess(inv, 'code', `a code of this form has ${lengths.code.join(' or ')} digits`);
  if (inv.number && !lengths.number.includes(inv.number.length)) noteGuess(inv, 'number', `a number of this form has ${lengths.number.join(' or ')} digits`);
  const dateText = labelledMatch(lines, DATE, (m) => parseDate(m[1]) !== null)?.[1]?.replace(SPLIT_DAY, '$1$2');
  inv.date = parseDate(dateText);
  const check = labelledMatch(lines, CHECK_CODE)?.[1];
  inv.checkCode = check ? check.replace(/\s+/g, '').slice(0, 20) : null;

  // Structural rows: table headers, 合计, 价税合计 and the signatures split the page into bands.
  const headers = lines.map((l, i) => ({ i, cols: l.vertical ? null : headerColumns(l) })).filter((h): h is { i: number; cols: Column<Col>[] } => h.cols !== null);
  const structural = new Set<Line>(headers.map((h) => lines[h.i]));
  for (const l of lines) if (!l.vertical && (isTotalLine(l) || GRAND_TOTAL.test(l.text) || SIGNATURES.test(l.text))) structural.add(l);
  const barriers = new Map<number, number[]>();
  for (const l of structural) barriers.set(l.page, [...(barriers.get(l.page) ?? []), (l.y + l.y2) / 2]);

  // Item tables (one per page on a multi-page invoice) and 合计: the last 合计 row with figures.
  const tableTop = headers.length ? lines[headers[0].i].y : Infinity;
  const tables: LineItem[][] = [];
  let sumRow = false;
  for (const { i, cols } of headers) {
    const { items, totalsLine } = parseItems(lines, i, cols);
    tables.push(items.filter((it) => it.name || it.amount !== null));
    inv.items.push(...tables.at(-1)!);
    if (!totalsLine) continue;
    sumRow = true;
    // No figure ends in 计: a cell that does is the 合计 label with a stray glyph OCR read in its gap ("5计").
    // Nor holds a capital letter past a currency's (CNY, Y for ¥): that is an ID's run, a seal's ring
    // stamped over the row ("91320508MA2").
    const figures = totalsLine.segments.map((s) => ({ ...s, text: s.text.replace(TOTAL_LABEL, '') }))
      .filter((s) => /[\d*]/.test(s.text) && !/计$/.test(s.text.trim()) && !/[A-Z]/.test(s.text.trim().replace(/^(?:CNY|RMB|Y)/, '')));
    const cells = cellsOf(cols, { ...totalsLine, segments: figures });
    let amount = cnNumber(cells.amount);
    let tax = cells.taxAmount && /^\*+$/.test(cells.taxAmount.trim()) ? 0 : cnNumber(cells.taxAmount);
    if (amount === null) {
      // The net's cell unread (a figure outside its column, a stamp over it): the row's figures in order.
      // A tax read in its own column stays the tax, whatever else the row holds: with no other figure, the
      // net is left to come from the total (completeTotals), never taken from the tax's cell.
      const others = tax === null ? figures : figures.filter((s) => s.text.trim() !== cells.taxAmount?.trim());
      const amounts = others.map((s) => cnNumber(s.text.replace(/^\D*/, ''))).filter((n): n is number => n !== null);
      if (tax === null) [amount = null, tax = null] = amounts;
      else amount = amounts[0] ?? null;
    }
    if (amount !== null || tax !== null) {
      inv.amount = amount;
      inv.taxAmount = tax;
    }
  }

  // 价税合计（大写）…（小写）¥…: the first such row with figures (page 1 of a multi-page invoice may be blank).
  for (const [i, labels] of lines.entries()) {
    if (labels.vertical || !GRAND_TOTAL.test(labels.text)) continue;
    const apart = grandValuesApart(labels, lines[i - 1], lines[i + 1], lines[i - 2]);
    const totalLine = apart ? { ...labels, text: `${labels.text.replace(/[¥￥][\d,]+\.\d{2}/g, '')}  ${apart.text}` } : labels;
    const words = totalLine.text.replace(/[⊗ⓧ⨂\s]/g, '').replace(new RegExp(`^.*?${GRAND_WORDS}[（(]?大写[)）]?`), '').match(WORDS_SIGNED);
    const small = totalLine.text.match(/小写[)）]?\s*[:：]?\s*[¥￥Y]?\s*(-?[\d,]+(?:\.\d{1,2})?)/);
    let total = small ? cnNumber(small[1]) : cnNumber(totalLine.text.match(/[¥￥]\s*(-?[\d,]+\.\d{2})/)?.[1]);
    if (!words && total === null) continue;
    inv.totalInWords = words ? cleanWords(words[0]) : null;
    // OCR may put a space between two digits of the 小写 figure ("¥1 38000.00"), and the figure read
    // stops there. The 大写 words on the row say whether the digits either side make one figure; without
    // them the figure stays as read (and unconfirmed).
    const split = totalLine.text.match(/小写[)）]?\s*[:：]?\s*[¥￥Y]?\s*(-?\d[\d,]*(?: \d[\d,]*)+\.\d{2})(?!\d)/);
    const joined = split && cnNumber(split[1].replace(/ /g, ''));
    if (joined !== null && total !== joined && inv.totalInWords && parseChineseAmount(inv.totalInWords) === joined) total = joined;
    inv.totalAmount = total;
    break;
  }
  // No 价税合计 label read (a narrow label cell wrapped it after 价税, the rest in a column of its own): a
  // line that states the 大写 words and the （小写） figure is that row all the same.
  if (inv.totalAmount === null && !inv.totalInWords) {
    for (const l of lines) {
      if (l.vertical) continue;
      const flat = l.text.replace(/[⊗ⓧ⨂\s]/g, '');
      const small = flat.match(/[（(]小写[)）][:：]?[¥￥Y]?(-?[\d,]+\.\d{2})(?!\d)/);
      const words = small && flat.slice(0, small.index).match(new RegExp(`${WORDS_SIGNED.source}$`));
      if (!small || !words) continue;
      inv.totalInWords = cleanWords(words[0]);
      inv.totalAmount = cnNumber(small[1]);
      break;
    }
  }
  // A scan may lose the 小写 figure (a stamp, a fold); the 大写 words on the same row state the same amount.
  if (inv.totalAmount === null && inv.totalInWords) inv.totalAmount = parseChineseAmount(inv.totalInWords);
  // OCR of a photo may lose the thin minus between ¥ and a red-letter invoice's 小写 figure: words
  // stating "（负数）" and that very figure give the total its sign.
  if (inv.totalAmount !== null && inv.totalAmount > 0 && inv.totalInWords && parseChineseAmount(inv.totalInWords) === -inv.totalAmount) inv.totalAmount = -inv.totalAmount;
  // It may lose the minus before a red-letter invoice's 合计 net or tax the same way: with the total
  // negative, a positive figure that makes the total only when negative lost its minus.
  if (inv.totalAmount !== null && inv.totalAmount < 0 && inv.amount !== null && inv.taxAmount !== null) {
    const sums = (net: number, tax: number) => Math.abs(net + tax - inv.totalAmount!) <= 0.01 + 1e-9;
    if (!sums(inv.amount, inv.taxAmount)) {
      if (inv.taxAmount > 0 && sums(inv.amount, -inv.taxAmount)) inv.taxAmount = -inv.taxAmount;
      else if (inv.amount > 0 && sums(-inv.amount, inv.taxAmount)) inv.amount = -inv.amount;
    }
  }
  // A 定额发票 prints its face value in 大写 words alone on a line ("贰拾圆"), with no total row.
  if (inv.totalAmount === null && !inv.totalInWords) {
    const face = lines.find((l) => !l.vertical && FACE_VALUE.test(l.text.replace(/\s/g, '')));
    if (face) {
      inv.totalInWords = face.text.replace(/\s/g, '');
      inv.totalAmount = parseChineseAmount(inv.totalInWords);
    }
  }
  // Forms without an item table or 合计 row print their figures in labelled cells: beside the label
  // (机动车销售统一发票: 不含税价, 增值税税额; an ERP's 金额合计, 税额合计), under a row of headers
  // (航空行程单: 增值税税额 … 合计), or as 票价. Only a figure with cents is one: the cell under a header
  // may hold a code (主管税务机关及代码).
  if (inv.amount === null) inv.amount = cnNumber(firstMatch(lines, NET_BESIDE)?.[1]);
  if (inv.taxAmount === null) inv.taxAmount = cnNumber(firstMatch(lines, TAX_BESIDE)?.[1]);
  // Not under an item table's 合计 label: that row is the net's, and a figure under it its net or tax.
  if (inv.totalAmount === null) inv.totalAmount = cnNumber(money(sumRow ? null : valueUnder(lines, /^合计$/)) ?? (firstMatch(lines, TICKET_FEE) ?? firstMatch(lines, TICKET_FARE))?.[1]);
  if (inv.taxAmount === null) inv.taxAmount = cnNumber(money(valueUnder(lines, /^增值税税额$/)));
  // With the 销货清单 read, its lines are the items and the line that points to it is not one. Nor is a
  // line with no name in the table that points to it: a skewed scan cut a second 详见销货清单 cell (one per
  // rate) from its row's figures, which stand as a line of their own.
  if (inv.items.some((it) => SEE_LIST.test(it.name)) && inv.items.some((it) => !SEE_LIST.test(it.name) && it.amount !== null)) {
    const summary = new Set(tables.filter((t) => t.some((it) => SEE_LIST.test(it.name))).flatMap((t) => t.filter((it) => !it.name.trim())));
    inv.items = inv.items.filter((it) => !SEE_LIST.test(it.name) && !summary.has(it));
  }
  completeTotals(inv);
  // A VAT form's 合计 row read with none of its figures (a page turned in print sets them lines apart
  // from its label): the net and tax it shows are not known, not absent.
  if (sumRow && inv.amount === null && inv.taxAmount === null && isVatForm(inv.type)) {
    for (const field of ['amount', 'taxAmount']) noteGuess(inv, field, `the 合计 row printed, ${SHOWN_NOT_READ}`);
  }

  // Parties: labelled rows of the first page that has any, values by geometry; then 填开单位.
  const { buyer, seller, doubts, labelled = [] } = fiscal ? fiscalParties(lines) : readParties(lines, structural, barriers, tableTop);
  inv.buyer = buyer;
  inv.seller = seller;
  for (const { side, why } of doubts) noteGuess(inv, `${side}.name`, why);
  if (lines.some((l) => !l.vertical && l.segments.some((seg) => PURCHASE_MARK.test(seg.text)))) purchaseSides(inv);
  // The 填开日期 cell beside it may run into the name when OCR's boxes nearly touch.
  inv.seller.name ??= firstMatch(lines, /(?:填开单位|销售方名称)\s*[:：]\s*(\S+?)(?=\s|填开日期|$)/)?.[1] ?? null;
  // A 行程单 always prints its issuer as 填开单位: none read is that row lost (a stamp over its label), not a
  // ticket without an issuer (a 铁路电子客票 prints none).
  if (inv.type === 'flight' && !inv.seller.name) noteGuess(inv, 'seller.name', `a 行程单 prints its 填开单位, ${SHOWN_NOT_READ}`);
  for (const side of ['buyer', 'seller'] as const) {
    if (strayAfterLegalForm(inv[side].name)) noteGuess(inv, `${side}.name`, 'glyphs after the legal form that end the name');
    else if (cutAfterLegalForm(inv[side].name)) noteGuess(inv, `${side}.name`, 'a branch\'s name that ends on no word a name ends with');
    else if (unclosedBracket(inv[side].name)) noteGuess(inv, `${side}.name`, 'a bracket opened in the name and not closed');
    else if (cutInLegalForm(inv[side].name)) noteGuess(inv, `${side}.name`, 'a name that stops inside its legal form');
    else if (legalFormTwice(inv[side].name)) noteGuess(inv, `${side}.name`, 'a name that ends with its legal form twice');
  }

  inv.remarks = remarksOf(lines, barriers);
  if (inv.remarks) partiesFromRemarks(inv.remarks, inv);
  // A VAT 普通发票 names its buyer too (a person or a body by its name alone, with no ID): a buyer's 名称
  // label printed and no name read is a name lost (printed where it was not looked for, under a stamp),
  // not a buyer left out. A 卷式 roll may leave its buyer's row blank.
  if (inv.type === 'vat_normal' && !inv.buyer.name && labelled.includes('buyer') && !/卷式/.test(text)) noteGuess(inv, 'buyer.name', 'its 名称 label printed and no name read');
  return markRedLetter(markSources(inv, 'text'), 'text');
}
