/**
 * 大写 amounts as some fonts and OCR give their characters: traditional and variant forms (陸, 參, 圓)
 * read as the amount they state, so words_match_figures does not flag a right total as unreadable.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseAmount } from '../../src/invoice/cn/amount-words.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { runChecks } from '../../src/invoice/checks.js';
import { toPageText, type Draw } from './page-builder.js';

describe('大写 variants', () => {
  it('parses traditional and variant digits and 圓', () => {
    expect(parseChineseAmount('柒佰伍拾陸圓陆角參分')).toBe(756.63);
    expect(parseChineseAmount('贰仟零叄拾圓整')).toBe(2030);
    expect(parseChineseAmount('壹萬零柒佰元整')).toBe(10700);
  });

  it('the 价税合计 row with such words matches its 小写 figure', () => {
    const d = (x: number, y: number, text: string): Draw => ({ x, y, text });
    const inv = parseChineseInvoiceText(toPageText([
      d(70, 8, '电子发票（普通发票）'), d(150, 14, '发票号码：'), d(170, 14, '24312000000012345678'), d(150, 20, '开票日期：'), d(170, 20, '2024年05月06日'),
      d(10, 30, '购买方信息'), d(15, 30, '名称：'), d(30, 30, '上海示例科技有限公司'),
      d(110, 30, '销售方信息'), d(115, 30, '名称：'), d(130, 30, '杭州样本餐饮有限公司'),
      d(12, 50, '项目名称'), d(120, 50, '金额'), d(150, 50, '税率/征收率'), d(180, 50, '税额'),
      d(12, 56, '*餐饮服务*餐费'), d(120, 56, '749.14'), d(150, 56, '1%'), d(180, 56, '7.49'),
      d(12, 70, '合计'), d(118, 70, '¥749.14'), d(178, 70, '¥7.49'),
      d(12, 78, '价税合计（大写）'), d(50, 78, '⊗柒佰伍拾陸圓陆角參分'), d(140, 78, '（小写）¥756.63'),
    ]));
    expect(inv.totalAmount).toBe(756.63);
    expect(runChecks(inv, new Date('2025-01-01')).find((c) => c.id === 'words_match_figures')).toEqual({ id: 'words_match_figures', ok: true });
  });
});
