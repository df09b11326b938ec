/**
 * Parties of Western pages as a scan reads them, drawn here (never the real files): an address block
 * that starts above the usual window, a weight that ends in "KG", a label whose umlaut OCR dropped, a
 * viewer's "Label:" rows above the buyer, and a block that opens with its town.
 */
import { describe, expect, it } from 'vitest';
import type { TextItem } from '../../src/core/text.js';
import { guessesOf } from '../../src/invoice/index.js';
import { ocrTolerant } from '../../src/invoice/western/ocr-tolerant-labels.js';
import { parseWesternInvoiceText } from '../../src/invoice/western/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const parse = (draws: Draw[]) => parseWesternInvoiceText(toPageText(draws, 210, 297));
const totals = [d(20, 200, 'Total HT'), d(150, 200, '100,00 €'), d(20, 206, 'TVA 20%'), d(150, 206, '20,00 €'), d(20, 212, 'Total TTC'), d(150, 212, '120,00 €')];

describe('the seller of a scan', () => {
  it('ends with its company form in a sender line whose separators OCR lost', () => {
    for (const [sender, name] of [['Schrauben-Krause KG Werksrae 42103 Wuppetal', 'Schrauben-Krause KG'], ['Feldmann Bürotechnik GmbH Kner Str. 88 40211 Düsseldorf', 'Feldmann Bürotechnik GmbH']]) {
      const inv = parse([
        d(20, 12, sender),
        d(20, 50, 'Metallbau Richter GmbH'), d(20, 55, 'Lindenweg 3'), d(20, 60, '50858 Köln'),
        d(120, 50, 'Rechnung Nr.'), d(160, 50, 'SK-240077'), d(120, 55, 'Datum'), d(160, 55, '03.07.2024'),
        ...totals,
      ]);
      expect(inv.seller.name, sender).toBe(name);
      expect(inv.buyer.name).toBe('Metallbau Richter GmbH');
    }
  });

  it("keeps a form's stop that OCR ran into the street after it, the space lost", () => {
    for (const [row, name] of [['Harwick Office Supplies, Inc.4410 Ridge Rd, Suite 2', 'Harwick Office Supplies, Inc.'], ['Brightline Tools Corp.2201 Elm St', 'Brightline Tools Corp.']]) {
      const inv = parse([
        d(20, 12, row), d(150, 13, 'INVOICE'), d(20, 18, 'Austin, TX 78759'), d(130, 20, 'Invoice No. HW-25-0311'), d(130, 26, 'Invoice Date: March 14, 2025'),
        d(20, 50, 'SOLD TO'), d(20, 56, 'Bluebonnet Pediatrics, PLLC'), d(20, 62, '3705 Medical Pkwy, Suite 300'), d(20, 68, 'Austin, TX 78756'),
        d(100, 200, 'Subtotal'), d(150, 200, '100.00'), d(100, 206, 'Sales Tax'), d(150, 206, '8.25'), d(100, 212, 'Total'), d(150, 212, '$108.25'),
      ]);
      expect(inv.seller.name, row).toBe(name);
      expect(inv.buyer.name).toBe('Bluebonnet Pediatrics, PLLC');
    }
  });
});

describe('the address block of a scan', () => {
  it('leaves out the sender line above it, its small print misread: the seller\'s name a few letters off, then an address', () => {
    const page = (sender: string, buyer: string) => parse([
      d(20, 12, 'Malerbetrieb Schneider GmbH'), d(20, 18, 'Venloer Straße 212 · 50823 Köln'),
      d(20, 44, sender),
      d(20, 50, buyer), d(20, 55, 'Lindenweg 3'), d(20, 60, '50858 Köln'),
      d(120, 50, 'Rechnung Nr.'), d(160, 50, '2025-0412'), d(120, 55, 'Datum'), d(160, 55, '14.03.2025'),
      ...totals,
    ]);
    for (const sender of ['Malerbetrieb scheider Gm - VenloerStrae 212 5823 Kn', 'MalerbetriebSchneider GmbH VenloerStrae 212 50823 Koln']) {
      expect(page(sender, 'Martina und Jörg Bauer').buyer.name, sender).toBe('Martina und Jörg Bauer');
    }
    // The seller's name misread beyond a fifth of its letters: the row is still a whole address, no name.
    expect(page('cme GmH I VenloerStrae 212 50823 Koln', 'Martina und Jörg Bauer').buyer.name).toBe('Martina und Jörg Bauer');
    // A buyer whose name starts like the seller's is still the buyer: its street is a row of its own.
    expect(page('Malerbetrieb Schneider GmbH · Venloer Straße 212 · 50823 Köln', 'Malerbetrieb Schneiders Erben KG').buyer.name).toBe('Malerbetrieb Schneiders Erben KG');
  });

  it('starts above the window (a scan moved the page up): its name is the first row of the block', () => {
    for (const [name, town] of [['Boulangerie Vidal', '69001 Lyon'], ['Elektro Haas', 'D-07545 GERA']]) {
      const inv = parse([
        d(20, 6, 'Atelier Mercier SARL - 12 rue Haute - 84340 Malaucène - France'),
        d(10, 22, 'Facture F-2024-0042'), d(10, 28, 'Adresse de livraison'),
        d(10, 31.2, name), d(80, 31.2, name), d(10, 34.1, '4 place du Marché'), d(80, 34.1, 'Jeanne Vidal'),
        d(10, 37, town), d(80, 37, '4 place du Marché'), d(10, 40, 'France'), d(80, 40, town),
        d(10, 52, 'Date de facture'), d(40, 52, '14/03/2024'),
        ...totals,
      ]);
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)['buyer.name']).toBeUndefined();
    }
  });

  it('opens with its town (the name was not read): the buyer is flagged, never stated as a name', () => {
    const inv = parse([
      d(20, 6, 'Atelier Mercier SARL - 12 rue Haute - 84340 Malaucène - France'),
      d(10, 22, 'Facture F-2024-0042'),
      d(10, 45, '69001 Lyon'), d(10, 48, 'France'),
      d(10, 62, 'Date de facture'), d(40, 62, '14/03/2024'),
      ...totals,
    ]);
    expect(Object.keys(guessesOf(inv))).toContain('buyer.name');
  });

  it('a viewer\'s "Label:" rows and the banner above them are no buyer; the label with a dropped umlaut is read', () => {
    const inv = parse([
      d(14, 8, 'Visualisierung eRechnung'), d(15, 21, 'Lesbarmachung der XML-Daten von elektronischen Rechnungen'),
      d(16, 28, 'Stylesheet-Version:'), d(62, 28, '2.6 vom 10.11.2025'),
      d(16, 31, 'Rechnungsstandard:'), d(62, 31, 'Factur-x 1.0'),
      d(15, 46, 'Handelsrechnung (380) Nr. 471102 vom 15.11.2024'),
      d(16, 64, 'Verkäufer'), d(15, 73, 'Name:'), d(72, 73, 'Handwerker GmbH'),
      d(15, 96, 'Kufer/Leistungsempfanger'), d(15, 99.5, 'Nummer:'), d(72, 99.5, 'GE2020211'),
      d(15, 102.5, 'Name:'), d(71, 102.5, 'Kunden AG Mitte'),
      d(15, 140, 'Summe Nettobeträge:'), d(150, 140, '1.000,00'),
      d(15, 146, 'Umsatzsteuer gesamt:'), d(150, 146, '190,00'),
      d(15, 152, 'Gesamtbetrag:'), d(150, 152, '1.190,00'),
    ]);
    expect(inv.buyer.name).toBe('Kunden AG Mitte');
    expect(inv.seller.name).toBe('Handwerker GmbH');
  });
});

describe('company forms', () => {
  it('a weight in KG near the top is no company: the letterhead stays the seller', () => {
    const inv = parse([
      d(28, 4, 'Die Vordefinierte Firma'), d(85, 4, 'Tel: +49 (030) 41092-0'),
      d(28, 7, 'Waldstrasse 86-90'), d(28, 10, '13403 Berlin'),
      d(104, 17, 'Rechnung'), d(54, 29, 'Belegnummer'), d(88, 29, '90005178'),
      d(4, 70.6, 'Gross Weight'), d(27, 70.6, '308,500 KG'),
      d(4, 150, 'Nettobetrag'), d(120, 150, '1.000,00'), d(4, 156, 'MwSt 19%'), d(120, 156, '190,00'), d(4, 162, 'Gesamtbetrag'), d(120, 162, '1.190,00'),
    ]);
    expect(inv.seller.name).toBe('Die Vordefinierte Firma');
  });
});

describe('labels read by OCR', () => {
  it('a marked letter left out of a long label word still reads as the label, a short word stays exact', () => {
    const buyer = ocrTolerant(/^käufer$/i);
    expect(['Käufer', 'Kaufer', 'Kufer'].map((t) => buyer.test(t))).toEqual([true, true, true]);
    expect(ocrTolerant(/^à$/i).test('')).toBe(false);
  });
});

describe('a labelled block that opens with two names', () => {
  const page = (rows: string[]) => parse([
    d(20, 6, 'Atelier Mercier SARL - 12 rue Haute - 84340 Malaucène - France'),
    d(10, 22, 'Facture F-2024-0042'), d(10, 28, 'Date de facture'), d(40, 28, '14/03/2024'),
    d(120, 40, 'CLIENT :'), ...rows.map((row, i) => d(120, 44 + 4 * i, row)),
    ...totals,
  ]);

  it('a contact over a company, in an order the page does not say: the first is kept and buyer.name flagged', () => {
    const inv = page(['Jeanne Vidal', 'Boulangerie Vidal', '4 place du Marché', '69001 Lyon']);
    expect(inv.buyer.name).toBe('Jeanne Vidal');
    expect(guessesOf(inv)['buyer.name']).toMatch(/"Jeanne Vidal" and "Boulangerie Vidal"/);
    // OCR joined the company's words: still a second name.
    expect(guessesOf(page(['Jeanne Vidal', 'BOULANGERIEVIDAL', '4 place du Marché']))['buyer.name']).toMatch(/BOULANGERIEVIDAL/);
  });

  it('a company form names the party; a name over its street, a lone word or a table header is no doubt', () => {
    const formed = page(['Boulangerie Vidal SARL', 'Service achats', '4 place du Marché', '69001 Lyon']);
    expect(formed.buyer.name).toBe('Boulangerie Vidal SARL');
    expect(guessesOf(formed)['buyer.name']).toBeUndefined();
    for (const rows of [['CASH', 'Jeanne Vidal', '4 place du Marché'], ['Jeanne Vidal', 'Item Qty Price Amount', 'Baguette 2 1,10 2,20']]) {
      expect(guessesOf(page(rows))['buyer.name']).toBeUndefined();
    }
    const plain = page(['Boulangerie Vidal', '4 place du Marché', '69001 Lyon']);
    expect(plain.buyer.name).toBe('Boulangerie Vidal');
    expect(guessesOf(plain)['buyer.name']).toBeUndefined();
  });
});

describe('rows as OCR boxes them', () => {
  /** An OCR'd item: its box reaches about 1.5 mm above and below the letters, as PaddleOCR's do. */
  const ocr = (x: number, y: number, text: string, height = 6): TextItem => ({ text, x, y, width: text.length * 2, height, page: 1, confidence: 95 });
  const parseItems = (items: TextItem[]) => parseWesternInvoiceText([{ page: 1, width: 210, height: 297, items }]);
  const info = [ocr(140, 28, 'Invoice No. 2025-311'), ocr(140, 33, 'Date: 4 June 2025'), ocr(120, 120, 'Total'), ocr(170, 120, '€1,210.00')];

  it("a letterhead's rows end where the rows' pitch does, however close OCR's boxes come to the window's name", () => {
    for (const attention of [[], [ocr(23, 54, 'Attn. Purchasing')]]) {
      const inv = parseItems([
        ocr(24, 21, 'Harbourline Studio B.V.'), ocr(24, 26, 'Prinsengracht 88'), ocr(24, 31, '1015 DV Amsterdam'),
        // A row of registration numbers (its "·" read as ":", an id row) whose box OCR drew taller: its
        // bottom is 6.5 mm over the next row's top.
        ocr(23, 35.8, 'KvK 12345678 : VAT NL001234567B01', 7.1),
        ocr(24, 49.4, 'Nordlicht Werkstatt GmbH'), ...attention, ocr(23, 59.6, 'Havelufer 12'), ocr(23, 64.3, '14482 Potsdam'), ...info,
      ]);
      expect(inv.buyer.name).toBe('Nordlicht Werkstatt GmbH');
      expect(inv.seller.address).not.toContain('Nordlicht');
    }
  });

  it("the window's rows keep their own places when a line joins them to the letterhead's column set a little higher", () => {
    const inv = parseItems([
      ocr(118, 22.6, 'Veldkamp Advies'), ocr(118, 27.8, 'Veldkamp Advies B.V.'), ocr(118, 32.3, 'Stationsweg 14'), ocr(118, 37, '3811 MK Amersfoort'),
      ocr(118, 47.5, 'KvK 87654321'),
      ocr(23, 33.3, 'Stichting Speeltuin De Egel'), ocr(23, 38.5, 't.a.v. de administratie'), ocr(23, 43.8, 'Postbus 2210'), ocr(23, 48.8, '3800 CE Amersfoort'),
      ...info.slice(2), ocr(22, 76, 'Factuurnummer'), ocr(69, 76, '2025-0107'),
    ]);
    expect(inv.buyer.name).toBe('Stichting Speeltuin De Egel');
  });
});

describe("a letterhead's name that the scan's own rows confirm, its footer and payee lost", () => {
  const ocr = (x: number, y: number, text: string): TextItem => ({ text, x, y, width: text.length * 2, height: 5, page: 1, confidence: 95 });
  const parseItems = (items: TextItem[]) => parseWesternInvoiceText([{ page: 1, width: 210, height: 297, items }]);
  const body = [ocr(120, 80, 'Factuurnummer'), ocr(160, 80, '2025-0047'), ocr(120, 85, 'Factuurdatum'), ocr(160, 85, '12-06-2025'),
    ocr(20, 120, 'Subtotaal'), ocr(160, 120, '€2.450,00'), ocr(20, 126, 'BTW 21%'), ocr(160, 126, '€514,50'), ocr(20, 132, 'Totaal'), ocr(160, 132, '€2.964,50')];
  const guessed = (items: TextItem[]) => 'seller.name' in guessesOf(parseItems(items));

  it('by a registration in its rows, on a page that labels the buyer apart', () => {
    const buyer = (label: string, y = 28) => [ocr(20, y, label), ocr(20, y + 5, 'Sportschool Fit4All B.V.'), ocr(20, y + 10, 'Zeestraat 101'), ocr(20, y + 15, '2042 LC Zandvoort')];
    const letterhead = (registration: string) => [ocr(160, 12, 'Bureau Dekker'), ocr(154, 18, 'Communicatie & Ontwerp'), ocr(165, 28, 'Kruisweg 44'),
      ocr(160, 33, '2011 LC Haarlem'), ocr(164, 38, registration)];
    for (const registration of ['KvK 71234567', 'BTW NL001234567B01', 'UID: ATU12345678', '2011 LC HaarlemUID: ATU12345678']) {
      const items = [...letterhead(registration), ...buyer('Klantgegevens'), ...body];
      expect(parseItems(items).seller.name, registration).toBe('Bureau Dekker');
      expect(guessed(items), registration).toBe(false);
    }
    // No buyer's label (the addressee in the window): the block under the name may be the addressee's, with its registration.
    expect(guessed([...letterhead('KvK 71234567'), ...buyer('', 40).slice(1), ...body])).toBe(true);
    // A seller's label over the block is no name the registration confirms.
    expect(guessed([ocr(160, 12, 'LOGO Vendeur'), ...letterhead('KvK 71234567').slice(1), ...buyer('Klantgegevens'), ...body])).toBe(true);
    // A registration in the buyer's column only is the buyer's.
    expect(guessed([...letterhead('Kruisweg 44'), ...buyer('Klantgegevens'), ocr(20, 48, 'BTW NL009876543B01'), ...body])).toBe(true);
  });

  it('by a sender line that opens with it, its separators lost', () => {
    const page = (sender: string) => [ocr(150, 12, 'Lena Hoffmann'), ocr(140, 18, 'Grafikdesign & Illustration'), ocr(20, 40, sender),
      ocr(20, 46, 'Weinhandlung Kramer'), ocr(20, 51, 'Karl-Liebknecht-Str. 30'), ocr(20, 56, '04107 Leipzig'), ...body];
    expect(guessed(page('Lena Hoffmann Schilerstrae 7 04109 Leipig'))).toBe(false);
    // Another name's sender line, or one without an address, confirms nothing.
    expect(guessed(page('Grafikbüro Nord Schilerstrae 7 04109 Leipig'))).toBe(true);
    expect(guessed(page('Lena Hoffmann Grafikdesign'))).toBe(true);
    // A sender line of a longer name, or of a name run into the next word, says the name read is short.
    expect(guessed(page('Lena Hoffmann GmbH Postfach 10 11 04171 Leipzig'))).toBe(true);
    expect(guessed(page('Lena Hoffmann Grafik · Postfach 10 20 30 53105 Bonn'))).toBe(true);
    expect(guessed(page('Lena HoffmannGrafik Schilerstrae 7 04109 Leipig'))).toBe(true);
  });

  it('by a row that goes on with a street written number first, as English and French write it', () => {
    const page = (row: string) => [ocr(150, 12, 'Harbourline Studio'), ocr(140, 18, 'Design & Print'), ocr(20, 46, 'Weinhandlung Kramer'),
      ocr(20, 51, 'Karl-Liebknecht-Str. 30'), ocr(20, 56, '04107 Leipzig'), ...body, ocr(20, 270, row)];
    expect(guessed(page('Harbourline Studio 500 Howard Street, San Francisco, CA 94105 Tax ID 84-4471208'))).toBe(false);
    expect(guessed(page('Harbourline Studio 5 rue de la Soif 35400 Saint-Malo'))).toBe(false);
    // (A street named by an ordinal, "1st Ave", "42nd Street".)
    expect(guessed(page('Harbourline Studio 2200 1st Ave S, Seattle, WA 98134 · billing@harbourline.example'))).toBe(false);
    expect(guessed(page('Harbourline Studio 118 42nd Street, New York, NY 10036'))).toBe(false);
    // Figures that are no house number before a street, or another name's row, confirm nothing.
    expect(guessed(page('Harbourline Studio 500 Howard Street'))).toBe(true);
    expect(guessed(page('Harbourline Prints 500 Howard Street, San Francisco, CA 94105'))).toBe(true);
  });

  it('by a row that goes on with a street of a few words opening with its kind, as Romance languages write it', () => {
    const page = (row: string) => [ocr(150, 12, 'Tipografia Rinaldi'), ocr(140, 18, 'Stampa & Grafica'), ocr(20, 46, 'Weinhandlung Kramer'),
      ocr(20, 51, 'Karl-Liebknecht-Str. 30'), ocr(20, 56, '04107 Leipzig'), ...body, ocr(20, 270, row)];
    expect(guessed(page('Tipografia Rinaldi Via Tortona 25, 20144 Milano Capitale sociale 5.000.000 iv.'))).toBe(false);
    expect(guessed(page('Tipografia Rinaldi Carrer del Roser 22, 17800 Olot (Girona)'))).toBe(false);
    expect(guessed(page('Tipografia Rinaldi Av. de la Palmera 19 41013 Sevilla'))).toBe(false);
    // Words of no street's kind before the figures go on with the name; a street without its town confirms nothing.
    expect(guessed(page('Tipografia Rinaldi Grafica Moderna 25, 20144 Milano'))).toBe(true);
    expect(guessed(page('Tipografia Rinaldi Via Tortona 25'))).toBe(true);
    // A letterhead in capitals that such a row writes out with its form: the written name, so confirmed.
    const capitals = (row: string) => [ocr(150, 12, 'TIPOGRAFIA RINALDI'), ocr(20, 46, 'Weinhandlung Kramer'), ocr(20, 51, 'Karl-Liebknecht-Str. 30'),
      ocr(20, 56, '04107 Leipzig'), ...body, ocr(20, 270, row)];
    const footer = capitals('Tipografia Rinaldi S.r.l. Via Tortona 25, 20144 Milano Capitale sociale 10.000 i.v.');
    expect([parseItems(footer).seller.name, guessed(footer)]).toEqual(['Tipografia Rinaldi S.r.l.', false]);
    // Written out in a sentence, with no address after it: still unconfirmed.
    expect(guessed(capitals('grazie per aver scelto Tipografia Rinaldi S.r.l. per la stampa'))).toBe(true);
  });

  it('by a row whose comma before the postcode lost its space', () => {
    const page = (row: string) => [ocr(150, 12, 'Nordfjord Kraft'), ocr(20, 46, 'Ingrid Solbakken'), ocr(20, 51, 'Kalfarveien 41 B'), ocr(20, 56, '5018 Bergen'), ...body, ocr(20, 270, row)];
    expect(guessed(page('Nordfjord Kraft Postboks 7050,5020 Bergen Org.nr. 921 554 018 MVA'))).toBe(false);
    // Figures after the comma that are no postcode before a town confirm nothing.
    expect(guessed(page('Nordfjord Kraft Postboks 7050,50 kr'))).toBe(true);
  });

  it('by a sender line that spells it with a space by its hyphen lost', () => {
    const page = (sender: string) => [ocr(120, 12, 'Holz- und Bautenschutz Maier'), ocr(120, 18, 'Inhaber Jens Maier · Meisterbetrieb'), ocr(20, 40, sender),
      ocr(20, 46, 'Weinhandlung Kramer'), ocr(20, 51, 'Karl-Liebknecht-Str. 30'), ocr(20, 56, '04107 Leipzig'), ...body];
    expect(guessed(page('Holz-und Bautenschutz Maier Lindenweg 9 · 36043 Fuda'))).toBe(false);
    expect(guessed(page('Holz- und BautenschutzMaier Lindenweg 9 · 36043 Fuda'))).toBe(false);
    // The letters of another name, or the name run on into a word, confirm nothing.
    expect(guessed(page('Holz-und Bautenschutz Mayer Lindenweg 9 · 36043 Fuda'))).toBe(true);
    expect(guessed(page('Holz-und Bautenschutz Maierhof Lindenweg 9 · 36043 Fuda'))).toBe(true);
  });
});
