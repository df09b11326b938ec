import { describe, expect, it } from 'vitest';
import { parseCii, isCiiXml } from '../../src/invoice/cii.js';
import { facturxXml, readFixture } from './fixtures.js';
import { pdfAttachments } from '../../src/pdf/text.js';

// Expected values read by hand from the XML files in fixtures/real/facturx.
describe('parseCii on the Factur-X / ZUGFeRD corpus', () => {
  it('Factur-X BASIC WL (FR): header totals, parties, due date, no lines', () => {
    const inv = parseCii(facturxXml('fnfe_fx__Facture_FR_BASICWL'));
    expect(inv).toMatchObject({
      number: 'FA-2017-0010', date: '2017-11-13', dueDate: '2017-12-13', currency: 'EUR',
      amount: 624.9, taxAmount: 46.25, totalAmount: 671.15, items: [],
    });
    expect(inv.seller).toMatchObject({ name: 'Au bon moulin', taxId: 'FR11999999998', account: 'FR2012421242124212421242124' });
    expect(inv.seller.address).toContain('Malaucène');
    expect(inv.buyer).toMatchObject({ name: 'Ma jolie boutique', taxId: 'FR19787878784' });
    expect(inv.remarks).toContain('Franco de port');
    expect(inv.fieldSources).toMatchObject({ number: 'xml', totalAmount: 'xml', 'seller.name': 'xml' });
  });

  it('Factur-X MINIMUM: zero tax, grand total not the due payable', () => {
    const inv = parseCii(facturxXml('fnfe_fx__Facture_UE_MINIMUM'));
    expect(inv).toMatchObject({ number: 'FA-2017-0008', date: '2017-11-03', dueDate: null, amount: 2076.76, taxAmount: 0, totalAmount: 2076.76 });
    expect(inv.seller.name).toBe('Au bon moulin');
    expect(inv.buyer).toMatchObject({ name: 'Me gusta olive', taxId: 'ESA12345674', address: 'ES' });
  });

  it('ZUGFeRD 2.0 BASIC taxi ride: two lines at 7 %', () => {
    const inv = parseCii(facturxXml('intarsys_zf2p0__zugferd_2p0_BASIC_Taxifahrt'));
    expect(inv).toMatchObject({ number: 'TX-471102', date: '2018-10-30', dueDate: '2018-11-29', amount: 16.9, taxAmount: 1.18, totalAmount: 18.08 });
    expect(inv.seller).toMatchObject({ name: 'Taxiunternehmen TX GmbH', taxId: 'DE123456789', address: 'Lieferantenstraße 20, 10369 Berlin, DE' });
    expect(inv.buyer.name).toBe('Taxi-Gast AG Mitte');
    expect(inv.items).toEqual([
      { name: 'Grundpreis (Pauschale)', spec: null, unit: 'C62', quantity: 1, unitPrice: 3.9, amount: 3.9, taxRate: 0.07, taxAmount: null },
      { name: 'Stadtfahrt - 2,00 Euro je gefahrene Kilometer', spec: null, unit: 'C62', quantity: 6.5, unitPrice: 2, amount: 13, taxRate: 0.07, taxAmount: null },
    ]);
  });

  it('ZUGFeRD 2.0 EN16931 Einfach: VAT id preferred over the tax number', () => {
    const inv = parseCii(facturxXml('intarsys_zf2p0__zugferd_2p0_EN16931_Einfach'));
    expect(inv).toMatchObject({ number: '471102', date: '2018-03-05', amount: 473, taxAmount: 56.87, totalAmount: 529.87 });
    expect(inv.seller).toMatchObject({ name: 'Lieferant GmbH', taxId: 'DE123456789' });
    expect(inv.buyer).toMatchObject({ name: 'Kunden AG Mitte', taxId: null });
    expect(inv.items.map((i) => [i.name, i.quantity, i.unitPrice, i.amount, i.taxRate])).toEqual([
      ['Trennblätter A4', 20, 9.9, 198, 0.19],
      ['Joghurt Banane', 50, 5.5, 275, 0.07],
    ]);
    // The REG note (registration data) is not a remark.
    expect(inv.remarks).toBe('Rechnung gemäß Bestellung vom 01.03.2018.');
  });

  it('ZUGFeRD 2.0 EN16931 Rabatte: header allowances/charges balance the lines', () => {
    const inv = parseCii(facturxXml('intarsys_zf2p0__zugferd_2p0_EN16931_Rabatte'));
    expect(inv).toMatchObject({ number: '471102', date: '2018-06-05', amount: 193.77, taxAmount: 21.3, totalAmount: 215.07 });
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([
      ['Kunstrasen grün 3m breit', 10],
      ['Schweinesteak', 27.5],
      ['Mineralwasser Medium 12 x 1,0l PET', 109.8],
      ['Pfand', 55.4],
      ['Sondernachlass', -1],
      ['Sondernachlass', -13.73],
      ['Versandkosten', 5.8],
    ]);
    expect(inv.items[0]).toMatchObject({ unit: 'MTK', quantity: 3, unitPrice: 3.3333, spec: '300cm x 100 cm' });
  });

  it('ZUGFeRD 2.0 EXTENDED foreign currency: GBP, tax in invoice currency, latest due date', () => {
    const inv = parseCii(facturxXml('intarsys_zf2p0__zugferd_2p0_EXTENDED_Fremdwaehrung'));
    expect(inv).toMatchObject({ number: '47110815', date: '2018-10-31', dueDate: '2018-11-20', currency: 'GBP', amount: 858.75, taxAmount: 163.16, totalAmount: 1021.91 });
    expect(inv.seller).toMatchObject({ name: 'Rohstoff AG Salzgitter', taxId: 'DE123456789', account: 'DE12123443219876' + '00' });
    expect(inv.buyer.name).toBe('Metallbau Leipzig GmbH & Co. KG');
    expect(inv.items.map((i) => i.amount)).toEqual([850, 30, -21.25]);
  });

  it('ZUGFeRD 1.0 (CrossIndustryDocument namespace)', () => {
    const inv = parseCii(facturxXml('konik_zf1__acme_invoice-42_ZUGFeRD'));
    expect(inv).toMatchObject({ number: '20131122-42', date: '2014-11-08', currency: 'EUR', amount: 100, taxAmount: 19, totalAmount: 119 });
    expect(inv.seller).toMatchObject({ name: 'Seller Inc.', taxId: 'DE122...', address: 'Marienplatz 1, 80331 München, DE' });
    expect(inv.buyer.name).toBe('Buyer Inc.');
    expect(inv.items).toHaveLength(1);
    expect(inv.items[0]).toMatchObject({ name: 'Saddle', quantity: 1, amount: null });
  });

  it('Mustang (ZUGFeRD 2 EN16931): phone, IBAN without spaces, three lines', () => {
    const inv = parseCii(facturxXml('mustang_zf2__MustangGnuaccountingBeispielRE-20190610_507'));
    expect(inv).toMatchObject({ number: 'RE-20190610/507', date: '2019-06-10', dueDate: '2019-07-01', amount: 496, taxAmount: 75.04, totalAmount: 571.04 });
    expect(inv.seller).toMatchObject({ name: 'Bei Spiel GmbH', taxId: 'DE136695976', phone: '++49(0)237823', account: 'DE88200800000970375700' });
    expect(inv.buyer).toMatchObject({ name: 'Theodor Est', taxId: 'DE999999999' });
    expect(inv.items.map((i) => [i.quantity, i.unitPrice, i.amount, i.taxRate])).toEqual([
      [1, 160, 160, 0.07], [400, 0.79, 316, 0.19], [800, 0.025, 20, 0.19],
    ]);
  });
});

describe('Factur-X PDFs through pdfAttachments', () => {
  it('finds the embedded XML of every PDF and parses it to the same invoice as the sidecar', async () => {
    const stems = ['fnfe_fx__Facture_FR_BASICWL', 'konik_zf1__acme_invoice-42_ZUGFeRD', 'intarsys_zf2p0__zugferd_2p0_EXTENDED_Fremdwaehrung'];
    for (const stem of stems) {
      const attachments = await pdfAttachments(readFixture('facturx', `${stem}.pdf`));
      const xml = attachments.find((a) => /\.xml$/i.test(a.name));
      expect(xml, stem).toBeDefined();
      expect(isCiiXml(new TextDecoder().decode(xml!.bytes))).toBe(true);
      expect(parseCii(xml!.bytes)).toEqual(parseCii(facturxXml(stem)));
    }
  });
});

describe('parseCii errors', () => {
  it('malformed XML is XML_CORRUPT, other XML is EXTRACTION_FAILED', () => {
    expect(() => parseCii('<a><b></a>')).toThrow(expect.objectContaining({ code: 'XML_CORRUPT' }));
    expect(() => parseCii('<Invoice/>')).toThrow(expect.objectContaining({ code: 'EXTRACTION_FAILED' }));
  });
});
