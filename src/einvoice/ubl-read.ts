/**
 * UBL 2.1 Invoice and CreditNote (Peppol BIS Billing 3.0, XRechnung UBL, plain EN 16931 UBL) → Invoice.
 * The same choices as the CII reader (src/invoice/cii.ts): totalAmount is the gross BT-112, amount the
 * net BT-109; a credit note keeps the positive amounts UBL states; document-level allowances and
 * charges become line items with negative / positive amounts, so Σ items = net amount holds.
 */
import { InvoicectlError } from '../core/errors.js';
import { CREDIT_NOTE_CODES } from '../invoice/cii.js';
import { emptyInvoice, emptyLineItem, markSources, type Invoice, type LineItem, type Party } from '../invoice/model.js';
import { asArray, attr, child, parseXml, strictDecimal, text, type XmlNode } from '../invoice/xml.js';

/** Amounts read under xs:decimal; what is written in another form becomes null and is remembered. */
class Decimals {
  readonly invalid: string[] = [];
  num(node: unknown): number | null {
    const d = strictDecimal(node);
    if (d.invalid !== undefined && this.invalid.length < 20) this.invalid.push(d.invalid);
    return d.value;
  }
  /** The amount in the document currency when an element repeats per currency (TaxTotal in EUR and SEK). */
  inCurrency(nodes: unknown, currency: string | null): number | null {
    const all = asArray(nodes);
    const match = all.find((n) => attr(n, 'currencyID') === currency) ?? all[0];
    return this.num(match);
  }
}

function ublDate(node: unknown): string | null {
  const m = text(node)?.match(/^(\d{4})-(\d{2})-(\d{2})/);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

function party(node: unknown): Party {
  const p = child(node, 'Party');
  const address = child(p, 'PostalAddress');
  const addressParts = [
    text(child(address, 'StreetName')),
    text(child(address, 'AdditionalStreetName')),
    text(child(address, 'AddressLine', 'Line')),
    [text(child(address, 'PostalZone')), text(child(address, 'CityName'))].filter(Boolean).join(' ') || null,
    text(child(address, 'Country', 'IdentificationCode')),
  ].filter((s): s is string => !!s);
  // The VAT identifier (BT-31 / BT-48) is the PartyTaxScheme whose scheme is VAT; another is the tax number.
  const schemes = asArray(child(p, 'PartyTaxScheme'));
  const vat = schemes.find((s) => text(child(s, 'TaxScheme', 'ID'))?.toUpperCase() === 'VAT') ?? schemes[0];
  return {
    // BT-27 / BT-44 is the legal name (RegistrationName); PartyName is the trading name (BT-28 / BT-45).
    name: (text(child(p, 'PartyLegalEntity', 'RegistrationName')) ?? text(child(p, 'PartyName', 'Name')))?.replace(/\s+/g, ' ') ?? null,
    taxId: vat ? text(child(vat, 'CompanyID')) : null,
    address: addressParts.length ? addressParts.join(', ') : null,
    phone: text(child(p, 'Contact', 'Telephone')),
    bank: null,
    account: null,
  };
}

function lineItem(node: unknown, d: Decimals): LineItem {
  const itemNode = child(node, 'Item');
  const qty = child(node, 'InvoicedQuantity') ?? child(node, 'CreditedQuantity');
  const item = emptyLineItem(text(child(itemNode, 'Name'))?.replace(/\s+/g, ' ') ?? '');
  item.spec = text(child(itemNode, 'Description'));
  item.unit = attr(qty, 'unitCode');
  item.quantity = d.num(qty);
  item.unitPrice = d.num(child(node, 'Price', 'PriceAmount'));
  item.amount = d.num(child(node, 'LineExtensionAmount'));
  const rate = d.num(child(itemNode, 'ClassifiedTaxCategory', 'Percent'));
  item.taxRate = rate === null ? null : Math.round(rate * 100) / 10000;
  return item;
}

function allowanceCharge(node: unknown, d: Decimals): LineItem | null {
  const amount = d.num(child(node, 'Amount'));
  if (amount === null) return null;
  const isCharge = text(child(node, 'ChargeIndicator')) === 'true';
  const item = emptyLineItem(text(child(node, 'AllowanceChargeReason')) ?? (isCharge ? 'Charge' : 'Allowance'));
  item.amount = isCharge ? amount : -amount;
  const rate = d.num(child(node, 'TaxCategory', 'Percent'));
  item.taxRate = rate === null ? null : Math.round(rate * 100) / 10000;
  return item;
}

/** UBL Invoice / CreditNote XML → Invoice, and the amounts written in no decimal form (each became null). */
export function readUbl(xml: string | Uint8Array): { invoice: Invoice; invalidDecimals: string[] } {
  const tree = parseXml(xml);
  const isCredit = tree.CreditNote !== undefined;
  const root = (tree.Invoice ?? tree.CreditNote) as XmlNode | undefined;
  if (!root || typeof root !== 'object') throw new InvoicectlError('EXTRACTION_FAILED', 'not a UBL invoice (no Invoice or CreditNote root)');
  const d = new Decimals();

  const currency = text(child(root, 'DocumentCurrencyCode'));
  const inv = emptyInvoice(currency);
  inv.number = text(child(root, 'ID'));
  const typeCode = text(child(root, isCredit ? 'CreditNoteTypeCode' : 'InvoiceTypeCode'));
  inv.documentType = isCredit || CREDIT_NOTE_CODES.has(typeCode ?? '') ? 'credit_note' : 'invoice';
  inv.date = ublDate(child(root, 'IssueDate'));
  inv.dueDate = ublDate(child(root, 'DueDate')) ?? asArray(child(root, 'PaymentMeans')).map((m) => ublDate(child(m, 'PaymentDueDate'))).find(Boolean) ?? null;
  inv.seller = party(child(root, 'AccountingSupplierParty'));
  inv.buyer = party(child(root, 'AccountingCustomerParty'));
  const iban = asArray(child(root, 'PaymentMeans')).map((m) => text(child(m, 'PayeeFinancialAccount', 'ID'))).find(Boolean);
  if (iban) inv.seller.account = iban.replace(/\s+/g, '');

  const sums = child(root, 'LegalMonetaryTotal');
  const written = (...names: string[]) => {
    const n = names.map((k) => child(sums, k)).find((x) => text(x) !== null);
    return n === undefined ? null : d.num(n);
  };
  inv.amount = written('TaxExclusiveAmount', 'LineExtensionAmount');
  inv.totalAmount = written('TaxInclusiveAmount', 'PayableAmount');
  // TaxTotal repeats for the tax currency (BT-111); the one in the document currency is BT-110.
  const taxTotals = asArray(child(root, 'TaxTotal')).map((t) => child(t, 'TaxAmount'));
  inv.taxAmount = taxTotals.length ? d.inCurrency(taxTotals, currency) : null;

  inv.items = asArray(child(root, isCredit ? 'CreditNoteLine' : 'InvoiceLine')).map((l) => lineItem(l, d));
  if (inv.items.length) {
    for (const ac of asArray(child(root, 'AllowanceCharge'))) {
      const item = allowanceCharge(ac, d);
      if (item) inv.items.push(item);
    }
  }
  const notes = asArray(child(root, 'Note')).map((n) => text(n)?.replace(/[ \t]+/g, ' ').replace(/\s*\n\s*/g, '\n')).filter(Boolean);
  inv.remarks = notes.length ? notes.join('\n') : null;
  markSources(inv, 'xml');
  if (currency) inv.fieldSources!.currency = 'xml';
  inv.fieldSources!.documentType = 'xml';
  return { invoice: inv, invalidDecimals: d.invalid };
}
