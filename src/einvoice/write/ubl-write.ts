/** EN 16931 terms → UBL 2.1 Invoice / CreditNote (XRechnung UBL, Peppol-shaped EN 16931 UBL). */
import type { WriteParty, WriteTerms } from './terms.js';
import { amount, decimal, el } from './xml.js';

function party(p: WriteParty, withContact: boolean): string {
  return el('cac:Party', [
    p.electronicAddress ? el('cbc:EndpointID', p.electronicAddress, { schemeID: p.electronicAddress.includes('@') ? 'EM' : '9930' }) : null,
    !p.vatId && p.taxRegId ? el('cac:PartyIdentification', [el('cbc:ID', p.taxRegId)]) : null,
    el('cac:PostalAddress', [el('cbc:StreetName', p.street), el('cbc:CityName', p.city), el('cbc:PostalZone', p.postcode), el('cac:Country', [el('cbc:IdentificationCode', p.country)])]),
    p.vatId ? el('cac:PartyTaxScheme', [el('cbc:CompanyID', p.vatId), el('cac:TaxScheme', [el('cbc:ID', 'VAT')])]) : null,
    p.taxRegId ? el('cac:PartyTaxScheme', [el('cbc:CompanyID', p.taxRegId), el('cac:TaxScheme', [el('cbc:ID', 'FC')])]) : null,
    el('cac:PartyLegalEntity', [el('cbc:RegistrationName', p.name)]),
    withContact ? el('cac:Contact', [el('cbc:Name', p.contactName), el('cbc:Telephone', p.phone), el('cbc:ElectronicMail', p.email)]) : null,
  ]);
}

export function writeUbl(t: WriteTerms): string {
  const credit = ['381', '396', '81', '83', '261', '262', '296', '308', '420', '458', '532'].includes(t.typeCode);
  const root = credit ? 'CreditNote' : 'Invoice';
  const cur = { currencyID: t.currency };
  const taxCategory = (name: string, category: string, rate: number, reason: string | null = null) =>
    el(name, [el('cbc:ID', category), el('cbc:Percent', decimal(rate)), el('cbc:TaxExemptionReason', reason), el('cac:TaxScheme', [el('cbc:ID', 'VAT')])]);
  const body = [
    el('cbc:CustomizationID', t.customization),
    el('cbc:ProfileID', t.profile),
    el('cbc:ID', t.number),
    el('cbc:IssueDate', t.issueDate),
    credit ? null : el('cbc:DueDate', t.dueDate),
    el(`cbc:${root}TypeCode`, t.typeCode),
    el('cbc:Note', t.note),
    el('cbc:DocumentCurrencyCode', t.currency),
    el('cbc:BuyerReference', t.buyerReference),
    t.orderReference ? el('cac:OrderReference', [el('cbc:ID', t.orderReference)]) : null,
    el('cac:AccountingSupplierParty', [party(t.seller, true)]),
    el('cac:AccountingCustomerParty', [party(t.buyer, false)]),
    t.payment
      ? el('cac:PaymentMeans', [
          el('cbc:PaymentMeansCode', t.payment.code),
          credit ? el('cbc:PaymentDueDate', t.dueDate) : null,
          t.payment.iban ? el('cac:PayeeFinancialAccount', [el('cbc:ID', t.payment.iban), t.payment.bic ? el('cac:FinancialInstitutionBranch', [el('cbc:ID', t.payment.bic)]) : null]) : null,
        ])
      : null,
    t.paymentTerms ? el('cac:PaymentTerms', [el('cbc:Note', t.paymentTerms)]) : null,
    ...t.allowancesCharges.map((a) =>
      el('cac:AllowanceCharge', [el('cbc:ChargeIndicator', String(a.charge)), el('cbc:AllowanceChargeReason', a.reason), el('cbc:Amount', amount(a.amount), cur), taxCategory('cac:TaxCategory', a.category, a.rate)]),
    ),
    el('cac:TaxTotal', [
      el('cbc:TaxAmount', amount(t.taxTotal), cur),
      ...t.vat.map((v) => el('cac:TaxSubtotal', [el('cbc:TaxableAmount', amount(v.taxable), cur), el('cbc:TaxAmount', amount(v.tax), cur), taxCategory('cac:TaxCategory', v.category, v.rate, v.exemptionReason)])),
    ]),
    el('cac:LegalMonetaryTotal', [
      el('cbc:LineExtensionAmount', amount(t.lineTotal), cur),
      el('cbc:TaxExclusiveAmount', amount(t.taxExclusive), cur),
      el('cbc:TaxInclusiveAmount', amount(t.taxInclusive), cur),
      t.allowanceTotal ? el('cbc:AllowanceTotalAmount', amount(t.allowanceTotal), cur) : null,
      t.chargeTotal ? el('cbc:ChargeTotalAmount', amount(t.chargeTotal), cur) : null,
      t.prepaid ? el('cbc:PrepaidAmount', amount(t.prepaid), cur) : null,
      el('cbc:PayableAmount', amount(t.payable), cur),
    ]),
    ...t.lines.map((l) =>
      el(`cac:${root}Line`, [
        el('cbc:ID', l.id),
        el(credit ? 'cbc:CreditedQuantity' : 'cbc:InvoicedQuantity', decimal(l.quantity), { unitCode: l.unit }),
        el('cbc:LineExtensionAmount', amount(l.net), cur),
        el('cac:Item', [el('cbc:Name', l.name), taxCategory('cac:ClassifiedTaxCategory', l.category, l.rate)]),
        el('cac:Price', [el('cbc:PriceAmount', decimal(l.price), cur)]),
      ]),
    ),
  ];
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">${body.filter(Boolean).join('')}</${root}>\n`;
}
