/**
 * A Chinese form whose text layer was printed turned a degree or so (the page placed askew): every run's
 * baseline turns alike, so across the form's width a row's right end sits millimetres lower than its
 * left, and the 合计 label and its figures, or an item's name and its amounts, fall on lines apart.
 * Drawn as a real PDF and read through pdf.js, as a user's file is.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { toPdf, type Draw } from './page-builder.js';

const WIDTH = 210;
const HEIGHT = 140;

/** A 2020 paper 普通发票 of a small seller at 1%, two items. */
const form: Draw[] = [
  { text: '湖北增值税普通发票', x: 80, y: 6, size: 5 },
  { text: '发票代码：042002000104', x: 160, y: 10 }, { text: '发票号码：17304829', x: 160, y: 15 }, { text: '开票日期：2020年06月15日', x: 160, y: 20 },
  { text: '名称：武汉洪山区光谷云帆软件有限公司', x: 16, y: 29 }, { text: '纳税人识别号：91420111MA4KQ7T2R6', x: 16, y: 34 },
  { text: '货物或应税劳务、服务名称', x: 14, y: 56 }, { text: '单位', x: 84, y: 56 }, { text: '数量', x: 100, y: 56 }, { text: '单价', x: 122, y: 56 },
  { text: '金额', x: 152, y: 56 }, { text: '税率', x: 176, y: 56 }, { text: '税额', x: 197, y: 56 },
  { text: '*广告服务*户外喷绘广告制作', x: 8, y: 61 }, { text: '平方米', x: 82, y: 61 }, { text: '231', x: 104, y: 61 }, { text: '30.003', x: 124, y: 61 },
  { text: '6930.69', x: 156, y: 61 }, { text: '1%', x: 180, y: 61 }, { text: '69.31', x: 200, y: 61 },
  { text: '*印刷品*宣传折页', x: 8, y: 65.5 }, { text: '千张', x: 83, y: 65.5 }, { text: '8', x: 106, y: 65.5 }, { text: '377.485', x: 123, y: 65.5 },
  { text: '3019.88', x: 156, y: 65.5 }, { text: '1%', x: 180, y: 65.5 }, { text: '30.20', x: 200, y: 65.5 },
  { text: '合计', x: 8, y: 71 }, { text: '￥9950.57', x: 154, y: 71 }, { text: '￥99.51', x: 198, y: 71 },
  { text: '价税合计（大写）', x: 9, y: 78 }, { text: 'ⓧ壹万零伍拾圆零捌分', x: 36, y: 78 }, { text: '（小写）￥10050.08', x: 150, y: 78 },
  { text: '名称：武汉武昌区楚韵广告制作部', x: 16, y: 86 }, { text: '纳税人识别号：92420106MA4D8N3P1M', x: 16, y: 91 },
  { text: '备注', x: 128, y: 88 }, { text: '减按1%征收率征收增值税', x: 136, y: 88 },
  { text: '收款人：李娜', x: 9, y: 120 }, { text: '复核：李娜', x: 70, y: 120 }, { text: '开票人：张华', x: 128, y: 120 },
];

/** Each run turned `deg` degrees clockwise about the page's centre, as a page printed askew sets it. */
function turned(draws: Draw[], deg: number): Draw[] {
  const a = (deg * Math.PI) / 180;
  const [cx, cy] = [WIDTH / 2, HEIGHT / 2];
  return draws.map((d) => {
    const size = d.size ?? 3;
    const dx = d.x - cx;
    const dy = d.y + size - cy;
    return { ...d, x: cx + dx * Math.cos(a) - dy * Math.sin(a), y: cy + dx * Math.sin(a) + dy * Math.cos(a) - size, rotate: -deg };
  });
}

const read = async (draws: Draw[]) => parseChineseInvoiceText(await pdfPageText(await toPdf(draws, WIDTH, HEIGHT)));

describe('a paper form whose text layer was printed turned', () => {
  it('reads the 合计 figures and each item\'s amounts on a page turned 1.4° clockwise', async () => {
    const inv = await read(turned(form, 1.4));
    expect(inv.amount).toBe(9950.57);
    expect(inv.taxAmount).toBe(99.51);
    expect(inv.totalAmount).toBe(10050.08);
    expect(inv.items.map((i) => [i.name, i.amount, i.taxAmount])).toEqual([
      ['*广告服务*户外喷绘广告制作', 6930.69, 69.31],
      ['*印刷品*宣传折页', 3019.88, 30.2],
    ]);
  });

  it('reads a page turned the other way as the page printed level', async () => {
    const level = await read(form);
    const inv = await read(turned(form, -1.8));
    expect(level.amount).toBe(9950.57);
    expect([inv.amount, inv.taxAmount, inv.totalAmount, inv.seller.name, inv.buyer.name, inv.date])
      .toEqual([level.amount, level.taxAmount, level.totalAmount, level.seller.name, level.buyer.name, level.date]);
    expect(inv.items.map((i) => i.amount)).toEqual([6930.69, 3019.88]);
  });
});
