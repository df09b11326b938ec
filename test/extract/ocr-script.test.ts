/**
 * A page in Cyrillic that PaddleOCR read as the Latin letters that look alike is read again with
 * tesseract's Cyrillic models. The page is real pixels (DejaVu Sans, a scanner's 200 dpi, noise, JPEG)
 * read by the real tesseract.js models; PaddleOCR's reading of it is the look-alike Latin it gives
 * ("KPEHHTHO H3BECTHE"), from a stand-in engine.
 */
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import { afterAll, describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { LazyOcr } from '../../src/extract/ocr.js';
import { cyrillicReadAsLatin, withCyrillicSigns } from '../../src/extract/ocr-script.js';
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

function scan(): Uint8Array {
  const canvas = createCanvas(px(210), px(148));
  const g = canvas.getContext('2d');
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#101010';
  g.font = `${px(3.5)}px "DejaVu Sans"`;
  for (const [x, y, text] of ROWS) g.fillText(text, px(x), px(y + 3.2));
  return scannedJpeg(canvas, 11);
}

/** PaddleOCR's reading of the page: every row in look-alike Latin, surely read. */
function latinReading(): OcrResult {
  const lines = ROWS.map(([x, y, text]) => {
    const read = asLatin(text);
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
