/**
 * A page in Cyrillic or Greek that PaddleOCR read as the Latin letters that look alike is read again with
 * tesseract's models of that script. The page is real pixels (DejaVu Sans, a scanner's 200 dpi, noise, JPEG)
 * read by the real tesseract.js models; PaddleOCR's reading of it is the look-alike Latin it gives
 * ("KPEHHTHO H3BECTHE", "TIMOAOTIO"), from a stand-in engine.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import { cyrillicReadAsLatin, greekReadAsLatin, withCyrillicSigns } from '../../src/extract/ocr-script.js';
import { textParts } from '../../src/extract/text-parts.js';
import type { OcrResult } from '../../src/ocr/types.js';
import { scannedJpeg } from '../ocr/helpers.js';

GlobalFonts.registerFromPath('/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', 'DejaVu Sans');

const DPI = 200;
const px = (mm: number) => Math.round((mm * DPI) / 25.4);

/** A Bulgarian invoice's rows: where each starts (mm) and its text. */
const ROWS: Array<[number, number, string]> = [
  [20, 20, 'ФАКТУРА'],
  [20, 28, 'Номер: 0000001207'],
  [20, 34, 'Дата на издаване: 12.10.2025'],
  [20, 46, 'Доставчик:'],
  [110, 46, 'Получател:'],
  [20, 52, 'Балкан Трейд ЕООД'],
  [110, 52, 'Струма Строй ООД'],
  [20, 58, 'ул. Витоша 14, София'],
  [110, 58, 'бул. Марица 9, Пловдив'],
  [20, 64, 'ЕИК: 204418227'],
  [110, 64, 'ЕИК: 115882041'],
  [20, 80, 'Доставка на строителни материали'],
  [150, 80, '500,00'],
  [110, 96, 'Данъчна основа:'],
  [150, 96, '500,00 лв.'],
  [110, 102, 'ДДС:'],
  [150, 102, '100,00 лв.'],
  [110, 108, 'Сума за плащане:'],
  [150, 108, '600,00 лв.'],
];

/** PaddleOCR's Latin for the Cyrillic letters it has no glyphs of: the look-alikes it reads instead. */
const LOOK_ALIKE: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', З: '3', Ф: 'Φ', П: 'Ⅱ', Д: 'A', Г: 'T', И: 'H', Л: 'JI', Ч: '4', Ъ: 'b', Ь: 'b', Ю: 'IO', Я: 'A', Ж: 'K', Ш: 'III', Щ: 'III', Б: '6', Й: 'H', Ц: 'U',
  а: 'a', в: 'B', е: 'e', к: 'K', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T', у: 'y', х: 'x', з: '3', ф: 'Φ', п: 'Ⅱ', д: 'A', г: 'r', и: 'H', л: 'JI', ч: '4', ъ: 'b', ь: 'b', ю: 'io', я: 'a', ж: 'K', ш: 'III', щ: 'III', б: '6', й: 'H', ц: 'u',
};
const asLatin = (text: string) => [...text].map((c) => LOOK_ALIKE[c] ?? c).join('');

function scan(rows = ROWS): Uint8Array {
  const canvas = createCanvas(px(210), px(148));
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#101010';
  g.font = `${px(3.5)}px "DejaVu Sans"`;
  for (const [x, y, text] of rows) g.fillText(text, px(x), px(y + 3.2));
  return scannedJpeg(canvas, 11);
}

/** PaddleOCR's reading of the page: every row in look-alike Latin, surely read. */
function latinReading(rows = ROWS, lookAlike = asLatin): OcrResult {
  const lines = rows.map(([x, y, text]) => {
    const read = lookAlike(text);
    const bbox = { x0: px(x), y0: px(y), x1: px(x) + px(2) * read.length, y1: px(y + 4) };
    return { text: read, confidence: 96, bbox, baseline: { y0: bbox.y1, y1: bbox.y1 }, words: [{ text: read, confidence: 96, bbox }] };
  });
  return { text: lines.map((l) => l.text).join('\n'), confidence: 96, words: lines.flatMap((l) => l.words), lines, width: px(210), height: px(148) };
}

const paddle = async () => ({ recognize: async () => latinReading() });
const ocr = new LazyOcr({ langs: 'chi_sim+eng', engine: 'auto', dpi: DPI, recycleAfter: 50 }, 1, paddle);
afterAll(() => ocr.dispose());

const page = (...texts: string[]): PageText => ({ page: 1, width: 210, height: 297, items: texts.map((text, i) => ({ text, x: 20, y: 20 + 6 * i, width: 80, height: 4, page: 1, confidence: 96 })) });

describe('a Cyrillic page PaddleOCR read as Latin', () => {
  it('is told by the look-alike words, a Latin page is not', () => {
    expect(cyrillicReadAsLatin(page(...ROWS.map(([, , text]) => asLatin(text))))).toBe(true);
    // The page of the scan: "KPEHHTHO H3BECTHE", "ΦaKTypa", "HaTa Ha H3TaBaHe".
    expect(cyrillicReadAsLatin(page('KPEHHTHO H3BECTHE', 'HaTa Ha H3TaBaHe: 21.11.2025', 'KbM ΦaKTypa No 0000004480 oT', 'HoJIyyaTen: CyeTOBOIHa KbIHa', 'IocTaBuHK: TpaKHA OΦHC', 'CyMa 3a IIaIHIaHe: 288,00 IB.'))).toBe(true);
    // Small letters before a capital in a Latin page's names and forms, and Serbian or Polish in Latin letters.
    expect(cyrillicReadAsLatin(page('Rechnung Nr. 2025-114', 'Müller Logistik GmbH', 'PixelForge Studio GmbH', 'McKinsey & Company', 'Brückner GmbH & Co. KG', 'Gesamtbetrag 1.190,00 EUR'))).toBe(false);
    expect(cyrillicReadAsLatin(page('Račun broj 114/2025', 'Prodavac: Tehnomarket d.o.o.', 'Kupac: Stanković i sinovi', 'Iznos za uplatu: 12.400,00 RSD', 'Faktura VAT nr FV/11/2025', 'Sprzedawca: Zielony Zakątek Sp. j.'))).toBe(false);
  });

  it('reads the page again with the Cyrillic models, and its parties and totals read', async () => {
    const text = await ocr.pageText(scan(), { dpi: DPI, page: 1 });
    const invoice = textParts([text], 'ocr', [])[0]!.invoice;
    expect({ seller: invoice.seller.name, buyer: invoice.buyer.name, amount: invoice.amount, tax: invoice.taxAmount, total: invoice.totalAmount, currency: invoice.currency })
      .toEqual({ seller: 'Балкан Трейд ЕООД', buyer: 'Струма Строй ООД', amount: 500, tax: 100, total: 600, currency: 'BGN' });
  });

  it('gives back the number and percent signs the Cyrillic models read as letters and figures', () => {
    const rows = (...texts: Array<[number, number, string]>): PageText => ({ page: 1, width: 210, height: 297, items: texts.map(([x, y, text]) => ({ text, x, y, width: 80, height: 4, page: 1, confidence: 93 })) });
    // A Bulgarian invoice as tesseract's bul read its scan: "№" as "Ме", "Ne"; "20 %" as "2096", "20 90".
    const read = (vat: string) => rows([20, 20, 'ФАКТУРА'], [20, 28, 'Ме 0000004471 ОРИГИНАЛ'], [20, 34, 'Дата на издаване: 14.11.2025'],
      [20, 46, 'Получател: Хотел Пампорово Резорт АД'], [110, 46, 'Доставчик: Родопа Текстил ЕООД'], [20, 52, 'ДДС Ne: BG203118447'], [110, 52, 'ДДС Ne: BG120622078'],
      [110, 96, 'Данъчна основа: 6 180,00 лв.'], [110, 102, vat], [110, 108, 'Сума за плащане: 7 416,00 лв.']);
    for (const vat of ['Начислен ДДС 2096: 1 236,00 лв.', 'ДДС 20 90: 1 236,00 лв.']) {
      const page = withCyrillicSigns(read(vat));
      expect(page.items.map((i) => i.text).filter((t) => /№|%/.test(t))).toEqual(['№ 0000004471 ОРИГИНАЛ', 'ДДС №: BG203118447', 'ДДС №: BG120622078', vat.replace(/ ?9[06]:/, ' %:')]);
      const invoice = textParts([page], 'ocr', [])[0]!.invoice;
      expect({ number: invoice.number, amount: invoice.amount, tax: invoice.taxAmount, total: invoice.totalAmount }, vat).toEqual({ number: '0000004471', amount: 6180, tax: 1236, total: 7416 });
    }
    // A header row's sign before its next label, a rate in brackets, a date's stop read as a colon.
    expect(withCyrillicSigns(rows([20, 20, 'Мо Дата на издаване: Дата на данъчното събитие:'], [20, 26, '0000004512 17:11.2025:г: 14.11.2025 г.'], [20, 40, 'Основица за ПДВ (2090) 252.500,00'], [20, 46, 'Износ ПДВ 2096'])).items.map((i) => i.text))
      .toEqual(['№ Дата на издаване: Дата на данъчното събитие:', '0000004512 17.11.2025:г: 14.11.2025 г.', 'Основица за ПДВ (20 %) 252.500,00', 'Износ ПДВ 20 %']);
    // A figure of the row's own (a rate's 9 %, an amount) is no sign.
    expect(withCyrillicSigns(rows([20, 20, 'ДДС 9 %: 90,00 лв.'], [20, 30, 'Общо 960,00 лв.'])).items.map((i) => i.text)).toEqual(['ДДС 9 %: 90,00 лв.', 'Общо 960,00 лв.']);
  });
});

/** A Greek invoice's rows: where each starts (mm) and its text. */
const GREEK_ROWS: Array<[number, number, string]> = [
  [20, 20, 'ΤΙΜΟΛΟΓΙΟ ΠΑΡΟΧΗΣ ΥΠΗΡΕΣΙΩΝ'],
  [20, 28, 'Αριθμός: 0083'],
  [20, 34, 'Ημερομηνία: 26/11/2025'],
  [20, 46, 'Στοιχεία εκδότη'],
  [110, 46, 'Στοιχεία πελάτη'],
  [20, 52, 'Κρητική Θερμοτεχνική Ε.Π.Ε.'],
  [110, 52, 'Ξενοδοχείο Αμμουδάρα Ο.Ε.'],
  [20, 58, 'Λεωφ. Κνωσού 212, Ηράκλειο'],
  [110, 58, 'Παραλία Αμμουδάρας, Ηράκλειο'],
  [20, 64, 'ΑΦΜ: 998412705'],
  [110, 64, 'ΑΦΜ: 082417733'],
  [20, 80, 'Θερμοσίφωνας 160 λίτρα'],
  [150, 80, '970,00'],
  [110, 96, 'Καθαρή αξία: 970,00 €'],
  [110, 102, 'ΦΠΑ 24%: 232,80 €'],
  [110, 108, 'Πληρωτέο ποσό: 1.202,80 €'],
];

/**
 * PaddleOCR's reading of Greek: the capitals and the small letters it has no glyphs of as the Latin that
 * look alike, λ as 入, the few Greek small letters it has (α ε θ μ π) and Φ as they are.
 */
const GREEK_LOOK_ALIKE: Record<string, string> = {
  Α: 'A', Β: 'B', Γ: 'T', Δ: '△', Ε: 'E', Ζ: 'Z', Η: 'H', Θ: '0', Ι: 'I', Κ: 'K', Λ: 'A', Μ: 'M', Ν: 'N', Ξ: 'E', Ο: 'O', Π: 'II', Ρ: 'P', Σ: 'E', Τ: 'T', Υ: 'Y', Χ: 'X', Ψ: 'Y', Ω: 'Q',
  ά: 'α', β: 'B', γ: 'y', δ: '8', έ: 'ε', ζ: 'z', η: 'n', ή: 'n', ι: 'i', ί: 'i', κ: 'k', λ: '入', ν: 'v', ξ: 'E', ο: 'o', ό: 'o', ρ: 'p', σ: 'o', ς: 'c', τ: 't', υ: 'u', ύ: 'u', ϋ: 'u', φ: 'Φ', χ: 'x', ψ: 'y', ω: 'w', ώ: 'w',
};
const greekAsLatin = (text: string) => [...text].map((c) => GREEK_LOOK_ALIKE[c] ?? c).join('');

describe('a Greek page PaddleOCR read as Latin', () => {
  const greekOcr = new LazyOcr({ langs: 'chi_sim+eng', engine: 'auto', dpi: DPI, recycleAfter: 50 }, 1, async () => ({ recognize: async () => latinReading(GREEK_ROWS, greekAsLatin) }));
  afterAll(() => greekOcr.dispose());

  it('is told by the words of Latin letters with a Greek one among them, a Western page of a Greek firm is not', () => {
    expect(greekReadAsLatin(page(...GREEK_ROWS.map(([, , text]) => greekAsLatin(text))))).toBe(true);
    // The scan's own reading: "Hμεpoμnviα: 26/11/2025", "Aewp. Kvwoou 212, 71409 HpαKAε10".
    expect(greekReadAsLatin(page('OEPMOYAPAYAIKH KPHTHE E.II.E. HIETQTIKO TIMOAOTIO', 'Zeipα: H1 Api0μoc: 0083', 'Aewp. Kvwoou 212, 71409 HpαKAε10 Hμεpoμnviα: 26/11/2025', 'AΦM: 998412705 : 0Y: HpαKAei0v', 'Enwvvuiα: Eevodoxeto Aμpov8apα O.E.', 'HapαAiα Auμou8αpac, 71414 HpαkAeio'))).toBe(true);
    // An English invoice of a Greek firm: its tax office's and its city's Greek words are a few of many.
    expect(greekReadAsLatin(page('Aegean Coastal Logistics S.A.', '14 Akti Miaouli, 185 38 Piraeus, Greece Series TNY-B', 'AΦM / VAT no.: EL094512773 · OY: ΦAE Issue date 21/11/2025', 'Thessaloniki Agro Exports S.A. B/L MSCU 7741 2209',
      'AΦM / VAT no.: EL800123456 · OY: ΦAE Port of loading: Piraeus', 'DeaoαAoviknc', 'Code Description of service Qty Unit VAT Value', 'Terminal handling at Piraeus PCT, export', 'Please quote the invoice number with your payment.'))).toBe(false);
  });

  it('reads the page again with the Greek model, and its parties and totals read', async () => {
    const text = await greekOcr.pageText(scan(GREEK_ROWS), { dpi: DPI, page: 1 });
    const invoice = textParts([text], 'ocr', [])[0]!.invoice;
    expect({ number: invoice.number, seller: invoice.seller.name, buyer: invoice.buyer.name, amount: invoice.amount, tax: invoice.taxAmount, total: invoice.totalAmount, currency: invoice.currency })
      .toEqual({ number: '0083', seller: 'Κρητική Θερμοτεχνική Ε.Π.Ε.', buyer: 'Ξενοδοχείο Αμμουδάρα Ο.Ε.', amount: 970, tax: 232.8, total: 1202.8, currency: 'EUR' });
  });
});
