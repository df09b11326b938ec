/**
 * The step after text-layer-doubts.ts found a Chinese invoice's text layer suspect: read its pages again
 * by OCR (the glyphs as drawn, whatever the fonts' maps say) and compare field by field. Where the text
 * layer's value cannot be (a date that does not exist), the OCR's is taken; where another reading of the
 * document (the QR code, the 大写 amount) agrees with the OCR against the text layer, so is the OCR's;
 * where the two readings disagree otherwise, the field is named for review. With OCR switched off, the
 * fields in doubt are named for review as they are.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import type { PageText } from '../core/text.js';
import { isValidUscc, parseChineseAmount, type Check, type Invoice, type SourcedInvoice } from '../invoice/index.js';
import { hanOutsideGb2312 } from '../invoice/cn/gb2312.js';
import type { ReadContext } from './context.js';
import type { OwnReading } from '../pdf/lean/fonts.js';
import { CHECKED_FIELDS, chineseTextPart, type CheckedField, type TextLayerDoubts } from './text-layer-doubts.js';
import { drawnAt, ocrOf } from './text-at.js';
import { textParts } from './text-parts.js';

export interface TextLayerChecked {
  /** The parts, the text layer's amended where the OCR's value replaces an impossible one, and the OCR's. */
  parts: SourcedInvoice[];
  check: Check;
}

/** Reads the text pages again by OCR and settles each field the text layer and the OCR read. */
export async function readTextLayerAgain(bytes: Uint8Array, parts: readonly SourcedInvoice[], doubts: TextLayerDoubts, textPages: readonly PageText[], ctx: ReadContext, qr?: SourcedInvoice): Promise<TextLayerChecked> {
  const text = chineseTextPart(parts)!;
  const suspect = `the text layer may not say what the page shows: ${doubts.reasons.join('; ')}`;
  const unconfirmed = (why: string): TextLayerChecked => {
    const read = doubts.wholeLayer ? CHECKED_FIELDS.filter((f) => valueOf(text.invoice, f) !== null) : [];
    const fields = [...new Set([...doubts.impossible.keys(), ...doubts.doubtful, ...read])];
    // The fields lead the message (fieldsInDoubt reads them before the first parenthesis).
    return { parts: [...parts], check: { id: 'text_layer_doubt', ok: false, message: `not read again: ${fields.join(', ')} (${why}; ${suspect})` } };
  };
  if (!ctx.ocr) return unconfirmed('OCR is off');
  let read: PageText[];
  try {
    read = await ocrPages(bytes, textPages.map((p) => p.page), ctx);
  } catch (err) {
    // The text layer was read: an OCR that cannot run leaves it for review, it does not fail the document.
    if (err instanceof InvoicectlError && err.code === 'ABORTED') throw err;
    return unconfirmed(`the OCR failed: ${err instanceof Error ? err.message : String(err)}`);
  }
  const ocrParts = textParts(read, 'ocr', ctx.templates);
  const parsedOcr = ocrParts.find((p) => p.source === 'ocr')?.invoice;
  const ocr = ocrReadings(text.invoice, parsedOcr, textPages, read);
  const amended: Invoice = { ...text.invoice, seller: { ...text.invoice.seller }, buyer: { ...text.invoice.buyer }, fieldSources: { ...text.invoice.fieldSources } };
  const taken: string[] = [];
  const disputed: string[] = [];
  const own = ownLayer(textPages, doubts.ownReading, read, parsedOcr, ctx.templates);
  for (const field of CHECKED_FIELDS) {
    const verdict = settleField(field, amended, ocr, doubts, qr?.invoice, own);
    if (verdict === 'take' || verdict === 'take, disputed' || verdict === 'take own') {
      setValue(amended, field, verdict === 'take own' ? valueOf(own!.invoice, field) : ocr.get(field) ?? null);
      // A value the fonts' own data gives is the text layer's, read right.
      amended.fieldSources![field] = verdict === 'take own' ? 'text' : 'ocr';
      taken.push(field);
    }
    if (verdict === 'disputed' || verdict === 'take, disputed') disputed.push(field);
  }
  if (doubts.wholeLayer && (itemsFrom(amended, own?.invoice, 'text') || itemsFrom(amended, parsedOcr, 'ocr'))) taken.push('items');
  const out = parts.map((p) => (p === text ? { ...p, invoice: amended } : p));
  out.push(...ocrParts);
  // The disputed fields lead the message (fieldsInDoubt reads them there); what was taken from the OCR follows.
  const head = disputed.length ? `the text layer and an OCR of the page disagree on: ${disputed.join(', ')}` : 'an OCR of the page confirms the text layer';
  const message = `${head} (${taken.length ? `read by OCR: ${taken.join(', ')}; ` : ''}${suspect})`;
  return { parts: out, check: { id: 'text_layer_doubt', ok: !disputed.length, message } };
}

/**
 * Another reading's line items (the text layer as its fonts' own data reads it, else the OCR's) in place
 * of the text layer's when the text layer's do not add up to the settled net and the other reading's do
 * (its map changed their figures or their labels too).
 */
function itemsFrom(amended: Invoice, other: Invoice | undefined, source: 'text' | 'ocr'): boolean {
  const sum = (inv: Invoice) => (inv.items.length && inv.items.every((i) => i.amount !== null) ? inv.items.reduce((a, i) => a + i.amount!, 0) : null);
  const net = amended.amount;
  const [mine, theirs] = [sum(amended), other ? sum(other) : null];
  if (net === null || theirs === null || Math.abs(theirs - net) > 0.005 || (mine !== null && Math.abs(mine - net) <= 0.005)) return false;
  amended.items = other!.items.map((i) => ({ ...i }));
  amended.fieldSources!.items = source;
  return true;
}

type Verdict = 'keep' | 'take' | 'take own' | 'disputed' | 'take, disputed';

type OcrReadings = Map<CheckedField, string | number | null>;

/** Fields read as text, which the OCR reads again where the text layer drew them (text-at.ts). */
const READ_IN_PLACE: ReadonlySet<CheckedField> = new Set(['number', 'code', 'seller.name', 'buyer.name', 'seller.taxId', 'buyer.taxId']);

/**
 * The OCR's value of each field: a text field read in place, from the OCR characters of the glyphs the
 * text layer drew it with (one for one, without the OCR parser's guesses); the others, and a text field
 * no OCR line reads glyph for glyph, from the OCR text's parse.
 */
function ocrReadings(text: Invoice, parsed: Invoice | undefined, textPages: readonly PageText[], ocrPages: readonly PageText[]): OcrReadings {
  const out: OcrReadings = new Map();
  for (const field of CHECKED_FIELDS) {
    const t = valueOf(text, field);
    const drawn = READ_IN_PLACE.has(field) && typeof t === 'string' ? drawnAt(textPages, t) : null;
    out.set(field, (drawn && ocrOf(textPages, ocrPages, drawn)) ?? (parsed ? valueOf(parsed, field) : null));
  }
  return out;
}

/**
 * One field: the text layer's value kept, the OCR's taken, or the field disputed. The OCR's value is
 * taken when the text layer's cannot be, or when a third reading (QR code, 大写 words) agrees with it.
 * Else, where the text layer read by its fonts' own data and the OCR of the same glyphs agree on a value
 * (both read the glyphs, not the map), that value is taken.
 */
function settleField(field: CheckedField, text: Invoice, ocr: OcrReadings, doubts: TextLayerDoubts, qr: Invoice | undefined, own: OwnLayer | null): Verdict {
  const verdict = againstOcr(field, text, ocr, doubts, qr);
  if (verdict === 'take' || (verdict === 'keep' && valueOf(text, field) !== null)) return verdict;
  const w = own ? valueOf(own.invoice, field) : null;
  const ow = own?.ocr.get(field) ?? null;
  return w !== null && ow !== null && same(w, ow) ? 'take own' : verdict;
}

function againstOcr(field: CheckedField, text: Invoice, ocr: OcrReadings, doubts: TextLayerDoubts, qr: Invoice | undefined): Verdict {
  const t = valueOf(text, field);
  const o = ocr.get(field) ?? null;
  if (doubts.impossible.has(field)) return o !== null && !impossibleValue(field, o) ? 'take' : 'disputed';
  if (t === null) return 'keep';
  const inDoubt = doubts.wholeLayer || doubts.doubtful.has(field);
  if (o === null) return inDoubt ? 'disputed' : 'keep';
  if (field === 'totalInWords' ? same(parseChineseAmount(String(t)) ?? String(t), parseChineseAmount(String(o)) ?? String(o)) : same(t, o)) return 'keep';
  const third = thirdReading(field, text, ocr, qr);
  if (third !== null && same(third, o) && !same(third, t)) return 'take';
  // A wrong map changes characters one for one: a name of as many characters, all in GB2312, against one
  // with characters outside it, is the better guess (still for review).
  if (field.endsWith('.name') && hanOutsideGb2312(String(t)).length && !hanOutsideGb2312(String(o)).length && compact(t).length === compact(o).length) return 'take, disputed';
  return 'disputed';
}

/**
 * What another reading of the document says a field is: the QR code's value; the 大写 words' total, and
 * the net or the tax that makes it up with the OCR's other figure; for a tax id, the OCR's own value when
 * only it has a valid check character.
 */
function thirdReading(field: CheckedField, text: Invoice, ocr: OcrReadings, qr: Invoice | undefined): string | number | null {
  const qrValue = qr && (field === 'number' || field === 'code' || field === 'date' || field === 'amount' || field === 'totalAmount') ? qr[field] : null;
  if (qrValue !== null && qrValue !== undefined) return qrValue;
  const words = text.totalInWords ? parseChineseAmount(text.totalInWords) : null;
  if (field === 'totalAmount') return words;
  const [ocrAmount, ocrTax] = [ocr.get('amount'), ocr.get('taxAmount')];
  if (field === 'amount' && words !== null && typeof ocrTax === 'number') return words - ocrTax;
  if (field === 'taxAmount' && words !== null && typeof ocrAmount === 'number') return words - ocrAmount;
  if (field === 'seller.taxId' || field === 'buyer.taxId') {
    const [t, o] = [valueOf(text, field), ocr.get(field) ?? null];
    return o !== null && isValidUscc(String(o)) && !(t !== null && isValidUscc(String(t))) ? o : null;
  }
  return null;
}

/** The text layer read as its fonts' own data reads its characters, and the OCR's readings over that text's glyphs. */
interface OwnLayer {
  invoice: Invoice;
  ocr: OcrReadings;
}

/**
 * The text pages with each character the fonts' own data reads otherwise (fonts.ts OwnReading) read so,
 * parsed again: labels the map changed are found again too. Null when the fonts' data reads nothing
 * otherwise, or the pages then give no Chinese invoice.
 */
function ownLayer(textPages: readonly PageText[], reading: OwnReading, ocrPages: readonly PageText[], parsedOcr: Invoice | undefined, templates: ReadContext['templates']): OwnLayer | null {
  if (![...reading.values()].some((c) => c !== null)) return null;
  const pages = textPages.map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, text: [...i.text].map((c) => reading.get(c) ?? c).join('') })) }));
  const part = chineseTextPart(textParts(pages, 'text', templates));
  return part ? { invoice: part.invoice, ocr: ocrReadings(part.invoice, parsedOcr, pages, ocrPages) } : null;
}

function impossibleValue(field: CheckedField, value: string | number): boolean {
  if (field !== 'date') return false;
  const year = Number(String(value).slice(0, 4));
  return year < 1990 || year > new Date().getUTCFullYear() + 1;
}

/** Amounts to the cent; text without spaces, in its compatibility form (full-width brackets, radicals). */
function same(a: string | number, b: string | number): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Math.abs(Number(a) - Number(b)) <= 0.005;
  return compact(a) === compact(b);
}

function compact(s: string | number): string {
  return [...String(s).normalize('NFKC').replace(/\s/g, '')].join('');
}

function valueOf(inv: Invoice, field: CheckedField): string | number | null {
  const [head, tail] = field.split('.') as [keyof Invoice, string | undefined];
  const value = tail ? (inv[head] as unknown as Record<string, string | null>)[tail] : inv[head];
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function setValue(inv: Invoice, field: CheckedField, value: string | number | null): void {
  const [head, tail] = field.split('.');
  if (tail) (inv as unknown as Record<string, Record<string, unknown>>)[head][tail] = value;
  else (inv as unknown as Record<string, unknown>)[head] = value;
}

/** The pages rendered at the OCR's resolution and read by it, in page order. */
async function ocrPages(bytes: Uint8Array, pages: readonly number[], ctx: ReadContext): Promise<PageText[]> {
  const ocr = ctx.ocr!;
  const dpi = ocr.settings.dpi;
  const { renderPdfPages, pagePng } = await import('../pdf/render.js');
  const out: PageText[] = [];
  for await (const image of renderPdfPages(bytes, { dpi, pages: [...pages], password: ctx.password, signal: ctx.signal, pool: ctx.pdfjs?.() })) {
    throwIfAborted(ctx.signal);
    out.push(await ocr.pageText(await pagePng(image), { dpi, page: image.page, signal: ctx.signal }));
  }
  return out.sort((a, b) => a.page - b.page);
}
