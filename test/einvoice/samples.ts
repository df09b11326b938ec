/** Generated e-invoices and PDFs carrying them, for the tests of the class (names, places, syntaxes). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AFRelationship, PDFArray, PDFDocument, PDFName, StandardFonts } from 'pdf-lib';

export interface SampleFields {
  number: string;
  date: string; // YYYY-MM-DD
  net: string;
  tax: string;
  gross: string;
  currency?: string;
}

const DEFAULT: SampleFields = { number: 'XML-2024-17', date: '2024-03-05', net: '100.00', tax: '19.00', gross: '119.00' };

/** A Factur-X / ZUGFeRD 2.x CII invoice; `prolog` goes before the root (comments, a DOCTYPE). */
export function ciiXml(f: Partial<SampleFields> = {}, opts: { prolog?: string; guideline?: string; typeCode?: string } = {}): string {
  const v = { ...DEFAULT, ...f };
  const cur = v.currency ?? 'EUR';
  return `<?xml version="1.0" encoding="UTF-8"?>
${opts.prolog ?? ''}<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>${opts.guideline ?? 'urn:cen.eu:en16931:2017'}</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>${v.number}</ram:ID><ram:TypeCode>${opts.typeCode ?? '380'}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">${v.date.replace(/-/g, '')}</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Beratung</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>25</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="C62">4</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement><ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax><ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>${v.net}</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation></ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Lieferant GmbH</ram:Name><ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE123456789</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Kunde AG</ram:Name><ram:PostalTradeAddress><ram:CountryID>DE</ram:CountryID></ram:PostalTradeAddress></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>${cur}</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>${v.tax}</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>${v.net}</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradePaymentTerms><ram:DueDateDateTime><udt:DateTimeString format="102">20240404</udt:DateTimeString></ram:DueDateDateTime></ram:SpecifiedTradePaymentTerms>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>${v.net}</ram:LineTotalAmount><ram:TaxBasisTotalAmount>${v.net}</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="${cur}">${v.tax}</ram:TaxTotalAmount><ram:GrandTotalAmount>${v.gross}</ram:GrandTotalAmount><ram:DuePayableAmount>${v.gross}</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>
`;
}

/** A UBL 2.1 Invoice (or CreditNote) with one line. */
export function ublXml(f: Partial<SampleFields> = {}, opts: { credit?: boolean } = {}): string {
  const v = { ...DEFAULT, ...f };
  const cur = v.currency ?? 'EUR';
  const root = opts.credit ? 'CreditNote' : 'Invoice';
  return `<?xml version="1.0" encoding="UTF-8"?>
<${root} xmlns="urn:oasis:names:specification:ubl:schema:xsd:${root}-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
  <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
  <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
  <cbc:ID>${v.number}</cbc:ID>
  <cbc:IssueDate>${v.date}</cbc:IssueDate>
  ${opts.credit ? '' : '<cbc:DueDate>2024-04-04</cbc:DueDate>'}
  <cbc:${root}TypeCode>${opts.credit ? '381' : '380'}</cbc:${root}TypeCode>
  <cbc:Note>Thank you</cbc:Note>
  <cbc:DocumentCurrencyCode>${cur}</cbc:DocumentCurrencyCode>
  <cbc:BuyerReference>04011000-12345-34</cbc:BuyerReference>
  <cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="9930">DE123456789</cbc:EndpointID><cac:PostalAddress><cbc:StreetName>Hauptstr. 1</cbc:StreetName><cbc:CityName>Berlin</cbc:CityName><cbc:PostalZone>10115</cbc:PostalZone><cac:Country><cbc:IdentificationCode>DE</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>DE123456789</cbc:CompanyID><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:PartyTaxScheme><cac:PartyLegalEntity><cbc:RegistrationName>Lieferant GmbH</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingSupplierParty>
  <cac:AccountingCustomerParty><cac:Party><cbc:EndpointID schemeID="9957">FR12345678901</cbc:EndpointID><cac:PostalAddress><cbc:CityName>Paris</cbc:CityName><cac:Country><cbc:IdentificationCode>FR</cbc:IdentificationCode></cac:Country></cac:PostalAddress><cac:PartyLegalEntity><cbc:RegistrationName>Client SA</cbc:RegistrationName></cac:PartyLegalEntity></cac:Party></cac:AccountingCustomerParty>
  <cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>DE89 3704 0044 0532 0130 00</cbc:ID><cac:FinancialInstitutionBranch><cbc:ID>COBADEFFXXX</cbc:ID></cac:FinancialInstitutionBranch></cac:PayeeFinancialAccount></cac:PaymentMeans>
  <cac:TaxTotal><cbc:TaxAmount currencyID="${cur}">${v.tax}</cbc:TaxAmount><cac:TaxSubtotal><cbc:TaxableAmount currencyID="${cur}">${v.net}</cbc:TaxableAmount><cbc:TaxAmount currencyID="${cur}">${v.tax}</cbc:TaxAmount><cac:TaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:TaxCategory></cac:TaxSubtotal></cac:TaxTotal>
  <cac:LegalMonetaryTotal><cbc:LineExtensionAmount currencyID="${cur}">${v.net}</cbc:LineExtensionAmount><cbc:TaxExclusiveAmount currencyID="${cur}">${v.net}</cbc:TaxExclusiveAmount><cbc:TaxInclusiveAmount currencyID="${cur}">${v.gross}</cbc:TaxInclusiveAmount><cbc:PayableAmount currencyID="${cur}">${v.gross}</cbc:PayableAmount></cac:LegalMonetaryTotal>
  <cac:${root}Line><cbc:ID>1</cbc:ID><cbc:${opts.credit ? 'Credited' : 'Invoiced'}Quantity unitCode="C62">4</cbc:${opts.credit ? 'Credited' : 'Invoiced'}Quantity><cbc:LineExtensionAmount currencyID="${cur}">${v.net}</cbc:LineExtensionAmount><cac:Item><cbc:Name>Beratung</cbc:Name><cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>19</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory></cac:Item><cac:Price><cbc:PriceAmount currencyID="${cur}">25</cbc:PriceAmount></cac:Price></cac:${root}Line>
</${root}>
`;
}

export interface Attachment {
  name: string;
  /** The file's text (written as UTF-8), or its bytes as they are. */
  xml: string | Uint8Array;
  relationship?: AFRelationship;
}

/**
 * A one-page PDF whose text says another invoice (number TEXT-999, other date and total) than its
 * attachments, so a result read from the page is told apart from one read from the XML. `place`:
 * the EmbeddedFiles name tree (with /AF, as Factur-X writes), /AF alone, or only file attachment
 * annotations of the page (a file attached as a comment, as PDF editors do).
 */
export async function pdfWith(attachments: Attachment[], place: 'names' | 'af-only' | 'annotation' = 'names'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  const lines = ['Lieferant GmbH', 'Rechnung', 'Rechnungsnummer: TEXT-999', 'Lieferdatum: 01.02.2020', 'Nettobetrag 5,00 EUR', 'MwSt 19% 0,95 EUR', 'Gesamtbetrag 5,95 EUR'];
  lines.forEach((t, i) => page.drawText(t, { x: 50, y: 780 - i * 20, size: 11, font }));
  for (const a of attachments) {
    await doc.attach(typeof a.xml === 'string' ? new TextEncoder().encode(a.xml) : a.xml, a.name, { mimeType: 'text/xml', afRelationship: a.relationship ?? AFRelationship.Alternative });
  }
  let bytes = await doc.save({ useObjectStreams: false });
  if (place !== 'names') {
    const again = await PDFDocument.load(bytes);
    if (place === 'annotation') {
      const specs = again.catalog.lookup(PDFName.of('AF'), PDFArray).asArray();
      const annots = specs.map((fs, i) => again.context.register(again.context.obj({ Type: 'Annot', Subtype: 'FileAttachment', Rect: [20 + 30 * i, 20, 40 + 30 * i, 40], FS: fs, Name: 'Paperclip' })));
      again.getPage(0).node.set(PDFName.of('Annots'), again.context.obj(annots));
      again.catalog.delete(PDFName.of('AF'));
    }
    again.catalog.delete(PDFName.of('Names'));
    bytes = await again.save({ useObjectStreams: false });
  }
  return bytes;
}

/** The PDF as qpdf rewrites it with `args`: how ERP systems and archives often hand invoices on. */
export function rewritten(bytes: Uint8Array, args: string[]): Uint8Array {
  const dir = mkdtempSync(path.join(tmpdir(), 'invoicectl-attach-'));
  try {
    writeFileSync(path.join(dir, 'in.pdf'), bytes);
    execFileSync('qpdf', [...args, path.join(dir, 'in.pdf'), path.join(dir, 'out.pdf')]);
    return new Uint8Array(readFileSync(path.join(dir, 'out.pdf')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
