/**
 * The signs that a Chinese text layer says other characters than its page shows (text-layer-doubts.ts),
 * each on the kind of page it comes from, and none on a correct page; what the lean reader reports of
 * each font's map (font-maps.ts) for them; and a value read again from the OCR line over its glyphs.
 */
import { describe, expect, test } from 'vitest';
import { drawnAt, ocrOf } from '../../src/extract/text-at.js';
import { textLayerDoubts } from '../../src/extract/text-layer-doubts.js';
import { textParts } from '../../src/extract/text-parts.js';
import { hanOutsideGb2312 } from '../../src/invoice/cn/gb2312.js';
import { emptyInvoice, type SourcedInvoice } from '../../src/invoice/index.js';
import { leanTextAndAttachments } from '../../src/pdf/lean-text.js';
import { pdfFromObjects } from '../helpers/raw-pdf.js';
import { cmapOnlyProgram } from '../helpers/truetype.js';
import { RUNS, TRUE, runsAsPage, type Run } from './cn-invoice-runs.js';

const NOW = new Date('2025-06-01T00:00:00Z');
const LABEL_FONT = { name: 'KaiTi', chars: [...new Set(RUNS.filter((r) => !r.value).map((r) => r.text).join(''))].join(''), disagreements: 0 };
const VALUE_FONT = { name: 'SimSun', chars: [...new Set(RUNS.filter((r) => r.value).map((r) => r.text).join(''))].join(''), disagreements: 0 };

/** The layout with one run's text replaced. */
const replaced = (from: string, to: string): Run[] => RUNS.map((r) => (r.text === from ? { ...r, text: to } : r));
function doubtsOf(runs: Run[], fonts = [LABEL_FONT, VALUE_FONT], qr?: SourcedInvoice) {
  const pages = runsAsPage(runs);
  return textLayerDoubts({ pages, fonts }, textParts(pages, 'text', []), qr, NOW);
}

describe('signs of a wrong font map on a Chinese invoice', () => {
  test('a correct page shows none', () => {
    expect(doubtsOf(RUNS)).toBeNull();
  });

  test('GB2312 comes from the platform decoder: rare name characters and mapped garbage are outside it, radicals are not counted', () => {
    expect(hanOutsideGb2312('阿斯兰脪祺服务')).toEqual(['脪']);
    expect(hanOutsideGb2312('青岛嘉仕汇酒店管理有限公司年月日')).toEqual([]);
    expect(hanOutsideGb2312('\u2f08')).toEqual([]); // ⼈, a Kangxi radical: not an ideograph counted against a map
  });

  test('a font whose hanzi are largely outside GB2312 makes the whole layer doubtful', () => {
    const garbled = { ...VALUE_FONT, chars: VALUE_FONT.chars.replace(/[嘉仕汇酒店管]/g, (c) => '脪堃喆琍珺玥'['嘉仕汇酒店管'.indexOf(c)]) };
    const d = doubtsOf(RUNS, [LABEL_FONT, garbled]);
    expect(d?.reasons.join()).toMatch(/font SimSun maps \d+ of its \d+ hanzi to characters outside GB2312/);
    expect(d?.wholeLayer).toBe(true);
    // One rare character in a font's names is a name, not a broken map.
    expect(doubtsOf(RUNS, [LABEL_FONT, { ...VALUE_FONT, chars: VALUE_FONT.chars + '堃' }])).toBeNull();
  });

  test("the fonts' own readings: a character another font shows as itself is read two ways, unless a digit or letter", () => {
    const value = { ...VALUE_FONT, disagreements: 3, ownReading: new Map([['合', '何'], ['嘉', '喜'], ['3', '8']]) };
    const label = { ...LABEL_FONT, chars: `${LABEL_FONT.chars}3` };
    const d = doubtsOf(RUNS, [label, value]);
    // 合计 is a label's: 合 stays; 嘉 only the value font shows; a digit is kept though a label font shows it too.
    expect([...d!.ownReading]).toEqual([['合', null], ['嘉', '喜'], ['3', '8']]);
  });

  test('glyph names that disagree with the map make the whole layer doubtful', () => {
    expect(doubtsOf(RUNS, [LABEL_FONT, { ...VALUE_FONT, disagreements: 3 }])?.wholeLayer).toBe(true);
  });

  test('a date that cannot be: a year far off (8118), or a month that does not exist', () => {
    const far = doubtsOf(replaced('2025年04月01日', '8118年01月03日'));
    expect(far?.impossible.get('date')).toMatch(/8118-01-03/);
    const month = doubtsOf(replaced('2025年04月01日', '2025年14月01日'));
    expect(month?.impossible.has('date')).toBe(true);
    expect(month?.reasons.join()).toMatch(/2025年14月01日/);
  });

  test('大写 ≠ 小写, and net + tax ≠ total, cast doubt on the figures', () => {
    const words = doubtsOf(replaced('¥379.00', '¥319.00'));
    expect(words?.reasons.join()).toMatch(/大写 叁佰柒拾玖圆整 ≠ 小写 319.00/);
    expect([...words!.doubtful]).toEqual(expect.arrayContaining(['totalAmount', 'amount', 'taxAmount']));
  });

  test('a party name with characters outside GB2312 casts doubt on that name only', () => {
    const d = doubtsOf(replaced(TRUE.seller, '阿斯兰脪祺服务有限公司'));
    expect(d?.reasons.join()).toMatch(/seller's name has characters outside GB2312 \(脪\)/);
    expect([...d!.doubtful]).toEqual(['seller.name']);
    expect(d?.wholeLayer).toBe(false);
  });

  test('a QR code that disagrees casts doubt on the fields it names', () => {
    const qr = { source: 'qr' as const, invoice: { ...emptyInvoice(), number: '25924000000001260165', date: TRUE.date, totalAmount: TRUE.total } };
    const d = doubtsOf(RUNS, undefined, qr);
    expect([...d!.doubtful]).toEqual(['number']);
    expect(doubtsOf(RUNS, undefined, { ...qr, invoice: { ...qr.invoice, number: TRUE.number } })).toBeNull();
  });
});

describe('font maps from the lean reader', () => {
  /** A page showing "AB" in a simple font whose glyphs are named uni0041 and uni0042, with this ToUnicode map. */
  const pdf = (bfchars: string) => pdfFromObjects([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /ABCDEF+Helvetica /FirstChar 65 /Widths [600 600] /Encoding << /BaseEncoding /WinAnsiEncoding /Differences [65 /uni0041 /uni0042] >> /ToUnicode 6 0 R >>',
    streamObject('BT /F1 12 Tf 10 50 Td (AB) Tj ET'),
    streamObject(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap 2 beginbfchar ${bfchars} endbfchar endcmap end end`),
  ]);

  test('each font: the characters its shown glyphs map to, and the glyphs whose uniXXXX name says otherwise', () => {
    const { pages, fonts } = leanTextAndAttachments(pdf('<41> <0043> <42> <4E2D>'));
    expect(pages[0].items.map((i) => i.text).join('')).toBe('C中');
    expect(fonts).toEqual([{ name: 'Helvetica', chars: 'C中', disagreements: 2, ownReading: new Map([['C', 'A'], ['中', 'B']]) }]);
  });

  test('none for a document that shows no CJK character (nothing judges its maps)', () => {
    expect(leanTextAndAttachments(pdf('<41> <0043> <42> <0042>')).fonts).toEqual([]);
  });
});

function streamObject(text: string): string {
  return `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`;
}

describe('a text-layer value read again in the OCR line over its glyphs', () => {
  const item = (text: string, x: number, width: number, y = 30) => ({ text, x, y, width, height: 3, page: 1 });
  const page = (...items: ReturnType<typeof item>[]) => [{ page: 1, width: 210, height: 140, items }];
  // The text layer: a label in one run, the value (its map broken) in another.
  const text = page(item('名称：', 12, 9), item('杮巟趤铿秒抁朊陑六叹', 22, 30));

  test('one OCR character per glyph: the characters over the value', () => {
    const ocr = page(item('名称：杭州趣链科技有限公司', 12.2, 39.5));
    expect(ocrOf(text, ocr, drawnAt(text, '杮巟趤铿秒抁朊陑六叹')!)).toBe('杭州趣链科技有限公司');
  });

  test("a stamp's character beyond the glyphs is placed by where the label reads the same", () => {
    const after = page(item('名称：杭州趣链科技有限公司關', 12.2, 42.5));
    expect(ocrOf(text, after, drawnAt(text, '杮巟趤铿秒抁朊陑六叹')!)).toBe('杭州趣链科技有限公司');
    const before = page(item('I名称：杭州趣链科技有限公司', 11, 41));
    expect(ocrOf(text, before, drawnAt(text, '杮巟趤铿秒抁朊陑六叹')!)).toBe('杭州趣链科技有限公司');
  });

  test('no one-for-one reading (a character lost, a line on another row): null', () => {
    expect(ocrOf(text, page(item('名称：杭州趣链科技有限', 12.2, 36)), drawnAt(text, '杮巟趤铿秒抁朊陑六叹')!)).toBeNull();
    expect(ocrOf(text, page(item('名称：杭州趣链科技有限公司', 12.2, 39.5, 60)), drawnAt(text, '杮巟趤铿秒抁朊陑六叹')!)).toBeNull();
  });
});

describe("a CID font's map against its program's cmap table", () => {
  /** A page showing CIDs 1 and 2 of a font whose program draws `drawn` and whose ToUnicode says `mapped`. */
  const pdf = (drawn: string, mapped: string, filter = '') => {
    const font = cmapOnlyProgram(drawn).toString('latin1');
    const hex = (c: string) => c.codePointAt(0)!.toString(16).padStart(4, '0');
    return pdfFromObjects([
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 100] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
      '<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H /DescendantFonts [7 0 R] /ToUnicode 6 0 R >>',
      streamObject('BT /F1 12 Tf 10 50 Td <00010002> Tj ET'),
      streamObject(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap 2 beginbfchar <0001> <${hex([...mapped][0])}> <0002> <${hex([...mapped][1])}> endbfchar endcmap end end`),
      '<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 8 0 R /DW 1000 /CIDToGIDMap /Identity >>',
      '<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [0 0 1000 1000] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 /FontFile2 9 0 R >>',
      `<< /Length ${font.length}${filter} >>\nstream\n${font}\nendstream`,
    ]);
  };

  test('glyphs the map gives other characters than the program draws (杭州 read 航洲, all of GB2312) are counted', () => {
    const { pages, fonts } = leanTextAndAttachments(pdf('杭州', '航洲'));
    expect(pages[0].items.map((i) => i.text).join('')).toBe('航洲');
    // And what the program reads them as: a third reading of the text.
    expect(fonts).toEqual([{ name: 'SimSun', chars: '航洲', disagreements: 2, ownReading: new Map([['航', '杭'], ['洲', '州']]) }]);
    expect(doubtsOf(RUNS, [LABEL_FONT, fonts[0]])?.wholeLayer).toBe(true);
  });

  test('a program the lean reader cannot decode (another filter) is no judgement, and the text is read as it is', () => {
    const { pages, fonts } = leanTextAndAttachments(pdf('杭州', '航洲', ' /Filter /LZWDecode'));
    expect(pages[0].items.map((i) => i.text).join('')).toBe('航洲');
    expect(fonts).toEqual([{ name: 'SimSun', chars: '航洲', disagreements: 0 }]);
  });

  test('a map that agrees, or gives a radical for the ideograph drawn (⼯ for 工, ⻓ for 长), is no sign; the text reads the ideograph', () => {
    expect(leanTextAndAttachments(pdf('杭州', '杭州')).fonts).toEqual([{ name: 'SimSun', chars: '杭州', disagreements: 0 }]);
    const radicals = leanTextAndAttachments(pdf('工长', '\u2f2f\u2ed3'));
    expect(radicals.fonts[0].disagreements).toBe(0);
    expect(radicals.pages[0].items.map((i) => i.text).join('')).toBe('工长');
  });
});
