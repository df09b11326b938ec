/**
 * ZUGFeRD 1.0 (CrossIndustryDocument): a generated COMFORT invoice is valid, and each ZF1-* rule is
 * broken by one variant of it (and only that rule's finding appears as fatal).
 */
import { describe, expect, it } from 'vitest';
import { validateXml } from '../../src/einvoice/validate.js';

const LINE = (id: string, price: string, qty: string, net: string, rate: string) => `
  <ram:IncludedSupplyChainTradeLineItem>
    <ram:AssociatedDocumentLineDocument><ram:LineID>${id}</ram:LineID></ram:AssociatedDocumentLineDocument>
    <ram:SpecifiedSupplyChainTradeAgreement>
      <ram:NetPriceProductTradePrice><ram:ChargeAmount currencyID="EUR">${price}</ram:ChargeAmount></ram:NetPriceProductTradePrice>
    </ram:SpecifiedSupplyChainTradeAgreement>
    <ram:SpecifiedSupplyChainTradeDelivery><ram:BilledQuantity unitCode="C62">${qty}</ram:BilledQuantity></ram:SpecifiedSupplyChainTradeDelivery>
    <ram:SpecifiedSupplyChainTradeSettlement>
      <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:ApplicablePercent>${rate}</ram:ApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradeSettlementMonetarySummation><ram:LineTotalAmount currencyID="EUR">${net}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:SpecifiedSupplyChainTradeSettlement>
    <ram:SpecifiedTradeProduct><ram:Name>Artikel ${id}</ram:Name><ram:Description></ram:Description></ram:SpecifiedTradeProduct>
  </ram:IncludedSupplyChainTradeLineItem>`;

/** Two lines (100.00 at 19 %, 3 × 20.00 at 7 %), a 10.00 freight charge at 19 %, 2.50 allowance at 7 %. */
function zf1(guideline = 'urn:ferd:CrossIndustryDocument:invoice:1p0:comfort'): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryDocument xmlns:rsm="urn:ferd:CrossIndustryDocument:invoice:1p0" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:12" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:15">
  <rsm:SpecifiedExchangedDocumentContext>
    <ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${guideline}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter>
  </rsm:SpecifiedExchangedDocumentContext>
  <rsm:HeaderExchangedDocument>
    <ram:ID>ZF1-2016-4</ram:ID><ram:Name>RECHNUNG</ram:Name><ram:TypeCode>380</ram:TypeCode>
    <ram:IssueDateTime><udt:DateTimeString format="102">20160412</udt:DateTimeString></ram:IssueDateTime>
  </rsm:HeaderExchangedDocument>
  <rsm:SpecifiedSupplyChainTradeTransaction>
    <ram:ApplicableSupplyChainTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableSupplyChainTradeAgreement>
    <ram:ApplicableSupplyChainTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount currencyID="EUR">20.90</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount currencyID="EUR">110.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:ApplicablePercent>19.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
      <ram:ApplicableTradeTax><ram:CalculatedAmount currencyID="EUR">4.03</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount currencyID="EUR">57.50</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:ApplicablePercent>7.00</ram:ApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradeAllowanceCharge><ram:ChargeIndicator><udt:Indicator>false</udt:Indicator></ram:ChargeIndicator><ram:ActualAmount currencyID="EUR">2.50</ram:ActualAmount><ram:Reason>Rabatt</ram:Reason></ram:SpecifiedTradeAllowanceCharge>
      <ram:SpecifiedLogisticsServiceCharge><ram:Description>Versand</ram:Description><ram:AppliedAmount currencyID="EUR">10.00</ram:AppliedAmount></ram:SpecifiedLogisticsServiceCharge>
      <ram:SpecifiedTradeSettlementMonetarySummation>
        <ram:LineTotalAmount currencyID="EUR">160.00</ram:LineTotalAmount>
        <ram:ChargeTotalAmount currencyID="EUR">10.00</ram:ChargeTotalAmount>
        <ram:AllowanceTotalAmount currencyID="EUR">2.50</ram:AllowanceTotalAmount>
        <ram:TaxBasisTotalAmount currencyID="EUR">167.50</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">24.93</ram:TaxTotalAmount>
        <ram:GrandTotalAmount currencyID="EUR">192.43</ram:GrandTotalAmount>
        <ram:TotalPrepaidAmount currencyID="EUR">50.00</ram:TotalPrepaidAmount>
        <ram:DuePayableAmount currencyID="EUR">142.43</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementMonetarySummation>
    </ram:ApplicableSupplyChainTradeSettlement>${LINE('1', '100.00', '1', '100.00', '19.00')}${LINE('2', '20.00', '3', '60.00', '7.00')}
  </rsm:SpecifiedSupplyChainTradeTransaction>
</rsm:CrossIndustryDocument>`;
}

const swap = (doc: string, from: string, to: string) => {
  expect(doc).toContain(from);
  return doc.replace(from, to);
};
const fatal = (xml: string) => validateXml(xml).findings.filter((f) => f.severity === 'fatal').map((f) => f.rule);
const warnings = (xml: string) => validateXml(xml).findings.filter((f) => f.severity === 'warning').map((f) => f.rule);

describe('ZUGFeRD 1.0', () => {
  it('a consistent COMFORT invoice is valid, checked by the ZUGFeRD 1.0 rule set', () => {
    const r = validateXml(zf1());
    expect(r.findings).toEqual([]);
    expect(r).toMatchObject({ valid: true, syntax: 'cii-d1', ruleSets: ['ZUGFeRD 1.0'], customization: 'urn:ferd:CrossIndustryDocument:invoice:1p0:comfort' });
  });

  it('ZF1-ROOT: an element the root does not hold, or a missing one', () => {
    const extra = swap(zf1(), '<rsm:SpecifiedSupplyChainTradeTransaction>', '<rsm:FooterExchangedDocument><ram:ID>x</ram:ID></rsm:FooterExchangedDocument><rsm:SpecifiedSupplyChainTradeTransaction>');
    expect(fatal(extra)).toEqual(['ZF1-ROOT']);
    expect(validateXml(extra).findings[0].xpath).toBe('/rsm:CrossIndustryDocument/*:FooterExchangedDocument');
    expect(fatal(zf1().replace(/<rsm:HeaderExchangedDocument>[\s\S]*<\/rsm:HeaderExchangedDocument>/, ''))).toEqual(['ZF1-ROOT']);
  });

  it('ZF1-GUIDELINE: only the invoice guideline ids of the three profiles; the release candidate id warns', () => {
    expect(fatal(zf1('urn:ferd:CrossIndustryDocument:invoice:1p0:komfort'))).toEqual(['ZF1-GUIDELINE']);
    expect(fatal(zf1('urn:ferd:CrossIndustryDocument:order:1p0:extended'))).toEqual(['ZF1-GUIDELINE']);
    expect(fatal(zf1('urn:ferd:CrossIndustryDocument:invoice:1p0:extended'))).toEqual([]);
    expect(fatal(zf1('urn:ferd:invoice:rc:comfort'))).toEqual([]);
    expect(warnings(zf1('urn:ferd:invoice:rc:comfort'))).toEqual(['ZF1-GUIDELINE']);
    expect(warnings(zf1('urn:ferd:invoice:1.0:basic'))).toEqual(['ZF1-GUIDELINE']);
    expect(fatal(zf1('urn:ferd:invoice:1.0:basic'))).toEqual([]);
  });

  it('ZF1-REQUIRED: header, parties, currency, totals, taxes, lines; an empty code is written', () => {
    expect(fatal(swap(zf1(), '<ram:TypeCode>380</ram:TypeCode>', ''))).toEqual(['ZF1-REQUIRED']);
    expect(fatal(swap(zf1(), '<ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name></ram:BuyerTradeParty>', '<ram:BuyerTradeParty><ram:ID>K1</ram:ID></ram:BuyerTradeParty>'))).toEqual(['ZF1-REQUIRED']);
    expect(fatal(swap(zf1(), '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>', ''))).toEqual(['ZF1-REQUIRED']);
    expect(fatal(swap(zf1(), '<ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>', '<ram:InvoiceCurrencyCode/>'))).toEqual([]);
    expect(fatal(swap(zf1(), '<ram:BasisAmount currencyID="EUR">110.00</ram:BasisAmount>', ''))).toEqual(['ZF1-REQUIRED']);
    const noLineId = swap(zf1(), '<ram:AssociatedDocumentLineDocument><ram:LineID>2</ram:LineID></ram:AssociatedDocumentLineDocument>', '');
    expect(fatal(noLineId)).toEqual(['ZF1-REQUIRED']);
    // BASIC lines carry no line number.
    expect(fatal(noLineId.replace(':comfort<', ':basic<'))).toEqual([]);
  });

  it('a text line (a note, no product, an empty settlement) is neither a missing line nor an empty aggregate', () => {
    const noteLine = '<ram:IncludedSupplyChainTradeLineItem><ram:AssociatedDocumentLineDocument><ram:IncludedNote><ram:Content>Aus Lieferung 2016-51112:</ram:Content></ram:IncludedNote></ram:AssociatedDocumentLineDocument><ram:SpecifiedSupplyChainTradeSettlement /></ram:IncludedSupplyChainTradeLineItem>';
    const r = validateXml(swap(zf1(), '</ram:ApplicableSupplyChainTradeSettlement>', '</ram:ApplicableSupplyChainTradeSettlement>' + noteLine));
    expect(r.findings).toEqual([]);
    // A line without its note is still a line that lacks its product and quantity.
    expect(fatal(swap(zf1(), '</ram:ApplicableSupplyChainTradeSettlement>', '</ram:ApplicableSupplyChainTradeSettlement><ram:IncludedSupplyChainTradeLineItem><ram:SpecifiedSupplyChainTradeSettlement /></ram:IncludedSupplyChainTradeLineItem>'))).toContain('ZF1-REQUIRED');
  });

  it('ZF1-EMPTY: an aggregate written without content; an empty text element is fine', () => {
    expect(fatal(swap(zf1(), '</ram:ApplicableSupplyChainTradeAgreement>', '<ram:AdditionalReferencedDocument>\n</ram:AdditionalReferencedDocument></ram:ApplicableSupplyChainTradeAgreement>'))).toEqual(['ZF1-EMPTY']);
    expect(fatal(swap(zf1(), '<ram:Name>Kunde AG</ram:Name>', '<ram:Name>Kunde AG</ram:Name><ram:Description></ram:Description>'))).toEqual([]);
  });

  it('document totals: ZF1-CALC-CHARGES, -ALLOWANCES, -BASIS, -TAX, -GRAND, -DUE are fatal', () => {
    expect(fatal(swap(zf1(), '<ram:AppliedAmount currencyID="EUR">10.00</ram:AppliedAmount>', '<ram:AppliedAmount currencyID="EUR">12.00</ram:AppliedAmount>'))).toEqual(['ZF1-CALC-CHARGES']);
    expect(fatal(swap(zf1(), '<ram:ActualAmount currencyID="EUR">2.50</ram:ActualAmount>', '<ram:ActualAmount currencyID="EUR">3.50</ram:ActualAmount>'))).toEqual(['ZF1-CALC-ALLOWANCES']);
    expect(fatal(swap(zf1(), '<ram:TaxBasisTotalAmount currencyID="EUR">167.50</ram:TaxBasisTotalAmount>', '<ram:TaxBasisTotalAmount currencyID="EUR">170.00</ram:TaxBasisTotalAmount>'))).toEqual(['ZF1-CALC-BASIS', 'ZF1-CALC-GRAND']);
    expect(fatal(swap(zf1(), '<ram:CalculatedAmount currencyID="EUR">4.03</ram:CalculatedAmount>', '<ram:CalculatedAmount currencyID="EUR">4.02</ram:CalculatedAmount>'))).toEqual(['ZF1-CALC-TAX']);
    expect(fatal(swap(zf1(), '<ram:GrandTotalAmount currencyID="EUR">192.43</ram:GrandTotalAmount>', '<ram:GrandTotalAmount currencyID="EUR">192.34</ram:GrandTotalAmount>'))).toEqual(['ZF1-CALC-GRAND', 'ZF1-CALC-DUE']);
    expect(fatal(swap(zf1(), '<ram:DuePayableAmount currencyID="EUR">142.43</ram:DuePayableAmount>', '<ram:DuePayableAmount currencyID="EUR">192.43</ram:DuePayableAmount>'))).toEqual(['ZF1-CALC-DUE']);
  });

  it('line arithmetic: ZF1-CALC-LINES, -LINE, -VAT are warnings, the invoice stays valid', () => {
    const grossLine = swap(zf1(), '<ram:LineTotalAmount currencyID="EUR">100.00</ram:LineTotalAmount>', '<ram:LineTotalAmount currencyID="EUR">119.00</ram:LineTotalAmount>');
    expect(validateXml(grossLine).valid).toBe(true);
    expect(warnings(grossLine)).toEqual(['ZF1-CALC-LINES', 'ZF1-CALC-LINE']);
    const rate = swap(zf1(), '<ram:CalculatedAmount currencyID="EUR">20.90</ram:CalculatedAmount>', '<ram:CalculatedAmount currencyID="EUR">21.90</ram:CalculatedAmount>');
    expect(warnings(rate)).toEqual(['ZF1-CALC-VAT']);
    // A cent either way per rate is rounding.
    expect(warnings(swap(zf1(), '<ram:CalculatedAmount currencyID="EUR">4.03</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount currencyID="EUR">57.50', '<ram:CalculatedAmount currencyID="EUR">4.02</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount currencyID="EUR">57.50'))).toEqual([]);
  });

  it('the 2014 draft (CBFBUY Invoice) is still refused with a clear error', () => {
    const draft = '<?xml version="1.0"?><rsm:Invoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CBFBUY:5"><rsm:HeaderExchangedDocument/></rsm:Invoice>';
    expect(() => validateXml(draft)).toThrow(expect.objectContaining({ code: 'UNSUPPORTED_FILE_TYPE' }));
  });
});
