/** UBL 2.1 Invoice / CreditNote → the EN 16931 semantic invoice (the UBL syntax binding, CEN/TS 16931-3-2). */
import type { AllowanceCharge, Address, DocumentReference, Line, PaymentMeans, SchemedId, SemInvoice, SemParty, VatBreakdown } from './semantic.js';
import { num, val, XNode } from './xml-node.js';

function address(n: XNode | null): Address | null {
  if (!n) return null;
  return { xpath: n.xpath, line1: val(n.get('cbc:StreetName')), city: val(n.get('cbc:CityName')), postcode: val(n.get('cbc:PostalZone')), country: val(n.at('cac:Country', 'cbc:IdentificationCode')) };
}

function party(p: XNode | null): SemParty | null {
  if (!p) return null;
  const schemes = p.all('cac:PartyTaxScheme');
  const vat = schemes.find((s) => s.at('cac:TaxScheme', 'cbc:ID')?.text()?.toUpperCase() === 'VAT');
  const other = schemes.find((s) => s !== vat);
  const legal = p.get('cac:PartyLegalEntity');
  const contact = p.get('cac:Contact');
  const endpoint = p.get('cbc:EndpointID');
  return {
    xpath: p.xpath,
    name: val(legal?.get('cbc:RegistrationName') ?? null) ?? val(p.at('cac:PartyName', 'cbc:Name')),
    tradingName: val(p.at('cac:PartyName', 'cbc:Name')),
    ids: p.all('cac:PartyIdentification').map((i) => val(i.get('cbc:ID'))).filter((v) => v !== null),
    legalId: val(legal?.get('cbc:CompanyID') ?? null),
    vatId: val(vat?.get('cbc:CompanyID') ?? null),
    taxRegId: val(other?.get('cbc:CompanyID') ?? null),
    electronicAddress: val(endpoint),
    electronicAddressScheme: endpoint?.attr('schemeID') ?? null,
    address: address(p.get('cac:PostalAddress')),
    contact: contact ? { xpath: contact.xpath, name: val(contact.get('cbc:Name')), phone: val(contact.get('cbc:Telephone')), email: val(contact.get('cbc:ElectronicMail')) } : null,
  };
}

function allowanceCharge(n: XNode): AllowanceCharge {
  return {
    xpath: n.xpath,
    charge: n.get('cbc:ChargeIndicator')?.text() === 'true',
    amount: num(n.get('cbc:Amount')),
    base: num(n.get('cbc:BaseAmount')),
    percent: num(n.get('cbc:MultiplierFactorNumeric')),
    category: val(n.at('cac:TaxCategory', 'cbc:ID')),
    rate: num(n.at('cac:TaxCategory', 'cbc:Percent')),
    reason: val(n.get('cbc:AllowanceChargeReason')),
    reasonCode: val(n.get('cbc:AllowanceChargeReasonCode')),
    indicator: val(n.get('cbc:ChargeIndicator')),
  };
}

function schemed(n: XNode, attr: string): SchemedId {
  return { xpath: n.xpath, scheme: n.attr(attr) };
}

function documentReference(n: XNode): DocumentReference {
  return {
    xpath: n.xpath,
    id: val(n.get('cbc:ID')),
    typeCode: n.get('cbc:DocumentTypeCode')?.text() ?? null,
    supporting: true,
    filename: n.at('cac:Attachment', 'cbc:EmbeddedDocumentBinaryObject')?.attr('filename') ?? null,
  };
}

function line(n: XNode, credit: boolean): Line {
  const qty = n.get(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity');
  const item = n.get('cac:Item');
  const price = n.get('cac:Price');
  const acs = n.all('cac:AllowanceCharge').map(allowanceCharge);
  const priceAc = price?.get('cac:AllowanceCharge') ?? null;
  const baseQty = price?.get('cbc:BaseQuantity') ?? null;
  return {
    xpath: n.xpath,
    id: val(n.get('cbc:ID')),
    quantity: num(qty),
    unit: qty?.attr('unitCode') ?? null,
    netAmount: num(n.get('cbc:LineExtensionAmount')),
    periodStart: val(n.at('cac:InvoicePeriod', 'cbc:StartDate')),
    periodEnd: val(n.at('cac:InvoicePeriod', 'cbc:EndDate')),
    periodXpath: n.get('cac:InvoicePeriod')?.xpath ?? null,
    allowances: acs.filter((a) => !a.charge),
    charges: acs.filter((a) => a.charge),
    price: num(price?.get('cbc:PriceAmount') ?? null),
    priceDiscount: num(priceAc?.get('cbc:Amount') ?? null),
    grossPrice: num(priceAc?.get('cbc:BaseAmount') ?? null),
    baseQuantity: num(baseQty),
    baseQuantityUnit: baseQty?.attr('unitCode') ?? null,
    category: val(item?.at('cac:ClassifiedTaxCategory', 'cbc:ID') ?? null),
    rate: num(item?.at('cac:ClassifiedTaxCategory', 'cbc:Percent') ?? null),
    name: val(item?.get('cbc:Name') ?? null),
    attributes: (item?.all('cac:AdditionalItemProperty') ?? []).map((a) => ({ xpath: a.xpath, name: val(a.get('cbc:Name')), value: val(a.get('cbc:Value')) })),
    standardIds: (item?.all('cac:StandardItemIdentification') ?? []).flatMap((i) => i.all('cbc:ID')).map((i) => schemed(i, 'schemeID')),
    classifications: (item?.all('cac:CommodityClassification') ?? []).flatMap((c) => c.all('cbc:ItemClassificationCode')).map((c) => schemed(c, 'listID')),
    documentReferences: n.all('cac:DocumentReference').map((d) => ({ xpath: d.xpath, typeCode: d.get('cbc:DocumentTypeCode')?.text() ?? null })),
    priceChargeIndicator: val(priceAc?.get('cbc:ChargeIndicator') ?? null),
  };
}

function paymentMeans(n: XNode): PaymentMeans {
  return {
    xpath: n.xpath,
    code: val(n.get('cbc:PaymentMeansCode')),
    account: val(n.at('cac:PayeeFinancialAccount', 'cbc:ID')),
    creditTransferXpath: n.get('cac:PayeeFinancialAccount')?.xpath ?? null,
    bic: val(n.at('cac:PayeeFinancialAccount', 'cac:FinancialInstitutionBranch', 'cbc:ID')),
    cardPan: val(n.at('cac:CardAccount', 'cbc:PrimaryAccountNumberID')),
    mandate: val(n.at('cac:PaymentMandate', 'cbc:ID')),
    debitedAccount: val(n.at('cac:PaymentMandate', 'cac:PayerFinancialAccount', 'cbc:ID')),
    cardXpath: n.get('cac:CardAccount')?.xpath ?? null,
    directDebitWritten: n.get('cac:PaymentMandate') !== null,
  };
}

function vat(n: XNode): VatBreakdown {
  const cat = n.get('cac:TaxCategory');
  return {
    xpath: n.xpath,
    taxable: num(n.get('cbc:TaxableAmount')),
    tax: num(n.get('cbc:TaxAmount')),
    category: val(cat?.get('cbc:ID') ?? null),
    rate: num(cat?.get('cbc:Percent') ?? null),
    exemptionReason: val(cat?.get('cbc:TaxExemptionReason') ?? null),
    exemptionCode: val(cat?.get('cbc:TaxExemptionReasonCode') ?? null),
  };
}

export function ublSemantic(tree: Record<string, unknown>): SemInvoice {
  const credit = tree.CreditNote !== undefined;
  const rootName = credit ? 'CreditNote' : 'Invoice';
  const r = new XNode(tree[rootName], `/${credit ? 'cn' : 'ubl'}:${rootName}`);
  const sums = r.get('cac:LegalMonetaryTotal');
  const acs = r.all('cac:AllowanceCharge').map(allowanceCharge);
  const taxTotals = r.all('cac:TaxTotal');
  const currency = val(r.get('cbc:DocumentCurrencyCode'));
  const inCurrency = taxTotals.find((t) => t.get('cbc:TaxAmount')?.attr('currencyID') === currency?.text) ?? taxTotals[0];
  const taxCurrency = val(r.get('cbc:TaxCurrencyCode'));
  const inTaxCurrency = taxCurrency ? (taxTotals.find((t) => t !== inCurrency && t.get('cbc:TaxAmount')?.attr('currencyID') === taxCurrency.text) ?? taxTotals.find((t) => t.get('cbc:TaxAmount')?.attr('currencyID') === taxCurrency.text)) : undefined;
  const means = r.all('cac:PaymentMeans');
  return {
    syntax: 'ubl',
    rootXpath: r.xpath,
    root: r,
    creditNoteRoot: credit,
    customization: val(r.get('cbc:CustomizationID')),
    profile: val(r.get('cbc:ProfileID')),
    number: val(r.get('cbc:ID')),
    issueDate: val(r.get('cbc:IssueDate')),
    typeCode: val(r.get(credit ? 'cbc:CreditNoteTypeCode' : 'cbc:InvoiceTypeCode')),
    currency,
    taxCurrency,
    taxPointDate: val(r.get('cbc:TaxPointDate')),
    taxPointCode: val(r.at('cac:InvoicePeriod', 'cbc:DescriptionCode')),
    dueDate: val(r.get('cbc:DueDate')) ?? means.map((m) => val(m.get('cbc:PaymentDueDate'))).find((v) => v) ?? null,
    buyerReference: val(r.get('cbc:BuyerReference')),
    projectReference: val(r.at('cac:ProjectReference', 'cbc:ID')),
    contractReference: val(r.at('cac:ContractDocumentReference', 'cbc:ID')),
    orderReference: val(r.at('cac:OrderReference', 'cbc:ID')),
    precedingInvoices: r.all('cac:BillingReference').map((b) => ({ xpath: b.xpath, number: val(b.at('cac:InvoiceDocumentReference', 'cbc:ID')) })),
    notes: r.all('cbc:Note').map(val).filter((v) => v !== null),
    paymentTerms: val(r.at('cac:PaymentTerms', 'cbc:Note')),
    dueDateOrTermsWritten: credit ? null : r.get('cbc:DueDate') !== null || r.all('cac:PaymentTerms').some((t) => t.get('cbc:Note') !== null),
    thirdPartyPayments: r.all('cac:PrepaidPayment').map((p) => num(p.get('cbc:PaidAmount'))).filter((n) => n !== null),
    periodStart: val(r.at('cac:InvoicePeriod', 'cbc:StartDate')),
    periodEnd: val(r.at('cac:InvoicePeriod', 'cbc:EndDate')),
    // The group holds BT-73 / BT-74; a DescriptionCode alone is the tax point date code (BT-8).
    periodXpath: r.get('cac:InvoicePeriod')?.xpath ?? null,
    seller: party(r.at('cac:AccountingSupplierParty', 'cac:Party')),
    buyer: party(r.at('cac:AccountingCustomerParty', 'cac:Party')),
    payee: party(r.get('cac:PayeeParty')),
    taxRepresentative: party(r.get('cac:TaxRepresentativeParty')),
    deliverTo: address(r.at('cac:Delivery', 'cac:DeliveryLocation', 'cac:Address')),
    deliveryDate: val(r.at('cac:Delivery', 'cbc:ActualDeliveryDate')),
    paymentMeans: means.map(paymentMeans),
    creditorId: [r.at('cac:AccountingSupplierParty', 'cac:Party'), r.get('cac:PayeeParty')]
      .flatMap((p) => p?.all('cac:PartyIdentification') ?? [])
      .map((i) => i.get('cbc:ID'))
      .filter((id) => id?.attr('schemeID') === 'SEPA')
      .map(val)
      .find((v) => v) ?? null,
    allowances: acs.filter((a) => !a.charge),
    charges: acs.filter((a) => a.charge),
    documents: r.all('cac:AdditionalDocumentReference').map(documentReference),
    totals: {
      xpath: sums?.xpath ?? `${r.xpath}/cac:LegalMonetaryTotal`,
      lineTotal: num(sums?.get('cbc:LineExtensionAmount') ?? null),
      allowanceTotal: num(sums?.get('cbc:AllowanceTotalAmount') ?? null),
      chargeTotal: num(sums?.get('cbc:ChargeTotalAmount') ?? null),
      taxExclusive: num(sums?.get('cbc:TaxExclusiveAmount') ?? null),
      taxTotal: num(inCurrency?.get('cbc:TaxAmount') ?? null),
      taxTotalTaxCurrency: num(inTaxCurrency?.get('cbc:TaxAmount') ?? null),
      taxInclusive: num(sums?.get('cbc:TaxInclusiveAmount') ?? null),
      prepaid: num(sums?.get('cbc:PrepaidAmount') ?? null),
      rounding: num(sums?.get('cbc:PayableRoundingAmount') ?? null),
      payable: num(sums?.get('cbc:PayableAmount') ?? null),
    },
    taxTotals: taxTotals.flatMap((t) => {
      const a = num(t.get('cbc:TaxAmount'));
      return a ? [{ amount: a, currency: t.get('cbc:TaxAmount')!.attr('currencyID'), withSubtotals: t.all('cac:TaxSubtotal').length > 0 }] : [];
    }),
    vat: (inCurrency?.all('cac:TaxSubtotal') ?? []).map(vat),
    lines: r.all(credit ? 'cac:CreditNoteLine' : 'cac:InvoiceLine').map((l) => line(l, credit)),
  };
}
