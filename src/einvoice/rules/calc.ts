/** EN 16931 conditions and calculations (BR-CO-*): the totals add up, the groups hang together. */
import { sameCents, sum, v, type RuleGroup } from './types.js';

/** ISO 3166-1 alpha-2 as a VAT id prefix, and Greece's EL. */
const VAT_PREFIX = /^(EL|[A-Z]{2})/;

export const calcRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const t = inv.totals;
  const lines = inv.lines;
  if (inv.taxPointDate && inv.taxPointCode) ctx.report('BR-CO-3', 'fatal', 'Value added tax point date (BT-7) and Value added tax point date code (BT-8) are mutually exclusive.', inv.taxPointDate.xpath);
  for (const l of lines) {
    if (!l.category) ctx.report('BR-CO-4', 'fatal', 'Each Invoice line (BG-25) shall be categorized with an Invoiced item VAT category code (BT-151).', l.xpath);
  }
  for (const p of [inv.seller, inv.buyer, inv.taxRepresentative]) {
    if (p?.vatId && !VAT_PREFIX.test(p.vatId.text)) ctx.report('BR-CO-9', 'fatal', 'The Seller VAT identifier (BT-31), the Seller tax representative VAT identifier (BT-63) and the Buyer VAT identifier (BT-48) shall have a prefix in accordance with ISO code ISO 3166-1 alpha-2 by which the country of issue may be identified. Nevertheless, Greece may use the prefix ‘EL’.', p.vatId.xpath);
  }
  if (t.lineTotal?.value != null && lines.length && !sameCents(t.lineTotal.value, sum(lines.map((l) => v(l.netAmount))))) {
    ctx.report('BR-CO-10', 'fatal', `Sum of Invoice line net amount (BT-106) = Σ Invoice line net amount (BT-131): ${t.lineTotal.text} ≠ ${sum(lines.map((l) => v(l.netAmount))).toFixed(2)}.`, t.lineTotal.xpath);
  }
  const allowances = sum(inv.allowances.map((a) => v(a.amount)));
  const charges = sum(inv.charges.map((c) => v(c.amount)));
  if (t.allowanceTotal?.value != null && !sameCents(t.allowanceTotal.value, allowances)) {
    ctx.report('BR-CO-11', 'fatal', `Sum of allowances on document level (BT-107) = Σ Document level allowance amount (BT-92): ${t.allowanceTotal.text} ≠ ${allowances.toFixed(2)}.`, t.allowanceTotal.xpath);
  }
  if (t.chargeTotal?.value != null && !sameCents(t.chargeTotal.value, charges)) {
    ctx.report('BR-CO-12', 'fatal', `Sum of charges on document level (BT-108) = Σ Document level charge amount (BT-99): ${t.chargeTotal.text} ≠ ${charges.toFixed(2)}.`, t.chargeTotal.xpath);
  }
  if (t.taxExclusive?.value != null && (t.lineTotal || !ctx.withoutLines)) {
    const expected = v(t.lineTotal) - v(t.allowanceTotal) + v(t.chargeTotal);
    if (!sameCents(t.taxExclusive.value, expected)) ctx.report('BR-CO-13', 'fatal', `Invoice total amount without VAT (BT-109) = Σ Invoice line net amount (BT-131) - Sum of allowances on document level (BT-107) + Sum of charges on document level (BT-108): ${t.taxExclusive.text} ≠ ${expected.toFixed(2)}.`, t.taxExclusive.xpath);
  }
  if (inv.vat.length) {
    const vatSum = sum(inv.vat.map((b) => v(b.tax)));
    if (!sameCents(v(t.taxTotal), vatSum)) ctx.report('BR-CO-14', 'fatal', `Invoice total VAT amount (BT-110) = Σ VAT category tax amount (BT-117): ${t.taxTotal?.text ?? 'none'} ≠ ${vatSum.toFixed(2)}.`, t.taxTotal?.xpath ?? t.xpath);
  }
  if (t.taxInclusive?.value != null && t.taxExclusive?.value != null && !sameCents(t.taxInclusive.value, t.taxExclusive.value + v(t.taxTotal))) {
    ctx.report('BR-CO-15', 'fatal', `Invoice total amount with VAT (BT-112) = Invoice total amount without VAT (BT-109) + Invoice total VAT amount (BT-110): ${t.taxInclusive.text} ≠ ${(t.taxExclusive.value + v(t.taxTotal)).toFixed(2)}.`, t.taxInclusive.xpath);
  }
  // The XRechnung extension's third-party payments (BG-DEX-09) are part of the amount due (BR-DEX-09).
  const thirdParty = sum(inv.thirdPartyPayments.map(v));
  if (thirdParty !== 0 && t.payable?.value != null && t.taxInclusive?.value != null) {
    const expected = t.taxInclusive.value - v(t.prepaid) + v(t.rounding) + thirdParty;
    if (!sameCents(t.payable.value, expected)) ctx.report('BR-DEX-09', 'fatal', `Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + Rounding amount (BT-114) + Σ third party payment amounts (BT-DEX-002): ${t.payable.text} ≠ ${expected.toFixed(2)}.`, t.payable.xpath);
  } else if (t.payable?.value != null && t.taxInclusive?.value != null && !sameCents(t.payable.value, t.taxInclusive.value - v(t.prepaid) + v(t.rounding))) {
    ctx.report('BR-CO-16', 'fatal', `Amount due for payment (BT-115) = Invoice total amount with VAT (BT-112) - Paid amount (BT-113) + Rounding amount (BT-114): ${t.payable.text} ≠ ${(t.taxInclusive.value - v(t.prepaid) + v(t.rounding)).toFixed(2)}.`, t.payable.xpath);
  }
  for (const b of inv.vat) {
    if (b.rate?.value == null || b.taxable?.value == null || b.tax?.value == null) continue;
    // The schematron accepts a deviation below one unit (rounding per line or per document).
    const expected = Math.round(b.taxable.value * b.rate.value) / 100;
    if (Math.abs(Math.abs(b.tax.value) - Math.abs(expected)) >= 1) ctx.report('BR-CO-17', 'fatal', `VAT category tax amount (BT-117) = VAT category taxable amount (BT-116) x (VAT category rate (BT-119) / 100), rounded to two decimals: ${b.tax.text} ≠ ${expected.toFixed(2)}.`, b.tax.xpath);
  }
  // BR-CO-19 / -20: a period group holds a start or an end date. In UBL the invoice-level group may carry
  // only the tax point date code (BT-8), which the rule's UBL binding accepts.
  if (inv.periodXpath && !inv.periodStart && !inv.periodEnd && !(inv.syntax === 'ubl' && inv.taxPointCode)) ctx.report('BR-CO-19', 'fatal', 'If Invoicing period (BG-14) is used, the Invoicing period start date (BT-73) or the Invoicing period end date (BT-74) shall be filled, or both.', inv.periodXpath);
  for (const l of lines) {
    if (l.periodXpath && !l.periodStart && !l.periodEnd) ctx.report('BR-CO-20', 'fatal', 'If Invoice line period (BG-26) is used, the Invoice line period start date (BT-134) or the Invoice line period end date (BT-135) shall be filled, or both.', l.periodXpath);
  }
  if (!inv.vat.length && !ctx.withoutLines) ctx.report('BR-CO-18', 'fatal', 'An Invoice shall at least have one VAT breakdown group (BG-23).', inv.rootXpath);
  if (!ctx.minimum && v(t.payable) > 0 && inv.dueDateOrTermsWritten === false) ctx.report('BR-CO-25', 'fatal', 'In case the Amount due for payment (BT-115) is positive, either the Payment due date (BT-9) or the Payment terms (BT-20) shall be present.', t.payable!.xpath);
  if (inv.seller && !inv.seller.ids.length && !inv.seller.legalId && !inv.seller.vatId) ctx.report('BR-CO-26', 'fatal', 'In order for the buyer to automatically identify a supplier, the Seller identifier (BT-29), the Seller legal registration identifier (BT-30) and/or the Seller VAT identifier (BT-31) shall be present.', inv.seller.xpath);
};
