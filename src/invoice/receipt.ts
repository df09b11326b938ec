/**
 * Till receipts, usually from OCR: merchant, date, total (and tax when labelled). OCR text is noisy,
 * so amounts are read leniently (O→0, l/I→1 inside numbers) and the total falls back to the largest
 * two-decimal amount when no total label is found.
 */
import type { PageText } from '../core/text.js';
import { detectCurrency, parseAmount } from './amounts.js';
import { findDate } from './dates.js';
import { linesToText, pageLines } from './layout.js';
import { noteGuess } from './guesses.js';
import { emptyInvoice, markSources, type Invoice } from './model.js';
import { ocrTolerant } from './western/ocr-tolerant-labels.js';

const TOTAL_LABEL = /(?:grand\s+total|total\s+due|amount\s+due|balance\s+due|total|summe|gesamt(?:betrag)?|zu\s+zahlen|montant|net\s+à\s+payer|totaal|importe|合计|总计|实收|应收|实付|金额)/i;
const NOT_TOTAL = /\bbar\b|cash|given|gegeben|sub\s*-?total|zwischensumme|subtotaal|total\s+(?:items?|qty|quantity)|tip|change|rückgeld|wechselgeld|rendu|cambio|找零/i;
const TAX_LABEL = /(?:sales\s+tax|tax|vat|mwst\.?|ust\.?|tva|btw|iva|gst|税额|税)/i;
const MONEY = /-?\d{1,3}(?:[.,' ]\d{3})*[.,]\d{2}(?!\d)|-?\d+[.,]\d{2}(?!\d)/g;

/** OCR confusions inside digit runs: "1O.5O" → "10.50", "l2,00" → "12,00". */
export function fixOcrDigits(line: string): string {
  return line.replace(/[\dOolI|][\dOolI|.,]*[\dOolI|]/g, (tok) => (/\d/.test(tok) ? tok.replace(/[Oo]/g, '0').replace(/[lI|]/g, '1') : tok));
}

/** A tax summary's row ("Total:  96.00  5.76": base, then its smaller tax), never the amount paid. */
function isSummaryRow(line: string): boolean {
  const figures = (fixOcrDigits(line).match(MONEY) ?? []).map((m) => parseAmount(m));
  return figures.length >= 2 && figures.every((f) => f !== null) && figures[figures.length - 1]! < figures[figures.length - 2]!;
}

function lastMoney(line: string): number | null {
  const all = fixOcrDigits(line).match(MONEY);
  return all ? parseAmount(all[all.length - 1]) : null;
}

/**
 * OCR often reads ¥ as £ or $; on a receipt printed in Chinese, a bare symbol other than ¥ is more
 * likely that misreading than a foreign currency (an ISO code such as USD is still believed).
 */
function receiptCurrency(text: string): string | null {
  const detected = detectCurrency(text);
  const chinese = /\p{Script=Han}{2}/u.test(text) && !/[\u3040-\u30ff]/.test(text);
  if (chinese && (detected === null || ((detected === 'GBP' || detected === 'USD') && !/\b(?:GBP|USD)\b/.test(text)))) return 'CNY';
  return detected;
}

/**
 * Chinese paper tickets read like receipts but are invoices (出租汽车专用发票, 定额发票): they print
 * 发票代码 and 发票号码, and the taxi ones the company as 单位. OCR often reads 码 as 玛 or 马.
 */
function readChineseTicket(text: string, inv: Invoice): void {
  const code = text.match(/发票代[码玛马]\s*[:：]?\s*(\d{10,12})(?!\d)/);
  const number = text.match(/发票号[码玛马]\s*[:：]?\s*(\d{8})(?!\d)/);
  if (code) inv.code = code[1];
  if (number) inv.number = number[1];
  if (/出租(?:汽)?车/.test(text)) {
    inv.type = 'taxi';
    const company = text.match(/(?:^|\n)\s*(?:单位|公司)\s*[:：]?\s*(\S+(?:公司|集团))/);
    if (company) inv.seller.name = company[1];
  }
}

const PAID = ocrTolerant(/^(?:cash|credit|card|visa|master\s*card|debit|tunai|bar(?:geld)?|espèces)\b/i);
const CHANGE = ocrTolerant(/^(?:change|baki|kembalian|rückgeld|wechselgeld|rendu)\b/i);

/**
 * A till receipt's second reading of its total: what was paid less the change given back ("CASH 50.00",
 * "CHANGE 7.65"; OCR may keep only ",00" of a change of 0.00). Null unless both are printed.
 */
export function paidLessChange(lines: readonly string[]): number | null {
  const figure = (label: RegExp): number | null => {
    for (const line of lines.filter((l) => label.test(l.trim()))) {
      const last = fixOcrDigits(line).match(/(?:\d[\d.,]*|[.,]\d{2})\s*$/);
      if (last) return parseAmount(/^[.,]/.test(last[0]) ? `0${last[0]}` : last[0]);
    }
    return null;
  };
  const paid = figure(PAID);
  const change = figure(CHANGE);
  return paid !== null && change !== null && paid >= change ? Math.round((paid - change) * 100) / 100 : null;
}

export function parseReceiptText(input: string | readonly PageText[]): Invoice {
  const text = typeof input === 'string' ? input : linesToText(pageLines(input));
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const inv = emptyInvoice(receiptCurrency(text));
  inv.type = 'other';

  inv.seller.name = lines.find((l) => /\p{L}{3}/u.test(l) && !findDate(l) && !MONEY.test(l)) ?? null;
  MONEY.lastIndex = 0;
  for (const l of lines) {
    const d = findDate(l);
    if (d) {
      inv.date = d.date;
      break;
    }
  }

  // The last labelled total wins: receipts print subtotals and totals top-down.
  for (const l of lines) {
    if (!TOTAL_LABEL.test(l) || NOT_TOTAL.test(l) || isSummaryRow(l)) continue;
    const v = lastMoney(l);
    if (v !== null) inv.totalAmount = v;
  }
  if (inv.totalAmount === null) {
    const amounts = lines.flatMap((l) => (fixOcrDigits(l).match(MONEY) ?? []).map((m) => parseAmount(m) ?? 0));
    if (amounts.length) inv.totalAmount = Math.max(...amounts);
  }
  for (const l of lines) {
    if (TAX_LABEL.test(l) && !TOTAL_LABEL.test(l.replace(TAX_LABEL, ''))) {
      const v = lastMoney(l);
      if (v !== null && (inv.totalAmount === null || v < inv.totalAmount)) inv.taxAmount = v;
    }
  }
  const number = text.match(/(?:receipt|beleg|bon|ticket|invoice|rechnung|facture|recibo|小票|单号)[-\s]*(?:no\.?|nr\.?|#|n°|number|nummer)?\s*[:.：]?\s*([A-Z0-9-]*\d[A-Z0-9-]*)/i);
  inv.number = number ? number[1] : null;
  readChineseTicket(text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''), inv);
  const paid = paidLessChange(lines);
  if (paid !== null && inv.totalAmount !== null && Math.abs(paid - inv.totalAmount) > 0.011) {
    noteGuess(inv, 'totalAmount', `paid less change is ${paid.toFixed(2)}, not ${inv.totalAmount.toFixed(2)}`);
  }
  markSources(inv, 'ocr');
  return inv;
}
