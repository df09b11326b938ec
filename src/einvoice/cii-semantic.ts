/** UN/CEFACT CII D16B → the EN 16931 semantic invoice (the CII syntax binding, CEN/TS 16931-3-3). */
import type { AllowanceCharge, Address, DocumentReference, Line, PaymentMeans, SchemedId, SemInvoice, SemParty, VatBreakdown } from './semantic.js';
import { num, val, XNode, type Val } from './xml-node.js';

/** A CII date (udt:DateTimeString, format 102) as YYYY-MM-DD, keeping where it was read. */
function date(n: XNode | null): Val | null {
  const dts = n?.get('udt:DateTimeString') ?? n?.get('qdt:DateTimeString') ?? null;
  const v = val(dts);
  if (!v) return null;
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(v.text);
  return { xpath: v.xpath, text: m ? `${m[1]}-${m[2]}-${m[3]}` : v.text };
}

function address(n: XNode | null): Address | null {
  if (!n) return null;
  return { xpath: n.xpath, line1: val(n.get('ram:LineOne')), city: val(n.get('ram:CityName')), postcode: val(n.get('ram:PostcodeCode')), country: val(n.get('ram:CountryID')) };
}

function party(p: XNode | null): SemParty | null {
  if (!p) return null;
  const regs = p.all('ram:SpecifiedTaxRegistration').map((r) => r.get('ram:ID')).filter((x): x is XNode => x !== null);
  const contact = p.get('ram:DefinedTradeContact');
  const uri = p.at('ram:URIUniversalCommunication', 'ram:URIID');
  return {
    xpath: p.xpath,
    name: val(p.get('ram:Name')),
    tradingName: val(p.at('ram:SpecifiedLegalOrganization', 'ram:TradingBusinessName')),
    ids: [...p.all('ram:ID'), ...p.all('ram:GlobalID')].map(val).filter((v) => v !== null),
    legalId: val(p.at('ram:SpecifiedLegalOrganization', 'ram:ID')),
    vatId: val(regs.find((r) => r.attr('schemeID') === 'VA') ?? null),
    taxRegId: val(regs.find((r) => r.attr('schemeID') === 'FC') ?? null),
    electronicAddress: val(uri),
    electronicAddressScheme: uri?.attr('schemeID') ?? null,
    address: address(p.get('ram:PostalTradeAddress')),
    contact: contact
      ? { xpath: contact.xpath, name: val(contact.get('ram:PersonName')) ?? val(contact.get('ram:DepartmentName')), phone: val(contact.at('ram:TelephoneUniversalCommunication', 'ram:CompleteNumber')), email: val(contact.at('ram:EmailURIUniversalCommunication', 'ram:URIID')) }
      : null,
  };
}

function allowanceCharge(n: XNode): AllowanceCharge {
  const tax = n.get('ram:CategoryTradeTax');
  return {
    xpath: n.xpath,
    charge: n.at('ram:ChargeIndicator', 'udt:Indicator')?.text() === 'true',
    amount: num(n.get('ram:ActualAmount')),
    base: num(n.get('ram:BasisAmount')),
    percent: num(n.get('ram:CalculationPercent')),
    category: val(tax?.get('ram:CategoryCode') ?? null),
    rate: num(tax?.get('ram:RateApplicablePercent') ?? null),
    reason: val(n.get('ram:Reason')),
    reasonCode: val(n.get('ram:ReasonCode')),
    indicator: val(n.at('ram:ChargeIndicator', 'udt:Indicator')),
  };
}

function schemed(n: XNode, attr: string): SchemedId {
  return { xpath: n.xpath, scheme: n.attr(attr) };
}

/** ram:AdditionalReferencedDocument: type code 916 is a supporting document (BG-24), 130 the invoiced object, 50 the tender. */
function documentReference(n: XNode): DocumentReference {
  const typeCode = n.get('ram:TypeCode')?.text() ?? null;
  return {
    xpath: n.xpath,
    id: val(n.get('ram:IssuerAssignedID')),
    typeCode,
    supporting: typeCode === '916',
    filename: n.get('ram:AttachmentBinaryObject')?.attr('filename') ?? null,
  };
}

function line(n: XNode): Line {
  const agreement = n.get('ram:SpecifiedLineTradeAgreement');
  const settlement = n.get('ram:SpecifiedLineTradeSettlement');
  const qty = n.at('ram:SpecifiedLineTradeDelivery', 'ram:BilledQuantity');
  const net = agreement?.get('ram:NetPriceProductTradePrice') ?? null;
  const gross = agreement?.get('ram:GrossPriceProductTradePrice') ?? null;
  const baseQty = net?.get('ram:BasisQuantity') ?? null;
  const acs = (settlement?.all('ram:SpecifiedTradeAllowanceCharge') ?? []).map(allowanceCharge);
  const tax = settlement?.get('ram:ApplicableTradeTax') ?? null;
  const product = n.get('ram:SpecifiedTradeProduct');
  return {
    xpath: n.xpath,
    id: val(n.at('ram:AssociatedDocumentLineDocument', 'ram:LineID')),
    quantity: num(qty),
    unit: qty?.attr('unitCode') ?? null,
    netAmount: num(settlement?.at('ram:SpecifiedTradeSettlementLineMonetarySummation', 'ram:LineTotalAmount') ?? null),
    periodStart: date(settlement?.at('ram:BillingSpecifiedPeriod', 'ram:StartDateTime') ?? null),
    periodEnd: date(settlement?.at('ram:BillingSpecifiedPeriod', 'ram:EndDateTime') ?? null),
    periodXpath: settlement?.get('ram:BillingSpecifiedPeriod')?.xpath ?? null,
    allowances: acs.filter((a) => !a.charge),
    charges: acs.filter((a) => a.charge),
    price: num(net?.get('ram:ChargeAmount') ?? null),
    priceDiscount: num(gross?.at('ram:AppliedTradeAllowanceCharge', 'ram:ActualAmount') ?? null),
    grossPrice: num(gross?.get('ram:ChargeAmount') ?? null),
    baseQuantity: num(baseQty),
    baseQuantityUnit: baseQty?.attr('unitCode') ?? null,
    category: val(tax?.get('ram:CategoryCode') ?? null),
    rate: num(tax?.get('ram:RateApplicablePercent') ?? null),
    name: val(product?.get('ram:Name') ?? null),
    attributes: (product?.all('ram:ApplicableProductCharacteristic') ?? []).map((a) => ({ xpath: a.xpath, name: val(a.get('ram:Description')), value: val(a.get('ram:Value')) })),
    standardIds: (product?.all('ram:GlobalID') ?? []).map((i) => schemed(i, 'schemeID')),
    classifications: (product?.all('ram:DesignatedProductClassification') ?? []).flatMap((c) => c.all('ram:ClassCode')).map((c) => schemed(c, 'listID')),
    documentReferences: [],
    priceChargeIndicator: val(gross?.at('ram:AppliedTradeAllowanceCharge', 'ram:ChargeIndicator', 'udt:Indicator') ?? null),
  };
}

function paymentMeans(n: XNode): PaymentMeans {
  const account = n.get('ram:PayeePartyCreditorFinancialAccount');
  return {
    xpath: n.xpath,
    code: val(n.get('ram:TypeCode')),
    account: val(account?.get('ram:IBANID') ?? null) ?? val(account?.get('ram:ProprietaryID') ?? null),
    creditTransferXpath: account?.xpath ?? null,
    bic: val(n.at('ram:PayeeSpecifiedCreditorFinancialInstitution', 'ram:BICID')),
    cardPan: val(n.at('ram:ApplicableTradeSettlementFinancialCard', 'ram:ID')),
    mandate: null,
    debitedAccount: val(n.at('ram:PayerPartyDebtorFinancialAccount', 'ram:IBANID')),
    cardXpath: n.get('ram:ApplicableTradeSettlementFinancialCard')?.xpath ?? null,
    directDebitWritten: n.at('ram:PayerPartyDebtorFinancialAccount', 'ram:IBANID') !== null,
  };
}

function vat(n: XNode): VatBreakdown {
  return {
    xpath: n.xpath,
    taxable: num(n.get('ram:BasisAmount')),
    tax: num(n.get('ram:CalculatedAmount')),
    category: val(n.get('ram:CategoryCode')),
    rate: num(n.get('ram:RateApplicablePercent')),
    exemptionReason: val(n.get('ram:ExemptionReason')),
    exemptionCode: val(n.get('ram:ExemptionReasonCode')),
  };
}

export function ciiSemantic(tree: Record<string, unknown>): SemInvoice {
  const r = new XNode(tree.CrossIndustryInvoice, '/rsm:CrossIndustryInvoice');
  const ctx = r.get('rsm:ExchangedDocumentContext');
  const doc = r.get('rsm:ExchangedDocument');
  const tx = r.get('rsm:SupplyChainTradeTransaction');
  const agreement = tx?.get('ram:ApplicableHeaderTradeAgreement') ?? null;
  const delivery = tx?.get('ram:ApplicableHeaderTradeDelivery') ?? null;
  const settlement = tx?.get('ram:ApplicableHeaderTradeSettlement') ?? null;
  const sums = settlement?.get('ram:SpecifiedTradeSettlementHeaderMonetarySummation') ?? null;
  const currency = val(settlement?.get('ram:InvoiceCurrencyCode') ?? null);
  const taxCurrency = val(settlement?.get('ram:TaxCurrencyCode') ?? null);
  const taxTotals = sums?.all('ram:TaxTotalAmount') ?? [];
  const inCurrency = taxTotals.find((t) => t.attr('currencyID') === currency?.text) ?? taxTotals.find((t) => !t.attr('currencyID')) ?? (taxCurrency ? undefined : taxTotals[0]);
  const inTaxCurrency = taxCurrency ? (taxTotals.find((t) => t !== inCurrency && t.attr('currencyID') === taxCurrency.text) ?? taxTotals.find((t) => t.attr('currencyID') === taxCurrency.text)) : undefined;
  const acs = (settlement?.all('ram:SpecifiedTradeAllowanceCharge') ?? []).map(allowanceCharge);
  const breakdown = settlement?.all('ram:ApplicableTradeTax') ?? [];
  const terms = settlement?.all('ram:SpecifiedTradePaymentTerms') ?? [];
  const at = (n: XNode | null, ...p: string[]) => n?.at(...p) ?? null;
  return {
    syntax: 'cii',
    rootXpath: r.xpath,
    root: r,
    creditNoteRoot: false,
    customization: val(at(ctx, 'ram:GuidelineSpecifiedDocumentContextParameter', 'ram:ID')),
    profile: val(at(ctx, 'ram:BusinessProcessSpecifiedDocumentContextParameter', 'ram:ID')),
    number: val(at(doc, 'ram:ID')),
    issueDate: date(at(doc, 'ram:IssueDateTime')),
    typeCode: val(at(doc, 'ram:TypeCode')),
    currency,
    taxCurrency,
    taxPointDate: breakdown.map((b) => date(b.get('ram:TaxPointDate'))).find((v) => v) ?? null,
    taxPointCode: breakdown.map((b) => val(b.get('ram:DueDateTypeCode'))).find((v) => v) ?? null,
    dueDate: terms.map((t) => date(t.get('ram:DueDateDateTime'))).find((v) => v) ?? null,
    buyerReference: val(at(agreement, 'ram:BuyerReference')),
    projectReference: val(at(agreement, 'ram:SpecifiedProcuringProject', 'ram:ID')),
    contractReference: val(at(agreement, 'ram:ContractReferencedDocument', 'ram:IssuerAssignedID')),
    orderReference: val(at(agreement, 'ram:BuyerOrderReferencedDocument', 'ram:IssuerAssignedID')),
    precedingInvoices: (settlement?.all('ram:InvoiceReferencedDocument') ?? []).map((d) => ({ xpath: d.xpath, number: val(d.get('ram:IssuerAssignedID')) })),
    notes: (doc?.all('ram:IncludedNote') ?? []).map((n) => val(n.get('ram:Content'))).filter((v) => v !== null),
    paymentTerms: terms.map((t) => val(t.get('ram:Description'))).find((v) => v) ?? null,
    dueDateOrTermsWritten: terms.some((t) => t.get('ram:DueDateDateTime') !== null || t.get('ram:Description') !== null),
    thirdPartyPayments: [],
    periodStart: date(at(settlement, 'ram:BillingSpecifiedPeriod', 'ram:StartDateTime')),
    periodEnd: date(at(settlement, 'ram:BillingSpecifiedPeriod', 'ram:EndDateTime')),
    periodXpath: at(settlement, 'ram:BillingSpecifiedPeriod')?.xpath ?? null,
    seller: party(at(agreement, 'ram:SellerTradeParty')),
    buyer: party(at(agreement, 'ram:BuyerTradeParty')),
    payee: party(at(settlement, 'ram:PayeeTradeParty')),
    taxRepresentative: party(at(agreement, 'ram:SellerTaxRepresentativeTradeParty')),
    deliverTo: address(at(delivery, 'ram:ShipToTradeParty', 'ram:PostalTradeAddress')),
    deliveryDate: date(at(delivery, 'ram:ActualDeliverySupplyChainEvent', 'ram:OccurrenceDateTime')),
    paymentMeans: (settlement?.all('ram:SpecifiedTradeSettlementPaymentMeans') ?? []).map((m) => {
      const means = paymentMeans(m);
      // The mandate (BT-89) and the creditor reference (BT-90) are document level in CII.
      const mandate = terms.map((t) => val(t.get('ram:DirectDebitMandateID'))).find((v) => v) ?? null;
      const documentLevel = terms.some((t) => t.get('ram:DirectDebitMandateID') !== null) || settlement?.get('ram:CreditorReferenceID') != null;
      return { ...means, mandate, directDebitWritten: means.directDebitWritten || documentLevel };
    }),
    creditorId: val(at(settlement, 'ram:CreditorReferenceID')),
    allowances: acs.filter((a) => !a.charge),
    charges: acs.filter((a) => a.charge),
    documents: (agreement?.all('ram:AdditionalReferencedDocument') ?? []).map(documentReference),
    totals: {
      xpath: sums?.xpath ?? `${r.xpath}/rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeSettlement/ram:SpecifiedTradeSettlementHeaderMonetarySummation`,
      lineTotal: num(at(sums, 'ram:LineTotalAmount')),
      allowanceTotal: num(at(sums, 'ram:AllowanceTotalAmount')),
      chargeTotal: num(at(sums, 'ram:ChargeTotalAmount')),
      taxExclusive: num(at(sums, 'ram:TaxBasisTotalAmount')),
      taxTotal: num(inCurrency ?? null),
      taxTotalTaxCurrency: num(inTaxCurrency ?? null),
      taxInclusive: num(at(sums, 'ram:GrandTotalAmount')),
      prepaid: num(at(sums, 'ram:TotalPrepaidAmount')),
      rounding: num(at(sums, 'ram:RoundingAmount')),
      payable: num(at(sums, 'ram:DuePayableAmount')),
    },
    taxTotals: taxTotals.flatMap((t) => {
      const a = num(t);
      return a ? [{ amount: a, currency: t.attr('currencyID'), withSubtotals: false }] : [];
    }),
    vat: breakdown.map(vat),
    // Factur-X EXTENDED sub-invoice lines (with a ParentLineID) detail their parent line, which alone
    // counts towards the totals; EN 16931 knows only the top level.
    lines: (tx?.all('ram:IncludedSupplyChainTradeLineItem') ?? []).filter((l) => !l.at('ram:AssociatedDocumentLineDocument', 'ram:ParentLineID')).map(line),
  };
}
