/**
 * The QR code payload on Chinese VAT invoices → a partial Invoice (decoding the image is elsewhere).
 *
 *   01,10,050001700111,99999951,300.00,20201010,14754822929856772523,E400,
 *   ver,type,code,number,amount,date,checkcode,crc
 *
 * 数电 invoices leave the code empty and carry a 20-digit number:
 *   01,32,,24322000000012345678,1130.00,20240115,,8A3F
 * For the classic invoices the amount is the pre-tax 合计金额 (what 查验 asks for); for 数电 it is the
 * 价税合计, which is what 查验 asks for there.
 */
import { parseDate } from '../dates.js';
import { emptyInvoice, markSources, type Invoice, type InvoiceType } from '../model.js';

/** The invoice-type field of the payload (国家税务总局 发票种类代码). */
const QR_TYPES: Record<string, { type: InvoiceType; digital: boolean }> = {
  '01': { type: 'vat_special', digital: false },  // 增值税专用发票
  '04': { type: 'vat_normal', digital: false },   // 增值税普通发票
  '08': { type: 'vat_special', digital: false },  // 增值税电子专用发票 (early code)
  '10': { type: 'vat_normal', digital: false },   // 增值税电子普通发票
  '11': { type: 'vat_normal', digital: false },   // 增值税普通发票（卷式）
  '14': { type: 'toll', digital: false },         // 增值税电子普通发票（通行费）
  '20': { type: 'vat_special', digital: false },  // 增值税电子专用发票
  '31': { type: 'vat_special', digital: true },   // 电子发票（增值税专用发票）
  '32': { type: 'vat_normal', digital: true },    // 电子发票（普通发票）
  '61': { type: 'flight', digital: true },        // 电子发票（航空运输电子客票行程单）
  '51': { type: 'train', digital: true },         // 电子发票（铁路电子客票）
};


/** Parses a payload; null when the string is not an invoice QR payload. */
export function parseInvoiceQr(payload: string): Invoice | null {
  const parts = payload.trim().split(/[,，]/).map((s) => s.trim());
  if (parts.length < 6 || !/^\d{2}$/.test(parts[0]) || !/^\d{2}$/.test(parts[1])) return null;
  const [, typeCode, code, number, amount, date, check] = parts;
  // 8 digits (classic) or 20 (数电); preview and test invoices print other lengths, still numbers.
  if (!/^\d{8,20}$/.test(number)) return null;
  const kind = QR_TYPES[typeCode];
  const digital = kind?.digital ?? number.length === 20;
  const inv = emptyInvoice('CNY');
  inv.type = kind?.type ?? 'other';
  inv.code = /^\d{10,12}$/.test(code) ? code : null;
  inv.number = number;
  inv.date = parseDate(date);
  inv.checkCode = check && /^\d+$/.test(check) ? check : null;
  const n = Number(amount);
  if (amount && Number.isFinite(n)) {
    if (digital) inv.totalAmount = n;
    else inv.amount = n;
  }
  return markSources(inv, 'qr');
}
