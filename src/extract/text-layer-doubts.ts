/**
 * Signs that a Chinese invoice's text layer says other characters than its page shows: some issuers'
 * fonts carry a ToUnicode map that gives other, valid-looking characters (dates such as 8118-01-03,
 * names such as 阿斯兰脪祺服务), which the parsers would read with confidence. Cheap, since it runs on
 * every Chinese PDF: the fields already parsed, the page text and the characters each font maps to.
 * What to do about it is text-layer-ocr.ts's step.
 */
import type { PageText } from '../core/text.js';
import { hanOutsideGb2312, ideographs } from '../invoice/cn/gb2312.js';
import { isChineseInvoice, totalsAddUp, wordsAgainstFigures, type Invoice, type SourcedInvoice } from '../invoice/index.js';
import { mergeReadings, type FontMap } from '../pdf/lean/font-maps.js';
import type { OwnReading } from '../pdf/lean/fonts.js';
import { qrCheck } from './qr.js';
import { pagesLookChinese } from './text-parts.js';

export interface TextLayerDoubts {
  /** Why the text layer is suspect, for the reviewer. */
  reasons: string[];
  /** Fields whose text-layer value cannot be right (a date that does not exist), with why. */
  impossible: Map<string, string>;
  /** Fields the signs cast doubt on, though their value may be right. */
  doubtful: Set<string>;
  /**
   * The signs are the fonts' or the figures' (a font's map, an impossible date, 大写 ≠ 小写, net + tax ≠
   * total), not one field's: every field the text layer gives is in doubt until another reading confirms it. (A tax id
   * whose check character fails is not one: sample and test invoices carry made-up ids, and the
   * tax_id_checksum check names the field anyway.)
   */
  wholeLayer: boolean;
  /**
   * The characters the fonts' own data reads otherwise than their maps (font-maps.ts): a third reading
   * of a text field, besides the map and the OCR.
   */
  ownReading: OwnReading;
}

/** The fields compared with a second reading of the page: the ones a wrong map changes silently. */
export const CHECKED_FIELDS = ['number', 'code', 'date', 'amount', 'taxAmount', 'totalAmount', 'totalInWords', 'seller.name', 'buyer.name', 'seller.taxId', 'buyer.taxId'] as const;
export type CheckedField = (typeof CHECKED_FIELDS)[number];

/** A font whose hanzi are this share or more outside GB2312 (and at least three of them) maps glyphs to the wrong characters. */
const RARE_SHARE = 0.1;
const RARE_MIN = 3;
const FIRST_YEAR = 1990;

/** The part the text layer's parser gave, when it is a Chinese invoice's and no embedded XML stands above it. */
export function chineseTextPart(parts: readonly SourcedInvoice[]): SourcedInvoice | undefined {
  if (parts.some((p) => p.source === 'xml')) return undefined;
  const text = parts.find((p) => p.source === 'text');
  return text && isChineseInvoice(text.invoice) ? text : undefined;
}

/**
 * The doubts about a Chinese invoice's text layer, or null when there are none (or it is not one): a
 * font whose hanzi are largely outside GB2312 or whose glyph names disagree with its map, an impossible
 * date, 大写 ≠ 小写, net + tax ≠ total, a party name with characters outside GB2312, fields that
 * disagree with the invoice's QR code.
 */
export function textLayerDoubts(layer: { pages: readonly PageText[]; fonts?: readonly FontMap[] }, parts: readonly SourcedInvoice[], qr?: SourcedInvoice, now = new Date()): TextLayerDoubts | null {
  const part = chineseTextPart(parts);
  if (!part || !pagesLookChinese(layer.pages)) return null;
  const inv = part.invoice;
  const doubts: TextLayerDoubts = { reasons: [], impossible: new Map(), doubtful: new Set(), wholeLayer: false, ownReading: new Map() };
  fontSigns(layer.fonts ?? [], doubts);
  dateSigns(inv, layer.pages, now, doubts);
  wordsSign(inv, doubts);
  totalsSign(inv, doubts);
  doubts.wholeLayer = doubts.reasons.length > 0;
  nameSigns(inv, doubts);
  if (qr) qrSigns(qr.invoice, inv, doubts);
  return doubts.reasons.length ? doubts : null;
}

function fontSigns(fonts: readonly FontMap[], doubts: TextLayerDoubts): void {
  for (const font of fonts) {
    // Kangxi radicals (U+2F00…), which some fonts map their ideographs to, are not ideographs here: not counted.
    const han = ideographs(font.chars);
    const rare = hanOutsideGb2312(font.chars).length;
    if (rare >= RARE_MIN && rare >= RARE_SHARE * han) doubts.reasons.push(`font ${font.name} maps ${rare} of its ${han} hanzi to characters outside GB2312`);
    if (font.disagreements) doubts.reasons.push(`font ${font.name} maps ${font.disagreements} glyphs otherwise than their names say`);
    if (font.ownReading) mergeReadings(doubts.ownReading, font.ownReading);
  }
  // A character another font shows as itself (a label's 合 beside a value font mapping 何 to 合) is read
  // two ways on the page: not read otherwise, so the labels stay found. Letters and digits are kept: no
  // label is spelt with them, and a value read so is taken only where the OCR of its glyphs agrees.
  for (const font of fonts) {
    for (const c of font.chars) if (doubts.ownReading.get(c) && !/[0-9A-Za-z]/.test(c) && !font.ownReading?.has(c)) doubts.ownReading.set(c, null);
  }
}

const CN_DATE = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

/** The date read has a year outside 1990..next year; or none was read and the page prints a 年月日 date that cannot be. */
function dateSigns(inv: Invoice, pages: readonly PageText[], now: Date, doubts: TextLayerDoubts): void {
  const lastYear = now.getUTCFullYear() + 1;
  const bad = (y: number, m: number, d: number) => y < FIRST_YEAR || y > lastYear || m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (inv.date) {
    const [y, m, d] = inv.date.split('-').map(Number);
    if (bad(y, m, d)) {
      doubts.impossible.set('date', `${inv.date} cannot be an invoice's date`);
      doubts.reasons.push(`the date ${inv.date} cannot be`);
    }
    return;
  }
  // No date read: the parser may have refused one whose month or day does not exist.
  for (const page of pages) {
    if (!page.items.some((i) => i.text.includes('月'))) continue;
    const text = page.items.map((i) => i.text).join('');
    for (const m of text.matchAll(CN_DATE)) {
      if (!bad(Number(m[1]), Number(m[2]), Number(m[3]))) continue;
      doubts.reasons.push(`the page prints a date that cannot be (${m[0]})`);
      doubts.impossible.set('date', `${m[0]} is no date`);
      return;
    }
  }
}

/** 大写 ≠ 小写: one of the two was read wrong. */
function wordsSign(inv: Invoice, doubts: TextLayerDoubts): void {
  if (wordsAgainstFigures(inv)?.ok !== false) return;
  doubts.reasons.push(`大写 ${inv.totalInWords} ≠ 小写 ${inv.totalAmount!.toFixed(2)}`);
  doubts.doubtful.add('totalAmount');
  doubts.doubtful.add('totalInWords');
}

/** Net + tax ≠ total: a map that changes digits rarely keeps the sum. */
function totalsSign(inv: Invoice, doubts: TextLayerDoubts): void {
  if (totalsAddUp(inv) !== false) return;
  doubts.reasons.push(`${inv.amount!.toFixed(2)} + ${inv.taxAmount!.toFixed(2)} ≠ ${inv.totalAmount!.toFixed(2)}`);
  for (const field of ['amount', 'taxAmount', 'totalAmount']) doubts.doubtful.add(field);
}

function nameSigns(inv: Invoice, doubts: TextLayerDoubts): void {
  for (const who of ['seller', 'buyer'] as const) {
    const rare = hanOutsideGb2312((inv[who].name ?? '').normalize('NFKC'));
    if (!rare.length) continue;
    doubts.reasons.push(`the ${who}'s name has characters outside GB2312 (${rare.join('')})`);
    doubts.doubtful.add(`${who}.name`);
  }
}

function qrSigns(qr: Invoice, inv: Invoice, doubts: TextLayerDoubts): void {
  const check = qrCheck(qr, inv);
  if (check.ok) return;
  doubts.reasons.push(check.message!);
  for (const m of check.message!.matchAll(/(?:: |; )(\w+) /g)) doubts.doubtful.add(m[1]);
}
