/**
 * What is printed or stamped over a Chinese invoice after it was issued, as a scan's OCR or a text layer
 * gives it: a stamp over a figure of the 合计 row; a seal's ring and a watermark's rows drawn at a slant
 * in the text layer, over the parties' names; a seal's words and a stamp's dated row that OCR reads as
 * upright rows over or beside a name. Mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { pdfPageText } from '../../src/pdf/text.js';
import type { PageText } from '../../src/core/text.js';
import { toPageText, toPdf, type Draw } from './page-builder.js';

/** A 数电 专用发票 whose 合计 row's cells are `sum`: [net cell, tax cell] (x 90 and 126; null: not read). */
function digitalScan(sum: [string | null, string]): Draw[] {
  return [
    { text: '电子发票（增值税专用发票）', x: 50, y: 4, size: 4 },
    { text: '发票号码： 25372000000611408253', x: 103.6, y: 9 },
    { text: '开票日期： 2025年10月17日', x: 103.5, y: 14 },
    { text: '购', x: 5.9, y: 20.5 }, { text: '名称：烟台港城冷链仓储有限公司', x: 10.5, y: 20.5 },
    { text: '销', x: 56, y: 20.5 }, { text: '名称：潍坊渤海机械制造有限公司', x: 60.5, y: 20.5 },
    { text: '统一社会信用代码/纳税人识别号： 91370700MA3N8K2Q52', x: 60.1, y: 28.5 },
    { text: '项目名称', x: 15.4, y: 36 }, { text: '单位', x: 54.1, y: 36 }, { text: '数量', x: 64.8, y: 36 },
    { text: '单价', x: 76.8, y: 36 }, { text: '金额', x: 91.4, y: 36 }, { text: '税率/征收率', x: 107.3, y: 36 }, { text: '税额', x: 126.9, y: 36 },
    { text: '*通用设备*冷库压缩机组', x: 5.3, y: 39 }, { text: '套', x: 55, y: 39 }, { text: '2', x: 70.7, y: 39 }, { text: '61946.90', x: 77, y: 39 },
    { text: '123893.80', x: 91, y: 39 }, { text: '13%', x: 111, y: 39 }, { text: '16106.19', x: 127, y: 39 },
    // A stamp (已核对, 财务部) over the net's figure of the 合计 row.
    { text: '已核对。', x: 90, y: 43 },
    { text: '合', x: 5.3, y: 45 }, { text: '计', x: 9, y: 45 }, ...(sum[0] === null ? [] : [{ text: sum[0], x: 90, y: 45 }]), { text: sum[1], x: 126, y: 45 },
    { text: '价税合计（大写）', x: 5.6, y: 63 }, { text: '壹拾叁万玖仟玖佰玖拾玖圆玖角玖分', x: 55.9, y: 63 }, { text: '（小写）￥139999.99', x: 100, y: 63 },
    { text: '开票人：郑洁', x: 9.4, y: 76.5 },
  ];
}

describe('a stamp over the 合计 row', () => {
  it('keeps the tax read in its column when the net\'s figure under the stamp is not read', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan([null, '￥16106.19'])));
    expect(inv.taxAmount).toBe(16106.19);
    expect(inv.amount).toBe(123893.8);
    expect(inv.totalAmount).toBe(139999.99);
  });

  it('reads both figures as before when the stamp leaves them readable', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan(['￥123893.80', '￥16106.19'])));
    expect([inv.amount, inv.taxAmount]).toEqual([123893.8, 16106.19]);
  });
});

/** A 数电 普通发票's text layer: side-by-side parties, one line, totals. */
const digitalPage: Draw[] = [
  { text: '电子发票（普通发票）', x: 62, y: 8, size: 5 },
  { text: '发票号码：', x: 140, y: 14 }, { text: '25132000000409917735', x: 156, y: 14, size: 2.5 },
  { text: '开票日期：', x: 140, y: 19 }, { text: '2025年03月28日', x: 156, y: 19 },
  { text: '名称：', x: 12, y: 30 }, { text: '石家庄冀中医药物流有限公司', x: 21, y: 30 },
  { text: '名称：', x: 112, y: 30 }, { text: '保定市莲池区华康医疗器械有限公司', x: 121, y: 30 },
  { text: '项目名称', x: 12, y: 50 }, { text: '单位', x: 80, y: 50 }, { text: '数量', x: 95, y: 50 }, { text: '单价', x: 113, y: 50 },
  { text: '金额', x: 136, y: 50 }, { text: '税率/征收率', x: 152, y: 50 }, { text: '税额', x: 181, y: 50 },
  { text: '*医疗仪器器械*血压计', x: 12, y: 56 }, { text: '台', x: 82, y: 56 }, { text: '30', x: 98, y: 56 }, { text: '150.00', x: 110, y: 56 },
  { text: '4500.00', x: 136, y: 56 }, { text: '13%', x: 158, y: 56 }, { text: '585.00', x: 181, y: 56 },
  { text: '合计', x: 28, y: 80 }, { text: '¥4500.00', x: 136, y: 80 }, { text: '¥585.00', x: 180, y: 80 },
  { text: '价税合计（大写）', x: 12, y: 88 }, { text: '⊗伍仟零捌拾伍圆整', x: 50, y: 88 }, { text: '（小写）¥5085.00', x: 140, y: 88 },
  { text: '开票人：', x: 12, y: 112 }, { text: '杜娟', x: 24, y: 112 },
];

describe('text laid over the form at a slant', () => {
  it('leaves a seal\'s ring and a watermark\'s rows out of the names they cross', async () => {
    const over: Draw[] = [
      // The seller's seal, its ring repeating the name, turned over the seller's name.
      { text: '保定市莲池区华康医疗器械有限公司', x: 150, y: 29, size: 2.5, rotate: 8 },
      { text: '发票专用章', x: 160, y: 33, size: 3.5, rotate: 8 },
      // The form's background, in faint rows across the whole page.
      ...[26, 31, 60].map((y) => ({ text: '全国统一发票监制　全国统一发票监制　全国统一发票监制', x: 0, y, size: 4, rotate: 12 })),
    ];
    const inv = parseChineseInvoiceText(await pdfPageText(await toPdf([...digitalPage, ...over])));
    expect(inv.seller.name).toBe('保定市莲池区华康医疗器械有限公司');
    expect(inv.buyer.name).toBe('石家庄冀中医药物流有限公司');
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([4500, 585, 5085]);
  });

  it('reads the page the same without them', async () => {
    const inv = parseChineseInvoiceText(await pdfPageText(await toPdf(digitalPage)));
    expect([inv.seller.name, inv.buyer.name]).toEqual(['保定市莲池区华康医疗器械有限公司', '石家庄冀中医药物流有限公司']);
  });
});

describe('a buyer\'s name lost under what is laid over it', () => {
  /** The OCR lines of `title` with the buyer's 名称 row unreadable (a watermark over it). */
  function lostBuyer(title: string): Draw[] {
    const page = digitalScan(['￥123893.80', '￥16106.19']).filter((d) => !d.text.startsWith('名称：烟台'));
    return [{ ...page[0]!, text: title }, ...page.slice(1)];
  }
  const required = (title: string) => runChecks(parseChineseInvoiceText(toPageText(lostBuyer(title))), new Date('2025-12-01')).find((c) => c.id === 'required_fields');

  it('names the buyer as missing on a 专用发票, always issued to a named taxpayer', () => {
    expect(required('电子发票（增值税专用发票）')).toEqual({ id: 'required_fields', ok: false, message: 'missing: buyer.name' });
  });

  it('asks no buyer of a 普通发票, which may be issued to nobody', () => {
    expect(required('电子发票（普通发票）')?.ok).toBe(true);
  });
});

/** An OCR'd box: its text, left, top, width and height in mm, as measured on the scan. */
type Box = [text: string, x: number, y: number, width: number, height: number];

/**
 * A 数电 普通发票 as OCR read a 200 dpi scan of it (the boxes as measured), with `over`: the boxes a seal
 * or a stamp over a party's 名称 added, and the seller's 名称 cell as OCR read it. Every item carries
 * OCR's certainty, so rows stacked in one line are told apart as OCR's are.
 */
function scannedParties(over: Box[], sellerCell = '名称：义乌市福田尔商品进出口有限公司'): PageText[] {
  const draws: Draw[] = [
    { text: '电子发票（普通发票）', x: 75.5, y: 7.6, size: 7.6 },
    { text: '发票号码： 25332000000920415863', x: 155.5, y: 15.1, size: 4.8 },
    { text: '开票日期：2025年09月19日', x: 155.2, y: 22.6, size: 5.2 },
    { text: '购', x: 8.9, y: 32.5, size: 4.3 }, { text: '销', x: 107.6, y: 33.7, size: 4.6 },
    { text: '买', x: 8.9, y: 35.7, size: 5.0 },
    { text: '方', x: 8.6, y: 38.9, size: 5.5 }, { text: '信', x: 9.0, y: 43.2, size: 4.3 }, { text: '信', x: 107.4, y: 44.1, size: 5.1 },
    { text: '统一社会信用代码/纳税人识别号： 91330105MA2KD1E9T7', x: 15.0, y: 44.3, size: 5.7 },
    { text: '统一社会信用代码/纳税人识别号：91330782MA2EC5P7J7', x: 113.3, y: 45.4, size: 6.6 },
    { text: '息', x: 8.9, y: 47.4, size: 3.7 }, { text: '息', x: 107.4, y: 48.4, size: 4.2 },
    { text: '项目名称', x: 23.1, y: 55.9, size: 4.2 }, { text: '规格型号', x: 57.0, y: 56.2, size: 4.2 }, { text: '单位', x: 78.6, y: 56.4, size: 4.4 },
    { text: '数量', x: 93.5, y: 56.8, size: 4.2 }, { text: '单价', x: 108.9, y: 56.8, size: 4.6 }, { text: '金额', x: 130.6, y: 57.4, size: 4.2 },
    { text: '税率/征收率', x: 154.7, y: 57.7, size: 4.2 }, { text: '税额', x: 186.9, y: 58.1, size: 4.2 },
    { text: '*日用杂品*文创礼品套装', x: 7.9, y: 60.5, size: 4.8 }, { text: 'WC-08', x: 51.8, y: 61.5, size: 4.1 }, { text: '套', x: 75.5, y: 61.6, size: 4.3 },
    { text: '300', x: 98.2, y: 62.0, size: 4.1 }, { text: '88.50', x: 111.9, y: 62.3, size: 4.1 }, { text: '26550.00', x: 134.2, y: 62.6, size: 3.8 },
    { text: '13%', x: 171.4, y: 63.1, size: 3.9 }, { text: '3451.50', x: 190.7, y: 63.4, size: 4.1 },
    { text: '合', x: 8.0, y: 69.2, size: 3.8 }, { text: '计', x: 16.3, y: 69.1, size: 3.9 },
    { text: '￥26550.00', x: 132.4, y: 70.9, size: 3.9 }, { text: '￥3451.50', x: 189.2, y: 71.7, size: 3.9 },
    { text: '价税合计（大写）', x: 8.6, y: 96.0, size: 4.8 }, { text: '叁万零壹圆伍角', x: 107.2, y: 97.3, size: 4.8 },
    { text: '（小写）￥30001.50', x: 143.9, y: 98.3, size: 4.1 },
    { text: '备', x: 7.7, y: 104.3, size: 4.7 }, { text: '注', x: 7.6, y: 107.9, size: 4.3 },
    { text: '开票人：李敏', x: 14.0, y: 116.4, size: 4.3 },
  ];
  const boxes: Box[] = [['名称：杭州拱墅运河文旅发展有限公司', 15.8, 35.1, 63.7, 4.8], [sellerCell, 114.0, 36.1, 57.7, 5.7], ...over];
  return toPageText(draws).map((p) => ({
    ...p,
    items: [...p.items, ...boxes.map(([text, x, y, width, height]) => ({ text, x, y, width, height, page: 1 }))].map((i) => ({ ...i, confidence: 95 })),
  }));
}

/** The seller's 发票专用章 over its 名称, turned a little: OCR reads its ring, words and ID as upright rows. */
const SELLER_SEAL: Box[] = [['马市福由小商品法出日公牌', 131.5, 23.9, 35.3, 9.9], ['发票专用章', 140.1, 29.2, 20.1, 7.4], ['2A2E5P7', 143.7, 32.9, 20.5, 6.9]];

describe('a seal over the 合计 row on a photo', () => {
  it('leaves the seal\'s ID run out of the net: a figure cell holds no capital letters', () => {
    // The seller's seal stamped over the 合计 figures: OCR read a row of its ring's ID in a box as tall
    // as two rows, level with 合 and 计 and over the net's column.
    const inv = parseChineseInvoiceText(scannedParties([['91330782MA2', 134.0, 66.5, 23.6, 6.0]], '名称：义乌市福田小商品进出口有限公司'));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([26550, 3451.5, 30001.5]);
  });
});

describe('a seal or a stamp over a party\'s name on a scan', () => {
  it('leaves the seal\'s words and ID out of the seller\'s name, and puts the name in doubt', () => {
    const inv = parseChineseInvoiceText(scannedParties(SELLER_SEAL));
    // 小 read as 尔 under the seal's ink: not to be taken as read.
    expect(inv.seller.name).toBe('义乌市福田尔商品进出口有限公司');
    expect(guessesOf(inv)['seller.name']).toBe('a seal stamped over the name');
    expect(inv.buyer.name).toBe('杭州拱墅运河文旅发展有限公司');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });

  it('cuts the seal\'s words OCR ran into the name\'s own cell', () => {
    const inv = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司 财务专用章'));
    expect(inv.seller.name).toBe('义乌市福田小商品进出口有限公司');
    expect(guessesOf(inv)['seller.name']).toBe('a seal stamped over the name');
  });

  it('reads the names with no doubt when nothing is stamped over them', () => {
    const inv = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司'));
    expect(inv.seller.name).toBe('义乌市福田小商品进出口有限公司');
    expect(guessesOf(inv)).toEqual({});
  });

  it('leaves a stamp\'s dated row above the buyer\'s 名称 out of the name', () => {
    // A blue 已入账 stamp over the buyer's block: its date and voucher number read as a row just above
    // (the stamp's frame makes OCR's boxes taller than the glyphs).
    // Another scan of the page read the row with a space after the date.
    for (const row of ['2025.09.03记-0912', '2025.09.03 记-0912']) {
      const stamp: Box[] = [['已入账', 38.9, 25.8, 13.8, 6.7], [row, 32.4, 29.5, 26.3, 7.6]];
      const inv = parseChineseInvoiceText(scannedParties(stamp, '名称：义乌市福田小商品进出口有限公司'));
      expect(inv.buyer.name).toBe('杭州拱墅运河文旅发展有限公司');
      expect(inv.seller.name).toBe('义乌市福田小商品进出口有限公司');
    }
  });

  it('leaves a stamp\'s date out of a name OCR ran it into', () => {
    const inv = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司 2025-09-03 财务部'));
    expect(inv.seller.name).toBe('义乌市福田小商品进出口有限公司');
  });
});

describe('a seal stamped high over a name, upright', () => {
  // The seller's seal near upright (a text layer keeps it): its ring on a row above the name, its words
  // just above the name's row, its ID row run into the name's cell.
  const seal: Draw[] = [
    { text: '保定市莲池区华康医疗器械有限公司', x: 126, y: 22, size: 2.5 },
    { text: '发票专用章', x: 135, y: 26, size: 3.5 },
  ];
  const withId = (id: string) => digitalPage.map((d) => (d.text === '保定市莲池区华康医疗器械有限公司' ? { ...d, text: `${d.text}${id}` } : d));

  it('reads the name after the seal\'s words, and its ID row as the ID the form prints', () => {
    const page = [...withId('91130602MA0DLKR51X'), ...seal, { text: '统一社会信用代码/纳税人识别号：91130602MA0DLKR51X', x: 112, y: 38 }];
    const inv = parseChineseInvoiceText(toPageText(page));
    expect(inv.seller.name).toBe('保定市莲池区华康医疗器械有限公司');
    expect(inv.seller.taxId).toBe('91130602MA0DLKR51X');
    expect(guessesOf(inv)['seller.name']).toBeUndefined();
  });

  it('keeps the name in doubt when the ID run into it is none the form prints', () => {
    const inv = parseChineseInvoiceText(toPageText([...withId('91130602MA0DLKR51X'), ...seal]));
    expect(inv.seller.name).toBe('保定市莲池区华康医疗器械有限公司');
    expect(guessesOf(inv)['seller.name']).toBe('a name run into the ID number after it');
  });
});

describe('a watermark printed upright over the parties', () => {
  it('leaves 仅供报销使用 set large and letter-spaced over the names out of them', () => {
    const mark = [...'仅供报销使用'].map((c, i) => ({ text: c, x: 30 + i * 14, y: 27, size: 8 }));
    const inv = parseChineseInvoiceText(toPageText([...digitalPage, ...mark, ...mark.map((d) => ({ ...d, x: d.x + 96 }))]));
    expect(inv.buyer.name).toBe('石家庄冀中医药物流有限公司');
    expect(inv.seller.name).toBe('保定市莲池区华康医疗器械有限公司');
    expect([inv.number, inv.amount, inv.totalAmount]).toEqual(['25132000000409917735', 4500, 5085]);
  });

  it('cuts the watermark\'s words OCR read into the name\'s row; a part of them alone puts the name in doubt', () => {
    const whole = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司仅供报销使用'));
    expect(whole.seller.name).toBe('义乌市福田小商品进出口有限公司');
    // No row reads the words whole: a part of them is cut from the name only, and the name is in doubt.
    const part = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司报销使用'));
    expect(part.seller.name).toBe('义乌市福田小商品进出口有限公司');
    expect(guessesOf(part)['seller.name']).toBe('a watermark\'s words read in the name');
  });
});

describe('a head label OCR ran into a name\'s row', () => {
  it('cuts 开票日期： standing alone at the end of the seller\'s name', () => {
    const inv = parseChineseInvoiceText(scannedParties([], '名称：义乌市福田小商品进出口有限公司开票日期：'));
    expect(inv.seller.name).toBe('义乌市福田小商品进出口有限公司');
  });
});

describe('a watermark\'s rows OCR read across the form', () => {
  it('takes 仅供报销使用\'s glyphs out of the 合计 row and the ID they ran into', () => {
    const page = digitalScan(['￥123893.80', '￥16106.19']).map((d) => (d.text === '合' ? { ...d, text: '报销使用合' } : d));
    const inv = parseChineseInvoiceText(toPageText([
      ...page.map((d) => (d.text.startsWith('统一社会信用代码') ? { ...d, text: '统一社会信用代码/纳税人识别号：仅供报 91370700MA3N8K2Q52' } : d)),
      { text: '仅供报销使用', x: 30, y: 32, size: 5 },
    ]));
    expect([inv.amount, inv.taxAmount]).toEqual([123893.8, 16106.19]);
    expect(inv.seller.taxId).toBe('91370700MA3N8K2Q52');
  });
});
