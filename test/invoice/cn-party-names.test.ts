/**
 * Party names of Chinese invoices as a scan's layout gives them: a side label's glyph or a stray letter
 * run into the end of the name is not part of it.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText, type Draw } from './page-builder.js';

const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
const invoice = (buyer: string, seller: string, ...more: Draw[]) => parseChineseInvoiceText(toPageText([
  ...more,
  d(70, 8, '电子发票（普通发票）'), d(150, 14, '发票号码：'), d(170, 14, '24312000000012345678'), d(150, 20, '开票日期：'), d(170, 20, '2024年05月06日'),
  d(15, 30, '名称：'), d(30, 30, buyer), d(115, 30, '名称：'), d(130, 30, seller),
  d(12, 50, '项目名称'), d(120, 50, '金额'), d(150, 50, '税率/征收率'), d(180, 50, '税额'),
  d(12, 56, '*餐饮服务*餐费'), d(120, 56, '99.01'), d(150, 56, '1%'), d(180, 56, '0.99'),
  d(12, 70, '合计'), d(118, 70, '¥99.01'), d(178, 70, '¥0.99'),
  d(12, 78, '价税合计（大写）'), d(50, 78, '壹佰圆整'), d(140, 78, '（小写）¥100.00'),
]));

describe('Chinese party names', () => {
  it('drops a side label glyph or a lone letter after the organisation word', () => {
    const inv = invoice('上海示例科技有限公司售', '娄底市样本餐饮店 T');
    expect(inv.buyer.name).toBe('上海示例科技有限公司');
    expect(inv.seller.name).toBe('娄底市样本餐饮店');
  });
  it('drops a lone Greek or Cyrillic letter OCR read in the gap after the name, spaced or not', () => {
    // The name and the tax-ID label on one row: the gap between them read as "β".
    const inv = invoice('青岛示例港口物流有限公司', '山东示例船舶燃料供应有限公司β');
    expect(inv.seller.name).toBe('山东示例船舶燃料供应有限公司');
    expect(invoice('长沙示例餐饮店 д', '湖南示例科技有限公司').buyer.name).toBe('长沙示例餐饮店');
  });
  it('keeps names that end otherwise', () => {
    const inv = invoice('上海示例科技有限公司销售部', '杭州样本餐饮管理有限公司贤童店');
    expect(inv.buyer.name).toBe('上海示例科技有限公司销售部');
    expect(inv.seller.name).toBe('杭州样本餐饮管理有限公司贤童店');
  });
  it('leaves out a glyph standing far beside the name in its rows (a seal or margin glyph a skewed scan put there)', () => {
    // Just above the seller's row, 30 mm right of the name's end: sorted by row, it would come first.
    const inv = invoice('杭州示例科技有限公司', '深圳市样本区示例酒店（个体工商户）', d(196, 28.5, '上'));
    expect(inv.seller.name).toBe('深圳市样本区示例酒店（个体工商户）');
    // Two such glyphs stacked over each other, one on the name's row.
    expect(invoice('杭州示例科技有限公司', '娄底市样本区示例餐饮店', d(196, 28.5, '上'), d(196, 30.5, '集')).seller.name).toBe('娄底市样本区示例餐饮店');
    // A short name next to its label, glyph by glyph, or wrapped under itself stays whole.
    expect(invoice('杭州示例科技有限公司', '示例店', d(160, 28.5, '上')).seller.name).toBe('示例店');
    const wrapped = invoice('杭州示例科技有限公司', '深圳市样本区示例酒店管理', d(130, 33, '公司'));
    expect(wrapped.seller.name).toBe('深圳市样本区示例酒店管理公司');
  });
});
