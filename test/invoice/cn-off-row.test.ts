/**
 * Chinese forms that print a value off its label's row or under another label: party values set above
 * their 名称 and ID labels, a narrow roll that prints each value on the line under its label or names
 * its parties 收款单位 / 付款单位, and a 数电 invoice whose lines run over two sheets with a 小计 on each.
 * As the text layer gives them: lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText, type Draw } from './page-builder.js';

describe('a 数电 invoice\'s lines over two sheets', () => {
  /** One sheet: head, parties, the given lines and sum rows, the 价税合计 row (empty but for the last sheet). */
  function sheet(page: number, lines: string[][], sums: Array<[string, string, string]>, total: string | null): PageText {
    const draws: Draw[] = [
      { text: '电子发票（增值税专用发票）', x: 66, y: 7.6, size: 5.6 },
      { text: '发票号码：25442000000813360927', x: 155, y: 14.5 }, { text: '开票日期：2025年10月21日', x: 155, y: 22.4 }, { text: `共2页第${page}页`, x: 189, y: 26.5, size: 2.6 },
      { text: '名称：佛山顺德美泰电器制造有限公司', x: 16, y: 36.2 }, { text: '名称：深圳市福田区华强芯源电子有限公司', x: 113, y: 36.2 },
      { text: '项目名称', x: 23, y: 57.1 }, { text: '单价', x: 119, y: 57.1 }, { text: '金额', x: 139, y: 57.1 }, { text: '税率/征收率', x: 160, y: 57.1 }, { text: '税额', x: 189, y: 57.1 },
      ...lines.flatMap(([name, amount, tax], i) => [{ text: name!, x: 8, y: 62 + 4.5 * i }, { text: amount!, x: 140, y: 62 + 4.5 * i }, { text: '13%', x: 173, y: 62 + 4.5 * i }, { text: tax!, x: 191, y: 62 + 4.5 * i }]),
      ...sums.flatMap(([label, amount, tax], i) => [{ text: label, x: 8, y: 110.8 + 8 * i }, ...(amount ? [{ text: amount, x: 139, y: 110.8 + 8 * i }, { text: tax, x: 189, y: 110.8 + 8 * i }] : [])]),
      { text: '价税合计（大写）', x: 9, y: 128 }, ...(total ? [{ text: total, x: 107, y: 128 }] : [{ text: '（小写）', x: 119, y: 128 }]),
    ];
    const [p] = toPageText(draws);
    return { ...p!, page, items: p!.items.map((i) => ({ ...i, page })) };
  }

  it('takes the 合计 row under the last sheet\'s 小计, not the 小计 of either sheet', () => {
    const inv = parseChineseInvoiceText([
      sheet(1, [['*电子元件*贴片电阻', '640.00', '83.20'], ['*集成电路*微控制器', '4800.00', '624.00']], [['小计', '¥5440.00', '¥707.20'], ['合计', '', '']], null),
      sheet(2, [['*印制电路板*双面电路板', '3850.00', '500.50']], [['小计', '¥3850.00', '¥500.50'], ['合计', '¥9290.00', '¥1207.70']], '⊗壹万零肆佰玖拾柒圆柒角  （小写）¥10497.70'),
    ]);
    expect(inv.amount).toBe(9290);
    expect(inv.taxAmount).toBe(1207.7);
    expect(inv.totalAmount).toBe(10497.7);
    expect(inv.items.map((i) => i.amount)).toEqual([640, 4800, 3850]);
  });

  it('reads a 合计 under the 小计 when the first sheet prints no 合计 row at all', () => {
    const inv = parseChineseInvoiceText([
      sheet(1, [['*电子元件*贴片电阻', '640.00', '83.20']], [['小计', '¥640.00', '¥83.20']], null),
      sheet(2, [['*电子元件*晶振', '1240.00', '161.20']], [['小计', '¥1240.00', '¥161.20'], ['合计', '¥1880.00', '¥244.40']], '⊗贰仟壹佰贰拾肆圆肆角  （小写）¥2124.40'),
    ]);
    expect(inv.amount).toBe(1880);
    expect(inv.taxAmount).toBe(244.4);
  });
});
