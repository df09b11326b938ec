/**
 * A 数电 invoice whose text layer gives its figures in full-width forms (２０２５年０５月２２日, ¥２８０００．００):
 * a font mapping its digit glyphs there, or a converter writing them so. The page shows the figures, so
 * they are read as such. The text items are handed to the text layer's reader (toPageText) as pdf.js
 * reports them: the glyphs as wide as ASCII figures, their text full-width.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText as readTextLayer } from '../../src/pdf/text.js';
import { toPageText, type Draw } from './page-builder.js';

const PT_TO_MM = 25.4 / 72;
const wide = (s: string) => s.replace(/[0-9A-Z.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

/** The page's text layer as the reader makes it, each item's text as `text` gives it from what the page shows. */
function textLayer(draws: Draw[], text: (s: string) => string) {
  const [page] = toPageText(draws);
  const raw = page.items.map((i) => ({ str: text(i.text), transform: [i.height / PT_TO_MM, 0, 0, i.height / PT_TO_MM, i.x / PT_TO_MM, (i.y + i.height) / PT_TO_MM], width: i.width / PT_TO_MM, height: i.height / PT_TO_MM }));
  return [readTextLayer(1, { transform: [1, 0, 0, 1, 0, 0], width: 210 / PT_TO_MM, height: 140 / PT_TO_MM }, raw)];
}

/** A 数电 电子发票（普通发票） as the page shows it. */
const SHUDIAN: Draw[] = [
  { text: '电子发票（普通发票）', x: 70, y: 8, size: 6 },
  { text: '发票号码：', x: 140, y: 14 }, { text: '25350000000154830627', x: 152, y: 14 },
  { text: '开票日期：', x: 140, y: 19 }, { text: '2025年05月22日', x: 152, y: 19 },
  ...[...'购买方信息'].map((text, i) => ({ text, x: 5, y: 28 + i * 3.5 })),
  ...[...'销售方信息'].map((text, i) => ({ text, x: 105, y: 28 + i * 3.5 })),
  { text: '名称：', x: 12, y: 30 }, { text: '厦门市思明区鹭岛文化传播有限公司', x: 22, y: 30 },
  { text: '名称：', x: 112, y: 30 }, { text: '福州市鼓楼区闽江印务有限公司', x: 122, y: 30 },
  { text: '统一社会信用代码/纳税人识别号：', x: 12, y: 38, size: 2.5 }, { text: '91350203MA8RF1W266', x: 55, y: 38 },
  { text: '统一社会信用代码/纳税人识别号：', x: 112, y: 38, size: 2.5 }, { text: '91350102MA34D5XK75', x: 155, y: 38 },
  { text: '项目名称', x: 12, y: 50 }, { text: '单位', x: 80, y: 50, glyphs: 4 }, { text: '数量', x: 95, y: 50, glyphs: 4 },
  { text: '单价', x: 113, y: 50, glyphs: 4 }, { text: '金额', x: 136, y: 50, glyphs: 4 }, { text: '税率/征收率', x: 152, y: 50 }, { text: '税额', x: 181, y: 50, glyphs: 4 },
  { text: '*印刷品*宣传画册', x: 12, y: 56 }, { text: '本', x: 82, y: 56 }, { text: '2000', x: 96, y: 56 }, { text: '10.61947', x: 110, y: 56 },
  { text: '21238.94', x: 135, y: 56 }, { text: '13%', x: 158, y: 56 }, { text: '2761.06', x: 180, y: 56 },
  { text: '合计', x: 28, y: 80, glyphs: 9 }, { text: '¥21238.94', x: 133, y: 80 }, { text: '¥2761.06', x: 178, y: 80 },
  { text: '价税合计（大写）', x: 12, y: 88 }, { text: '⊗贰万肆仟圆整', x: 50, y: 88 }, { text: '（小写）¥24000.00', x: 140, y: 88 },
  { text: '开票人：林婷', x: 140, y: 128 },
];

describe('a 数电 invoice whose text layer gives full-width figures', () => {
  it('reads the number, date, tax IDs and amounts as the page shows them', () => {
    const inv = parseChineseInvoiceText(textLayer(SHUDIAN, wide));
    expect(inv).toMatchObject({ number: '25350000000154830627', code: null, date: '2025-05-22', amount: 21238.94, taxAmount: 2761.06, totalAmount: 24000 });
    expect(inv.seller).toMatchObject({ name: '福州市鼓楼区闽江印务有限公司', taxId: '91350102MA34D5XK75' });
    expect(inv.buyer).toMatchObject({ name: '厦门市思明区鹭岛文化传播有限公司', taxId: '91350203MA8RF1W266' });
    expect(inv.items).toMatchObject([{ quantity: 2000, amount: 21238.94, taxRate: 0.13, taxAmount: 2761.06 }]);
    expect(runChecks(inv, new Date('2025-06-01')).filter((c) => !c.ok)).toEqual([]);
  });

  it('reads them as it reads the same page in ASCII figures', () => {
    const ascii = parseChineseInvoiceText(textLayer(SHUDIAN, (s) => s));
    const fullWidth = parseChineseInvoiceText(textLayer(SHUDIAN, wide));
    expect(fullWidth).toEqual(ascii);
  });
});
