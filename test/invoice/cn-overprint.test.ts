/**
 * What is printed or stamped over a Chinese invoice after it was issued, as a scan's OCR or a text layer
 * gives it: a stamp over a figure of the 合计 row; a seal's ring and a watermark's rows drawn at a slant
 * in the text layer, over the parties' names. Mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { pdfPageText } from '../../src/pdf/text.js';
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
