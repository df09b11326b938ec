/**
 * Fields read by OCR that the result must not state with confidence:
 * - unsure: a number, amount or party name that OCR got partly wrong still parses (a 3 read as 8), so
 *   the parsers cannot tell; the engine's certainty can. A field is unsure when every OCR'd item that
 *   shows its value is below MIN_CONFIDENCE.
 * - computed: an amount the page text does not show at all, which the parser computed from the other
 *   totals (net + tax = total) because OCR lost its figure. It is right only if the figures it came from
 *   are, and the totals check that would have caught a misread one now holds by construction; a total
 *   that the 大写 words printed on the page confirm is read, not computed.
 * Either makes the result need review, with a check that names the field, instead of stating a guess;
 * but a net that two or more item lines add up to stands, and so does one unsure amount that the two
 * others, read with certainty or so confirmed, add up to (net + tax = total).
 */
import type { PageText, TextItem } from '../core/text.js';
import { editDistance, parseChineseAmount, type Invoice } from '../invoice/index.js';

/** Word certainty (0..100) below which OCR text is not trusted for a key field. */
const MIN_CONFIDENCE = 50;

/** Digits of the ways an amount is printed (526 → "52600"; thousands separators and ¥ drop out). */
const digitsOfAmount = (n: number) => n.toFixed(2).replace('.', '');
const digitsOf = (s: string) => s.replace(/\D/g, '');
/** Letters and digits: a name split over items or read with its spaces lost is still found. */
const squeeze = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
/** Enough of a name's start to find the items that show it. */
const NAME_KEY = 6;

export interface OcrDoubts {
  unsure: string[];
  computed: string[];
}

export function doubtfulFields(invoice: Invoice, pages: readonly PageText[]): OcrDoubts {
  // Items without a confidence are a real text layer (a page of the document that has one): what they
  // say is what the document says.
  const items = pages.flatMap((p) => p.items);
  const showing = (shows: (text: string) => boolean) => items.filter((i) => shows(i.text));
  const unsure = (shown: readonly TextItem[]) => shown.length > 0 && shown.every((i) => i.confidence !== undefined && i.confidence < MIN_CONFIDENCE);
  const out: OcrDoubts = { unsure: [], computed: [] };
  if (invoice.number && unsure(showing((t) => t.includes(invoice.number!)))) out.unsure.push('number');
  if (invoice.code && unsure(showing((t) => t.includes(invoice.code!)))) out.unsure.push('code');
  for (const field of ['amount', 'taxAmount', 'totalAmount'] as const) {
    const value = invoice[field];
    if (value === null || value <= 0) continue;
    const shown = showing((t) => digitsOf(t).includes(digitsOfAmount(value)));
    if (unsure(shown)) out.unsure.push(field);
    else if (!shown.length && !printedOtherwise(invoice, field, items)) out.computed.push(field);
  }
  for (const party of ['seller', 'buyer'] as const) {
    const name = invoice[party].name;
    if (name && (unsure(showingName(name, items)) || spelledOtherwise(name, items))) out.unsure.push(`${party}.name`);
  }
  return corroborated(invoice, out);
}

/** A mail or web address: spelt as its owner chose, and often the name's words run together. */
const ADDRESS = /@|:\/\/|[Ww]{3}\.|\w\.[a-z]{2,6}$/;

/**
 * The OCR'd items that show a name: those holding its start, leaving out mail and web addresses
 * ("www.aubonmoulin.fr" does not show "Au bon moulin"); when none does (a glyph read in front of the
 * name, a misread first letter), those holding its end.
 */
function showingName(name: string, items: readonly TextItem[]): TextItem[] {
  const own = squeeze(name);
  const text = (i: TextItem) => squeeze(i.text.split(/\s+/).filter((t) => !ADDRESS.test(t)).join(' '));
  const holding = (key: string) => (key ? items.filter((i) => text(i).includes(key)) : []);
  const byStart = holding(own.slice(0, NAME_KEY));
  return byStart.length || own.length <= NAME_KEY ? byStart : holding(own.slice(-NAME_KEY));
}

/** Letters only, lower case, marks dropped: "Müller" and OCR's "Muller" are one spelling. */
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
/** Words long enough that one letter apart is a misreading, not another word ("Kunde", "Kunden"). */
const LONG_WORD = 7;

/**
 * Whether a long word of a name is printed elsewhere on the page one letter apart, beginning and
 * ending alike ("Aufraggeber Firmenkunde GmbH" beside "Herr Thomas Auftraggeber"): one of the two
 * readings is wrong, and OCR's certainty cannot say which. Mail and web addresses are left out: they
 * are spelt as their owner chose.
 */
function spelledOtherwise(name: string, items: readonly TextItem[]): boolean {
  const words = (s: string) => fold(s).split(/[^\p{L}]+/u).filter((w) => w.length >= LONG_WORD - 1);
  const own = new Set(words(name).filter((w) => w.length >= LONG_WORD));
  if (!own.size) return false;
  const page = new Set(items.flatMap((i) => i.text.split(/\s+/).filter((t) => !ADDRESS.test(t)).flatMap(words)));
  for (const w of own) {
    for (const v of page) {
      if (v === w || Math.abs(v.length - w.length) > 1 || v[0] !== w[0] || v.slice(-2) !== w.slice(-2)) continue;
      if (editDistance(v, w) === 1) return true;
    }
  }
  return false;
}

/**
 * The doubts less the amounts other printed figures confirm: a net that two or more item lines add up
 * to (printed apart from it, they would have to be misread to the same sum), then one amount OCR was
 * unsure of that the two others, read with certainty or so confirmed, add up to (net + tax = total
 * cannot hold by chance with a misread figure). Applied to each reading and again to the merged
 * invoice, whose net may come from one reading of the page and whose total from another.
 */
export function corroborated(invoice: Invoice, doubts: OcrDoubts): OcrDoubts {
  const { amount, taxAmount, totalAmount } = invoice;
  const amounts = ['amount', 'taxAmount', 'totalAmount'];
  if (doubts.computed.some((f) => amounts.includes(f))) return doubts;
  let unsure = doubts.unsure;
  if (unsure.includes('amount') && itemsAddUpTo(invoice)) unsure = unsure.filter((f) => f !== 'amount');
  if (amount !== null && taxAmount !== null && totalAmount !== null && Math.abs(amount + taxAmount - totalAmount) < 0.005) {
    const doubted = unsure.filter((f) => amounts.includes(f));
    if (doubted.length === 1) unsure = unsure.filter((f) => f !== doubted[0]);
  }
  return unsure === doubts.unsure ? doubts : { ...doubts, unsure };
}

/** Whether two or more item lines, each with an amount, add up to the net. */
function itemsAddUpTo(invoice: Invoice): boolean {
  const lines = invoice.items.map((i) => i.amount);
  if (invoice.amount === null || lines.length < 2 || lines.some((a) => a === null)) return false;
  return Math.abs((lines as number[]).reduce((a, b) => a + b, 0) - invoice.amount) < 0.005;
}

/**
 * Whether an amount no item shows with its cents is printed all the same: as a whole number ("Total
 * 300", which many invoices and receipts print) or, for the 价税合计, in the 大写 words beside it.
 */
function printedOtherwise(invoice: Invoice, field: 'amount' | 'taxAmount' | 'totalAmount', items: readonly TextItem[]): boolean {
  const value = invoice[field]!;
  if (Number.isInteger(value) && items.some((i) => digitsOf(i.text).includes(String(value)))) return true;
  return field === 'totalAmount' && invoice.totalInWords !== null && parseChineseAmount(invoice.totalInWords) === value;
}
