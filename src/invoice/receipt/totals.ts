/**
 * A till receipt's total among the figures around it (subtotal, tax, rounding, cash, change, the tax
 * summary's own "Total" row), chosen with the receipt's arithmetic: the amount paid less the change given
 * back is a second reading of the total, and a printed rounding adjustment moves the total before it to
 * the one paid. When the readings disagree the total is in doubt, and says so.
 */
import { editDistance } from '../edit-distance.js';
import { ocrTolerant } from '../western/ocr-tolerant-labels.js';
import { amountsIn, bareAmount, cents, trailingAmount, trailingFigure } from './figures.js';
import { MAX_ROUNDING } from './rounding.js';

/**
 * Labels of the amount to pay, tolerant of OCR ("Tota l", "T0TAL", "TotaSales", "lotal Payable": a faded
 * T read as l); Malay "Jumlah" (its l read as an i on a worn print: "Jumiah") and "Harga Bersih" (the net price, after a discount) too, and the terse
 * ones of tills: "DUE 7.20", "AMT DUE 21.20", "TTL 39.72", "TTL ATF RND 46.90" (total after rounding), "Ttl Due"
 * (its l read as an I on a photo: "TtI Due"), "Pay Amount" (the amount to pay, no payment),
 * "Amount Payable" and "Payable Amount", a clinic's or a workshop's "Invoice Amount", a Malaysian or
 * Singapore till's "NETT" alone with its figure ("NETT ........ 127.75", "NETT. 28.50": the word with nothing
 * else, not "Nett Wt 500g" on an item, nor the one-t "Net" of a VAT summary's net column), a restaurant's "Bill
 * Amount" (after a discount and a service charge under "Food Total"), "NET PAYABLE" (after
 * a discount or a rounding); a ticket's fare: "TOLL FARE", Malay "KADAR TOL", "TAMBANG" (not a fare alone: an air
 * invoice's "Air fare" is one line of its total). "Amount" with one letter misread on a worn print
 * ("Asount Due", "Amoumt Payable") before "Due" or "Payable" names it still. Chinese and Japanese "合计",
 * "合計", "总计", "總計".
 */
// Vietnamese vowels with any of their marks, as OCR of a Vietnamese till reads them (often another mark,
// or none: "Tiên thùa" for "Tiền thừa", "Tong cong" for "Tổng cộng"), and "đ" read as "d".
const VN_A = '[aàáảãạăằắẳẵặâầấẩẫậä]';
const VN_E = '[eèéẻẽẹêềếểễệë]';
const VN_O = '[o0òóỏõọôồốổỗộơờớởỡợö]';
const VN_U = '[uùúủũụưừứửữựü]';
/** Vietnamese "Tổng cộng" (the sum to pay; not "Tổng tiền hàng", the goods before discount and tax). */
const VN_TOTAL = String.raw`\bt${VN_O}ng\s+c${VN_O}ng\b`;
/** Vietnamese cash handed over: "Tiền mặt" (cash), "Tiền khách đưa" (what the guest gave). */
const VN_CASH = String.raw`ti${VN_E}n\s+(?:m${VN_A}t|kh${VN_A}ch\s+[dđ]${VN_U}a)\b`;
/** Vietnamese change: "Tiền thừa", the southern "Tiền thối", "Tiền trả lại". */
const VN_CHANGE = String.raw`ti${VN_E}n\s+(?:th(?:${VN_U}a|${VN_O}i)|tr${VN_A}\s+l${VN_A}i)\b`;
const TOTAL_LABEL = ocrTolerant(/grand\s+total|total\s+due|\b(?:\wmount|a\wount|am\wunt|amo\wnt|amou\wt|amoun\w)\s+(?:due|payable)\b|\bnett?\s+payable\b|\bpayable\s+(?:amount|amt)\b|\b(?:invoice|bill)\s+(?:amount|amt)\b|\bamt\.?\s*due\b|^nett\b[\s.:]*(?:(?:rm|myr|s\$|sgd)\b[\s.:]*)?[-\d.,\s]*$|\btt[1i|]\s+due\b|^pay\s+(?:amount|amt)\b|balance\s+due|\bharga\s+bersih\b|\btoll\s+fare\b|\bkadar\s+tol\b|\btambang\b|^due\b(?!\s*date)|tota|\blotal\b|\bttl\b|jum[l1i]ah|summe|gesamt(?:betrag)?|zu\s+zahlen|montant|net\s+à\s+payer|totaal|importe|合[计計]|[总總]计|總計|实收|应收|实付|金额/i);
const VN_TOTAL_LABEL = new RegExp(VN_TOTAL, 'i');
/** A total's label, a Vietnamese one too. */
const totalLabelled = (line: string): boolean => TOTAL_LABEL.test(line) || VN_TOTAL_LABEL.test(line);
/** Lines with "total" in them that are not the amount to pay: parts, counts, payments, change. */
const NOT_TOTAL = new RegExp(
  [
    String.raw`\bbar\b|cash|given|gegeben|tender|\bpaid\b|credit|\bcard\b|visa|debit|\btip\b|change|rückgeld|wechselgeld|rendu|cambio|找零`,
    // Malay "Jumlah Kecil" (the subtotal); "Sub Ttl", a till's short subtotal.
    String.raw`sub\s*-?\s*(?:tota|ttl\b)|zwischensumme|subtotaal|jum[l1i]ah\s+kecil|\btot(?:al)?\s*(?:no\.?\s*of\s*)?(?:items?|qty|quantity|pcs|units)\b`,
    String.raw`saving|discount|\bdisc\b|excl|exclud|before\s+(?:gst|tax)`,
    // "Total Includes 6% GST 2.28", "Total includes GST" (OCR: "Totat Inctudes"): the tax's line under the
    // total, saying what it holds; not "Total Incl. GST", the total's own.
    String.raw`\btot\w{1,3}\s+inc\w{1,3}des\b`,
    // "Total 0% supplies", "Total 6% supplies (excl. GST)": the part of the sale at one tax rate.
    String.raw`tota\w?\s+\d+(?:\.\d+)?\s*%`,
  ].join('|'),
  'i',
);
const TAX_WORD = /\b(?:gst|sst|vat|tax|mwst|ust|tva|btw|iva)\b/i;
/**
 * "Incl", "Inclusive", "inc." before the tax word, "with" and its short form "w/" ("Total w/ SST"), Malay
 * "Termasuk"; OCR reads the l of a worn "Incl" as t, 1 or I ("Inct GST").
 */
const INCLUSIVE = /\binc(?:[l1It]|\.|\b)|\bwith\b|\bw\s?\/|\binkl|\btermasuk\b/i;
/**
 * The tax word as a qualifier of the total: bracketed, or after a word that follows the total's label
 * ("TOTAL SALES (GST INC)", "TOTAL SALES GST INCL."); not "Total GST Incl.", the tax's own line.
 */
const QUALIFIED_TAX = /(?:\(\s*|\b(?:sales|amount|amt|payable|bill)\s+)$/i;
/** "Inc", "Incl.", "Inclusive" right after the tax word. */
const INCLUSIVE_AFTER = /^\s*\.?\s*(?:inc(?:[l1It]|\.|\b)|inkl)/i;
/**
 * A rounding adjustment ("Rounding Adj", "Round Adj", "RND ADJ", OCR's "Rourding Adjustaent"), and the
 * Nordic, German, Dutch and French ones ("Öresavrundning", "Öresutjämning", "Øreavrunding", "Afrunding", "Rundung",
 * "Arrondi"), and the Czech and Slovak ones ("Zaokrouhlení", "Zaokrúhlenie").
 */
const ROUNDING = /\br[o0]u\w{0,3}d(?:ing|ed)?\b|\brnd\b|avrundn?ing|utjämning|afrunding|afronding|rundung|arrondi|zaokrouhlen[íi]|zaokrúhlen[ie]e?/i;

/** What follows "Credit" on a bill when it is the account's, not a payment: "brought forward", "carried forward", "note". */
const ACCOUNT_CREDIT = String.raw`(?:brought|carried|forward|note|memo)\b`;

/** What was handed over: "CASH 50.00", "TUNAI", "TENDER", and a till's "PAY 10.00", "PAYMENT: 10.50", "RECEIVED 30.00", Japanese "お預り". */
const PAID = ocrTolerant(new RegExp(String.raw`^(?:(?:cash|credit|card|visa|master\s*card|debit|tunai|tender(?:ed)?|(?:amt\.?|amount)\s+tendered|amount\s+paid|paid|payment|pay(?!\s+(?:amount|amt)\b)|received|bar(?:geld)?|espèces)\b|现金|实收|收款|支付|(?:お)?[預预]り|${VN_CASH})`, 'i'));
/** A payment anywhere on its line ("TTL CASH RM43.40"), for a payment that needs no change line. */
// (France's "CB" as a word of its own, "CB  19,34 €", not an item's code joined to it: "CB-48 Commercial blender".)
// (Not an account's credit on a bill, "Credit brought forward −45.00", "Credit note": no payment at a till.)
const PAYMENT = ocrTolerant(new RegExp(String.raw`\b(?:cash|credit(?!\s+${ACCOUNT_CREDIT})|card|visa|master\s*card|debit|nets|edc|tunai|tender(?:ed)?|paid|cb(?![-/.]?\w)|carte|tarjeta|karte)\b`, 'i'));
/**
 * An e-wallet or a bank's QR payment, which pays the total exactly as a card does: "E-WALLET", "TOUCH N
 * GO EWALLET", "GRABPAY", "SHOPEEPAY", "MAE QR", "DUITNOW QR", Singapore's "PayNow", "ALIPAY"; a phone's
 * "Samsung Pay", "Apple Pay", "Google Pay".
 */
const E_WALLET = String.raw`e-?\s*wallet|touch\s*'?\s*n\s*'?\s*go|grab\s*pay|boost|shopee\s*pay|mae\s*qr|maybank\s*qr(?:\s*pay)?|duit\s*now(?:\s*qr)?|pay\s*now|ali\s*pay|we\s*chat\s*pay|big\s*pay|samsung\s*pay|apple\s*pay|google\s*pay`;
/**
 * A bank transfer, which pays the total exactly as a card does: "Online Transfer (M2U)", "Bank In
 * (Maybank)", "Bank Transfer", "IBG", "FPX", as a Malaysian service or shop prints its payment.
 */
const TRANSFER = String.raw`(?:online|bank|fund|instant|interbank)\s*transfer|bank\s*in|ibg|fpx`;
/** "Baki Dibayar" (Malay: the balance paid), before the way it was paid: no change given (CHANGE). */
const BALANCE_PAID = String.raw`baki\s+dibayar`;
/** The bank whose card a Malaysian or Singapore till names before it ("MAYBANK DEBIT", "CIMB VISA"). */
const CARD_BANK = String.raw`(?:maybank|cimb|public\s*bank|pbb|rhb|hong\s*leong|hlb|ambank|bsn|bank\s*islam|ocbc|uob|dbs|posb)`;
/**
 * A card payment, which pays the total exactly ("VISA 35.90", "CREDIT CARD 42.35", "MYDEBIT 22.70", the
 * Malaysian debit network; "UnionPay 118.00", China's; a bank transfer (TRANSFER); "EDC RM 96.90": the card terminal, as Malaysian tills name it; "Settlement:
 * VISA", as a Singapore restaurant's till names the card; "MAYBANK DEBIT", the bank's name before its card (CARD_BANK); a hotel outlet's "Charge to Room 1203" too; not
 * a card's fee or surcharge, "CARD FEE 10% 4.22"), or an e-wallet's, its name after "Paid" as a cafe's till prints it ("Paid (Card) 53.90", "Paid by: GrabPay";
 * not an online order's "Paid by Visa ending 4421", whose vouching would make it a till's receipt and
 * drop its customer) or after a hotel's "Amount Received (VISA)"; France's "CB" (carte bancaire), Spain's
 * "TARJETA", Germany's "girocard", "EC-Karte"; not "CARD NO", nor what a stored-value
 * card holds after the fare ("CARD BALANCE RM 87.15"); nor a bill's account credit, "Credit brought forward",
 * "Credit note", which no card paid. A balance paid by card after a deposit, as a Malay bill writes it ("Baki
 * Dibayar - MASTERCARD 1,350.00": the balance paid), is a card's payment too.
 */
const CARD_PAID = ocrTolerant(new RegExp(String.raw`^(?:(?:paid|amount\s+received)\s*\(\s*|paid\s*(?:by|via|with)\s*:\s*|settlement\s*:?\s*|${BALANCE_PAID}\s*[-:(]?\s*)?(?:${CARD_BANK}\s+)?(?:credit\s*card|credit|debit\s*card|debit|my\s*debit|card|visa|master\s*card|master|amex|union\s*pay|nets|edc|${TRANSFER}|charged?\s+to\s+room|cb|carte(?:\s+bancaire)?|tarjeta|girocard|ec[\s-]*karte|karte|${E_WALLET})\b(?!\s*(?:no|number|#|bal(?:ance)?\b|fees?\b|surcharge|${ACCOUNT_CREDIT}))`, 'i'));
/** A toll's fare with its currency and nothing else on its line ("FARE RM 21.60", "TOL: RM12.90"). */
const FARE = /^(?:(?:toll?\s+)?fare|tol)\s*:?\s*(?:\(?(?:rm|myr|s\$|sgd|\$)\)?\s*:?\s*)?[-\d.,\s]*$/i;
/** A card terminal's approval ("APPROVED", "APPR CODE: 0A12B3", "APPROVAL CODE"; OCR's 0 for O). */
const CARD_APPROVED = /\bapp?r[o0]ved\b|\bappr(?:[o0]val)?\.?\s*(?:c[o0]de|n[o0]|#|:)/i;
/**
 * The amount a card terminal's slip charges: the word and a currency, nothing else ("AMOUNT RM 62.65",
 * "AMT: RM62.65", "SALE AMOUNT"); not "Amt. Excl. GST 20.75" on a till receipt that prints APPROVED.
 */
const SLIP_AMOUNT = /^(?:sale\s+)?(?:amount|amt)\.?\s*:?\s*(?:\(?(?:rm|myr|s\$|sgd|\$)\)?\s*:?\s*)?[-\d.,\s]*$/i;
/**
 * A part of the total paid before the sale and deducted under it ("Less Deposit -50.00", "Deposit Paid
 * 30.00", "Advance 20.00"; an invoice's "Less amount paid", "Less payments received"): a total label after
 * it ("Balance Due") is what was left to pay. A payment not said to be deducted ("Amount Paid") may be
 * the till's whole payment, no part.
 */
const DEPOSIT = ocrTolerant(/^(?:less\s*:?\s*)?(?:deposit|advance|down\s*payment)(?:\s+(?:paid|received))?\b|^less\s*:?\s*(?:amount\s+paid|payments?(?:\s+received)?|paid)\b/i);

/** A deposit's line that says it was paid in cash ("DEPOSIT PAID (CASH)", "Deposit - Tunai"). */
const DEPOSIT_IN_CASH = /\b(?:cash|tunai)\b/i;

/** What deposits printed under a labelled total paid before the sale (0 when none is). */
function depositsPaid(lines: readonly string[]): number {
  const first = lines.findIndex((l) => isTotalLine(l));
  let sum = 0;
  for (let i = first + 1; first >= 0 && i < lines.length; i++) {
    const value = DEPOSIT.test(lines[i]!.trim()) ? labelledAmount(lines, i) : null;
    if (value !== null) sum += cents(Math.abs(value));
  }
  return sum / 100;
}

/**
 * A voucher, gift card or loyalty points tendered beside cash or a card ("Voucher 10.00", "Gift Card
 * 50.00", "POINTS REDEEMED (500) 5.00"; not "Redeem by 05/11/2019", a voucher's last day).
 */
const VOUCHER = ocrTolerant(/^(?:(?:gift\s*)?vouchers?|gift\s*card|coupon|baucar|points?\s+redeem(?:ed|ption)?|redeemed\s+points?)\b/i);
/**
 * A till's amount to pay under another name: "NET AMT", "NET AMOUNT", "NETT AMT", "Nett Sales" (after a
 * trade discount); a total only when what was paid is it.
 */
const NET_PAYABLE = ocrTolerant(/\bnett?\s+(?:amt|amount|sales)\b/i);
/** "Total Paid", "TOTAL PAYMENT": a total label with a payment word, which isTotalLine does not take. */
const TOTAL_PAID = ocrTolerant(/^total\s+(?:paid|payment)\b/i);
const SUBTOTAL = ocrTolerant(/\bsub\s*-?\s*total\b/i);
/**
 * The change given back: "CHANGE", Malay "BAKI", and a stall's terse "Bal" opening its line (not "BAL
 * DUE", an amount still owed, nor a balance brought or carried forward); Japanese "お釣り" (OCR's "钓").
 */
const CHANGE = ocrTolerant(new RegExp(String.raw`(?:^|\s)(?:change|baki(?!\s+dibayar)|kembalian|rückgeld|wechselgeld|rendu)\b|^bal\b\.?(?!\s*(?:due|b\s*\/\s*f|c\s*\/\s*f|fwd|brought|carried))|找零|找赎|^(?:お)?[釣钓](?:り|銭)?|^${VN_CHANGE}`, 'i'));

/** A line that names the amount to pay: "TOTAL", "GRAND TOTAL", "Total Incl. GST"; not "Total GST". */
export function isTotalLine(line: string): boolean {
  if (!totalLabelled(line) || NOT_TOTAL.test(line)) return false;
  const tax = line.match(TAX_WORD);
  if (!tax) return true;
  const before = line.slice(0, tax.index);
  return INCLUSIVE.test(before) || (QUALIFIED_TAX.test(before) && INCLUSIVE_AFTER.test(line.slice(tax.index! + tax[0].length)));
}

/**
 * A tax summary's row ("Total:  96.00  5.76": base, then its smaller tax; "Total  233.20  13.99  247.19":
 * base, tax and the two summed, before the till's rounding), never the amount paid.
 */
export function isSummaryRow(line: string): boolean {
  const [last, before, first] = amountsIn(line).slice(-3).reverse();
  if (before === undefined) return false;
  return last! < before || (first !== undefined && cents(first) + cents(before) === cents(last!));
}

/** The amount of a labelled line: at its end, or alone on the next line (label and figure stacked). */
function labelledAmount(lines: readonly string[], i: number): number | null {
  const own = trailingAmount(lines[i]!);
  if (own !== null) return own;
  return amountsIn(lines[i]!).length === 0 && i + 1 < lines.length ? bareAmount(lines[i + 1]!) : null;
}

/**
 * A card pays the total to the cent (or the total a printed rounding adjustment leads to): the card
 * payment that none of `totals` agrees with, or null when one does or no card payment is printed.
 */
function cardAgainst(lines: readonly string[], totals: readonly number[], rounding: number): number | null {
  const cards = lines.flatMap((l, i) => (CARD_PAID.test(l.trim()) ? [labelledAmount(lines, i)] : [])).filter((v): v is number => v !== null && v > 0);
  // A card terminal's slip printed with the receipt charges its amount to the card, as "VISA 62.65" does.
  if (lines.some((l) => CARD_APPROVED.test(l))) {
    cards.push(...lines.flatMap((l, i) => (SLIP_AMOUNT.test(l.trim()) ? [labelledAmount(lines, i)] : [])).filter((v): v is number => v !== null && v > 0));
  }
  // A card may pay what the cash handed over (less the change) and vouchers after the total, or a deposit
  // paid before, did not.
  const cash = cents(firstLabelled(lines, CASH_GIVEN) ?? 0) - cents(firstLabelled(lines, CHANGE) ?? 0);
  const vouchers = cents(vouchersAfter(lines, lines.findIndex((l) => isTotalLine(l))));
  const before = cents(depositsPaid(lines));
  const agrees = (card: number) => totals.some((t) => [0, rounding, -rounding].some((r) => [0, cash, cash + vouchers, before].some((c) => cents(t) + cents(r) === cents(card) + c)));
  return cards.length && !cards.some(agrees) ? cards[0]! : null;
}

/** Whether a card payment is printed and pays `total` (or it and the printed rounding). */
function cardPays(lines: readonly string[], total: number): boolean {
  return CARD_PAID_LINE(lines) && cardAgainst(lines, [total], roundingIn(lines)) === null;
}
const CARD_PAID_LINE = (lines: readonly string[]) => lines.some((l, i) => CARD_PAID.test(l.trim()) && (labelledAmount(lines, i) ?? 0) > 0);

/**
 * The rounding adjustment a page prints, or 0: at most `max`, a till's 5 cents unless the currency's
 * rules allow more (rounding.ts, maxRounding).
 */
/** Words or a sign that take a rounding off the total: "Less", "(-)". */
const TAKEN_OFF = /\bless\b|\(-\)\s*\d/i;

export function roundingIn(lines: readonly string[], max = MAX_ROUNDING): number {
  const small = (value: number | null) => value !== null && value !== 0 && Math.abs(value) <= max;
  for (const [at, line] of lines.entries()) {
    // (The rounding's word first: few lines have one, and the total's labels are many patterns.)
    if (!ROUNDING.test(line) || isTotalLine(line)) continue;
    const value = labelledAmount(lines, at);
    // (A rounding the row says is taken off, its figure unsigned: "Less : ROUND OFF  (-)0.50", as Indian GST invoices print it.)
    if (small(value)) return value! > 0 && TAKEN_OFF.test(line) ? -value! : value!;
    // A grid of totals prints its labels in one row and their figures in the row below ("Exkl. moms
    // Moms Öresavrundning Att betala" over "8 167,10 2 041,78 0,12 10 209,00"): the rounding is the one
    // figure of that row small enough to be one; two such figures leave it unknown.
    const row = value === null && !amountsIn(line).length && at + 1 < lines.length ? amountsIn(lines[at + 1]!).filter(small) : [];
    if (row.length === 1) return row[0]!;
  }
  return roundedTotalGap(lines, small);
}

/**
 * A rounding printed as a second total, not as an adjustment ("Total 175.48" over "Total Rounded 175.50"):
 * the gap between the rounded total and the total printed on the row above it, when small enough to be one.
 */
function roundedTotalGap(lines: readonly string[], small: (value: number | null) => boolean): number {
  for (const [at, line] of lines.entries()) {
    // (The rounding's word first, as in roundingIn: the total's labels are many patterns.)
    if (at === 0 || !ROUNDING.test(line) || !isTotalLine(line) || !isTotalLine(lines[at - 1]!)) continue;
    const rounded = labelledAmount(lines, at), before = labelledAmount(lines, at - 1);
    if (rounded === null || before === null) continue;
    const gap = (cents(rounded) - cents(before)) / 100;
    return small(gap) ? gap : 0;
  }
  return 0;
}

/**
 * The card payment printed that `total` (another reader's) does not account for, or null; null too when
 * the page's own figures make that total under its label (sumAbove): the card's figure is the misread one.
 */
export function cardPaymentAgainst(lines: readonly string[], total: number): number | null {
  const at = totalLineOf(lines, total);
  return at >= 0 && sumAbove(lines, at, total) ? null : cardAgainst(lines, [total], roundingIn(lines));
}

/** The last line that labels `total` as the total, or -1. */
const totalLineOf = (lines: readonly string[], total: number): number => lines.findLastIndex((l, i) => isTotalLine(l) && cents(labelledAmount(lines, i) ?? -1) === cents(total));

/** The card payments' labels as their letters run together, against which a garbled label is held. */
const CARD_WORDS = ['DEBITCARD', 'CREDITCARD', 'MASTERCARD'];

/**
 * A card payment under the total whose label OCR garbled past CARD_PAID ("D#IT ARD 66.80" for "DEBIT
 * CARD", "HASTERCAPD"): its letters within a third of a card word's length in edits. Its figure when it
 * is not `total` (nor the total and the printed rounding), or null. Only ever a doubt: a label read so
 * proves no payment, but a figure that may be the card's and is not the total is a second reading.
 */
export function garbledCardAgainst(lines: readonly string[], total: number): number | null {
  const at = totalLineOf(lines, total);
  if (at < 0 || sumAbove(lines, at, total)) return null;
  const rounding = cents(roundingIn(lines));
  for (const line of lines.slice(at + 1)) {
    const figure = trailingFigure(line);
    const letters = figure?.label.toUpperCase().replace(/[^A-Z]/g, '') ?? '';
    if (!figure || CARD_PAID.test(figure.label.trim()) || !CARD_WORDS.some((word) => editDistance(letters, word) <= Math.floor(word.length / 3))) continue;
    return [0, rounding, -rounding].some((r) => cents(total) + r === cents(figure.value)) ? null : figure.value;
  }
  return null;
}

/**
 * Whether the figures of the lines right above line `at` (the total's) sum to `total`: two or more, each
 * line ending in one, as the items do, or the subtotal, a service charge, the tax and the rounding
 * ("Total Before Tax 213.80", "Total Sales Tax 10% 18.80" over "Total Incl. SST 232.60"; "TOTAL 40.04",
 * "ROUNDING ADJ 0.01" over "NET PAYABLE 40.05"). The page's own second reading of the total, which a
 * payment OCR misread ("CASH 50.09", "MASTERCARD 61.88") does not put in doubt; a line with no figure
 * ("Total Qty 4", a rounding whose figure OCR lost) ends the run, and a total misread is made by none.
 */
function sumAbove(lines: readonly string[], at: number, total: number, passOver?: RegExp): boolean {
  let sum = 0;
  let figures = 0;
  for (let i = at - 1; i >= 0; i--) {
    if (passOver?.test(lines[i]!.trim())) continue;
    const figure = trailingAmount(lines[i]!);
    if (figure === null) return false;
    sum += cents(figure);
    if (++figures > 1 && sum === cents(total)) return true;
  }
  return false;
}

/**
 * Whether a tax summary's row prints a net, its tax and their sum, the sum being `total` ("GST Summary  Net
 * GST  Gross" over "SR 6%  49.62  2.98  52.60"): the total printed a second time with its parts, which add
 * up, apart from the payments; a payment OCR misread ("Change 57.40" for 47.40) does not put it in doubt. A
 * tax no more than a quarter of the net (MAX_TAX_SHARE), as the rates tills print are.
 */
function grossInSummary(lines: readonly string[], total: number): boolean {
  return lines.some((l) => {
    const [gross, tax, net] = amountsIn(l).slice(-3).reverse();
    return net !== undefined && tax! > 0 && tax! <= net * MAX_TAX_SHARE && cents(net) + cents(tax!) === cents(gross!) && cents(gross!) === cents(total);
  });
}
/** The largest share of a net its tax is on a till (a 25% rate; Malaysia's and Singapore's are 6 to 10%). */
const MAX_TAX_SHARE = 0.25;

/**
 * The sum of two or more lines right above a total (`at`) that differs from it in the last digit only and by
 * more than a rounding ("Tổng cộng 217,809" under 218,000, -20,000 and 19,800, which make 217,800): a digit of
 * one of them misread, which neither says; null when no such sum is printed.
 */
function sumAboveButLastDigit(lines: readonly string[], at: number, total: number): number | null {
  let sum = 0;
  let figures = 0;
  // Figures all whole (a currency without cents, the rupiah, the dong): the last digit is the units'.
  let whole = Number.isInteger(total);
  for (let i = at - 1; i >= 0; i--) {
    const figure = trailingAmount(lines[i]!);
    if (figure === null) return null;
    sum += cents(figure);
    whole &&= Number.isInteger(figure);
    const unit = whole ? 100 : 1;
    const off = Math.abs(sum - cents(total));
    if (++figures > 1 && off === 0) return null;
    if (figures > 1 && off > cents(MAX_ROUNDING) && off < 10 * unit && Math.floor(sum / (10 * unit)) === Math.floor(cents(total) / (10 * unit))) return sum / 100;
  }
  return null;
}

/**
 * Under a total in whole units of a thousand or more (the rupiah, the dong: "TOTAL BELANJA 85.306"), two
 * figures printed one under the other that make it but for its units ("DPP 76.847" over "PPN 11% 8.453":
 * 85.300, the net and its tax): OCR misread a digit of the total or of one of them. Their sum, or null.
 */
function pairUnderButLastDigit(lines: readonly string[], at: number, total: number): number | null {
  if (!Number.isInteger(total) || total < 1000) return null;
  for (let i = at + 1; i + 1 < lines.length; i++) {
    const a = trailingAmount(lines[i]!), b = trailingAmount(lines[i + 1]!);
    if (a === null || b === null || !Number.isInteger(a) || !Number.isInteger(b) || a <= 0 || b <= 0) continue;
    const sum = a + b;
    if (sum !== total && Math.abs(sum - total) < 10 && Math.floor(sum / 10) === Math.floor(total / 10)) return sum;
  }
  return null;
}

/**
 * A "Total Paid" line under the last total (`last`) whose figure is more than it and that the lines between
 * them, and the total, sum to ("CARD FEE 10% 4.22" between "TOTAL FARE 42.20" and "TOTAL PAID 46.42"): the
 * sum charged. Null otherwise, and when that line repeats the total.
 */
function sumChargedAfter(lines: readonly string[], last: { value: number; at: number }): number | null {
  for (let i = last.at + 1; i < lines.length; i++) {
    if (!TOTAL_PAID.test(lines[i]!.trim())) continue;
    const value = labelledAmount(lines, i);
    if (value === null || cents(value) <= cents(last.value)) return null;
    let sum = 0;
    for (let j = i - 1; j >= last.at; j--) {
      const figure = trailingAmount(lines[j]!);
      if (figure === null) return null;
      sum += cents(figure);
    }
    return sum === cents(value) ? value : null;
  }
  return null;
}

/** An item count on a line of its own ("Items 5", "Total Qty: 12", "QTY 3"): a count, no figure of the sum. */
const ITEM_COUNT = /^(?:total\s+)?(?:items?|qty|quantity|pcs|units)\s*:?\s*\d+$/i;

/**
 * A till that prints no total label, only the payment under the items: what was paid (`paid`, cash less
 * the change; or, when null, the figure of the first payment line, a card's "VISA 29.90", "MYDEBIT
 * 22.70"), when the figures right above that payment sum to it (an item count between passed over).
 * Null otherwise: a payment the items do not make is no reading of the total.
 */
function paidForItems(lines: readonly string[], paid: number | null): number | null {
  const at = lines.findIndex((l, i) => (CASH_GIVEN.test(l.trim()) || CARD_PAID.test(l.trim())) && labelledAmount(lines, i) !== null);
  const value = at < 0 ? null : (paid ?? labelledAmount(lines, at)!);
  return value !== null && value > MAX_ROUNDING && sumAbove(lines, at, value, ITEM_COUNT) ? value : null;
}

/** The figure of the first line `label` names (its size: a minus OCR read is dropped), or null. */
function firstLabelled(lines: readonly string[], label: RegExp): number | null {
  for (const [i, line] of lines.entries()) {
    if (!label.test(line.trim())) continue;
    const value = labelledAmount(lines, i);
    if (value !== null) return Math.abs(value);
  }
  return null;
}

/**
 * The figure a line ends in on the last line with a figure above the first payment ("Parking Fee RM 7.00"
 * over "Paid RM 10.00"), or null. Only that line: a subtotal further up, before a rounding, is no charge paid.
 */
function chargeAbovePayment(lines: readonly string[]): number | null {
  const payment = lines.findIndex((l, i) => PAID.test(l.trim()) && labelledAmount(lines, i) !== null);
  const above = lines.slice(0, Math.max(payment, 0)).findLast((l) => amountsIn(l).length > 0);
  return above === undefined ? null : trailingAmount(above);
}

/** "Amount Paid S$ 14.40": what a pay station or a card took, the payment's means printed apart or not at all. */
const AMOUNT_PAID = ocrTolerant(/^amount\s+paid\b/i);

/**
 * A charge under a label of its own right above the card, or the "Amount Paid", that pays it to the cent
 * ("Parking Fee 45.00" over "Credit Card 45.00"; "Parking Fee 14.40" over "Amount Paid 14.40"), a line
 * saying the tax is included in it between them or not; null otherwise.
 */
function chargeAboveCard(lines: readonly string[]): number | null {
  const card = lines.findIndex((l, i) => (CARD_PAID.test(l.trim()) || AMOUNT_PAID.test(l.trim())) && labelledAmount(lines, i) !== null);
  if (card < 0) return null;
  const paid = labelledAmount(lines, card)!;
  const above = lines.slice(0, card).findLast((l) => amountsIn(l).length > 0 && !(TAX_WORD.test(l) && INCLUSIVE.test(l)));
  const figure = above === undefined ? null : trailingAmount(above);
  return figure !== null && figure > MAX_ROUNDING && cents(figure) === cents(paid) && !isSummaryRow(above!) ? figure : null;
}

/** What the customer handed over ("CASH 50.00", "TUNAI 20.00"), or null when none is printed. */
const tenderedFigure = (lines: readonly string[]): number | null => firstLabelled(lines, PAID);

/**
 * Cash handed over ("CASH 100.00", "TUNAI", "Tendered", "TENDER CASH", "Amt Tendered"): not "Amount paid", which an invoice prints for
 * a part payment, nor a card, which may pay a part.
 */
const CASH_GIVEN = ocrTolerant(new RegExp(String.raw`^(?:(?:cash|tunai|tender(?:ed)?|(?:amt\.?|amount)\s+tendered|bargeld|espèces)\b|现金|${VN_CASH})`, 'i'));

/**
 * A till receipt's second reading of its total: what was paid less the change given back ("CASH 50.00",
 * "CHANGE 7.65"; OCR may keep only ",00" of a change of 0.00). Null unless both are printed.
 */
export function paidLessChange(lines: readonly string[]): number | null {
  const change = firstLabelled(lines, CHANGE);
  const charged = change === null ? null : amountPaidOverCash(lines, change);
  if (charged !== null) return charged;
  const paid = change === null ? null : tenderedFigure(lines);
  return paid !== null && change !== null && paid >= change ? (cents(paid) - cents(change)) / 100 : null;
}

/** "Amount Paid", "Paid": a payment's word that is no cash handed over. */
const PAID_NOT_CASH = ocrTolerant(/^(?:amount\s+paid|paid)\b/i);

/**
 * The charge a slip prints under a payment's word above the cash handed over and the change ("Amount Paid
 * RM 18.00", "Cash RM 20.00", "Change RM 2.00"): the cash less the change is that figure. Null otherwise.
 */
function amountPaidOverCash(lines: readonly string[], change: number): number | null {
  const at = lines.findIndex((l) => PAID_NOT_CASH.test(l.trim()));
  const charged = at < 0 ? null : labelledAmount(lines, at);
  const cashAt = lines.findIndex((l, i) => i > at && CASH_GIVEN.test(l.trim()));
  const cash = cashAt < 0 ? null : labelledAmount(lines, cashAt);
  return charged !== null && cash !== null && change > 0 && cents(cash) - cents(change) === cents(charged) ? charged : null;
}

/**
 * Paid less change when OCR lost the change's decimal point ("CASH 10.00", "CHANGE 400"): the cash
 * handed over less the change's digits read as cents. Null unless both are printed so.
 */
function changeWithoutPoint(lines: readonly string[]): { paid: number; figure: string } | null {
  const line = lines.find((l) => CHANGE.test(l.trim()));
  const figure = line && !amountsIn(line).length ? line.match(/(?<![\d.,])(\d{3,6})\s*$/)?.[1] : undefined;
  const cash = figure === undefined ? null : firstLabelled(lines, CASH_GIVEN);
  if (figure === undefined || cash === null || +figure > cents(cash)) return null;
  return { paid: (cents(cash) - +figure) / 100, figure };
}

/** What vouchers printed after line `after` (the total) paid: a part of the total cash did not. */
function vouchersAfter(lines: readonly string[], after: number): number {
  let sum = 0;
  for (let i = after + 1; i < lines.length; i++) {
    const value = VOUCHER.test(lines[i]!.trim()) ? labelledAmount(lines, i) : null;
    if (value !== null && value > 0) sum += cents(value);
  }
  return sum / 100;
}

/**
 * A bill paid part in cash and part by card ("CASH 50.00", "DEBIT CARD 50.30", "CHANGE 0.00"): the cash
 * handed over less the change, with what the cards and vouchers printed after line `after` (the total)
 * paid. Null unless both cash and a card payment are printed.
 */
function paidInParts(lines: readonly string[], after: number): number | null {
  const cash = firstLabelled(lines, CASH_GIVEN);
  let cards = 0;
  for (let i = after + 1; i < lines.length; i++) {
    const value = CARD_PAID.test(lines[i]!.trim()) ? labelledAmount(lines, i) : null;
    if (value !== null && value > 0) cards += cents(value);
  }
  if (cash === null || !cards) return null;
  return (cents(cash) - cents(firstLabelled(lines, CHANGE) ?? 0) + cards + cents(vouchersAfter(lines, after))) / 100;
}

/** A till receipt: it states what was paid (and the change), or a payment beside a labelled total. */
export function isTillReceipt(lines: readonly string[]): boolean {
  if (paidLessChange(lines) !== null) return true;
  const paidLine = lines.some((l) => (PAYMENT.test(l) || CARD_PAID.test(l.trim())) && !isTotalLine(l) && trailingAmount(l) !== null);
  return paidLine && lines.some((l) => isTotalLine(l) && trailingAmount(l) !== null);
}

/** The means a till is paid by: cash, a card, a bank transfer, an e-wallet. */
const TILL_MEANS = String.raw`(?:cash|tunai|tender(?:ed)?|credit\s*card|debit\s*card|my\s*debit|visa|master(?:\s*card)?|amex|union\s*pay|nets|edc|${TRANSFER}|${E_WALLET})`;
/**
 * Cash or a card paid at a till, its word first or after one other ("TTL CASH", OCR's "IHL CASH"), or
 * alone in brackets after what was paid ("Paid Amount (Cash) 46.50", "Amount Paid (VISA)"), as a clinic's
 * or a spa's till prints it; not an online order's "Amount paid (Visa ending 0317)", whose customer a
 * till's reading would drop.
 */
const TILL_PAYMENT = ocrTolerant(new RegExp(String.raw`^(?:(?:paid\s+amount|amount\s+paid)\s*\(\s*${TILL_MEANS}\s*\)|(?:\S+\s+)?${TILL_MEANS}\b)`, 'i'));

/**
 * The change given back, its word first: "CHANGE RM1.80", "CHANGE DUE 10.00", "CASH CHANGE 3.20"; not a
 * Malay "BAKI", which is also an invoice's balance owed.
 */
const CHANGE_GIVEN = ocrTolerant(/^(?:cash\s+)?(?:change|kembalian|rückgeld|wechselgeld)\b/i);

/**
 * A page paid at a till: it prints the change given back (beside what was handed over or not: "TOTAL
 * PAID RM30.00" over "CHANGE RM1.80"), or what was paid in cash or by card with its figure ("CASH
 * 50.00", "TTL CASH RM43.40", "VISA 9.80"); not an invoice's "Amount paid" beside its total.
 */
function paidAtTill(lines: readonly string[]): boolean {
  return paidLessChange(lines) !== null || lines.some((l) => ((TILL_PAYMENT.test(l.trim()) && !isTotalLine(l)) || CHANGE_GIVEN.test(l.trim())) && trailingAmount(l) !== null);
}

/** Who or what rang the sale up, as a till prints it: "CASHIER: SHAM", "CSHR: 03", "TILL: 2", "OPERATOR: APPLE". */
const TILL_OPERATOR = /^(?:cashier|cshr|till|operator)\s*(?:no\.?|#|id)?\s*:/i;

/**
 * A page titled as a sale paid on the spot ("CASH BILL", "CASH SALES", "BIL TUNAI", "RESIT TUNAI"): a
 * shop's pre-printed pad, filled in by hand, prints no payment line, and it may name its customer
 * ("Kepada: Encik Ravi") as an invoice does. The title alone on its line; a "CASH SALES INVOICE" is not told by it.
 */
const CASH_SALE_TITLE = ocrTolerant(/^(?:cash\s+(?:bill|sales?|receipt)|(?:bil|resit|jualan)\s+tunai)$/i);

/**
 * A page rung up at a till: paid there (paidAtTill), or naming its cashier, till or operator, as a bill
 * whose payment is not printed does (a restaurant's bill brought to the table); a card terminal's slip,
 * its approval beside the amount charged ("APPROVED", "AMOUNT RM 189.90"), is a payment at a till too,
 * and so is a cash sale's bill by its title.
 */
export function rungAtTill(lines: readonly string[]): boolean {
  const slip = lines.some((l) => CARD_APPROVED.test(l)) && lines.some((l, i) => SLIP_AMOUNT.test(l.trim()) && (labelledAmount(lines, i) ?? 0) > 0);
  return slip || paidAtTill(lines) || lines.some((l) => TILL_OPERATOR.test(l.trim()) || CASH_SALE_TITLE.test(l.trim()));
}

export interface ReceiptTotal {
  total: number;
  /**
   * What vouches for the total beyond its label: 'paid' when paid less change agrees with a labelled
   * total (or with it and a rounding adjustment), 'rounding' when a printed adjustment after the last
   * total leads to an amount a till can take (5 cents), 'sum' when a payment disagrees with the last
   * total but the figures right above it make it (sumAbove), or no total label is printed and the items
   * right above the payment make what was paid (paidForItems); null when nothing does.
   */
  arithmetic: 'paid' | 'rounding' | 'sum' | null;
  /** Why the total is in doubt, or undefined when it is not. */
  doubt?: string;
  /** Read with the figures put back beside their labels (OCR set them a row off). */
  shifted?: boolean;
  /** The receipt's own figures say otherwise (a card payment, paid less change): any reading is in doubt. */
  contradicted?: boolean;
}

const money = (v: number) => v.toFixed(2);

/**
 * The total, read from the lines as printed; when no arithmetic vouches for that reading, also from the
 * lines with every figure moved one line up or down. A photo taken at an angle can make OCR set each
 * figure of a column beside the label of the row above or below ("TOTAL 100.00", "CASH 47.95",
 * "CHANGE"); when paid less change agrees with a total only once the figures are put back, that is the
 * total, still in doubt (a person should look), rather than a figure of the wrong row read with none.
 */
export function readReceiptTotal(lines: readonly string[]): ReceiptTotal | null {
  const straight = readTotal(lines);
  if (straight?.arithmetic) return straight;
  const split = lines.map(splitFigure);
  // Each shifted reading below needs a line that names a payment or the change (CHANGE, CASH_GIVEN,
  // CARD_PAID); a moved line starts with its own label, so without one no reading can count. Most
  // Western pages are invoices that print none, and reading their lines twice more was ~5% of their parsing.
  if (!split.some(([label]) => namesPayment(label.trim()))) return straight;
  const shifted = [-1, 1].flatMap((by) => {
    const moved = split.map(([label], i) => `${label}  ${split[i + by]?.[1] ?? ''}`.trim());
    const read = readTotal(moved);
    if (read?.arithmetic === 'paid') return [{ total: read.total, by: 'paid less change' }];
    // Only the payment's figures set a row off (the total's own row read as printed): paid less change,
    // put back, agrees with the total as printed.
    // A contradiction of the straight reading (cash below the total) may be the misplacement itself.
    const paid = straight && (!straight.doubt || straight.contradicted) ? paidLessChange(moved) : null;
    if (paid !== null && cents(paid) === cents(straight!.total)) return [{ total: paid, by: 'paid less change' }];
    // A card payment the total read as printed disagrees with, that agrees once the figures are put back.
    if (straight?.contradicted && read && !read.doubt && cardPays(moved, read.total)) return [{ total: read.total, by: 'the card paid' }];
    return [];
  });
  if (new Set(shifted.map((s) => cents(s.total))).size !== 1) return straight;
  const { total, by } = shifted[0]!;
  // The total as printed, which paid less change agrees with once the figures are put back: vouched for,
  // and no longer contradicted (figures printed above their labels: "RM 2.00" over "CASH").
  if (straight && cents(straight.total) === cents(total)) {
    return by === 'paid less change' && (!straight.doubt || straight.contradicted) ? { total, arithmetic: 'paid' } : straight;
  }
  return { total, arithmetic: 'paid', shifted: true, doubt: `the figures stand a line off their labels; put back, ${by} ${money(total)}` };
}

/**
 * The line, between line `at` (the total) and the first payment under it, that ends in `paid` (what was
 * paid less the change), or null: not a summary row, a rounding or a payment.
 */
function paidUnder(lines: readonly string[], at: number, paid: number): string | null {
  for (let i = at + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (namesPayment(line.trim()) || PAID.test(line.trim())) return null;
    if (!isSummaryRow(line) && !ROUNDING.test(line) && cents(trailingAmount(line) ?? -1) === cents(paid)) return line;
  }
  return null;
}

/** A label that names the change, cash handed over or a card payment. */
const namesPayment = (label: string): boolean => CHANGE.test(label) || CASH_GIVEN.test(label) || CARD_PAID.test(label);

/** A line as its text and the amount it ends with ("TOTAL  RM 12.50" → "TOTAL  RM", "12.50"; "CHANGE" → "CHANGE", ""). */
function splitFigure(line: string): [string, string] {
  const figure = trailingFigure(line);
  return figure ? [figure.label, figure.figure] : [line, ''];
}

/** "Balance Due", "Bal Payable": what is left to pay. */
const BALANCE = ocrTolerant(/^bal(?:ance)?\b/i);

/**
 * A balance (line `at`, `value`) that a payment printed under the total before it leaves owing: "Grand
 * Total 1,842.28", "Paid Amt (BigPay) 500.00", "Balance Due 1,342.28" (an order paid in part today). The
 * arithmetic says it is no total, which is the one above it.
 */
function leftAfterPayment(lines: readonly string[], before: { value: number; at: number } | undefined, at: number, value: number): boolean {
  if (!before || !BALANCE.test(lines[at]!.trim())) return false;
  for (let i = before.at + 1; i < at; i++) {
    const paid = PAID.test(lines[i]!.trim()) ? labelledAmount(lines, i) : null;
    if (paid !== null && paid > 0 && cents(before.value) - cents(paid) === cents(value)) return true;
  }
  return false;
}

function readTotal(lines: readonly string[]): ReceiptTotal | null {
  const totals: Array<{ value: number; at: number }> = [];
  let rounding: { value: number; at: number } | null = null;
  let deposit = false;
  for (const [at, line] of lines.entries()) {
    // Under a deposit deducted from the total, a total label ("Balance Due") is what was left to pay.
    if (totals.length && DEPOSIT.test(line.trim())) deposit = true;
    if (isTotalLine(line) && !isSummaryRow(line)) {
      if (deposit) continue;
      const value = labelledAmount(lines, at);
      if (value !== null && leftAfterPayment(lines, totals[totals.length - 1], at, value)) continue;
      // A figure no bigger than a rounding is no amount to pay, but one set beside the wrong label
      // ("Total Items -0.01" over "Rounding 20.25").
      if (value !== null && value > MAX_ROUNDING) totals.push({ value, at });
    } else if (!rounding && ROUNDING.test(line)) {
      const value = labelledAmount(lines, at);
      // Tills round to 5 or 10 cents, so by 5 cents at most; a bigger figure on the line is a total OCR
      // set beside the label.
      if (value !== null && value !== 0 && Math.abs(value) <= MAX_ROUNDING) rounding = { value, at };
    }
  }
  const last = totals[totals.length - 1];
  // The last total made by the figures above it, or printed again with its net and tax in a tax summary.
  const made = () => !!last && (sumAbove(lines, last.at, last.value) || grossInSummary(lines, last.value));
  const tendered = paidLessChange(lines);
  const pointless = tendered === null ? changeWithoutPoint(lines) : null;
  if (pointless && lines.some((l, i) => totalLabelled(l) && !isSummaryRow(l) && cents(labelledAmount(lines, i) ?? -1) === cents(pointless.paid))) {
    // It confirms the last labelled total; any other total it leads to ("TOTAL PAID") is in doubt.
    if (last && cents(last.value) === cents(pointless.paid)) return { total: last.value, arithmetic: 'paid' };
    return { total: pointless.paid, arithmetic: 'paid', doubt: `the change "${pointless.figure}" is read without its decimal point; with it, paid less change is ${money(pointless.paid)}` };
  }
  // Cash or a card paid what vouchers, or a deposit before the sale, did not.
  const deposits = depositsPaid(lines);
  const paid = tendered === null || !last ? tendered : (cents(tendered) + cents(vouchersAfter(lines, last.at)) + cents(deposits)) / 100;

  if (paid !== null) {
    const vouches = (sum: number) => {
      const agrees = (v: number) => cents(v) === cents(sum);
      return totals.some((t) => agrees(t.value) || (rounding !== null && (agrees(t.value + rounding.value) || agrees(t.value - rounding.value))));
    };
    if (vouches(paid)) return { total: paid, arithmetic: 'paid' };
    // Paid part in cash and part by card: both less the change are the total.
    const split = last ? paidInParts(lines, last.at) : null;
    if (split !== null && vouches(split)) return { total: split, arithmetic: 'paid' };
    // "TOTAL PAID 6.00": a total label with a payment word, whose figure paid less change agrees with;
    // "NET AMT 28.80" (after "GROSS AMT", the sum before tax), which it agrees with; a stall's slip that
    // prints its sum alone under the items, with no label ("12.60" over "Cash 20.00", "Bal 7.40").
    // Nothing left to pay is no total: "TOTAL PAYMENT : 0.00" with the payment's figure a row off.
    // A charge under a label of its own printed right above what paid it ("Parking Fee RM 7.00" over "Paid RM
    // 10.00", "Change RM 3.00"), as a bare sum is.
    const printedAs = (l: string, i: number) => ((totalLabelled(l) || NET_PAYABLE.test(l)) && !isSummaryRow(l) ? labelledAmount(lines, i) : bareAmount(l));
    const change = firstLabelled(lines, CHANGE);
    const printed = lines.some((l, i) => cents(printedAs(l, i) ?? -1) === cents(paid)) || cents(chargeAbovePayment(lines) ?? -1) === cents(paid)
      || (change !== null && cents(amountPaidOverCash(lines, change) ?? -1) === cents(paid));
    if (!last && paid > MAX_ROUNDING && printed) return { total: paid, arithmetic: 'paid' };
    if (!last && paidForItems(lines, paid) !== null) return { total: paid, arithmetic: 'sum' };
    if (!last) return { total: paid, arithmetic: null, doubt: `no total printed; ${money(paid)} is what was paid less the change` };
    // Paid less change printed under the last total, before the payment: that total was a subtotal the
    // items make ("Jumlah Kecil 56.30" read as a total, the total's own label not), and the figure under it
    // is what was paid; vouched by its label when a total's ("JUMLAH ... 65.65"), else in doubt.
    const under = paidUnder(lines, last.at, paid);
    if (under) return { total: paid, arithmetic: 'paid', ...(totalLabelled(under) ? {} : { doubt: `paid less change, ${money(paid)}, is printed under "${under}" below the total ${money(last.value)}` }) };
    if (made()) return { total: last.value, arithmetic: 'sum' };
    return { total: last.value, arithmetic: null, contradicted: true, doubt: `paid less change${deposits ? ` with the deposit` : ''} is ${money(paid)}, not ${money(last.value)}` };
  }
  if (last) {
    // A card pays the total to the cent, and so does cash handed over with no change to give: the last
    // total, which one pays, is vouched for; so is one a deposit paid before the sale and a card today make
    // ("TOTAL 1,079.72", "Deposit paid 10/03/2018 -300.00", "VISA 779.72"). Not cash: with the figures a
    // row off their labels, the change set beside "Cash" and the balance beside the deposit make the cash.
    if (lines.some((l, i) => (CARD_PAID.test(l.trim()) || CASH_GIVEN.test(l.trim())) && cents(labelledAmount(lines, i) ?? -1) === cents(last.value))) return { total: last.value, arithmetic: 'paid' };
    if (deposits > 0 && lines.some((l, i) => CARD_PAID.test(l.trim()) && cents(labelledAmount(lines, i) ?? -1) + cents(deposits) === cents(last.value))) return { total: last.value, arithmetic: 'paid' };
    // A payment that disagrees with a total the figures above it make is the misread one.
    const card = cardAgainst(lines, totals.map((t) => t.value), rounding?.value ?? 0);
    if (card !== null && made()) return { total: last.value, arithmetic: 'sum' };
    if (card !== null) return { total: last.value, arithmetic: null, contradicted: true, doubt: `${money(card)} is paid by card, not ${money(last.value)}` };
    // Cash given is never less than the total, unless a card or vouchers paid the rest: a "total" above it
    // is the cash, or a figure a row off ("TOTAL 100.00", "CASH 92.60", "CHANGE").
    const cash = CARD_PAID_LINE(lines) ? null : firstLabelled(lines, CASH_GIVEN);
    // An order's deposit receipt: the cash is the deposit printed under the total, and the balance left to
    // pay, printed too, makes the total with it ("TOTAL 2,438.00", "DEPOSIT PAID 800.00", "BALANCE
    // 1,638.00", "CASH 800.00").
    const balance = cents(last.value) - cents(deposits);
    // The deposit's own line may say it was paid in cash ("DEPOSIT PAID (CASH) 300.00").
    const inCash = deposits > 0 && lines.some((l) => DEPOSIT.test(l.trim()) && DEPOSIT_IN_CASH.test(l));
    if (((cash !== null && deposits > 0 && cents(cash) === cents(deposits)) || inCash) && lines.some((l) => amountsIn(l).some((v) => cents(v) === balance))) return { total: last.value, arithmetic: 'paid' };
    if (cash !== null && cash > 0 && cents(cash) + cents(vouchersAfter(lines, last.at)) < cents(last.value)) {
      if (made()) return { total: last.value, arithmetic: 'sum' };
      return { total: last.value, arithmetic: null, contradicted: true, doubt: `${money(cash)} was paid, less than ${money(last.value)}` };
    }
  }
  // A sum charged after the total: "TOTAL FARE 42.20", "CARD FEE 10% 4.22", "TOTAL PAID 46.42" (a fee or
  // surcharge added to the total for the way it is paid), when the figures above it make it.
  const chargedAfter = last ? sumChargedAfter(lines, last) : null;
  if (chargedAfter !== null) return { total: chargedAfter, arithmetic: 'sum' };
  if (last && rounding && rounding.at > last.at) {
    // No total after the adjustment: apply it. Tills round to 5 cents, which tells a lost minus sign.
    const options = [last.value + rounding.value, last.value - rounding.value].filter((v) => cents(v) % 5 === 0);
    if (options.length === 1) return { total: cents(options[0]!) / 100, arithmetic: 'rounding' };
    return { total: last.value, arithmetic: null, doubt: `a rounding of ${money(rounding.value)} is printed after the total` };
  }
  // The figures above it make a total but for its last digit: one of them is misread; named, not picked.
  const nearly = last ? sumAboveButLastDigit(lines, last.at, last.value) : null;
  if (last && nearly !== null) return { total: last.value, arithmetic: null, doubt: `the figures above it make ${money(nearly)}, not ${money(last.value)}` };
  const under = last ? pairUnderButLastDigit(lines, last.at, last.value) : null;
  if (last && under !== null) return { total: last.value, arithmetic: null, doubt: `two figures printed under it make ${money(under)}, not ${money(last.value)}` };
  if (last) return { total: last.value, arithmetic: null };
  const labelled = (label: RegExp) => lines.flatMap((l, i) => (label.test(l) ? [labelledAmount(lines, i)] : [])).filter((v): v is number => v !== null && v > 0);
  const payments = [...labelled(PAYMENT), ...labelled(CARD_PAID)];
  const paysIt = (v: number) => payments.some((p) => cents(p) === cents(v));
  // "NET AMOUNT 1,147.80" under a gross and a deduction, paid by card to the cent: the amount paid.
  const payable = labelled(NET_PAYABLE).find(paysIt);
  if (payable !== undefined) return { total: payable, arithmetic: 'paid' };
  // "Net Amount Rs. 432.00" under the taxable amount, the taxes and a round-off that make it: the sum to
  // pay, though no payment is printed to the cent (cash with the change under another word).
  const netMade = lines.findLastIndex((l, i) => NET_PAYABLE.test(l) && !isSummaryRow(l) && (labelledAmount(lines, i) ?? 0) > MAX_ROUNDING && sumAbove(lines, i, labelledAmount(lines, i)!));
  if (netMade >= 0) return { total: labelledAmount(lines, netMade)!, arithmetic: 'sum' };
  // A pump's slip: "AMOUNT (RM) 124.43" (the amount and a currency alone on its line) over "FLEET CARD
  // 124.43", which pays it to the cent.
  const charge = labelled(SLIP_AMOUNT).find(paysIt);
  if (charge !== undefined) return { total: charge, arithmetic: 'paid' };
  const fee = chargeAboveCard(lines);
  if (fee !== null) return { total: fee, arithmetic: 'paid' };
  // "Total Paid RM47.70" where no other total is printed (a delivery order's slip, "Paid with GrabPay"
  // under it with no figure): what was paid is the total. One figure only: two leave it to the doubt below.
  const totalPaid = new Set(labelled(TOTAL_PAID).filter((v) => v > MAX_ROUNDING).map(cents));
  if (totalPaid.size === 1) return { total: [...totalPaid][0]! / 100, arithmetic: null };
  // No total label (OCR lost it): a subtotal the payment equals is what was paid.
  const subtotal = labelled(SUBTOTAL).find(paysIt);
  if (subtotal !== undefined) return { total: subtotal, arithmetic: null };
  const paidForAll = paidForItems(lines, null);
  if (paidForAll !== null) return { total: paidForAll, arithmetic: 'sum' };
  // A card terminal's slip: the amount it charged ("AMOUNT  RM 189.90") is labelled as a total is.
  const charged = lines.some((l) => CARD_APPROVED.test(l)) ? new Set(labelled(SLIP_AMOUNT).map(cents)) : new Set<number>();
  if (charged.size === 1) return { total: [...charged][0]! / 100, arithmetic: null };
  // A toll's fare, labelled alone with its currency ("FARE RM 21.60", "TOL RM 12.90"), over what a
  // stored-value card holds after it ("Card Balance RM 63.15"): the amount charged.
  const fares = new Set(labelled(FARE).map(cents));
  if (fares.size === 1) return { total: [...fares][0]! / 100, arithmetic: null };
  const amounts = lines.flatMap((l) => amountsIn(l));
  if (!amounts.length) return null;
  const largest = Math.max(...amounts);
  if (madeAndPaidUnder(lines, largest)) return { total: largest, arithmetic: 'sum' };
  return { total: largest, arithmetic: null, doubt: 'no total label; the largest amount' };
}

/**
 * Whether the largest figure of a page whose total label OCR garbled ("Junleh Bayaran 47.70", "Jumiat
 * RM 80.00") is the total by the page's arithmetic: the figures right above its first line make it (the
 * items, or a subtotal, a tax and a rounding: sumAbove), and every figure under it pays it: the same
 * figure (a card or an e-wallet whose label is garbled too), a deposit and the balance that make it
 * ("Deposit 30.00", "Baki 50.00"), or cash and the change it leaves. A figure under it that is none of
 * these (the total after a discount under a subtotal, a tax included in it), or one without its cents (a
 * point lost), leaves the doubt.
 */
function madeAndPaidUnder(lines: readonly string[], largest: number): boolean {
  const at = lines.findIndex((l) => trailingAmount(l) !== null && cents(trailingAmount(l)!) === cents(largest));
  if (at < 0 || !sumAbove(lines, at, largest)) return false;
  // A figure under it OCR lost the point of ("TOTAL 2260", "GST 6% 136") may be the total or a part of it.
  if (lines.slice(at + 1).some((l) => !amountsIn(l).length && /\d\s*$/.test(l))) return false;
  // (Some figure under it, as a till prints its payment: with none, the largest is only an invoice's last figure.)
  const below = lines.slice(at + 1).flatMap((l) => amountsIn(l)).map(cents);
  if (!below.length) return false;
  const under = below.filter((v) => v !== cents(largest));
  if (!under.length) return true;
  const [a, b] = under;
  return under.length === 2 && (a! + b! === cents(largest) || a! - b! === cents(largest));
}
