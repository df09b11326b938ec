/**
 * What unseen supplier invoices print that the parser missed: totals labels of Finland, Slovakia, Estonia
 * and Croatia, a UK postcode read as a currency sign. One class varied at a time on the supplier invoice
 * of supplier-bill.ts.
 */
import { describe, expect, it } from 'vitest';
import { d } from './page-builder.js';
import { read, totals } from './supplier-bill.js';

describe('totals labels in the languages with few pages', () => {
  it.each<[string, Array<[string, string]>]>([
    ['Finnish, "hinta" inside the net label and "Yhteensä EUR" for the total', [['Veroton hinta yhteensä', '1 240,00'], ['Arvonlisävero 25,5 %', '316,20'], ['Yhteensä EUR', '1 556,20']]],
    ['Slovak, "Základ DPH" for the net and "Spolu na úhradu" for the total', [['Základ DPH 23 %', '1 240,00 €'], ['DPH 23 %', '285,20 €'], ['Spolu na úhradu', '1 525,20 €']]],
    ['Estonian, "Summa km-ta" and "Kokku"', [['Summa km-ta', '1 240,00'], ['Käibemaks 24%', '297,60'], ['Kokku', '1 537,60']]],
  ])('%s: net, tax and total read', (_, rows) => {
    const want = rows.map(([, v]) => Number(v.replace(/[^\d,]/g, '').replace(',', '.')));
    expect(totals({ totals: rows })).toEqual(want);
  });
});

describe('a UK postcode beside the figures', () => {
  it('"Tilbury RM18 7HZ" in the letterhead and "GBP" by the total: pounds, not the ringgit', () => {
    const inv = read({
      letterhead: ['Thames Freight Ltd', 'Unit 7, Dock Road, Tilbury RM18 7HZ', 'VAT Reg. No. GB 318 4471 22'],
      totals: [['Subtotal', '1,240.00'], ['VAT @ 20%', '248.00'], ['Total due GBP', '1,488.00']],
      extra: [{ x: 22, y: 280, text: 'Thames Freight Ltd · Registered office: Unit 7, Dock Road, Tilbury RM18 7HZ' }],
    });
    expect(inv.currency).toBe('GBP');
  });
});

describe('Croatian totals as a narrow cell prints them', () => {
  it('"Ukupno bez PDV-a:" (the genitive) and "Ukupno za" wrapped over "platiti:", the code under the figure', () => {
    const inv = read({
      totals: [['Ukupno bez PDV-a:', '1.240,00 EUR'], ['PDV 25%:', '310,00 EUR']],
      extra: [{ x: 120, y: 137, text: 'Ukupno za' }, { x: 172, y: 137, text: '1.550,00' }, { x: 120, y: 141.5, text: 'platiti:' }, { x: 183, y: 141.5, text: 'EUR' },
        { x: 22, y: 160, text: 'Društvo je upisano u sudski registar. Temeljni kapital 2.650,00 EUR uplaćen u cijelosti.' }],
    });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([1240, 310, 1550]);
  });
});

describe('the addressee\'s contact row', () => {
  it('"z. H. Frau Maria Hofer" under the company (Austria\'s "zu Händen" without the d): the company is the buyer', () => {
    const inv = read({ window: ['Gasthof Zum Goldenen Hirschen KG', 'z. H. Frau Maria Hofer', 'Dorfstraße 9', '6166 Fulpmes'], extra: [d(123, 48, 'Glaserei · Spiegel · Duschen')] });
    expect(inv.buyer.name).toBe('Gasthof Zum Goldenen Hirschen KG');
  });

  it('a tagline of parts at the right, level with the window\'s name, leaves the name the window\'s', () => {
    const inv = read({ window: ['Gasthof Zum Goldenen Hirschen KG', 'z. Hd. Frau Maria Hofer', 'Dorfstraße 9', '6166 Fulpmes'], extra: [d(123, 48, 'Glaserei · Spiegel · Duschen')] });
    expect(inv.buyer.name).toBe('Gasthof Zum Goldenen Hirschen KG');
  });
});

describe('billing and delivery blocks side by side', () => {
  it('"Bill to | Ship to" over the one name printed in both, read as one cell: the name once', () => {
    const inv = read({
      window: [], info: [['Invoice number', 'INV-2025-00042'], ['Date of issue', 'Nov 3, 2025']],
      extra: [d(22, 60, 'Bill to'), d(80, 60, 'Ship to'), d(22, 64.5, 'Harbor & Pine Design Co. Harbor & Pine Design Co.'), d(22, 69, '1201 Western Ave, Suite 300'), d(80, 69, 'Seattle, WA 98101'), d(22, 73.5, 'Seattle, Washington 98101')],
    });
    expect(inv.buyer.name).toBe('Harbor & Pine Design Co.');
  });
});

describe('the letterhead under a logo beside the customer\'s block', () => {
  it('the footer\'s company printed at the top left under a logo word, the customer\'s block at the right set a row higher', () => {
    const inv = read({
      letterhead: ['VERMEULEN', 'bouw & renovatie'], window: [], info: [],
      extra: [d(22, 30, 'Bouwbedrijf Vermeulen BV'), d(22, 34.5, 'Battelsesteenweg 188'), d(22, 39, '2800 Mechelen'), d(22, 43.5, 'BTW BE 0456.789.123'),
        d(118, 26, 'Immo Lier NV'), d(118, 30, 't.a.v. dhr. Peeters'), d(118, 34.5, 'Kesselsesteenweg 12'), d(118, 39, '2500 Lier'),
        d(22, 62, 'Factuurnummer : 2025/0347'), d(22, 66.5, 'Factuurdatum : 17/11/2025'),
        d(32, 280, 'Bouwbedrijf Vermeulen BV · Battelsesteenweg 188, 2800 Mechelen · BE 0456.789.123')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Bouwbedrijf Vermeulen BV', 'Immo Lier NV']);
  });

  it('a tagline ending in its founding year ("depuis 1962") is no sender line; of two companies side by side, the one the logo names is the seller', () => {
    const inv = read({
      letterhead: ['MAISON KIEFFER', 'Traiteur · Pâtisserie · depuis 1962'], window: [], info: [],
      extra: [d(22, 36, 'Kieffer Traiteur S.à r.l.'), d(22, 40.5, '45, Grand-Rue'), d(22, 45, 'L-9050 Ettelbruck'), d(22, 49.5, 'TVA LU 21345678'),
        d(118, 36, 'Fiduciaire Moselle S.A.'), d(118, 40.5, 'Service comptabilité'), d(118, 45, '12, route du Vin'), d(118, 49.5, 'L-5401 Ahn'),
        d(22, 62, 'Facture n° 2025-1433'), d(22, 66.5, 'Date 25.11.2025')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Kieffer Traiteur S.à r.l.', 'Fiduciaire Moselle S.A.']);
  });
});

describe('the window\'s name beside the title and its number', () => {
  it('"ARVE nr 2025-214" level with the name, a little less than a column away: no info row, the name opens the window', () => {
    const inv = read({
      window: [], info: [],
      extra: [d(22, 40, 'Tallinna Mööblistuudio AS'), d(100, 40, 'ARVE nr 2025-214'), d(22, 44.5, 'Telliskivi 60a'), d(22, 49, '10412 Tallinn'), d(100, 49, 'Kuupäev: 19.11.2025')],
    });
    expect(inv.buyer.name).toBe('Tallinna Mööblistuudio AS');
  });
});

describe('a table of labelled rows for the parties', () => {
  it('"Piegādātājs: | SIA …" and "Saņēmējs: | SIA …", each over "Reģ. Nr.:", "PVN Nr.:", "Adrese:" rows: the values beside the party labels', () => {
    const rows: Array<[string, string]> = [['Piegādātājs:', 'SIA "Daugavas Drukas Centrs"'], ['Reģ. Nr.:', '40103123456'], ['PVN Nr.:', 'LV40103123456'], ['Adrese:', 'Maskavas iela 240, Rīga, LV-1063'],
      ['Saņēmējs:', 'SIA "Vidzemes Pārtika"'], ['Reģ. Nr.:', '44103098765'], ['PVN Nr.:', 'LV44103098765'], ['Adrese:', 'Rīgas iela 12, Valmiera, LV-4201'], ['Apmaksas termiņš:', '02.12.2025']];
    const inv = read({
      letterhead: ['DDC Daugavas Drukas Centrs'], window: [], info: [],
      extra: [d(80, 25, 'RĒĶINS Nr. DDC-2025/0977'), d(96, 30, 'Datums: 18.11.2025'), ...rows.flatMap(([label, value], k) => [d(22, 40 + 4.5 * k, label), d(55, 40 + 4.5 * k, value)])],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['SIA "Daugavas Drukas Centrs"', 'SIA "Vidzemes Pārtika"']);
  });
});

describe('the number beside the document\'s word', () => {
  it('"Factuur | 25-0812" over "Datum | 13-11-2025" in the info table: the number', () => {
    const inv = read({ title: 'Betreft: vervanging cv-ketels', info: [['Factuur', '25-0812'], ['Datum', '13-11-2025'], ['Debiteur', '20318']] });
    expect([inv.number, inv.date]).toEqual(['25-0812', '2025-11-13']);
  });
});

describe('a footer set in columns', () => {
  it('a logo word over the window, "Brugwerk Installatietechniek B.V. | T 033 461 22 90 | KvK 61234567" at the foot: the footer\'s company is the seller', () => {
    const inv = read({
      letterhead: [], info: [['Factuur', '25-0812'], ['Datum', '13-11-2025']],
      extra: [d(150, 15, 'BRUGWERK', 6), d(125, 22, 'installatie · onderhoud · service'),
        d(22, 270, 'Brugwerk Installatietechniek B.V.'), d(92, 270, 'T 033 461 22 90'), d(130, 270, 'KvK 61234567'),
        d(22, 274.5, 'Nijverheidsweg-Noord 58'), d(92, 274.5, 'info@brugwerk.nl'), d(130, 274.5, 'Btw NL854123987B01'),
        d(22, 279, '3812 PN Amersfoort'), d(92, 279, 'www.brugwerk.nl'), d(130, 279, 'IBAN NL91 ABNA 0417 1643 00')],
    });
    expect(inv.seller.name).toBe('Brugwerk Installatietechniek B.V.');
  });
});

describe('an Indian tax invoice\'s Grand Total row', () => {
  it('"Grand Total | 12,000 | ₹" over "Nos | 53,690.00": the figure under the sign is the total, the one before it the quantity', () => {
    const inv = read({
      letterhead: ['SHREE GANESH PACKAGING PVT. LTD.', 'Gat No. 214, Chakan MIDC Phase II, Pune', 'GSTIN/UIN: 27AABCS1234F1Z5'], window: ['Konkan Food Products LLP', 'Plot B-17, MIDC Lote Parshuram', 'Ratnagiri'],
      info: [['Invoice No.', 'SGP/25-26/0914'], ['Dated', '12-Nov-2025']], totals: [['CGST @ 9%', '4,095.00'], ['SGST @ 9%', '4,095.00']],
      extra: [d(64, 140, 'Grand Total'), d(125, 140, '12,000'), d(192, 140, '₹'), d(133, 144.2, 'Nos'), d(178.8, 144.2, '53,690.00')],
    });
    expect([inv.taxAmount, inv.totalAmount]).toEqual([8190, 53690]);
  });
});

describe('a buyer\'s block set flush right', () => {
  it('"Kupac:" over rows ending where it ends, the letterhead\'s rows level with them at the left: the block\'s name is the buyer', () => {
    const right = (y: number, text: string) => d(187.9 - text.length * 1.65, y, text);
    const inv = read({
      letterhead: ['Dalmacija Klima d.o.o.', 'Put Supavla 21, 21000 Split', 'OIB: 12345678903', 'IBAN: HR12 2340 0091 1100 2345 6', '(PBZ)'], window: [], info: [],
      extra: [right(15, 'Kupac:'), right(20, 'Hotel Bačvice Residence d.o.o.'), right(25, 'Šetalište Ivana Meštrovića 4'), right(30, '21000 Split'), right(35, 'OIB: 98765432106'),
        d(22, 62, 'RAČUN br. 512-2-1'), d(22, 67, 'Datum i vrijeme izdavanja: 20.11.2025. 14:32')],
    });
    expect([inv.seller.name, inv.buyer.name]).toEqual(['Dalmacija Klima d.o.o.', 'Hotel Bačvice Residence d.o.o.']);
  });
});
