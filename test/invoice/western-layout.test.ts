/**
 * Rules of the Western text path, each on a document that needs it: the generated samples of
 * fixtures/western-samples.mjs (the shapes bench/extract/western-accuracy.mjs scores), small documents
 * drawn here, two real Factur-X pages, and a Factur-X credit note read once from its XML and once from
 * its page text.
 */
import { AFRelationship, PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { parseCii } from '../../src/invoice/cii.js';
import { runChecks } from '../../src/invoice/checks.js';
import { groupLines } from '../../src/invoice/layout.js';
import { isCurrencyCode } from '../../src/invoice/western/currency.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { SAMPLES } from '../../fixtures/western-samples.mjs';
import { withoutAttachments } from '../extract/helpers.js';
import { readFixture } from './fixtures.js';
import { toPageText, toPdf, type Draw } from './page-builder.js';

const A4 = [210, 297] as const;
const NOW = new Date('2025-06-01');
const sample = (name: string) => {
  const s = SAMPLES.find((x: { name: string }) => x.name === name)!;
  return parseWesternInvoiceText(toPageText(s.draws, ...A4));
};
const d = (x: number, y: number, text: string, size?: number): Draw => ({ x, y, text, ...(size ? { size } : {}) });

/** A small invoice whose totals block and letterhead a test varies. */
function invoice(letterhead: Draw[], totals: Draw[]): Draw[] {
  return [
    ...letterhead,
    d(120, 45, 'Invoice number'), d(160, 45, 'T-100'), d(120, 50, 'Invoice date'), d(160, 50, '10.03.2024'),
    d(20, 45, 'Bill to:'), d(20, 50, 'Harbour Logistics'),
    ...totals,
  ];
}
const plainTotals = [d(130, 100, 'Net amount'), d(175, 100, '200.00'), d(130, 106, 'VAT 21%'), d(177, 106, '42.00'), d(130, 112, 'Amount due'), d(175, 112, '242.00')];

describe('credit notes', () => {
  it('Gutschrift: its number label, document type credit_note, amounts positive as CII states them', () => {
    const inv = sample('gutschrift-de');
    expect(inv).toMatchObject({ documentType: 'credit_note', number: 'GS-2024/0815', amount: 250, taxAmount: 47.5, totalAmount: 297.5, currency: 'EUR' });
    expect(inv.items.map((i) => [i.quantity, i.unitPrice, i.amount])).toEqual([[5, 50, 250]]);
    expect(inv.fieldSources?.documentType).toBe('text');
  });

  it('Avoir N° as the title gives the number and the type', () => {
    expect(sample('avoir-fr')).toMatchObject({ documentType: 'credit_note', number: 'AV-2024-007', amount: 100, taxAmount: 20, totalAmount: 120 });
  });

  it('a credit-note word inside a sentence does not make an invoice a credit note', () => {
    const inv = parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Tulip Software BV', 5), d(20, 140, 'Eine Gutschrift erfolgt nur gegen Rechnung.')], plainTotals), ...A4));
    expect(inv.documentType).toBe('invoice');
  });

  it('a Factur-X credit note (TypeCode 381) gives the same numbers from its XML and from its page text', async () => {
    const pdf = await creditNoteFacturX();
    const [fromXml] = (await extract({ inputs: [{ name: 'gutschrift.pdf', bytes: pdf }], ocr: false, now: NOW })).results;
    const [fromText] = (await extract({ inputs: [{ name: 'gutschrift-text.pdf', bytes: await withoutAttachments(pdf) }], ocr: false, now: NOW })).results;
    expect(fromXml.source).toBe('xml');
    expect(fromText.source).toBe('text');
    const figures = (r: typeof fromXml) => ({
      documentType: r.invoice!.documentType, number: r.invoice!.number, currency: r.invoice!.currency,
      amount: r.invoice!.amount, taxAmount: r.invoice!.taxAmount, totalAmount: r.invoice!.totalAmount, items: r.invoice!.items.map((i) => i.amount),
    });
    expect(figures(fromXml)).toEqual({ documentType: 'credit_note', number: 'GS-2024-0815', currency: 'EUR', amount: 250, taxAmount: 47.5, totalAmount: 297.5, items: [250] });
    expect(figures(fromText)).toEqual(figures(fromXml));
  });

  it('parseCii reads TypeCode 381 as a credit note and 380 as an invoice', () => {
    expect(parseCii(creditNoteXml('381')).documentType).toBe('credit_note');
    expect(parseCii(creditNoteXml('380')).documentType).toBe('invoice');
  });
});

describe('currency: shown or inferred, never guessed', () => {
  it('Rs. amounts are INR, and "Rs." between a label and its amount is read', () => {
    expect(sample('tax-invoice-in')).toMatchObject({ currency: 'INR', amount: 10000, taxAmount: 1800, totalAmount: 11800 });
  });

  it('₹ is INR', () => {
    const inv = parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Kaveri Consultants', 5)], [d(130, 112, 'Total'), d(175, 112, '₹ 5,900.00')]), ...A4));
    expect(inv).toMatchObject({ currency: 'INR', totalAmount: 5900 });
  });

  it('no symbol or code: the seller\'s VAT id (NL → EUR), a GSTIN (INR), a country in the address', () => {
    expect(sample('invoice-nl-vat-only').currency).toBe('EUR');
    const gstin = invoice([d(20, 15, 'Kaveri Consultants', 5), d(20, 22, 'GSTIN 29AAKFK1234C1Z9')], plainTotals);
    expect(parseWesternInvoiceText(toPageText(gstin, ...A4)).currency).toBe('INR');
    const country = invoice([d(20, 15, 'Lieferant Weber', 5), d(20, 22, 'Hauptstraße 1, 80333 München, Deutschland')], plainTotals);
    expect(parseWesternInvoiceText(toPageText(country, ...A4)).currency).toBe('EUR');
  });

  it('VAT ids of two currencies: the seller\'s decides; without the seller\'s, disagreeing ids decide nothing', () => {
    const both = [d(20, 15, 'Lieferant Weber', 5), d(20, 22, 'USt-IdNr.: DE123456789'), d(20, 140, 'Customer VAT GB123456789'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(both, ...A4)).currency).toBe('EUR');
    const unlabelled = [d(20, 15, 'Lieferant Weber', 5), d(20, 140, 'Ids: DE123456789 / GB123456789'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(unlabelled, ...A4)).currency).toBeNull();
  });

  it('a currency label states a code in capitals that ISO 4217 knows, a speck before its colon aside', () => {
    const page = (...rows: Draw[]) => parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Harbour Design', 5), ...rows], plainTotals), ...A4)).currency;
    expect(page(d(20, 60, 'Rechnungswährung'), d(70, 60, 'S: GBP'), d(20, 66, 'Währung der Umsatzsteuerbuchung : EUR'))).toBe('GBP');
    // "der" is a word of the label's sentence, "XQZ" no currency: neither is stated.
    expect(page(d(20, 66, 'Währung der Umsatzsteuerbuchung'))).toBeNull();
    expect(page(d(20, 66, 'Currency: XQZ'))).toBeNull();
    expect(page(d(20, 66, 'Währung: DEM'))).toBe('DEM');
  });

  it('the ISO 4217 codes known are those ICU names in English, current or withdrawn, and only in capitals', () => {
    const names = new Intl.DisplayNames(['en'], { type: 'currency' });
    const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    const codes = [...letters].flatMap((a) => [...letters].flatMap((b) => [...letters].map((c) => a + b + c)));
    expect(codes.filter(isCurrencyCode)).toEqual(codes.filter((c) => names.of(c) !== c));
    expect(['EUR', 'DEM', 'LTL', 'CNH'].every(isCurrencyCode)).toBe(true);
    expect(['VAT', 'LTD', 'eur', 'EURO'].some(isCurrencyCode)).toBe(false);
  });

  it('nothing says it: null, and required_fields names currency (never USD by default)', () => {
    const inv = parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Harbour Design', 5)], plainTotals), ...A4));
    expect(inv.currency).toBeNull();
    expect(inv.totalAmount).toBe(242);
    expect(runChecks(inv, NOW).find((c) => c.id === 'required_fields')).toEqual({ id: 'required_fields', ok: false, message: 'missing: currency' });
  });
});

describe('lines', () => {
  it('items whose centres are half the taller one apart make one line, whatever the producer\'s rounding', () => {
    // A 13.5 pt company name and a 12 pt date right of it, a CSS row's half height lower, as two producers
    // round the same page: the date's centre a hair above or below the name's bottom edge.
    const rows = (jitter: number) => {
      const name = { text: 'Harbour Design', x: 20, y: 21.96, width: 52.4, height: 4.7625, page: 1 };
      const dateY = name.y + name.height / 2 + name.height / 2 - 4.2333 / 2 + jitter;
      return groupLines([name, { text: 'du 15/09/2025', x: 164.4, y: dateY, width: 31.1, height: 4.2333, page: 1 }]).map((l) => l.text);
    };
    expect(rows(-1e-6)).toEqual(['Harbour Design  du 15/09/2025']);
    expect(rows(1e-6)).toEqual(rows(-1e-6));
    // A row's full half height further down is the next line.
    expect(rows(0.5)).toEqual(['Harbour Design', 'du 15/09/2025']);
  });
});

describe('labels above their values', () => {
  it('the invoice number is the cell under "Invoice #", not the Order ID beside it', () => {
    const draws = [d(20, 15, 'Harbour Design', 5), d(20, 40, 'Order ID'), d(60, 40, 'Invoice #'), d(90, 40, 'Date'),
      d(20, 45, 'ORD-2024-000123-XYZ-778'), d(60, 45, '10432'), d(90, 45, '07/14/2024'), d(20, 60, 'Bill to:'), d(20, 65, 'Sunrise Bakery'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(draws, ...A4))).toMatchObject({ number: '10432', date: '2024-07-14' });
  });
});

describe('totals block', () => {
  it('a total with "excl." is net even when its label says total, and the gross is not taken from it', () => {
    // A payment summary above the breakdown: the last "Totaalbedrag" line is the net one.
    const totals = [
      d(120, 60, 'Totaalbedrag incl. BTW:'), d(170, 60, '€ 121,00'),
      d(130, 100, 'Totaalbedrag excl. BTW'), d(170, 100, '€ 100,00'), d(130, 106, 'BTW 21%'), d(172, 106, '€ 21,00'),
    ];
    const inv = parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Bakkerij de Vries B.V.', 5)], totals), ...A4));
    expect(inv).toMatchObject({ amount: 100, taxAmount: 21, totalAmount: 121 });
  });

  it('a label cell with words other than tax qualifiers is not a totals label ("Total qty" beside 5)', () => {
    const totals = [d(130, 100, 'Subtotal'), d(175, 100, '$200.00'), d(130, 106, 'Tax'), d(175, 106, '$30.00'), d(130, 112, 'Total'), d(175, 112, '$230.00'),
      d(130, 125, 'Total qty'), d(177, 125, '5')];
    expect(parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Harbour Design', 5)], totals), ...A4)).totalAmount).toBe(230);
  });

  it('a tax rate is never the tax amount ("VAT 15 %" with no amount on its line)', () => {
    const totals = [d(130, 100, 'Subtotal'), d(175, 100, '$200.00'), d(130, 106, 'VAT 15 %'), d(130, 112, 'Total'), d(175, 112, '$230.00')];
    const inv = parseWesternInvoiceText(toPageText(invoice([d(20, 15, 'Harbour Design', 5)], totals), ...A4));
    expect(inv).toMatchObject({ amount: 200, taxAmount: 30, totalAmount: 230 });
  });
});

describe('parties by layout', () => {
  it('a salutation line or word is not the name ("Herrn" / "Max Mustermann")', () => {
    expect(sample('gutschrift-de').buyer.name).toBe('Max Mustermann');
    const sameLine = [d(20, 15, 'Elektro Weber GmbH', 5), d(20, 52, 'Herrn Max Mustermann'), d(20, 57, 'Rosenweg 3'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(sameLine, ...A4)).buyer.name).toBe('Max Mustermann');
  });

  it('a company whose name starts like a label ("Lieferant GmbH") is a name, not the "Lieferant" label', () => {
    expect(sample('rechnung-de-gln').seller.name).toBe('Lieferant GmbH');
  });

  it('the GLN under the buyer is an id, not part of the name or the address', () => {
    expect(sample('rechnung-de-gln').buyer).toMatchObject({ name: 'MUSTER-KUNDE GMBH', address: 'Kundenstraße 15, 69876 Frankfurt' });
  });

  it('a GLN in its own cell beside the buyer\'s name is not part of the name', () => {
    const draws = [d(20, 15, 'Lieferant GmbH', 5), d(20, 45, 'Rechnungsempfänger'), d(20, 50, 'MUSTER-KUNDE GMBH'), d(62, 50, 'GLN 4304171000002'),
      d(20, 55, 'Kundenstraße 15'), d(20, 60, '69876 Frankfurt'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(draws, ...A4)).buyer.name).toBe('MUSTER-KUNDE GMBH');
  });

  it('the letterhead is the seller; a company in the Bill To block is the buyer, never the seller', () => {
    const inv = sample('invoice-us-order');
    expect(inv.seller.name).toBe('Theodor Est');
    expect(inv.buyer.name).toBe('Sunrise Bakery LLC');
    expect(inv.number).toBe('10432');
  });

  it('a viewer\'s banner sentence above the letterhead is not the seller', () => {
    const draws = [d(17, 10, 'Stylesheet zur Lesbarmachung der XML-Daten von ZUGFeRD 2.0-Rechnungen'), d(20, 20, 'Bäckerei Schmidt', 5), d(20, 28, 'Marktplatz 3, Leipzig'), ...plainTotals];
    expect(parseWesternInvoiceText(toPageText(draws, ...A4)).seller.name).toBe('Bäckerei Schmidt');
  });

  it('"Buyer (Bill to)" is a label whose block holds the name', () => {
    expect(sample('tax-invoice-in').buyer.name).toBe('Gupta Electronics');
  });

  it('real pages: "Customer:2" and "Customer VAT Number" are no name labels, "Invoice to pay by …" is a sentence', async () => {
    const mustang = parseWesternInvoiceText(await pdfPageText(readFixture('facturx', 'mustang_zf2__MustangGnuaccountingBeispielRE-20190610_507.pdf')));
    expect(mustang.buyer.name).toBe('Theodor Est');
    const minimum = parseWesternInvoiceText(await pdfPageText(readFixture('facturx', 'fnfe_fx__Facture_UE_MINIMUM.pdf')));
    expect(minimum.buyer.name).toBe('Me gusta olive');
  });
});

// ---------------------------------------------------------------------------------------------------
// A Factur-X credit note: a Gutschrift page printing negative amounts, with CII XML (TypeCode 381,
// positive amounts, as EN 16931 has them) attached as factur-x.xml.

function creditNoteXml(typeCode: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rsm:CrossIndustryInvoice xmlns:rsm="urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100" xmlns:ram="urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100" xmlns:udt="urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100">
  <rsm:ExchangedDocumentContext><ram:GuidelineSpecifiedDocumentContextParameter><ram:ID>urn:cen.eu:en16931:2017</ram:ID></ram:GuidelineSpecifiedDocumentContextParameter></rsm:ExchangedDocumentContext>
  <rsm:ExchangedDocument><ram:ID>GS-2024-0815</ram:ID><ram:TypeCode>${typeCode}</ram:TypeCode><ram:IssueDateTime><udt:DateTimeString format="102">20240403</udt:DateTimeString></ram:IssueDateTime></rsm:ExchangedDocument>
  <rsm:SupplyChainTradeTransaction>
    <ram:IncludedSupplyChainTradeLineItem>
      <ram:AssociatedDocumentLineDocument><ram:LineID>1</ram:LineID></ram:AssociatedDocumentLineDocument>
      <ram:SpecifiedTradeProduct><ram:Name>Steckdosenleiste 6-fach</ram:Name></ram:SpecifiedTradeProduct>
      <ram:SpecifiedLineTradeAgreement><ram:NetPriceProductTradePrice><ram:ChargeAmount>50.00</ram:ChargeAmount></ram:NetPriceProductTradePrice></ram:SpecifiedLineTradeAgreement>
      <ram:SpecifiedLineTradeDelivery><ram:BilledQuantity unitCode="H87">5</ram:BilledQuantity></ram:SpecifiedLineTradeDelivery>
      <ram:SpecifiedLineTradeSettlement>
        <ram:ApplicableTradeTax><ram:TypeCode>VAT</ram:TypeCode><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
        <ram:SpecifiedTradeSettlementLineMonetarySummation><ram:LineTotalAmount>250.00</ram:LineTotalAmount></ram:SpecifiedTradeSettlementLineMonetarySummation>
      </ram:SpecifiedLineTradeSettlement>
    </ram:IncludedSupplyChainTradeLineItem>
    <ram:ApplicableHeaderTradeAgreement>
      <ram:SellerTradeParty><ram:Name>Elektro Weber GmbH</ram:Name><ram:SpecifiedTaxRegistration><ram:ID schemeID="VA">DE812345678</ram:ID></ram:SpecifiedTaxRegistration></ram:SellerTradeParty>
      <ram:BuyerTradeParty><ram:Name>Max Mustermann</ram:Name></ram:BuyerTradeParty>
    </ram:ApplicableHeaderTradeAgreement>
    <ram:ApplicableHeaderTradeDelivery/>
    <ram:ApplicableHeaderTradeSettlement>
      <ram:InvoiceCurrencyCode>EUR</ram:InvoiceCurrencyCode>
      <ram:ApplicableTradeTax><ram:CalculatedAmount>47.50</ram:CalculatedAmount><ram:TypeCode>VAT</ram:TypeCode><ram:BasisAmount>250.00</ram:BasisAmount><ram:CategoryCode>S</ram:CategoryCode><ram:RateApplicablePercent>19</ram:RateApplicablePercent></ram:ApplicableTradeTax>
      <ram:SpecifiedTradeSettlementHeaderMonetarySummation>
        <ram:LineTotalAmount>250.00</ram:LineTotalAmount><ram:TaxBasisTotalAmount>250.00</ram:TaxBasisTotalAmount>
        <ram:TaxTotalAmount currencyID="EUR">47.50</ram:TaxTotalAmount><ram:GrandTotalAmount>297.50</ram:GrandTotalAmount><ram:DuePayableAmount>297.50</ram:DuePayableAmount>
      </ram:SpecifiedTradeSettlementHeaderMonetarySummation>
    </ram:ApplicableHeaderTradeSettlement>
  </rsm:SupplyChainTradeTransaction>
</rsm:CrossIndustryInvoice>`;
}

async function creditNoteFacturX(): Promise<Uint8Array> {
  const page = SAMPLES.find((x: { name: string }) => x.name === 'gutschrift-de')!.draws
    .map((t: Draw) => (t.text === 'GS-2024/0815' ? { ...t, text: 'GS-2024-0815' } : t));
  const doc = await PDFDocument.load(await toPdf(page, ...A4, false));
  await doc.attach(new TextEncoder().encode(creditNoteXml('381')), 'factur-x.xml', {
    mimeType: 'text/xml', description: 'Factur-X', afRelationship: AFRelationship.Alternative,
    creationDate: new Date('2024-04-03'), modificationDate: new Date('2024-04-03'),
  });
  return doc.save();
}
