/** OCR fields the engine was unsure of: named, so the result needs review instead of stating a guess. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields, type OcrDoubts } from '../../src/extract/ocr-doubts.js';
import { settle } from '../../src/extract/settle.js';
import { fullerReading, nameOverAddress, textParts } from '../../src/extract/text-parts.js';
import { fieldsInDoubt } from '../../src/invoice/checks.js';
import { emptyInvoice, emptyLineItem } from '../../src/invoice/model.js';
import { toPageText, type Draw } from '../invoice/page-builder.js';

/**
 * The fields in doubt but for the marks of a name's own language (its company form's, its country's: ApS, Kft.,
 * Sp. z o.o. on a page in English), which the name's re-read with that language's model settles (ocr-marks.ts).
 */
const doubtedOtherwise = (doubts: Pick<OcrDoubts, 'unsure' | 'nameLanguages'>) => doubts.unsure.filter((field) => !doubts.nameLanguages?.[field]);

const item = (text: string, confidence?: number): TextItem => ({ text, x: 10, y: 10, width: 40, height: 4, page: 1, ...(confidence === undefined ? {} : { confidence }) });
const page = (...items: TextItem[]): PageText[] => [{ page: 1, width: 210, height: 297, items }];

function invoice() {
  const inv = emptyInvoice();
  inv.number = '83089647';
  inv.totalAmount = 1526;
  inv.fieldSources = { number: 'ocr', totalAmount: 'ocr' };
  return inv;
}

describe('doubtful OCR fields', () => {
  it('names a value that only unsure OCR text shows', () => {
    expect(doubtfulFields(invoice(), page(item('发票号码：83089647', 31), item('（小写）¥1,526.00', 97)))).toEqual({ unsure: ['number'], uncertainOnly: ['number'], computed: [] });
    expect(doubtfulFields(invoice(), page(item('发票号码：83089647', 92), item('¥1,526.00', 20)))).toEqual({ unsure: ['totalAmount'], computed: [] });
  });

  it('trusts a value that some sure OCR text shows, and never doubts a real text layer', () => {
    expect(doubtfulFields(invoice(), page(item('83089647', 20), item('No. 83089647', 88), item('1526.00', 90)))).toEqual({ unsure: [], computed: [] });
    expect(doubtfulFields(invoice(), page(item('83089647'), item('1526.00')))).toEqual({ unsure: [], computed: [] });
  });

  it("names a party whose name only unsure OCR text shows, however OCR spaced it", () => {
    const inv = invoice();
    inv.seller.name = 'Bei Spiel GmbH';
    inv.buyer.name = 'Kunden AG';
    const items = [item('83089647', 90), item('1526.00', 90), item('BeiSpiel GmbH · Ecke 12', 41), item('Kunden AG Mitte', 43), item('Kunden AG', 97)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['seller.name']);
    // Its one doubt is OCR's certainty: a second reading may settle it. Not so for a name run together too.
    expect(doubtfulFields(inv, page(...items)).uncertainOnly).toEqual(['seller.name']);
    inv.seller.name = 'Bei SpielHandel GmbH';
    const glued = doubtfulFields(inv, page(item('83089647', 90), item('1526.00', 90), item('Bei SpielHandel GmbH', 41)));
    expect(glued.unsure).toEqual(['seller.name']);
    expect(glued.uncertainOnly).toBeUndefined();
  });

  it('takes a word of capitals inside small letters that another row prints on its own as how the name is written', () => {
    const inv = invoice();
    inv.seller.name = 'PixelForge Studio';
    const sure = [item('83089647', 90), item('1526.00', 90), item('PixelForge Studio', 96)];
    expect(doubtfulFields(inv, page(...sure, item('PixelForge Pro - annual licence (1 seat)', 90))).unsure).toEqual([]);
    // Printed nowhere else, or only where the name is: a space OCR lost.
    expect(doubtfulFields(inv, page(...sure, item('Pixel Forge Pro - annual licence (1 seat)', 90))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, item('PixelForge Studio · 12 Mill Lane', 90))).unsure).toEqual(['seller.name']);
    // A logo over the name that prints the word alone, in capitals or in small letters, as one word ("PIXELFORGE",
    // "pixelforge"); not in two.
    expect(doubtfulFields(inv, page(item('PIXELFORGE', 94), ...sure)).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(item('pixelforge', 94), ...sure)).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(item('PIXEL FORGE', 94), ...sure)).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(item('pixel forge', 94), ...sure)).unsure).toEqual(['seller.name']);
  });

  it('takes such a word that the rest of a row showing the name prints again on its own as written so', () => {
    const inv = invoice();
    inv.seller.name = 'HansaLog Spedition GmbH & Co. KG';
    const sure = [item('83089647', 90), item('1526.00', 90), item('HansaLog Spedition GmbH & Co. KG', 96), item('HansaLog Spedition GmbH & Co. KG · Am Kaiserkai 60 20457 Hamburg', 95)];
    expect(doubtfulFields(inv, page(...sure, item('HansaLog Spedition GmbH & Co. KG · Sitz Hamburg · phG: HansaLog Verwaltungs GmbH · GF: Henrik Jansen', 93))).unsure).toEqual([]);
    // The word only in the name's own showings, however many, or run into another word beside it: a space OCR lost.
    expect(doubtfulFields(inv, page(...sure, item('HansaLog Spedition GmbH & Co. KG · Sitz Hamburg · GF: Henrik Jansen', 93))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, item('HansaLog Spedition GmbH & Co. KG · phG: HansaLogVerwaltungs GmbH', 93))).unsure).toEqual(['seller.name']);
  });

  it('does not take a mail or web address for the name, and finds a name by its end when its start was misread', () => {
    const inv = invoice();
    inv.seller.name = 'Aubon mun ARL';
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const items = [...sure, item('Aubon mun ARL-1242 chemin de l olive', 41), item('+33 4 50 htp://www.aubonmoulin.fr', 40), item('tony.dubois@aubonmoulin.fr', 61), item('aubonmoulin.fr', 80)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['seller.name']);
    inv.seller.name = '上深圳市样本区示例酒店（个体工商户）';
    expect(doubtfulFields(inv, page(...sure, item('名称：深圳市样本区示例酒店（个体工商户）', 23))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, item('名称：深圳市样本区示例酒店（个体工商户）', 93))).unsure).toEqual([]);
  });

  it("names a Chinese name that opens with the end of a place the page prints whole, however sure OCR was", () => {
    const inv = invoice();
    const sure = [item('83089647', 90), item('1526.00', 90)];
    // 深圳 read as one glyph 圳 on a photo; the seller's address prints the city whole.
    inv.seller.name = '圳市芯源电子有限公司';
    expect(doubtfulFields(inv, page(...sure, item('称：圳市芯源电子有限公司', 81), item('地址、电话：深圳市福田区华强北路1002号 0755-83276612', 92))).unsure).toEqual(['seller.name']);
    // Another city, its address opening a row: 苏州 → 州.
    inv.seller.name = '州市瑞丰纺织有限公司';
    expect(doubtfulFields(inv, page(...sure, item('州市瑞丰纺织有限公司', 90), item('苏州市吴江区盛泽镇市场路8号', 90))).unsure).toEqual(['seller.name']);
    // Read whole: the province before the city, a tax office's name, the name's own row without its colon.
    inv.seller.name = '深圳市芯源电子有限公司';
    expect(doubtfulFields(inv, page(...sure, item('名称深圳市芯源电子有限公司', 90), item('地址：广东省深圳市福田区华强北路1002号', 92), item('国家税务总局深圳市福田区税务局', 90))).unsure).toEqual([]);
    inv.seller.name = '超市发连锁股份有限公司';
    expect(doubtfulFields(inv, page(...sure, item('名称：超市发连锁股份有限公司', 90), item('北京市海淀区双榆树东里', 90))).unsure).toEqual([]);
  });

  it('names a party whose long word the page prints elsewhere one letter apart, however sure OCR was', () => {
    const inv = invoice();
    inv.buyer.name = 'Aufraggeber Firmenkunde GmbH';
    const sure = [item('83089647', 90), item('1526.00', 90), item('Aufraggeber Firmenkunde GmbH', 88)];
    expect(doubtfulFields(inv, page(...sure, item('Herr Thomas Auftraggeber', 90))).unsure).toEqual(['buyer.name']);
    // Another word, an address spelt as its owner chose, a mark OCR dropped: no doubt.
    for (const other of ['Firmenkunden Service', 'thomas.aufraggebr@firmenkunde.de', 'Äufraggeber Firmenkunde']) {
      expect(doubtfulFields(inv, page(...sure, item(other, 90))).unsure).toEqual([]);
    }
    inv.buyer.name = 'Kunde AG';
    expect(doubtfulFields(inv, page(item('83089647', 90), item('1526.00', 90), item('Kunde AG', 90), item('Kunden', 90))).unsure).toEqual([]);
  });

  it("leaves a name that two items show as read, however a third reading spells its long word one letter apart", () => {
    const inv = invoice();
    inv.seller.name = 'Netzwerkstatt Kuhlmann';
    const sure = [item('83089647', 90), item('1526.00', 90), item('Netzwerkstatt Kuhlmann', 96), item('Inh. Jörg Kuhimann - Webentwicklung & Hosting', 90)];
    expect(doubtfulFields(inv, page(...sure, item('Netzwerkstatt Kuhlmann · Gartenstr. 9 · 33602 Bielefeld', 93))).unsure).toEqual([]);
    // Shown once, the two readings are one against the other: one of them is wrong.
    expect(doubtfulFields(inv, page(...sure, item('Gartenstr. 9 · 33602 Bielefeld', 93))).unsure).toEqual(['seller.name']);
  });

  it("leaves a name whose long word a party's label spells a letter apart: the label is the form's word", () => {
    const inv = invoice();
    inv.seller.name = 'Forniture Scaligere S.r.l.';
    const sure = [item('83089647', 90), item('1526.00', 90), item('Denominazione: Forniture Scaligere S.r.l.', 90)];
    expect(doubtfulFields(inv, page(...sure, item('Cedente/prestatore (fornitore)', 95))).unsure).toEqual([]);
    // The same word among other words is another reading of it, one of the two wrong.
    expect(doubtfulFields(inv, page(...sure, item('Magazzino fornitore Scaligere', 95))).unsure).toEqual(['seller.name']);
  });

  it("names a party whose name the page's own web or mail domain spells a few letters apart, umlauts and accents folded", () => {
    const inv = invoice();
    const sure = [item('83089647', 90), item('1526.00', 90)];
    inv.seller.name = 'Aubon mul SARL';
    const header = item('Aubon mul SARL - 1242 chemin de l olive', 95);
    expect(doubtfulFields(inv, page(...sure, header, item('+33 4 50 44 68 99 - http://www.aubonmoulin.fr', 95))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, header, item('tony.dubois@aubonmoulin.fr', 95))).unsure).toEqual(['seller.name']);
    // The name as the domain spells it: no doubt; a domain that holds the name and more, or another firm's, neither.
    inv.seller.name = 'Au bon moulin SARL';
    for (const domain of ['www.aubonmoulin.fr', 'info@aubonmoulin-provence.fr', 'contact@megustaolive.es']) {
      expect(doubtfulFields(inv, page(...sure, item('Au bon moulin SARL - 1242 chemin', 95), item(domain, 95))).unsure).toEqual([]);
    }
    inv.seller.name = 'Bäckerei Müller GmbH';
    expect(doubtfulFields(inv, page(...sure, item('Bäckerei Müller GmbH', 95), item('www.baeckerei-mueller.de', 95))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, item('Bäckerei Müller GmbH', 95), item('www.backerei-muller.de', 95))).unsure).toEqual([]);
    inv.seller.name = 'Bäckerei Müler GmbH';
    expect(doubtfulFields(inv, page(...sure, item('Bäckerei Müler GmbH', 95), item('www.baeckerei-mueller.de', 95))).unsure).toEqual(['seller.name']);
    // The company form is left out, whichever country's it is: a domain holds the name without it.
    for (const [name, domain] of [['Officina Meccanica Ferri S.r.l.', 'www.officinameccanicaferri.it'], ['Drukarnia Nowak Sp. z o.o.', 'biuro@drukarnianowak.pl'], ['Autohaus Seidel GmbH & Co. KG', 'www.autohausseidel.de'], ['Kookaburra Digital Pty Ltd', 'kookaburradigital.com.au']]) {
      inv.seller.name = name;
      expect(doubtedOtherwise(doubtfulFields(inv, page(...sure, item(name, 95), item(domain, 95)))), name).toEqual([]);
    }
    // A domain that shortens the name, two or more of its letters left out, is no other reading of it; one
    // letter short of it, or a name that lost letters the domain has, is.
    inv.seller.name = 'Coast Mountain Irrigation Ltd.';
    const footer = (domain: string) => item(`Please make cheques payable to Coast Mountain Irrigation Ltd. E-transfer: ar@${domain}.ca.`, 95);
    expect(doubtfulFields(inv, page(...sure, item('Coast Mountain Irrigation', 95), footer('coastmtnirrigation'))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, item('Coast Mountain Irrigation', 95), footer('coastmountainirigation'))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Coast Mountan Irrigation Ltd.';
    expect(doubtfulFields(inv, page(...sure, item('Coast Mountan Irrigation', 95), item('ar@coastmountainirrigation.ca', 95))).unsure).toEqual(['seller.name']);
  });

  it('names a party or a number that OCR ran together with the text beside it, however sure it was', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    for (const [party, name] of [['seller', '4810 Industrial PkwyRidgeline Roofing & Gutters, LLC'], ['buyer', 'MarcLambert'], ['seller', 'Kiwi Sparks Electrical LtdLEHarbourside Cafe Ltd'], ['seller', 'Nimbus Cloud Services, Inc.410 Townsend Street'], ['buyer', 'Clinica Dentaria Sorriso, Lda.Av. da Boavista 1500'], ['buyer', 'Bostadsrättsföreningen Eken 4c/o Anna Lindqvist'], ['buyer', 'Cliente expedici6n'], ['seller', 'Hanse Etikettendruck GmbH&Co. KG'], ['buyer', 'Procter&Gamble Service GmbH']] as const) {
      const inv = invoice();
      inv[party].name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97))).unsure, name).toEqual([`${party}.name`]);
    }
    // Company forms written so, abbreviations, a digit in a brand: no doubt.
    for (const name of ['Papierflieger-Vertriebs-GmbH', 'Kanzlei Dr. Weber Steuerberatungsgesellschaft mbH', 'Sportschool Fit4All B.V.', 'Tipografia Bianchi S.r.l.', 'Nordlicht IT-Service GmbH', 'Marc Lambert', 'Moselle Conseil S.à r.l.', 'Elektro Schuster e.K.', 'Gestoría López S.L.P.', 'Hanse Etikettendruck GmbH & Co. KG', 'Kanzlei Vogt Rechtsanwälte PartG mbB', 'Müller & Partner PartG', 'AT&T Business', 'H&M Hennes & Mauritz AB']) {
      const inv = invoice();
      inv.seller.name = name;
      expect(doubtedOtherwise(doubtfulFields(inv, page(...sure, item(name, 97)))), name).toEqual([]);
    }
    const inv = invoice();
    inv.number = '24/0871SDate';
    expect(doubtfulFields(inv, page(item('24/0871SDate: 03.05.2024', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A compound label of the next cell run onto it ("2025-048Bestellnummer"): the blank between the cells lost.
    inv.number = '2025-048Bestellnummer';
    expect(doubtfulFields(inv, page(item('Rechnungsnummer 2025-048Bestellnummer 4500812', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A number wrapped over two rows, the label beside its first part read in the place of the second.
    inv.number = 'FV-2025-11-Rechnungsdatum';
    expect(doubtfulFields(inv, page(item('Rechnungsnummer FV-2025-11-', 97), item('Rechnungsdatum 09.11.2025', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A number the page shows only as a date's day: the value of a row OCR moved beside the label.
    inv.number = '6';
    expect(doubtfulFields(inv, page(item('Creditnotanummer CN-2025-0042', 97), item('Datum  6 november 2025', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    expect(doubtfulFields(inv, page(item('Rechnung Nr. 6', 97), item('Datum  6 november 2025', 97), item('1526.00', 90))).unsure).toEqual([]);
    // A number that opens as a date reads ("25-11-0447", year, month and a sequence) goes on past that date.
    inv.number = '25-11-0447';
    expect(doubtfulFields(inv, page(item('N° : 25-11-0447 · Date : 22/11/2025', 97), item('1526.00', 90))).unsure).toEqual([]);
    // Digits that read as a date without separators are the number itself.
    inv.number = '47110815';
    expect(doubtfulFields(inv, page(item('Handelsrechnung Nr. 47110815 vom 31.10.2018', 97), item('1526.00', 90))).unsure).toEqual([]);
    inv.number = 'FV-2025-11-3308412';
    expect(doubtfulFields(inv, page(item('Rechnungsnummer FV-2025-11-3308412', 97), item('1526.00', 90))).unsure).toEqual([]);
    inv.number = 'HGS/24/1';
    expect(doubtfulFields(inv, page(item('Invoice Ref: HGS/24/1 1 82', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    expect(doubtfulFields(inv, page(item('Invoice Ref: HGS/24/1 12/03/2024', 97), item('1526.00', 90))).unsure).toEqual([]);
    // A space OCR put between two digits that touch: the number's end read as a figure of its own.
    inv.number = 'R00251';
    expect(doubtfulFields(inv, page(item('Rechnungsnummer: R00251 18734', 94), item('1526.00', 90))).unsure).toEqual(['number']);
    expect(doubtfulFields(inv, page(item('Rechnungsnummer: R00251 18.07.2025', 94), item('1526.00', 90))).unsure).toEqual([]);
    // A group amid the groups of a payment slip's reference is no number cut short; the number's own showing still is.
    inv.number = '55120';
    expect(doubtfulFields(inv, page(item('Rechnungs-Nr. 55120 · Datum 26.11.2025', 94), item('00 00000 00000 00000 55120 88412', 94), item('1526.00', 90))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(item('Rechnungs-Nr. 55120 88412', 94), item('1526.00', 90))).unsure).toEqual(['number']);
    // A number whose cell wrapped at a separator: its head beside the label, the rest read on the row under it.
    inv.number = '220931';
    const at = (text: string, x: number, y: number): TextItem => ({ ...item(text, 97), x, y });
    const wrapped = (head: string) => page(at(`Invoice Number: ${head} Date:`, 60, 30), at('Order Number:', 20, 31), at('1184471', 20, 35), at('220931', 60, 35), at('18/11/2025', 110, 35), item('1526.00', 90));
    expect(doubtfulFields(inv, wrapped('DR-IE-')).unsure).toEqual(['number']);
    // The label's value whole on its own row, or the number read with its head: no doubt.
    expect(doubtfulFields(inv, wrapped('DR-IE-220931')).unsure).toEqual([]);
    inv.number = 'DR-IE-220931';
    expect(doubtfulFields(inv, page(at('Invoice Number: DR-IE- Date:', 60, 30), at('DR-IE-220931', 60, 35), item('1526.00', 90))).unsure).toEqual([]);
    // A word with a letter read as a digit ("m6d" for "mód"), taken for the number.
    inv.number = 'm6d';
    expect(doubtfulFields(inv, page(item('sorszama  m6d  kelte', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A capital I read as a small l, in a number of capitals and digits.
    inv.number = 'POl-25-3307';
    expect(doubtfulFields(inv, page(item('PO number: POl-25-3307', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A capital read as the small letter of its shape ("ESz" for "ESZ").
    inv.number = 'ESz-2025/00418';
    expect(doubtfulFields(inv, page(item('Számla sorszáma: ESz-2025/00418', 97), item('1526.00', 90))).unsure).toEqual(['number']);
    // A capital J read as a small j, at the number's start or inside it, as a phone photo's blur gives.
    for (const number of ['Oj-2025-0447', 'RJ/2025/Kj-113']) {
      inv.number = number;
      expect(doubtfulFields(inv, page(item(`Invoice No. ${number}`, 97), item('1526.00', 90))).unsure, number).toEqual(['number']);
    }
    // A group of capitals ending, opening or split by a lone zero: a capital O read as the figure, or the figure, OCR cannot say.
    for (const number of ['LS0-25-0311', 'INV/25/BR0', 'KW0 2025 118', '0N/2025/311', 'FT 0A-2025-44', 'B0S-118842', '0D26-0031']) {
      inv.number = number;
      expect(doubtfulFields(inv, page(item(`Invoice No. ${number}`, 97), item('1526.00', 90))).unsure, number).toEqual(['number']);
    }
    // The same of a lone 1: a capital I read as the figure.
    for (const number of ['PO1-25-3307', '1NV-2025-0042', 'K1S/2025/311']) {
      inv.number = number;
      expect(doubtfulFields(inv, page(item(`Invoice No. ${number}`, 97), item('1526.00', 90))).unsure, number).toEqual(['number']);
    }
    for (const number of ['24/0871S', 'INV-2024-0042', 'RE2025NO17', 'A7', 'inv-2024-7', 'Inv-0042', '5f2c0a91-0007', 'OJ-2025-0447', 'Projekt-2025-7', 'LSO-25-0311', 'INV0012', 'GB5-2025-118822', 'A0-2025-7', 'RE-2025-00', 'Q1-2025-7', 'INV1042', 'RE-1-2025', 'A1-2025-7']) {
      inv.number = number;
      expect(doubtfulFields(inv, page(item(number, 97), item('1526.00', 90))).unsure, number).toEqual([]);
    }
  });

  it("names a seller read as the head of a row of charges, a price on its row", () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const at = (text: string, x: number, y: number, width = 60): TextItem => ({ text, x, y, width, height: 4, page: 1, confidence: 97 });
    const inv = invoice();
    inv.seller.name = 'Monthly plan';
    expect(doubtfulFields(inv, page(...sure, at('Monthly plan - Unlimited 5G (14 Oct - 13 Nov)', 20, 120, 90), at('€32.52', 170, 120, 15))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, at('Monthly plan - Unlimited 5G  €32.52', 20, 120, 120))).unsure).toEqual(['seller.name']);
    // A row of its own, a name that goes on to its street, one with a company form, or a row with no price: no doubt.
    expect(doubtfulFields(inv, page(...sure, at('Monthly plan', 20, 120), at('€32.52', 170, 120, 15))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Monthly plan - 12 Mill Lane, Galway', 20, 120, 90))).unsure).toEqual([]);
    inv.seller.name = 'Celtic Mobile Communications DAC';
    expect(doubtfulFields(inv, page(...sure, at('Celtic Mobile Communications DAC · Share capital €25,000.00', 20, 280, 150))).unsure).toEqual([]);
  });

  it("names a seller read as the first part of a letterhead's line of trades; not one of a sender line", () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const inv = invoice();
    inv.seller.name = 'Meisterbetrieb fur Sanitär';
    expect(doubtfulFields(inv, page(...sure, item('Haustechnik Brandl', 97), item('Meisterbetrieb fur Sanitär · Heizung · Klima', 97))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Haustechnik Brandl GmbH';
    expect(doubtfulFields(inv, page(...sure, item('Haustechnik Brandl GmbH · Weilheimer Str. 27 · 82362 Weilheim', 97))).unsure).toEqual([]);
  });

  it('takes a name that ends in its company form as a firm, opening a row of words split by separators', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const inv = invoice();
    inv.seller.name = 'Grundbesitz Kessler KG';
    const footer = item('Grundbesitz Kessler KG · pers. haftende Gesellschafterin: Ingrid Kessler · AG', 95);
    expect(doubtfulFields(inv, page(...sure, item('Grundbesitz Kessler KG', 97), footer)).unsure).toEqual([]);
    // Without its form, the first of such a row's parts is a trade's words still.
    inv.seller.name = 'Grundbesitz Kessler';
    expect(doubtfulFields(inv, page(...sure, item('Grundbesitz Kessler · Verwaltung · Vermietung', 97))).unsure).toEqual(['seller.name']);
  });

  it('names a party read as an address row, or as the second row of a name wrapped over two', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const across = item('Page 1 of 1', 97);
    across.x = 180;
    for (const name of ['Am Anger 7', 'Hafenweg 12a', '2770Kastrup', '47119 Duisburg', '40121 Bologna (BO)', '2 Queens Wharf', 'Pune, Maharashtra', '059 52 Veľká Lomnica', '118 49 Stockholm']) {
      const inv = invoice();
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97), across)).unsure, name).toEqual(['buyer.name']);
    }
    // An owners' association goes by its property's name and number, its legal form first.
    for (const name of ['Bostadsrättsföreningen Linden 7', 'Brf Hamnen 12', 'Ejerforeningen Nørregade 41', 'Andelsboligforeningen Solgården 3', 'WEG Lindenstraße 12', 'VvE Keizersgracht 120']) {
      const inv = invoice();
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97), across)).unsure, name).toEqual([]);
    }
    // A street whose first word opens like such a form is still a street.
    for (const name of ['Wegener Straße 4', 'Brauerweg 2']) {
      const inv = invoice();
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97), across)).unsure, name).toEqual(['buyer.name']);
    }
    // A till's shop name may open with a figure: a narrow receipt's, or one with a company form.
    for (const [name, rest] of [['99 SPEED MART S/B', [across]], ['7 ELEVEN', []], ['Turn- und Sportverein Eichenau 1921 e.V.', [across]], ['Skyport Compute, LLC', [across]],
      ['Foothills Family Dental, PC', [across]], ['Travis Creek Pediatrics, PA', [across]]] as const) {
      const inv = invoice();
      inv.seller.name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97), ...rest)).unsure, name).toEqual([]);
    }
    const at = (text: string, x: number, y: number, width = 40): TextItem => ({ text, x, y, width, height: 4, page: 1, confidence: 97 });
    const letterhead = (top: string, name: string) => {
      const inv = invoice();
      inv.seller.name = name;
      return doubtedOtherwise(doubtfulFields(inv, page(...sure, at(top, 140, 20), at(name, 140, 25.5), at('Kaiserstraße 30', 140, 31))));
    };
    expect(letterhead('Rechtsanwälte Vogel &', 'Partner mbB')).toEqual(['seller.name']);
    expect(letterhead('Serverwerk', 'Hosting GmbH')).toEqual(['seller.name']);
    // An addressing word, a tagline with a figure, a name that is the first row: no doubt.
    expect(letterhead('Firma', 'Brauhaus Ebert GmbH & Co. KG')).toEqual([]);
    expect(letterhead('CUSTOMER', 'Zeta Marine Services Ltd')).toEqual([]);
    expect(letterhead('Rechnungsempfänger', 'Bäckerei Meier GmbH')).toEqual([]);
    // A footer's column labelled as the address the name heads.
    expect(letterhead('Adress', 'Norrskog Maskin & Service AB')).toEqual([]);
    expect(letterhead('Anschrift', 'Tischlerei Hofmann GmbH')).toEqual([]);
    expect(letterhead('Seit 1921', 'Hosting GmbH')).toEqual([]);
    expect(letterhead('Schreinerei', 'Thomas Brunner')).toEqual([]);
    // A label of two words joined by a slash, and a logo's last row that is a word of the name: no head of it.
    expect(letterhead('Cedente/prestatore', 'Ottica Belvedere S.r.l.')).toEqual([]);
    expect(letterhead('LOGISTICS', 'Aegean Coastal Logistics S.A.')).toEqual([]);
    // Or a word one of the name's words opens with ("Paket" under the logo's "Blitzbote").
    expect(letterhead('Paket', 'Blitzbote Paketdienst GmbH')).toEqual([]);
    // A party's label in a language the addressing words do not list: the block's, no row of the name.
    expect(letterhead('DODAVATEL', 'Zahradnictví Veselý s.r.o.')).toEqual([]);
    expect(letterhead('Leverandør', 'Bergen Bakeri AS')).toEqual([]);
    expect(letterhead('Logistics', 'Aegean Coastal Freight S.A.')).toEqual(['seller.name']);
    // The name's first words centred over the rest in larger print, the row under it read alone.
    const centred = (top: string, name: string, topWidth = 56, shift = 0) => {
      const inv = invoice();
      inv.seller.name = name;
      return doubtfulFields(inv, page(...sure, { ...at(top, 120 - topWidth / 2 + shift, 20, topWidth), height: 4.5 }, at(name, 100, 25.5), at('Ballincollig Business Park, Co. Cork', 95, 31, 50))).unsure;
    };
    expect(centred('P. McCARTHY & SONS', 'PLUMBING & HEATING LTD')).toEqual(['seller.name']);
    expect(centred('Brennan Hale', 'Garden Supplies Ltd')).toEqual(['seller.name']);
    // A logo's words the name holds, a title, a form of its own, a row not centred on it: the name is the row.
    expect(centred('McCARTHY', 'McCarthy Plumbing Ltd', 24)).toEqual([]);
    expect(centred('TAX INVOICE', 'Garden Supplies Ltd')).toEqual([]);
    expect(centred('Brennan Hale Holdings Ltd', 'Garden Supplies Ltd')).toEqual([]);
    expect(centred('P. McCARTHY & SONS', 'PLUMBING & HEATING LTD', 56, 20)).toEqual([]);
    // Or set at the name's left edge in print as large or larger ("Tipografia Lombarda" over "Arti Grafiche S.r.l."):
    // in doubt; not in smaller print, nor a row of the name's own words or with a form of its own.
    const atLeft = (top: string, name: string, height = 5.5) => {
      const inv = invoice();
      inv.seller.name = name;
      return doubtfulFields(inv, page(...sure, { ...at(top, 100, 20, 60), height }, at(name, 100, 25.5), at('Via Roma 12, 25030 Castel Mella', 100, 31, 50))).unsure;
    };
    expect(atLeft('Tipografia Lombarda', 'Arti Grafiche S.r.l.')).toEqual(['seller.name']);
    expect(atLeft('Brennan Hale', 'Garden Supplies Ltd', 4)).toEqual(['seller.name']);
    expect(atLeft('Brennan Hale', 'Garden Supplies Ltd', 3)).toEqual([]);
    expect(atLeft('LOMBARDA', 'Tipografia Lombarda S.r.l.')).toEqual([]);
    expect(atLeft('Brennan Hale Holdings Ltd', 'Garden Supplies Ltd')).toEqual([]);
    // Nor a name with no form that closes it: the row's own doubts, as before.
    expect(centred('Brennan Hale', 'Garden Supplies')).toEqual([]);
    // Nor a letter's closing over the signature's company, centred on it or not, "ß" read as a "B" or not.
    expect(centred('Mit freundlichen GruBen', 'Druckwerk Lenz GmbH', 38, -1)).toEqual([]);
    expect(centred('Kind regards,', 'Garden Supplies Ltd', 30)).toEqual([]);
    expect(centred('Met vriendelijke groet', 'Drukkerij Molenaar B.V.', 40)).toEqual([]);
    // A name whose end wrapped onto the row under it, in a narrow column, read without it.
    const cut = (name: string, under: string, width = 20) => {
      const inv = invoice();
      inv.buyer.name = name;
      return doubtfulFields(inv, page(...sure, at(name, 110, 25.5, 60), at(under, 110.5, 30.5, width), at('Strada Provinciale 4, 17', 110, 35.5, 45))).unsure;
    };
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Agricola')).toEqual(['buyer.name']);
    expect(cut('Cantina Sociale di Montepulciano', 'Cooperativa')).toEqual(['buyer.name']);
    // A name closed by its form, a street, a word of the name, a row as wide, a figure: no end of it.
    expect(cut('Caseificio Val Panaro S.r.l.', 'Agricola')).toEqual([]);
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Hauptstraße')).toEqual([]);
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Panaro')).toEqual([]);
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Ufficio Amministrazione Generale', 50)).toEqual([]);
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Lotto 12')).toEqual([]);
    // Nor a department that reads the letter.
    expect(cut('Calder Valley Housing Association', 'Facilities Team', 25)).toEqual([]);
    // A name after its party's label, the rest under the label closed by its company form: in doubt.
    const labelled = (row: string, name: string, under: string, width = 28) => {
      const inv = invoice();
      inv.buyer.name = name;
      return doubtfulFields(inv, page(...sure, at(row, 130, 21, 51), at(under, 129.5, 26.5, width), at('Nr. ord. reg. com.: J08/877/2019', 129.5, 31, 48))).unsure;
    };
    expect(labelled('Cumpărător: Vila Bran', 'Vila Bran', 'Turism S.R.L.')).toEqual(['buyer.name']);
    expect(labelled('Kunde: Holzbau Pichler', 'Holzbau Pichler', 'Zimmerei GmbH')).toEqual(['buyer.name']);
    // Its form alone (the name's, read with it or not), a row of words with no form, a wider row, or no label: no rest of it.
    expect(labelled('Cumpărător: Vila Bran', 'Vila Bran', 'S.R.L.', 12)).toEqual([]);
    expect(labelled('Kunde: Holzbau Pichler', 'Holzbau Pichler', 'Zimmerei Holzbau')).toEqual([]);
    expect(labelled('Cumpărător: Vila Bran', 'Vila Bran', 'Turism Montan Carpatic S.R.L.', 60)).toEqual([]);
    expect(labelled('Hotel Vila Bran', 'Hotel Vila Bran', 'Turism S.R.L.')).toEqual([]);
    expect(cut('Caseificio Val Panaro Soc. Coop.', 'Amministrazione')).toEqual([]);
    // A payment slip's field label in small print, cut short by OCR, over the payee's name: no head of it.
    const slip = invoice();
    slip.seller.name = 'Tischlerei Johann Gruber e.U.';
    const label = { ...at('Empfä', 25, 144, 5), height: 2.4 };
    expect(doubtfulFields(slip, page(...sure, label, { ...at('Tischlerei Johann Gruber e.U.', 24, 146, 63), height: 6 })).unsure).toEqual([]);
    expect(doubtfulFields(slip, page(...sure, { ...label, height: 6 }, { ...at('Tischlerei Johann Gruber e.U.', 24, 146, 63), height: 6 })).unsure).toEqual(['seller.name']);
    const inv = invoice();
    inv.buyer.name = 'Bäckerei Meier GmbH';
    expect(doubtfulFields(inv, page(...sure, at('Bäckerei Meier GmbH', 20, 50), at('Lindenallee 5', 20, 55))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Rechnungsadresse', 20, 44.5), at('Bäckerei Meier GmbH', 20, 50))).unsure).toEqual([]);
  });

  it('names a party on a French page whose word French writes with a mark was read without it', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const french = [item('Facture n° 83089647 du 19/11/2025', 95), item('Montant HT', 95), item('TVA 20 %', 95), item('Date d\'échéance', 95)];
    const inv = invoice();
    for (const name of ['Hotel des Remparts SAS', 'Lumio Energie SAS', 'Entreprise Duval Batiment', 'Cooperative Laitière du Jura', 'Atelier Lumiere Bastide SAS', 'Boulangerie Maison Lefevre SARL', 'Atelier Orfevre Martin']) {
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, ...french, item(name, 99))).unsure, name).toEqual(['buyer.name']);
    }
    // Read with its mark, a word French writes without one, an English word ending in "y", a name in capitals, or a page in another language: no doubt.
    for (const name of ['Hôtel des Remparts SAS', 'Lumio Énergie SAS', 'Atelier Lumière Bastide SAS', 'Boulangerie Maison Lefèvre SARL', 'Garage Lefebvre SARL', 'Espace Ernest Conseil SARL', 'LUMIO ENERGIE SAS', 'Lumeo Energy SA', 'Northwind Ecology Ltd']) {
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, ...french, item(name, 99))).unsure, name).toEqual([]);
    }
    inv.buyer.name = 'Hotel De Zwaan NV';
    expect(doubtfulFields(inv, page(...sure, item('Factuur 83089647', 95), item('Totaal van de factuur', 95), item('Het bedrag', 95), item('Hotel De Zwaan NV', 99))).unsure).toEqual([]);
  });

  it("does not take an Italian page, which shares French's articles, for a French one", () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const inv = invoice();
    // An Italian bill: "la" four times, as a French page would print it.
    const italian = [item('Bolletta per la fornitura di energia', 95), item('Spesa per la materia energia', 95), item('Spesa per il trasporto e la gestione del', 95), item('Spesa per oneri di sistema', 95), item('Pagamento con addebito diretto SEPA sul conto', 95)];
    inv.seller.name = 'Energia Lariana S.p.A.';
    expect(doubtfulFields(inv, page(...sure, ...italian, item('Energia Lariana S.p.A.', 99))).unsure).toEqual([]);
    const invoiceOfWorks = [item('Fattura n. 83089647 del 19/11/2025', 95), item('Le condizioni della fornitura', 95), item('la data di scadenza', 95), item('Totale della fattura da pagare', 95), item('Imponibile per la posa', 95)];
    inv.seller.name = 'Elettroimpianti Brianza S.r.l.';
    expect(doubtfulFields(inv, page(...sure, ...invoiceOfWorks, item('Elettroimpianti Brianza S.r.l.', 99))).unsure).toEqual([]);
    // A French page that names an Italian supplier is still French: its word read without its mark is in doubt.
    const french = [item('Facture n° 83089647 du 19/11/2025', 95), item('Montant HT de la prestation', 95), item('TVA 20 % sur le montant', 95), item('Date d\'échéance pour le paiement', 95)];
    inv.seller.name = 'Lumio Energie SAS';
    expect(doubtfulFields(inv, page(...sure, ...french, item('Fornitore: Energia Lariana per la Francia', 95), item('Lumio Energie SAS', 99))).unsure).toEqual(['seller.name']);
  });

  it('names a party on an invoice in New Zealand dollars whose macron OCR read as a diaeresis or a circumflex', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const inv = invoice();
    inv.buyer.name = 'Käpiti Coast Tourism Trust';
    inv.currency = 'NZD';
    expect(doubtfulFields(inv, page(...sure, item('Käpiti Coast Tourism Trust', 99))).unsure).toEqual(['buyer.name']);
    inv.buyer.name = 'Kāpiti Coast Tourism Trust';
    expect(doubtfulFields(inv, page(...sure, item('Kāpiti Coast Tourism Trust', 99))).unsure).toEqual([]);
    // Or as the circumflex the marks' re-read gives for it.
    inv.buyer.name = 'Kôwhai Design Studio Limited';
    expect(doubtfulFields(inv, page(...sure, item('Kôwhai Design Studio Limited', 99))).unsure).toEqual(['buyer.name']);
    // A German name on an invoice in another currency.
    Object.assign(inv, { currency: 'EUR' });
    inv.buyer.name = 'Kaffeerösterei Albrecht GmbH';
    expect(doubtfulFields(inv, page(...sure, item('Kaffeerösterei Albrecht GmbH', 99))).unsure).toEqual([]);
  });

  it('names a party read from the first row of a label wrapped over two, its rest ending with a colon under it', () => {
    const sure = [item('83089647', 90), item('1526.00', 90)];
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 20, height: 5, page: 1, confidence: 94 });
    const inv = invoice();
    inv.buyer.name = 'Juridiskä';
    const block = [at('Maksatajs:', 25, 71), at('Elizabetes iela 51, Riga, LV1010', 61, 90)];
    expect(doubtfulFields(inv, page(...sure, ...block, at('Juridiskä', 24, 90), at('adrese:', 25, 95))).unsure).toEqual(['buyer.name']);
    // A name over its own rows (a street, a label of a value with its value) is no label's head.
    inv.buyer.name = 'Nordwind Logistik';
    expect(doubtfulFields(inv, page(...sure, at('Nordwind Logistik', 24, 90), at('Hafenstraße 4', 24, 95), at('USt-IdNr.: DE123456789', 24, 100))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Nordwind Logistik', 24, 90), at('Kontakt:', 24, 95))).unsure).toEqual([]);
  });

  it('names a party that another line of the page prints a letter or so apart, not a label that shares a word', () => {
    const inv = invoice();
    const sure = [item('83089647', 90), item('1526.00', 90)];
    inv.seller.name = 'Aubon mul SARL';
    expect(doubtfulFields(inv, page(...sure, item('Aubon mul SARL', 95), item('Au bon moul SARL au capital de 120 000,00 €', 95))).unsure).toEqual(['seller.name']);
    inv.buyer.name = 'LE CLIENT';
    inv.seller.name = null;
    expect(doubtfulFields(inv, page(...sure, item('LE CLIENT', 95), item('Adresse du Client', 95))).unsure).toEqual([]);
    inv.buyer.name = 'Kanzlei Müller & Partner mbB';
    expect(doubtfulFields(inv, page(...sure, item('Kanzlei Müller & Partner mbB', 95), item('Kanzlei Müller', 95))).unsure).toEqual([]);
  });

  it('reads an amount a narrow cell wrapped at its thousands space, set flush right, as shown', () => {
    const inv = invoice();
    const at = (text: string, right: number, y: number, confidence = 95): TextItem => ({ text, x: right - 3.2 * text.length, y, width: 3.2 * text.length, height: 7, page: 1, confidence });
    const totals = (net: [string, string], tax: [string, string], total: [string, string], confidence = 95) => [at('Summa exkl. moms', 150, 124), at(net[0], 189.6, 124.9), at(net[1], 189.6, 132.1, confidence),
      at('Moms 25 %', 145, 139.8), at(tax[0], 189.6, 140.7), at(tax[1], 189.6, 147.6, confidence), at('Fakturabelopp', 150, 154.9), at(total[0], 189.6, 156.6), at(total[1], 189.6, 163.4)];
    inv.number = null;
    inv.amount = 57000;
    inv.taxAmount = 14250;
    inv.totalAmount = 71250;
    expect(doubtfulFields(inv, page(...totals(['57', '000,00'], ['14', '250,00'], ['71', '250,00'])))).toEqual({ unsure: [], computed: [] });
    inv.amount = 1234.5;
    inv.taxAmount = 308.63;
    inv.totalAmount = 1543.13;
    expect(doubtfulFields(inv, page(...totals(['1', '234.50'], ['308.63', ''], ['1', '543.13'])))).toEqual({ unsure: [], computed: [] });
    // Rows that make another amount leave it computed; rows OCR was unsure of leave theirs unsure (two of
    // them: one alone the two others would confirm).
    inv.amount = 57000;
    inv.taxAmount = 14250;
    inv.totalAmount = 71250;
    expect(doubtfulFields(inv, page(...totals(['57', '900,00'], ['14', '250,00'], ['71', '250,00'])))).toEqual({ unsure: [], computed: ['amount'] });
    expect(doubtfulFields(inv, page(...totals(['57', '000,00'], ['14', '250,00'], ['71', '250,00'], 30))).unsure).toEqual(['amount', 'taxAmount']);
  });

  it('names an amount the OCR text does not show (computed from the other totals), unless the 大写 words state it', () => {
    const inv = invoice();
    inv.amount = 1350.44;
    inv.taxAmount = 175.56; // read; the total was computed from these two
    const items = [item('发票号码：83089647', 92), item('¥1350.44', 95), item('¥175.56', 96), item('（小写）¥1,5?6.0O', 30)];
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: ['totalAmount'] });
    // Printed without cents: read, not computed.
    expect(doubtfulFields(inv, page(...items, item('Total 1,526', 90)))).toEqual({ unsure: [], computed: [] });
    inv.totalInWords = '壹仟伍佰贰拾陆圆整';
    expect(doubtfulFields(inv, page(...items, item('价税合计（大写）壹仟伍佰贰拾陆圆整', 90)))).toEqual({ unsure: [], computed: [] });
  });

  it("a flight itinerary's net, which the form never prints (合计 − 增值税税额), is no computed amount", () => {
    const inv = invoice();
    inv.type = 'flight';
    inv.totalAmount = 1150;
    inv.taxAmount = 9.91;
    inv.amount = 1140.09;
    const items = [item('发票号码：83089647', 92), item('增值税税额 ¥9.91', 95), item('合计 ¥1150.00', 96)];
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: [] });
    // Another form, or a net that is not the difference: computed all the same.
    inv.type = 'invoice';
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: ['amount'] });
    inv.type = 'flight';
    inv.amount = 1040.09;
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: ['amount'] });
  });

  it("the net of an invoice in gross prices, which states only the tax its total holds, is no computed amount", () => {
    const inv = invoice();
    inv.totalAmount = 3088.85;
    inv.taxAmount = 493.18;
    inv.amount = 2595.67;
    const items = [item('83089647', 92), item('Gesamtbetrag', 95), item('3.088,85 €', 96), item('darin enthaltene MwSt. 19 %', 95), item('493,18 €', 96)];
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: [] });
    // A page that prints a net (its figure lost), or no tax held in the total: computed.
    expect(doubtfulFields(inv, page(...items, item('Nettobetrag', 95)))).toEqual({ unsure: [], computed: ['amount'] });
    expect(doubtfulFields(inv, page(...items.filter((i) => !i.text.startsWith('darin')), item('MwSt. 19 %', 95)))).toEqual({ unsure: [], computed: ['amount'] });
  });

  it("the net of a shop's order invoice, its total's included tax wrapped under it, beside a subtotal in gross prices, is no computed amount", () => {
    const at = (text: string, x: number, y: number, width = 30): TextItem => ({ text, x, y, width, height: 4, page: 1, confidence: 95 });
    const inv = invoice();
    inv.number = '1187';
    inv.totalAmount = 112.8;
    inv.taxAmount = 18.8;
    inv.amount = 94;
    // "Total £112.80 (includes £18.80 VAT)", its small print wrapped in a cell set flush right; the subtotal, of
    // prices with their VAT in them, over a coupon and the shipping.
    const rows = [at('Invoice Number: 1187', 20, 60, 60), at('Subtotal', 120, 200), at('£120.00', 170, 200, 20), at('Discount:', 120, 206), at('-12.00', 170, 206, 20),
      at('Shipping', 120, 212), at('£4.80 via Royal Mail', 160, 212, 30), at('Total', 120, 218), at('£112.80 (includes 18.80', 160, 218, 30), at('VAT)', 182, 223, 8)];
    expect(doubtfulFields(inv, page(...rows))).toEqual({ unsure: [], computed: [] });
    // The tax on one row with its total, or its figure left out: the same.
    const oneRow = rows.filter((i) => i.text !== 'VAT)' && !i.text.startsWith('£112')).concat(at('£112.80 (includes £18.80 VAT)', 150, 218, 40));
    expect(doubtfulFields(inv, page(...oneRow))).toEqual({ unsure: [], computed: [] });
    // The row under it not closing the bracket, or a row of its own elsewhere: no tax held; computed.
    expect(doubtfulFields(inv, page(...rows.filter((i) => i.text !== 'VAT)'), at('VAT Reg. No. GB 318 4471 20', 20, 40, 60)))).toEqual({ unsure: [], computed: ['amount'] });
    expect(doubtfulFields(inv, page(...rows.filter((i) => i.text !== 'VAT)'), at('VAT)', 20, 250, 8)))).toEqual({ unsure: [], computed: ['amount'] });
    // A subtotal less than the total is a net, whose figure OCR may have lost: computed.
    const net = rows.map((i) => (i.text === '£120.00' ? at('£100.00', 170, 200, 20) : i));
    expect(doubtfulFields(inv, page(...net))).toEqual({ unsure: [], computed: ['amount'] });
  });

  it('a net the page prints as a subtotal less its discount is no computed amount', () => {
    const inv = invoice();
    inv.number = '00412';
    inv.amount = 7053.75;
    inv.taxAmount = 440.86;
    inv.totalAmount = 7494.61;
    const items = [item('00412', 95), item('Subtotal', 95), item('$7,425.00', 96), item('Discount (5%)', 95), item('-$371.25', 96), item('Tax (6.25%)', 95), item('$440.86', 96), item('Amount Due', 95), item('$7,494.61', 96)];
    expect(doubtfulFields(inv, page(...items))).toEqual({ unsure: [], computed: [] });
    // The discount printed without its minus, or figures that do not make the net: computed.
    expect(doubtfulFields(inv, page(...items.map((i) => (i.text === '-$371.25' ? item('$371.25', 96) : i))))).toEqual({ unsure: [], computed: ['amount'] });
    expect(doubtfulFields(inv, page(...items.map((i) => (i.text === '-$371.25' ? item('-$317.25', 96) : i))))).toEqual({ unsure: [], computed: ['amount'] });
    // A dash between two figures is no minus: a range, not a deduction.
    expect(doubtfulFields(inv, page(...items.filter((i) => i.text !== '-$371.25'), item('Ref. 7,425.00-371.25', 90)))).toEqual({ unsure: [], computed: ['amount'] });
  });

  it('an unsure amount that the two others, read with certainty, add up to stands; two unsure ones do not', () => {
    const inv = invoice();
    inv.amount = 1350.44;
    inv.taxAmount = 175.56;
    const sure = [item('发票号码：83089647', 92), item('¥1350.44', 95), item('¥175.56', 96)];
    expect(doubtfulFields(inv, page(...sure, item('¥1,526.00', 30)))).toEqual({ unsure: [], computed: [] });
    expect(doubtfulFields(inv, page(item('发票号码：83089647', 92), item('¥1350.44', 95), item('¥175.56', 40), item('¥1,526.00', 30)))).toEqual({ unsure: ['taxAmount', 'totalAmount'], computed: [] });
    inv.totalAmount = 1527; // does not add up: the unsure figure stays doubted
    expect(doubtfulFields(inv, page(...sure, item('¥1,527.00', 30)))).toEqual({ unsure: ['totalAmount'], computed: [] });
  });

  it('a net its item lines add up to stands, and with it a tax that makes up the sure total', () => {
    const inv = invoice();
    inv.amount = 496;
    inv.taxAmount = 75.04;
    inv.totalAmount = 571.04;
    const line = (amount: number | null) => ({ ...emptyLineItem(), name: 'Stück', amount });
    const items = [item('发票号码：83089647', 92), item('Nettobetrag: 496,00', 49), item(':75,04', 35), item('Gesamtbetrag: 571,04', 93)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['amount', 'taxAmount']);
    inv.items = [line(358), line(138)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual([]);
    // Items that do not add up to it, one item (perhaps the net's own figure), or an unsure total: no help.
    inv.items = [line(358), line(128)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['amount', 'taxAmount']);
    inv.items = [line(496)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['amount', 'taxAmount']);
    inv.items = [line(358), line(138)];
    expect(doubtfulFields(inv, page(...items.slice(0, 3), item('Gesamtbetrag: 571,04', 30))).unsure).toEqual(['taxAmount', 'totalAmount']);
  });

  it("judges a value by its own characters: not by the title word in its item, but by a doubtful digit", () => {
    const sure = [item('¥1,526.00', 97)];
    // Each character's certainty, the item's confidence that of its least sure one.
    const read = (text: string, doubts: Record<number, number> = {}): TextItem => {
      const charConfidence = Array.from(text, (_, i) => doubts[i] ?? 97);
      return { ...item(text, Math.min(...charConfidence)), charConfidence };
    };
    const title = 'Handelsrechnung (380) Nr. 83089647';
    const at = title.indexOf('83089647');
    expect(doubtfulFields(invoice(), page(...sure, read(title, { 3: 38 }))).unsure).toEqual([]);
    expect(doubtfulFields(invoice(), page(...sure, read(title, { [at + 2]: 20 }))).unsure).toEqual(['number']);
    // Another showing whose own digits are sure settles it.
    expect(doubtfulFields(invoice(), page(...sure, read(title, { [at + 2]: 20 }), read('83089647'))).unsure).toEqual([]);
    // An amount's digits, its separators aside; a name's letters, the label before it aside.
    const inv = invoice();
    inv.number = null;
    expect(doubtfulFields(inv, page(read('Total: ¥1,526.00', { 0: 10, 8: 20 }))).unsure).toEqual(['totalAmount']);
    expect(doubtfulFields(inv, page(read('Total: ¥1,526.00', { 0: 10, 9: 20 }))).unsure).toEqual([]);
    inv.seller.name = 'Kaffeehaus Sonne GmbH';
    expect(doubtfulFields(inv, page(...sure, read('Verkäufer: Kaffeehaus Sonne GmbH', { 2: 10 }))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, read('Verkäufer: Kaffeehaus Sonne GmbH', { 14: 20 }))).unsure).toEqual(['seller.name']);
  });

  it("judges a company's name by its words, not by the registration number printed after it", () => {
    const read = (text: string, doubts: Record<number, number> = {}): TextItem => {
      const charConfidence = Array.from(text, (_, i) => doubts[i] ?? 97);
      return { ...item(text, Math.min(...charConfidence)), charConfidence };
    };
    const inv = invoice();
    for (const [name, reg] of [['MAXINCOME RESOURCES SDN BHD', '(383322-D)'], ['KLANG BKT ENTERPRISE', '(JM0567890-T)'], ['SIHAT PHARMACY SDN BHD', '(Co.Reg. 1122334-P)']]) {
      const line = `${name} ${reg}`;
      inv.seller.name = line;
      const digit = line.search(/\d(?=[^(]*\)$)/);
      expect(doubtfulFields(inv, page(read('83089647'), read('1526.00'), read(line, { [digit]: 35 }))).unsure, line).toEqual([]);
      // A letter of the name itself read unsure still names it; so does the name without its number.
      expect(doubtfulFields(inv, page(read('83089647'), read('1526.00'), read(line, { 3: 35 }))).unsure, line).toEqual(['seller.name']);
      inv.seller.name = name;
      expect(doubtfulFields(inv, page(read('83089647'), read('1526.00'), read(line, { 3: 35 }))).unsure, name).toEqual(['seller.name']);
    }
  });

  it('judges a value OCR cut into two boxes by the cell the boxes make', () => {
    const box = (text: string, x: number, width: number, charConfidence: number[]): TextItem =>
      ({ text, x, y: 35, width, height: 4.7, page: 1, confidence: Math.min(...charConfidence), charConfidence });
    const inv = invoice();
    inv.number = 'TX-4711022';
    inv.totalAmount = null;
    const first = (last: number) => box('Nr. TX-471102', 17.3, 41.6, [40, 90, 90, 100, 95, 95, 95, 95, 95, 95, 95, 95, last]);
    // The second box begins with a 2 of its own, a digit's width after the first: no seam, "TX-4711022".
    const second = box('2 vom 30.10.2018', 59.5, 49.5, [96, 100, 96, 96, 96, 100, 96, 96, 96, 96, 96, 96, 96, 96, 96, 96]);
    expect(doubtfulFields(inv, page(first(95), second)).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(first(20), second)).unsure).toEqual(['number']);
  });

  it('names a party read from a cell that joins two rows, one item over the other; not one whose item shows it alone', () => {
    const box = (text: string, x: number, y: number, width: number, height: number): TextItem => ({ text, x, y, width, height, page: 1, confidence: 60 });
    const inv = invoice();
    inv.seller.name = 'Vogt Eamx 3 oBäckerei Hofmann GmbH';
    // A sender line read wide and tall (its box over the row under it), and the buyer's name under it.
    const rows = [box('Vogt Eamx 3 o', 22, 34.5, 98, 7.1), box('Bäckerei Hofmann GmbH', 23, 38.2, 35, 4.3), item('83089647', 90), item('1526.00', 90)];
    expect(doubtfulFields(inv, page(...rows)).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Bäckerei Hofmann GmbH';
    expect(doubtfulFields(inv, page(...rows)).unsure).toEqual([]);
  });

  it('leaves out a till receipt\'s number OCR is unsure of, rather than flagging the receipt for it', () => {
    const receipt = () => {
      const inv = invoice();
      inv.date = '2018-06-01';
      inv.currency = 'MYR';
      inv.seller.name = 'KEDAI RUNCIT ZBH';
      inv.fieldSources = { number: 'ocr', totalAmount: 'ocr', date: 'ocr', 'seller.name': 'ocr' };
      return inv;
    };
    const till = settle({ parts: [{ source: 'ocr', invoice: receipt(), doubtful: { unsure: ['number'], computed: [] }, tillReceipt: true }], pages: 1 }, new Date('2026-01-01'));
    expect(till.invoice.number).toBeNull();
    expect(till.status).toBe('ok');
    // Sure of it: kept. Any other field in doubt still flags the receipt; an invoice still flags its number.
    expect(settle({ parts: [{ source: 'ocr', invoice: receipt(), doubtful: { unsure: [], computed: [] }, tillReceipt: true }], pages: 1 }, new Date('2026-01-01')).invoice.number).toBe('83089647');
    const total = settle({ parts: [{ source: 'ocr', invoice: receipt(), doubtful: { unsure: ['number', 'totalAmount'], computed: [] }, tillReceipt: true }], pages: 1 }, new Date('2026-01-01'));
    expect(total.checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: totalAmount' });
    const invoiceOnly = settle({ parts: [{ source: 'ocr', invoice: receipt(), doubtful: { unsure: ['number'], computed: [] } }], pages: 1 }, new Date('2026-01-01'));
    expect(invoiceOnly.invoice.number).toBe('83089647');
    expect(invoiceOnly.checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: number' });
  });

  it('names the buyer of a scanned sheet that names none, and the seller read in its place; not a till receipt\'s', () => {
    const inv = invoice();
    inv.currency = 'EUR';
    inv.seller.name = 'Kirchberg Digital S.A.';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 40, height: 4, page: 1, confidence: 95 });
    const items = [at('Kirchberg Digital S.A.', 20, 40), at('83089647', 150, 40), at('1526.00', 160, 200)];
    // The net and the tax of a sheet, which states them, not read either: named with the buyer.
    expect(doubtfulFields(inv, page(...items)).unread).toEqual(['buyer.name', 'amount', 'taxAmount']);
    Object.assign(inv, { amount: 1282.35, taxAmount: 243.65 });
    const sheet = doubtfulFields(inv, page(...items));
    expect(sheet.unsure).toEqual([]);
    expect(sheet.unread).toEqual(['buyer.name']);
    const unread = settle({ parts: [{ source: 'ocr', invoice: { ...invoice(), currency: 'EUR', seller: { ...inv.seller, name: 'Kirchberg Digital S.A.' }, fieldSources: { number: 'ocr', totalAmount: 'ocr', 'seller.name': 'ocr' } },
      doubtful: doubtfulFields({ ...inv, amount: null, taxAmount: null }, page(...items)) }], pages: 1 }, new Date('2026-01-01'));
    expect(fieldsInDoubt(unread.checks)).toEqual(expect.arrayContaining(['seller.name', 'buyer.name', 'amount', 'taxAmount']));
    Object.assign(inv, { amount: null, taxAmount: null });
    // A till receipt, printed in a narrow column, even on an A4 scanner's page.
    const roll = doubtfulFields(inv, page(at('Kirchberg Digital S.A.', 70, 40), at('83089647', 80, 50), at('1526.00', 90, 200)));
    expect(roll).toEqual({ unsure: [], computed: [] });
    inv.buyer.name = 'Moselle Conseil';
    expect(doubtfulFields(inv, page(...items, item('Moselle Conseil', 95))).unread).toBeUndefined();
    const settled = settle({ parts: [{ source: 'ocr', invoice: { ...invoice(), currency: 'EUR', seller: { ...inv.seller, name: 'Kirchberg Digital S.A.' }, fieldSources: { number: 'ocr', totalAmount: 'ocr', 'seller.name': 'ocr' } }, doubtful: sheet }], pages: 1 }, new Date('2026-01-01'));
    expect(settled.status).toBe('needs_review');
    expect(fieldsInDoubt(settled.checks)).toEqual(expect.arrayContaining(['seller.name', 'buyer.name']));
    // Another reading of the page gave the buyer: neither is in doubt for it.
    const read = settle({ parts: [{ source: 'ocr', invoice: { ...invoice(), currency: 'EUR', seller: { ...inv.seller, name: 'Kirchberg Digital S.A.' }, buyer: { ...inv.buyer, name: 'Moselle Conseil' }, fieldSources: { number: 'ocr', totalAmount: 'ocr', 'seller.name': 'ocr', 'buyer.name': 'ocr' } } },
      { source: 'ocr', invoice: { ...invoice(), currency: 'EUR', seller: { ...inv.seller, name: 'Kirchberg Digital S.A.' }, fieldSources: { number: 'ocr', totalAmount: 'ocr', 'seller.name': 'ocr' } }, doubtful: sheet }], pages: 1 }, new Date('2026-01-01'));
    expect(read.invoice.buyer.name).toBe('Moselle Conseil');
    expect(fieldsInDoubt(read.checks)).not.toContain('seller.name');
    expect(fieldsInDoubt(read.checks)).not.toContain('buyer.name');
  });

  it('names the net and the tax of a scanned sheet whose total was not read, with the total', () => {
    const inv = invoice();
    Object.assign(inv, { totalAmount: null, currency: 'EUR', fieldSources: { number: 'ocr', 'seller.name': 'ocr', 'buyer.name': 'ocr' } });
    inv.seller.name = 'Malerbetrieb Brandl';
    inv.buyer.name = 'Markus Vogl';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 40, height: 4, page: 1, confidence: 95 });
    const items = [at('Malerbetrieb Brandl', 20, 20), at('Markus Vogl', 20, 50), at('83089647', 150, 40)];
    expect(doubtfulFields(inv, page(...items)).unread).toEqual(['amount', 'taxAmount']);
    const settled = settle({ parts: [{ source: 'ocr', invoice: inv, doubtful: doubtfulFields(inv, page(...items)) }], pages: 1 }, new Date('2026-01-01'));
    expect(fieldsInDoubt(settled.checks)).toEqual(expect.arrayContaining(['totalAmount', 'amount', 'taxAmount']));
    // A net read without its total is the required check's to name; a till receipt's column states no net.
    expect(doubtfulFields({ ...inv, amount: 100 }, page(...items)).unread).toEqual(['taxAmount']);
    expect(doubtfulFields(inv, page(at('Malerbetrieb Brandl', 70, 20), at('83089647', 80, 40))).unread).toBeUndefined();
    // Nor a buyer: named with them.
    expect(doubtfulFields({ ...inv, buyer: { ...inv.buyer, name: null } }, page(...items)).unread).toEqual(['buyer.name', 'amount', 'taxAmount']);
  });

  it('makes the result need review with an ocr_uncertain check naming the field', () => {
    const settled = settle({ parts: [{ source: 'ocr', invoice: invoice(), doubtful: { unsure: ['number'], computed: ['totalAmount'] } }], pages: 1 }, new Date('2026-01-01'));
    expect(settled.status).toBe('needs_review');
    expect(settled.checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: number; not in the OCR text, computed from the other totals: totalAmount' });
  });

  it('corroborates an unsure total across readings of the page: net from one, tax and total from another', () => {
    const full = invoice(); // the invoice parser: net read, its totals line lost
    full.amount = 496;
    full.totalAmount = null;
    full.date = '2025-12-01';
    full.currency = 'EUR';
    full.seller.name = 'Malerbetrieb Brandl';
    full.fieldSources = { number: 'ocr', date: 'ocr', currency: 'ocr', amount: 'ocr', 'seller.name': 'ocr' };
    const lenient = emptyInvoice(); // the receipt reader: tax and an unsure total
    lenient.taxAmount = 75.04;
    lenient.totalAmount = 571.04;
    lenient.fieldSources = { taxAmount: 'ocr', totalAmount: 'ocr' };
    const settleWith = (total: number) => {
      lenient.totalAmount = total;
      return settle({ parts: [{ source: 'ocr', invoice: full, doubtful: { unsure: [], computed: [] } }, { source: 'ocr', invoice: lenient, doubtful: { unsure: ['totalAmount'], computed: [] } }], pages: 1 }, new Date('2026-01-01'));
    };
    expect(settleWith(571.04).checks.find((c) => c.id === 'ocr_uncertain')).toBeUndefined();
    expect(settleWith(571.04).status).toBe('ok');
    // 511.04 does not add up: the unsure total stays named.
    expect(settleWith(511.04).checks).toContainEqual({ id: 'ocr_uncertain', ok: false, message: 'OCR unsure of: totalAmount' });
  });

  it('lets a better source settle a computed OCR amount: the QR code read it', () => {
    const ocr = invoice();
    const qr = emptyInvoice();
    qr.totalAmount = 1526;
    qr.fieldSources = { totalAmount: 'qr' };
    const settled = settle({ parts: [{ source: 'ocr', invoice: ocr, doubtful: { unsure: [], computed: ['totalAmount'] } }, { source: 'qr', invoice: qr }], pages: 1 }, new Date('2026-01-01'));
    expect(settled.checks.find((c) => c.id === 'ocr_uncertain')).toBeUndefined();
  });

  it('names the figures a computed amount came from, and takes a tax printed in two parts as read', () => {
    const inv = invoice();
    inv.amount = 1350.44;
    inv.taxAmount = 175.56;
    inv.fieldSources = { number: 'ocr', amount: 'ocr', taxAmount: 'ocr', totalAmount: 'ocr' };
    const settled = settle({ parts: [{ source: 'ocr', invoice: inv, doubtful: { unsure: [], computed: ['totalAmount'] } }], pages: 1 }, new Date('2026-01-01'));
    expect(fieldsInDoubt(settled.checks.filter((c) => c.id === 'ocr_uncertain')).sort()).toEqual(['amount', 'taxAmount', 'totalAmount']);
    // GST and PST (or CGST and SGST, two equal halves) printed, their sum the tax no line shows.
    const ca = invoice();
    ca.amount = 2520;
    ca.taxAmount = 302.4;
    ca.totalAmount = 2822.4;
    const sure = [item('83089647', 95), item('Subtotal 2,520.00', 95), item('Total 2,822.40', 95)];
    expect(doubtfulFields(ca, page(...sure, item('GST 5% 126.00', 95), item('PST 7% 176.40', 95)))).toEqual({ unsure: [], computed: [] });
    ca.taxAmount = 302.44;
    ca.totalAmount = 2822.44;
    const halves = [item('83089647', 95), item('Subtotal 2,520.00', 95), item('Total 2,822.44', 95)];
    expect(doubtfulFields(ca, page(...halves, item('CGST 9% 151.22', 95), item('SGST 9% 151.22', 95)))).toEqual({ unsure: [], computed: [] });
    // One half printed, or parts that do not add up: computed.
    expect(doubtfulFields(ca, page(...halves, item('CGST 9% 151.22', 95)))).toEqual({ unsure: [], computed: ['taxAmount'] });
    expect(doubtfulFields(ca, page(...halves, item('GST 5% 126.00', 95), item('PST 7% 176.50', 95)))).toEqual({ unsure: [], computed: ['taxAmount'] });
  });

  it("takes no amount a row calls exempt for a part of the tax", () => {
    // The tax's label lost, the tax computed as total − the taxed net: the exempt amount and the tax add up to it.
    const cl = invoice();
    cl.amount = 500000;
    cl.taxAmount = 135000;
    cl.totalAmount = 635000;
    const at = (y: number, ...cells: string[]): TextItem[] => cells.map((text, k) => ({ ...item(text, 95), x: 120 + 45 * k, y }));
    const rows = [item('83089647', 95), ...at(100, 'MONTO NETO', '$ 500.000'), ...at(120, 'TOTAL', '$ 635.000')];
    expect(doubtfulFields(cl, page(...rows, ...at(106, 'MONTO EXENTO', '$ 40.000'), ...at(112, '1.V.A. 19%', '$ 95.000'))).computed).toEqual(['taxAmount']);
    expect(doubtfulFields(cl, page(...rows, ...at(106, 'Exempt supplies', '$ 40.000'), ...at(112, 'Sales tax', '$ 95.000'))).computed).toEqual(['taxAmount']);
    // Two taxes, neither row exempt: read.
    expect(doubtfulFields(cl, page(...rows, ...at(106, 'Impuesto adicional', '$ 40.000'), ...at(112, 'I.V.A. 19%', '$ 95.000'))).computed).toEqual([]);
  });

  it("takes a US sales tax printed by jurisdiction, row under row, as read", () => {
    const inv = invoice();
    inv.amount = 1909;
    inv.taxAmount = 183.51;
    inv.totalAmount = 2092.51;
    const at = (y: number, text: string): TextItem => ({ ...item(text, 95), y });
    const sure = [at(10, 'Invoice 83089647'), at(100, 'Subtotal 1,909.00'), at(140, 'Invoice Total 2,092.51')];
    const rows = [at(110, 'Colorado State Tax 54.06'), at(116, 'Boulder County Tax 37.00'), at(122, 'City of Boulder Tax 71.95'), at(128, 'RTD/CD District Tax 20.50')];
    expect(doubtfulFields(inv, page(...sure, ...rows)).computed).toEqual([]);
    // Each with its rate in small print under it.
    expect(doubtfulFields(inv, page(...sure, ...rows, at(113, '2.9%'), at(119, '1.985%'), at(125, '3.86%'), at(131, '1.1%'))).computed).toEqual([]);
    // Rows that do not add up to it, or that another row parts: computed.
    expect(doubtfulFields(inv, page(...sure, ...rows.slice(0, 3))).computed).toEqual(['taxAmount']);
    expect(doubtfulFields(inv, page(...sure, ...rows.slice(0, 2), at(119, 'Shipping 45.00'), ...rows.slice(2))).computed).toEqual(['taxAmount']);
  });

  it("takes a tax printed by rate, each rate's base and tax beside it, as read", () => {
    const inv = invoice();
    inv.amount = 1770;
    inv.taxAmount = 223.8;
    inv.totalAmount = 1993.8;
    // A Spanish table of IVA across one row: "Base 4%", "Cuota", "Base 10%", "Cuota", "Base 21%", "Cuota", "TOTAL FACTURA".
    const table = (...figures: string[]) => [item('Base  Cuota  Base  Cuota  Base  Cuota  TOTAL', 98), item('4%  4%  10%  10%  21%  21%  FACTURA', 98),
      ...figures.map((f) => item(f, 95)), item('1.993,80 €', 95), item('83089647', 95), item('Suma 1.770,00', 95)];
    expect(doubtfulFields(inv, page(...table('320,00', '12,80', '850,00', '85,00', '600,00', '126,00'))).computed).toEqual([]);
    // A base misread (the bases no longer the net), or a tax that is not its base at its rate: computed.
    expect(doubtfulFields(inv, page(...table('320,00', '12,80', '860,00', '85,00', '590,00', '126,00'))).computed).toEqual(['taxAmount']);
    expect(doubtfulFields(inv, page(...table('320,00', '12,80', '850,00', '86,00', '600,00', '125,00'))).computed).toEqual(['taxAmount']);
  });

  it("takes no net for printed in parts when a part is a rate's tax", () => {
    // Two rates' taxes printed, one read for the tax: the net read is the printed net and the other rate's tax.
    const ar = invoice();
    ar.amount = 900800;
    ar.taxAmount = 33600;
    ar.totalAmount = 934400;
    const rows = [item('83089647', 95), item('Importe Neto Gravado: $', 95), item('800000,00', 95), item('IVA 21%: $ 100800,00', 95), item('IVA 10.5%: $', 95), item('33600,00', 95), item('Importe Total: $ 934400,00', 95)];
    expect(doubtfulFields(ar, page(...rows)).computed).toEqual(['amount']);
    // An item's gross beside its rate and another item's net, adding up to the same: no parts either.
    expect(doubtfulFields(ar, page(...rows.slice(0, 3), item('IVA 21%: $', 95), item('33600,00', 95), item('1,00 unidades 320000,00', 95), item('SM-01 Servicio 1,00 unidades 480000,00 21% |580800,00', 95), item('Importe Total: $ 934400,00', 95))).computed).toEqual(['amount']);
    // The rate's label boxed apart from its figure on the row: the same.
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 30, height: 4, page: 1, confidence: 95 });
    expect(doubtfulFields(ar, page(...rows.slice(0, 3), at('IVA 21%: $', 140, 217), at('100800,00', 180, 217), at('IVA 10.5%: $', 140, 223), at('33600,00', 180, 223), item('Importe Total: $ 934400,00', 95))).computed).toEqual(['amount']);
    // A charge at a rate with its words, over the subtotal it is added to: parts of the net, read ("Subtotal
    // 40.00", "Svc Chg 10% 4.00", then "GST 9% 3.96" and "Total 47.96": a net of 44.00).
    const svc = invoice();
    svc.amount = 44;
    svc.taxAmount = 3.96;
    svc.totalAmount = 47.96;
    expect(doubtfulFields(svc, page(item('83089647', 95), item('Subtotal 40.00', 95), item('Svc Chg 10% 4.00', 95), item('GST 9% 3.96', 95), item('Total 47.96', 95))).computed).toEqual([]);
    // A summary's row, a rate's base before its tax, the net in parts: read ("S 6% 94.34 5.66", "Z 0% 10.00 0.00").
    const sz = invoice();
    sz.amount = 104.34;
    sz.taxAmount = 5.66;
    sz.totalAmount = 110;
    expect(doubtfulFields(sz, page(item('83089647', 95), item('S 6% 94.34 5.66', 95), item('Z 0% 10.00 0.00', 95), item('Total 110.00', 95))).computed).toEqual([]);
    // Two nets printed, each a rate's base, their sum the net: read.
    const two = invoice();
    two.amount = 3440;
    two.taxAmount = 373;
    two.totalAmount = 3813;
    expect(doubtfulFields(two, page(item('83089647', 95), item('Base HT 10 % 3 150,00', 95), item('Base HT 20 % 290,00', 95), item('Total TVA 373,00', 95), item('Total TTC 3 813,00', 95))).computed).toEqual([]);
  });

  it('names a party whose name no party goes by: a small letter first, a split word, a doubled word or stop, an owner row, a country, cells, a lone bracket, a date first', () => {
    const sure = [item('83089647', 95), item('1526.00', 95)];
    const doubted = (name: string) => {
      const inv = invoice();
      inv.buyer.name = name;
      return doubtedOtherwise(doubtfulFields(inv, page(...sure, item(name, 95), item(`${name} · Hauptstraße 1`, 95))));
    };
    for (const name of ['sign GmbH', 'lumeo', 'Rahu l Mehta', 'Fernhill Coffee Roasters Jane Whitfield Design Ltd Ltd', 'Meadowbrook Condominium Assn..',
      'Inh. Markus Schuster', 'U.S.A', 'Deutschland', 'Vereinigte Staaten', 'Menuiserie Rochat Sarl', 'Drukarnia Nowak Sp. z 0.o.', 'Granite State Landscaping LLC18 Depot Rd', 'Elad6',
      'FREIGHT · CUSTOMS · WAREHOUSING Tilbury Cross Freight Ltd', 'Harbor & Pine Design Co. Harbor & Pine Design Co.',
      'Hotel Tauernblick Brandstätter (GmbH', 'Pixel Werk) GmbH', 'Enoteca ll Grappolo S.n.c.',
      // (A header grid's date and reference under a label whose header OCR ran into the one before it.)
      '05/12/2025 BC-77120']) {
      expect(doubted(name), name).toEqual(['buyer.name']);
    }
    for (const name of ['van Dijk Installatie B.V.', 'Drukarnia Nowak Sp. z o.o.', 'Hansen & Hansen ApS', 'Elektro Schuster e.K.', 'P. Jansen', 'Fit4All B.V.', 'Deutsche Bahn AG', 'Francesca Rossi', 'Müller (Schweiz) AG', 'Enoteca Il Grappolo S.n.c.', 'Villa Sorrell Ltd']) {
      expect(doubted(name), name).toEqual([]);
    }
  });

  it('takes a bracket OCR read in the other width for the same bracket: a Chinese name opened with （ and closed with )', () => {
    const sure = [item('发票号码：25512000000077412068', 95), item('（小写）¥1,526.00', 95)];
    const doubted = (name: string) => {
      const inv = invoice();
      inv.seller.name = name;
      return doubtfulFields(inv, page(...sure, item(`名称：${name}`, 95))).unsure;
    };
    for (const name of ['中铁快运（成都)物流有限公司', '雄安恒筑(保定）装饰工程有限公司', '华贸物流（上海）有限公司']) expect(doubted(name), name).toEqual([]);
    for (const name of ['中铁快运（成都物流有限公司', '雄安恒筑保定）装饰工程有限公司', '华贸物流(上海有限公司']) expect(doubted(name), name).toEqual(['seller.name']);
  });

  it('names the parties of a page in a language whose marks OCR does not read, and of no other', () => {
    const inv = invoice();
    inv.seller.name = 'Asesoria Fiscal Montero S.L.';
    inv.buyer.name = 'Ferreteria Hermanos Ruiz S.A.';
    const names = [item('Asesoria Fiscal Montero S.L.', 99), item('Ferreteria Hermanos Ruiz S.A.', 99), item('83089647', 95), item('1526.00', 95)];
    const spanish = [item('FACTURA', 99), item('Fecha: 05/03/2025', 99), item('Datos del cliente', 99), item('Base imponible', 99), item('IVA 21%', 99)];
    expect(doubtfulFields(inv, page(...names, ...spanish)).unsure).toEqual(['seller.name', 'buyer.name']);
    const german = [item('Rechnung', 99), item('Rechnungsdatum 05.03.2025', 99), item('Nettobetrag', 99), item('zzgl. MwSt. 19 %', 99), item('Zahlbar ohne Abzug', 99)];
    expect(doubtedOtherwise(doubtfulFields(inv, page(...names, ...german)))).toEqual([]);
    // Danish and Croatian as OCR reads them: "Beløb" without its mark, the compounds of "Faktura".
    const danish = [item('Faktura', 99), item('Fakturanr.:', 48), item('Forfaldsdato:', 86), item('Antal Enhedspris', 91), item('Belob', 99), item('Total DKK', 97)];
    expect(doubtfulFields({ ...inv, currency: 'DKK' }, page(...names, ...danish)).unsure).toEqual(['seller.name', 'buyer.name']);
    const croatian = [item('Kupac:', 99), item('RACUN br. 127-1-1', 99), item('Porez  Osnovica  Iznos poreza', 99), item('PDV 25%', 99), item('UKUPNO EUR', 99)];
    expect(doubtfulFields({ ...inv, currency: 'EUR' }, page(...names, ...croatian)).unsure).toEqual(['seller.name', 'buyer.name']);
    // Icelandic, whose "ð" OCR reads as "o" or "ö" ("Upphaeo" for "Upphæð").
    const icelandic = [item('REIKNINGUR', 99), item('Kaupandi:', 99), item('Reikningur nr. 10482', 99), item('Dagsetning', 99), item('Gjalddagi', 99), item('Samtals án VSK', 99)];
    expect(doubtfulFields({ ...inv, currency: 'ISK' }, page(...names, ...icelandic)).unsure).toEqual(['seller.name', 'buyer.name']);
    // Romanian, "ă" read as "ä" or lost: "Cumpärätor", "Semnätura si stampila furnizorului".
    const romanian = [item('Furnizor: Tipografia', 50), item('Cumpärätor: Pensiunea', 75), item('Denumirea produselor sau a servicilor', 62), item('Semnätura si stampila furnizorului', 53)];
    expect(doubtfulFields(inv, page(...names, ...romanian)).unsure).toEqual(['seller.name', 'buyer.name']);
    // Italian's "IVA" is Spanish's and Portuguese's word too: an Italian page's own labels outweigh it, its summary of IVA by rate aside.
    const italian = [item('Fattura n. 2025/0118', 99), item('Partita IVA: IT09447120825', 99), item('Riepilogo IVA', 99), item('Aliquota IVA 22%', 99),
      item('Imponibile  Imposta', 99), item('Totale documento', 99), item('Codice fiscale: 09447120825', 99), item('Esigibilità IVA: immediata', 99)];
    expect(doubtedOtherwise(doubtfulFields(inv, page(...names, ...italian)))).toEqual([]);
    // A bilingual page, or a name's own form ("Sp. z o.o.") alone: not enough to say.
    expect(doubtedOtherwise(doubtfulFields(inv, page(...names, item('Faktura / Invoice', 99), item('Data wystawienia / Date of issue', 99), item('Sp. z o.o.', 99))))).toEqual([]);
  });

  it("judges a name's certainty by its own words, not its company form's, and is not put in doubt by a poorer reading that lost letters", () => {
    const inv = invoice();
    inv.buyer.name = 'Brackenridge Joinery Ltd';
    const sure = [item('83089647', 95), item('1526.00', 95)];
    const read = (text: string, each: number[]): TextItem => ({ ...item(text, Math.min(...each)), charConfidence: each });
    const name = (form: number, word: number) => read('Brackenridge Joinery Ltd', [...Array(21).fill(99), 99, form, 99].map((c, i) => (i === 15 ? word : c)));
    expect(doubtfulFields(inv, page(...sure, name(38, 99))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, name(99, 38))).unsure).toEqual(['buyer.name']);
    inv.seller.name = 'Küchenstudio Wendt GmbH';
    inv.buyer.name = null;
    const letterhead = item('Küchenstudio Wendt GmbH', 99);
    expect(doubtfulFields(inv, page(...sure, letterhead, item('Kuchenstudi Wendt GmbH · Hauptstrae 100 · 0109 Leipzig', 60))).unsure).toEqual([]);
    // A reading with another letter in a letter's place: one of the two is wrong.
    expect(doubtfulFields(inv, page(...sure, letterhead, item('Kuchenstudio Wenbt GmbH · Hauptstraße 100 · 04109 Leipzig', 60))).unsure).toEqual(['seller.name']);
    // A long word that lost a letter in a small sender line ("Velwerk" for "Velowerk"), as an address
    // block's word that gained one would not be.
    inv.seller.name = 'Velowerk Bern GmbH';
    const velowerk = item('Velowerk Bern GmbH', 96);
    expect(doubtfulFields(inv, page(...sure, velowerk, item('Velwerk em Gmb, Lorrainestrasse 5, 3013 m', 60))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, velowerk, item('Veloewerk Bern GmbH, Lorrainestrasse 5, 3013 Bern', 60))).unsure).toEqual(['seller.name']);
    // The name read from a small sender line with its last word's last letter lost, the letterhead and the
    // closing printing it whole: those two do not show the name as read, they show it a letter longer.
    inv.seller.name = 'Holzbau Reind GmbH';
    const others = [item('Holzbau Reind GmbH - Am Sägewerk 4 · 83022 Rosenheim', 93), item('Holzbau Reindl', 97), item('Holzbau Reindl GmbH', 95)];
    expect(doubtfulFields(inv, page(...sure, ...others)).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Holzbau Reindl GmbH';
    expect(doubtfulFields(inv, page(...sure, ...others)).unsure).toEqual([]);
    // A footer's poorer reading that lost a letter of the name, then its form read short ("SL" as "L") and the
    // row's next words: those are no letters of the name. Another letter in the name's place still is a doubt.
    inv.seller.name = 'Fusteria Puigdomènech';
    const letterheadName = item('Fusteria Puigdomènech', 93);
    const footer = (name: string) => item(`${name}, L Inscrit a l Rgistre Mercantil de Girona, tom 281, fli 112`, 48);
    expect(doubtfulFields(inv, page(...sure, letterheadName, footer('Fusteria Puigdmenech'))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, letterheadName, footer('Fusteria Puigdamenech'))).unsure).toEqual(['seller.name']);
  });

  it('is not put in doubt by a poorer reading that lost letters of the name and of its company form', () => {
    const inv = invoice();
    const sure = [item('83089647', 95), item('1526.00', 95)];
    inv.seller.name = 'Cedar Ridge Home Repair LLC';
    const cedar = item('Cedar Ridge Home Repair LLC', 98);
    expect(doubtfulFields(inv, page(...sure, cedar, item('Make checks payable to Cedar Ridge Hme Repair C. Thank you for you usiness', 50))).unsure).toEqual([]);
    inv.seller.name = 'Brightwater Plumbing Ltd';
    const brightwater = item('Brightwater Plumbing Ltd', 97);
    expect(doubtfulFields(inv, page(...sure, brightwater, item('Brightwater Plumbng Lt · 4 Mill Road · Bristol', 55))).unsure).toEqual([]);
    // Another letter in a letter's place, in the other reading or in the name: one of the two is wrong.
    expect(doubtfulFields(inv, page(...sure, brightwater, item('Brightwater Plumbinq Lt · 4 Mill Road · Bristol', 55))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Cedar Ridge Home Repalr LLC';
    expect(doubtfulFields(inv, page(...sure, item('Cedar Ridge Home Repalr LLC', 98), item('Make checks payable to Cedar Ridge Home Repair LC. Thank you', 50))).unsure).toEqual(['seller.name']);
  });

  it("names the other party's name, read from the same blocks, when one party's name is in doubt", () => {
    const inv = invoice();
    inv.currency = 'EUR';
    inv.date = '2025-10-21';
    inv.seller.name = 'Hotel Seeblick Betriebs GmbH';
    inv.buyer.name = '23743 Grömitz';
    inv.amount = 1282.35;
    inv.taxAmount = 243.65;
    inv.fieldSources = { number: 'ocr', amount: 'ocr', taxAmount: 'ocr', totalAmount: 'ocr', date: 'ocr', currency: 'ocr', 'seller.name': 'ocr', 'buyer.name': 'ocr' };
    const settled = settle({ parts: [{ source: 'ocr', invoice: inv, doubtful: { unsure: ['buyer.name'], computed: [] } }], pages: 1 }, new Date('2026-01-01'));
    expect(fieldsInDoubt(settled.checks)).toEqual(expect.arrayContaining(['seller.name', 'buyer.name']));
    // Neither in doubt: the result passes; a name from a text layer is not named for an OCR'd one.
    expect(settle({ parts: [{ source: 'ocr', invoice: inv, doubtful: { unsure: [], computed: [] } }], pages: 1 }, new Date('2026-01-01')).status).toBe('ok');
    const text = settle({ parts: [{ source: 'ocr', invoice: { ...inv, fieldSources: { ...inv.fieldSources, 'seller.name': 'text' } }, doubtful: { unsure: ['buyer.name'], computed: [] } }], pages: 1 }, new Date('2026-01-01'));
    expect(fieldsInDoubt(text.checks)).not.toContain('seller.name');
  });

  it('names a date when the page labels another one as the issue date, beside its label or under it', () => {
    const inv = invoice();
    inv.date = '2025-02-20';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 30, height: 3, page: 1, confidence: 99 });
    const sure = [at('83089647', 150, 20), at('1526.00', 150, 200)];
    const row = [at('Datum: 06.03.2025', 20, 60), at('zu Rechnung Nr. 2025-1184 vom 20.02.2025', 60, 60)];
    expect(doubtfulFields(inv, page(...sure, ...row)).unsure).toEqual(['date']);
    inv.date = '2025-03-06';
    expect(doubtfulFields(inv, page(...sure, ...row)).unsure).toEqual([]);
    // Stacked: "Rechnungsdatum" over its date, "Lieferdatum" over another.
    inv.date = '2025-03-10';
    const stacked = [at('Rechnungsdatum', 140, 40), at('12.03.2025', 140, 43.5), at('Lieferdatum', 140, 48), at('10.03.2025', 140, 51)];
    expect(doubtfulFields(inv, page(...sure, ...stacked)).unsure).toEqual(['date']);
    inv.date = '2025-03-12';
    expect(doubtfulFields(inv, page(...sure, ...stacked)).unsure).toEqual([]);
    // The labelled date's figures split by a space OCR put in ("24-1 1-2025"); the delivery date taken.
    inv.date = '2025-11-17';
    const split = [at('Factuurdatum 24-1 1-2025', 20, 60), at('Keuken Lindelaan 3, plaatsing 17-11-2025', 20, 66)];
    expect(doubtfulFields(inv, page(...sure, ...split)).unsure).toEqual(['date']);
    // They read as the date taken, printed again for the delivery: no doubt.
    inv.date = '2025-11-24';
    expect(doubtfulFields(inv, page(...sure, split[0]!, at('Keuken Lindelaan 3, plaatsing 24-11-2025', 20, 66))).unsure).toEqual([]);
    // A Slovak label, its mark read as another.
    inv.date = '2025-04-28';
    expect(doubtfulFields(inv, page(...sure, at('Dätum vystavenia: 14.04.2025', 20, 60), at('Dátum splatnosti: 28.04.2025', 20, 66))).unsure).toEqual(['date']);
    // The labelled value wrapped in its cell by OCR: beside its label ("14 de novembro de" over "2025"),
    // or under a label that shares its box with the next column's, a due date's ("2025-" over "11-10").
    inv.date = '2025-09-10';
    const wrapped = [at('Data de emissäo', 21, 52), at('14 de novembro de', 61, 52), at('2025', 62, 58), at('Periodo de', 21, 63), at('10/09/2025 a', 61, 64)];
    expect(doubtfulFields(inv, page(...sure, ...wrapped)).unsure).toEqual(['date']);
    inv.date = '2025-11-14';
    expect(doubtfulFields(inv, page(...sure, ...wrapped)).unsure).toEqual([]);
    inv.date = '2025-11-30';
    const header = [at('Fakturadatum Forfallodag', 96, 13), at('2025-', 96, 18), at('2025-11-30', 115, 18), at('11-10', 96, 23)];
    expect(doubtfulFields(inv, page(...sure, ...header)).unsure).toEqual(['date']);
    inv.date = '2025-11-10';
    expect(doubtfulFields(inv, page(...sure, ...header)).unsure).toEqual([]);
    // Other words after the label make it another date's: its value says nothing of the issue date.
    expect(doubtfulFields(inv, page(...sure, at('Fecha de vencimiento', 20, 60), at('10/12/2025', 20, 64), at('Fecha: 10/11/2025', 20, 50))).unsure).toEqual([]);
    // A table's "Date" column over a line's date, a due date, the other day/month order: no doubt.
    inv.date = '2025-03-05';
    expect(doubtfulFields(inv, page(...sure, at('Date', 20, 80), at('03/01/2025', 20, 83), at('Due Date: 03/19/2025', 20, 60), at('Date: 03/05/2025', 20, 50))).unsure).toEqual([]);
    // A header row of an ERP's boxes ("N° facture", "Date facture", "N client", … "Date livraison"), each label
    // over its value: the delivery date taken is named.
    inv.date = '2025-11-18';
    const erp = [at('N° facture', 21.3, 76.9), at('Date facture', 44.2, 76.9), at('N client', 67.7, 76.9), at('Date livraison', 144.8, 76.9),
      at('VF25-00873', 21.7, 82.8), at('21/11/2025', 44.2, 82.8), at('18/11/2025', 144.8, 82.8)];
    expect(doubtfulFields(inv, page(...sure, ...erp)).unsure).toEqual(['date']);
    inv.date = '2025-11-21';
    expect(doubtfulFields(inv, page(...sure, ...erp)).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Date de facture', 44, 60), at('21/11/2025', 44, 64))).unsure).toEqual([]);
    // A Czech header row: "DATUM SPLATNOSTI" (due date) is a label of its own, not "Datum" and the next column's due label.
    inv.date = '2025-03-12';
    const czech = [at('DATUM VYSTAVENI', 23, 69), at('DATUM ZDAN. PLNENi', 54, 69), at('DATUM SPLATNOSTI', 85, 69),
      at('12.3.2025', 23, 73), at('10.3.2025', 54, 73), at('26.3.2025', 85, 73)];
    expect(doubtfulFields(inv, page(...sure, ...czech)).unsure).toEqual([]);
    inv.date = '2025-03-10';
    expect(doubtfulFields(inv, page(...sure, ...czech)).unsure).toEqual(['date']);
  });

  it("names a date when the document's own row as a table dates it otherwise under a bare \"Data\" beside \"Numero\"", () => {
    const inv = invoice();
    const at = (text: string, x: number, y: number, width: number): TextItem => ({ text, x, y, width, height: 5, page: 1, confidence: 95 });
    const sure = [at('83089647', 150, 20, 20), at('1526.00', 150, 200, 20)];
    // A courtesy copy's header row; OCR boxed the values from a few mm left of their headers' edges.
    const row = (head: string) => [at('Tipo documento', 18, 51, 35), at(head, 68, 51, 18), at('Data', 97, 51, 12), at('Rif. fattura', 125, 51, 24),
      at('TD04 Nota di credito', 18, 56, 46), at('NC 41/2026', 67, 56, 28), at('18/11/2026', 92, 56, 31), at('n. 977/2026 del 03/11/2026', 121, 56, 67)];
    // The referenced invoice's date taken: named.
    inv.date = '2026-11-03';
    expect(doubtfulFields(inv, page(...sure, ...row('Numero'))).unsure).toEqual(['date']);
    expect(doubtfulFields(inv, page(...sure, ...row('No.'))).unsure).toEqual(['date']);
    // The date under the header taken: no doubt.
    inv.date = '2026-11-18';
    expect(doubtfulFields(inv, page(...sure, ...row('Numero'))).unsure).toEqual([]);
    // Without a number's header beside it, a bare "Data" heads a table's column of the lines' dates: no doubt.
    inv.date = '2026-11-03';
    expect(doubtfulFields(inv, page(...sure, ...row('Articolo'))).unsure).toEqual([]);
  });

  it('names a date the page prints only as a due date: after its label, right of it, or under it in a header row', () => {
    const inv = invoice();
    inv.date = '2025-11-24';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 16, height: 4, page: 1, confidence: 99 });
    const sure = [at('83089647', 150, 20), at('1526.00', 150, 200)];
    // The issue date's label lost ("Datum vystavenia" read as noise): only the due date is labelled.
    expect(doubtfulFields(inv, page(...sure, at('Datum splatnosti:', 24, 61), at('24.11.2025', 55, 62))).unsure).toEqual(['date']);
    expect(doubtfulFields(inv, page(...sure, at('Termen de plata:24.11.2025', 90, 31))).unsure).toEqual(['date']);
    // A header row over a row of values, a digit read for the label's last letter ("hatarid6").
    const header = [at('Fizetesi mod', 31, 56), at('Szamla kelte', 106, 57), at('Fizetési hatarid6', 140, 58), at('Atutalas', 34, 61), at('2025.11.10.', 106, 62), at('2025.11.24.', 142, 62)];
    expect(doubtfulFields(inv, page(...sure, ...header)).unsure).toEqual(['date']);
    // The date the parser took is the issue date, or printed under another label too: no doubt.
    inv.date = '2025-11-10';
    expect(doubtfulFields(inv, page(...sure, ...header)).unsure).toEqual([]);
    inv.date = '2025-11-24';
    expect(doubtfulFields(inv, page(...sure, at('Datum splatnosti:', 24, 61), at('24.11.2025', 55, 62), at('Datum dodania: 24.11.2025', 24, 70))).unsure).toEqual([]);
  });

  it("takes a credit note's invoice date for the credited invoice's, not another issue date", () => {
    const inv = invoice();
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 30, height: 5, page: 1, confidence: 90 });
    const sure = [at('83089647', 150, 20), at('1526.00', 150, 200)];
    const note = (kind: 'invoice' | 'credit_note', ...rows: TextItem[]) => {
      inv.documentType = kind;
      return doubtfulFields(inv, page(...sure, ...rows)).unsure;
    };
    inv.date = '2025-11-14';
    const english = [at('Credit note date', 127, 50), at('e 14/11/2025', 161, 51), at('Invoice date', 127, 62), at('02/10/2025', 165, 62.6)];
    expect(note('credit_note', ...english)).toEqual([]);
    expect(note('credit_note', at('Gutschriftsdatum: 14.11.2025', 127, 50), at('Rechnungsdatum: 02.10.2025', 127, 62))).toEqual([]);
    // On an invoice the label is the issue date's; on a credit note, a label that does not name the invoice.
    expect(note('invoice', ...english)).toEqual(['date']);
    expect(note('credit_note', at('Datum: 03.11.2025', 127, 50), at('Rechnungsdatum: 02.10.2025', 127, 62))).toEqual(['date']);
  });

  it('names a date OCR read with a digit of its day or month lost, months from the dates around it', () => {
    const inv = invoice();
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 30, height: 3, page: 1, confidence: 99 });
    const sure = [at('83089647', 150, 20), at('1526.00', 150, 200)];
    // "18/11/2025" read "18/1/2025" beside the quote's "12/11/2025": with an 1 put back it falls by it.
    inv.date = '2025-01-18';
    expect(doubtfulFields(inv, page(...sure, at('Date : 18/1/2025 Devis n D-2025-0412 accept le 12/11/2025', 60, 40))).unsure).toEqual(['date']);
    // A day: "5.12.2025" read "5.2.2025", the due date "19.12.2025" under it.
    inv.date = '2025-02-05';
    expect(doubtfulFields(inv, page(...sure, at('Rechnungsdatum 5.2.2025', 60, 40), at('Zahlbar bis 19.12.2025', 60, 45))).unsure).toEqual(['date']);
    // Printed with one digit among the page's dates ("3.11.2025", due "17.11.2025"), it stands.
    inv.date = '2025-11-03';
    expect(doubtfulFields(inv, page(...sure, at('Laskun pvm 3.11.2025', 60, 40), at('Eräpäivä 17.11.2025', 60, 45))).unsure).toEqual([]);
    // So does one the page prints in full elsewhere, one alone on its page, and one whose other dates
    // no digit put back reaches (a contract of the year before).
    inv.date = '2025-01-18';
    expect(doubtfulFields(inv, page(...sure, at('Date : 18/1/2025', 60, 40), at('Bon du 18/01/2025 accepté le 12/11/2025', 60, 45))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Date : 18/1/2025', 60, 40))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...sure, at('Date : 18/1/2025', 60, 40), at('Contrat du 15/06/2024', 60, 45))).unsure).toEqual([]);
  });

  it('names a date no OCR\'d item or line reads as that date', () => {
    const inv = invoice();
    inv.date = '2026-01-25';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 20, height: 4, page: 1, confidence: 99 });
    const header = [at('83089647', 150, 20), at('1526.00', 150, 200), at('Invoice No.', 110, 23), at('VAI/25-26/0418', 110, 26), at('Dated', 154, 23), at('7-Nov-25', 154, 26)];
    expect(doubtfulFields(inv, page(...header)).unsure).toEqual(['date']);
    inv.date = '2025-11-07';
    expect(doubtfulFields(inv, page(...header)).unsure).toEqual([]);
    // A date wrapped after its day, the day's digits cut apart, is read.
    inv.date = '2025-04-09';
    expect(doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('Invoice date / Delivery date 0 9', 109, 33), at('April 2025', 110, 39))).unsure).toEqual([]);
    // So is one wrapped after its month, or run into its label.
    inv.date = '2025-10-21';
    expect(doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('Factuurdatum: 21-10-', 137, 49), at('2025', 137, 54))).unsure).toEqual([]);
    inv.date = '2025-11-21';
    expect(doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('DATE11/21/2025', 163, 33))).unsure).toEqual([]);
    // Or wrapped in a cell set flush right, the two rows ending alike; not a row under it further right.
    inv.date = '2025-11-19';
    const cell = (wrap: string, x: number) => doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('Invoice date', 138, 50),
      { ...at('Nov 19,', 174.5, 51), width: 18 }, { ...at(wrap, x, 56), width: 12 })).unsure;
    expect(cell('2025', 180.1)).toEqual([]);
    expect(cell('2025', 186)).toEqual(['date']);
    // Or written out in a narrow cell that wraps it over three rows, day, month and year; three rows
    // that make another date leave the doubt.
    const rows = (date: string, day: string, month: string) => {
      inv.date = date;
      return doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('Dato', 117, 47), at(day, 157, 47.7), at(month, 157, 55.8), at('2025', 157, 62.3))).unsure;
    };
    expect(rows('2025-11-14', '14.', 'november')).toEqual([]);
    expect(rows('2025-12-03', '3.', 'Dezember')).toEqual([]);
    expect(rows('2025-11-04', '14.', 'november')).toEqual(['date']);
    // Or a till receipt's number run into it.
    inv.date = '2017-05-05';
    expect(doubtfulFields(inv, page(at('83089647', 150, 20), at('1526.00', 150, 200), at('#19536005/05/2017  14:25', 10, 33))).unsure).toEqual([]);
  });

  it("names a currency when a total's row prints another currency's code and none prints its own", () => {
    const inv = invoice();
    inv.currency = 'MYR';
    const items = [item('83089647', 95), item('1526.00', 95), item('TOTAL DUE GBP', 95), item('Registered office Unit 7 Thurrock Park Way, Tilbury RM8.', 95)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['currency']);
    // Its own code printed, or the other code in no totals row: no doubt.
    expect(doubtfulFields(inv, page(...items, item('Amounts in MYR', 95))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(item('83089647', 95), item('1526.00', 95), item('Rate: 1 GBP = 5.61', 95))).unsure).toEqual([]);
    inv.currency = 'GBP';
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual([]);
  });

  it('trusts 人民币 over the dollars in a 发票\'s remarks when its 大写 words are the ¥ total', () => {
    const inv = invoice();
    Object.assign(inv, { currency: 'CNY', totalAmount: 89512.61, totalInWords: '捌万玖仟伍佰壹拾贰圆陆角壹分' });
    const items = [item('83089647', 95), item('¥89512.61', 95), item('捌万玖仟伍佰壹拾贰圆陆角壹分', 95), item('出口货物 FOB USD 12,560.00 汇率 7.1268', 95)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual([]);
    // Words that say another figure (or none) leave the dollars a doubt, as on any page.
    inv.totalInWords = '捌万玖仟伍佰壹拾贰圆';
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['currency']);
    inv.totalInWords = null;
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['currency']);
  });

  it("names a currency when amounts carry another currency's code and nothing prints its own", () => {
    const inv = invoice();
    // The złoty's "zl" read from Arabic labels OCR took for Latin letters; the totals in riyals.
    inv.currency = 'PLN';
    const items = [item('83089647', 95), item('90zl', 28), item('Total VAT', 99), item('5,760.00 SAR', 99), item('Total Amount', 99), item('1526.00', 99)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['currency']);
    expect(doubtfulFields(inv, page(item('83089647', 95), item('1526.00', 95), item('SAR 5,760.00', 99))).unsure).toEqual(['currency']);
    // The code its own, printed too, or a code beside no amount (a rate, a word in capitals).
    inv.currency = 'SAR';
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual([]);
    inv.currency = 'PLN';
    expect(doubtfulFields(inv, page(...items, item('Kwota do zapłaty: 1 526,00 PLN', 99))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(item('83089647', 95), item('1526.00', 95), item('Rate 1 SAR = 1.08', 99), item('ALL 3 ITEMS', 99))).unsure).toEqual([]);
  });

  it('names the US dollar read from a bare "$" when nothing on the page says the US', () => {
    const inv = invoice();
    inv.currency = 'USD';
    // "All amounts in New Zealand dollars" garbled in the footer: nothing says whose dollar it is.
    const items = [item('83089647', 95), item('Total incl GST $1,526.00', 95), item('88 Railway Ave, Lower Hutt 5010', 95), item('Alamounts in ew ealad doar', 40)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['currency']);
    // An address's state and ZIP code, or the code, says so.
    expect(doubtfulFields(inv, page(...items, item('1200 Congress Ave, Austin, TX 78701', 95))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...items, item('Boulder, C0 80302', 95))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...items, item('Amount due (USD)', 95))).unsure).toEqual([]);
  });

  it('names a number read in a box that lost figures beside it, and not one whose box reads whole', () => {
    const inv = invoice();
    inv.number = 'A-202/004';
    expect(doubtfulFields(inv, page(item('FACTURA N factura: A-202/004 Fecha: 20//25 Cd. cliente: 40088', 95), item('1526.00', 90))).unsure).toEqual(['number']);
    inv.number = 'A-2025/004417';
    expect(doubtfulFields(inv, page(item('FACTURA N factura: A-2025/004417 Fecha: 20/11/2025 Cd. cliente: 40088', 95), item('1526.00', 90))).unsure).toEqual([]);
  });

  it('names a number that is a date run into its label', () => {
    const inv = invoice();
    inv.number = 'RECHNUNGSDATUM14.11.2025';
    expect(doubtfulFields(inv, page(item('RECHNUNGSDATUM14.11.2025', 95), item('1526.00', 90))).unsure).toEqual(['number']);
    inv.number = 'DE2025-1187';
    expect(doubtfulFields(inv, page(item('Rechnung DE2025-1187', 95), item('1526.00', 90))).unsure).toEqual([]);
  });

  it('takes a tax of zero the page never prints, beside a rate above zero, as computed from the totals it came from', () => {
    const inv = invoice();
    Object.assign(inv, { amount: 70.98, taxAmount: 0, totalAmount: 70.98 });
    const table = [item('Invoice total', 96), item('£70.98', 99), item('83089647', 95)];
    // The items' VAT column ("20%", a quantity run into one: "5 20%"), or "VAT 20 %".
    expect(doubtfulFields(inv, page(...table, item('20%', 99))).computed).toEqual(['taxAmount']);
    expect(doubtfulFields(inv, page(...table, item('5 20%', 95))).computed).toEqual(['taxAmount']);
    expect(doubtfulFields(inv, page(...table, item('VAT 20 %', 95))).computed).toEqual(['taxAmount']);
    // A page that prints its zero, or charges no tax at any rate (a discount is none): as read.
    expect(doubtfulFields(inv, page(...table, item('20%', 99), item('VAT 0.00', 99))).computed).toEqual([]);
    expect(doubtfulFields(inv, page(...table, item('Reverse charge, VAT 0 %', 99))).computed).toEqual([]);
    expect(doubtfulFields(inv, page(...table, item('Remise 5 %', 99))).computed).toEqual([]);
  });

  it("counts a name's doubt only from the reading that gave the invoice its name", () => {
    const reading = (buyer: string) => {
      const inv = invoice();
      Object.assign(inv, { currency: 'EUR', date: '2025-05-30', amount: 1282.35, taxAmount: 243.65 });
      inv.seller.name = 'Musterbetrieb Kaffee AG';
      inv.buyer.name = buyer;
      inv.fieldSources = { number: 'ocr', amount: 'ocr', taxAmount: 'ocr', totalAmount: 'ocr', date: 'ocr', currency: 'ocr', 'seller.name': 'ocr', 'buyer.name': 'ocr' };
      return inv;
    };
    const now = new Date('2026-01-01');
    const sure = { source: 'ocr' as const, invoice: reading('Auftraggeber Kaffeehaus GmbH'), doubtful: { unsure: [], computed: [] } };
    const split = { source: 'ocr' as const, invoice: reading('Auftraggeber Kaffeehaus Gmb h'), doubtful: { unsure: ['buyer.name'], computed: [] } };
    const settled = settle({ parts: [sure, split], pages: 1 }, now);
    expect(settled.invoice.buyer.name).toBe('Auftraggeber Kaffeehaus GmbH');
    expect(settled.status).toBe('ok');
    // The doubted reading gave the name: named.
    const doubted = settle({ parts: [split, sure], pages: 1 }, now);
    expect(doubted.invoice.buyer.name).toBe('Auftraggeber Kaffeehaus Gmb h');
    expect(fieldsInDoubt(doubted.checks)).toContain('buyer.name');
  });

  it("names a number read under a header grid's label of another number, not one under the invoice's", () => {
    const at = (text: string, x: number, y: number, width = 15): TextItem => ({ text, x, y, width, height: 5.6, page: 1, confidence: 98 });
    const grid = [at('Invoice', 112, 29), at('Date', 136, 32), at('Account', 153, 29), at('No.', 116, 34, 10), at('No.', 159, 34, 10), at('SI-', 110, 40, 7), at('14 Oct', 133, 41), at('204471', 110, 46), at('2025', 133, 46)];
    const inv = invoice();
    inv.number = 'OLDM01';
    expect(doubtfulFields(inv, page(...grid, at('OLDM01', 152, 44), item('1526.00', 90))).unsure).toEqual(['number']);
    inv.number = 'SI-204471';
    expect(doubtfulFields(inv, page(...grid, at('SI-204471', 110, 40), item('1526.00', 90))).unsure).toEqual([]);
  });

  it('names a number of digit groups whose last group OCR put on a row of its own under it', () => {
    const inv = invoice();
    inv.number = '8812 4471';
    const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 20, height: 3, page: 1, confidence: 99 });
    const sure = [at('1526.00', 150, 200), at('Rechnungsnummer', 100, 40)];
    expect(doubtfulFields(inv, page(...sure, at('8812 4471', 140, 40), at('0325', 140, 43.5))).unsure).toEqual(['number']);
    // Digits elsewhere (another column, far below), or a number that is not in groups: no doubt.
    expect(doubtfulFields(inv, page(...sure, at('8812 4471', 140, 40), at('0325', 170, 43.5), at('10077', 140, 60))).unsure).toEqual([]);
    inv.number = 'RE-1042';
    expect(doubtfulFields(inv, page(...sure, at('RE-1042', 140, 40), at('10077', 140, 43.5))).unsure).toEqual([]);
  });

  it("names a buyer of one word, a label's or a heading's", () => {
    const inv = invoice();
    const sure = [item('83089647', 95), item('1526.00', 95)];
    for (const name of ['Inscripto', 'Artículo', 'Viitteenne']) {
      inv.buyer.name = name;
      expect(doubtfulFields(inv, page(...sure, item(name, 97))).unsure, name).toEqual(['buyer.name']);
    }
    // Two words, a company form, or a seller of one word: no doubt of this kind.
    for (const name of ['Bluebonnet Pediatrics', 'Tornio AB', 'Carrefour SA', '北京云栖科技有限公司']) {
      inv.buyer.name = name;
      expect(doubtedOtherwise(doubtfulFields(inv, page(...sure, item(name, 97)))), name).toEqual([]);
    }
    inv.buyer.name = 'Bluebonnet Pediatrics';
    inv.seller.name = 'Chmurnet';
    expect(doubtfulFields(inv, page(...sure, item('Bluebonnet Pediatrics', 97), item('Chmurnet', 97))).unsure).toEqual([]);
  });

  it('names a party whose name holds a hyphen set apart, which OCR reads for an en dash', () => {
    const inv = invoice();
    const sure = [item('83089647', 95), item('1526.00', 95)];
    inv.seller.name = 'Petr Novák - Elektroinstalace';
    const doubts = doubtfulFields(inv, page(...sure, item('Petr Novák - Elektroinstalace', 97)));
    expect(doubts.unsure).toEqual(['seller.name']);
    // No reading of the row settles it.
    expect(doubts.kept).toEqual(['seller.name']);
    // A hyphen inside a word, or an en dash as read: no doubt.
    for (const name of ['Hansen-Larsen Elektro ApS', 'Petr Novák – Elektroinstalace']) {
      inv.seller.name = name;
      expect(doubtedOtherwise(doubtfulFields(inv, page(...sure, item(name, 97)))), name).toEqual([]);
    }
  });

  it('names a party whose word the page prints elsewhere with other marks', () => {
    const inv = invoice();
    inv.seller.name = 'Glaserei Brandstatter GmbH';
    const sure = [item('83089647', 95), item('1526.00', 95), item('Glaserei Brandstatter GmbH · Wiener Str 55 · 4020 Linz', 95)];
    expect(doubtfulFields(inv, page(...sure, item('Glaserei Brandstätter', 95))).unsure).toEqual(['seller.name']);
    // The same marks, in capitals or not, or a web address spelt without them: no doubt.
    for (const other of ['GLASEREI BRANDSTATTER', 'www.brandstatter.at', 'Glaserei Brandstatter']) {
      expect(doubtfulFields(inv, page(...sure, item(other, 95))).unsure, other).toEqual([]);
    }
  });

  it("leaves a French letterhead's capitals read without the accents of the name's words", () => {
    const inv = invoice();
    const sure = [item('83089647', 95), item('1526.00', 95)];
    const french = [item('Facture n° 83089647 du 19/11/2025', 95), item('Montant HT', 95), item('TVA 20 %', 95), item("Date d'échéance", 95)];
    inv.seller.name = 'Atelier Numérique Bretilien';
    // French sets capitals without accents, and OCR seldom reads a capital's: the capitals say nothing against the name.
    expect(doubtfulFields(inv, page(...sure, ...french, item('ATELIER NUMERIQUE BRETILIEN', 91), item('Atelier Numérique Bretilien', 98))).unsure).toEqual([]);
    // The same word in small letters read bare, capitals with another mark, or a German page's capitals: in doubt.
    expect(doubtfulFields(inv, page(...sure, ...french, item('Atelier Numerique Bretilien · 12 rue de Paris', 91), item('Atelier Numérique Bretilien', 98))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, ...french, item('ATELIER NUMÈRIQUE BRETILIEN', 91), item('Atelier Numérique Bretilien', 98))).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...sure, item('ATELIER NUMERIQUE BRETILIEN', 91), item('Atelier Numérique Bretilien', 98))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Glaserei Brandstätter GmbH';
    expect(doubtfulFields(inv, page(...sure, ...french, item('GLASEREI BRANDSTATTER', 91), item('Glaserei Brandstätter GmbH', 98))).unsure).toEqual(['seller.name']);
  });

  it("leaves a footer's reading without any mark to the marks' re-read on a page in a language it reads again", () => {
    const inv = invoice();
    inv.seller.name = 'Fjällström Bygg AB';
    const swedish = [item('83089647', 95), item('1526.00', 95), item('FAKTURA', 95), item('Summa exkl. moms', 95), item('Förfallodatum', 95), item('Fjällström Bygg AB', 95)];
    // Its one doubt is then the page's marks, which the Swedish model's reading of the name's row settles.
    const bare = doubtfulFields(inv, page(...swedish, item('Fjallstrom Bygg AB · Storgatan 9', 75)));
    expect(bare.unsure).toEqual(['seller.name']);
    expect(bare.marksOnly).toEqual(['seller.name']);
    // Other marks than the name's, the name read bare under a marked reading, or a page whose marks are not read again: in doubt.
    expect(doubtfulFields(inv, page(...swedish, item('Fjallström Bygg AB', 75))).marksOnly).toBeUndefined();
    inv.seller.name = 'Fjallstrom Bygg AB';
    expect(doubtfulFields(inv, page(...swedish, item('Fjällström Bygg AB · Storgatan 9', 75))).marksOnly).toBeUndefined();
    inv.seller.name = 'Glaserei Brandstätter GmbH';
    expect(doubtfulFields(inv, page(item('83089647', 95), item('1526.00', 95), item('Glaserei Brandstätter GmbH', 95), item('Glaserei Brandstatter · Wiener Str 55', 95))).unsure).toEqual(['seller.name']);
  });

  it("leaves to German's re-read a German page's name that another reading shows without its marks", () => {
    const inv = invoice();
    const german = [item('83089647', 95), item('1526.00', 95), item('Rechnung', 95), item('Summe netto', 95), item('zzgl. MwSt. 19 %', 95), item('Rechnungsdatum', 95)];
    inv.seller.name = 'Kältewerk Klimaservice GmbH';
    const logo = doubtfulFields(inv, page(...german, item('KALTEWERK', 95), item('Kältewerk Klimaservice GmbH · Industriestr. 9 · 68169 Mannheim', 95)));
    expect(logo.unsure).toEqual(['seller.name']);
    expect(logo.marksOnly).toEqual(['seller.name']);
    expect(logo.marksLanguage).toBe('deu');
    // Other marks than the name's, or the name read bare under a marked reading: in doubt, no re-read's to settle.
    expect(doubtfulFields(inv, page(...german, item('Kältewerk', 95), item('Kâltewerk Klimaservice GmbH', 95))).marksOnly).toBeUndefined();
    inv.seller.name = 'Kaltewerk Klimaservice GmbH';
    const bare = doubtfulFields(inv, page(...german, item('KÄLTEWERK', 95), item('Kaltewerk Klimaservice GmbH', 95)));
    expect(bare.unsure).toEqual(['seller.name']);
    expect(bare.marksOnly).toBeUndefined();
  });

  it("leaves to German's re-read a German page's name with a vowel OCR was unsure of, an umlaut read as another letter", () => {
    const inv = invoice();
    const german = [item('83089647', 95), item('1526.00', 95), item('Rechnungskorrektur', 95), item('Gesamtbetrag netto', 95), item('zzgl. Umsatzsteuer 19 %', 95), item('Datum: 25.11.2025', 95)];
    const read = (text: string, doubts: Record<number, number>) => {
      const charConfidence = Array.from(text, (_, i) => doubts[i] ?? 99);
      return { ...item(text, Math.min(...charConfidence)), charConfidence };
    };
    inv.buyer.name = 'Café Lindgrin GmbH';
    // "Lindgrün" read with its ü as an i at 56.
    const umlaut = doubtfulFields(inv, page(...german, read('Café Lindgrin GmbH', { 11: 56 })));
    expect(umlaut.unsure).toEqual(['buyer.name']);
    expect(umlaut.marksOnly).toEqual(['buyer.name']);
    expect(umlaut.marksLanguage).toBe('deu');
    // A consonant unsure, a vowel read surely, or such a name on a page in English: no doubt.
    expect(doubtfulFields(inv, page(...german, read('Café Lindgrin GmbH', { 9: 56 }))).unsure).toEqual([]);
    expect(doubtfulFields(inv, page(...german, read('Café Lindgrin GmbH', { 11: 88 }))).unsure).toEqual([]);
    const english = [item('83089647', 95), item('1526.00', 95), item('Invoice', 95), item('Amount due for the order', 95), item('Tax and the total of the invoice', 95)];
    expect(doubtfulFields(inv, page(...english, read('Café Lindgrin GmbH', { 11: 56 }))).unsure).toEqual([]);
  });

  it("leaves to the marks' re-read a reading with a mark the page's language does not write", () => {
    const inv = invoice();
    inv.buyer.name = 'Ayuntamiento de Villanueva de Gállego';
    const spanish = [item('83089647', 95), item('1526.00', 95), item('N factura: 2025/A/0417', 95), item('Fecha de expedición:', 95), item('Base imponible', 95), item('IVA 21%', 95), item('NIF: P5029100H', 95), item('Gállego', 87)];
    // "Gällego": PaddleOCR's re-read of German marks gave its ä where Spanish writes an á. The name's one doubt is then
    // the page's marks, which the Spanish model's reading of its row settles.
    const foreign = doubtfulFields(inv, page(...spanish, item('50830 Villanueva de Gällego', 79)));
    expect(foreign.unsure).toEqual(['buyer.name']);
    expect(foreign.marksOnly).toEqual(['buyer.name']);
    // A mark Spanish writes read otherwise ("Gallégo"), or the name with a mark Spanish does not write against a reading with one it does: in doubt otherwise.
    expect(doubtfulFields(inv, page(...spanish, item('50830 Villanueva de Gallégo', 79))).marksOnly).toBeUndefined();
    inv.buyer.name = 'Ayuntamiento de Villanueva de Gällego';
    expect(doubtfulFields(inv, page(...spanish, item('50830 Villanueva de Gállego', 79))).marksOnly).toBeUndefined();
  });

  it("leaves on a German page a reading with a French mark where the name has German's", () => {
    const inv = invoice();
    inv.seller.name = 'Kaffeerösterei Lindholm GmbH';
    const german = [item('83089647', 95), item('1526.00', 95), item('Rechnung', 95), item('Gesamtbetrag netto', 95), item('zzgl. Umsatzsteuer 19 %', 95), item('Datum: 25.11.2025', 95), item('Kaffeerösterei Lindholm', 96)];
    // The footer's small print read by the re-read of German and French marks with an ô where German writes an ö.
    const footer = 'Kaffeerôsterei Lindholm GmbH · Geschäftsführerin: Ines Lindholm · Sitz Hamburg';
    expect(doubtfulFields(inv, page(...german, item(footer, 93))).unsure).toEqual([]);
    // Another letter than the mark's, or the name with the French mark against the German one: in doubt.
    expect(doubtfulFields(inv, page(...german, item('Kaffeerästerei Lindholm GmbH · Sitz Hamburg', 93))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Kaffeerôsterei Lindholm GmbH';
    expect(doubtfulFields(inv, page(...german, item('Kaffeerösterei Lindholm GmbH · Sitz Hamburg', 93))).unsure).toEqual(['seller.name']);
    // On a page in English, a name's two marks are two readings.
    inv.seller.name = 'Kaffeerösterei Lindholm GmbH';
    const english = [item('83089647', 95), item('1526.00', 95), item('Invoice', 95), item('Amount due for the order', 95), item('Tax and the total of the invoice', 95), item('Kaffeerösterei Lindholm', 96)];
    expect(doubtfulFields(inv, page(...english, item('Kaffeerôsterei Lindholm GmbH · Hamburg', 93))).unsure).toEqual(['seller.name']);
  });

  it('leaves another reading of the name with a figure for one of its letters', () => {
    const inv = invoice();
    inv.seller.name = 'Kunststofftechnik Oberland AG';
    const sure = [item('83089647', 95), item('1526.00', 95), item('Kunststofftechnik Oberland AG', 90)];
    expect(doubtfulFields(inv, page(...sure, item('Kunststofftechnik 0berland AG, Gewerbering 4, 82398 Polling', 97))).unsure).toEqual([]);
    // Another letter there is another reading: in doubt.
    expect(doubtfulFields(inv, page(...sure, item('Kunststofftechnik Uberland AG, Gewerbering 4, 82398 Polling', 97))).unsure).toEqual(['seller.name']);
  });

  it("leaves a reading without the mark beside two readings that give the name's word its mark", () => {
    const inv = invoice();
    inv.seller.name = 'Druckerei Hansen & Söhne GmbH';
    const head = [item('83089647', 95), item('1526.00', 95), item('Rechnung', 95), item('Druckerei Hansen & Söhne GmbH', 99)];
    const bare = [item('Druckerei Hansen & Sohne GmbH · Rechnung Nr. R-25-2291 · Seite 2 von 2', 93), item('Druckerei Hansen & Sohne GmbH', 97)];
    expect(doubtfulFields(inv, page(...head, item('Druckerei Hansen & Söhne GmbH · Bahnhofstraße 31 · 21423 Winsen (Luhe)', 87), ...bare)).unsure).toEqual([]);
    // One marked reading against a bare one, another mark, or the name read bare under marked readings: in doubt.
    expect(doubtfulFields(inv, page(...head, ...bare)).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...head, item('Druckerei Hansen & Söhne GmbH · Bahnhofstraße 31', 87), item('Druckerei Hansen & Sôhne GmbH', 97))).unsure).toEqual(['seller.name']);
    inv.seller.name = 'Druckerei Hansen & Sohne GmbH';
    expect(doubtfulFields(inv, page(...head, item('Druckerei Hansen & Söhne GmbH · Bahnhofstraße 31', 87), ...bare)).unsure).toEqual(['seller.name']);
  });

  it('names the parties of a bilingual page in a language whose marks OCR loses, its English labels aside', () => {
    const inv = invoice();
    inv.seller.name = 'Wista Software sp. z o.o.';
    const rows = (...texts: string[]) => page(item('83089647', 95), item('1526.00', 95), item('Wista Software sp. z o.o.', 96), ...texts.map((t) => item(t, 95)));
    const labels = ['Faktura VAT / Invoice', 'Sprzedawca / Seller', 'Nabywca / Buyer', 'NIP / Tax ID', 'Data wystawienia / Date of issue'];
    const bilingual = doubtfulFields(inv, rows(...labels, 'Razem / Total amount due', 'Termin płatności / Due date', 'Tax amount of the invoice'));
    expect(bilingual.unsure).toEqual(['seller.name']);
    expect(bilingual.marksLanguage).toBe('pol');
    // An English page that prints a Polish tax id once or twice, or a German one beside English words: no doubt.
    expect(doubtedOtherwise(doubtfulFields(inv, rows('Invoice', 'Seller', 'Buyer', 'NIP 5213456789', 'Date of issue', 'Total amount due', 'Due date')))).toEqual([]);
    expect(doubtedOtherwise(doubtfulFields(inv, rows('Rechnung / Invoice', 'Verkäufer / Seller', 'Summe / Total', 'MwSt / Tax', 'Betrag der Rechnung / Amount of the invoice', 'Fällig / Due')))).toEqual([]);
  });

  it('names a seller read without a company form that shares a word with a name the page prints with one', () => {
    const inv = invoice();
    inv.seller.name = 'Abonnement Planeo Pro';
    inv.buyer.name = 'Studio Amande SARL';
    const sure = [item('83089647', 95), item('1526.00', 95), item('Abonnement Planeo Pro — 8 utilisateurs', 99), item('Studio Amande SARL', 99)];
    expect(doubtfulFields(inv, page(...sure, item('Planeo SAS', 99))).unsure).toEqual(['seller.name']);
    // No such name, the buyer's own row, or a seller with its form: no doubt.
    expect(doubtfulFields(inv, page(...sure)).unsure).toEqual([]);
    inv.seller.name = 'Atelier Amande';
    expect(doubtfulFields(inv, page(...sure, item('Atelier Amande', 99))).unsure).toEqual([]);
    inv.seller.name = 'Planeo SAS';
    expect(doubtfulFields(inv, page(...sure, item('Planeo SAS', 99), item('Planeo Services SARL', 99))).unsure).toEqual([]);
  });

  it('names a letterhead read without the form its sender line prints after it, the form read with a letter small', () => {
    const inv = invoice();
    inv.seller.name = 'Nuagique Hébergement';
    inv.buyer.name = 'Cabinet Dentaire des Tilleuls SELARL';
    const sure = [item('83089647', 95), item('1526.00', 95), item('Nuagique Hébergement', 99), item('Cabinet Dentaire des Tilleuls SELARL', 99)];
    expect(doubtfulFields(inv, page(...sure, item('Nuagique Hébergement SAs · 14 rue des Tanneurs · 67000 Strasbourg', 90))).unsure).toEqual(['seller.name']);
    // A sender line whose first part ends in no form: no doubt.
    expect(doubtfulFields(inv, page(...sure, item('Nuagique Hébergement · 14 rue des Tanneurs · 67000 Strasbourg', 90))).unsure).toEqual([]);
  });
});


describe("a town under its address row's postcode read as a party", () => {
  const at = (text: string, y: number, height = 5) => ({ text, x: 20, y, width: 60, height, page: 1, confidence: 95 });
  const doubted = (buyer: string, above: string) => {
    const inv = invoice();
    inv.buyer.name = buyer;
    return doubtfulFields(inv, page(item('83089647', 95), item('1526.00', 95), at(above, 42.7, 6), at(buyer, 46.2, 3.8), at('Am Lutterkolk 7', 51))).unsure;
  };

  it('names the buyer that is the town of a sender line wrapped after its postcode', () => {
    expect(doubted('Bielefeld', 'Kessler Haustechnik-Vertrieb GmbH Eckendorfer Str. 88 33609')).toEqual(['buyer.name']);
    expect(doubted('Bad Hofgastein', 'Hotel Tauernblick GmbH · Kurgartenstraße 9 · 5630')).toEqual(['buyer.name']);
  });

  it('leaves a company, and a name under a number that is no address', () => {
    expect(doubted('Wolff Sanitär GmbH', 'Kessler Haustechnik-Vertrieb GmbH Eckendorfer Str. 88 33609')).toEqual([]);
    expect(doubted('Dirk Wolff', 'Kundennummer 20417')).toEqual([]);
    expect(doubted('Test Company', '22 00 0 001 00001')).toEqual([]);
  });
});

describe('a name OCR ran into the text after it at its company form', () => {
  // A scanned letter: every item with OCR's certainty.
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  const letter = (sender: string) => scanned([
    { x: 20, y: 12, text: sender, size: 5 }, { x: 20, y: 20, text: 'Phone (603) 555-0142' },
    { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: 'Meadowbrook Condominium Association' }, { x: 20, y: 62, text: '44 Orchard Lane' }, { x: 20, y: 68, text: 'Concord, NH 03301' },
    { x: 130, y: 50, text: 'Invoice No. 1047' }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
    { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
  ]);
  const seller = (sender: string) => textParts(letter(sender), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('ends the name with the form, and no doubt is left for the run', () => {
    for (const [sender, name] of [['Granite State Landscaping LLC18 Depot Rd', 'Granite State Landscaping LLC'], ['Nimbus Cloud Services, Inc.410 Townsend Street', 'Nimbus Cloud Services, Inc.'],
      ['Kahvila-Leipomo Pullapuoti OyHämeenkatu 9', 'Kahvila-Leipomo Pullapuoti Oy'], ['Harwick Garden Assn..', 'Harwick Garden Assn.'],
      ['Savannah Lodges Limited .', 'Savannah Lodges Limited'],
      // A label's word from the cell beside, after the form.
      ['Cedar Park Biologics Inc. number', 'Cedar Park Biologics Inc.']]) {
      const part = seller(sender);
      expect(part.invoice.seller.name, sender).toBe(name);
      expect(doubtedOtherwise(part.doubtful!), sender).not.toContain('seller.name');
    }
  });

  it('reads a word of a name that opens with a small "l" before a consonant with its capital I ("lvana Horvat")', () => {
    const buyer = (row: string) => textParts(scanned([
      { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: row }, { x: 20, y: 62, text: '44 Orchard Lane' }, { x: 20, y: 68, text: 'Concord, NH 03301' },
      { x: 130, y: 50, text: 'Invoice No. 1047' }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
      { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
    ]), 'ocr', []).find((p) => p.source === 'ocr')!;
    const part = buyer('lvana Horvat');
    expect(part.invoice.buyer.name).toBe('Ivana Horvat');
    expect(part.doubtful!.unsure).not.toContain('buyer.name');
    expect(buyer('Tisza lrodagép Kft.').invoice.buyer.name).toBe('Tisza Irodagép Kft.');
    // A word that opens so in a language ("ljekarna"), an article before a vowel, a capital L: as read.
    // So is a company form OCR gave in small letters.
    for (const row of ['Gradska ljekarna Zagreb', "Atelier l'Olivier SARL", 'Lloyd Harbour Ltd', 'Harbour Freight ltd.', 'Farol Azul lda', 'Construtora Ipê ltda', 'Meadow Partners lp']) expect(buyer(row).invoice.buyer.name, row).toBe(row);
  });

  it('reads a company form OCR gave with a capital I for its small l ("S.r.I.") as the form', () => {
    const buyer = (row: string) => textParts(scanned([
      { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: row }, { x: 20, y: 62, text: 'Via Roma 12' }, { x: 20, y: 68, text: '22100 Como' },
      { x: 130, y: 50, text: 'Invoice No. 1047' }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
      { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
    ]), 'ocr', []).find((p) => p.source === 'ocr')!.invoice.buyer.name;
    expect(buyer('TESSITURA COMENSE S.r.I.')).toBe('TESSITURA COMENSE S.r.l.');
    expect(buyer('Tessitura Comense S.r.I.')).toBe('Tessitura Comense S.r.l.');
    // A name whose last word is no form either way, or is one as read, stays as read.
    for (const row of ['Studio Bianchi Ingegneri Ass.', 'Navigli Design SpA', 'Brianza Mobili S.r.l.']) expect(buyer(row), row).toBe(row);
  });

  it('reads a small "l" in a number\'s group of capitals as the capital I ("POl-25-3307")', () => {
    const numbered = (number: string) => textParts(scanned([
      { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: 'Meadowbrook Condominium Association' }, { x: 20, y: 62, text: '44 Orchard Lane' },
      { x: 130, y: 50, text: `Invoice No. ${number}` }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
      { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
    ]), 'ocr', []).find((p) => p.source === 'ocr')!;
    const part = numbered('POl-25-3307');
    expect(part.invoice.number).toBe('POI-25-3307');
    expect(part.doubtful!.unsure).not.toContain('number');
    expect(numbered('RE/2025/lNV-0042').invoice.number).toBe('RE/2025/INV-0042');
    // Other small letters in the group, or no capital in it: as read.
    for (const number of ['Projekt-2025-7', 'inv-2024-7']) expect(numbered(number).invoice.number, number).toBe(number);
    // A series of a capital and an l ("El-2025-004471"): its I, in doubt (one capital cannot say the other's case).
    const series = numbered('El-2025-004471');
    expect(series.invoice.number).toBe('EI-2025-004471');
    expect(series.guessed).toHaveProperty('number');
    expect(part.guessed ?? {}).not.toHaveProperty('number');
  });

  it('reads a number\'s small letter of its capital\'s shape, or a lone zero, in a group of capitals as the capital ("cV-25-2206", "0N/2025/311")', () => {
    const numbered = (number: string) => textParts(scanned([
      { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: 'Meadowbrook Condominium Association' }, { x: 20, y: 62, text: '44 Orchard Lane' },
      { x: 130, y: 50, text: `Invoice No. ${number}` }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
      { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
    ]), 'ocr', []).find((p) => p.source === 'ocr')!;
    // Two capitals say the group's case: the capital, no doubt.
    const sure = numbered('INv-2025-0042');
    expect(sure.invoice.number).toBe('INV-2025-0042');
    expect(sure.doubtful!.unsure).not.toContain('number');
    expect(sure.guessed ?? {}).not.toHaveProperty('number');
    // One capital, or a lone zero (opening, ending or between capitals): the capital, in doubt.
    for (const [read, printed] of [['cV-25-2206', 'CV-25-2206'], ['0N/2025/311', 'ON/2025/311'], ['LS0-25-0311', 'LSO-25-0311'], ['B0S-118842', 'BOS-118842'], ['0D26-0031', 'OD26-0031']]) {
      const part = numbered(read);
      expect(part.invoice.number, read).toBe(printed);
      expect(part.guessed, read).toHaveProperty('number');
    }
    // Other small letters, no capital, or a zero in a run of figures: as read.
    for (const number of ['Rev-2025-7', 'inv-2024-7', 'INV0012', 'RE-2025-0047']) {
      expect(numbered(number).invoice.number, number).toBe(number);
      expect(numbered(number).guessed ?? {}, number).not.toHaveProperty('number');
    }
  });

  it('takes the name so ended as the letterhead a company form names, no guess', () => {
    for (const sender of ['Granite State Landscaping LLC18 Depot Rd', 'Kahvila-Leipomo Pullapuoti OyHämeenkatu 9', 'Cedar Park Biologics Inc. number']) {
      expect(seller(sender).guessed ?? {}, sender).not.toHaveProperty(['seller.name']);
    }
    // A word of a label after a name without a form, or another word after the form, is no label's run.
    expect(seller('Harwick Garden Studio number').invoice.seller.name).toBe('Harwick Garden Studio number');
    expect(seller('Harwick Garden Ltd Partners').invoice.seller.name).toBe('Harwick Garden Ltd Partners');
    // A name cut without a form at its end is still the parser's guess.
    expect(seller('Harwick Garden Assn..').guessed).toHaveProperty(['seller.name']);
    // A footer that names another company leaves the letterhead in doubt, cut or not.
    const sheet = letter('Nimbus Cloud Services, Inc.410 Townsend Street')[0]!;
    const footer = textParts([{ ...sheet, items: [...sheet.items, { text: 'Orion Hosting LLC · 12 Pier St · Oakland', x: 20, y: 280, width: 90, height: 4, page: 1, confidence: 95 }] }], 'ocr', []).find((p) => p.source === 'ocr')!;
    expect(footer.invoice.seller.name).toBe('Nimbus Cloud Services, Inc.');
    expect(footer.guessed).toHaveProperty(['seller.name']);
  });

  // A letter with the buyer's name row as OCR read it.
  const buyerPart = (row: string) => textParts(scanned([
    { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 20, text: '18 Depot Rd, Concord, NH 03301' },
    { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: row }, { x: 20, y: 62, text: '44 Orchard Lane' }, { x: 20, y: 68, text: 'Concord, NH 03301' },
    { x: 130, y: 50, text: 'Invoice No. 1047' }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
    { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
  ]), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('ends the name before a "c/o" row or a tax id run into it', () => {
    const buyer = (row: string) => buyerPart(row).invoice.buyer.name;
    expect(buyer('Bostadsrättsföreningen Eken 4c/o Anna Lindqvist')).toBe('Bostadsrättsföreningen Eken 4');
    expect(buyer('Javier Morales PintoNIF 24118730Q')).toBe('Javier Morales Pinto');
    expect(buyer('Gasthof Zum Goldenen Hirschen KGz. H. Frau Maria Hofer')).toBe('Gasthof Zum Goldenen Hirschen KG');
    // A name that holds the letters of a label as a word of its own, or no figure after it: as read.
    expect(buyer('Harbour VAT Advisers')).toBe('Harbour VAT Advisers');
  });

  it('rejoins a word OCR split after its first letter or before its last where another row prints it whole', () => {
    const read = (row: string, footer: string) => {
      const [sheet] = scanned([
        { x: 20, y: 12, text: 'Granite State Landscaping LLC', size: 5 }, { x: 20, y: 20, text: '18 Depot Rd, Concord, NH 03301' },
        { x: 20, y: 50, text: 'Bill To' }, { x: 20, y: 56, text: row }, { x: 20, y: 62, text: '44 Orchard Lane' }, { x: 20, y: 68, text: 'Concord, NH 03301' },
        { x: 130, y: 50, text: 'Invoice No. 1047' }, { x: 130, y: 56, text: 'Invoice Date: 04/02/2025' },
        { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$1,000.00' }, { x: 110, y: 206, text: 'Sales Tax' }, { x: 160, y: 206, text: '$0.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$1,000.00' },
        { x: 20, y: 280, text: footer },
      ]);
      const part = textParts([sheet!], 'ocr', []).find((p) => p.source === 'ocr')!;
      return { name: part.invoice.buyer.name, unsure: doubtedOtherwise(part.doubtful!).includes('buyer.name') };
    };
    expect(read('Nidderdale Insurance B rokers Ltd', 'Thank you for choosing Nidderdale Insurance Brokers')).toEqual({ name: 'Nidderdale Insurance Brokers Ltd', unsure: false });
    expect(read('Riverina Tur f Farms Pty Ltd', 'Questions? accounts@riverinaturffarms.com.au')).toEqual({ name: 'Riverina Turf Farms Pty Ltd', unsure: false });
    // No row prints the word whole: as read, in doubt.
    expect(read('Nidderdale Insurance B rokers Ltd', 'Thank you for your business')).toEqual({ name: 'Nidderdale Insurance B rokers Ltd', unsure: true });
    // Rejoined as the other row spells it, unless that row sets it in capitals.
    expect(read('Orchard Kaffeehaus Gmb h', 'Orchard Kaffeehaus GmbH · Concord')).toEqual({ name: 'Orchard Kaffeehaus GmbH', unsure: false });
    expect(read('Nidderdale Insurance B rokers Ltd', 'NIDDERDALE INSURANCE BROKERS LTD')).toEqual({ name: 'Nidderdale Insurance Brokers Ltd', unsure: false });
    // A joining word of one letter stays a word of its own.
    expect(read('Tandlaegerne i Vejle I/S', 'Tandlaegerne i Vejle I/S · Vejle')).toEqual({ name: 'Tandlaegerne i Vejle I/S', unsure: false });
  });

  it('takes a company form wrapped alone under the name, at its left edge', () => {
    // A UAE tax invoice's scan: "Customer" beside "Marina Crest Hotel" over "L.L.C.", read without the form (status ok).
    const page = JSON.parse(readFileSync(path.join(import.meta.dirname, '..', 'invoice', 'ocr-pages', 'western-tax-invoice-ae-scan.json'), 'utf8')) as PageText;
    const buyer = (name: string, form: string) => textParts([{ ...page, items: page.items.map((i) => ({ ...i, text: i.text.replace('Marina Crest Hotel', name).replace(/^L\.L\.C\.$/, form) })) }], 'ocr', [])
      .find((p) => p.source === 'ocr')!.invoice.buyer.name;
    expect(buyer('Marina Crest Hotel', 'L.L.C.')).toBe('Marina Crest Hotel L.L.C.');
    expect(buyer('Gulf Horizon Catering', 'LLC')).toBe('Gulf Horizon Catering LLC');
    // A form's "o" read as a zero: the form as written ("d.0.0." under a Croatian name, "s.r.0." under a Czech one).
    expect(buyer('Restoran "Kod 3 Mosta"', 'd.0.0.')).toBe('Restoran "Kod 3 Mosta" d.o.o.');
    expect(buyer('Kavárna U Mlýna', 's.r.0.')).toBe('Kavárna U Mlýna s.r.o.');
    // A row of figures under the name is no form, zeros or not.
    expect(buyer('Gulf Horizon Catering', '1000')).toBe('Gulf Horizon Catering');
    // A row under the name that is no form alone is the block's next row, not the name's.
    expect(buyer('Gulf Horizon Catering', 'Jumeirah')).toBe('Gulf Horizon Catering');
  });

  it("leaves no guess over a buyer for the label's word cut off after its form", () => {
    const part = buyerPart('Cedar Park Biologics Inc. number');
    expect(part.invoice.buyer.name).toBe('Cedar Park Biologics Inc.');
    expect(part.guessed ?? {}).not.toHaveProperty(['buyer.name']);
  });

  it("ends the name at its form run into the logo's capitals that repeat its first word", () => {
    expect(seller('Norrskog Maskin & Service ABNORRSKOG MASKIN').invoice.seller.name).toBe('Norrskog Maskin & Service AB');
    expect(buyerPart('Norrskog Maskin & Service ABNORRSKOG').invoice.buyer.name).toBe('Norrskog Maskin & Service AB');
    // Capitals that are not the name's own word: as read.
    expect(seller('Norrskog Maskin & Service ABSKOGEN MASKIN').invoice.seller.name).toBe('Norrskog Maskin & Service ABSKOGEN MASKIN');
  });

  it('leaves a name alone whose form goes on as a word of capitals, or that is run together elsewhere', () => {
    expect(seller('Harbour ASSURANCES').invoice.seller.name).toBe('Harbour ASSURANCES');
    const part = seller('Ridgeline RoofingGutters Supply LLC');
    expect(part.invoice.seller.name).toBe('Ridgeline RoofingGutters Supply LLC');
    expect(part.doubtful!.unsure).toContain('seller.name');
  });

  it('starts the name after an address row or the block\'s label run onto it, when it ends in its form', () => {
    for (const [row, name] of [['4810 Industrial PkwyRidgeline Roofing & Gutters, LLC', 'Ridgeline Roofing & Gutters, LLC'],
      ['200 Queens Quay W, Suite 1410Lakeshore Analytics Inc.', 'Lakeshore Analytics Inc.'], ['17 rue de la FonderieQuincaillerie Bonnefoy SARL', 'Quincaillerie Bonnefoy SARL']]) {
      const part = seller(row);
      expect(part.invoice.seller.name, row).toBe(name);
      expect(part.doubtful!.unsure, row).not.toContain('seller.name');
    }
    expect(buyerPart('Unit 4, Canal Side Trading EstateMillstone Bakery Ltd').invoice.buyer.name).toBe('Millstone Bakery Ltd');
    expect(buyerPart('INVOICE TOThe Lantern Café Ltd').invoice.buyer.name).toBe('The Lantern Café Ltd');
    expect(buyerPart('Naturkost Elbwiese eGRechnungsanschrift').invoice.buyer.name).toBe('Naturkost Elbwiese eG');
    expect(buyerPart('Lunchroom Het Pleintje V.O.F.Factuuradres').invoice.buyer.name).toBe('Lunchroom Het Pleintje V.O.F.');
    // A figure inside a word of the name, a garbled row with a figure, or no form after the seam: as read.
    expect(seller('Fit4All Logistics B.V.').invoice.seller.name).toBe('Fit4All Logistics B.V.');
    expect(buyerPart('Sportschool Fit4All B.V.').invoice.buyer.name).toBe('Sportschool Fit4All B.V.');
    expect(seller('Basesa axlas 1 eBäckerei Hofmann GmbH').invoice.seller.name).toBe('Basesa axlas 1 eBäckerei Hofmann GmbH');
    expect(buyerPart('Unit 4, Canal Side Trading EstateMillstone Bakery').invoice.buyer.name).toBe('Unit 4, Canal Side Trading EstateMillstone Bakery');
  });
});

describe("a seller's short name that another OCR'd row goes on to a company form", () => {
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  // A logo's name, the sender line over the window with the company's.
  const letter = (logo: string, sender: string) => scanned([
    { x: 25, y: 22, text: logo, size: 6 }, { x: 117, y: 24, text: 'Kundennummer' }, { x: 168, y: 25, text: '400118773' },
    { x: 24, y: 36, text: sender, size: 4 }, { x: 116, y: 37, text: 'Rechnungsnummer' }, { x: 168, y: 38, text: '700123456789' },
    { x: 116, y: 44, text: 'Rechnungsdatum' }, { x: 24, y: 44.5, text: 'Herrn' }, { x: 168, y: 45, text: '15.01.2025' },
    { x: 24, y: 49, text: 'Markus Engel' }, { x: 24, y: 54, text: 'Birkenweg 3' }, { x: 24, y: 59, text: '04177 Leipzig' },
    { x: 110, y: 200, text: 'Nettobetrag' }, { x: 160, y: 200, text: '100,00 €' }, { x: 110, y: 206, text: 'USt 19 %' }, { x: 160, y: 206, text: '19,00 €' }, { x: 110, y: 212, text: 'Gesamtbetrag' }, { x: 160, y: 212, text: '119,00 €' },
  ]);
  const part = (logo: string, sender: string) => textParts(letter(logo, sender), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('is that company, confirmed by a sender line that goes on with its whole address', () => {
    for (const [logo, sender, name] of [['Stadtwerke Lindenau', 'Stadtwerke Lindenau GmbH Postfach 10 11 04171 Leipzig', 'Stadtwerke Lindenau GmbH'],
      ['Feinkost Brenner', 'Feinkost Brenner GmbH & Co. KG Postfach 12 04 04009 Leipzig', 'Feinkost Brenner GmbH & Co. KG'],
      // Its separators read as they stand, a middle dot read as a colon.
      ['Gemeindewerke Kirchheim', 'Gemeindewerke Kirchheim GmbH - Postfach 1120 : 73220 Kirchheim', 'Gemeindewerke Kirchheim GmbH'],
      ['Feinkost Brenner', 'Feinkost Brenner GmbH & Co. KG · Lindenallee 5 · 04109 Leipzig', 'Feinkost Brenner GmbH & Co. KG']]) {
      const read = part(logo, sender);
      expect(read.invoice.seller.name, logo).toBe(name);
      expect(read.guessed ?? {}, logo).not.toHaveProperty(['seller.name']);
    }
  });

  it('is that company, and still a guess to review, when its row gives no address', () => {
    const read = part('Feinkost Brenner', 'Feinkost Brenner GmbH & Co. KG');
    expect(read.invoice.seller.name).toBe('Feinkost Brenner GmbH & Co. KG');
    expect(read.guessed).toHaveProperty(['seller.name']);
  });

  it('is that company, no guess, when its row is right under the short name with the form OCR read spaced', () => {
    // (The logo's word over its company, as a text layer's letterhead gives it: "Kantoorpuur" over "Kantoorpuur B.V.".)
    const under = (logo: string, row: string, gap: number) => textParts(scanned([
      { x: 18, y: 18, text: logo, size: 6 }, { x: 18, y: 18 + gap, text: row, size: 4 }, { x: 18, y: 29, text: 'Vlietweg 12', size: 4 }, { x: 18, y: 34, text: '2266 KA Leidschendam', size: 4 },
      { x: 116, y: 48, text: 'Creditnotanummer CN-2025-0088' }, { x: 18, y: 48, text: 'Tandartspraktijk De Linde' }, { x: 116, y: 55, text: 'Datum' }, { x: 158, y: 55, text: '20-11-2025' },
      { x: 18, y: 58, text: 'Lindenplein 4' }, { x: 18, y: 63, text: '2271 BX Voorburg' },
      { x: 133, y: 102, text: 'Totaal excl. btw' }, { x: 170, y: 102, text: '€ 45,00' }, { x: 133, y: 108, text: 'Btw 21%' }, { x: 170, y: 108, text: '€ 9,45' }, { x: 133, y: 114, text: 'Totaal incl. btw' }, { x: 170, y: 114, text: '€ 54,45' },
    ]), 'ocr', []).find((p) => p.source === 'ocr')!;
    for (const row of ['Kantoorpuur B. V.', 'Kantoorpuur B.V.']) {
      const read = under('Kantoorpuur', row, 6);
      expect(read.invoice.seller.name, row).toBe('Kantoorpuur B.V.');
      expect(read.guessed ?? {}, row).not.toHaveProperty(['seller.name']);
    }
    // Initials that are no form stay as read; a row far under the name is no letterhead's.
    expect(under('Kantoorpuur', 'Kantoorpuur J. R.', 6).guessed).toHaveProperty(['seller.name']);
    expect(under('Kantoorpuur', 'Kantoorpuur B. V.', 70).guessed).toHaveProperty(['seller.name']);
  });

  it('stays as read when no row goes on from it to a form within a few words', () => {
    expect(part('Stadtwerke Lindenau', 'Stadtwerke Lindenau bedankt sich für Ihre Zahlung an die Sparkasse Leipzig AG').invoice.seller.name).toBe('Stadtwerke Lindenau');
  });

  it('is still a guess when its row goes on past a separator with no address', () => {
    expect(part('Feinkost Brenner', 'Feinkost Brenner GmbH & Co. KG · Feinkost seit 1962 · Leipzig').guessed).toHaveProperty(['seller.name']);
  });

  it('is that company when OCR read the sender line with a letter or two lost and its form run into the words beside it', () => {
    expect(part('De Gouden Karper', 'De Gouen KarperB.V.Oudegracht118.3511 AX Utrecht').invoice.seller.name).toBe('De Gouden Karper B.V.');
    expect(part('Bakkerij Van Dam', 'Bakkerj Van DamN.V.Kerkstraat 4 1011 AB Amsterdam').invoice.seller.name).toBe('Bakkerij Van Dam N.V.');
    // A logo in capitals takes the row's own spelling.
    expect(part('BAKKERIJ VAN DAM', 'Bakkerij Van DamN.V.Kerkstraat 4 1011 AB Amsterdam').invoice.seller.name).toBe('Bakkerij Van Dam N.V.');
    // Three letters lost, or another first letter, is another name's row.
    expect(part('De Gouden Karper', 'De Gou KarperB.V.Oudegracht118.3511 AX Utrecht').invoice.seller.name).toBe('De Gouden Karper');
    expect(part('De Gouden Karper', 'De Houden KarperB.V.Oudegracht118.3511 AX Utrecht').invoice.seller.name).toBe('De Gouden Karper');
  });

  it('counts words of letters only: an ampersand between two is none', () => {
    expect(part('Brightwater', 'Brightwater Pool & Spa Services LLC. 412 Old Country Road').invoice.seller.name).toBe('Brightwater Pool & Spa Services LLC');
    expect(part('Brightwater', 'Brightwater Pool & Spa Heating Services LLC. 412 Old Country Road').invoice.seller.name).toBe('Brightwater');
  });
});

describe("a letterhead's name the scan's own rows confirm", () => {
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  // A letterhead's name without a form over the window, the totals, and what the foot of the page prints.
  const letter = (logo: string, under: Draw[], foot: Draw[]) => scanned([
    { x: 22, y: 22, text: logo, size: 6 }, ...under, { x: 125, y: 38, text: 'Rechnungs-Nr.' }, { x: 167, y: 39, text: 'RE-2025/0147' },
    { x: 26, y: 43, text: 'Brauerei Ochsenwirt KG' }, { x: 26, y: 48, text: 'Hauptstraße 41' }, { x: 26, y: 53, text: '72070 Tübingen' },
    { x: 125, y: 56, text: 'Rechnungsdatum' }, { x: 165, y: 57, text: '03.11.2025' },
    { x: 121, y: 169, text: 'Zwischensumme' }, { x: 171, y: 170, text: '891,50 €' }, { x: 121, y: 182, text: 'zzgl. 19 % USt' }, { x: 170, y: 182, text: '169,39 €' },
    { x: 121, y: 188, text: 'Gesamtbetrag' }, { x: 168, y: 189, text: '1.060,89 €' }, { x: 23, y: 212, text: 'Jonas Kaltenbach' }, ...foot,
  ]);
  const seller = (pages: PageText[]) => textParts(pages, 'ocr', []).find((p) => p.source === 'ocr')!;

  it("is the footer's company, printed in a column of its own under the page's last rows", () => {
    // The footer's columns: the name over its street, beside the phone and the bank.
    const footer: Draw[] = [{ x: 23, y: 226, text: 'Kaltenbach Webdesign GmbH', size: 2.5 }, { x: 24, y: 229, text: 'Gerberstraße 9', size: 2.5 },
      { x: 64, y: 226.5, text: 'Tel. 0711 2398 440', size: 2.5 }, { x: 143, y: 227, text: 'Volksbank Stuttgart', size: 2.5 }, { x: 24, y: 232, text: '70178 Stuttgart', size: 2.5 }];
    const read = seller(letter('Kaltenbach Webdesign', [], footer));
    expect(read.invoice.seller.name).toBe('Kaltenbach Webdesign GmbH');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // No footer: still a guess.
    expect(seller(letter('Kaltenbach Webdesign', [], [])).guessed).toHaveProperty(['seller.name']);
    // A footer line of cells split by separators, the space before one lost.
    const line = seller(letter('Kaltenbach Webdesign', [], [{ x: 38, y: 226, text: 'Kaltenbach Webdesign GmbH· Gerberstraße 9 · 70178 Stuttgart', size: 2.5 }]));
    expect(line.invoice.seller.name).toBe('Kaltenbach Webdesign GmbH');
    expect(line.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // Its middle dots read as plus signs in the small print.
    const plus = seller(letter('Kaltenbach Webdesign', [], [{ x: 38, y: 226, text: 'Kaltenbach Webdesign GmbH + Gerberstraße 9, 70178 Stuttgart : USt-IdNr. DE298811047', size: 2.5 }]));
    expect(plus.invoice.seller.name).toBe('Kaltenbach Webdesign GmbH');
    expect(plus.guessed ?? {}).not.toHaveProperty(['seller.name']);
  });

  it("is the footer's company line whose separator after the form OCR lost, the others read as colons", () => {
    const read = seller(letter('Kaltenbach Webdesign', [], [{ x: 38, y: 226, text: 'Kaltenbach Webdesign GmbH USt-IdNr. DE298811047 : Gerberstraße 9 : 70178 Stuttgart', size: 2.5 }]));
    expect(read.invoice.seller.name).toBe('Kaltenbach Webdesign GmbH');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // Another company's line in the footer, a sentence before the name: no confirmation.
    expect(seller(letter('Kaltenbach Webdesign', [], [{ x: 38, y: 226, text: 'Gehostet von Kaltenbach Webdesign GmbH USt-IdNr. DE298811047', size: 2.5 }])).guessed).toHaveProperty(['seller.name']);
  });

  it('is a letterhead ending in a form OCR read in small letters, as printed', () => {
    // The Norwegian "AS" read "As": written as printed, it is the name with its form.
    const read = seller(letter('Fjellstad Maskinservice As', [], []));
    expect(read.invoice.seller.name).toBe('Fjellstad Maskinservice AS');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
  });

  it('is the whole name wrapped after a particle or an ampersand over two rows, OCR reading the second alone', () => {
    for (const [first, second] of [['Bakkerij Groothandel Van', 'Dijk B.V.'], ['Rechtsanwälte Vogel &', 'Partner mbB']]) {
      // A letterhead set right, both rows ending at its edge, OCR's box round the first a descender's depth higher.
      const read = seller(scanned([{ x: 190 - 0.55 * 4.6 * first.length, y: 20, text: first, size: 4.6 }, { x: 190 - 0.55 * 4 * second.length, y: 25, text: second, size: 4 },
        { x: 150, y: 31, text: 'Industrieweg 18', size: 3 }, { x: 20, y: 50, text: 'Lunchroom De Zoete Inval' }, { x: 20, y: 55, text: 'Voorstraat 41' }, { x: 20, y: 60, text: '3311 ER Dordrecht' },
        { x: 20, y: 80, text: 'Factuurnummer 2025-03418' }, { x: 20, y: 86, text: 'Factuurdatum 24-11-2025' },
        { x: 121, y: 182, text: 'Totaal excl. BTW' }, { x: 170, y: 182, text: '€100,00' }, { x: 121, y: 188, text: 'BTW 21%' }, { x: 170, y: 188, text: '€21,00' }, { x: 121, y: 194, text: 'Te betalen' }, { x: 170, y: 194, text: '€121,00' }]));
      expect(read.invoice.seller.name, second).toBe(`${first} ${second}`);
    }
  });

  it('takes the fuller of two printings of the name, OCR having lost a letter of one', () => {
    const foot = (text: string) => [{ x: 23, y: 226, text, size: 2.5 }];
    // The letterhead's name over two rows, the footer's name with a letter lost.
    const two = seller(letter('Nordisk', [{ x: 22, y: 29.5, text: 'Kontorindretning Aps', size: 6 }], foot('Nordisk Kntorindretning ApS · Industrivej 19 · 8660 Skanderborg · CVR 38441207')));
    expect(two.invoice.seller.name).toBe('Nordisk Kontorindretning ApS');
    // The letterhead in capitals: the name's case kept.
    const caps = seller(letter('HOTEL MAR BLAU', [], foot('Hotel Mar lau S.L. · Passeig Marítim 45 · 08860 Castelldefels')));
    expect(caps.invoice.seller.name).toBe('Hotel Mar Blau S.L.');
    // Two letters apart, or another word, is another name's printing.
    expect(seller(letter('HOTEL MAR BLAUE', [], foot('Hotel Mar lau S.L. · Passeig Marítim 45 · 08860 Castelldefels'))).invoice.seller.name).toBe('Hotel Mar lau S.L.');
    expect(seller(letter('HOTEL MIR BLAU', [], foot('Hotel Mar lau S.L. · Passeig Marítim 45 · 08860 Castelldefels'))).invoice.seller.name).toBe('Hotel Mar lau S.L.');
    // A logo in capitals over its trade in small letters: the fuller word opens with the name's capital.
    const trade = seller(letter('VAN DER LINDEN', [{ x: 22, y: 29.5, text: 'installatietechniek', size: 6 }], foot('Van der Linden Installtietechniek B.V. · Edisonstraat 21 · 3861 NE Nijkerk')));
    expect(trade.invoice.seller.name).toBe('Van der Linden Installatietechniek B.V.');
    // A logo's short name over a tagline whose first word is the name's with a letter more: no printing of the name.
    const tagline = seller(letter('CampusPro', [{ x: 22, y: 29.5, text: 'Formations management & bureautique', size: 4 }], foot('CampusPro Formation SARL · 8 rue Servient 69003 Lyon · SIRET 812 447 118 00027')));
    expect(tagline.invoice.seller.name).toBe('CampusPro Formation SARL');
  });

  it('is confirmed by a row printing it again with its form, OCR having lost its marks in the small print', () => {
    const row = (text: string) => [{ x: 23, y: 226, text, size: 2.5 }];
    // The footer's company line, its umlauts lost, a word between the name and its form, its cells run together: the name as the letterhead reads it, confirmed.
    const read = seller(letter('Bäckerei Kühnle', [], row('Backerei Kuhnle Backwaren GmbH Gerberstraße 9, 70178 Stuttgart Steuer-Nr. 99447118')));
    expect(read.invoice.seller.name).toBe('Bäckerei Kühnle');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // A letter read otherwise, two words before the form, or the buyer's own company line confirm nothing.
    expect(seller(letter('Bäckerei Kühnle', [], row('Backerei Kohnle Backwaren GmbH Gerberstraße 9, 70178 Stuttgart Steuer-Nr. 99447118'))).guessed).toHaveProperty(['seller.name']);
    expect(seller(letter('Bäckerei Kühnle', [], row('Backerei Kuhnle Feine Backwaren GmbH Gerberstraße 9, 70178 Stuttgart Steuer-Nr. 99447118'))).guessed).toHaveProperty(['seller.name']);
    expect(seller(letter('Bräuerei Öchsenwirt', [], [])).guessed).toHaveProperty(['seller.name']);
  });

  it('is the company of a row that goes on with a street and a postcode of three and two figures', () => {
    const row = (text: string) => [{ x: 23, y: 226, text, size: 2.5 }];
    const read = seller(letter('Kvarnen Design Studio', [], row('Kvarnen Design Studio AB Hornsgatan 71, 118 49 Stockholm, Sweden: Org.nr 556812-4471')));
    expect(read.invoice.seller.name).toBe('Kvarnen Design Studio AB');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // A row of figures with no street before them confirms nothing, in the page's body (in its footer, it is the footer's company line).
    expect(seller(letter('Kvarnen Design Studio', [], [{ x: 23, y: 150, text: 'Kvarnen Design Studio AB Org.nr 556812 447 10 Bankgiro', size: 2.5 }])).guessed).toHaveProperty(['seller.name']);
  });

  it('is the company of a sender line that goes on with a post box and a North American town line', () => {
    const read = seller(letter('Cascade Valley Water', [{ x: 20, y: 27, text: 'Cascade Valley Water Company, Inc. PO Box 2210 Bend, OR 97709', size: 4 }], []));
    expect(read.invoice.seller.name).toBe('Cascade Valley Water Company, Inc.');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
    // A row that goes on with more words, no address: a guess.
    expect(seller(letter('Cascade Valley Water', [{ x: 20, y: 27, text: 'Cascade Valley Water Company, Inc. thanks you for your payment', size: 4 }], [])).guessed).toHaveProperty(['seller.name']);
  });

  it('is the name two printings read alike, against one a letter apart', () => {
    const inv = emptyInvoice();
    inv.seller.name = 'Kaltenbach Webdesign GmbH';
    const items = [item('Kaltenbach Webdesign', 97), item('Kaltenbach Webdesiqn GmbH · Gerberstraße 9', 90)];
    expect(doubtfulFields(inv, page(...items)).unsure).toEqual(['seller.name']);
    expect(doubtfulFields(inv, page(...items, item('Kaltenbach Webdesign GmbH', 90))).unsure).toEqual([]);
  });
});

describe('a company form OCR misread', () => {
  const read = (seller: string, buyer: string, currency = 'EUR') => {
    const pages = toPageText([{ x: 20, y: 20, text: seller, size: 5 }, { x: 120, y: 20, text: 'Rechnung Nr. 2025-118' }, { x: 120, y: 26, text: 'Datum 12.03.2025' },
      { x: 20, y: 50, text: 'Rechnung an' }, { x: 20, y: 55, text: buyer }, { x: 20, y: 60, text: 'Hauptstraße 4' }, { x: 20, y: 65, text: '8001 Zürich' },
      { x: 110, y: 150, text: 'Nettobetrag' }, { x: 160, y: 150, text: `${currency} 100,00` }, { x: 110, y: 156, text: 'MwSt 8,1 %' }, { x: 160, y: 156, text: `${currency} 8,10` },
      { x: 110, y: 162, text: 'Gesamtbetrag' }, { x: 160, y: 162, text: `${currency} 108,10` }], 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
    const { invoice } = textParts(pages, 'ocr', []).find((p) => p.source === 'ocr')!;
    return [invoice.seller.name, invoice.buyer.name];
  };

  it('is written as printed: a letter read in the other case, a capitals form cut in two, a dotted one spaced', () => {
    expect(read('Atelier Numérique Lefort SAs', 'Cedar Home Goods L LC')).toEqual(['Atelier Numérique Lefort SAS', 'Cedar Home Goods LLC']);
    expect(read('Reformas Lumbre, S. L.', 'Polderlicht B. V.')).toEqual(['Reformas Lumbre, S.L.', 'Polderlicht B.V.']);
    expect(read('Limpiezas Aragoneses,S.L.', 'Meblotech Sp. Z o.o.')).toEqual(['Limpiezas Aragoneses, S.L.', 'Meblotech Sp. z o.o.']);
    expect(read('Drukarnia Nowak Sp. z 0.o.', 'Piekarnia Zielinscy Sp. z o.o.')).toEqual(['Drukarnia Nowak Sp. z o.o.', 'Piekarnia Zielinscy Sp. z o.o.']);
    expect(read('Elektro Sremac Inzenjering d.o.0.', 'Restoran Stari Mlin j.d.o.0.')).toEqual(['Elektro Sremac Inzenjering d.o.o.', 'Restoran Stari Mlin j.d.o.o.']);
    // Dotted initials after the comma: a professional corporation's or association's form.
    expect(read('Lakeview Orthodontics, P.c.', 'Marsh & Pike Law, P.a.')).toEqual(['Lakeview Orthodontics, P.C.', 'Marsh & Pike Law, P.a.']);
  });

  it('gives the Swiss "Sàrl" its mark on an invoice in francs only, "S.à r.l." and "OÜ" on any', () => {
    expect(read('Menuiserie Rochat Sarl', 'Hôtel du Lac SA', 'CHF')[0]).toBe('Menuiserie Rochat Sàrl');
    expect(read('Menuiserie Rochat Sarl', 'Hôtel du Lac SA', 'EUR')[0]).toBe('Menuiserie Rochat Sarl');
    // The Luxembourg "S.à r.l." read without its mark, in any currency.
    expect(read('Kieffer Traiteur S.a r.l.', 'Moselle Conseil s.a r.l.')).toEqual(['Kieffer Traiteur S.à r.l.', 'Moselle Conseil s.à r.l.']);
    // The Estonian "OÜ" read bare or small.
    expect(read('Zonehost ou', 'Larch & Pine Studio OU')).toEqual(['Zonehost OÜ', 'Larch & Pine Studio OÜ']);
    // The Norwegian "AS" with its S read small.
    expect(read('Trondelag Maskinservice As', 'Stjordal Landbrukslag SA', 'NOK')).toEqual(['Trondelag Maskinservice AS', 'Stjordal Landbrukslag SA']);
  });

  it('leaves names whose last word only looks like a form as read', () => {
    expect(read('Nordwerk Hosting GmbH', 'Kanzlei Vogel & Partner mbB')).toEqual(['Nordwerk Hosting GmbH', 'Kanzlei Vogel & Partner mbB']);
    expect(read('Studio Vermeer', 'Pichler GmbH & Co KG')).toEqual(['Studio Vermeer', 'Pichler GmbH & Co KG']);
  });
});

describe("a party's address row read as its name", () => {
  const at = (text: string, x: number, y: number): TextItem => ({ text, x, y, width: 40, height: 5, page: 1, confidence: 90 });
  const sheet = (...items: TextItem[]) => page(at('Invoice', 26, 22), at('Page 1 of 1', 170, 280), ...items);

  it('is the company its block names above it, at its left edge, a contact row between them or not', () => {
    expect(nameOverAddress('14 Bartholomew Close', 'Lumen Forms, Inc.', sheet(at('Bill to', 81, 58), at('Harrow & Finch Ltd', 81, 63), at('14 Bartholomew Close', 81, 68), at('London EC1A 7BL', 81, 73)))).toBe('Harrow & Finch Ltd');
    expect(nameOverAddress('Puistokatu 4', 'Puusepänliike Virtanen Oy', sheet(at('Kahvila Koivu Oy', 24, 35), at('Matti Koivu', 24, 38.5), at('Puistokatu 4', 24, 41.3)))).toBe('Kahvila Koivu Oy');
  });

  it('is none over a person, the seller taken for the buyer, a name read as such, or a row far above', () => {
    expect(nameOverAddress('50968 Köln', 'Rheinbahn AG', sheet(at('Tobias Hartmann', 24, 40), at('Ringstraße 9', 24, 45), at('50968 Köln', 24, 50)))).toBeNull();
    expect(nameOverAddress('5013 Bergen', 'Bergen Bakeri AS', sheet(at('Bergen Bakeri AS', 24, 35), at('Strandgaten 18', 24, 45), at('5013 Bergen', 24, 50)))).toBeNull();
    expect(nameOverAddress('Harrow & Finch Ltd', 'Lumen Forms, Inc.', sheet(at('Harrow & Finch Ltd', 81, 63), at('14 Bartholomew Close', 81, 68)))).toBeNull();
    expect(nameOverAddress('14 Bartholomew Close', 'Lumen Forms, Inc.', sheet(at('Harrow & Finch Ltd', 81, 30), at('14 Bartholomew Close', 81, 68)))).toBeNull();
  });
});

describe("a party's name after its label on its row, the two blocks' rows run together", () => {
  const at = (text: string, x: number, y: number, width: number, height = 5.2): TextItem => ({ text, x, y, width, height, page: 1, confidence: 94 });
  // A rendering of an e-invoice: "Vendeur" and "Acheteur" over rows of labels and values, the two blocks close
  // enough that OCR's boxes of one row of both make one cell.
  const read = (label: string) => textParts(page(at('FACTURE 380 - Factur-X EN 16931', 14, 14, 87),
    at('Vendeur', 14, 54, 22), at('Acheteur', 106, 54, 23),
    at(`${label} : Imprimerie Dejardin SRL`, 15, 60, 88), at(`${label} : École Saint-Joseph ASBL`, 105.5, 60, 88),
    at('Adresse : Rue de la Station 88', 15, 65, 65), at('Adresse : Place Communale 3', 106, 65, 64),
    at('5000 Namur, BE', 15, 70, 36), at('5100 Jambes, BE', 106, 70, 37),
    at('N° TVA: BE0712.448.209', 14, 75, 56), at('N° TVA : BE0418.772.106', 106, 75, 55),
    at('Total HT', 98, 118, 20), at('1 625,00', 174, 118, 21), at('Total TVA', 98, 124, 22), at('155,25', 178, 124, 17),
    at('Total TTC', 98, 131, 22), at('1 780,25', 174, 131, 20)), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('is the name, not the label with it, and no guess under the buyer\'s label', () => {
    for (const label of ['Raison sociale', 'Nom']) {
      const part = read(label);
      expect(part.invoice.buyer.name, label).toBe('École Saint-Joseph ASBL');
      expect(part.guessed ?? {}, label).not.toHaveProperty(['buyer.name']);
    }
  });
});

describe("a buyer read as its block's address row, the company above it taken", () => {
  const at = (text: string, x: number, y: number, width: number, height = 5.5): TextItem => ({ text, x, y, width, height, page: 1, confidence: 95 });
  // Three blocks side by side under their captions; a speck left of the buyer's name row, which OCR put on a line of its own.
  const read = (label: string, name = 'Kowhai Bakery Ltd', width = 46, street = '2 Queens Wharf') => textParts(page(at('Tui Sparks Electrical Ltd', 67, 22, 85, 8), at('TAX INVOICE', 95, 30, 29),
    at('From', 25, 44, 13), at(label, 80.5, 44, 7), at('Details', 136.5, 44, 18),
    at('Tui Sparks Electrical Ltd', 24.8, 50.2, 55, 6), at(name, 80.4, 51.2, width), at('Invoice: INV-30412', 136.7, 51.7, 41, 6), at('LE', 77.6, 52.1, 5, 2.8),
    at('14 Cuba Street', 24.6, 55.2, 33, 5.8), at(street, 80.5, 56.1, 36, 5.8), at('Date: 14 May 2025', 136.4, 57, 42, 5.8),
    at('Te Aro, Wellington 6011', 24.4, 60.1, 52, 6.5), at('Wellington 6011', 80.6, 61.2, 35), at('Due: 20 June 2025', 136.4, 61.7, 41, 6),
    at('Subtotal', 110, 150, 20), at('1,240.00', 170, 150, 18), at('GST 15%', 110, 156, 18), at('186.00', 172, 156, 15), at('Total NZD', 110, 162, 22), at('1,426.00', 170, 162, 18)), 'ocr', [])
    .find((p) => p.source === 'ocr')!;

  it("is no guess when it is the first row under the buyer's label", () => {
    for (const label of ['To', 'Bill to', 'Customer:']) {
      const part = read(label);
      expect(part.invoice.buyer.name, label).toBe('Kowhai Bakery Ltd');
      expect(part.guessed ?? {}, label).not.toHaveProperty(['buyer.name']);
    }
  });

  it("drops the parser's doubt of the address row it read in the name's place", () => {
    const part = read('Bill to', 'Kowhai Bakery Ltd', 46, '2 Queen Street');
    expect(part.invoice.buyer.name).toBe('Kowhai Bakery Ltd');
    expect(part.guessed ?? {}).not.toHaveProperty(['buyer.name']);
  });

  it("is no guess when the name stands over the buyer's label heading the address row read", () => {
    const block = (label: string) => textParts(page(at('NORDISK VERKTYGSGROSSIST', 24, 17, 60, 5), at('FAKTURA sida 1 (2)', 145, 17, 45),
      at('Bygg & Fasad i Gävle AB', 108, 26.5, 59, 6), at('Fakturanr: 884120', 23, 26.8, 44),
      at(label, 108.3, 32, 34), at('Fakturadatum: 2025-11-26', 23, 32.3, 61),
      at('Södra Kungsgatan 40', 108.3, 37, 49), at('Förfallodatum: 2025-12-26', 23, 37.1, 64),
      at('802 55 Gävle', 108.3, 42.2, 31), at('Kundnr: 40918', 23, 42.3, 34),
      at('Summa exkl. moms', 110, 150, 40), at('4 000,00', 170, 150, 18), at('Moms 25%', 110, 156, 20), at('1 000,00', 170, 156, 18),
      at('Att betala SEK', 110, 162, 34), at('5 000,00', 170, 162, 18),
      at('Nordisk Verktygsgrossist AB · Box 1187 · 801 35 Gävle · Org.nr 556712-4470', 30, 280, 150, 4)), 'ocr', []).find((p) => p.source === 'ocr')!;
    const labelled = block('Fakturaadress');
    expect(labelled.invoice.buyer.name).toBe('Bygg & Fasad i Gävle AB');
    expect(labelled.guessed ?? {}).not.toHaveProperty(['buyer.name']);
  });

  it("stays a guess when the name's box reaches under the next column's caption", () => {
    const part = read('To', 'Kowhai Bakery Ltd Kowhai Bakery Ltd', 70);
    expect(part.guessed).toHaveProperty(['buyer.name']);
  });
});

describe('a seller printed twice that OCR read two ways', () => {
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  // The letterhead's name at the right, a sender line over the window reading it again.
  const letter = (name: string, sender: string) => textParts(scanned([
    { x: 150, y: 20, text: name }, { x: 150, y: 26, text: 'Industrieweg 14' },
    { x: 22, y: 40, text: `${sender} - Industrieweg 14 2921 LB Krimpen`, size: 2.5 },
    { x: 22, y: 48, text: 'Bouwcombinatie Westhaven B.V.' }, { x: 22, y: 53, text: 'Havenstraat 2' }, { x: 22, y: 58, text: '3011 AA Rotterdam' },
    { x: 120, y: 70, text: 'Factuurnummer: 2025-0457' }, { x: 120, y: 76, text: 'Factuurdatum: 17-11-2025' },
    { x: 110, y: 150, text: 'Subtotaal' }, { x: 160, y: 150, text: '€ 1.000,00' }, { x: 110, y: 156, text: 'BTW 21%' }, { x: 160, y: 156, text: '€ 210,00' },
    { x: 110, y: 162, text: 'Totaal' }, { x: 160, y: 162, text: '€ 1.210,00' },
  ]), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('is the fuller reading, no guess, when the other lost letters, stops or marks, or read a letter as its look-alike figure', () => {
    for (const [name, sender] of [['Van Dijk Afbouw B.V.', 'Van Dik Afbouw BV.'], ['Moselle Conseil S.à r.l.', 'Moselle Conseil s.a r.l.'], ['Van Dijk Afbouw B.V.', 'Van Dijk Afb0uw B.V.'], ['Van Dijk Afbouw B.V.', 'Van Dijk Afbouw 8.V.']]) {
      const read = letter(name, sender);
      expect(read.invoice.seller.name, sender).toBe(name);
      expect(read.guessed ?? {}, sender).not.toHaveProperty(['seller.name']);
    }
  });

  it('is the fuller reading when the name has the marks its re-read gave one of the two', () => {
    const why = 'printed twice, read as "Pärnu Aknatehas OU" and "Pärnu Aknatehas 0U"';
    expect(fullerReading('Pärnu Aknatehas OÜ', why)).toBe(true);
    expect(fullerReading('Pärnu Aknatehas OU', why)).toBe(true);
    expect(fullerReading('Pärnu Aknatehas 0U', why)).toBe(false);
    expect(fullerReading('Pärnu Aknatehas OÜ', 'printed twice, read as "Pärnu Aknatehas OU" and "Parnu Aknatehas OY"')).toBe(false);
  });

  it('stays a guess when the other reading has a letter of its own', () => {
    // (Nor is a figure the name has where the other reading has its look-alike letter: the letter is the fuller reading.)
    for (const [name, sender] of [['Van Dijk Afbouw B.V.', 'Van Dijk Afbauw B.V.'], ['Van Dijk Afb0uw B.V.', 'Van Dijk Afbouw B.V.']]) {
      expect(letter(name, sender).guessed, sender).toHaveProperty(['seller.name']);
    }
  });

  it('is the other reading when that has a letter more the name lost', () => {
    const read = letter('Van Dik Afbouw B.V.', 'Van Dijk Afbouw B.V.');
    expect(read.invoice.seller.name).toBe('Van Dijk Afbouw B.V.');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
  });
});

describe('fields read across a seam, from the wrong block, or by a short name', () => {
  const at = (text: string, x: number, y: number, width: number, height = 5): TextItem => ({ text, x, y, width, height, page: 1, confidence: 97 });
  const totals = [at('Total 1,526.00', 120, 200, 50)];

  it('doubts a number that opens with a lone glyph ending the box before it, over the next box\'s start', () => {
    const inv = invoice();
    inv.number = 'KRX/2024/77120';
    // "Invoice No. K" ends 2.6 mm into "RX/2024/77120" (13 characters in 33.8 mm): its "K" is the "R" read twice.
    const seam = [at('Invoice No. K', 121, 42, 37), at('RX/2024/77120', 155.4, 42.5, 33.8)];
    expect(doubtfulFields(inv, page(...seam, ...totals)).unsure).toContain('number');
    // Apart, the glyph is a part of the number printed before it.
    const apart = [at('Invoice No. K', 121, 42, 30), at('RX/2024/77120', 155.4, 42.5, 33.8)];
    expect(doubtfulFields(inv, page(...apart, ...totals)).unsure).not.toContain('number');
    inv.number = 'RX/2024/77120';
    expect(doubtfulFields(inv, page(...seam, ...totals)).unsure).not.toContain('number');
  });

  it('doubts a postcode read as the buyer, and a seller that is the name over it', () => {
    const inv = invoice();
    inv.seller.name = 'Birchfield Dental Ltd';
    inv.buyer.name = 'YO1 7HH';
    const block = [at('Birchfield Dental Ltd', 22, 35, 52, 4.8), at('Attn Accounts', 22, 39, 30, 4.2), at('9 Stonegate', 22, 42.5, 24, 4.2), at('York', 22, 46, 10, 4.2), at('YO1 7HH', 22, 49.5, 14, 4.2)];
    expect(doubtfulFields(inv, page(...block, ...totals)).unsure).toEqual(['seller.name', 'buyer.name']);
    // A seller printed elsewhere, over no address row of the buyer's, stands.
    inv.buyer.name = 'Birchfield Dental Ltd';
    inv.seller.name = 'Larkspur Fibre Ltd';
    expect(doubtfulFields(inv, page(at('Larkspur Fibre Ltd', 120, 15, 50), ...block, ...totals)).unsure).toEqual([]);
  });

  it('doubts a seller of initials and a form when the page spells the initials out', () => {
    const inv = invoice();
    inv.seller.name = 'NBW AG';
    inv.buyer.name = 'Kunden GmbH';
    const head = [at('NBW AG Postfach 4 11 20 80335 München', 25, 33, 60), at('Kunden GmbH', 25, 43, 30), ...totals];
    expect(doubtfulFields(inv, page(at('NBW Norddeutsche Bau-Werke', 25, 18, 70, 9), ...head)).unsure).toEqual(['seller.name']);
    // Words whose initials are others' do not spell it.
    expect(doubtfulFields(inv, page(at('NBW Norddeutsche Baustoff Handel', 25, 18, 70, 9), ...head)).unsure).toEqual([]);
  });
});

describe("a party block's label read as its party", () => {
  const at = (text: string, y: number) => ({ text, x: 20, y, width: 40, height: 5, page: 1, confidence: 95 });
  const totals = [{ ...at('83089647', 10), x: 150 }, { ...at('1526.00', 200), x: 150 }];
  const doubts = (buyer: string, ...rows: TextItem[]) => {
    const inv = invoice();
    inv.seller.name = 'Suncoast Car Rental, Inc.';
    inv.buyer.name = buyer;
    return doubtfulFields(inv, page({ ...at('Suncoast Car Rental, Inc.', 20), x: 120 }, ...rows, ...totals)).unsure;
  };

  it('doubts a label OCR misread, a letter lost or read as another, and a label with the code it labels', () => {
    // "Bill To" with its T lost over the block's company, sure of every letter; the Hungarian "Vevő" with a "?".
    expect(doubts('Bill o', at('Bill o', 57), at('Harborview Events LLC', 62), at('410 Bay St, Suite 200', 67))).toEqual(['buyer.name']);
    expect(doubts('Vev?', at('Vev?', 34), at('Tiszavirag Kertesz Bt.', 40))).toEqual(['buyer.name']);
    expect(doubts('Cod. cliente C0114', at('Cod. cliente C0114', 59))).toEqual(['buyer.name']);
  });

  it('leaves a name a letter away from no label, and one with a company form', () => {
    expect(doubts('Harborview Events LLC', at('Bill To', 57), at('Harborview Events LLC', 62))).toEqual([]);
    expect(doubts('Billy Ross', at('Billy Ross', 62))).toEqual([]);
    expect(doubts('Kunde AG', at('Kunde AG', 62))).toEqual([]);
  });

  it("doubts the document's title read as a party, and not a name that holds such a word", () => {
    expect(doubts('Premienota', at('Premienota', 72), at('Notanummer PN-2025-88412', 82))).toEqual(['buyer.name']);
    expect(doubts('Schlussrechnung', at('Schlussrechnung', 72))).toEqual(['buyer.name']);
    expect(doubts('Nota Bene Studio', at('Nota Bene Studio', 62))).toEqual([]);
    expect(doubts('Invoice Ninja Ltd', at('Invoice Ninja Ltd', 62))).toEqual([]);
  });
});

describe("a buyer block's label OCR misread, read as the buyer", () => {
  const at = (text: string, x: number, y: number, width: number, height = 5.5): TextItem => ({ text, x, y, width, height, page: 1, confidence: 95 });
  // A US rental invoice as its scan was read: "Bill To" with its T lost over the customer's block.
  const read = (label: string) => textParts(page(at('SUNCOAST', 19.3, 14, 51.7, 7.5), at('RENTAL INVOICE', 129.8, 14.5, 46.9, 6.5),
    at('Invoice No.', 130.7, 20.6, 25.5), at('11826457', 170.4, 21.3, 22.6), at('Suncoast Car Rental, Inc. 5501 W Spruce St Tampa FL 33607', 17.9, 26.7, 103.3, 7.1),
    at('Invoice Date', 130.8, 37.8, 28.2), at('10/14/2025', 170.2, 38.6, 25.5), at(label, 19.9, 57.5, 15.6, 5.6), at('Harborview Events LLC', 19.7, 62.5, 50.5, 6.5),
    at('Attn: Dana Ruiz', 19.6, 67.9, 34.7, 5.8), at('410 Bay St, Suite 200', 19.8, 72.9, 47.2, 6), at('Tampa, FL 33602', 19.6, 78, 37.5, 5.8),
    at('Subtotal', 120.8, 151.1, 19.2), at('$422.86', 180.2, 151.9, 18.9), at('Sales Tax 7.5%', 120.9, 157.5, 32.5), at('$31.71', 182.6, 158.1, 16.5),
    at('Total Charges (USD)', 120.4, 163.3, 49.5), at('$454.57', 178.3, 164.3, 20.6)), 'ocr', []).find((p) => p.source === 'ocr')!;

  it("takes the row under a buyer's label for the name, as the text layer's rules read it: no guess", () => {
    for (const label of ['Bill o', 'Bil To', 'Custmer']) {
      const part = read(label);
      expect(part.invoice.buyer.name, label).toBe('Harborview Events LLC');
      expect(part.guessed ?? {}, label).not.toHaveProperty(['buyer.name']);
    }
  });

  it("takes the row under a seller's label misread, and says so: the block may be the seller's", () => {
    for (const label of ['Vendr', 'Sold b']) {
      const part = read(label);
      expect(part.invoice.buyer.name, label).toBe('Harborview Events LLC');
      expect(part.guessed?.['buyer.name'], label).toContain(`"${label}"`);
    }
  });

  it('reads the label as printed as the text layer does: no guess', () => {
    const part = read('Bill To');
    expect(part.invoice.buyer.name).toBe('Harborview Events LLC');
    expect(part.guessed ?? {}).not.toHaveProperty(['buyer.name']);
  });
});

describe('"Café" read without its mark', () => {
  const at = (text: string, y: number) => ({ text, x: 20, y, width: 40, height: 5, page: 1, confidence: 95 });
  const doubts = (buyer: string) => {
    const inv = invoice();
    inv.seller.name = 'Copperleaf Kitchen Supply LLC';
    inv.buyer.name = buyer;
    return doubtedOtherwise(doubtfulFields(inv, page({ ...at('Copperleaf Kitchen Supply LLC', 20), x: 120 }, at(buyer, 46), { ...at('83089647', 10), x: 150 }, { ...at('1526.00', 200), x: 150 })));
  };

  it('doubts "Cafe" on a page in any language, not "Café", nor a word that only starts so', () => {
    expect(doubts('Pinecrest Bakery & Cafe Inc.')).toEqual(['buyer.name']);
    expect(doubts('Eetcafe Het Wapen van Zeist V.O.F.')).toEqual(['buyer.name']);
    expect(doubts('Pinecrest Bakery & Café Inc.')).toEqual([]);
    expect(doubts('Cafeteria Lindholm AB')).toEqual([]);
  });
});

describe('a currency sign read without its marked letter', () => {
  const at = (text: string, y: number, x = 150) => ({ text, x, y, width: 30, height: 5, page: 1, confidence: 95 });
  const doubts = (currency: string, ...rows: string[]) => {
    const inv = invoice();
    inv.currency = currency;
    return doubtfulFields(inv, page(at('83089647', 10), ...rows.map((r, k) => at(r, 150 + 6 * k)))).unsure;
  };

  it('doubts a currency read elsewhere when the totals carry a "Kč" or "zł" that lost its mark', () => {
    // "Celkem k úhradě 11 106,00 Kč" read "… K", the EUR figure "for information" under it gave the currency.
    expect(doubts('EUR', 'Celkem bez DPH 9 900,00 K', 'DPH celkem 1 206,00 K', 'Celkem k ührade 1 526,00', 'Informativne v EUR 440,71 EUR')).toEqual(['currency']);
    expect(doubts('EUR', 'Razem do zapłaty 1 526,00 z', '(356,12 EUR)')).toEqual(['currency']);
  });

  it('not when the currency is the sign\'s own, nor for a letter that is no such sign', () => {
    expect(doubts('CZK', 'Celkem bez DPH 9 900,00 K', 'Celkem k úhradě 1 526,00 Kč')).toEqual([]);
    // A UK VAT code after a line's amount ("S" standard, "Z" zero) is no sign.
    expect(doubts('GBP', 'Pallet wrap 1 526,00 S', 'Delivery 12,00 Z')).toEqual([]);
  });
});

describe('a company form of letters set apart', () => {
  const at = (text: string, y: number, charConfidence?: number[]) => ({ text, x: 20, y, width: 45, height: 5, page: 1, confidence: Math.min(95, ...(charConfidence ?? [])), ...(charConfidence ? { charConfidence } : {}) });
  const sure = (text: string) => Array<number>(text.length).fill(100);
  const doubts = (buyer: string, charConfidence = sure(buyer)) => {
    const inv = invoice();
    inv.seller.name = 'Getränke Hofmann GmbH';
    inv.buyer.name = buyer;
    return doubtfulFields(inv, page({ ...at('Getränke Hofmann GmbH', 20), x: 120 }, at(buyer, 46, charConfidence), { ...at('83089647', 10), x: 150 }, { ...at('1526.00', 200), x: 150 }));
  };

  it('doubts "e. V." OCR was unsure of (printed "e.V."), and not as a doubt a second look settles', () => {
    const read = 'Kita Sonnenschein e. V.';
    // The stop after "e" at 41 and the "V" at 64, as the scan read them.
    const each = sure(read);
    each[19] = 41;
    each[21] = 64;
    const d = doubts(read, each);
    expect(d.unsure).toEqual(['buyer.name']);
    expect(d.uncertainOnly).toBeUndefined();
    // A sure reading, the form without the space, or a form of words, as before.
    expect(doubts(read).unsure).toEqual([]);
    const tight = sure('Kita Sonnenschein e.V.');
    tight[18] = 41;
    expect(doubts('Kita Sonnenschein e.V.', tight).unsure).toEqual([]);
    const ltd = sure('Brackenridge Joinery Ltd');
    ltd[22] = 38;
    expect(doubts('Brackenridge Joinery Ltd', ltd).unsure).toEqual([]);
  });

  it('doubts a form read a capital then a small letter ("B. v."), as no form is written', () => {
    expect(doubts('Brightfield Analytics B. v.').unsure).toEqual(['buyer.name']);
    expect(doubts('Zeeland Schadeverzekeringen N. v.').unsure).toEqual(['buyer.name']);
    // Forms written so: the Italian "S.s." (società semplice), "S.a.s.".
    for (const name of ['Brightfield Analytics B.V.', 'Turn- und Sportverein Eichenau 1921 e.V.', 'Agriturismo Le Querce Società Agricola S.s.', 'Pizzeria Da Ciro di Ciro Esposito & C. S.a.s.']) expect(doubts(name).unsure, name).toEqual([]);
  });

  it('doubts a person\'s initials read with a space between them ("J. W." for "J.W.")', () => {
    expect(doubts('Mevrouw J. W. Dijkstra-Bos').unsure).toEqual(['buyer.name']);
    expect(doubts('A. M. Terpstra-de Boer').unsure).toEqual(['buyer.name']);
    // Initials read tight, one initial, or a company form of stopped letters after a capital's stop.
    for (const name of ['Mevrouw J.W. Dijkstra-Bos', 'J. Dijkstra-Bos', 'Pizzeria Da Ciro di Ciro Esposito & C. S.a.s.']) expect(doubts(name).unsure, name).toEqual([]);
  });

  it('doubts a form of stopped letters read with a letter\'s case turned ("d.o.O." for "d.o.o.")', () => {
    expect(doubts('KAMEN-TRGOVINA d.o.O.').unsure).toEqual(['buyer.name']);
    expect(doubts('Stavebniny Horak s.R.o.').unsure).toEqual(['buyer.name']);
    // Forms written so, in mixed case or one case, and stopped initials no turn makes a form.
    for (const name of ['KAMEN-TRGOVINA d.o.o.', 'Stavebniny Horak s.r.o.', 'Elektro Huber e.K.', 'Ferramenta Bianchi S.p.A.', 'Studio Legale A.B.']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('doubts a form read in small letters with a mark ("Zonehost où" for "OÜ")', () => {
    expect(doubts('Zonehost où').unsure).toEqual(['buyer.name']);
    expect(doubts('Tartu Puit oü').unsure).toEqual(['buyer.name']);
    // Forms in capitals with their marks, or small and unmarked, and a name's longer small words.
    for (const name of ['Zonehost OÜ', 'Lapin Kuljetus oy', 'Café Rénové', 'Kahvila Kesä oy']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('doubts a form in capitals read with one capital small ("CJsC" for "CJSC")', () => {
    expect(doubts('Ararat Software CJsC').unsure).toEqual(['buyer.name']);
    expect(doubts('Kaspian Logistics OJsC').unsure).toEqual(['buyer.name']);
    // Forms written with small letters after one capital, or KGaA, and forms in capitals, as printed.
    for (const name of ['Ararat Software CJSC', 'Nordhafen Druck GmbH', 'Ferramenta Rossi SpA', 'Havnens Tømrer ApS', 'Lindqvist Pharma KGaA']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('doubts a name in capitals whose company form is written with small letters inside it ("… LENZ GMBH" for "GmbH")', () => {
    // A letterhead's capitals: the registered name, in the legal line OCR garbled, is spelt otherwise.
    const legal = (name: string) => {
      const inv = invoice();
      inv.seller.name = 'Getränke Hofmann GmbH';
      inv.buyer.name = name;
      const garbled = `${name.toLowerCase().replace(/(?<![\p{L}])\p{L}/gu, (c) => c.toUpperCase()).replace(/ss/, 'B').replace(/(?<=\p{L}{5})\p{L}/u, '')} - AG Kassel HRB 9931`;
      return doubtfulFields(inv, page({ ...at('Getränke Hofmann GmbH', 20), x: 120 }, at(name, 46), { ...at('83089647', 10), x: 150 }, { ...at('1526.00', 200), x: 150 }, at(garbled, 280)));
    };
    for (const name of ['GASTRO-GROSSHANDEL LENZ GMBH', 'NORDLYS DESIGN APS', 'HANSA LOGISTIK VERWALTUNGS-GMBH', 'KANZLEI WEBER STEUERBERATUNGSGESELLSCHAFT MBH']) expect(legal(name).unsure, name).toEqual(['buyer.name']);
    // Not when the capitals stand alone: no other row spells a word of the name, which is as printed.
    for (const name of ['GASTRO-GROSSHANDEL LENZ GMBH', 'NORDLYS DESIGN APS']) expect(doubts(name).unsure, name).toEqual([]);
    // Forms in capitals as they are written, a name with small letters, and one in capitals without a form.
    for (const name of ['LION CITY TRADING PTE. LTD.', 'BRADSHAW & HEYES (ENGINEERING SUPPLIES) LTD', 'NORDSEE SARL', 'Gastro-Großhandel Lenz GmbH', 'GASTRO GROSSHANDEL', 'SHREE GANESH PACKAGING PVT. LTD.']) expect(doubts(name).unsure, name).toEqual([]);
  });

  it('doubts a number that is a label\'s sign read as a figure ("Fatura n.9" for "n.º")', () => {
    const numbered = (label: string, number: string) => {
      const inv = invoice();
      inv.number = number;
      return doubtfulFields(inv, page({ ...at(label, 60), x: 120 }, { ...at('FT DAM2025/4471', 66), x: 120 }, { ...at('1526.00', 200), x: 150 })).unsure;
    };
    expect(numbered('Fatura n.9', '9')).toEqual(['number']);
    expect(numbered('Factura N°0', '0')).toEqual(['number']);
    // The number under the label, or a label whose sign was read.
    expect(numbered('Fatura n.9', 'FT DAM2025/4471')).toEqual([]);
    expect(numbered('Fatura n.º', 'FT DAM2025/4471')).toEqual([]);
  });

  it('doubts a lone capital before a word in small letters, a space OCR put after a capital, however sure', () => {
    expect(doubts('Nidderdale Insurance B rokers Ltd').unsure).toEqual(['buyer.name']);
    expect(doubts('Harrow & Wealdstone Plumbing S ervices').unsure).toEqual(['buyer.name']);
    expect(doubts('W einhandel Krämer GmbH').unsure).toEqual(['buyer.name']);
    // An initial with its stop, a lone capital before a capitalised word, a form or a joining word.
    for (const name of ['J. Smith Roofing Ltd', 'Plot A Developments Ltd', 'Bauer & Söhne KG', 'Esposito & C. S.a.s.', 'Kovács és Társa Kft.']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('doubts a word opening with an "l" before a consonant, a capital I OCR read as an l', () => {
    expect(doubts('Tisza lrodagép Kft.').unsure).toEqual(['buyer.name']);
    expect(doubts('Bodensee lngenieurbüro GmbH').unsure).toEqual(['buyer.name']);
    for (const name of ['Gradska ljekarna Zagreb', 'Tisza Irodagép Kft.', 'Atelier l\'Olivier SARL', 'Ollie Lloyd Ltd']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('doubts an elided article read with a capital I, the small l OCR read as an I', () => {
    expect(doubts("Clinique Vétérinaire de I'Erdre SELARL").unsure).toEqual(['buyer.name']);
    expect(doubts('Bottega dell’Arte di I’Aquila S.r.l.').unsure).toEqual(['buyer.name']);
    for (const name of ["Clinique Vétérinaire de l'Erdre SELARL", "L'Atelier d'Isabelle SARL", "O'Brien Interiors Ltd"]) expect(doubts(name).unsure, name).toEqual([]);
  });

  it('doubts a company form that lost a letter, one letter short of a form', () => {
    expect(doubts('Tisza Irodagép Kf.').unsure).toEqual(['buyer.name']);
    expect(doubts('Harbourside Joinery Lt.').unsure).toEqual(['buyer.name']);
    expect(doubts('WERNIGERODE BAU GMH').unsure).toEqual(['buyer.name']);
    // (After the comma a form follows, a short word of small letters that its lost capital makes one.)
    expect(doubts('Restaurante O Farol, da').unsure).toEqual(['buyer.name']);
    expect(doubts('Harbourside Joinery, td').unsure).toEqual(['buyer.name']);
    // A whole form, a word that is no form's letters, a name with no form at all.
    for (const name of ['Tisza Irodagép Kft.', 'Harbourside Joinery Ltd.', 'Atelier Moreau Arch.', 'Nordlys Design', 'Studio ABC', 'Restaurante O Farol, Lda', 'Pensão Rosa, sol']) expect(doubtedOtherwise(doubts(name)), name).toEqual([]);
  });

  it('leaves such a form when the page prints the name twice, read alike, each ending its row with it', () => {
    const inv = invoice();
    inv.seller.name = 'Getränke Hofmann GmbH';
    inv.buyer.name = 'Greenpoint Architecture PC';
    const rest = [{ ...at('Getränke Hofmann GmbH', 20), x: 120 }, { ...at('83089647', 10), x: 150 }, { ...at('1526.00', 200), x: 150 }];
    const block = (x: number) => [{ ...at('Greenpoint Architecture', 55), x }, { ...at('PC', 60), x }];
    // A bill-to and a ship-to block.
    expect(doubtfulFields(inv, page(...rest, ...block(17), ...block(77))).unsure).toEqual([]);
    // Printed once, or the other block's last word read otherwise: one letter may be lost.
    expect(doubtfulFields(inv, page(...rest, ...block(17))).unsure).toEqual(['buyer.name']);
    expect(doubtfulFields(inv, page(...rest, ...block(17), { ...at('Greenpoint Architecture', 55), x: 77 }, { ...at('PLC', 60), x: 77 })).unsure).toEqual(['buyer.name']);
  });
});

describe("a block's label run onto the row of the name beside it", () => {
  const at = (text: string, x: number, y: number) => ({ text, x, y, width: 60, height: 5, page: 1, confidence: 95, charConfidence: Array<number>(text.length).fill(100) });
  const doubts = (buyer: string) => {
    const inv = invoice();
    inv.seller.name = 'Agricola Valtenesi S.r.l.';
    inv.buyer.name = buyer;
    return doubtfulFields(inv, page(at(buyer, 15, 20), at('Agricola Valtenesi S.r.l.', 120, 26), at('83089647', 150, 60), at('1526.00', 150, 200)));
  };

  it('doubts a name that ends in a salutation or a label of the block beside it ("… BERTOLINI Spett.le")', () => {
    for (const name of ['OFFICINA MECCANICA BERTOLINI Spett.le', 'Harbour Joinery Ltd Bill To', 'Kaffeerösterei Lang GmbH Kunde:', 'Atelier Moreau Messrs']) expect(doubts(name).unsure, name).toEqual(['buyer.name']);
  });

  it('leaves names that end in a word of their own', () => {
    for (const name of ['OFFICINA MECCANICA BERTOLINI S.n.c.', 'The Ship', 'Harbour Joinery Ltd', 'Frau Holle Bäckerei GmbH', 'Monsieur Bricolage SAS']) expect(doubts(name).unsure, name).toEqual([]);
  });
});

describe("a seller whose name opens as the buyer's", () => {
  const at = (text: string, x: number, y: number) => ({ text, x, y, width: 60, height: 5, page: 1, confidence: 95, charConfidence: Array<number>(text.length).fill(100) });
  const doubts = (seller: string, buyer: string) => {
    const inv = invoice();
    inv.seller.name = seller;
    inv.buyer.name = buyer;
    return doubtfulFields(inv, page(at(seller, 15, 20), at(buyer, 120, 45), at('83089647', 150, 60), at('1526.00', 150, 200))).unsure;
  };

  it("doubts the buyer's group or another of its blocks read as the seller", () => {
    expect(doubts('Hollins & Pratt Group plc', 'Hollins & Pratt Foods Ltd')).toEqual(['seller.name']);
    expect(doubts('Stadtwerke Nordheide Netz GmbH', 'Stadtwerke Nordheide GmbH')).toEqual(['seller.name']);
  });

  it('leaves names that share one word or only their form, and the same name (parties_distinct)', () => {
    for (const [seller, buyer] of [['Northgate Packaging Solutions Ltd', 'Hollins & Pratt Foods Ltd'], ['Hotel Seeblick GmbH', 'Hotel Alpenrose GmbH'], ['Hollins & Pratt Ltd', 'Hollins & Pratt Ltd']]) {
      expect(doubts(seller, buyer), seller).toEqual([]);
    }
  });
});

describe("the head of the seller's sender line read as the buyer", () => {
  const at = (text: string, x: number, y: number) => ({ text, x, y, width: 45, height: 5, page: 1, confidence: 98 });
  const doubts = (seller: string, buyer: string) => {
    const inv = invoice();
    inv.seller.name = seller;
    inv.buyer.name = buyer;
    // The letterhead's name, the sender line over the window cut in two, the window's block under it.
    return doubtfulFields(inv, page(at(seller, 120, 20), at(buyer, 20, 46), at('eider GmbH·Venloer Str. 212·50823 Köln', 50, 46), at('Martina und Jörg Bauer', 20, 56),
      at('83089647', 150, 70), at('1526.00', 150, 200))).unsure;
  };

  it("doubts a buyer that is the start of the seller's name, a word or a word cut short", () => {
    expect(doubts('Malerbetrieb Schneider GmbH', 'Malerbetrieb')).toEqual(['buyer.name']);
    expect(doubts('Kaltenbach Webdesign', 'Kaltenba')).toEqual(['buyer.name']);
  });

  it("leaves a buyer whose name shares a word with the seller's elsewhere, or opens otherwise", () => {
    for (const buyer of ['Martina und Jörg Bauer', 'Schneider Bau GmbH', 'Malerei Krause GmbH']) expect(doubts('Malerbetrieb Schneider GmbH', buyer), buyer).toEqual([]);
  });
});

describe("a figure far right of the document's title on its row, read as the number", () => {
  const at = (text: string, x: number, y: number, height = 4) => ({ text, x, y, width: 8 * text.length / 3, height, page: 1, confidence: 99 });
  const doubts = (number: string, ...items: TextItem[]) => {
    const inv = invoice();
    inv.number = number;
    return doubtfulFields(inv, page(...items, at('1526.00', 150, 200))).unsure;
  };

  it("doubts the letterhead's street beside a large title, and a phone number's wrapped end", () => {
    expect(doubts('41', at('CREDIT NOTE', 20, 22, 7), at('41 Tory Street', 170, 22), at('Credit Note Number', 110, 50), at('CN-0217', 110, 54))).toEqual(['number']);
    expect(doubts('218', at('Telefon', 125, 75), at('07623 7104-', 160, 75), at('Rechnung', 20, 80, 5), at('218', 182, 80))).toEqual(['number']);
  });

  it('leaves a figure under its label, one in the box beside the title, and a number with letters', () => {
    expect(doubts('10482', at('INVOICE', 20, 22, 7), at('Invoice No.', 170, 18), at('10482', 170, 22))).toEqual([]);
    expect(doubts('1042', at('Invoice', 20, 22), at('1042', 45, 22))).toEqual([]);
    expect(doubts('CN-0217', at('CREDIT NOTE', 20, 22, 7), at('CN-0217', 170, 22))).toEqual([]);
  });
});

describe('party names a scan read that the page shows to be wrong', () => {
  const sure = [item('83089647', 90), item('1526.00', 90)];
  const at = (text: string, x: number, y: number, width = 60, confidence = 95): TextItem => ({ text, x, y, width, height: 4, page: 1, confidence });

  it("names a name cut inside a word of the fuller name another row prints (a sender line's middle lost)", () => {
    const inv = invoice();
    inv.seller.name = 'Glaser GmbH';
    inv.buyer.name = 'Hausverwaltung Pichler KG';
    // The sender line over the window, read as two boxes with its middle lost; the letterhead at the right.
    const rows = [at('Glaserei Brandstätter', 122, 22), at('Wiener Str. 55, 4020 Linz', 122, 27), at('Glaser', 23, 32, 6), at('GmbH - Wiener Str. 55 · 4020 Linz', 43, 32, 32),
      at('Hausverwaltung Pichler KG', 22, 34), at('z. Hd. Frau Mag. Eva Pichler', 22, 39), at('4020 Linz', 22, 49)];
    expect(doubtfulFields(inv, page(...sure, ...rows)).unsure).toEqual(['seller.name']);
    // The name read whole, or printed short where another row goes on past a whole word: no doubt.
    inv.seller.name = 'Glaserei Brandstätter GmbH';
    expect(doubtfulFields(inv, page(...sure, ...rows.slice(0, 2), at('Glaserei Brandstätter GmbH · Wiener Str. 55 · 4020 Linz', 23, 32, 55), ...rows.slice(4))).unsure).toEqual([]);
    inv.seller.name = 'Kanzlei Müller GmbH';
    expect(doubtfulFields(inv, page(...sure, at('Kanzlei Müller & Partner', 122, 22), at('Kanzlei Müller GmbH · Hauptstr. 4 · 80331 München', 23, 32, 55), ...rows.slice(4))).unsure).toEqual([]);
    // Nor is a company form run into the word in a footer's small print ("VärmeAB").
    inv.seller.name = 'Mälardalens Kyl & Värme AB';
    expect(doubtedOtherwise(doubtfulFields(inv, page(...sure, at('Mälardalens Kyl & Värme AB', 23, 22), at('Mälardalens kyl & VärmeAB', 23, 280, 40), ...rows.slice(4))))).toEqual([]);
  });

  it("names both parties when a row under the seller's name addresses its block to someone (the parties read in each other's places)", () => {
    const inv = invoice();
    inv.seller.name = 'Bouwbedrijf Van Damme NV';
    inv.buyer.name = 'Elektro Claes BV';
    // A skewed scan: the sender's block at the left a row above the addressee's at the right.
    const left = [at('Elektro Claes BV', 20, 23), at('Industrieweg 8', 20, 28), at('2500 Lier', 20, 33), at('BTW BE 0712.345.678', 20, 38)];
    const right = [at('Bouwbedrijf Van Damme NV', 115, 29), at('t.a.v. boekhouding', 115, 34), at('Kanaalstraat 102', 115, 39), at('9000 Gent', 115, 45), at('BTW BE 0456.789.123', 115, 50)];
    expect(doubtfulFields(inv, page(...sure, ...left, ...right)).unsure).toEqual(['seller.name', 'buyer.name']);
    // Read the right way round, the addressed block is the buyer's: no doubt.
    inv.seller.name = 'Elektro Claes BV';
    inv.buyer.name = 'Bouwbedrijf Van Damme NV';
    expect(doubtfulFields(inv, page(...sure, ...left, ...right)).unsure).toEqual([]);
  });

  it("names a name that ends in a lone letter OCR read in a box of its own, whose capital has its small letter's shape", () => {
    const inv = invoice();
    inv.seller.name = 'Ingrosso Alimentare Bellini S.r.l.';
    inv.buyer.name = 'Bar Pasticceria Aurora S.n.c. di Greco Marta & c.';
    const seller = [at('Ingrosso Alimentare Bellini S.r.l.', 15, 20)];
    const wrapped = [at('Spett.le', 106, 41, 15), at('Bar Pasticceria Aurora S.n.c. di Greco Marta &', 106, 46, 88), at('c.', 105, 50.5, 5, 68), at('Via Mazzini 7', 106, 56)];
    expect(doubtfulFields(inv, page(...sure, ...seller, ...wrapped)).unsure).toEqual(['buyer.name']);
    // The letter read beside the rest of the name, or a letter whose capital is its own shape: no doubt.
    inv.buyer.name = 'Bar Aurora di Greco Marta & C.';
    expect(doubtfulFields(inv, page(...sure, ...seller, at('Bar Aurora di Greco Marta & C.', 106, 46, 88))).unsure).toEqual([]);
    inv.buyer.name = 'Bar Pasticceria Aurora S.n.c. di Greco Marta & F.';
    expect(doubtfulFields(inv, page(...sure, ...seller, ...wrapped.slice(0, 2), at('F.', 105, 50.5, 5, 68))).unsure).toEqual([]);
  });
});

describe('a net the totals block prints as its kinds, one row each', () => {
  const fig = (text: string, right: number, y: number): TextItem => ({ text, x: right - 2.2 * text.length, y, width: 2.2 * text.length, height: 4, page: 1, confidence: 95 });
  const label = (text: string, y: number): TextItem => ({ text, x: 109, y, width: 40, height: 4, page: 1, confidence: 95 });

  it('reads the net as the sum of the rows above the tax and the total in their column', () => {
    const inv = emptyInvoice();
    inv.number = 'TCF-INV-118204';
    inv.currency = 'GBP';
    inv.amount = 5061.2;
    inv.taxAmount = 140;
    inv.totalAmount = 5201.2;
    const lines = [fig('1,240.00', 193, 142), fig('285.00', 193, 154), fig('1,106.40', 193, 181), fig('2,014.80', 193, 188)];
    const block = [label('Charges standard-rated', 202), fig('700.00', 194, 202), label('Charges zero-rated', 209), fig('1,240.00', 194, 209), label('Disbursements (outside the', 216), fig('3,121.20', 194, 216),
      label('VAT @ 20%', 228), fig('140.00', 194, 228), label('TOTAL DUE GBP', 235), fig('5,201.20', 194, 235)];
    expect(doubtfulFields(inv, page(item('TCF-INV-118204', 95), ...lines, ...block))).toEqual({ unsure: [], computed: [] });
    // Rows that do not add up to it, or figures of another column: the net is computed still.
    const misread = block.map((i) => (i.text === '3,121.20' ? fig('3,127.20', 194, 216) : i));
    expect(doubtfulFields(inv, page(item('TCF-INV-118204', 95), ...lines, ...misread))).toEqual({ unsure: [], computed: ['amount'] });
    const apart = block.map((i) => (i.text === '700.00' ? fig('700.00', 160, 202) : i));
    expect(doubtfulFields(inv, page(item('TCF-INV-118204', 95), ...lines, ...apart))).toEqual({ unsure: [], computed: ['amount'] });
  });

  it('reads it so with outlays outside the tax printed under the tax', () => {
    const inv = emptyInvoice();
    inv.number = '2025/118';
    inv.currency = 'EUR';
    inv.amount = 1750;
    inv.taxAmount = 345;
    inv.totalAmount = 2095;
    const block = [label('Professional fees', 190), fig('€1,500.00', 194, 190), label('VAT @ 23% on fees', 196), fig('€345.00', 194, 196), label('Outlays (not subject to VAT):', 202),
      label('Land Registry fees', 209), fig('€200.00', 194, 209), label('Searches', 215), fig('€50.00', 194, 215), label('Total due', 222), fig('€2,095.00', 194, 222)];
    expect(doubtfulFields(inv, page(item('2025/118', 95), ...block))).toEqual({ unsure: [], computed: [] });
    // A figure misread: the net is computed still.
    const misread = block.map((i) => (i.text === '€200.00' ? fig('€260.00', 194, 209) : i));
    expect(doubtfulFields(inv, page(item('2025/118', 95), ...misread))).toEqual({ unsure: [], computed: ['amount'] });
  });
});

describe("a letterhead's name set right and wrapped after a surname's particle", () => {
  const sure = [item('83089647', 90), item('1526.00', 90)];
  // Right-aligned rows: each ends at 190 mm.
  const right = (text: string, y: number, width: number): TextItem => ({ text, x: 190 - width, y, width, height: 4, page: 1, confidence: 96 });

  it('names the seller read as the second row when the row over it ends in a particle', () => {
    const inv = invoice();
    inv.seller.name = 'Dijk B.V.';
    inv.buyer.name = 'Lunchroom De Zoete Inval';
    const rest = [right('Industrieweg 18', 31, 25), { ...item('Lunchroom De Zoete Inval', 95), x: 19, y: 36, width: 40 }];
    expect(doubtfulFields(inv, page(...sure, right('Bakkerij Groothandel Van', 20.7, 48), right('Dijk B.V.', 25.7, 18), ...rest)).unsure).toEqual(['seller.name']);
    // A row over it that ends in a word of its own, or a particle alone (a logo's "de"): no doubt.
    expect(doubtfulFields(inv, page(...sure, right('Bakkerij Groothandel', 20.7, 40), right('Dijk B.V.', 25.7, 18), ...rest)).unsure).toEqual([]);
    inv.seller.name = 'Bakkerij Groothandel Van Dijk B.V.';
    expect(doubtfulFields(inv, page(...sure, right('Bakkerij Groothandel Van Dijk B.V.', 25.7, 66), ...rest)).unsure).toEqual([]);
  });
});

describe('a Norwegian totals block: figures grouped by spaces, a total wrapped after its currency', () => {
  const fig = (text: string, right: number, y: number): TextItem => ({ text, x: right - 2.2 * text.length, y, width: 2.2 * text.length, height: 4, page: 1, confidence: 95 });
  const label = (text: string, y: number): TextItem => ({ text, x: 117, y, width: 30, height: 4, page: 1, confidence: 95 });

  it('reads a tax of two rates from its two figures, and a total from its two rows', () => {
    const inv = emptyInvoice();
    inv.number = '24088';
    inv.currency = 'NOK';
    inv.amount = 16500;
    inv.taxAmount = 3015;
    inv.totalAmount = 19515;
    const block = [label('Sum eks. mva', 113.5), fig('16 500,00', 190, 113.5), label('Mva 15 % av 11', 120.3), fig('1 665,00', 190, 120.3), label('100,00', 126.1),
      label('Mva 25 % av 5', 131.8), fig('1 350,00', 190, 131.8), label('400,00', 137.5), label('A betale', 143.5), fig('kr 19', 190, 143.5), fig('515,00', 190, 149.1)];
    expect(doubtfulFields(inv, page(item('24088', 95), ...block))).toEqual({ unsure: [], computed: [] });
    // The tax's figures that do not add up to it, or a total whose rows are not one cell: computed.
    const apart = block.map((i) => (i.text === '1 350,00' ? fig('1 530,00', 190, 131.8) : i.text === '515,00' ? fig('515,00', 150, 149.1) : i));
    expect(doubtfulFields(inv, page(item('24088', 95), ...apart))).toEqual({ unsure: [], computed: ['taxAmount', 'totalAmount'] });
  });
});

describe("a letterhead's short name restated on the row right under it", () => {
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  // A brand in larger print, the issuer's fuller name under it without a company form, a buyer labelled apart.
  const letter = (head: string, under: string) => textParts(scanned([
    { x: 20, y: 14, text: head, size: 6 }, { x: 140, y: 14, text: 'TAX INVOICE', size: 6 }, { x: 20, y: 21, text: under, size: 4 },
    { x: 20, y: 26, text: 'Quay Road, Portview 0173' },
    { x: 20, y: 50, text: 'Bill to' }, { x: 20, y: 56, text: 'Northern Charters Limited' }, { x: 20, y: 62, text: 'PO Box 12, Opua 0241' },
    { x: 130, y: 50, text: 'Invoice No. HM-4471' }, { x: 130, y: 56, text: 'Date: 09 Nov 2026' },
    { x: 110, y: 200, text: 'Subtotal' }, { x: 160, y: 200, text: '$500.00' }, { x: 110, y: 206, text: 'GST 15%' }, { x: 160, y: 206, text: '$75.00' }, { x: 110, y: 212, text: 'Total' }, { x: 160, y: 212, text: '$575.00' },
  ]), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('is the issuer, no guess, when the row under opens with its first word or its letters', () => {
    for (const under of ['Harbourside Marina Management Trust', 'Harbourside Berths and Moorings Trust', 'HarboursideMarna Management Trust']) {
      const read = letter('Harbourside Marina', under);
      expect(read.invoice.seller.name, under).toBe('Harbourside Marina');
      expect(read.guessed ?? {}, under).not.toHaveProperty(['seller.name']);
    }
  });

  it('is still a guess when the row under names another or the name is a heading', () => {
    expect(letter('Harbourside Marina', 'Portview District Council').guessed).toHaveProperty(['seller.name']);
    // A heading restated in a word of the form names no one.
    expect(letter('Harbour Invoice', 'Harbour Invoice Services').guessed).toHaveProperty(['seller.name']);
  });
});

describe("a trading name the scan's footer restates in a cell of its own", () => {
  const scanned = (draws: Draw[]) => toPageText(draws, 210, 297).map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
  // A trade name as the heading, the owner's trade and address under it, the buyer labelled at the right, a footer.
  const letter = (foot: string) => textParts(scanned([
    { x: 18, y: 18, text: 'MEADOWBANK TREE CARE', size: 6 }, { x: 18, y: 25, text: 'Arborist - 12 Quarry Lane, Hebden Bridge HX7 6AA', size: 4 },
    { x: 114, y: 40, text: 'Bill to' }, { x: 114, y: 45, text: 'Calder Housing Trust' }, { x: 114, y: 50, text: '4 Mill Street' }, { x: 114, y: 55, text: 'Halifax HX1 1AB' },
    { x: 18, y: 40, text: 'Invoice #: 2026-118' }, { x: 18, y: 45, text: 'Date: November 19, 2026' },
    { x: 110, y: 100, text: 'Subtotal' }, { x: 160, y: 100, text: '£500.00' }, { x: 110, y: 106, text: 'VAT' }, { x: 160, y: 106, text: '£0.00' }, { x: 110, y: 112, text: 'Total' }, { x: 160, y: 112, text: '£500.00' },
    { x: 18, y: 130, text: 'Thank you for your business!' }, { x: 18, y: 137, text: foot, size: 4 },
  ]), 'ocr', []).find((p) => p.source === 'ocr')!;

  it('is the issuer, no guess, when the footer gives the heading a cell of its own', () => {
    const read = letter('Tom Ashby, NPTC · Meadowbank Tree Care');
    expect(read.invoice.seller.name).toBe('Meadowbank Tree Care');
    expect(read.guessed ?? {}).not.toHaveProperty(['seller.name']);
  });

  it('is still a guess when the footer names it inside a sentence', () => {
    expect(letter('Tom Ashby, NPTC, trading as Meadowbank Tree Care since 2009').guessed).toHaveProperty(['seller.name']);
  });
});
