/**
 * Till receipts, usually from OCR: merchant, date, total (and tax when labelled). OCR text is noisy,
 * so amounts and dates are read leniently (receipt/figures.ts, receipt/dates.ts), the total is chosen
 * with the receipt's arithmetic (receipt/totals.ts), and a field read in doubt is noted as a guess.
 */
import type { PageText } from '../core/text.js';
import { onFirstUse } from '../core/remembered.js';
import { detectCurrency } from './amounts.js';
import { findDate } from './dates.js';
import { linesToText, pageLines } from './layout.js';
import { dropGuess, guessesOf, noteGuess } from './guesses.js';
import { emptyInvoice, markSources, type Invoice } from './model.js';
import { otherDatesIn, plausibleYear, printedOnlyAsOtherDate, printsEntryAndExit, readReceiptDate, yearOneDigitOff, type ReceiptDate } from './receipt/dates.js';
import { afterWords, amountsIn, cents, trailingAmount, trailingFigure, wholeUnitFigures } from './receipt/figures.js';
import { MAX_ROUNDING, maxRounding, noteRounding, roundingOf } from './receipt/rounding.js';
import { noteTillReceipt } from './receipt/till.js';
import { cardPaymentAgainst, garbledCardAgainst, isSummaryRow, isTillReceipt, isTotalLine, readReceiptTotal, rungAtTill, roundingIn, type ReceiptTotal } from './receipt/totals.js';

export { fixOcrDigits } from './receipt/figures.js';
export { paidLessChange } from './receipt/totals.js';
export { roundingOf } from './receipt/rounding.js';
export { isTillReceiptReading } from './receipt/till.js';
export { dateInOrderPrinted, monthNameDatesParted } from './receipt/dates.js';

const TAX_LABEL = /(?:sales\s+tax|tax|vat|mwst\.?|ust\.?|tva|btw|iva|gst|sst|税额|税)/i;
/** Lines with a tax word that are no tax amount: amounts before or with tax, registration numbers. */
const NOT_TAX = /excl|exclud|incl|inclusive|sub\s*-?\s*total|summary|supplies|\bid\b|\bno\b|reg/i;

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

/**
 * A page's lines as printed: trimmed, blank ones left out; the full-width forms of Chinese and Japanese
 * tills' OCR read as their ASCII ones ("合計 ￥1，188", "（内消費税等 ￥58)"), so that their figures are figures.
 */
function printedLines(text: string): string[] {
  return text.split(/\r?\n/).map((l) => l.replace(FULL_WIDTH, (c) => c.normalize('NFKC')).trim()).filter(Boolean).flatMap(twoColumns);
}

/**
 * A row of a till that prints its summary in two columns, a label and its figure twice ("TOTAL 30.95  CASH
 * 50.00", "SUBTOTAL 29.20  SST 6% 1.75"), OCR giving both on one line: the line's last figure is the second
 * column's, not the first label's. Parted when the second label is one of a till's summary (a total, a
 * payment, the change, a tax, a charge, a discount, a rounding) and each part ends in a figure with cents.
 */
const TWO_COLUMNS = /^(.*?\p{L}.*?\d[.,]\d{2})\s+((?:grand\s+)?(?:total|sub\s*-?\s*total|cash|change|tunai|baki|card|visa|master\s*card|debit|paid|tax|gst|sst|vat|ppn|iva|service|svc|rounding|round|disc(?:ount)?|tip|net|amount|amt|balance|jumlah)\b.*?\d[.,]\d{2})$/iu;
/**
 * Two figures with cents, one after the other: both parts of TWO_COLUMNS end in one. Most lines print one figure
 * or none, and this asks them in one pass, where TWO_COLUMNS's lazy parts try every way to cut the line in two.
 */
const TWO_FIGURES = /\d[.,]\d{2}[\s\S]*?\d[.,]\d{2}/;
function twoColumns(line: string): string[] {
  const m = TWO_FIGURES.test(line) ? line.match(TWO_COLUMNS) : null;
  return m ? [m[1]!, ...twoColumns(m[2]!)] : [line];
}
/** Full-width ASCII (digits, "，", "．", "（", "）", "：") and the full-width yen sign. */
const FULL_WIDTH = /[\uff01-\uff5e\uffe5]/g;

export function parseReceiptText(input: string | readonly PageText[]): Invoice {
  const text = typeof input === 'string' ? input : linesToText(pageLines(input));
  const lines = wholeUnitFigures(printedLines(text));
  const inv = emptyInvoice(receiptCurrency(text));
  inv.type = 'other';

  inv.seller.name = headerName(lines);

  const date = readReceiptDate(lines);
  inv.date = date?.date ?? null;
  if (date?.doubt) noteGuess(inv, 'date', date.doubt);

  const total = readReceiptTotal(lines);
  inv.totalAmount = total?.total ?? null;
  if (total?.doubt) noteGuess(inv, 'totalAmount', total.doubt);
  noteRounding(inv, roundingIn(lines));
  if (rungAtTill(lines)) noteTillReceipt(inv);

  inv.taxAmount = taxLineAmount(lines, inv.totalAmount);
  const number = text.match(/(?:receipt|beleg|bon|ticket|invoice|rechnung|facture|recibo|小票|单号)[-\s]*(?:no\.?|nr\.?|#|n°|number|nummer)?\s*[:.：]?\s*([A-Z0-9-]*\d[A-Z0-9-]*)/i);
  inv.number = number ? number[1] : null;
  readChineseTicket(text.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, ''), inv);
  yearContradicted(inv, lines);
  markSources(inv, 'ocr');
  return inv;
}

/** The tax a tax line prints ("GST 6% 2.70", "SST 6% 5.28"): the last one below `total`, or null. */
function taxLineAmount(lines: readonly string[], total: number | null): number | null {
  let tax: number | null = null;
  for (const l of lines) {
    if (TAX_LABEL.test(l) && !NOT_TAX.test(l) && !isTotalLine(l)) {
      const v = trailingAmount(l);
      if (v !== null && v > 0 && (total === null || v < total)) tax = v;
    }
  }
  return tax;
}

/** The figure the last tax line ends in, with its cents or without ("SST 6% 5.28", "GST 6% 237"), or null. */
function lastTaxLineFigure(lines: readonly string[]): number | null {
  const figures = lines.filter((l) => TAX_LABEL.test(l) && !NOT_TAX.test(l) && !isTotalLine(l)).map((l) => l.match(/(?<![\d.,])\d+(?:\.\d{2})?(?=\s*$)/)?.[0]);
  const last = figures.filter((v) => v !== undefined).pop();
  return last === undefined ? null : Number(last);
}

/** A figure whose thousands a space groups ("1 600,30"), which amountsIn leaves out. */
const SPACE_GROUPED = /(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+[.,]\d{2}(?!\d)/g;

/** Every figure the page prints, as cents of its size. */
function printedFigures(lines: readonly string[]): Set<number> {
  const figures = (l: string) => [...amountsIn(l), ...(l.match(SPACE_GROUPED) ?? []).flatMap((m) => amountsIn(m.replace(/[ \u00a0\u202f]/g, '')))];
  return new Set(lines.flatMap((l) => figures(l).map((v) => cents(Math.abs(v)))));
}

/** A receipt's header: its first line with a word that is no date, figure or item-table header (the shop's name). */
function headerName(lines: readonly string[]): string | null {
  return lines.find((l) => /\p{L}{3}/u.test(l) && !findDate(l) && !amountsIn(l).length && !isTableHeader(l)) ?? null;
}

/**
 * Another parser's reading of a till receipt, held against the receipt's own arithmetic: a total that
 * paid less change or a printed rounding adjustment vouches for replaces one it does not (and is no
 * guess). On a till receipt, a total or date the receipt reader reads otherwise is in doubt: two
 * readings that disagree are flagged, not picked from.
 */
export function checkTillArithmetic(inv: Invoice, text: string): Invoice {
  const registered = inv.seller.name !== null && isRegistration(inv.seller.name);
  for (const who of ['seller', 'buyer'] as const) {
    if (inv[who].name && (isTableHeader(inv[who].name!) || isRegistration(inv[who].name!) || NOTICE.test(inv[who].name!))) {
      inv[who].name = null;
      dropGuess(inv, `${who}.name`);
    }
  }
  // The rules read figures without cents written with them; whether the total is printed without its
  // cents is a question about the page as printed ("183.520 kr." beside item figures "72.000").
  const rows = printedLines(text);
  const lines = wholeUnitFigures(rows);
  // A till's total that is only the last group of thousands of the net or total the other reading found, with a tax
  // that makes that total, is no total of the page: the figure wrapped in its cell at the space between its thousands
  // ("Net amount NOK 165" over "600.00"), and its end summed apart.
  const summed = readReceiptTotal(lines);
  const consistent = inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null && cents(inv.taxAmount) > 0
    && cents(inv.amount) + cents(inv.taxAmount) === cents(inv.totalAmount);
  const wrappedEnd = (v: number) => cents(v) >= 100000 && cents(v) % 100000 === cents(summed!.total);
  const total = summed && consistent && (wrappedEnd(inv.amount!) || wrappedEnd(inv.totalAmount!)) ? null : summed;
  if (total?.arithmetic) {
    if (total.shifted && inv.totalAmount !== null && cents(inv.totalAmount) !== cents(total.total)) {
      // The other reading took its figures from the rows beside their labels: its net and tax too.
      inv.amount = null;
      inv.taxAmount = null;
    } else if (inv.totalAmount !== null && cents(inv.totalAmount) !== cents(total.total)) {
      // A net or tax the page does not print was computed from the other reading's total: it goes with it.
      const printed = printedFigures(lines);
      if (inv.amount !== null && !printed.has(cents(inv.amount))) inv.amount = null;
      if (inv.taxAmount !== null && !printed.has(cents(inv.taxAmount))) inv.taxAmount = null;
    }
    inv.totalAmount = total.total;
    if (total.doubt) noteGuess(inv, 'totalAmount', total.doubt);
    else dropGuess(inv, 'totalAmount');
  }
  // A till's total-labelled figure the other reading took for the net ("Net Total 68.55", "TOTAL SALES
  // (GST INC) 84.80"), adding the tax to it for a total the page does not print: the figure is the total,
  // and the page's net is the one it prints that makes it with the tax, or unknown.
  if (total && !total.doubt && inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null && cents(inv.amount) === cents(total.total)
    && cents(inv.amount) + cents(inv.taxAmount) === cents(inv.totalAmount) && cents(inv.taxAmount) > 0 && !printedFigures(lines).has(cents(inv.totalAmount)) && rungAtTill(lines)) {
    inv.totalAmount = total.total;
    inv.amount = printedNet(inv, lines);
  }
  // A net read as the total itself while a tax above nought is printed ("Net Total 101.90" under "GST 6%
  // 5.77", "Total (Incl. GST) 101.91", "Rounding -0.01"): no net is its total with a tax on it. When the
  // till's arithmetic vouches for the total, the figure is the total's, and the net is the one the page
  // prints that makes it with the tax, or unknown. (The tax may be left to the receipt's own reading.)
  if (total?.arithmetic && !total.doubt && inv.totalAmount !== null && cents(inv.totalAmount) === cents(total.total) && inv.amount !== null && cents(inv.amount) === cents(inv.totalAmount)) {
    const tax = inv.taxAmount ?? taxLineAmount(lines, inv.totalAmount);
    if (tax !== null && cents(tax) > 0) {
      const nets = [...printedFigures(lines)].filter((v) => v > 0 && v + cents(tax) === cents(inv.totalAmount!));
      inv.amount = nets.length === 1 ? nets[0]! / 100 : null;
    }
  }
  // A tax the page prints as included ("VAT 7% INCLUDED 37.33") the other reading added to the figure it
  // is included in ("NET TOTAL 570.60"), for a total the page does not print: an included tax's line is
  // never added to a total. The printed figure is the total; the net is one the page prints that makes it
  // with the tax, or unknown.
  if (inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null && cents(inv.taxAmount) > 0
    && cents(inv.amount) + cents(inv.taxAmount) === cents(inv.totalAmount) && includedTaxPrinted(lines, inv.taxAmount)) {
    const printed = printedFigures(lines);
    if (printed.has(cents(inv.amount)) && !printed.has(cents(inv.totalAmount))) {
      inv.totalAmount = inv.amount;
      inv.amount = printedNet(inv, lines);
    }
  }
  // The rate read for the tax ("GST 6X 2.70", "GST 64 2.70": the % misread), or the amount taxed printed
  // before it: the figure the line ends in.
  const printedTax = inv.taxAmount === null || inv.totalAmount === null ? null : taxLineFigure(lines, inv.taxAmount, inv.totalAmount);
  if (printedTax !== null) {
    // A net that added up with the misread tax was made to: it goes with it.
    if (inv.amount !== null && cents(inv.amount) + cents(inv.taxAmount!) === cents(inv.totalAmount!)) inv.amount = null;
    inv.taxAmount = printedTax;
  }
  if (inv.taxAmount !== null && inv.totalAmount !== null && inv.totalAmount > 0 && inv.taxAmount > inv.totalAmount) {
    // A tax above the total cannot be: a rate or another figure was read for it ("GST 6. 00 % RM0.23"),
    // or the total is misread. When the till's arithmetic vouches for the total, the tax is unknown;
    // otherwise both are in doubt.
    // A whole-number tax a hundred times a tax's share of a total printed with cents ("GST 6% 237" for
    // 2.37 under "TOTAL 41.90") lost its decimal point: the tax is what is misread, and is unknown.
    // A tax the page does not print at all was joined from the tax line's figure and the one under it
    // ("Service Tax 6%  827" over "Rounding  007", read as 827007, a thousands group wrapped in a narrow
    // cell): the tax line's own figure is what may have lost its point.
    const why = `a tax of ${inv.taxAmount.toFixed(2)} is more than the total ${inv.totalAmount.toFixed(2)}`;
    const lineTax = printedFigures(lines).has(cents(inv.taxAmount)) ? null : lastTaxLineFigure(lines);
    if ((total?.arithmetic && cents(total.total) === cents(inv.totalAmount)) || taxLostItsPoint(lines, inv.taxAmount, inv.totalAmount)
      || (lineTax !== null && taxLostItsPoint(lines, lineTax, inv.totalAmount))) inv.taxAmount = null;
    else for (const field of ['taxAmount', 'totalAmount']) noteGuess(inv, field, why);
  }
  const beforeFigure = inv.totalAmount === null || !total ? null : numberBeforeTotal(lines, inv.totalAmount, total.total);
  if (beforeFigure) {
    const read = inv.totalAmount!;
    inv.totalAmount = total!.total;
    // An item count before the figure ("Total 6 item(s) 38.90") is what the label says, no misread of the figure.
    if (beforeFigure.counted) dropGuess(inv, 'totalAmount');
    else noteGuess(inv, 'totalAmount', `"${beforeFigure.line}": ${read} is printed before the total's figure`);
  }
  // A card pays the total exactly: a card payment the other reading's total does not account for puts
  // it in doubt, till receipt or not (OCR may have lost the total's figure, "Total Amount 001").
  const card = inv.totalAmount === null ? null : cardPaymentAgainst(lines, inv.totalAmount);
  if (card !== null) noteGuess(inv, 'totalAmount', `${card.toFixed(2)} is paid by card, not ${inv.totalAmount!.toFixed(2)}`);
  // The same with the card's label garbled: a second reading of the total, never proof of it.
  const garbled = card !== null || inv.totalAmount === null ? null : garbledCardAgainst(lines, inv.totalAmount);
  if (garbled !== null) noteGuess(inv, 'totalAmount', `${garbled.toFixed(2)} may be a card's payment (its label misread), not ${inv.totalAmount!.toFixed(2)}`);
  const pointLost = inv.totalAmount === null ? null : printedWithoutCents(rows, inv.totalAmount);
  if (pointLost) {
    // Its point read as a space ("TOTAL  43 20"): the cents are the two figures after the space, still in doubt.
    const spaced = centsAfterSpace(rows, inv.totalAmount!);
    if (spaced !== null) {
      const printed = printedFigures(lines);
      if (inv.amount !== null && !printed.has(cents(inv.amount))) inv.amount = null;
      if (inv.taxAmount !== null && !printed.has(cents(inv.taxAmount))) inv.taxAmount = null;
      inv.totalAmount = spaced;
    }
    noteGuess(inv, 'totalAmount', spaced === null ? pointLost : `"${inv.totalAmount!.toFixed(2)}" is printed with a space for its point`);
  }
  // A total no bigger than a rounding ("TOTAL 0.00": the rounding's or the change's figure set beside
  // the total's label) while the receipt's own reading finds an amount to pay.
  if (inv.totalAmount !== null && Math.abs(inv.totalAmount) <= MAX_ROUNDING && total && total.total > MAX_ROUNDING) {
    noteGuess(inv, 'totalAmount', `a total of ${inv.totalAmount.toFixed(2)} on a page whose total reads ${total.total.toFixed(2)}`);
  }
  // A bare "$" on a Singapore page ("Pte Ltd", "S(529540)") is the Singapore dollar, not the US one.
  if (inv.currency === 'USD' && !/\bUSD\b/.test(text) && SINGAPORE_PAGE.test(text)) inv.currency = 'SGD';
  inv.currency ??= tillCurrency(text);
  noteRounding(inv, roundingIn(lines, maxRounding(inv.currency)));
  if (roundingOf(inv) !== 0) printedNetAndTax(inv, lines);
  else if (rungAtTill(lines)) noUnprintedTax(inv, lines);
  // The total as read here when the other reader found none: the two readings are merged after.
  // A tax read that does not make the total with the net read (its point lost to a space on a worn print,
  // "GST 6%  12 36" read as 12) gives way to the summary's too, when the summary's rows make the total.
  const taxAgainstTotal = inv.taxAmount !== null && inv.amount !== null && inv.totalAmount !== null && !makes(inv, cents(inv.amount) + cents(inv.taxAmount), inv.totalAmount);
  if (inv.taxAmount === null || taxAgainstTotal) summaryNetAndTax(inv, lines, inv.totalAmount ?? total?.total ?? null);
  // The receipt's own date is read when a rule below asks for it: on an invoice's page (most pages this
  // runs on) none does, and reading every line for a date as a till prints it was 6% of a batch's work.
  let read: ReceiptDate | null | undefined;
  const receiptDate = (): ReceiptDate | null => (read === undefined ? (read = readReceiptDate(lines)) : read);
  if (inv.date !== null && DAY_FIRST_ORDER.test(guessesOf(inv).date ?? '') && printsDayFirst(text)) {
    // Malaysian and Singaporean documents print the day first; the other reading did not know where it was.
    const date = receiptDate();
    if (date && inv.date === date.date && !date.doubt) dropGuess(inv, 'date');
  }
  // A bill paid by card is no till receipt by its payment lines, but its net is read as on one.
  addChargeOrDiscount(inv, lines);
  noNetInGross(inv, lines);
  netAndTaxInPlace(inv, lines, total?.arithmetic === 'paid' && inv.totalAmount !== null && cents(total.total) === cents(inv.totalAmount));
  // Paid less change that vouches for the total tells a till as well, its figures printed a row off
  // their labels ("RM 2.00" over "CASH") or not.
  if (rungAtTill(lines) || total?.arithmetic === 'paid') {
    noteTillReceipt(inv);
    // A till receipt's shop is the name it prints first: the letter rules' guess is a reading when it is
    // that line, or a part of it ("D.I.Y. (M) SDN BHD" read from "MR. D.I.Y. (M) SDN BHD").
    const header = headerName(lines);
    if (guessesOf(inv)['seller.name'] && inv.seller.name !== null && header !== null && header.includes(inv.seller.name)) {
      inv.seller.name = header;
      dropGuess(inv, 'seller.name');
    }
    // The shop's registration number, read for its name, is printed under the name.
    if (registered && header !== null && !isRegistration(header)) inv.seller.name = header;
    // A header wrapped before its company form ("PASARAYA BORONG PINTAR" over "SDN BHD") is one name.
    const form = header === null ? undefined : lines[lines.indexOf(header) + 1];
    if (inv.seller.name === header && form !== undefined && BARE_FORM.test(form)) inv.seller.name = `${header} ${form}`;
    noUnlabelledBuyer(inv, lines);
  }
  const repaired = inv.date && !plausibleYear(inv.date) ? receiptDate() : null;
  if (repaired && repaired.date !== inv.date) {
    // The other reading's year no receipt has ("2618": a 0 read as a 6): the receipt's own reading, which
    // put the 0 back, is the better start, and keeps its doubt. One read with no doubt of the same day and
    // month only parted the year from what ran into it ("23/03/1821:14", a time): nothing is left to doubt;
    // nor is one of another day when no single digit misread makes the other reading's year one a receipt
    // has: that reading was an id's digits ("SST ID: B16-1809-31000412" read as 3100-04-12), no date.
    const sameDay = repaired.date.slice(5) === inv.date!.slice(5);
    const misread = !sameDay && oneDigitFromPlausible(inv.date!);
    inv.date = repaired.date;
    if (repaired.doubt || misread) noteGuess(inv, 'date', repaired.doubt ?? `the receipt's date reads ${repaired.date}`);
    else dropGuess(inv, 'date');
  }
  summaryRowTotal(inv, lines, total);
  const till = isTillReceipt(lines);
  // A page rung at a till whose payment OCR garbled past reading ("Canh 100.00" over "Change 25.75") is
  // still read for its date as a till receipt is, not for its total.
  if (till || rungAtTill(lines)) {
    const date = receiptDate();
    if (till) tillTotal(inv, lines, total);
    reconcileDates(inv, lines, date);
  } else exitDate(inv, lines);
  otherDateOnly(inv, lines);
  yearContradicted(inv, lines);
  return inv;
}

/**
 * A date another date the page stamps with a time contradicts in one digit of its year, the day and the
 * month the same ("25.11.2024 09:41" over the TSE's "2026-11-25T09:41:12" on a harsh photo): one of the two
 * was misread, and which the page does not say: in doubt, the value kept.
 */
function yearContradicted(inv: Invoice, lines: readonly string[]): void {
  const other = inv.date ? yearOneDigitOff(lines, inv.date) : null;
  if (other) noteGuess(inv, 'date', `the page also prints ${other}, its year one digit from ${inv.date}'s`);
}

/**
 * A date the page prints only as another's (a voucher's "Valid until" under the sale, whose own date OCR
 * garbled) is no date the page names for itself: in doubt, the value kept.
 */
function otherDateOnly(inv: Invoice, lines: readonly string[]): void {
  if (inv.date && printedOnlyAsOtherDate(lines, inv.date)) noteGuess(inv, 'date', `${inv.date} is printed only as another date than the page's (a last day, an expiry)`);
}

/**
 * The receipt's labelled total (read with no doubt, or one its payments contradict) against another
 * reading of a till receipt's.
 */
function tillTotal(inv: Invoice, lines: readonly string[], total: ReceiptTotal | null): void {
  // A total the page does not print, which the other reader computed ("Excl GST" plus the tax, the
  // rounding left out), gives way to it; either stays in doubt.
  const labelled = total && !total.arithmetic && (!total.doubt || total.contradicted) ? total.total : null;
  if (labelled !== null && inv.totalAmount !== null && cents(inv.totalAmount) !== cents(labelled)) {
    if (!printedFigures(lines).has(cents(Math.abs(inv.totalAmount)))) inv.totalAmount = labelled;
    if (!total!.doubt) noteGuess(inv, 'totalAmount', `the receipt's total reads ${labelled.toFixed(2)}`);
  }
  if (total?.contradicted) noteGuess(inv, 'totalAmount', total.doubt!);
}

/**
 * A car park's or a toll's slip that prints no payment a till does ("FARE RM 21.60" paid by a stored-value
 * card): the other reading took the entry's date, printed before the exit's; the slip's date is the exit's.
 */
function exitDate(inv: Invoice, lines: readonly string[]): void {
  if (!inv.date || !printsEntryAndExit(lines)) return;
  const date = readReceiptDate(lines);
  if (date?.exit && !date.doubt && date.date !== inv.date && otherDatesIn(lines).has(inv.date)) {
    inv.date = date.date;
    dropGuess(inv, 'date');
  }
}

/** The receipt's own date against another reading's, on a page rung at a till. */
function reconcileDates(inv: Invoice, lines: readonly string[], date: ReceiptDate | null): void {
  if (date && inv.date && date.date !== inv.date && !date.doubt && (date.ordered || date.calendar || otherDatesIn(lines).has(inv.date) || monthFirstMisreading(inv.date, date.date, lines))) {
    // The other reading took a date the receipt gives to something else ("Member since 01/02/2015", an
    // entry's before the exit's), or read its digits in another order than the one the page prints (or
    // than the one its country writes), or its year in the Common Era when the page prints another
    // calendar's ("13/11/69" on a Thai page).
    inv.date = date.date;
    dropGuess(inv, 'date');
  } else if (date && inv.date && date.date !== inv.date && date.doubt && otherDatesIn(lines).has(inv.date)) {
    // The other reading took a date the receipt gives to something else ("Ready: 14 May 2019"), and the
    // receipt's own date needed a repair ("07.M4y.2019"): the repaired one is the better start, in doubt.
    inv.date = date.date;
    noteGuess(inv, 'date', date.doubt);
  } else if (date && inv.date && date.date !== inv.date && (date.labelled || !date.doubt)) {
    // The other reading was itself a guess: the receipt's own date is the better start, still in doubt.
    if (guessesOf(inv).date && !date.doubt) inv.date = date.date;
    noteGuess(inv, 'date', `the receipt's date reads ${date.date}`);
  } else if (date && inv.date === date.date && (date.labelled || date.passedOver || otherDatesIn(lines).size > 0) && !date.doubt && !DAY_FIRST_ORDER.test(guessesOf(inv).date ?? '')) {
    // The receipt names this date, and names no other; or it prints this date alone and names every
    // other one as something else's ("Redeem by 05/11/2019"; a date printed under the total with no time,
    // a promotion's at the foot): the other reading's guess of which date is
    // the receipt's is confirmed (neither says whether the day or the month comes first).
    dropGuess(inv, 'date');
  } else if (date && inv.date === date.date && date.doubt && !date.choice) {
    // Both readings took the same digits, which the receipt's reading doubts ("25/3/18:12": the year
    // run into what may be the time): a second reading of the same print does not lift that.
    noteGuess(inv, 'date', date.doubt);
  }
}

/** The largest share of a total a tax takes (a 25% rate's tax, included or added). */
const MAX_TAX_SHARE = 0.25;

/**
 * Whether a tax above the total is a tax whose decimal point OCR lost: a whole number whose hundredth
 * is a tax's share of a total that has cents (a whole total may have lost its own point: both are then
 * in doubt), printed at the end of a tax line after its rate ("GST 6% 237"; a line with one number,
 * "GST 64", is its rate misread and its figure lost: both stay in doubt).
 */
function taxLostItsPoint(lines: readonly string[], tax: number, total: number): boolean {
  if (!Number.isInteger(tax) || Number.isInteger(total) || tax <= 0 || tax / 100 > total * MAX_TAX_SHARE) return false;
  const afterRate = new RegExp(String.raw`\d\D+(?<![\d.,])${tax}\s*$`);
  return lines.some((l) => TAX_LABEL.test(l) && afterRate.test(l));
}

/** Whether a date's year, no receipt's, becomes one a receipt can have with one digit read otherwise ("2618"). */
function oneDigitFromPlausible(date: string): boolean {
  const year = date.slice(0, 4);
  return [...year].some((_, i) => [...'0123456789'].some((d) => plausibleYear(`${year.slice(0, i)}${d}${year.slice(i + 1)}`)));
}

/** A row whose own words come before its figures ("Jumlah 233.20 13.99 247.19", "SR 6% 233.20 ..."). */
const NAMED_ROW = /^[^\d]*\p{L}{2}/u;

/**
 * A total the other reader took from a tax summary's row, whose last figure is its net and tax summed
 * before the till's rounding ("Jumlah 233.20 13.99 247.19"), the figure printed on no other line, while
 * the receipt prints its total under a label ("JUMLAH RM 247.20"). With no payment printed nothing else
 * tells the two apart: the summary and the printed rounding making the labelled total vouch for it;
 * otherwise the total is in doubt.
 */
function summaryRowTotal(inv: Invoice, lines: readonly string[], total: ReceiptTotal | null): void {
  const read = inv.totalAmount;
  if (read === null || !total || total.doubt || cents(read) === cents(total.total)) return;
  // Rows that name themselves: a grid's row of figures under its labels ("TOTAL HT  TOTAL TVA  TOTAL TTC"
  // over "100,00 10,00 110,00") prints the total under its own label.
  const printedOn = lines.filter((l) => amountsIn(l).some((v) => cents(v) === cents(read)));
  // (A figure after words of its own on the row is labelled there, no sum of the row's figures before it: an
  // invoice's "Bruttobetrag  57.624,47  42.000,00  15.624,47", "Totale documento  2.055,65" beside a VAT
  // summary's "Totale  1.752,68  302,97" on one line.)
  if (!printedOn.length || !printedOn.every((l) => isSummaryRow(l) && NAMED_ROW.test(l) && !afterWords(l, read))) return;
  if (cents(read) + cents(roundingOf(inv)) === cents(total.total)) inv.totalAmount = total.total;
  else noteGuess(inv, 'totalAmount', `the receipt's total reads ${total.total.toFixed(2)}`);
}

/**
 * The words of an item table's header ("Description", "Qty", "Amount (RM)"), read with OCR's spaces
 * ("Descr iption"): a header taken for a party's name names no one.
 */
const HEADER_WORDS = /^(?:desc(?:ription)?|items?|qty|quantity|amount|amt|price|unit(?:price)?|uprice|particulars|products?|articles?|sno|no|sr|rm|total|artikel|beschreibung|bezeichnung|menge|einzelpreis|betrag|d[ée]signation|quantit[ée]|prix|montant)+$/;
function isTableHeader(name: string): boolean {
  return HEADER_WORDS.test(name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
}

/**
 * A receipt's notice or courtesy line, which names no one: "Goods sold are not returnable" (OCR's
 * "retumable"), "NOT REFUNDABLE", "THANK YOU", "TERIMA KASIH", "PLEASE COME AGAIN".
 */
const NOTICE = /\bgoods\s+sold\b|\bnot\s+re\w*able\b|\bthank\s+you\b|\bterima\s+kasih\b|\bcome\s+again\b/i;

/**
 * A company's registration number as Malaysian receipts print it ("(123456-X)", "(1234567-A)",
 * "BR NO.:(124525-H)", "(CO.REG :860671-D)", "Co. Reg. No. 123456-X"), with its label.
 */
const REGISTRATION = /\(?\s*(?:(?:co\.?\s*reg(?:istration)?|company|reg|br|roc)\.?\s*(?:no\.?)?\s*[:.]?\s*)?\(?\s*\d{5,12}\s*-\s*[A-Z]\s*\)?/gi;
/** A Malaysian company form on a line of its own: "SDN BHD", "SDN. BHD.", "(M) SDN BHD", "BHD". */
const BARE_FORM = /^(?:\(\s*M\s*\)\s*)?(?:SDN\.?\s*)?BHD\.?$/i;
/** A "name" that is a registration number and its label, naming no one. */
function isRegistration(name: string): boolean {
  const rest = name.replace(REGISTRATION, '');
  return rest !== name && !/\p{L}{2}/u.test(rest);
}

/**
 * The tax as printed when another reader took another figure before it on a tax line for the tax: a
 * whole number (the rate, its % misread: "GST 64 2.70"), or the amount taxed, printed before its tax
 * ("GST: 6%  RM30.58  RM1.83"). It is the two-decimal figure the line ends in, below `total` (and below
 * the amount taxed). Null unless exactly one tax line shows both.
 */
function taxLineFigure(lines: readonly string[], read: number, total: number): number | null {
  // A tax of 0 hides no misread rate: the figure after "0%" is what is taxed at 0% (a reverse-charge
  // invoice's item "4.850,00 | 0% MC | 4.850,00"), never a tax.
  if (read === 0) return null;
  const whole = Number.isInteger(read);
  const printed = new RegExp(String.raw`(?<![\d.,])${whole ? read : read.toFixed(2).replace('.', '\\.')}(?![\d.,])`);
  const figures = lines.flatMap((l) => {
    // A tax the total includes is printed so too ("GST 6V Incl. 2.59": the % of its rate misread).
    const figure = TAX_LABEL.test(l) && (!NOT_TAX.test(l) || TAX_INCLUDED.test(l)) && !isTotalLine(l) ? trailingFigure(l) : null;
    if (!figure || !printed.test(figure.label) || (!whole && figure.value >= read)) return [];
    return figure.value > 0 && cents(figure.value) < cents(total) && cents(figure.value) !== cents(read) ? [figure.value] : [];
  });
  return figures.length === 1 ? figures[0]! : null;
}

/**
 * A restaurant's service charge ("Service Charge 10%", "10% Svc Chg", "SRV CHRG 10%", "S.Charge", "S/C 10%"), charged
 * before tax; "Service 5%", its rate right after the word, as Indonesian and Thai bills print it (not
 * "Service Tax 6%", a tax).
 */
export const SERVICE_CHARGE = /\bservice\s*(?:charge|chg)\b|\b(?:svc|srv|serv)\.?\s*(?:chg|chrg|charge)\b|\bs\.\s?charge\b|\bs\s?\/\s?c\b|\bservice\s*\d{1,2}(?:[.,]\d{1,2})?\s*%/i;
/** A tip the guest wrote under the bill's total on a card slip ("TIP 15.00", "Gratuity"): paid with it, untaxed. */
const TIP = /^\s*(?:tips?|gratuity)\b/i;

/** Whether a net of `net` cents and the tax (none read: 0) make the total, with the printed rounding or without. */
function makesTotal(inv: Invoice, net: number): boolean {
  return inv.totalAmount !== null && makes(inv, net + cents(inv.taxAmount ?? 0), inv.totalAmount);
}

/** Whether `sum` cents are `total`, with the printed rounding or without. */
function makes(inv: Invoice, sum: number, total: number): boolean {
  const rounding = cents(roundingOf(inv));
  return [0, rounding, -rounding].some((r) => sum + r === cents(total));
}

/**
 * A net or tax a page with a rounding line does not print: the other reader computed it from the other
 * totals, leaving out the rounding that stands between them ("GST 3.72", "ROUNDING -0.01", "TOTAL
 * 65.70" gave a tax of 3.71), or a service charge. The tax its tax line prints is taken instead, and the
 * net the page prints that makes the total with it; with none, the net is unknown (a receipt is kept
 * for its total; an invoice's missing net is asked for).
 */
function printedNetAndTax(inv: Invoice, lines: readonly string[]): void {
  // (Not a net and a tax that make the total with the rounding: read with the rounding between them, not
  // computed past it; a tax summed over its rates, "TVA 2,6 % 23.40", "TVA 8,1 % 81.65", is printed by parts.)
  if (inv.amount !== null && inv.taxAmount !== null && inv.totalAmount !== null && cents(inv.amount) + cents(inv.taxAmount) + cents(roundingOf(inv)) === cents(inv.totalAmount)) return;
  const printed = printedFigures(lines);
  if (inv.taxAmount !== null && !printed.has(cents(Math.abs(inv.taxAmount)))) inv.taxAmount = taxLineAmount(lines, inv.totalAmount);
  if (inv.amount !== null && !printed.has(cents(Math.abs(inv.amount)))) inv.amount = printedNet(inv, lines);
}

/**
 * A row of a tax summary: a tax code and its rate, then the amount at that rate and its tax ("SR (6%)
 * 33.49 2.01", "ZR (0%) 6.60 0.00", "S = 6% 7.74 0.46", "SR = GST @6% 7.74 0.46"; an item count may
 * stand between, "ST = 0% 5 28.19 0.00").
 */
const SUMMARY_ROW = /^[A-Z]{1,3}\s*(?:=\s*)?(?:GST\s*)?\(?\s*@?\s*\d{1,2}(?:\.\d{1,2})?\s*%\s*\)?(?=\s)/;
/** A line opening with a tax's name ("GST 6%", "SST 10%"), not a summary's code ("SR", "ZR", "S", "E"). */
const TAX_NAME_FIRST = /^(?:GST|SST|VAT|TAX)\b/i;

/**
 * The tax a receipt prints only in its tax summary, by rate: the summary's amounts and taxes, summed,
 * are the net and the tax when together they make `total` (with the printed rounding or without).
 * A receipt addressed to a customer owes its tax ("CUSTOMER : [77853745]"); its summary states it.
 */
function summaryNetAndTax(inv: Invoice, lines: readonly string[], total: number | null): void {
  // (Not the tax's own line, "GST 6%  1.61" or "GST 6%  12 36" with its point lost: the tax's name and its
  // rate before one figure or none, where a summary's row prints a code and two.)
  const rows = lines.filter((l) => SUMMARY_ROW.test(l) && !(TAX_NAME_FIRST.test(l) && amountsIn(l).length < 2)).map((l) => amountsIn(l.replace(SUMMARY_ROW, '')));
  if (!rows.length || rows.some((figures) => figures.length < 2)) return;
  const net = rows.reduce((sum, figures) => sum + cents(figures[figures.length - 2]!), 0);
  const tax = rows.reduce((sum, figures) => sum + cents(figures[figures.length - 1]!), 0);
  if (total === null || !makes(inv, net + tax, total)) return;
  inv.amount = net / 100;
  inv.taxAmount = tax / 100;
  if (inv.fieldSources?.totalAmount) {
    inv.fieldSources.amount ??= inv.fieldSources.totalAmount;
    inv.fieldSources.taxAmount ??= inv.fieldSources.totalAmount;
  }
}

/**
 * A till receipt that prints no tax line, or none whose figure reads (its point lost on a harsh photo:
 * "GST INCLLDED 6% 423"): a tax the other reader computed (the total less a net it read, "SUBTOTAL 24:20"
 * or "SUBTOTAL 74 80" read as 24 or 74) is none the page states, and goes with the net it came from when
 * the page does not print that either.
 */
function noUnprintedTax(inv: Invoice, lines: readonly string[]): void {
  if (inv.taxAmount === null || (lines.some((l) => TAX_LABEL.test(l)) && taxLineAmount(lines, inv.totalAmount) !== null)) return;
  const printed = printedFigures(lines);
  if (printed.has(cents(Math.abs(inv.taxAmount)))) return;
  inv.taxAmount = null;
  if (inv.amount !== null && !printed.has(cents(Math.abs(inv.amount)))) inv.amount = null;
}

/** The one figure the page prints that makes the total with the tax (and the printed rounding), or null. */
function printedNet(inv: Invoice, lines: readonly string[]): number | null {
  const nets = [...printedFigures(lines)].filter((v) => v > 0 && makesTotal(inv, v));
  return nets.length === 1 ? nets[0]! / 100 : null;
}

/** A discount under the subtotal ("Less: Discount 5% -31.13", "Disc 10%"), printed with its minus or without. */
const DISCOUNT = /\bdiscount\b|\bdisc\b/i;
/** A rate taken off, its figure printed with a minus and the word "discount" left out ("MEMBER 5% -15.30", "STAFF 10% -4.20"). */
const RATE_OFF = /\d\s*%.*\s-\s*\d{1,3}(?:,\d{3})*\.\d{2}$/;
/** A discount's line: named so, or a rate taken off on no tax's line (a tax is added, not taken off). */
const isDiscount = (line: string): boolean => DISCOUNT.test(line) || (RATE_OFF.test(line) && !TAX_LABEL.test(line));

/**
 * A net read as the subtotal above a service charge or a discount: the service charge is part of the
 * net the tax is on, and the discount comes off it. When the net misses the total by just the printed
 * charge (and the printed rounding adjustment), the charge is added; by just the discount, the subtotal
 * is no net, and the net is the one the page prints, or unknown (a receipt is kept for its total).
 */
function addChargeOrDiscount(inv: Invoice, lines: readonly string[]): void {
  const { amount, totalAmount } = inv;
  if (amount === null || totalAmount === null) return;
  // (With a tip written under the bill, a net and a tax the other reader made the total with, the tax
  // computed past the tip, are read again.)
  if (makesTotal(inv, cents(amount)) && !lines.some((l) => TIP.test(l))) return;
  // No tax read yet (the other reader took none: "S/C.10%" over "GST 7%" on a worn print): the one the
  // page's tax line prints, when the subtotal, the charge and it make the total.
  const printedTax = inv.taxAmount === null ? taxLineAmount(lines, totalAmount) : null;
  const charges: number[] = [];
  for (const line of lines) {
    const sign = SERVICE_CHARGE.test(line) || TIP.test(line) ? 1 : isDiscount(line) ? -1 : 0;
    const figure = sign ? trailingAmount(line) : null;
    const net = figure === null || figure === 0 ? null : cents(amount) + sign * cents(Math.abs(figure));
    const withPrintedTax = net !== null && printedTax !== null && makes(inv, net + cents(printedTax), totalAmount);
    if (net !== null && net > 0 && (makesTotal(inv, net) || withPrintedTax)) {
      if (withPrintedTax) inv.taxAmount = printedTax;
      inv.amount = sign > 0 ? net / 100 : printedNet(inv, lines);
      return;
    }
    if (sign > 0 && figure) charges.push(cents(Math.abs(figure)));
  }
  // A service charge and the tip written under the bill's total: the subtotal with both makes the total
  // paid with the tax read or, when that is no figure the page prints (computed from the totals, past the
  // tip), with the one its tax line prints. That net is printed nowhere, a sum of three figures: it is
  // unknown (a receipt is kept for its total), the tax the page prints is kept.
  const both = charges.length === 2 ? cents(amount) + charges[0]! + charges[1]! : null;
  if (both === null) return;
  const tax = inv.taxAmount === null || printedFigures(lines).has(cents(Math.abs(inv.taxAmount))) ? inv.taxAmount : taxLineAmount(lines, totalAmount);
  if (makes(inv, both + cents(tax ?? 0), totalAmount)) Object.assign(inv, { amount: null, taxAmount: tax });
}

/**
 * A net and a tax read in each other's place (a tax summary's "NET AMT  GST" columns taken the other
 * way round): no tax rate reaches 100%, so when the two add up to the total, the larger is the net. A
 * tax equal to the total is the total's own figure ("TOTAL SALES INCLUSIVE OF GST 7.30", its label
 * misread): the tax is not known. A net not below the total beside a tax is no net either: the total's
 * figure ("NET AMT 28.80" after "GROSS AMT 27.17", a "SUBTOTAL" of prices with the tax in them) or a
 * rate ("SR  6.00  2.82  0.17"); when the page prints the one figure that makes the total with the tax
 * (and the printed rounding), that is the net, and when the till `vouched` for the total (paid less
 * change, a card) and prints none, the net is unknown. A net below a vouched total that does not make it
 * with the tax was read from another row ("RM 8.41", a service charge a row off its label): the one
 * printed figure that does is the net.
 */
function netAndTaxInPlace(inv: Invoice, lines: readonly string[], vouched: boolean): void {
  const { amount, taxAmount, totalAmount } = inv;
  if (taxAmount === null || totalAmount === null || taxAmount <= 0) return;
  // With a net read or not ("TOTAL INCLUDES GST 0% 0.90" read for the tax).
  if (cents(taxAmount) === cents(totalAmount)) {
    inv.taxAmount = null;
    return;
  }
  if (amount === null || amount <= 0) return;
  if (taxAmount > amount && cents(amount) + cents(taxAmount) === cents(totalAmount)) {
    inv.amount = taxAmount;
    inv.taxAmount = amount;
    return;
  }
  const over = cents(amount) >= cents(totalAmount);
  if (makesTotal(inv, cents(amount)) || (!over && !vouched)) return;
  const net = printedNet(inv, lines);
  if (net !== null || (over && vouched)) inv.amount = net;
}

/**
 * Words that introduce a till receipt's customer: "BILL TO", "CUSTOMER", "SOLD TO", "NAME", and a folio's
 * or a bill's "Guest:", "Client:", "Attn:".
 */
const BUYER_LABEL = /\b(?:bill(?:ed)?\s+to|sold\s+to|ship\s+to|deliver(?:ed)?\s+to|customer|cust(?:omer)?\s*name|name|member|debtor|pelanggan|guest|client|attn)\b/i;

/** Which copy of a card slip this is: "CUSTOMER COPY", "MERCHANT COPY", "CARDHOLDER COPY". */
const SLIP_COPY = /\b(?:customer|merchant|cardholder|bank)\s+copy\b/i;

/**
 * A till receipt names a customer only under a label ("BILL TO :", "CUSTOMER :"): the letter rules'
 * buyer read from an unlabelled line of it is an address line or an item ("43200 CHERAS", "LOT 1851-A &
 * 1851-B", "KNIFE COOKING OIL 5KG"), and is dropped.
 */
function noUnlabelledBuyer(inv: Invoice, lines: readonly string[]): void {
  const name = inv.buyer.name;
  if (name === null) return;
  // (A name wrapped in its cell, "Lakeside Dental" over "Associates Inc." under "Bill to", is found by its first row.)
  const opens = (cell: string): boolean => cell.includes(name) || (cell.trim().length >= 4 && name.startsWith(`${cell.trim()} `));
  const at = lines.findIndex((l) => l.includes(name) || l.split(/\s{2,}/).some(opens));
  const line = at >= 0 ? lines[at]! : '';
  // A labelled line that ends in a figure names no one: "CUSTOMER SAVING FROM RRP 3.40"; nor does a card
  // slip's "CUSTOMER COPY".
  if (at >= 0 && BUYER_LABEL.test(line) && trailingAmount(line) === null && !SLIP_COPY.test(line)) return;
  // Under a label row, the name's own cell is what counts: an invoice's header grid sets the customer's
  // first row beside the number's and the amount's cells ("BILL TO | INVOICE # | TOTAL FEES" over
  // "Tidewater Candle Co. LLC | CWM-SF-… | $7,397.75").
  const label = at > 0 ? lines[at - 1]! : '';
  const grid = label.trim().split(/\s{2,}/).length >= 2;
  const cell = grid ? line.split(/\s{2,}/).find(opens) ?? line : line;
  if (BUYER_LABEL.test(label) && !SLIP_COPY.test(label) && !SLIP_COPY.test(line) && trailingAmount(cell) === null) return;
  inv.buyer.name = null;
  dropGuess(inv, 'buyer.name');
}

/** An item count's word after its number ("6 item(s)", OCR's "6 iten(s)", "3 pcs"). */
const COUNTED = /^\s*(?:ite[mn]s?|pcs|qty|units?)\b/i;

/**
 * The line where the other reader's whole-number total is a number printed before the total's figure
 * ("Total  55 15.60": OCR read the "S$" before 15.60 as digits; "TOTAL 2 12.50": an item count), when
 * the receipt's own reading is that figure, and whether an item count's word follows the number
 * ("Total 6 item(s) 38.90"); null otherwise. The figure is taken; in doubt unless the number is counted.
 */
function numberBeforeTotal(lines: readonly string[], read: number, figure: number): { line: string; counted: boolean } | null {
  if (!Number.isInteger(read) || cents(read) === cents(figure)) return null;
  const number = new RegExp(String.raw`(?<![\d.,])${read}(?![\d.,])`);
  for (const line of lines) {
    const end = isTotalLine(line) ? trailingFigure(line) : null;
    const at = end === null || cents(end.value) !== cents(figure) ? null : end.label.match(number);
    if (at) return { line, counted: COUNTED.test(end!.label.slice(at.index! + at[0].length)) };
  }
  return null;
}

const DOTTED_DATE = /(?<![\d.,])(?:\d{4}\.\d{1,2}\.\d{1,2}|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))(?![\d,])\.?/g;

/**
 * A size or a quantity with its unit in a description ("Placa OSB 1,22 x 2,44", "vino 0,75 l", "1.50 x 2.00 m"):
 * its decimals are no cents, as on a page of pesos or krónur that prints its money without them.
 */
const MEASURE = onFirstUse(() => /(?<![\d.,])\d+(?:[.,]\d+)?(?:\s*[x×]\s*\d+(?:[.,]\d+)?)+|(?<![\d.,])\d+[.,]\d+\s*(?:mm|cm|m|km|kg|g|l|ml|m²|m2|m³|m3|kwh)(?![\p{L}\d])/giu);

/** A figure grouped in Indian lakhs and crores: two digits a group above the thousands ("2,10,984.00"). */
const LAKH_GROUPED = /(?<![\d.,])\d{1,2}(?:,\d{2})+,\d{3}(?=\.\d{2}(?![\d.,]))/g;

/** Figures with cents a page must print before a whole number among them reads as a lost decimal point. */
const WITH_CENTS = 2;

/**
 * Why a whole-number total is in doubt: the page never prints it with cents, while its other figures
 * have them. OCR loses a decimal point ("NETT TOTAL 3000" for 30.00, "TOTAL 125 50" for 125.50), and the
 * whole number then parses as an amount a hundred times too large, or cut short. Null when the total
 * has cents, is printed with them somewhere, or the page prints its figures without cents.
 */
function printedWithoutCents(lines: readonly string[], total: number): string | null {
  if (!Number.isInteger(total)) return null;
  // Dates written with points ("06.05.2025", "2025.05.06.") are no figures with cents.
  const figures = lines.flatMap((l) => amountsIn(l.replace(DOTTED_DATE, ' ').replace(MEASURE(), ' ')));
  if (figures.length < WITH_CENTS) return null;
  // With its cents, whatever groups its thousands ("4 008,00 €", "4.008,00", "4,008.00"), or in Indian
  // lakhs and crores ("3,02,505.00", "1,23,45,678.00"): in that shape only, commas and a decimal point.
  const withCents = new RegExp(String.raw`(?<![\d.,])${Math.abs(total)}[.,]00(?!\d)`);
  const ungrouped = (l: string) =>
    l.replace(LAKH_GROUPED, (figure) => figure.replace(/,/g, '')).replace(/(?<=\d)[\s\u00a0\u202f'’.,](?=\d{3}(?!\d))/g, '');
  // Also across a line break: a narrow cell wraps a grouped figure after its thousands ("kr 19" over "515,00").
  if (lines.some((l, i) => withCents.test(ungrouped(l)) || (i > 0 && withCents.test(ungrouped(`${lines[i - 1]} ${l}`))))) return null;
  return `${total} is printed without the cents the page's other figures have`;
}

/**
 * A whole-number total whose decimal point a worn print lost to a space ("TOTAL  43 20", "JUMLAH RM 125 50"):
 * the figure with the two digits after the space as its cents, when one total line ends so; else null.
 */
function centsAfterSpace(lines: readonly string[], total: number): number | null {
  const spaced = new RegExp(String.raw`(?<![\d.,])${Math.abs(total)} (\d{2})\s*$`);
  const found = lines.filter((l) => isTotalLine(l)).map((l) => l.match(spaced)).filter((m) => m !== null);
  return found.length === 1 ? (Math.sign(total) * (Math.round(Math.abs(total) * 100) + Number(found[0]![1]))) / 100 : null;
}

/** A tax the total already includes: "GST 7% incl.", "GST 6% Included", "GST INCLUDED IN TOTAL". */
const TAX_INCLUDED = /\b(?:gst|sst|vat|tax)\b.*\bincl(?:\.|uded|usive)?(?!\w)|\bincl(?:\.|uded|usive)?\s+(?:\d+(?:\.\d+)?\s*%\s*)?(?:gst|sst|vat|tax)\b/i;

/** Whether a line printing a tax as included ends in `tax` ("VAT 7% INCLUDED 37.33"). */
function includedTaxPrinted(lines: readonly string[], tax: number): boolean {
  return lines.some((l) => {
    const figure = TAX_INCLUDED.test(l) ? trailingAmount(l) : null;
    return figure !== null && cents(figure) === cents(tax);
  });
}

/**
 * A net read as the subtotal of a receipt whose prices include the tax: the subtotal is then the total,
 * and the tax printed as included in it ("GST 7% incl. 1.71", "GST 6% Included 2.40") is a part of it,
 * not nothing. The receipt prints no net: none is stated, and the tax is the one printed. The total
 * less that tax, which the other reader computed when no subtotal was read, is a figure computed, not
 * read: on a till receipt it is not stated either.
 */
function noNetInGross(inv: Invoice, lines: readonly string[]): void {
  const { amount, taxAmount, totalAmount } = inv;
  if (amount === null || totalAmount === null) return;
  const included = lines.map((l) => (TAX_INCLUDED.test(l) ? trailingAmount(l) : null)).find((v) => v !== null && v > 0 && cents(v) < cents(totalAmount)) ?? taxInLabelledGross(lines, totalAmount, taxAmount);
  if (included == null) return;
  if (cents(amount) !== cents(totalAmount) && grossBeforeDiscount(lines, amount, totalAmount)) {
    // A subtotal that a printed discount brings down to the total ("SUB-TOTAL 139.70", "PROMO DISC
    // -12.00", "TOTAL 127.70", "GST 6% INCL. 7.23") is a sum of prices with the tax in them: no net.
    inv.amount = printedNet(inv, lines);
    return;
  }
  // (A subtotal the printed rounding brings to the total is that total before the till rounded it.)
  if (!makes(inv, cents(amount), totalAmount)) {
    // An invoice addressed to someone keeps it: its net is what the buyer books, and the total less the
    // GST included in it is that net exactly ("Total (inc GST) $715.00", "GST included $65.00").
    if (inv.buyer.name === null && taxAmount !== null && cents(taxAmount) === cents(included) && !printedFigures(lines).has(cents(Math.abs(amount)))) inv.amount = null;
    return;
  }
  // (A tax that is the rounding's own figure, the total less the subtotal before it, is no tax: the other
  // reader made "SUB TOTAL 45.93", "ROUNDING 0.02", "TOTAL 45.95" a net and a tax of 0.02.)
  const roundingGap = taxAmount !== null && cents(taxAmount) === Math.abs(cents(totalAmount) - cents(amount));
  if (taxAmount !== null && taxAmount !== 0 && !roundingGap && cents(taxAmount) !== cents(included)) return;
  inv.amount = null;
  inv.taxAmount = included;
  if (inv.fieldSources?.totalAmount) inv.fieldSources.taxAmount ??= inv.fieldSources.totalAmount;
}

/**
 * The tax a total's own label says it holds, printed on a tax line of its own ("Total (incl. GST) 35.50"
 * with "GST 7% 2.32", "Total Inclusive GST 6% 1,507.00" with "GST Amount 85.30"): a part of the total, as
 * the tax of a line that says "incl." is. Null when the total's line says no such thing or no tax line
 * prints `tax`.
 */
function taxInLabelledGross(lines: readonly string[], total: number, tax: number | null): number | null {
  if (tax === null || tax <= 0 || cents(tax) >= cents(total)) return null;
  const printedOn = (l: string, figure: number) => cents(trailingAmount(l) ?? -1) === cents(figure);
  const gross = lines.some((l) => TAX_INCLUDED.test(l) && isTotalLine(l) && printedOn(l, total));
  return gross && lines.some((l) => TAX_LABEL.test(l) && !NOT_TAX.test(l) && !isTotalLine(l) && printedOn(l, tax)) ? tax : null;
}

/** Whether `amount` less a discount the page prints (with its minus or without) is `total`. */
function grossBeforeDiscount(lines: readonly string[], amount: number, total: number): boolean {
  return lines.some((l) => {
    const figure = isDiscount(l) ? trailingAmount(l) : null;
    return figure !== null && figure !== 0 && cents(amount) - cents(Math.abs(figure)) === cents(total);
  });
}

/**
 * The other reading's date is the receipt's own with its day and month swapped, on a page whose country
 * writes the day first: a Singapore till's "$" figures read as US dollars made it read "11/04/2019" month
 * first. A receipt's own reading of a date is the day first, as Malaysia and Singapore print it.
 */
function monthFirstMisreading(other: string, own: string, lines: readonly string[]): boolean {
  const [y, m, d] = own.split('-');
  return other === `${y}-${d}-${m}` && printsDayFirst(lines.join('\n'));
}

/** A page from a country that writes the day first (DAY_FIRST_PLACE), or with a Malaysian tax registration. */
const printsDayFirst = (text: string): boolean => DAY_FIRST_PLACE.test(text) || MALAYSIAN_TAX_ID.test(text);

/** The other reader's doubt of a date that reads both ways ("02-05-2018"). */
const DAY_FIRST_ORDER = /whether the day or the month/;
/**
 * A receipt from Malaysia or Singapore: a company form ("Sdn Bhd", "Bhd", "Pte Ltd") or its registration
 * ("Co. Reg.", "(126926-H)"), a ringgit figure, the country, Malay words tills print (jalan, "JLN",
 * restoran, kedai, tunai, baki, terima kasih); a Malaysian tax registration too (MALAYSIAN_TAX_ID). Or
 * from Thailand or Indonesia, whose tills print the day first as well: the baht ("THB", "฿"), the rupiah
 * ("Rp 12.500", "IDR"), the country or its capital, Indonesia's tax number ("NPWP") and change ("Kembali").
 */
const DAY_FIRST_PLACE = /\b(?:sdn\.?\s*)?bhd\b|\bjln\b|\(\s*\d{5,12}\s*-\s*[A-Z]\s*\)|\bpte\.?\s*ltd\b|\bco\.?\s*reg\b|\bmalaysia\b|\bsingapore\b|\bjalan\b|\brestoran\b|\bkedai\b|\btunai\b|\bbaki\b|\bterima\s+kasih\b|\bRM\s*\d|\(RM\)|\bTHB\b|฿|\bbaht\b|\bthailand\b|\bbangkok\b|\bRp\.?\s*\d|\bIDR\b|\bindonesia\b|\bjakarta\b|\bNPWP\b|\bkembali(?:an)?\b/i;

/**
 * A Malaysian tax registration: the 12 digits of a GST number the Royal Malaysian Customs gave ("GST ID
 * NO: 000306020352", "GST REG NO.: 001269075968"; Singapore's GST numbers have letters or 9 to 10
 * characters), or a sales and service tax number, a letter and three groups of digits ("SST No:
 * W10-1808-31009912", 2018 on). OCR may lose the space after GST ("GSTID: 000306020352"), or read the I of
 * ID as a 1 or an l on a worn print ("GST 1D: 001088774016").
 */
const MALAYSIAN_TAX_ID = /\bGST(?:\b|(?=(?:ID|NO|REG)\b))(?:\s*[1l]D\b)?[^\n\d]{0,20}\b\d{12}\b|\b[A-Z]\d{2}-\d{4}-\d{8}\b/i;

/**
 * A Malaysian company or business registration in brackets under the shop's name: up to 7 digits
 * ("(124525-H)"), 9 with the two leading zeros of the SSM's form ("(000760274-K)"), or a state's two
 * letters and 7 digits ("(JM0123456-D)"). Not a Singapore UEN, whose 9 digits open with the year
 * ("199802345K").
 */
const MALAYSIAN_REGISTRATION = /\(\s*(?:\d{5,7}|00\d{7}|[A-Z]{2}\d{7})\s*-\s*[A-Z]\s*\)/;
/**
 * A Singapore GST registration: the number the tax office gave, a UEN of 8 or 9 digits and its check letter
 * ("GST Reg: 201812345K") or the older form "M2-0012345-6", under its label. (A Malaysian GST number is 12
 * digits with no letter.) Tax is charged in Singapore dollars there, as a Malaysian one is in ringgit; taken
 * so only on a page that is Singapore's by another sign too (SINGAPORE_PAGE).
 */
const SINGAPORE_TAX_ID = /\bGST\s*(?:reg(?:istration)?\.?\s*)?(?:no\.?\s*)?:?\s*(?:\d{8,9}[A-Z]|[A-Z][A-Z\d]-?\d{7}-?\d)\b/i;
/** What a Singapore receipt prints: its company form, the country, its dollar. */
const SINGAPORE = /\bpte\.?\s*ltd\b|\bsingapore\b|\bS\$|\bSGD\b/i;
/** A Singapore receipt by what it prints (SINGAPORE), or its address's postal code ("S(520088)", "Singapore 520088"). */
const SINGAPORE_PAGE = new RegExp(String.raw`${SINGAPORE.source}|\bS\s*\(\s*\d{6}\s*\)`, 'i');

/**
 * A till's currency that the general reader does not take from a bare prefix: "RM 12.50", "TOTAL (RM)",
 * "S$12.50", or a receipt that prints no sign but the shop's Malaysian tax or company registration
 * (ringgit) or, on a Singapore page, its Singapore GST registration (Singapore dollars). Null when none is
 * printed.
 */
function tillCurrency(text: string): string | null {
  if (/\bRM\s*\d|\(RM\)|\bRM\s*$/m.test(text) || MALAYSIAN_TAX_ID.test(text)) return 'MYR';
  if (MALAYSIAN_REGISTRATION.test(text) && !SINGAPORE.test(text)) return 'MYR';
  if (/\bS\$\s*\d/.test(text) || (SINGAPORE_TAX_ID.test(text) && SINGAPORE_PAGE.test(text))) return 'SGD';
  return null;
}
