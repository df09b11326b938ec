/**
 * Factur-X / ZUGFeRD 2.x / XRechnung CII (CrossIndustryInvoice) and ZUGFeRD 1.0 (CrossIndustryDocument)
 * XML → Invoice. The two generations name the same things differently; each lookup lists both names.
 *
 * Choices worth knowing:
 * - totalAmount is the gross GrandTotalAmount (DuePayableAmount only when the grand total is absent):
 *   prepaid amounts do not change what the invoice is worth.
 * - amount (net) is TaxBasisTotalAmount, else LineTotalAmount.
 * - documentType is credit_note for the credit note type codes (381 and its kin, UNTDID 1001); CII states
 *   a credit note's amounts positive, and so does the model (the text path follows, see western-text).
 * - Document-level allowances and charges become line items with negative / positive amounts (as
 *   Chinese invoices print 折扣行), so Σ items = net amount holds for invoices with discounts.
 */
import { InvoicectlError } from '../core/errors.js';
import { emptyInvoice, emptyLineItem, markSources, round2, type Invoice, type LineItem, type Party } from './model.js';
import { asArray, attr, child, childAny, parseXml, strictDecimal, text, type XmlNode } from './xml.js';

/** UNTDID 1001 codes of credit notes: 381 credit note, 81/83 goods/financial, 261 self-billed, 262, 296, 308, 396 factored, 420, 458, 532. */
export const CREDIT_NOTE_CODES = new Set(['81', '83', '261', '262', '296', '308', '381', '396', '420', '458', '532']);

/** True when the XML looks like CII / ZUGFeRD (cheap sniff before a full parse). */
export function isCiiXml(xml: string): boolean {
  return /CrossIndustry(Invoice|Document)|uncefact:data:standard:CBFBUY/.test(xml.slice(0, 4000));
}

function ciiDate(node: unknown): string | null {
  // The CBFBUY draft of ZUGFeRD 1.0 writes the date in the element itself.
  const dts = child(node, 'DateTimeString') ?? node;
  const s = text(dts);
  if (!s) return null;
  const format = attr(dts, 'format') ?? '102';
  const m = s.match(/^(\d{4})-?(\d{2})-?(\d{2})/);
  // Format 610 is a month (YYYYMM) and 616 a week: not a day, so not an issue date.
  if (!m || format === '610' || format === '616') return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

function party(node: unknown): Party {
  const address = child(node, 'PostalTradeAddress');
  const addressParts = [
    text(child(address, 'LineOne')),
    text(child(address, 'LineTwo')),
    text(child(address, 'LineThree')),
    [text(child(address, 'PostcodeCode')), text(child(address, 'CityName'))].filter(Boolean).join(' ') || null,
    text(child(address, 'CountryID')),
  ].filter((s): s is string => !!s);
  // A VAT id (schemeID VA) is what a buyer needs; the national tax number (FC) is the fallback.
  const registrations = asArray(child(node, 'SpecifiedTaxRegistration')).map((r) => child(r, 'ID'));
  const vat = registrations.find((id) => attr(id, 'schemeID') === 'VA') ?? registrations[0];
  const phone = text(child(node, 'DefinedTradeContact', 'TelephoneUniversalCommunication', 'CompleteNumber'));
  return {
    name: text(child(node, 'Name')),
    taxId: vat ? text(vat) : null,
    address: addressParts.length ? addressParts.join(', ') : null,
    phone,
    bank: null,
    account: null,
  };
}

/**
 * Amounts under the XML's decimal grammar. A value written in another form ("2.076,76", "NaN") is read as
 * null and remembered, so the result is flagged instead of carrying a misread or a neighbour's amount.
 */
let invalidDecimals: string[] = [];
function num(node: unknown): number | null {
  const d = strictDecimal(node);
  if (d.invalid !== undefined && invalidDecimals.length < 20) invalidDecimals.push(d.invalid);
  return d.value;
}

/** The first element that is written decides: an unreadable grand total is not replaced by another amount. */
function firstWritten(...nodes: unknown[]): number | null {
  const written = nodes.find((n) => text(n) !== null);
  return written === undefined ? null : num(written);
}

/** The amount in `currency` when an element repeats per currency (TaxTotalAmount in EUR and GBP). */
function amountIn(nodes: unknown, currency: string | null): number | null {
  const all = asArray(nodes);
  const match = all.find((n) => attr(n, 'currencyID') === currency) ?? all.find((n) => attr(n, 'currencyID') == null) ?? all[0];
  return num(match);
}

function percent(node: unknown): number | null {
  const p = num(childAny(node, ['RateApplicablePercent'], ['ApplicablePercent'], ['CalculationPercent']));
  return p === null ? null : Math.round(p * 100) / 10000;
}

function lineItem(node: unknown): LineItem {
  const agreement = childAny(node, ['SpecifiedLineTradeAgreement'], ['SpecifiedSupplyChainTradeAgreement']);
  const delivery = childAny(node, ['SpecifiedLineTradeDelivery'], ['SpecifiedSupplyChainTradeDelivery']);
  const settlement = childAny(node, ['SpecifiedLineTradeSettlement'], ['SpecifiedSupplyChainTradeSettlement']);
  const product = child(node, 'SpecifiedTradeProduct');
  const qty = child(delivery, 'BilledQuantity');
  const item = emptyLineItem(text(child(product, 'Name'))?.replace(/\s+/g, ' ') ?? '');
  item.spec = text(child(product, 'Description'));
  item.unit = attr(qty, 'unitCode');
  item.quantity = num(qty);
  item.unitPrice = num(child(agreement, 'NetPriceProductTradePrice', 'ChargeAmount')) ?? num(child(agreement, 'GrossPriceProductTradePrice', 'ChargeAmount'));
  item.amount = num(childAny(settlement, ['SpecifiedTradeSettlementLineMonetarySummation', 'LineTotalAmount'], ['SpecifiedTradeSettlementMonetarySummation', 'LineTotalAmount']));
  item.taxRate = percent(child(settlement, 'ApplicableTradeTax'));
  return item;
}

function allowanceCharge(node: unknown): LineItem | null {
  const amount = num(child(node, 'ActualAmount'));
  if (amount === null) return null;
  const isCharge = text(child(node, 'ChargeIndicator', 'Indicator')) === 'true';
  const item = emptyLineItem(text(child(node, 'Reason')) ?? (isCharge ? 'Charge' : 'Allowance'));
  item.amount = isCharge ? amount : -amount;
  item.taxRate = percent(child(node, 'CategoryTradeTax'));
  return item;
}

/** Parses CII / ZUGFeRD XML. Throws XML_CORRUPT for malformed XML, EXTRACTION_FAILED for other XML. */
export function parseCii(xml: string | Uint8Array): Invoice {
  return readCii(xml).invoice;
}

/** CII / ZUGFeRD XML → Invoice, and the amounts written in no decimal form (each became null). */
export function readCii(xml: string | Uint8Array): { invoice: Invoice; invalidDecimals: string[] } {
  invalidDecimals = [];
  const invoice = ciiInvoice(xml);
  const invalid = invalidDecimals;
  invalidDecimals = [];
  return { invoice, invalidDecimals: invalid };
}

function ciiInvoice(xml: string | Uint8Array): Invoice {
  const tree = parseXml(xml);
  // ZUGFeRD 1.0's draft (CBFBUY:5) names its root Invoice, with ZUGFeRD 1.0's elements below.
  const draft = tree.Invoice as XmlNode | undefined;
  const root = (tree.CrossIndustryInvoice ?? tree.CrossIndustryDocument ?? (draft && child(draft, 'HeaderExchangedDocument') ? draft : undefined)) as XmlNode | undefined;
  if (!root) throw new InvoicectlError('EXTRACTION_FAILED', 'not a CII / ZUGFeRD invoice (no CrossIndustryInvoice root)');

  const doc = childAny(root, ['ExchangedDocument'], ['HeaderExchangedDocument']);
  const tx = childAny(root, ['SupplyChainTradeTransaction'], ['SpecifiedSupplyChainTradeTransaction']);
  const agreement = childAny(tx, ['ApplicableHeaderTradeAgreement'], ['ApplicableSupplyChainTradeAgreement']);
  const settlement = childAny(tx, ['ApplicableHeaderTradeSettlement'], ['ApplicableSupplyChainTradeSettlement']);
  const sums = childAny(settlement, ['SpecifiedTradeSettlementHeaderMonetarySummation'], ['SpecifiedTradeSettlementMonetarySummation']);

  // BT-5 is mandatory; a file without it gets no currency rather than a guessed one.
  const currency = text(child(settlement, 'InvoiceCurrencyCode'));
  const inv = emptyInvoice(currency);
  inv.number = text(child(doc, 'ID'));
  inv.documentType = CREDIT_NOTE_CODES.has(text(child(doc, 'TypeCode')) ?? '') ? 'credit_note' : 'invoice';
  inv.date = ciiDate(child(doc, 'IssueDateTime'));
  inv.dueDate = asArray(child(settlement, 'SpecifiedTradePaymentTerms'))
    .map((t) => ciiDate(child(t, 'DueDateDateTime')))
    .filter((d): d is string => !!d)
    .sort()
    .at(-1) ?? null;
  inv.seller = party(child(agreement, 'SellerTradeParty'));
  inv.buyer = party(child(agreement, 'BuyerTradeParty'));
  const iban = text(childAny(settlement, ['SpecifiedTradeSettlementPaymentMeans', 'PayeePartyCreditorFinancialAccount', 'IBANID']));
  if (iban) inv.seller.account = iban.replace(/\s+/g, '');

  inv.amount = firstWritten(child(sums, 'TaxBasisTotalAmount'), child(sums, 'LineTotalAmount'));
  inv.taxAmount = amountIn(child(sums, 'TaxTotalAmount'), currency);
  inv.totalAmount = firstWritten(child(sums, 'GrandTotalAmount'), child(sums, 'DuePayableAmount'));
  if (inv.taxAmount === null) {
    // ZUGFeRD 1.0 BASIC may omit the header tax total; the per-rate breakdown still adds up to it.
    const taxes = asArray(child(settlement, 'ApplicableTradeTax')).map((t) => num(child(t, 'CalculatedAmount')));
    if (taxes.length && taxes.every((t) => t !== null)) inv.taxAmount = round2(taxes.reduce((a, b) => a! + b!, 0)!);
  }

  // Factur-X EXTENDED sub-invoice lines (with a ParentLineID) detail a parent line that carries their sum.
  inv.items = asArray(child(tx, 'IncludedSupplyChainTradeLineItem'))
    .filter((l) => !text(child(l, 'AssociatedDocumentLineDocument', 'ParentLineID')))
    .map(lineItem);
  // Header-level allowances/charges only matter for items when there are items to balance.
  if (inv.items.length) {
    for (const ac of asArray(child(settlement, 'SpecifiedTradeAllowanceCharge'))) {
      const item = allowanceCharge(ac);
      if (item) inv.items.push(item);
    }
  }
  const notes = asArray(child(doc, 'IncludedNote'))
    .filter((n) => !['REG', 'ABL'].includes(text(child(n, 'SubjectCode')) ?? ''))
    .map((n) => text(child(n, 'Content'))?.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n'))
    .filter(Boolean);
  inv.remarks = notes.length ? notes.join('\n') : null;
  markSources(inv, 'xml');
  if (currency) inv.fieldSources!.currency = 'xml';
  inv.fieldSources!.documentType = 'xml';
  return inv;
}
