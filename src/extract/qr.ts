/**
 * The QR code printed on Chinese invoices (type, code, number, amount, date, check code): a source that
 * fills what the text missed and a cross-check of what it read.
 */
import { parseInvoiceQr, type Check, type Invoice, type SourcedInvoice } from '../invoice/index.js';
import type { PageText } from '../core/text.js';
import type { QrMode } from './context.js';
import { pagesLookChinese } from './text-parts.js';

/** `dpi`: the pixels' resolution when known (the search is then cheaper, see decodeQr). */
export async function qrFromPixels(rgba: Uint8ClampedArray, width: number, height: number, dpi?: number): Promise<SourcedInvoice | undefined> {
  const { decodeQr } = await import('../ocr/qr.js'); // jsqr loads only when there are pixels to read
  const payload = decodeQr(rgba, width, height, dpi);
  const invoice = payload ? parseInvoiceQr(payload) : null;
  return invoice ? { source: 'qr', invoice } : undefined;
}

/** Whether the QR code is worth decoding (rendering a page costs more than reading its text). */
export function wantQr(mode: QrMode, chinese: boolean, ocred: boolean, parts: readonly SourcedInvoice[]): boolean {
  if (mode === 'never' || !chinese) return false;
  if (mode === 'always' || ocred) return true;
  const has = (pick: (inv: Invoice) => unknown) => parts.some((p) => pick(p.invoice) != null);
  return !has((i) => i.number) || !has((i) => i.date) || !has((i) => i.amount ?? i.totalAmount);
}

/**
 * Whether to decode the QR code of a page OCR has just read. Only a Chinese invoice's code is parsed,
 * and a page without one costs most (jsQR tries the corners and the page: ~1 page area at 200 dpi, and
 * up to ~4.9 with the rescaled copies tried at low or unknown resolutions, ~1.5 s of an A4 page, as
 * much as its OCR). So, as for a text layer (wantQr), a page read with Chinese OCR that shows no
 * Chinese is skipped; read without chi_sim, its text cannot tell.
 */
export function wantQrAfterOcr(mode: QrMode, langs: string, page: PageText): boolean {
  if (mode === 'never') return false;
  if (mode === 'always' || !langs.split('+').includes('chi_sim')) return true;
  return pagesLookChinese([page]);
}

/** qr_matches: every field the QR code carries agrees with the extracted invoice. */
export function qrCheck(qr: Invoice, invoice: Invoice): Check {
  const differ: string[] = [];
  const compare = (field: 'code' | 'number' | 'date' | 'checkCode' | 'amount' | 'totalAmount') => {
    const a = qr[field];
    const b = invoice[field];
    if (a === null || b === null) return;
    const same = typeof a === 'number' ? Math.abs(a - (b as number)) <= 0.005 : a === b;
    if (!same) differ.push(`${field} ${b} (QR: ${a})`);
  };
  (['code', 'number', 'date', 'checkCode', 'amount', 'totalAmount'] as const).forEach(compare);
  return differ.length ? { id: 'qr_matches', ok: false, message: `the QR code disagrees: ${differ.join('; ')}` } : { id: 'qr_matches', ok: true };
}
