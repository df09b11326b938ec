/**
 * The rules added to each group, one failing and one passing invoice per rule, in the syntaxes whose
 * binding differs: reason presence (BR-CO-21 … -24), supporting documents (BR-52), item identifier
 * schemes (BR-64, BR-65), Peppol document references, charge indicators and the VAT sign in accounting
 * currency, and XRechnung's specification identifier, attachment names and payment groups.
 */
import { describe, expect, it } from 'vitest';
import { validateXml, type Finding } from '../../src/einvoice/validate.js';
import { ciiXml, ublXml } from './samples.js';

type Profile = 'en16931' | 'xrechnung' | 'peppol';
const findings = (xml: string, profile?: Profile): Finding[] => validateXml(xml, { profile }).findings;
const ids = (xml: string, profile?: Profile) => findings(xml, profile).map((f) => f.rule);

/** Inserts `xml` before the first occurrence of `marker` (which must be there). */
function before(doc: string, marker: string, xml: string): string {
  expect(doc).toContain(marker);
  return doc.replace(marker, xml + marker);
}

const ublDoc = (xml: string) => before(ublXml(), '<cac:TaxTotal>', xml);
const ublLine = (xml: string) => before(ublXml(), '<cac:Item>', xml);
const ublItem = (xml: string) => before(ublXml(), '<cac:ClassifiedTaxCategory>', xml);
const ciiSettlement = (xml: string) => before(ciiXml(), '<ram:ApplicableTradeTax><ram:CalculatedAmount>', xml);
const ciiProduct = (xml: string) => before(ciiXml(), '<ram:Name>Beratung</ram:Name>', xml);

const ublAllowance = (charge: boolean, reason: string) =>
  `<cac:AllowanceCharge><cbc:ChargeIndicator>${charge}</cbc:ChargeIndicator>${reason}<cbc:Amount currencyID="EUR">0.00</cbc:Amount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:AllowanceCharge>`;
const ciiAllowance = (charge: boolean, reason: string) =>
  `<ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>${charge}</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount>0.00</ram:ActualAmount>${reason}<ram:CategoryTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:CategoryTradeTax></ram:SpecifiedTradeAllowanceCharge>`;

describe('BR-CO-21 … -24: allowances and charges give a reason or a reason code', () => {
  it('document level, UBL and CII (with BR-33 / BR-38, which the schematron asserts alongside)', () => {
    expect(ids(ublDoc(ublAllowance(false, '')))).toEqual(expect.arrayContaining(['BR-CO-21', 'BR-33']));
    expect(ids(ublDoc(ublAllowance(true, '')))).toEqual(expect.arrayContaining(['BR-CO-22', 'BR-38']));
    expect(ids(ublDoc(ublAllowance(false, '<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>')))).not.toContain('BR-CO-21');
    expect(ids(ublDoc(ublAllowance(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason>')))).not.toContain('BR-CO-22');
    expect(ids(ciiSettlement(ciiAllowance(false, '')))).toContain('BR-CO-21');
    expect(ids(ciiSettlement(ciiAllowance(true, '')))).toContain('BR-CO-22');
    expect(ids(ciiSettlement(ciiAllowance(false, '<ram:Reason>Rabatt</ram:Reason>')))).not.toContain('BR-CO-21');
    expect(ids(ciiSettlement(ciiAllowance(true, '<ram:ReasonCode>FC</ram:ReasonCode>')))).not.toContain('BR-CO-22');
  });

  it('line level, at the line allowance or charge', () => {
    const allowance = findings(ublLine('<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>'));
    expect(allowance.find((f) => f.rule === 'BR-CO-23')?.xpath).toBe('/ubl:Invoice/cac:InvoiceLine/cac:AllowanceCharge');
    expect(ids(ublLine('<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>'))).toContain('BR-CO-24');
    expect(ids(ublLine('<cac:AllowanceCharge><cbc:ChargeIndicator>false</cbc:ChargeIndicator><cbc:AllowanceChargeReason>Treue</cbc:AllowanceChargeReason><cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>'))).not.toContain('BR-CO-23');
    expect(ids(ublLine('<cac:AllowanceCharge><cbc:ChargeIndicator>true</cbc:ChargeIndicator><cbc:AllowanceChargeReasonCode>ABL</cbc:AllowanceChargeReasonCode><cbc:Amount currencyID="EUR">0.00</cbc:Amount></cac:AllowanceCharge>'))).not.toContain('BR-CO-24');
  });
});

describe('BR-52: a supporting document has its reference', () => {
  it('UBL: every additional document reference', () => {
    expect(ids(ublDoc('<cac:AdditionalDocumentReference><cbc:DocumentDescription>Timesheet</cbc:DocumentDescription></cac:AdditionalDocumentReference>'))).toContain('BR-52');
    expect(ids(ublDoc('<cac:AdditionalDocumentReference><cbc:ID>TS-7</cbc:ID><cbc:DocumentDescription>Timesheet</cbc:DocumentDescription></cac:AdditionalDocumentReference>'))).not.toContain('BR-52');
  });

  it('CII: the documents of type 916, not the invoiced object (130)', () => {
    const agreement = (xml: string) => before(ciiXml(), '</ram:ApplicableHeaderTradeAgreement>', xml);
    expect(ids(agreement('<ram:AdditionalReferencedDocument><ram:TypeCode>916</ram:TypeCode><ram:Name>Timesheet</ram:Name></ram:AdditionalReferencedDocument>'))).toContain('BR-52');
    expect(ids(agreement('<ram:AdditionalReferencedDocument><ram:IssuerAssignedID>TS-7</ram:IssuerAssignedID><ram:TypeCode>916</ram:TypeCode></ram:AdditionalReferencedDocument>'))).not.toContain('BR-52');
    expect(ids(agreement('<ram:AdditionalReferencedDocument><ram:TypeCode>130</ram:TypeCode></ram:AdditionalReferencedDocument>'))).not.toContain('BR-52');
  });
});

describe('BR-64, BR-65: item identifiers carry their scheme', () => {
  it('UBL: standard identifier @schemeID, classification @listID', () => {
    const gtin = findings(ublItem('<cac:StandardItemIdentification><cbc:ID>4012345000009</cbc:ID></cac:StandardItemIdentification>'));
    expect(gtin.find((f) => f.rule === 'BR-64')?.xpath).toBe('/ubl:Invoice/cac:InvoiceLine/cac:Item/cac:StandardItemIdentification/cbc:ID');
    expect(ids(ublItem('<cac:StandardItemIdentification><cbc:ID schemeID="0160">4012345000009</cbc:ID></cac:StandardItemIdentification>'))).not.toContain('BR-64');
    expect(ids(ublItem('<cac:CommodityClassification><cbc:ItemClassificationCode>43211503</cbc:ItemClassificationCode></cac:CommodityClassification>'))).toContain('BR-65');
    expect(ids(ublItem('<cac:CommodityClassification><cbc:ItemClassificationCode listID="STI">43211503</cbc:ItemClassificationCode></cac:CommodityClassification>'))).not.toContain('BR-65');
  });

  it('CII: GlobalID @schemeID, ClassCode @listID', () => {
    expect(ids(ciiProduct('<ram:GlobalID>4012345000009</ram:GlobalID>'))).toContain('BR-64');
    expect(ids(ciiProduct('<ram:GlobalID schemeID="0160">4012345000009</ram:GlobalID>'))).not.toContain('BR-64');
    const classified = (attr: string) => before(ciiXml(), '</ram:SpecifiedTradeProduct>', `<ram:DesignatedProductClassification><ram:ClassCode${attr}>43211503</ram:ClassCode></ram:DesignatedProductClassification>`);
    expect(ids(classified(''))).toContain('BR-65');
    expect(ids(classified(' listID="STI"'))).not.toContain('BR-65');
  });
});

describe('BR-CL-03: every currencyID is an ISO 4217 code', () => {
  it('UBL amounts and the CII VAT total', () => {
    const ubl = findings(ublXml().replace('<cbc:PriceAmount currencyID="EUR">', '<cbc:PriceAmount currencyID="ECU">')).filter((f) => f.rule === 'BR-CL-03');
    expect(ubl.map((f) => f.xpath)).toEqual(['/ubl:Invoice/*:InvoiceLine/*:Price/*:PriceAmount']);
    expect(ids(ublXml())).not.toContain('BR-CL-03');
    expect(ids(ciiXml().replace('<ram:TaxTotalAmount currencyID="EUR">', '<ram:TaxTotalAmount currencyID="EURO">'))).toContain('BR-CL-03');
    expect(ids(ciiXml({ currency: 'CHF' }))).not.toContain('BR-CL-03');
  });
});

describe('BR-CL-06: the tax point date code is one of its syntax list', () => {
  it('UBL UNTDID 2005 (3, 35, 432), CII UNTDID 2475 (5, 29, 72)', () => {
    const ubl = (code: string) => ublXml().replace('<cbc:DocumentCurrencyCode>', `<cac:InvoicePeriod><cbc:DescriptionCode>${code}</cbc:DescriptionCode></cac:InvoicePeriod><cbc:DocumentCurrencyCode>`);
    expect(findings(ubl('5')).find((f) => f.rule === 'BR-CL-06')?.xpath).toBe('/ubl:Invoice/cac:InvoicePeriod/cbc:DescriptionCode');
    expect(ids(ubl('35'))).not.toContain('BR-CL-06');
    const cii = (code: string) => ciiXml().replace('<ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n', `<ram:CategoryCode>S</ram:CategoryCode><ram:DueDateTypeCode>${code}</ram:DueDateTypeCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>\n`);
    expect(cii('5')).toContain('<ram:DueDateTypeCode>5<');
    expect(ids(cii('35'))).toContain('BR-CL-06');
    expect(ids(cii('5'))).not.toContain('BR-CL-06');
  });
});

describe('BR-B: split payment (B) is Italian and never beside standard rated (S)', () => {
  const italian = (buyerCountry = 'IT') =>
    ublXml()
      .replace(/<cbc:ID>S<\/cbc:ID>/g, '<cbc:ID>B</cbc:ID>')
      .replace('<cbc:IdentificationCode>DE</cbc:IdentificationCode>', '<cbc:IdentificationCode>IT</cbc:IdentificationCode>')
      .replace('<cbc:IdentificationCode>FR</cbc:IdentificationCode>', `<cbc:IdentificationCode>${buyerCountry}</cbc:IdentificationCode>`);

  it('BR-B-01: every country code is IT', () => {
    const abroad = findings(italian('FR')).find((f) => f.rule === 'BR-B-01');
    expect(abroad?.xpath).toBe('/ubl:Invoice/cac:AccountingCustomerParty/cac:Party/cac:PostalAddress/cac:Country/cbc:IdentificationCode');
    expect(ids(italian())).not.toContain('BR-B-01');
  });

  it('BR-B-02: no S item, allowance or charge', () => {
    const withCharge = before(italian(), '<cac:TaxTotal>', ublAllowance(true, '<cbc:AllowanceChargeReason>Fracht</cbc:AllowanceChargeReason>'));
    expect(ids(withCharge)).toContain('BR-B-02');
    expect(ids(italian())).not.toContain('BR-B-02');
  });
});

describe('Peppol BIS 3.0: references, charge indicators, VAT sign', () => {
  const docRef = (code: string, id = 'R-1') => `<cac:AdditionalDocumentReference><cbc:ID>${id}</cbc:ID><cbc:DocumentTypeCode>${code}</cbc:DocumentTypeCode></cac:AdditionalDocumentReference>`;

  it('R006 one invoiced object, R080 one project reference on document level', () => {
    expect(ids(ublDoc(docRef('130') + docRef('130', 'R-2')))).toContain('PEPPOL-EN16931-R006');
    expect(ids(ublDoc(docRef('130')))).not.toContain('PEPPOL-EN16931-R006');
    expect(ids(ublDoc(docRef('50') + docRef('50', 'P-2')))).toContain('PEPPOL-EN16931-R080');
    expect(ids(ublDoc(docRef('50') + docRef('130')))).not.toContain('PEPPOL-EN16931-R080');
  });

  it('R100 one document reference per line, R101 only for the invoiced object (130)', () => {
    const lineRef = (code: string) => `<cac:DocumentReference><cbc:ID>OBJ-1</cbc:ID><cbc:DocumentTypeCode>${code}</cbc:DocumentTypeCode></cac:DocumentReference>`;
    expect(ids(ublLine(lineRef('130') + lineRef('130')))).toContain('PEPPOL-EN16931-R100');
    expect(ids(ublLine(lineRef('50')))).toContain('PEPPOL-EN16931-R101');
    const one = ids(ublLine(lineRef('130')));
    expect(one).not.toContain('PEPPOL-EN16931-R100');
    expect(one).not.toContain('PEPPOL-EN16931-R101');
  });

  it("R043 the charge indicator is 'true' or 'false'; R044 no charge on the price", () => {
    expect(ids(ublDoc(ublAllowance('1' as unknown as boolean, '<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>')))).toContain('PEPPOL-EN16931-R043');
    expect(ids(ublDoc(ublAllowance(false, '<cbc:AllowanceChargeReasonCode>95</cbc:AllowanceChargeReasonCode>')))).not.toContain('PEPPOL-EN16931-R043');
    const price = (indicator: string) => before(ublXml(), '</cac:Price>', `<cac:AllowanceCharge><cbc:ChargeIndicator>${indicator}</cbc:ChargeIndicator><cbc:Amount currencyID="EUR">0</cbc:Amount></cac:AllowanceCharge>`);
    expect(ids(price('true'))).toContain('PEPPOL-EN16931-R044');
    expect(ids(price('false'))).not.toContain('PEPPOL-EN16931-R044');
  });

  it('R051 every amount is in the invoice currency, but the VAT total in accounting currency', () => {
    const usdPrice = ublXml().replace('<cbc:PriceAmount currencyID="EUR">', '<cbc:PriceAmount currencyID="USD">');
    const found = findings(usdPrice).filter((f) => f.rule === 'PEPPOL-EN16931-R051');
    expect(found.map((f) => f.xpath)).toEqual(['/ubl:Invoice/*:InvoiceLine/*:Price/*:PriceAmount']);
    expect(ids(ublXml())).not.toContain('PEPPOL-EN16931-R051');
    const accounting = before(ublXml(), '<cac:TaxTotal>', '<cac:TaxTotal><cbc:TaxAmount currencyID="USD">20.50</cbc:TaxAmount></cac:TaxTotal>').replace('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode><cbc:BuyerReference>');
    expect(ids(accounting)).not.toContain('PEPPOL-EN16931-R051');
  });

  it('R055 the VAT total in accounting currency has the sign of the VAT total', () => {
    const inUsd = (amount: string) =>
      before(ublXml(), '<cac:TaxTotal>', `<cac:TaxTotal><cbc:TaxAmount currencyID="USD">${amount}</cbc:TaxAmount></cac:TaxTotal>`).replace('<cbc:BuyerReference>', '<cbc:TaxCurrencyCode>USD</cbc:TaxCurrencyCode><cbc:BuyerReference>');
    expect(findings(inUsd('-20.50')).find((f) => f.rule === 'PEPPOL-EN16931-R055')?.xpath).toBe('/ubl:Invoice/cac:TaxTotal[1]/cbc:TaxAmount');
    expect(ids(inUsd('20.50'))).not.toContain('PEPPOL-EN16931-R055');
  });
});

describe('XRechnung 3.0: specification identifier, attachment names, payment groups', () => {
  const XR = 'urn:cen.eu:en16931:2017#compliant#urn:xeinkauf.de:kosit:xrechnung_3.0';
  const xrUbl = (xml = ublXml()) => xml.replace(/<cbc:CustomizationID>[^<]*</, `<cbc:CustomizationID>${XR}<`);

  it('BR-DE-21 (warning): BT-24 is the XRechnung 3.0 identifier', () => {
    const other = findings(ublXml(), 'xrechnung').find((f) => f.rule === 'BR-DE-21');
    expect(other?.severity).toBe('warning');
    expect(findings(xrUbl()).map((f) => f.rule)).not.toContain('BR-DE-21');
    const extension = xrUbl().replace(XR, `${XR}#conformant#urn:xeinkauf.de:kosit:extension:xrechnung_3.0`);
    expect(findings(extension, 'xrechnung').map((f) => f.rule)).not.toContain('BR-DE-21');
  });

  it('BR-DE-22: attached documents have distinct file names', () => {
    const attachment = (id: string, name: string) =>
      `<cac:AdditionalDocumentReference><cbc:ID>${id}</cbc:ID><cac:Attachment><cbc:EmbeddedDocumentBinaryObject mimeCode="application/pdf" filename="${name}">JVBERi0=</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>`;
    const twice = findings(xrUbl(ublDoc(attachment('A', 'timesheet.pdf') + attachment('B', 'timesheet.pdf'))));
    expect(twice.find((f) => f.rule === 'BR-DE-22')?.xpath).toBe('/ubl:Invoice/cac:AdditionalDocumentReference[2]');
    expect(ids(xrUbl(ublDoc(attachment('A', 'timesheet.pdf') + attachment('B', 'receipt.pdf'))))).not.toContain('BR-DE-22');
  });

  it('BR-DE-23-b, -24-b, -25-b: no group of another payment means', () => {
    const means = (inner: string) => xrUbl().replace(/<cac:PaymentMeans>.*?<\/cac:PaymentMeans>/, `<cac:PaymentMeans>${inner}</cac:PaymentMeans>`);
    const account = '<cac:PayeeFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayeeFinancialAccount>';
    const card = '<cac:CardAccount><cbc:PrimaryAccountNumberID>1234</cbc:PrimaryAccountNumberID><cbc:NetworkID>VISA</cbc:NetworkID></cac:CardAccount>';
    const mandate = '<cac:PaymentMandate><cbc:ID>MANDATE-1</cbc:ID><cac:PayerFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayerFinancialAccount></cac:PaymentMandate>';
    expect(ids(means(`<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>${card}${account}`))).toContain('BR-DE-23-b');
    expect(ids(means(`<cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>${account}`))).not.toContain('BR-DE-23-b');
    expect(ids(means(`<cbc:PaymentMeansCode>54</cbc:PaymentMeansCode>${card}${account}`))).toContain('BR-DE-24-b');
    expect(ids(means(`<cbc:PaymentMeansCode>54</cbc:PaymentMeansCode>${card}`))).not.toContain('BR-DE-24-b');
    expect(ids(means(`<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>${account}${mandate}`))).toContain('BR-DE-25-b');
    expect(ids(means(`<cbc:PaymentMeansCode>59</cbc:PaymentMeansCode>${mandate}`))).not.toContain('BR-DE-25-b');
  });

  it('BR-DE-29, -30, -31: a direct debit has its mandate, creditor identifier and debited account', () => {
    const debit = (mandate: string, sepa: boolean) => {
      const xml = xrUbl().replace(/<cac:PaymentMeans>.*?<\/cac:PaymentMeans>/, `<cac:PaymentMeans><cbc:PaymentMeansCode>59</cbc:PaymentMeansCode><cac:PaymentMandate>${mandate}</cac:PaymentMandate></cac:PaymentMeans>`);
      return sepa ? xml.replace('<cac:PostalAddress><cbc:StreetName>', '<cac:PartyIdentification><cbc:ID schemeID="SEPA">DE98ZZZ09999999999</cbc:ID></cac:PartyIdentification><cac:PostalAddress><cbc:StreetName>') : xml;
    };
    const id = '<cbc:ID>MANDATE-1</cbc:ID>';
    const payer = '<cac:PayerFinancialAccount><cbc:ID>DE89370400440532013000</cbc:ID></cac:PayerFinancialAccount>';
    const complete = ids(debit(id + payer, true));
    for (const rule of ['BR-DE-29', 'BR-DE-30', 'BR-DE-31']) expect(complete).not.toContain(rule);
    expect(ids(debit(id + payer, false))).toContain('BR-DE-30');
    expect(ids(debit(payer, true))).toContain('BR-DE-29');
    expect(findings(debit(id, true)).find((f) => f.rule === 'BR-DE-31')?.xpath).toBe('/ubl:Invoice/cac:PaymentMeans');
  });

  it("BR-DE-23-b in CII: a creditor reference is the document's direct debit group", () => {
    const cii = (extra: string) =>
      ciiXml({}, { guideline: XR }).replace(
        '<ram:InvoiceCurrencyCode>',
        `${extra}<ram:SpecifiedTradeSettlementPaymentMeans><ram:TypeCode>58</ram:TypeCode><ram:PayeePartyCreditorFinancialAccount><ram:IBANID>DE89370400440532013000</ram:IBANID></ram:PayeePartyCreditorFinancialAccount></ram:SpecifiedTradeSettlementPaymentMeans><ram:InvoiceCurrencyCode>`,
      );
    expect(ids(cii('<ram:CreditorReferenceID>DE98ZZZ09999999999</ram:CreditorReferenceID>'))).toContain('BR-DE-23-b');
    expect(ids(cii(''))).not.toContain('BR-DE-23-b');
  });
});
