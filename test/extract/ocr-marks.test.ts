/**
 * The marks of a party's name read by the page language's tesseract model: a name OCR read without its
 * marks gets them, a name tesseract reads letter for letter is settled, any other reading leaves the
 * doubt. The rows are real pixels (a name printed in DejaVu Sans, a scanner's 200 dpi, noise, JPEG) read
 * by the real tesseract.js models of @tesseract.js-data.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageText, TextItem } from '../../src/core/text.js';
import { doubtfulFields } from '../../src/extract/ocr-doubts.js';
import { foldMarks, formGoesOn, markedReading, marksOnlyAdded, nameShaped, readMarks } from '../../src/extract/ocr-marks.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import { emptyInvoice, type SourcedInvoice } from '../../src/invoice/index.js';
import { scannedJpeg } from '../ocr/helpers.js';

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'DejaVu Sans');

const DPI = 200;
const px = (mm: number) => (mm * DPI) / 25.4;
/** Where the name is printed: 10 pt type (a cap height of ~2.5 mm) in a row 4 mm high. */
const ROW = { x: 20, y: 30, width: 90, height: 4 };

/**
 * A page printed with `printed` in its row, its street on the row under it (partly in the crop's
 * margin, as on a page), and scanned: grey noise, JPEG.
 */
function scan(printed: string, under = 'Vesterbrogade 112, 1620 København V', gap = 5): Uint8Array {
  const canvas = createCanvas(Math.round(px(150)), Math.round(px(60)));
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#101010';
  g.font = `${Math.round(px(3.5))}px "DejaVu Sans"`;
  g.fillText(printed, px(ROW.x), px(ROW.y + 3.2));
  g.fillText(under, px(ROW.x), px(ROW.y + 3.2 + gap));
  return scannedJpeg(canvas, 7);
}

/** The OCR part of a page whose seller OCR read as `read`, in doubt only for the marks of `language`. */
function page(read: string, language: string, height = ROW.height) {
  const invoice = emptyInvoice('EUR');
  invoice.seller.name = read;
  const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: language, computed: [] } };
  const item: TextItem = { text: read, ...ROW, height, page: 1, confidence: 99 };
  const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [item] }];
  return { part, pages };
}

const ocr = new LazyOcr({ langs: 'eng', engine: 'auto', dpi: DPI, recycleAfter: 50 }, 1);
afterAll(() => ocr.dispose());

/** The seller and its doubts after the re-read of a page printed with `printed` and read by OCR as `read`. */
async function reread(printed: string, read: string, language: string, under?: { text: string; gap: number; box: number }) {
  // (`box`: the height of the box OCR drew round the name, whose crop takes in more of the rows beside it.)
  const { part, pages } = page(read, language, under?.box);
  const image = scan(printed, under?.text, under?.gap);
  await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
  return { name: part.invoice.seller.name, unsure: part.doubtful!.unsure };
}

describe('the marks of a name read by the page language\'s model', () => {
  it('folds the marks that NFD keeps inside their letters', () => {
    expect(['Hansen & Søn', 'Bałtyk', 'Gıda', 'Tandlægerne', 'Đurić', 'Veselý'].map(foldMarks)).toEqual(['Hansen & Son', 'Baltyk', 'Gida', 'Tandlaegerne', 'Duric', 'Vesely']);
  });

  it('gives a name the marks OCR lost, and settles it: the two readings agree on every letter', async () => {
    expect(await reread('Hansen & Søn ApS', 'Hansen & Son ApS', 'dan')).toEqual({ name: 'Hansen & Søn ApS', unsure: [] });
    expect(await reread('Zielony Zakątek Sp. j.', 'Zielony Zakatek Sp. j.', 'pol')).toEqual({ name: 'Zielony Zakątek Sp. j.', unsure: [] });
  });

  it("gives a name in doubt for its shape the marks OCR lost, and keeps that doubt", async () => {
    const { part, pages } = page('Hansen & Son ApS', 'dan');
    part.doubtful = { ...part.doubtful!, kept: ['seller.name'] };
    const image = scan('Hansen & Søn ApS');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Hansen & Søn ApS', unsure: ['seller.name'] });
  });

  it('settles a name whose æ OCR spelled "ae", and keeps the doubt of one whose letters differ beside it', async () => {
    expect(await reread('Havnens Cykelværksted ApS', 'Havnens Cykelvaerksted ApS', 'dan')).toEqual({ name: 'Havnens Cykelværksted ApS', unsure: [] });
    expect(marksOnlyAdded('Havnens Cykelvaerksted ApS', 'Havnens Cykelværksted ApS')).toBe(true);
    expect(marksOnlyAdded('Strasse Bau', 'Straße Bau')).toBe(true);
    // An "a" alone is no "æ", nor an "ae" read where the other reader has another letter.
    expect(marksOnlyAdded('Cykelvarksted', 'Cykelværksted')).toBe(false);
    expect(marksOnlyAdded('Cykelvaerksted', 'Cykelværkstad')).toBe(false);
    expect(marksOnlyAdded('Cykelvaerksted', 'Cykelvæerksted')).toBe(false);
  });

  it('settles a seller printed twice whose readings differ in marks alone, once the re-read settles its marks', async () => {
    // (The footer read with PaddleOCR's French mark for the Finnish one: "Lumityô" beside the letterhead's "Lumityö".)
    const twice = async (printed: string, read: string, other: string, language: string) => {
      const { part, pages } = page(read, language);
      part.guessed = { 'seller.name': `printed twice, read as "${read}" and "${other}"` };
      const image = scan(printed);
      await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
      return { name: part.invoice.seller.name, unsure: part.doubtful!.unsure, guessed: part.guessed };
    };
    expect(await twice('Lapin Lumityö Oy', 'Lapin Lumityö Oy', 'Lapin Lumityô Oy', 'fin')).toEqual({ name: 'Lapin Lumityö Oy', unsure: [], guessed: undefined });
    // Readings apart in a letter, or a name the re-read leaves in doubt, keep the parser's doubt.
    const letter = 'printed twice, read as "Lapin Lumityö Oy" and "Lapin Lumitya Oy"';
    expect(await twice('Lapin Lumityö Oy', 'Lapin Lumityö Oy', 'Lapin Lumitya Oy', 'fin')).toEqual({ name: 'Lapin Lumityö Oy', unsure: [], guessed: { 'seller.name': letter } });
    const unsettled = 'printed twice, read as "Peter Noväk Elektroinštalácie" and "Peter Novak Elektroinštalácie"';
    expect(await twice('Peter Novák Elektroinštalácie', 'Peter Noväk Elektroinštalácie', 'Peter Novak Elektroinštalácie', 'slk')).toEqual({ name: 'Peter Novák Elektroinštalácie', unsure: ['seller.name'], guessed: { 'seller.name': unsettled } });
  });

  it('keeps the doubt of a name whose mark tesseract reads as another than OCR gave', async () => {
    // (Slovak writes ä: PaddleOCR's mark may be the name's own.)
    expect(await reread('Peter Novák Elektroinštalácie', 'Peter Noväk Elektroinštalácie', 'slk')).toEqual({ name: 'Peter Novák Elektroinštalácie', unsure: ['seller.name'] });
    expect(marksOnlyAdded('Hansen & Son ApS', 'Hansen & Søn ApS')).toBe(true);
    expect(marksOnlyAdded('Zielony Zakatek Sp. j.', 'Zielony Zakątek Sp. j.')).toBe(true);
    expect(marksOnlyAdded('Petr Noväk', 'Petr Novák')).toBe(false);
    expect(marksOnlyAdded('Sänchez Lôpez', 'Sánchez López')).toBe(false);
    expect(marksOnlyAdded('Noväk', 'Novák', 'slk')).toBe(false);
  });

  it('settles a name whose mark PaddleOCR gave as one the page\'s language does not write, as tesseract reads its own there', async () => {
    expect(await reread('Serwis IT Kraków Sp. z o.o.', 'Serwis IT Krakôw Sp. z o.o.', 'pol')).toEqual({ name: 'Serwis IT Kraków Sp. z o.o.', unsure: [] });
    expect(await reread('Petr Novák Elektroinstalace', 'Petr Noväk Elektroinstalace', 'ces')).toEqual({ name: 'Petr Novák Elektroinstalace', unsure: [] });
    expect(marksOnlyAdded('Sänchez Lôpez', 'Sánchez López', 'spa')).toBe(true);
    // Another base letter, a mark the language writes read as another it writes, or tesseract's mark not the language's: no.
    expect(marksOnlyAdded('Krakôw', 'Krakaw', 'pol')).toBe(false);
    expect(marksOnlyAdded('Dvořák', 'Dvořāk', 'ces')).toBe(false);
    expect(marksOnlyAdded('Krakôw', 'Krakõw', 'pol')).toBe(false);
    expect(marksOnlyAdded('Kováč', 'Kovác', 'ces')).toBe(false);
  });

  it("settles a Slovak name whose ä PaddleOCR gave where Slovak writes none (after no labial), as tesseract reads á there", async () => {
    expect(await reread('Tatra Stolárstvo s.r.o.', 'Tatra Stolärstvo s.r.o.', 'slk')).toEqual({ name: 'Tatra Stolárstvo s.r.o.', unsure: [] });
    expect(marksOnlyAdded('Povazskä', 'Považská', 'slk')).toBe(true);
    // After a labial Slovak writes ä ("mäso", "päť"): the two marks disagree. So they do on a page in another language that writes ä.
    expect(marksOnlyAdded('Noväk', 'Novák', 'slk')).toBe(false);
    expect(marksOnlyAdded('Mäsiarstvo', 'Másiarstvo', 'slk')).toBe(false);
    expect(marksOnlyAdded('Stolärstvo', 'Stolárstvo', 'est')).toBe(false);
    // A Slovak ä tesseract reads in a's place stays a disagreement too.
    expect(marksOnlyAdded('Stolárstvo', 'Stolärstvo', 'slk')).toBe(false);
  });

  it('settles a name whose mark tesseract reads as one OCR has no letter for, on the letter OCR marked', async () => {
    // PaddleOCR writes no ě: its é there is the nearest letter it had.
    expect(await reread('Město Kutná Hora', 'Mésto Kutna Hora', 'ces')).toEqual({ name: 'Město Kutná Hora', unsure: [] });
    expect(marksOnlyAdded('Mésto', 'Město', 'ces')).toBe(true);
    expect(marksOnlyAdded('Dvorák', 'Dvořák', 'ces')).toBe(true);
    // A mark OCR could have written (á, ä: a disagreement), one the language does not write, or on another letter: no.
    expect(marksOnlyAdded('Noväk', 'Novák', 'slk')).toBe(false);
    expect(marksOnlyAdded('Mésto', 'Mēsto', 'ces')).toBe(false);
    expect(marksOnlyAdded('Mésto', 'Mašto', 'ces')).toBe(false);
    expect(marksOnlyAdded('Mésto', 'Město')).toBe(false);
  });

  it('settles a name whose ring PaddleOCR\'s re-read of marks gave as two dots, as tesseract reads the ring there', async () => {
    expect(await reread('Bergström & Åkesson AB', 'Bergström & Äkesson AB', 'swe')).toEqual({ name: 'Bergström & Åkesson AB', unsure: [] });
    expect(marksOnlyAdded('Bergström & Äkesson AB', 'Bergström & Åkesson AB')).toBe(true);
    expect(marksOnlyAdded('Jan Rüžička', 'Jan Růžička')).toBe(true);
    // Only the ring's place: two dots for another letter's mark, or a ring where OCR read a bare letter
    // with dots elsewhere, stay a disagreement.
    expect(marksOnlyAdded('Äkesson', 'Ákesson')).toBe(false);
    expect(marksOnlyAdded('Bäck', 'Båcke')).toBe(false);
  });

  it('keeps the doubt of a name whose company form goes on, alone, on the row under it', async () => {
    expect(await reread('Marmara Gıda Pazarlama Ltd.', 'Marmara Gida Pazarlama Ltd.', 'tur', { text: 'Şti.', gap: 5, box: 6 })).toEqual({ name: 'Marmara Gıda Pazarlama Ltd.', unsure: ['seller.name'] });
    const row = (...texts: string[]): TextItem[] => texts.map((text, k) => ({ text, x: 0, y: 5 * k, width: 80, height: 5, page: 1, confidence: 90 }));
    expect(formGoesOn(row('Hurtownia Nowak Sp.', 'z o.o.'), 'Hurtownia Nowak Sp.')).toBe(true);
    expect(formGoesOn(row('ALICI', 'Marmara Gıda Pazarlama Ltd.', 'Şti.'), 'Marmara Gıda Pazarlama Ltd.')).toBe(true);
    expect(formGoesOn(row('Hansen & Søn ApS', 'Vesterbrogade 112, 1620 København V'), 'Hansen & Søn ApS')).toBe(false);
    expect(formGoesOn(row('Hansen & Søn ApS'), 'Hansen & Søn ApS')).toBe(false);
  });

  it('gives a Turkish name in capitals the dotted İ OCR read as a small i, and settles it: its capitals end in its form', async () => {
    expect(await reread('EGE TEKSTİL BOYA SANAYİ A.Ş.', 'EGE TEKSTiL BOYA SANAYi A.S.', 'tur')).toEqual({ name: 'EGE TEKSTİL BOYA SANAYİ A.Ş.', unsure: [] });
    expect(marksOnlyAdded('TEKSTiL SANAYi', 'TEKSTİL SANAYİ')).toBe(true);
    const row = (text: string): TextItem[] => [{ text, x: 0, y: 0, width: 80, height: 5, page: 1, confidence: 90 }];
    expect(markedReading(row('EGE TEKSTİL A.Ş.'), 'EGE TEKSTiL A.S.')).toBe('EGE TEKSTİL A.Ş.');
    // A small i among small letters is no capital: "Tekstil" is not "TEKSTİL" nor "Tekstİl".
    expect(markedReading(row('Tekstİl'), 'Tekstil')).toBeUndefined();
    expect(marksOnlyAdded('TEKSTiL', 'TEKSTIL')).toBe(false);
  });

  it('settles a Spanish name in capitals whose Í OCR read as a small i, as tesseract reads the Í there', async () => {
    expect(await reread('DISTRIBUIDORA MAULE FRUTÍCOLA SpA', 'DISTRIBUIDORA MAULE FRUTiCOLA SpA', 'spa')).toEqual({ name: 'DISTRIBUIDORA MAULE FRUTÍCOLA SpA', unsure: [] });
    expect(marksOnlyAdded('FRUTiCOLA', 'FRUTÍCOLA', 'spa')).toBe(true);
    // (A small i is no capital's place among small letters: "Frutícola" is "Frutícola" read bare, no Í.)
    expect(marksOnlyAdded('Fruticola', 'FrutÍcola', 'spa')).toBe(false);
  });

  it('settles a name in capitals that ends in its company form, read letter for letter', async () => {
    expect(await reread('SUPERMERCADOS DEL SUR AUSTRAL LTDA.', 'SUPERMERCADOS DEL SUR AUSTRAL LTDA.', 'spa')).toEqual({ name: 'SUPERMERCADOS DEL SUR AUSTRAL LTDA.', unsure: [] });
  });

  it('settles a name tesseract reads letter for letter', async () => {
    expect(await reread('Nordlys Design ApS', 'Nordlys Design ApS', 'dan')).toEqual({ name: 'Nordlys Design ApS', unsure: [] });
  });

  it('gives a name the ł PaddleOCR read as a "t", and settles it: the t is the ł\'s place', async () => {
    expect(await reread('Bałtyk Composites', 'Battyk Composites', 'pol')).toEqual({ name: 'Bałtyk Composites', unsure: [] });
    expect(await reread('Piekarnia Złoty Kłos', 'Piekarnia Ztoty Ktos', 'pol')).toEqual({ name: 'Piekarnia Złoty Kłos', unsure: [] });
    expect(marksOnlyAdded('Leasing Wista', 'Leasing Wisła')).toBe(true);
    const row = (text: string): TextItem[] => [{ text, x: 0, y: 0, width: 80, height: 5, page: 1, confidence: 90 }];
    expect(markedReading(row('Leasing Wisła sp. z o.o.'), 'Leasing Wista sp. z o.o.')).toBe('Leasing Wisła sp. z o.o.');
    // Only a "t" or an "l" is the ł's place: another letter there, or a t read where tesseract has another letter, disagrees.
    expect(marksOnlyAdded('Wisra', 'Wisła')).toBe(false);
    expect(markedReading(row('Leasing Wisła'), 'Leasing Wisra')).toBeUndefined();
    expect(marksOnlyAdded('Wista', 'Wisła Wista')).toBe(false);
    expect(marksOnlyAdded('Stal', 'Łtal')).toBe(false);
  });

  it("settles a name whose company form tesseract reads with a figure for a look-alike letter", async () => {
    expect(await reread('Hotel Zdrojowy Sp. z 0.0.', 'Hotel Zdrojowy Sp. z o.o.', 'pol')).toEqual({ name: 'Hotel Zdrojowy Sp. z o.o.', unsure: [] });
    const row = (text: string): TextItem[] => [{ text, x: 0, y: 0, width: 80, height: 5, page: 1, confidence: 90 }];
    expect(markedReading(row('Hotel Zdrojowy Sp. z 0.0.'), 'Hotel Zdrojowy Sp. z o.o.')).toBe('Hotel Zdrojowy Sp. z o.o.');
    expect(markedReading(row('Chmurnet Sp. Z 0.0.'), 'Chmurnet Sp. z o.o.')).toBe('Chmurnet Sp. z o.o.');
    // A figure in the name's own words, another letter in the form, or a name without a form: no reading.
    expect(markedReading(row('H0tel Zdrojowy Sp. z o.o.'), 'Hotel Zdrojowy Sp. z o.o.')).toBeUndefined();
    expect(markedReading(row('Hotel Zdrojowy Sp. z 0.a.'), 'Hotel Zdrojowy Sp. z o.o.')).toBeUndefined();
    expect(markedReading(row('Hotel Zdrojowy 8is'), 'Hotel Zdrojowy Bis')).toBeUndefined();
  });

  it('settles a name whose form wrapped onto a row tesseract is unsure of, when the form is written with no mark', () => {
    const rows = (...read: Array<[string, number]>): TextItem[] => read.map(([text, confidence], k) => ({ text, x: 0, y: 6 * k, width: 80, height: 5, page: 1, confidence }));
    const name = 'Limpiezas y Mantenimientos Aragoneses, S.L.';
    expect(markedReading(rows(['Limpiezas y Mantenimientos Aragoneses,', 96], ['e', 19], ['C/ Miguel Servet 140, nave 3', 96]), name)).toBe(name);
    expect(markedReading(rows(['Limpiezas y Mantenimientos Aragoneses,', 96], ['S.L.', 95]), name)).toBe(name);
    // A form read sure as another, a word of the name unsure, or a form written with a mark read bare: no reading.
    expect(markedReading(rows(['Limpiezas y Mantenimientos Aragoneses,', 96], ['S.A.', 95]), name)).toBeUndefined();
    expect(markedReading(rows(['Limpiezas y Mantenimientos Aragoneses,', 30], ['e', 19]), name)).toBeUndefined();
    expect(markedReading(rows(['Menuiserie Dubois', 96], ['e', 20]), 'Menuiserie Dubois Sarl')).toBeUndefined();
  });

  it('leaves a name OCR read with another letter in a mark\'s place, and its doubt', async () => {
    // "ą" read as "o": tesseract's "Zakątek" is another word, not "Zakotek" with a mark.
    expect(await reread('Zielony Zakątek Sp. j.', 'Zielony Zakotek Sp. j.', 'pol')).toEqual({ name: 'Zielony Zakotek Sp. j.', unsure: ['seller.name'] });
  });

  it('keeps the doubt of a name read letter for letter that does not read as a name', async () => {
    expect(await reread('SERRALHARIA COSTA', 'SERRALHARIA COSTA', 'por')).toEqual({ name: 'SERRALHARIA COSTA', unsure: ['seller.name'] });
  });

  it('leaves the doubt of a page whose language has no model installed', async () => {
    // Icelandic: its marks ("ð" a letter of its own) are not in package.json's models.
    expect(await reread('Kaffihúsið Bláa Kannan ehf.', 'Kaffihusid Blaa Kannan ehf.', 'isl')).toEqual({ name: 'Kaffihusid Blaa Kannan ehf.', unsure: ['seller.name'] });
  });

  it('settles no name that reads as a logo, a register number or a name cut where it wraps', () => {
    expect(['Nordlys Design ApS', 'Biuro Rachunkowe Kowalczyk s.c.', 'Joana Matos Ribeiro', 'Casa Verde Imobiliare S.R.L.', 'SUPERMERCADOS DEL SUR LTDA.'].filter(nameShaped)).toHaveLength(5);
    // A one-letter word that ends a whole company form (a Polish general or limited partnership) is no cut.
    expect(['Zielony Zakątek Sp. j.', 'Kowalski i Wspólnicy sp. k.'].filter(nameShaped)).toHaveLength(2);
    expect(['SERRALHARIA COSTA', 'J40/11842/2014', 'Hurtownia Papiernicza Nowak Sp. z', 'Tatranská stavebná spol. s'].filter(nameShaped)).toEqual([]);
  });

  it('gives a name wrapped over two rows its marks from a reading of both rows, and settles it', async () => {
    const invoice = emptyInvoice('EUR');
    invoice.buyer.name = 'Restaurante O Cantinho do Avo, Lda.';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['buyer.name'], marksOnly: ['buyer.name'], marksLanguage: 'por', computed: [] } };
    const rows: TextItem[] = [{ text: 'Restaurante O Cantinho do', ...ROW, page: 1, confidence: 93 }, { text: 'Avo, Lda.', x: ROW.x, y: ROW.y + 5, width: 30, height: ROW.height, page: 1, confidence: 94 }];
    const image = scan('Restaurante O Cantinho do', 'Avô, Lda.', 5);
    await readMarks([part], [{ page: 1, width: 150, height: 60, items: rows }], () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.buyer.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Restaurante O Cantinho do Avô, Lda.', unsure: [] });
    // The reading's two lines together show the name; one line alone does not.
    const lines = (...texts: string[]): TextItem[] => texts.map((text, k) => ({ text, x: 0, y: 5 * k, width: 80, height: 5, page: 1, confidence: 90 }));
    expect(markedReading(lines('Restaurante O Cantinho do', 'Avô, Lda.'), 'Restaurante O Cantinho do Avo, Lda.')).toBe('Restaurante O Cantinho do Avô, Lda.');
    expect(markedReading(lines('Restaurante O Cantinho do'), 'Restaurante O Cantinho do Avo, Lda.')).toBeUndefined();
  });

  it("reads again a name wrapped over two rows after its label on the first (\"Furnizor: Livada Bucovinei\" over \"S.R.L.\")", async () => {
    const invoice = emptyInvoice('RON');
    invoice.seller.name = 'Livada Bucovinei S.R.L.';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'ron', computed: [] } };
    const rows = (first: string): TextItem[] => [{ text: first, ...ROW, page: 1, confidence: 97 }, { text: 'S.R.L.', x: ROW.x, y: ROW.y + 5, width: 20, height: ROW.height, page: 1, confidence: 98 }];
    const image = scan('Furnizor: Livada Bucovinei', 'S.R.L.', 5);
    await readMarks([part], [{ page: 1, width: 150, height: 60, items: rows('Furnizor: Livada Bucovinei') }], () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Livada Bucovinei S.R.L.', unsure: [] });
  });

  it("reads again a name wrapped over two rows that was given its form's mark the rows were read without", async () => {
    const invoice = emptyInvoice('TRY');
    // (text-parts.ts wrote the rows' "Sti." as the Turkish "Şti." before the name was read from them.)
    invoice.buyer.name = 'Marmara Gida Pazarlama Ltd. Şti.';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['buyer.name'], marksOnly: ['buyer.name'], marksLanguage: 'tur', computed: [] } };
    const rows: TextItem[] = [{ text: 'Marmara Gida Pazarlama Ltd.', ...ROW, page: 1, confidence: 93 }, { text: 'Sti.', x: ROW.x, y: ROW.y + 5, width: 8, height: ROW.height, page: 1, confidence: 94 }];
    const image = scan('Marmara Gıda Pazarlama Ltd.', 'Şti.', 5);
    await readMarks([part], [{ page: 1, width: 150, height: 60, items: rows }], () => ({ image: async () => image, dpi: DPI }), ocr);
    expect(part.invoice.buyer.name).toBe('Marmara Gıda Pazarlama Ltd. Şti.');
  });

  it('reads again a name wrapped over two rows whose form was written as printed, its rows read with a Z and zeros', async () => {
    const invoice = emptyInvoice('PLN');
    // (text-parts.ts wrote the rows' "Sp. Z" over "0.0." as the form "Sp. z o.o." before the name was read from them.)
    invoice.seller.name = 'Hurtownia Papiernicza Nowak Sp. z o.o.';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'pol', computed: [] } };
    const rows: TextItem[] = [{ text: 'Hurtownia Papiernicza Nowak Sp. Z', ...ROW, page: 1, confidence: 93 }, { text: '0.0.', x: ROW.x, y: ROW.y + 5, width: 8, height: ROW.height, page: 1, confidence: 96 }];
    const image = scan('Hurtownia Papiernicza Nowak Sp. z', 'o.o.', 5);
    await readMarks([part], [{ page: 1, width: 150, height: 60, items: rows }], () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Hurtownia Papiernicza Nowak Sp. z o.o.', unsure: [] });
  });

  it('takes a reading only of every word of the name, each sure, none losing a mark', () => {
    const row = (text: string, confidence = 90): TextItem[] => [{ text, x: 0, y: 0, width: 80, height: 5, page: 1, confidence }];
    expect(markedReading(row('Sprzedawca: Biuro Kowalczyk, NIP'), 'Biuro Kowalczyk')).toBe('Biuro Kowalczyk');
    expect(markedReading(row('Hansen & Søn ApS'), 'Hansen & Son ApS')).toBe('Hansen & Søn ApS');
    expect(markedReading(row('Hansen & Søn ApS', 40), 'Hansen & Son ApS')).toBeUndefined();
    expect(markedReading(row('Hansen & Son'), 'Hansen & Son ApS')).toBeUndefined();
    expect(markedReading(row('Cafe Norrebro'), 'Café Norrebro')).toBeUndefined();
    expect(markedReading(row('Hansen & Sen ApS'), 'Hansen & Son ApS')).toBeUndefined();
  });
});

describe('the names in doubt only for the marks of the page\'s language', () => {
  const item = (text: string, confidence = 99): TextItem => ({ text, x: 10, y: 10, width: 40, height: 4, page: 1, confidence });
  const doubts = (seller: string | TextItem, buyer: string, ...words: string[]) => {
    const invoice = emptyInvoice('EUR');
    const letterhead = typeof seller === 'string' ? item(seller) : seller;
    invoice.seller.name = letterhead.text;
    invoice.buyer.name = buyer;
    return doubtfulFields(invoice, [{ page: 1, width: 210, height: 297, items: [letterhead, item(buyer), ...words.map((w) => item(w))] }]);
  };

  it('names them, with the tesseract model of the language most of the page\'s words are in', () => {
    const polish = ['Faktura VAT nr 12/2025', 'Sprzedawca:', 'Nabywca:', 'NIP 525-000-00-00', 'Razem do zapłaty'];
    expect(doubts('Biuro Kowalczyk s.c.', 'Trans-Warta Spedycja', ...polish)).toMatchObject({ unsure: ['seller.name', 'buyer.name'], marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'pol' });
    const danish = ['Faktura', 'Fakturanr.: 2025-118', 'Forfaldsdato: 05.04.2025', 'Beløb', 'Moms 25 %'];
    expect(doubts('Nordlys Design ApS', 'Limfjord Hotel A/S', ...danish)).toMatchObject({ marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'dan' });
    // Swedish as OCR reads it: no short word, and the invoice words Danish shares ("Faktura", "Moms").
    const swedish = ['Faktura', 'Fakturanr', 'Momsreg.nr', 'Moms 25 %', 'Att betala', 'Bankgiro 5050-1055', 'Förfallodatum'];
    expect(doubts('Norrskog Maskin AB', 'Bergkvist Entreprenad AB', ...swedish)).toMatchObject({ marksLanguage: 'swe' });
    // Latvian and Lithuanian as OCR reads them, their marks lost ("REKINS", "Piegadatajs", "Rigas" for "Rīgas").
    const latvian = ['PVN REKINS Nr. RIT-2025/118', 'Piegadatajs:', 'Sanemejs:', 'PVN Nr.: LV40103123456', 'Serveru uzraudziba un rezerves kopijas', 'Kopa apmaksai EUR 2 843,50'];
    expect(doubts('SIA "Rigas IT serviss"', 'SIA "Daugavas logistika"', ...latvian)).toMatchObject({ marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'lav' });
    const lithuanian = ['PVM SASKAITA FAKTURA', 'Pardavejas:', 'Pirkejas:', 'PVM kodas LT100001234', 'Moketi: 1 500,40 EUR'];
    expect(doubts('UAB Vilniaus spaudos centras', 'MB Siaures kava', ...lithuanian)).toMatchObject({ marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'lit' });
    // Finnish as OCR reads it, one of two i's and marks lost ("Vitenumero", "Erapaiva", "Kinteistohuolto" for "Kiinteistöhuolto").
    const finnish = ['LASKU', 'Laskun numero', 'Erapaiva 08.12.2025', 'Vitenumero', 'Veroton hinta yhteensä', 'Arvonlisävero 25,5 %', 'Yhteensä EUR'];
    expect(doubts('Lapin Lumityö Oy', 'Rovaniemen Kinteistohuolto Oy', ...finnish)).toMatchObject({ marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'fin' });
  });

  it('names one OCR is unsure of a letter of too: the re-read, sure of each word, is a second reading', () => {
    const croatian = ['RAČUN br. 2025-118', 'Kupac:', 'Datum računa', 'Ukupno za platiti', 'PDV 13 %'];
    const unsure = { ...item('Ivana Horvat', 42), charConfidence: [...'Ivana Horvat'].map((_, i) => (i === 10 ? 42 : 99)) };
    expect(doubts('Plin Slavonija d.o.o.', 'Ivana Horvat', ...croatian, 'Kupac:')).toMatchObject({ marksOnly: ['seller.name', 'buyer.name'] });
    const page = { page: 1, width: 210, height: 297, items: [item('Plin Slavonija d.o.o.'), unsure, ...croatian.map((w) => item(w))] };
    const invoice = emptyInvoice('EUR');
    invoice.seller.name = 'Plin Slavonija d.o.o.';
    invoice.buyer.name = 'Ivana Horvat';
    expect(doubtfulFields(invoice, [page])).toMatchObject({ unsure: ['seller.name', 'buyer.name'], marksOnly: ['seller.name', 'buyer.name'], marksLanguage: 'hrv' });
    expect(doubtfulFields(invoice, [page]).uncertainOnly).toBeUndefined();
  });

  it('leaves out a name in doubt for another reason too, and gives no model when two languages are as likely', () => {
    // "Nordlys" run into its next word: more than its marks put it in doubt.
    const danish = ['Faktura', 'Fakturanr.: 2025-118', 'Beløb', 'Moms 25 %'];
    expect(doubts('NordlysDesign ApS', 'Limfjord Hotel A/S', ...danish)).toMatchObject({ unsure: ['seller.name', 'buyer.name'], marksOnly: ['buyer.name'] });
    // Words Danish and Norwegian share ("Faktura", "og", "til"): either model.
    const nordic = doubts('Nordlys Design ApS', 'Limfjord Hotel A/S', 'Faktura', 'Betaling til konto', 'Varer og tjenester', 'Total');
    expect(nordic.unsure).toEqual(['seller.name', 'buyer.name']);
    expect(nordic.marksLanguage).toBeUndefined();
  });
});

describe('the marks of a French name that OCR has no letter for', () => {
  /** A French page's seller printed as `printed`, read by OCR as `read` and in no doubt, after the re-read. */
  async function french(printed: string, read: string) {
    const invoice = emptyInvoice('EUR');
    invoice.seller.name = read;
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: [], frenchNames: ['seller.name'], computed: [] } };
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [{ text: read, ...ROW, page: 1, confidence: 99 }] }];
    const image = scan(printed, 'ZA des Blaches, 07300 Tournon-sur-Rhône');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    return { name: part.invoice.seller.name, unsure: part.doubtful!.unsure };
  }

  it('gives the name the ô, â or ç French\'s model reads, letter for letter otherwise', async () => {
    expect(await french('Signalisation Rhône-Alpes SAS', 'Signalisation Rhone-Alpes SAS')).toEqual({ name: 'Signalisation Rhône-Alpes SAS', unsure: [] });
    expect(await french('Maçonnerie Côte Bleue SARL', 'Maconnerie Cote Bleue SARL')).toEqual({ name: 'Maçonnerie Côte Bleue SARL', unsure: [] });
  });

  it('leaves a name printed without them, and a mark OCR could have given itself', async () => {
    expect(await french('Signalisation Rhone-Alpes SAS', 'Signalisation Rhone-Alpes SAS')).toEqual({ name: 'Signalisation Rhone-Alpes SAS', unsure: [] });
    // (é is in OCR's dictionary: the accents' re-read of the page's words is the one to give it.)
    expect(await french('Société Côtière SARL', 'Societe Cotiere SARL')).toEqual({ name: 'Societe Cotiere SARL', unsure: [] });
  });

  /** The same with the page's words, so the name's doubts are the page's (doubtfulFields), then the re-read. */
  async function frenchDoubts(printed: string, read: string) {
    const invoice = emptyInvoice('EUR');
    invoice.seller.name = read;
    const row = { text: read, ...ROW, page: 1, confidence: 99 };
    const words = ['Facture n° F2025-1193', 'Total HT', 'TVA 20 %', 'Net à payer TTC', 'Paiement par virement'].map((text, k) => ({ text, x: 10, y: 45 + 3 * k, width: 40, height: 2.5, page: 1, confidence: 99 }));
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [row, ...words] }];
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: doubtfulFields(invoice, pages) };
    const before = [...part.doubtful!.unsure];
    const image = scan(printed, '2 place des Remparts, 26000 Valence');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    return { before, name: part.invoice.seller.name, unsure: part.doubtful!.unsure };
  }

  it('settles "Hotel", a word French writes with a mark, once the re-read gives it its ô', async () => {
    expect(await frenchDoubts('Hôtel des Remparts SAS', 'Hotel des Remparts SAS')).toEqual({ before: ['seller.name'], name: 'Hôtel des Remparts SAS', unsure: [] });
    expect(await frenchDoubts('Hôtel Côte Sauvage SARL', 'Hotel Cote Sauvage SARL')).toEqual({ before: ['seller.name'], name: 'Hôtel Côte Sauvage SARL', unsure: [] });
  });

  it('keeps the doubt when the re-read gives no mark, or one word still lacks it', async () => {
    // Printed without its mark, or read so: nothing says which.
    expect(await frenchDoubts('Hotel des Remparts SAS', 'Hotel des Remparts SAS')).toEqual({ before: ['seller.name'], name: 'Hotel des Remparts SAS', unsure: ['seller.name'] });
    // "Electricite" keeps its doubt: its é is one OCR itself may give (the accents' re-read), not the French re-read.
    expect(await frenchDoubts('Hôtel Electricité SARL', 'Hotel Electricite SARL')).toMatchObject({ before: ['seller.name'], unsure: ['seller.name'] });
  });

  it('reads the names of a page in French, and a French party\'s name on another page', () => {
    const item = (text: string): TextItem => ({ text, x: 10, y: 10, width: 40, height: 4, page: 1, confidence: 99 });
    const names = (...words: string[]) => {
      const invoice = emptyInvoice('EUR');
      invoice.seller.name = 'Signalisation Rhone-Alpes SAS';
      invoice.buyer.name = 'Commune de Saint-Jean';
      return doubtfulFields(invoice, [{ page: 1, width: 210, height: 297, items: [item(invoice.seller.name), item(invoice.buyer.name), ...words.map(item)] }]).frenchNames;
    };
    expect(names('Facture n° F2025-1193', 'Total HT', 'TVA 20 %', 'Net à payer TTC', 'Paiement par mandat')).toEqual(['seller.name', 'buyer.name']);
    // (On a page in English, the seller French by its form is read as French still; the buyer, of no form or country, is not.)
    expect(names('Invoice no. 2025-1193', 'Amount due', 'Tax 20 %', 'Total', 'Payment by transfer')).toEqual(['seller.name']);
  });
});

describe('a name whose form OCR read in other case', () => {
  it('is read again on the row that prints it so: "As" read for the Norwegian "AS"', async () => {
    const invoice = emptyInvoice('NOK');
    invoice.seller.name = 'Trondelag Maskinservice AS';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'nor', computed: [] } };
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [{ text: 'Trondelag Maskinservice As', ...ROW, page: 1, confidence: 99 }] }];
    const image = scan('Trøndelag Maskinservice AS', 'Industriveien 22, 7500 Stjørdal');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Trøndelag Maskinservice AS', unsure: [] });
  });

  it('is read again on the row OCR read with a figure for a letter: "Meblotech Sp. z o.0." for "Meblotech Sp. z o.o."', async () => {
    const invoice = emptyInvoice('PLN');
    invoice.seller.name = 'Meblotech Sp. z o.o.';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'pol', computed: [] } };
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [{ text: 'Meblotech Sp. z o.0.', ...ROW, page: 1, confidence: 83 }] }];
    const image = scan('Meblotech Sp. z o.o.', 'ul. Fabryczna 12, 62-035 Kórnik');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Meblotech Sp. z o.o.', unsure: [] });
  });

  it('is read again on the row OCR read with an l for its capital I: "lvana Horvat" for "Ivana Horvat"', async () => {
    const invoice = emptyInvoice('EUR');
    invoice.seller.name = 'Ivana Horvat';
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: { unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'hrv', computed: [] } };
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [{ text: 'lvana Horvat', ...ROW, page: 1, confidence: 42 }] }];
    const image = scan('Ivana Horvat', 'Ulica Matije Gupca 14, 31000 Osijek');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: 'Ivana Horvat', unsure: [] });
  });
});

describe('a German name whose umlaut OCR read bare', () => {
  /** A German page's seller printed as `printed`, read by OCR as `read`: its doubts (doubtfulFields), then the re-read. */
  async function german(printed: string, read: string, words = ['Rechnung Nr. 2025.11.0042', 'Summe netto', 'zzgl. 20 % USt', 'Gesamtbetrag', 'Zahlbar mit Überweisung']) {
    const invoice = emptyInvoice('EUR');
    invoice.seller.name = read;
    const row = { text: read, ...ROW, page: 1, confidence: 99 };
    const rows = words.map((text, k) => ({ text, x: 10, y: 45 + 3 * k, width: 40, height: 2.5, page: 1, confidence: 99 }));
    const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [row, ...rows] }];
    const part: SourcedInvoice = { source: 'ocr', invoice, doubtful: doubtfulFields(invoice, pages) };
    const before = { unsure: [...part.doubtful!.unsure], language: part.doubtful!.marksLanguage };
    const image = scan(printed, 'Triester Straße 220, 8055 Graz');
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    return { before, name: part.invoice.seller.name, unsure: part.doubtful!.unsure };
  }

  it('doubts a word German writes with its mark, and takes the mark German\'s model reads', async () => {
    expect(await german('Bauträger Steinhof GmbH', 'Bautrager Steinhof GmbH')).toEqual({ before: { unsure: ['seller.name'], language: 'deu' }, name: 'Bauträger Steinhof GmbH', unsure: [] });
    expect(await german('Westerwald Fördersysteme GmbH', 'Westerwald Fordersysteme GmbH')).toEqual({ before: { unsure: ['seller.name'], language: 'deu' }, name: 'Westerwald Fördersysteme GmbH', unsure: [] });
  });

  it('keeps the doubt when the re-read reads the word bare too; a name without such a word, or on a page in English, is none', async () => {
    expect(await german('Bautrager Steinhof GmbH', 'Bautrager Steinhof GmbH')).toMatchObject({ name: 'Bautrager Steinhof GmbH', unsure: ['seller.name'] });
    expect(await german('Grundbau Steinhof GmbH', 'Grundbau Steinhof GmbH')).toMatchObject({ before: { unsure: [] }, unsure: [] });
    expect(await german('Bautrager Steinhof GmbH', 'Bautrager Steinhof GmbH', ['Invoice no. 2025-0042', 'Amount due', 'Tax 20 %', 'Total', 'Payment by transfer'])).toMatchObject({ before: { unsure: [] } });
  });
});

describe('a German mark OCR read as another letter or mark', () => {
  it('reads again a ß read as a capital B and an umlaut read as a circumflex, and takes German\'s reading', async () => {
    const invoice = emptyInvoice('EUR');
    const item = (text: string, y: number): TextItem => ({ text, x: 10, y, width: 40, height: 2.5, page: 1, confidence: 99 });
    const words = ['Rechnung Nr. 2025-118', 'Summe netto', 'zzgl. 19 % USt', 'Gesamtbetrag', 'Zahlbar ohne Abzug'].map((t, k) => item(t, 45 + 3 * k));
    for (const [printed, read] of [['Naturkost Großhandel Weser GmbH', 'Naturkost GroBhandel Weser GmbH'], ['Steirische Baustoffe Pölzl GmbH', 'Steirische Baustoffe Pôlzl GmbH']]) {
      invoice.seller.name = read;
      const pages: PageText[] = [{ page: 1, width: 150, height: 60, items: [{ text: read, ...ROW, page: 1, confidence: 99 }, ...words] }];
      const part: SourcedInvoice = { source: 'ocr', invoice: { ...invoice, seller: { ...invoice.seller } }, doubtful: doubtfulFields(invoice, pages) };
      expect(part.doubtful).toMatchObject({ unsure: ['seller.name'], marksOnly: ['seller.name'], marksLanguage: 'deu' });
      const image = scan(printed, 'Hafenstraße 12, 28217 Bremen');
      await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
      expect({ name: part.invoice.seller.name, unsure: part.doubtful!.unsure }).toEqual({ name: printed, unsure: [] });
    }
    // A capital B inside a word of a name written so is no ß: not read again for a German mark.
    invoice.seller.name = 'MediaBox Werbetechnik GmbH';
    expect(doubtfulFields(invoice, [{ page: 1, width: 150, height: 60, items: [{ text: invoice.seller.name, ...ROW, page: 1, confidence: 99 }, ...words] }]).marksOnly).toBeUndefined();
  });
});

describe("a name read again in the language its own party tells", () => {
  /** A page in English (no marks language) whose seller's party tells its language: `nameLanguages` alone. */
  async function rereadIn(printed: string, read: string, language: string) {
    const { part, pages } = page(read, language);
    part.doubtful = { unsure: ['seller.name'], marksOnly: ['seller.name'], nameLanguages: { 'seller.name': language }, computed: [] };
    const image = scan(printed);
    await readMarks([part], pages, () => ({ image: async () => image, dpi: DPI }), ocr);
    return { name: part.invoice.seller.name, unsure: part.doubtful!.unsure };
  }

  it("gives a Danish name on an English page its æ, which PaddleOCR read as an e, and settles it", async () => {
    expect(await rereadIn('Lydværket ApS', 'Lydverket ApS', 'dan')).toEqual({ name: 'Lydværket ApS', unsure: [] });
    expect(marksOnlyAdded('Lydverket ApS', 'Lydværket ApS')).toBe(true);
    // Another letter where tesseract reads the æ disagrees.
    expect(marksOnlyAdded('Lydvirket ApS', 'Lydværket ApS')).toBe(false);
  });

  it("keeps the doubt of an Irish name whose word Irish marks tesseract reads bare too", async () => {
    expect(await rereadIn('Uisce Eireann', 'Uisce Eireann', 'gle')).toEqual({ name: 'Uisce Eireann', unsure: ['seller.name'] });
  });
});
