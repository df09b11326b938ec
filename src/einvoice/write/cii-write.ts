/** EN 16931 terms → UN/CEFACT CII D16B (Factur-X / ZUGFeRD EN 16931 profile, XRechnung CII). */
import type { WriteParty, WriteTerms } from './terms.js';
import { amount, decimal, el } from './xml.js';

const date = (iso: string | null) => (iso ? el('udt:DateTimeString', iso.replace(/-/g, ''), { format: '102' }) : null);

function party(name: string, p: WriteParty, withContact: boolean): string {
  return el(name, [
    // Without a VAT id the tax number is also the seller's identifier (BT-29), which BR-CO-26 asks for.
    !p.vatId && p.taxRegId ? el('ram:ID', p.taxRegId) : null,
    el('ram:Name', p.name),
    withContact ? el('ram:DefinedTradeContact', [el('ram:PersonName', p.contactName), p.phone ? el('ram:TelephoneUniversalCommunication', [el('ram:CompleteNumber', p.phone)]) : null, p.email ? el('ram:EmailURIUniversalCommunication', [el('ram:URIID', p.email)]) : null]) : null,
    el('ram:PostalTradeAddress', [el('ram:PostcodeCode', p.postcode), el('ram:LineOne', p.street), el('ram:CityName', p.city), el('ram:CountryID', p.country)]),
    p.electronicAddress ? el('ram:URIUniversalCommunication', [el('ram:URIID', p.electronicAddress, { schemeID: p.electronicAddress.includes('@') ? 'EM' : '9930' })]) : null,
    p.vatId ? el('ram:SpecifiedTaxRegistration', [el('ram:ID', p.vatId, { schemeID: 'VA' })]) : null,
    p.taxRegId ? el('ram:SpecifiedTaxRegistration', [el('ram:ID', p.taxRegId, { schemeID: 'FC' })]) : null,
  ]);
}

export function writeCii(t: WriteTerms): string {
  const tax = (category: string, rate: number) => [el('ram:TypeCode', 'VAT'), el('ram:CategoryCode', category), el('ram:RateApplicablePercent', decimal(rate))];
  const body = [
    el('rsm:ExchangedDocumentContext', [
      t.profile ? el('ram:BusinessProcessSpecifiedDocumentContextParameter', [el('ram:ID', t.profile)]) : null,
      el('ram:GuidelineSpecifiedDocumentContextParameter', [el('ram:ID', t.customization)]),
    ]),
    el('rsm:ExchangedDocument', [el('ram:ID', t.number), el('ram:TypeCode', t.typeCode), el('ram:IssueDateTime', [date(t.issueDate)]), t.note ? el('ram:IncludedNote', [el('ram:Content', t.note)]) : null]),
    el('rsm:SupplyChainTradeTransaction', [
      ...t.lines.map((l) =>
        el('ram:IncludedSupplyChainTradeLineItem', [
          el('ram:AssociatedDocumentLineDocument', [el('ram:LineID', l.id)]),
          el('ram:SpecifiedTradeProduct', [el('ram:Name', l.name)]),
          el('ram:SpecifiedLineTradeAgreement', [el('ram:NetPriceProductTradePrice', [el('ram:ChargeAmount', decimal(l.price))])]),
          el('ram:SpecifiedLineTradeDelivery', [el('ram:BilledQuantity', decimal(l.quantity), { unitCode: l.unit })]),
          el('ram:SpecifiedLineTradeSettlement', [el('ram:ApplicableTradeTax', tax(l.category, l.rate)), el('ram:SpecifiedTradeSettlementLineMonetarySummation', [el('ram:LineTotalAmount', amount(l.net))])]),
        ]),
      ),
      el('ram:ApplicableHeaderTradeAgreement', [
        el('ram:BuyerReference', t.buyerReference),
        party('ram:SellerTradeParty', t.seller, true),
        party('ram:BuyerTradeParty', t.buyer, false),
        t.orderReference ? el('ram:BuyerOrderReferencedDocument', [el('ram:IssuerAssignedID', t.orderReference)]) : null,
      ]) || '<ram:ApplicableHeaderTradeAgreement/>',
      '<ram:ApplicableHeaderTradeDelivery/>',
      el('ram:ApplicableHeaderTradeSettlement', [
        el('ram:InvoiceCurrencyCode', t.currency),
        t.payment
          ? el('ram:SpecifiedTradeSettlementPaymentMeans', [
              el('ram:TypeCode', t.payment.code),
              t.payment.iban ? el('ram:PayeePartyCreditorFinancialAccount', [el('ram:IBANID', t.payment.iban)]) : null,
              t.payment.bic ? el('ram:PayeeSpecifiedCreditorFinancialInstitution', [el('ram:BICID', t.payment.bic)]) : null,
            ])
          : null,
        ...t.vat.map((v) =>
          el('ram:ApplicableTradeTax', [el('ram:CalculatedAmount', amount(v.tax)), el('ram:TypeCode', 'VAT'), el('ram:ExemptionReason', v.exemptionReason), el('ram:BasisAmount', amount(v.taxable)), el('ram:CategoryCode', v.category), el('ram:RateApplicablePercent', decimal(v.rate))]),
        ),
        ...t.allowancesCharges.map((a) =>
          el('ram:SpecifiedTradeAllowanceCharge', [el('ram:ChargeIndicator', [el('udt:Indicator', String(a.charge))]), el('ram:ActualAmount', amount(a.amount)), el('ram:Reason', a.reason), el('ram:CategoryTradeTax', tax(a.category, a.rate))]),
        ),
        t.dueDate || t.paymentTerms ? el('ram:SpecifiedTradePaymentTerms', [el('ram:Description', t.paymentTerms), t.dueDate ? el('ram:DueDateDateTime', [date(t.dueDate)]) : null]) : null,
        el('ram:SpecifiedTradeSettlementHeaderMonetarySummation', [
          el('ram:LineTotalAmount', amount(t.lineTotal)),
          t.chargeTotal ? el('ram:ChargeTotalAmount', amount(t.chargeTotal)) : null,
          t.allowanceTotal ? el('ram:AllowanceTotalAmount', amount(t.allowanceTotal)) : null,
          el('ram:TaxBasisTotalAmount', amount(t.taxExclusive)),
          el('ram:TaxTotalAmount', amount(t.taxTotal), { currencyID: t.currency }),
          el('ram:GrandTotalAmount', amount(t.taxInclusive)),
          t.prepaid ? el('ram:TotalPrepaidAmount', amount(t.prepaid)) : null,
          el('ram:DuePayableAmount', amount(t.payable)),
        ]),
      ]),
    ]),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:qdt="urn:un:unece:uncefact:data:standard:QualifiedDataType:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">${body.filter(Boolean).join('')}</rsm:CrossIndustryInvoice>\n`;
}
