/**
 * Peppol BIS Billing 3.0 rules on EN 16931 (PEPPOL-EN16931-R*, OpenPEPPOL peppol-bis-invoice-3):
 * the ones that hold for every Peppol invoice; country rules (PEPPOL-COMMON, NO-/DK-/SE-/GR-…) are not
 * checked.
 */
import { eachElement, isEmptyElement, type XNode } from '../xml-node.js';
import { v, type RuleGroup } from './types.js';

/** Peppol's u:slack: within 0.02 of the computed value. */
const near = (a: number, b: number) => Math.abs(a - b) <= 0.02 + 1e-9;

const SPEC = 'urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0';
const PROCESS = /^urn:fdc:peppol\.eu:2017:poacc:billing:\d{2}:1\.0$/;

/** The amounts whose currencyID PEPPOL-EN16931-R051 checks (besides a TaxTotal's own TaxAmount). */
const AMOUNTS = new Set(['Amount', 'BaseAmount', 'PriceAmount', 'TaxableAmount', 'LineExtensionAmount', 'TaxExclusiveAmount', 'TaxInclusiveAmount', 'AllowanceTotalAmount', 'ChargeTotalAmount', 'PrepaidAmount', 'PayableRoundingAmount', 'PayableAmount']);

/**
 * The two rules about every element, in one walk: the first element without text or child elements
 * (R008), and the amounts whose currencyID is not the invoice currency (R051: those above anywhere, and
 * the TaxAmount of a TaxTotal with subtotals; the other TaxTotal is BT-111, in the accounting currency).
 */
function scanElements(root: XNode, currency: string | null): { empty: string | null; foreign: string[] } {
  let empty: string | null = isEmptyElement(root.raw) ? root.xpath : null;
  const foreign: string[] = [];
  eachElement(root, (e) => {
    if (empty === null && isEmptyElement(e.raw)) empty = e.xpath();
    if (currency === null || !(AMOUNTS.has(e.name) || (e.name === 'TaxAmount' && 'TaxSubtotal' in e.parent))) return;
    const id = e.raw !== null && typeof e.raw === 'object' ? (e.raw as Record<string, unknown>)['@currencyID'] : undefined;
    if (id !== currency) foreign.push(e.xpath());
  });
  return { empty, foreign };
}

export const peppolRules: RuleGroup = (ctx) => {
  const { inv } = ctx;
  const root = inv.rootXpath;
  if (!inv.profile) ctx.report('PEPPOL-EN16931-R001', 'fatal', 'Business process MUST be provided.', root);
  else if (!PROCESS.test(inv.profile.text)) ctx.report('PEPPOL-EN16931-R007', 'fatal', 'Business process MUST be in the format \'urn:fdc:peppol.eu:2017:poacc:billing:NN:1.0\' where NN indicates the process number.', inv.profile.xpath);
  const german = inv.seller?.address?.country?.text === 'DE' && inv.buyer?.address?.country?.text === 'DE';
  if (inv.notes.length > 1 && !german) ctx.report('PEPPOL-EN16931-R002', 'fatal', 'No more than one note is allowed on document level, unless both the buyer and seller are German organizations.', inv.notes[1].xpath);
  if (!inv.buyerReference && !inv.orderReference) ctx.report('PEPPOL-EN16931-R003', 'fatal', 'A buyer reference or purchase order reference MUST be provided.', root);
  if (inv.customization && !inv.customization.text.startsWith(SPEC)) ctx.report('PEPPOL-EN16931-R004', 'fatal', `Specification identifier MUST have the value '${SPEC}'.`, inv.customization.xpath);
  if (inv.taxCurrency && inv.taxCurrency.text === inv.currency?.text) ctx.report('PEPPOL-EN16931-R005', 'fatal', 'VAT accounting currency code MUST be different from invoice currency code when provided.', inv.taxCurrency.xpath);
  const { empty, foreign } = scanElements(inv.root, inv.syntax === 'ubl' ? (inv.currency?.text ?? null) : null);
  if (empty) ctx.report('PEPPOL-EN16931-R008', 'fatal', 'Document MUST not contain empty elements.', empty);
  if (inv.buyer && !inv.buyer.electronicAddress) ctx.report('PEPPOL-EN16931-R010', 'fatal', 'Buyer electronic address MUST be provided.', inv.buyer.xpath);
  if (inv.seller && !inv.seller.electronicAddress) ctx.report('PEPPOL-EN16931-R020', 'fatal', 'Seller electronic address MUST be provided.', inv.seller.xpath);
  for (const a of [...inv.allowances, ...inv.charges, ...inv.lines.flatMap((l) => [...l.allowances, ...l.charges])]) {
    if (a.percent?.value != null && a.base?.value != null && a.amount?.value != null && !near(a.amount.value, (a.base.value * a.percent.value) / 100)) {
      ctx.report('PEPPOL-EN16931-R040', 'fatal', 'Allowance/charge amount must equal base amount * percentage/100 if base amount and percentage exists.', a.amount.xpath);
    }
    if (a.percent && !a.base) ctx.report('PEPPOL-EN16931-R041', 'fatal', 'Allowance/charge base amount MUST be provided when allowance/charge percentage is provided.', a.xpath);
    if (a.indicator && a.indicator.text !== 'true' && a.indicator.text !== 'false') ctx.report('PEPPOL-EN16931-R043', 'fatal', "Allowance/charge ChargeIndicator value MUST equal 'true' or 'false'.", a.indicator.xpath);
    if (a.base && !a.percent) ctx.report('PEPPOL-EN16931-R042', 'fatal', 'Allowance/charge percentage MUST be provided when allowance/charge base amount is provided.', a.xpath);
  }
  for (const where of foreign) ctx.report('PEPPOL-EN16931-R051', 'fatal', 'All currencyID attributes must have the same value as the invoice currency code (BT-5), except for the invoice total VAT amount in accounting currency (BT-111).', where);

  if (inv.syntax === 'ubl' && inv.taxTotals.filter((t) => t.withSubtotals).length > 1) ctx.report('PEPPOL-EN16931-R053', 'fatal', 'Only one tax total with tax subtotals MUST be provided.', root);
  if (inv.syntax === 'ubl' && !inv.taxCurrency && inv.taxTotals.filter((t) => !t.withSubtotals).length > 0) ctx.report('PEPPOL-EN16931-R054', 'fatal', 'Only one tax total without tax subtotals MUST be provided when tax currency code is provided.', root);
  const tax = inv.totals.taxTotal?.value;
  const taxInTaxCurrency = inv.totals.taxTotalTaxCurrency?.value;
  if (inv.taxCurrency && tax != null && taxInTaxCurrency != null && !((tax <= 0 && taxInTaxCurrency <= 0) || (tax >= 0 && taxInTaxCurrency >= 0))) {
    ctx.report('PEPPOL-EN16931-R055', 'fatal', 'Invoice total VAT amount and Invoice total VAT amount in accounting currency MUST have the same operational sign.', inv.totals.taxTotalTaxCurrency!.xpath);
  }
  // UBL carries the invoiced object (BT-18) and, in a credit note, the project reference (BT-11) as
  // additional document references with type codes 130 and 50: one of each at most.
  const ofType = (code: string) => inv.documents.filter((d) => d.typeCode === code);
  if (inv.syntax === 'ubl' && ofType('130').length > 1) ctx.report('PEPPOL-EN16931-R006', 'fatal', 'Only one invoiced object is allowed on document level.', ofType('130')[1].xpath);
  if (inv.syntax === 'ubl' && ofType('50').length > 1) ctx.report('PEPPOL-EN16931-R080', 'fatal', 'Only one project reference is allowed on document level.', ofType('50')[1].xpath);
  for (const m of inv.paymentMeans) {
    if (['49', '59'].includes(m.code?.text ?? '') && !m.mandate) ctx.report('PEPPOL-EN16931-R061', 'fatal', 'Mandate reference MUST be provided for direct debit.', m.xpath);
  }
  for (const l of inv.lines) {
    if (inv.periodStart && l.periodStart && l.periodStart.text < inv.periodStart.text) ctx.report('PEPPOL-EN16931-R110', 'fatal', 'Start date of line period MUST be within invoice period.', l.periodStart.xpath);
    if (inv.periodEnd && l.periodEnd && l.periodEnd.text > inv.periodEnd.text) ctx.report('PEPPOL-EN16931-R111', 'fatal', 'End date of line period MUST be within invoice period.', l.periodEnd.xpath);
    const baseQty = l.baseQuantity?.value ?? 1;
    if (l.baseQuantity && (l.baseQuantity.value ?? 0) <= 0) ctx.report('PEPPOL-EN16931-R121', 'fatal', 'Base quantity MUST be a positive number above zero.', l.baseQuantity.xpath);
    if (l.baseQuantityUnit && l.unit && l.baseQuantityUnit !== l.unit) ctx.report('PEPPOL-EN16931-R130', 'fatal', 'Unit code of price base quantity MUST be same as invoiced quantity.', l.baseQuantity!.xpath);
    if (l.netAmount?.value != null && l.quantity?.value != null && l.price?.value != null && baseQty > 0) {
      const expected = (l.quantity.value * l.price.value) / baseQty + l.charges.reduce((a, c) => a + v(c.amount), 0) - l.allowances.reduce((a, c) => a + v(c.amount), 0);
      if (!near(l.netAmount.value, expected)) ctx.report('PEPPOL-EN16931-R120', 'fatal', `Invoice line net amount MUST equal (Invoiced quantity * (Item net price/item price base quantity) + Sum of invoice line charge amount - sum of invoice line allowance amount: ${l.netAmount.text} ≠ ${expected.toFixed(2)}.`, l.netAmount.xpath);
    }
    if (l.documentReferences.length > 1) ctx.report('PEPPOL-EN16931-R100', 'fatal', 'Only one invoiced object is allowed pr line.', l.documentReferences[1].xpath);
    if (l.documentReferences.length && !l.documentReferences.some((d) => d.typeCode === '130')) ctx.report('PEPPOL-EN16931-R101', 'fatal', 'Element Document reference can only be used for Invoice line object.', l.documentReferences[0].xpath);
    if (l.priceChargeIndicator && l.priceChargeIndicator.text !== 'false') ctx.report('PEPPOL-EN16931-R044', 'fatal', 'Charge on price level is NOT allowed.', l.priceChargeIndicator.xpath);
    if (l.grossPrice?.value != null && l.price?.value != null && l.priceDiscount?.value != null && Math.abs(l.price.value - (l.grossPrice.value - l.priceDiscount.value)) > 1e-9) {
      ctx.report('PEPPOL-EN16931-R046', 'fatal', 'Item net price MUST equal (Gross price - Allowance amount) when gross price is provided.', l.price.xpath);
    }
  }
};
