/**
 * The fatal syntax-binding rules of the CEN schematron (UBL-SR, UBL-CR-666/-673, UBL-DT-06/-07, CII-SR,
 * CII-DT): each broken by one variant of a valid generated invoice, which the readers alone (taking the
 * first of a repeated element) would have called valid; the valid invoice has none of them.
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../src/einvoice/validate.js';
import { ciiXml, ublXml } from './samples.js';

const syntaxFindings = (xml: string) => validateXml(xml, { profile: 'en16931' }).findings.filter((f) => /^(UBL|CII)-/.test(f.rule));
const ids = (xml: string) => syntaxFindings(xml).map((f) => f.rule);
const swap = (doc: string, from: string, to: string) => {
  expect(doc).toContain(from);
  return doc.replace(from, to);
};

describe('UBL syntax rules', () => {
  const ubl = ublXml();
  const supplierName = '<cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity>';
  const line = '<cbc:ID>1</cbc:ID><cbc:InvoicedQuantity';
  const classified = '<cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>';
  const payment = '<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>';

  it('a valid invoice and credit note have no syntax finding', () => {
    expect(syntaxFindings(ubl)).toEqual([]);
    expect(syntaxFindings(ublXml({}, { credit: true }))).toEqual([]);
  });

  it('document level: a second seller name, invoice period, contract, delivery, project is fatal', () => {
    const twice = swap(ubl, supplierName, supplierName.replace('</cac:PartyLegalEntity>', '<cbc:RegistrationName>Zweiter Name</cbc:RegistrationName></cac:PartyLegalEntity>'));
    expect(ids(twice)).toEqual(['UBL-SR-09']);
    expect(validateXml(twice).valid).toBe(false);
    expect(syntaxFindings(twice)[0].xpath).toContain('cbc:RegistrationName[2]');
    const period = '<cac:InvoicePeriod><cbc:StartDate>2024-03-01</cbc:StartDate><cbc:EndDate>2024-03-31</cbc:EndDate></cac:InvoicePeriod>';
    const beforeSupplier = '<cac:AccountingSupplierParty>';
    expect(ids(swap(ubl, beforeSupplier, period + beforeSupplier))).toEqual([]);
    expect(ids(swap(ubl, beforeSupplier, period + period + beforeSupplier))).toEqual(['UBL-SR-08']);
    const contract = '<cac:ContractDocumentReference><cbc:ID>C-1</cbc:ID></cac:ContractDocumentReference>';
    expect(ids(swap(ubl, beforeSupplier, contract + contract + beforeSupplier))).toEqual(['UBL-SR-01']);
    const project = '<cac:ProjectReference><cbc:ID>P-1</cbc:ID></cac:ProjectReference>';
    expect(ids(swap(ubl, '<cac:PaymentMeans>', project + project + '<cac:PaymentMeans>'))).toEqual(['UBL-SR-39']);
    const delivery = '<cac:Delivery><cbc:ActualDeliveryDate>2024-03-01</cbc:ActualDeliveryDate></cac:Delivery>';
    expect(ids(swap(ubl, '<cac:PaymentMeans>', delivery + delivery + '<cac:PaymentMeans>'))).toEqual(['UBL-SR-24']);
  });

  it('payment means: one payment reference each, one payment means code in all', () => {
    expect(ids(swap(ubl, payment, payment + '<cbc:PaymentID>R1</cbc:PaymentID><cbc:PaymentID>R2</cbc:PaymentID>'))).toEqual(expect.arrayContaining(['UBL-SR-26', 'UBL-SR-44']));
    const second = '<cac:PaymentMeans><cbc:PaymentMeansCode>30</cbc:PaymentMeansCode></cac:PaymentMeans>';
    // One payment reference for several means is fine, and so is a means without one.
    const withId = (id: string) => `<cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>${id}</cac:PaymentMeans>`;
    expect(ids(swap(ubl, '<cac:TaxTotal>', withId('<cbc:PaymentID>R1</cbc:PaymentID>') + withId('') + withId('<cbc:PaymentID>R1</cbc:PaymentID>') + '<cac:TaxTotal>'))).toEqual([]);
    expect(ids(swap(ubl, '<cac:TaxTotal>', withId('<cbc:PaymentID>R1</cbc:PaymentID>') + withId('<cbc:PaymentID>R2</cbc:PaymentID>') + '<cac:TaxTotal>'))).toEqual(['UBL-SR-44']);
    expect(ids(swap(ubl, '<cac:TaxTotal>', second + '<cac:TaxTotal>'))).toEqual(['UBL-SR-47']);
    expect(ids(swap(ubl, '<cac:TaxTotal>', second.replace('>30<', '>58<') + '<cac:TaxTotal>'))).toEqual([]);
  });

  it('lines: exactly one classified tax category, at most one note and item description', () => {
    expect(ids(swap(ubl, classified, classified + classified))).toEqual(['UBL-SR-48']);
    expect(ids(swap(ubl, line, '<cbc:ID>1</cbc:ID><cbc:Note>a</cbc:Note><cbc:Note>b</cbc:Note><cbc:InvoicedQuantity'))).toEqual(['UBL-SR-34']);
    expect(ids(swap(ubl, '<cbc:Name>Beratung</cbc:Name>', '<cbc:Description>a</cbc:Description><cbc:Description>b</cbc:Description><cbc:Name>Beratung</cbc:Name>'))).toEqual(['UBL-SR-50']);
  });

  it('preceding invoice: once, with its number (UBL-SR-06, -07)', () => {
    const ref = (id: string) => `<cac:BillingReference><cac:InvoiceDocumentReference>${id}</cac:InvoiceDocumentReference></cac:BillingReference>`;
    const at = '<cac:AccountingSupplierParty>';
    expect(ids(swap(ubl, at, ref('<cbc:ID>R-0</cbc:ID>') + at))).toEqual([]);
    expect(ids(swap(ubl, at, ref('<cbc:IssueDate>2024-01-01</cbc:IssueDate>') + at))).toEqual(['UBL-SR-07']);
  });

  it('attachments: an invoiced object reference carries no attachment; binary objects name MIME type and file', () => {
    const at = '<cac:AccountingSupplierParty>';
    const object = '<cac:AdditionalDocumentReference><cbc:ID schemeID="AAB">OBJ-1</cbc:ID><cbc:DocumentTypeCode>130</cbc:DocumentTypeCode><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="a.pdf">JVBERg==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>';
    expect(ids(swap(ubl, at, object + at))).toEqual(['UBL-CR-666']);
    const attachment = '<cac:AdditionalDocumentReference><cbc:ID>Timesheet</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf">JVBERg==</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>';
    expect(ids(swap(ubl, at, attachment + at))).toEqual(['UBL-DT-07']);
    expect(ids(swap(ubl, at, attachment.replace('mimeCode="application/pdf"', 'mimeCode="application/pdf" filename="t.pdf"') + at))).toEqual([]);
  });
});

describe('CII syntax rules', () => {
  const cii = ciiXml();
  const address = '<ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration>';
  const netPrice = '<ram:NetPriceProductTradePrice><ram:ChargeAmount>25</ram:ChargeAmount></ram:NetPriceProductTradePrice>';
  const tax = '<ram:CalculatedAmount>19.00</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode>';

  it('a valid invoice has no syntax finding', () => {
    expect(syntaxFindings(cii)).toEqual([]);
  });

  it('cardinalities: one guideline, one type code, one net price (CII-SR-009, -014, -439, -441)', () => {
    const guideline = '<ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>';
    expect(ids(swap(cii, guideline, guideline + guideline))).toEqual(['CII-SR-009', 'CII-SR-010']);
    expect(ids(swap(cii, '<ram:ID>urn:cen.eu:en16931:2017</ram:ID>', ''))).toEqual(['CII-SR-010']);
    expect(ids(swap(cii, '<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode>380</ram:TypeCode><ram:TypeCode>381</ram:TypeCode>'))).toEqual(['CII-SR-014']);
    expect(ids(swap(cii, netPrice, netPrice.replace('</ram:ChargeAmount>', '</ram:ChargeAmount><ram:ChargeAmount>26</ram:ChargeAmount>')))).toEqual(['CII-SR-439', 'CII-SR-441']);
    expect(ids(swap(cii, netPrice, '<ram:NetPriceProductTradePrice></ram:NetPriceProductTradePrice>'))).toEqual(['CII-SR-439']);
    const gross = (amounts: string) => `<ram:GrossPriceProductTradePrice><ram:ChargeAmount>30</ram:ChargeAmount><ram:AppliedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator>${amounts}</ram:AppliedTradeAllowanceCharge></ram:GrossPriceProductTradePrice>`;
    expect(ids(swap(cii, netPrice, gross('<ram:ActualAmount>5</ram:ActualAmount>') + netPrice))).toEqual([]);
    expect(ids(swap(cii, netPrice, gross('<ram:ActualAmount>5</ram:ActualAmount><ram:ActualAmount>6</ram:ActualAmount>') + netPrice))).toEqual(['CII-SR-440']);
  });

  it('an item GlobalID names its scheme (CII-SR-046)', () => {
    expect(ids(swap(cii, '<ram:Name>Beratung</ram:Name>', '<ram:GlobalID>4012345678901</ram:GlobalID><ram:Name>Beratung</ram:Name>'))).toEqual(['CII-SR-046']);
    expect(ids(swap(cii, '<ram:Name>Beratung</ram:Name>', '<ram:GlobalID schemeID="0160">4012345678901</ram:GlobalID><ram:Name>Beratung</ram:Name>'))).toEqual([]);
  });

  it('data types: address parts, period parts, referenced document parts, ID and code attributes EN 16931 does not use', () => {
    expect(ids(swap(cii, address, '<ram:PostalTradeAddress><ram:StreetName>Hauptstr.</ram:StreetName><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration>'))).toEqual(['CII-DT-088']);
    const settlement = '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>';
    const period = (inner: string) => `<ram:BillingSpecifiedPeriod>${inner}<ram:StartDateTime><udt:DateTimeString format="102">20240301</udt:DateTimeString></ram:StartDateTime></ram:BillingSpecifiedPeriod>`;
    // The period sits after the taxes in the schema; its place does not matter to the rule.
    expect(ids(swap(cii, settlement, settlement + period('')))).toEqual([]);
    expect(ids(swap(cii, settlement, settlement + period('<ram:Description>März</ram:Description>')))).toEqual(['CII-DT-071']);
    const agreementEnd = '</ram:BuyerTradeParty>';
    expect(ids(swap(cii, agreementEnd, agreementEnd + '<ram:ContractReferencedDocument><ram:IssuerAssignedID>C-1</ram:IssuerAssignedID></ram:ContractReferencedDocument>'))).toEqual([]);
    expect(ids(swap(cii, agreementEnd, agreementEnd + '<ram:ContractReferencedDocument><ram:IssuerAssignedID>C-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode></ram:ContractReferencedDocument>'))).toEqual(['CII-DT-018']);
    // An additional document may carry a type code, a name and an attachment (BG-24).
    expect(ids(swap(cii, agreementEnd, agreementEnd + '<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>A-1</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode><ram:Name>Timesheet</ram:Name></ram:AdditionalReferencedDocument>'))).toEqual([]);
    expect(ids(swap(cii, '<ram:ID schemeID="VA">', '<ram:ID schemeID="VA" schemeName="VAT">'))).toEqual(['CII-DT-001']);
    expect(ids(swap(cii, '<ram:TypeCode>380</ram:TypeCode>', '<ram:TypeCode listID="UNTDID1001">380</ram:TypeCode>'))).toEqual(['CII-DT-010']);
  });

  it('a trade tax is VAT (CII-DT-037)', () => {
    expect(ids(swap(cii, tax, '<ram:CalculatedAmount>19.00</ram:CalculatedAmount><ram:TypeCode>GST</ram:TypeCode>'))).toEqual(['CII-DT-037']);
  });
});

describe('extensions of EN 16931', () => {
  it('Factur-X EXTENDED and #conformant# specifications are not held to the core syntax restrictions', () => {
    const street = (xml: string) => swap(xml, '<ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID>', '<ram:PostalTradeAddress><ram:StreetName>Hauptstr.</ram:StreetName><ram:CountryID>DE</ram:CountryID>');
    expect(ids(street(ciiXml()))).toEqual(['CII-DT-088']);
    expect(ids(street(ciiXml({}, { guideline: 'urn:cen.eu:en16931:2017#conformant#urn:factur-x.eu:1p0:extended' })))).toEqual([]);
    expect(ids(street(ciiXml({}, { guideline: 'urn:cen.eu:en16931:2017#compliant#urn:factur-x.eu:1p0:en16931' })))).toEqual(['CII-DT-088']);
  });
});
