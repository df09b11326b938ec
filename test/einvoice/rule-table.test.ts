/**
 * One row per rule: a valid generated invoice (UBL Peppol, CII EN 16931, or UBL XRechnung) does not
 * raise it, and the same invoice with one change does. The rules with a test of their own elsewhere
 * (validate.test.ts, rule-groups.test.ts) are not repeated here.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../src/einvoice/validate.js';
import { ciiXml, ublXml } from './samples.js';

type Edit = (xml: string) => string;
type Base = 'ubl' | 'cii' | 'xr';

/** Replaces the first `from` (which must be there) with `to`. */
const sub =
  (from: string, to: string): Edit =>
  (xml) => {
    expect(xml).toContain(from);
    return xml.replace(from, to);
  };
/** Inserts `what` before the first `marker`. */
const ins = (marker: string, what: string): Edit => sub(marker, what + marker);
/** Removes the first element written exactly as `element`. */
const del = (element: string): Edit => sub(element, '');
const both =
  (...edits: Edit[]): Edit =>
  (xml) =>
    edits.reduce((x, e) => e(x), xml);

/** The UBL sample as an XRechnung 3.0 invoice: seller contact, buyer post code. */
function xrechnung(): string {
  return both(
    sub('urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0', 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0'),
    ins('<cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH', '<cac:Contact><cbc:Name>Max Muster</cbc:Name><cbc:Telephone>+49 30 123456</cbc:Telephone><cbc:ElectronicMail>max@lieferant.de</cbc:ElectronicMail></cac:Contact>'),
    ins('<cac:Country><cbc:IdentificationCode>FR', '<cbc:PostalZone>75001</cbc:PostalZone>'),
  )(ublXml());
}

const BASES: Record<Base, () => string> = { ubl: () => ublXml(), cii: () => ciiXml(), xr: xrechnung };

const docAc = (charge: boolean, inner: string) => ins('<cac:TaxTotal>', `<cac:AllowanceCharge><cbc:ChargeIndicator>${charge}</cbc:ChargeIndicator>${inner}</cac:AllowanceCharge>`);
const category = '<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory>';
const lineAc = (charge: boolean, inner: string) => ins('<cac:Item>', `<cac:AllowanceCharge><cbc:ChargeIndicator>${charge}</cbc:ChargeIndicator>${inner}</cac:AllowanceCharge>`);
const total = (tag: string, value: string) => ins('<cbc:PayableAmount', `<cbc:${tag} currencyID="EUR">${value}</cbc:${tag}>`);
const withUsd = (amount: string) => both(ins('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode>'), ins('<cac:TaxTotal>', `<cac:TaxTotal><cbc:TaxAmount currencyID="USD">${amount}</cbc:TaxAmount></cac:TaxTotal>`));
const invoicePeriod = (inner: string) => ins('<cbc:DocumentCurrencyCode>', `<cac:InvoicePeriod>${inner}</cac:InvoicePeriod>`);
const means = (inner: string) => (xml: string) => xml.replace(/<cac:PaymentMeans>.*?<\/cac:PaymentMeans>/, `<cac:PaymentMeans>${inner}</cac:PaymentMeans>`);
/** A line, allowance or charge in another VAT category, with the matching breakdown or not. */
const lineCategory = (code: string, percent = '0') => sub('<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', `<cac:ClassifiedTaxCategory><cbc:ID>${code}</cbc:ID><cbc:Percent>${percent}</cbc:Percent>`);
const breakdownCategory = (code: string, percent = '0', extra = '') => sub('<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', `<cac:TaxCategory><cbc:ID>${code}</cbc:ID><cbc:Percent>${percent}</cbc:Percent>${extra}`);
const zeroTax = both(sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxSubtotal>', '<cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxSubtotal>'), sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxCategory>', '<cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory>'), sub('<cbc:TaxInclusiveAmount currencyID="EUR">119.00', '<cbc:TaxInclusiveAmount currencyID="EUR">100.00'), sub('<cbc:PayableAmount currencyID="EUR">119.00', '<cbc:PayableAmount currencyID="EUR">100.00'));
const exempt = (code: string) => both(lineCategory(code), breakdownCategory(code, '0', '<cbc:TaxExemptionReason>Exempt</cbc:TaxExemptionReason>'), zeroTax);
const notSubject = both(sub('<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', '<cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID>'), sub('<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', '<cac:TaxCategory><cbc:ID>O</cbc:ID><cbc:TaxExemptionReason>Not subject</cbc:TaxExemptionReason>'), zeroTax, del('<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>'));

const ROWS: [rule: string, base: Base, edit: Edit][] = [
  // presence and cardinality
  ['BR-01', 'ubl', (x) => x.replace(/<cbc:CustomizationID>[^<]*<\/cbc:CustomizationID>/, '')],
  ['BR-03', 'ubl', del('<cbc:IssueDate>2024-03-05</cbc:IssueDate>')],
  ['BR-04', 'ubl', del('<cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>')],
  ['BR-05', 'ubl', del('<cbc:DocumentCurrencyCode>EUR</cbc:DocumentCurrencyCode>')],
  ['BR-06', 'ubl', del('<cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName>')],
  ['BR-07', 'ubl', del('<cbc:RegistrationName>Client SA</cbc:RegistrationName>')],
  ['BR-08', 'ubl', (x) => x.replace(/<cac:PostalAddress><cbc:StreetName>.*?<\/cac:PostalAddress>/, '')],
  ['BR-09', 'ubl', del('<cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country>')],
  ['BR-10', 'ubl', del('<cac:PostalAddress><cbc:CityName>Paris</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress>')],
  ['BR-11', 'ubl', del('<cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country>')],
  ['BR-12', 'ubl', sub('<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>', '<cac:LegalMonetaryTotal>')],
  ['BR-13', 'ubl', del('<cbc:TaxExclusiveAmount currencyID="EUR">100.00</cbc:TaxExclusiveAmount>')],
  ['BR-14', 'ubl', del('<cbc:TaxInclusiveAmount currencyID="EUR">119.00</cbc:TaxInclusiveAmount>')],
  ['BR-15', 'ubl', del('<cbc:PayableAmount currencyID="EUR">119.00</cbc:PayableAmount>')],
  ['BR-17', 'ubl', ins('<cac:PaymentMeans>', '<cac:PayeeParty><cac:PartyIdentification><cbc:ID>P-1</cbc:ID></cac:PartyIdentification></cac:PayeeParty>')],
  ['BR-18', 'ubl', ins('<cac:PaymentMeans>', '<cac:TaxRepresentativeParty><cac:PostalAddress><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress></cac:TaxRepresentativeParty>')],
  ['BR-19', 'ubl', ins('<cac:PaymentMeans>', '<cac:TaxRepresentativeParty><cac:PartyName><cbc:Name>Rep</cbc:Name></cac:PartyName></cac:TaxRepresentativeParty>')],
  ['BR-20', 'ubl', ins('<cac:PaymentMeans>', '<cac:TaxRepresentativeParty><cac:PartyName><cbc:Name>Rep</cbc:Name></cac:PartyName><cac:PostalAddress><cbc:CityName>Wien</cbc:CityName></cac:PostalAddress></cac:TaxRepresentativeParty>')],
  ['BR-56', 'ubl', ins('<cac:PaymentMeans>', '<cac:TaxRepresentativeParty><cac:PartyName><cbc:Name>Rep</cbc:Name></cac:PartyName></cac:TaxRepresentativeParty>')],
  ['BR-21', 'ubl', sub('<cac:InvoiceLine><cbc:ID>1</cbc:ID>', '<cac:InvoiceLine>')],
  ['BR-22', 'ubl', del('<cbc:InvoicedQuantity unitCode="C62">4</cbc:InvoicedQuantity>')],
  ['BR-23', 'ubl', sub('<cbc:InvoicedQuantity unitCode="C62">', '<cbc:InvoicedQuantity>')],
  ['BR-24', 'ubl', sub('</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount>', '</cbc:InvoicedQuantity>')],
  ['BR-25', 'ubl', del('<cbc:Name>Beratung</cbc:Name>')],
  ['BR-26', 'ubl', del('<cbc:PriceAmount currencyID="EUR">25</cbc:PriceAmount>')],
  ['BR-27', 'ubl', sub('<cbc:PriceAmount currencyID="EUR">25<', '<cbc:PriceAmount currencyID="EUR">-25<')],
  ['BR-28', 'ubl', ins('</cac:Price>', '<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">5</cbc:Amount><cbc:BaseAmount currencyID="EUR">-30</cbc:BaseAmount></cac:AllowanceCharge>')],
  ['BR-29', 'ubl', invoicePeriod('<cbc:StartDate>2024-03-31</cbc:StartDate><cbc:EndDate>2024-03-01</cbc:EndDate>')],
  ['BR-30', 'ubl', ins('<cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cac:Item>', '<cac:InvoicePeriod><cbc:StartDate>2024-03-31</cbc:StartDate><cbc:EndDate>2024-03-01</cbc:EndDate></cac:InvoicePeriod>')],
  ['BR-31', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason>${category}`)],
  ['BR-32', 'ubl', docAc(false, '<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount>')],
  ['BR-36', 'ubl', docAc(true, `<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason>${category}`)],
  ['BR-37', 'ubl', docAc(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount>')],
  ['BR-41', 'ubl', lineAc(false, '<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason>')],
  ['BR-42', 'ubl', lineAc(false, '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>')],
  ['BR-43', 'ubl', lineAc(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason>')],
  ['BR-44', 'ubl', lineAc(true, '<cbc:Amount currencyID="EUR">0.00</cbc:Amount>')],
  ['BR-45', 'ubl', del('<cbc:TaxableAmount currencyID="EUR">100.00</cbc:TaxableAmount>')],
  ['BR-46', 'ubl', sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxCategory>', '<cac:TaxCategory>')],
  ['BR-47', 'ubl', sub('<cac:TaxCategory><cbc:ID>S</cbc:ID>', '<cac:TaxCategory>')],
  ['BR-48', 'ubl', sub('<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', '<cac:TaxCategory><cbc:ID>S</cbc:ID>')],
  ['BR-49', 'ubl', del('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>')],
  ['BR-50', 'ubl', means('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cac:FinancialInstitutionBranch><cbc:ID>COBADEFFXXX</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount>')],
  ['BR-51', 'ubl', means('<cbc:PaymentMeansCode>54</cbc:PaymentMeansCode><cac:CardAccount><cbc:PrimaryAccountNumberID>12</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>')],
  ['BR-53', 'ubl', ins('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode>')],
  ['BR-54', 'ubl', ins('<cac:ClassifiedTaxCategory>', '<cac:AdditionalItemProperty><cbc:Name>Colour</cbc:Name></cac:AdditionalItemProperty>')],
  ['BR-55', 'ubl', ins('<cac:AccountingSupplierParty>', '<cac:BillingReference><cac:InvoiceDocumentReference><cbc:IssueDate>2024-01-01</cbc:IssueDate></cac:InvoiceDocumentReference></cac:BillingReference>')],
  ['BR-57', 'ubl', ins('<cac:PaymentMeans>', '<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:CityName>Lyon</cbc:CityName></cac:Address></cac:DeliveryLocation></cac:Delivery>')],
  ['BR-61', 'ubl', means('<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>')],
  ['BR-62', 'ubl', sub('<cbc:EndpointID schemeID="9930">', '<cbc:EndpointID>')],
  ['BR-63', 'ubl', sub('<cbc:EndpointID schemeID="9957">', '<cbc:EndpointID>')],
  // calculations and conditions
  ['BR-CO-3', 'ubl', both(ins('<cbc:InvoiceTypeCode>', '<cbc:TaxPointDate>2024-03-05</cbc:TaxPointDate>'), invoicePeriod('<cbc:DescriptionCode>35</cbc:DescriptionCode>'))],
  ['BR-CO-4', 'ubl', sub('<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID>', '<cac:ClassifiedTaxCategory>')],
  ['BR-CO-9', 'ubl', sub('<cbc:CompanyID>DE123456789</cbc:CompanyID>', '<cbc:CompanyID>123456789</cbc:CompanyID>')],
  ['BR-CO-10', 'ubl', sub('<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">100.00', '<cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="EUR">90.00')],
  ['BR-CO-11', 'ubl', total('AllowanceTotalAmount', '5.00')],
  ['BR-CO-12', 'ubl', total('ChargeTotalAmount', '5.00')],
  ['BR-CO-13', 'ubl', sub('<cbc:TaxExclusiveAmount currencyID="EUR">100.00', '<cbc:TaxExclusiveAmount currencyID="EUR">101.00')],
  ['BR-CO-14', 'ubl', sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxSubtotal>', '<cbc:TaxAmount currencyID="EUR">20.00</cbc:TaxAmount><cac:TaxSubtotal>')],
  ['BR-CO-16', 'ubl', sub('<cbc:PayableAmount currencyID="EUR">119.00', '<cbc:PayableAmount currencyID="EUR">118.00')],
  ['BR-CO-18', 'ubl', (x) => x.replace(/<cac:TaxSubtotal>.*?<\/cac:TaxSubtotal>/, '')],
  ['BR-CO-20', 'ubl', ins('<cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cac:Item>', '<cac:InvoicePeriod></cac:InvoicePeriod>')],
  ['BR-CO-26', 'ubl', del('<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>')],
  ['BR-CL-05', 'ubl', ins('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>EUX</cbc:TaxCurrencyCode>')],
  // VAT categories, one row per kind of rule
  ['BR-S-02', 'ubl', del('<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>')],
  ['BR-S-08', 'ubl', both(sub('<cbc:TaxableAmount currencyID="EUR">100.00', '<cbc:TaxableAmount currencyID="EUR">90.00'), sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxCategory>', '<cbc:TaxAmount currencyID="EUR">17.10</cbc:TaxAmount><cac:TaxCategory>'))],
  ['BR-S-10', 'ubl', breakdownCategory('S', '19', '<cbc:TaxExemptionReason>None</cbc:TaxExemptionReason>')],
  ['BR-Z-01', 'ubl', lineCategory('Z')],
  ['BR-Z-10', 'ubl', both(lineCategory('Z'), breakdownCategory('Z', '0', '<cbc:TaxExemptionReason>Zero</cbc:TaxExemptionReason>'), zeroTax)],
  ['BR-E-05', 'ubl', both(lineCategory('E', '7'), breakdownCategory('E', '0', '<cbc:TaxExemptionReason>Exempt</cbc:TaxExemptionReason>'), zeroTax)],
  ['BR-E-10', 'ubl', both(lineCategory('E'), breakdownCategory('E'), zeroTax)],
  ['BR-AE-02', 'ubl', exempt('AE')],
  ['BR-AE-09', 'ubl', both(exempt('AE'), ins('<cac:PartyLegalEntity><cbc:RegistrationName>Client SA', '<cac:PartyTaxScheme><cbc:CompanyID>FR12345678901</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>'), sub('<cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory>', '<cbc:TaxAmount currencyID="EUR">1.00</cbc:TaxAmount><cac:TaxCategory>'))],
  ['BR-IC-02', 'ubl', exempt('K')],
  ['BR-IC-11', 'ubl', exempt('K')],
  ['BR-IC-12', 'ubl', exempt('K')],
  ['BR-G-08', 'ubl', both(exempt('G'), sub('<cbc:TaxableAmount currencyID="EUR">100.00', '<cbc:TaxableAmount currencyID="EUR">90.00'))],
  ['BR-O-02', 'ubl', both(notSubject, ins('<cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH', '<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>'))],
  ['BR-O-05', 'ubl', both(notSubject, sub('<cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID>', '<cac:ClassifiedTaxCategory><cbc:ID>O</cbc:ID><cbc:Percent>0</cbc:Percent>'))],
  ['BR-O-11', 'ubl', both(notSubject, ins('</cac:TaxTotal>', '<cac:TaxSubtotal><cbc:TaxableAmount currencyID="EUR">0.00</cbc:TaxableAmount><cbc:TaxAmount currencyID="EUR">0.00</cbc:TaxAmount><cac:TaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal>'))],
  ['BR-O-12', 'ubl', both(notSubject, ins('</cac:InvoiceLine>', '</cac:InvoiceLine><cac:InvoiceLine><cbc:ID>2</cbc:ID><cbc:InvoicedQuantity unitCode="C62">1</cbc:InvoicedQuantity><cbc:LineExtensionAmount currencyID="EUR">0.00</cbc:LineExtensionAmount><cac:Item><cbc:Name>Extra</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>Z</cbc:ID><cbc:Percent>0</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="EUR">0</cbc:PriceAmount></cac:Price>'))],
  ['BR-O-13', 'ubl', both(notSubject, docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount>${category}`))],
  ['BR-O-14', 'ubl', both(notSubject, docAc(true, `<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount>${category}`))],
  ['BR-AF-05', 'ubl', both(lineCategory('L', '-1'), breakdownCategory('L', '0'), zeroTax)],
  ['BR-AG-05', 'ubl', both(lineCategory('M', '-1'), breakdownCategory('M', '0'), zeroTax)],
  // decimals
  ['BR-DEC-01', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.001</cbc:Amount>${category}`)],
  ['BR-DEC-02', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">1.001</cbc:BaseAmount>${category}`)],
  ['BR-DEC-05', 'ubl', docAc(true, `<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.001</cbc:Amount>${category}`)],
  ['BR-DEC-06', 'ubl', docAc(true, `<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">1.001</cbc:BaseAmount>${category}`)],
  ['BR-DEC-10', 'ubl', total('AllowanceTotalAmount', '0.000')],
  ['BR-DEC-11', 'ubl', total('ChargeTotalAmount', '0.000')],
  ['BR-DEC-13', 'ubl', sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxSubtotal>', '<cbc:TaxAmount currencyID="EUR">19.000</cbc:TaxAmount><cac:TaxSubtotal>')],
  ['BR-DEC-14', 'ubl', sub('<cbc:TaxInclusiveAmount currencyID="EUR">119.00', '<cbc:TaxInclusiveAmount currencyID="EUR">119.000')],
  ['BR-DEC-15', 'ubl', withUsd('20.505')],
  ['BR-DEC-16', 'ubl', total('PrepaidAmount', '0.000')],
  ['BR-DEC-17', 'ubl', total('PayableRoundingAmount', '0.000')],
  ['BR-DEC-18', 'ubl', sub('<cbc:PayableAmount currencyID="EUR">119.00', '<cbc:PayableAmount currencyID="EUR">119.000')],
  ['BR-DEC-20', 'ubl', sub('<cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount><cac:TaxCategory>', '<cbc:TaxAmount currencyID="EUR">19.000</cbc:TaxAmount><cac:TaxCategory>')],
  ['BR-DEC-24', 'ubl', lineAc(false, '<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.001</cbc:Amount>')],
  ['BR-DEC-25', 'ubl', lineAc(false, '<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">1.001</cbc:BaseAmount>')],
  ['BR-DEC-27', 'ubl', lineAc(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.001</cbc:Amount>')],
  ['BR-DEC-28', 'ubl', lineAc(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">1.001</cbc:BaseAmount>')],
  // CII binding of a few
  ['BR-02', 'cii', del('<ram:ID>XML-2024-17</ram:ID>')],
  ['BR-CO-15', 'cii', sub('<ram:GrandTotalAmount>119.00', '<ram:GrandTotalAmount>120.00')],
  ['BR-DEC-09', 'cii', sub('<ram:LineTotalAmount>100.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>', '<ram:LineTotalAmount>100.000</ram:LineTotalAmount><ram:TaxBasisTotalAmount>')],
  // XRechnung
  ['BR-DE-3', 'xr', del('<cbc:CityName>Berlin</cbc:CityName>')],
  ['BR-DE-4', 'xr', del('<cbc:PostalZone>10115</cbc:PostalZone>')],
  ['BR-DE-5', 'xr', del('<cbc:Name>Max Muster</cbc:Name>')],
  ['BR-DE-6', 'xr', del('<cbc:Telephone>+49 30 123456</cbc:Telephone>')],
  ['BR-DE-7', 'xr', del('<cbc:ElectronicMail>max@lieferant.de</cbc:ElectronicMail>')],
  ['BR-DE-8', 'xr', del('<cbc:CityName>Paris</cbc:CityName>')],
  ['BR-DE-9', 'xr', del('<cbc:PostalZone>75001</cbc:PostalZone>')],
  ['BR-DE-10', 'xr', ins('<cac:PaymentMeans>', '<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:PostalZone>69001</cbc:PostalZone><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>')],
  ['BR-DE-11', 'xr', ins('<cac:PaymentMeans>', '<cac:Delivery><cac:DeliveryLocation><cac:Address><cbc:CityName>Lyon</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:Address></cac:DeliveryLocation></cac:Delivery>')],
  ['BR-DE-14', 'xr', sub('<cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent>', '<cac:TaxCategory><cbc:ID>S</cbc:ID>')],
  ['BR-DE-16', 'xr', del('<cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme>')],
  ['BR-DE-17', 'xr', sub('<cbc:InvoiceTypeCode>380<', '<cbc:InvoiceTypeCode>383<')],
  ['BR-DE-18', 'xr', ins('<cac:TaxTotal>', '<cac:PaymentTerms><cbc:Note>#SKONTO#TAGE=14#PROZENT=2#</cbc:Note></cac:PaymentTerms>')],
  ['BR-DE-19', 'xr', sub('DE89 3704 0044 0532 0130 00', 'DE00 3704 0044 0532 0130 00')],
  ['BR-DE-20', 'xr', means('<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode><cac:PaymentMandate><cbc:ID>M-1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>DE00370400440532013000</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>')],
  ['BR-DE-26', 'xr', sub('<cbc:InvoiceTypeCode>380<', '<cbc:InvoiceTypeCode>384<')],
  ['BR-DE-27', 'xr', sub('<cbc:Telephone>+49 30 123456<', '<cbc:Telephone>12<')],
  ['BR-DE-28', 'xr', sub('<cbc:ElectronicMail>max@lieferant.de<', '<cbc:ElectronicMail>max at lieferant<')],
  // Peppol
  ['PEPPOL-EN16931-R001', 'ubl', del('<cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>')],
  ['PEPPOL-EN16931-R002', 'ubl', ins('<cbc:DocumentCurrencyCode>', '<cbc:Note>Second note</cbc:Note>')],
  ['PEPPOL-EN16931-R004', 'ubl', (x) => x.replace('poacc:billing:3.0</cbc:CustomizationID>', 'poacc:billing:2.0</cbc:CustomizationID>').replace('<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:2.0', '<cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:2.0')],
  ['PEPPOL-EN16931-R005', 'ubl', ins('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>EUR</cbc:TaxCurrencyCode>')],
  ['PEPPOL-EN16931-R007', 'ubl', sub('billing:01:1.0</cbc:ProfileID>', 'billing:1:1.0</cbc:ProfileID>')],
  ['PEPPOL-EN16931-R010', 'ubl', del('<cbc:EndpointID schemeID="9957">FR12345678901</cbc:EndpointID>')],
  ['PEPPOL-EN16931-R020', 'ubl', del('<cbc:EndpointID schemeID="9930">DE123456789</cbc:EndpointID>')],
  ['PEPPOL-EN16931-R040', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric><cbc:Amount currencyID="EUR">5.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">100.00</cbc:BaseAmount>${category}`)],
  ['PEPPOL-EN16931-R041', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:MultiplierFactorNumeric>10</cbc:MultiplierFactorNumeric><cbc:Amount currencyID="EUR">0.00</cbc:Amount>${category}`)],
  ['PEPPOL-EN16931-R042', 'ubl', docAc(false, `<cbc:AllowanceChargeReason>Rabatt</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount><cbc:BaseAmount currencyID="EUR">100.00</cbc:BaseAmount>${category}`)],
  ['PEPPOL-EN16931-R046', 'ubl', ins('</cac:Price>', '<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">4</cbc:Amount><cbc:BaseAmount currencyID="EUR">30</cbc:BaseAmount></cac:AllowanceCharge>')],
  ['PEPPOL-EN16931-R053', 'ubl', (x) => x.replace(/(<cac:TaxTotal>.*?<\/cac:TaxTotal>)/, '$1$1')],
  ['PEPPOL-EN16931-R054', 'ubl', ins('<cac:TaxTotal>', '<cac:TaxTotal><cbc:TaxAmount currencyID="EUR">19.00</cbc:TaxAmount></cac:TaxTotal>')],
  ['PEPPOL-EN16931-R061', 'ubl', means('<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode><cac:PaymentMandate><cac:PayerFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>')],
  ['PEPPOL-EN16931-R110', 'ubl', both(invoicePeriod('<cbc:StartDate>2024-03-01</cbc:StartDate><cbc:EndDate>2024-03-31</cbc:EndDate>'), ins('<cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cac:Item>', '<cac:InvoicePeriod><cbc:StartDate>2024-02-20</cbc:StartDate></cac:InvoicePeriod>'))],
  ['PEPPOL-EN16931-R111', 'ubl', both(invoicePeriod('<cbc:StartDate>2024-03-01</cbc:StartDate><cbc:EndDate>2024-03-31</cbc:EndDate>'), ins('<cbc:LineExtensionAmount currencyID="EUR">100.00</cbc:LineExtensionAmount><cac:Item>', '<cac:InvoicePeriod><cbc:EndDate>2024-04-02</cbc:EndDate></cac:InvoicePeriod>'))],
  ['PEPPOL-EN16931-R120', 'ubl', sub('<cbc:PriceAmount currencyID="EUR">25<', '<cbc:PriceAmount currencyID="EUR">26<')],
  ['PEPPOL-EN16931-R121', 'ubl', ins('</cac:Price>', '<cbc:BaseQuantity unitCode="C62">0</cbc:BaseQuantity>')],
  ['PEPPOL-EN16931-R130', 'ubl', ins('</cac:Price>', '<cbc:BaseQuantity unitCode="HUR">1</cbc:BaseQuantity>')],
];

describe('each rule: the valid invoice passes, one change fails it', () => {
  const valid = Object.fromEntries(Object.entries(BASES).map(([k, make]) => [k, validateXml(make()).findings.map((f) => f.rule)])) as Record<Base, string[]>;

  it('the three base invoices have no finding', () => {
    expect(valid).toEqual({ ubl: [], cii: [], xr: [] });
  });

  for (const [rule, base, edit] of ROWS) {
    it(`${rule} (${base})`, () => {
      const xml = BASES[base]();
      const changed = edit(xml);
      expect(changed).not.toBe(xml);
      expect(valid[base]).not.toContain(rule);
      expect(validateXml(changed).findings.map((f) => f.rule)).toContain(rule);
    });
  }
});
