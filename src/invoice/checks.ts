/**
 * Named validation checks over an extracted invoice. A check whose inputs are absent is left out (an
 * unknown is not a failure), except required_fields, which is about absence.
 */
import { parseChineseAmount } from './cn/amount-words.js';
import { isVatForm, type Check, type Invoice } from './model.js';
import { isResidentIdNumber, isValidUscc, looksLikeUscc } from './cn/uscc.js';
import { maxRounding } from './receipt/rounding.js';

const CENT = 0.01 + 1e-9;
/** A Chinese invoice that says its VAT is charged on the margin (差额征税, 差额开票). */
const MARGIN_SCHEME = /差额征税|差额开票/;

/** Chinese invoices: CNY, or a 发票代码, or a 20-digit 数电 number, or a Chinese-only type. */
export function isChineseInvoice(inv: Invoice): boolean {
  return inv.currency === 'CNY' || inv.code !== null || /^\d{20}$/.test(inv.number ?? '') || ['flight', 'train', 'toll'].includes(inv.type);
}

/** A 数电 (fully digital) invoice: 20-digit number and no 发票代码. */
export function isDigitalInvoice(inv: Invoice): boolean {
  return inv.code === null && /^\d{20}$/.test(inv.number ?? '');
}

function fmt(n: number): string {
  return n.toFixed(2);
}

/**
 * Net + tax = total, to the cent; null when one of them is unknown. `rounding`: a till's cash rounding
 * adjustment the page prints (a few cents, receipt/rounding.ts), which may stand between them; either
 * sign, as OCR often loses a minus.
 */
export function totalsAddUp(inv: Invoice, rounding = 0): boolean | null {
  const { amount, taxAmount, totalAmount } = inv;
  if (amount === null || taxAmount === null || totalAmount === null) return null;
  return [0, rounding, -rounding].some((r) => Math.abs(amount + taxAmount + r - totalAmount) <= CENT);
}

/**
 * The rounding a stored result's totals were checked with: when its totals_consistent passed with net +
 * tax and total apart by more than a cent, the difference was the printed rounding (at most what the
 * currency allows, receipt/rounding.ts), which the result does not otherwise keep. A correction checks
 * the totals with it again.
 */
export function roundingCheckedWith(inv: Invoice, checks: readonly Check[]): number {
  const { amount, taxAmount, totalAmount } = inv;
  if (amount === null || taxAmount === null || totalAmount === null) return 0;
  if (!checks.some((c) => c.id === 'totals_consistent' && c.ok)) return 0;
  const gap = Math.round((totalAmount - amount - taxAmount) * 100) / 100;
  return Math.abs(gap) > CENT && Math.abs(gap) <= maxRounding(inv.currency) + 1e-9 ? gap : 0;
}

/** The 大写 words' value (null: unreadable) and whether it is the 小写 total; null when either is absent. */
export function wordsAgainstFigures(inv: Invoice): { ok: boolean; value: number | null } | null {
  if (!inv.totalInWords || inv.totalAmount === null) return null;
  const value = parseChineseAmount(inv.totalInWords);
  return { ok: value !== null && Math.abs(value - inv.totalAmount) <= 0.005, value };
}

/**
 * Whether a stored result was checked as a till receipt: its number is unknown, and required_fields did
 * not ask for it. A correction checks it as one again.
 */
export function tillReceiptCheckedWith(inv: Invoice, checks: readonly Check[]): boolean {
  const required = checks.find((c) => c.id === 'required_fields');
  return inv.number === null && !!required && (required.ok || !/\bnumber\b/.test(required.message ?? ''));
}

/**
 * `rounding`: a till's printed cash rounding (see totalsAddUp); `tillReceipt`: the invoice was read from
 * a till receipt (receipt/till.ts), which need not state a receipt number.
 */
export function runChecks(inv: Invoice, now: Date = new Date(), rounding = 0, tillReceipt = false): Check[] {
  const checks: Check[] = [];
  const { amount, taxAmount, totalAmount } = inv;

  const addsUp = totalsAddUp(inv, rounding);
  if (addsUp !== null) {
    checks.push(addsUp
      ? { id: 'totals_consistent', ok: true }
      : { id: 'totals_consistent', ok: false, message: `${fmt(amount!)} + ${fmt(taxAmount!)} ≠ ${fmt(totalAmount!)}` });
  }

  const words = wordsAgainstFigures(inv);
  if (words) {
    checks.push(words.ok
      ? { id: 'words_match_figures', ok: true }
      : { id: 'words_match_figures', ok: false, message: `大写 ${inv.totalInWords} (${words.value === null ? 'unreadable' : fmt(words.value)}) ≠ 小写 ${fmt(totalAmount!)}` });
  }

  const itemAmounts = inv.items.map((i) => i.amount);
  if (amount !== null && itemAmounts.length && itemAmounts.every((a) => a !== null)) {
    const sum = (itemAmounts as number[]).reduce((a, b) => a + b, 0);
    // Prices that include tax (a till receipt's lines) add up to the gross total instead.
    const gross = totalAmount !== null && Math.abs(sum - totalAmount) <= CENT;
    checks.push(Math.abs(sum - amount) <= CENT || gross
      ? { id: 'items_sum', ok: true }
      : { id: 'items_sum', ok: false, message: `Σ items ${fmt(sum)} ≠ ${fmt(amount)}` });
  }

  const rated = inv.items.filter((i) => i.amount !== null && i.taxRate !== null);
  if (rated.length && rated.length === inv.items.length) {
    // Tax is rounded per line or per rate; allow a cent per line.
    const tolerance = 0.01 * rated.length + 1e-9;
    const perLine = rated.filter((i) => i.taxAmount !== null);
    let ok: boolean;
    let message: string | undefined;
    if (perLine.length === rated.length) {
      // 差额征税: the tax is on the margin over costs passed on (travel, labour dispatch, agency), so a
      // line's tax is less than its amount × rate, never more.
      const margin = isChineseInvoice(inv) && MARGIN_SCHEME.test([inv.remarks, ...inv.items.flatMap((i) => [i.name, i.spec])].join(' '));
      const bad = perLine.find((i) => (margin ? Math.abs(i.taxAmount!) - Math.abs(i.amount! * i.taxRate!) : Math.abs(i.amount! * i.taxRate! - i.taxAmount!)) > 0.01 + 1e-9);
      ok = !bad;
      if (bad) message = `${bad.name}: ${fmt(bad.amount!)} × ${bad.taxRate} ≠ ${fmt(bad.taxAmount!)}`;
      if (ok && taxAmount !== null) {
        const sum = perLine.reduce((a, i) => a + i.taxAmount!, 0);
        ok = Math.abs(sum - taxAmount) <= CENT;
        if (!ok) message = `Σ item tax ${fmt(sum)} ≠ ${fmt(taxAmount)}`;
      }
      checks.push({ id: 'tax_rate_consistent', ok, ...(message ? { message } : {}) });
    } else if (taxAmount !== null) {
      // Lines priced with their tax (a marketplace's gross unit prices) that add up to the gross total, not the
      // net: each line's tax is the part of its amount the rate makes, a × r / (1 + r).
      const lineSum = rated.reduce((a, i) => a + i.amount!, 0);
      const grossLines = totalAmount !== null && Math.abs(lineSum - totalAmount) <= CENT && (amount === null || Math.abs(lineSum - amount) > CENT);
      const expected = rated.reduce((a, i) => a + (grossLines ? (i.amount! * i.taxRate!) / (1 + i.taxRate!) : i.amount! * i.taxRate!), 0);
      ok = Math.abs(expected - taxAmount) <= tolerance;
      checks.push(ok ? { id: 'tax_rate_consistent', ok } : { id: 'tax_rate_consistent', ok, message: `Σ amount × rate ${fmt(expected)} ≠ ${fmt(taxAmount)}` });
    }
  }

  if (isChineseInvoice(inv)) {
    // A person's 身份证号码 has a USCC's length and its own check character: it is checked as what it is.
    const ids = [['seller', inv.seller.taxId], ['buyer', inv.buyer.taxId]].filter(([, id]) => id && looksLikeUscc(id) && !isResidentIdNumber(id));
    if (ids.length) {
      const bad = ids.filter(([, id]) => !isValidUscc(id!));
      checks.push(bad.length
        ? { id: 'tax_id_checksum', ok: false, message: bad.map(([who, id]) => `${who} ${id}: bad check character`).join('; ') }
        : { id: 'tax_id_checksum', ok: true });
    }
  }

  if (inv.date) {
    const today = now.toISOString().slice(0, 10);
    // A day of slack: an invoice issued "today" in UTC+8 is still "tomorrow" nowhere that matters.
    const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
    if (inv.date > tomorrow) checks.push({ id: 'date_plausible', ok: false, message: `${inv.date} is in the future (today ${today})` });
    else if (inv.date < '2000-01-01') checks.push({ id: 'date_plausible', ok: false, message: `${inv.date} is before 2000` });
    else checks.push({ id: 'date_plausible', ok: true });
  }

  // Present only when they fail: a page read twice into one party, or a due date before the issue date,
  // is a misreading of one of the two fields.
  const key = (name: string | null) => (name ?? '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  if (key(inv.seller.name).length >= 3 && key(inv.seller.name) === key(inv.buyer.name)) {
    checks.push({ id: 'parties_distinct', ok: false, message: `seller and buyer both read as "${inv.seller.name}"` });
  }
  if (inv.date && inv.dueDate && inv.dueDate < inv.date) {
    checks.push({ id: 'due_after_issue', ok: false, message: `due ${inv.dueDate} before the issue date ${inv.date}` });
  }
  // No tax rate reaches 100%: a tax above its net is a misread figure or the other total in its place
  // (a net of 0 and the gross as the tax, which add up all the same).
  if (amount !== null && taxAmount !== null && amount >= 0 && taxAmount > amount + CENT) {
    checks.push({ id: 'tax_below_net', ok: false, message: `tax ${fmt(taxAmount)} above the net ${fmt(amount)}` });
  }

  const missing: string[] = [];
  // A till receipt is kept for its total, date and seller; many print no number.
  if (!inv.number && !tillReceipt) missing.push('number');
  if (!inv.date) missing.push('date');
  if (inv.totalAmount === null) missing.push('totalAmount');
  // A currency is never guessed: an invoice that does not show one needs a person to say it.
  if (!inv.currency) missing.push('currency');
  // An invoice addressed to a buyer states its net and its tax (a nil tax when it charges none): one read
  // with its total but not them was misread. A till receipt may show the total alone, whether it names its
  // customer or not ("Customer:", "Bill To", "Kepada": a buyer's label makes no page an invoice).
  if (!isChineseInvoice(inv) && inv.buyer.name && !tillReceipt && inv.totalAmount !== null) {
    if (inv.amount === null) missing.push('amount');
    if (inv.taxAmount === null) missing.push('taxAmount');
    // One of the two read without the other: the figure read may be the other's ("363", the tax, read as
    // the net when the net's row was lost), and nothing checks it against the total. Neither read: the
    // total is checked against nothing either, and may be another figure of the totals block ("72.47",
    // the net, read as the total when the gross's row was lost; the tax, on a page of tax columns).
    if ((inv.amount === null) !== (inv.taxAmount === null)) {
      const read = inv.amount === null ? 'taxAmount' : 'amount';
      checks.push({ id: 'totals_partial', ok: false, message: `${read} ${fmt((inv.amount ?? inv.taxAmount)!)} read without ${read === 'amount' ? 'taxAmount' : 'amount'}, nor checked against totalAmount` });
    } else if (inv.amount === null) {
      checks.push({ id: 'totals_partial', ok: false, message: `totalAmount ${fmt(inv.totalAmount)} read without amount and taxAmount` });
    }
  }
  // Every invoice names who issued it: a Western one read without its seller (a letterhead in a script or a
  // layout the parser does not know) is a doubt to name, not a field to leave silently empty.
  if (!inv.seller.name && (isChineseInvoice(inv) ? !['flight', 'train'].includes(inv.type) : !tillReceipt)) missing.push('seller.name');
  if (isChineseInvoice(inv)) {
    // A 专用发票 is issued to a named taxpayer: without the buyer's name, its row was lost (a watermark or a
    // stamp over it on a scan).
    if (!inv.buyer.name && inv.type === 'vat_special') missing.push('buyer.name');
    if (!inv.code && !isDigitalInvoice(inv) && isVatForm(inv.type)) missing.push('code');
    // A VAT invoice prints its 合计 row (金额 and 税额, a 0 or *** for tax-exempt) on every page kind: one not
    // read is a misreading (an OCR line lost), not an invoice without one.
    // A 卷式 invoice's lines have no 税率 or 税额 column, and it prints its total alone.
    const taxColumn = !inv.items.length || inv.items.some((i) => i.taxRate !== null || i.taxAmount !== null);
    if (isVatForm(inv.type) && taxColumn) {
      if (inv.amount === null) missing.push('amount');
      if (inv.taxAmount === null) missing.push('taxAmount');
    }
  }
  checks.push(missing.length ? { id: 'required_fields', ok: false, message: `missing: ${missing.join(', ')}` } : { id: 'required_fields', ok: true });
  return checks;
}

/** An invoice needs a person's look when any check failed. */
export function needsReview(checks: readonly Check[]): boolean {
  return checks.some((c) => !c.ok);
}

/** What each failed check casts doubt on: the invoice fields a reviewer has to look at. */
const CHECK_FIELDS: Record<string, readonly string[]> = {
  totals_consistent: ['amount', 'taxAmount', 'totalAmount'],
  words_match_figures: ['totalAmount', 'totalInWords'],
  items_sum: ['amount', 'items'],
  tax_rate_consistent: ['taxAmount', 'items'],
  date_plausible: ['date'],
  parties_distinct: ['seller.name', 'buyer.name'],
  due_after_issue: ['date', 'dueDate'],
  tax_below_net: ['amount', 'taxAmount'],
  totals_partial: ['amount', 'taxAmount', 'totalAmount'],
};

/**
 * The fields the failed checks name, as a reviewer reads them: "seller.name" for a party's name, a
 * plain field otherwise. Checks whose message lists fields (required_fields, ocr_uncertain,
 * qr_matches, field_doubt, text_layer_doubt) name those; the others name the fields they compare.
 */
export function fieldsInDoubt(checks: readonly Check[]): string[] {
  const fields = new Set<string>();
  for (const c of checks) {
    if (c.ok) continue;
    for (const f of CHECK_FIELDS[c.id] ?? []) fields.add(f);
    const message = c.message ?? '';
    if (c.id === 'tax_id_checksum') for (const m of message.matchAll(/\b(seller|buyer) /g)) fields.add(`${m[1]}.taxId`);
    if (c.id === 'qr_matches') for (const m of message.matchAll(/(?:^|; |: )(\w+) \S+ \(QR:/g)) fields.add(m[1]);
    if (c.id === 'required_fields' || c.id === 'ocr_uncertain' || c.id === 'field_doubt' || c.id === 'text_layer_doubt') {
      for (const m of message.split(' (')[0].matchAll(/\b(seller|buyer)\.(name|taxId)\b|\b(number|code|date|currency|amount|taxAmount|totalAmount|documentType|seller|buyer)\b/g)) fields.add(m[1] ? `${m[1]}.${m[2]}` : m[3] === 'seller' || m[3] === 'buyer' ? `${m[3]}.name` : m[3]);
    }
  }
  return [...fields];
}
