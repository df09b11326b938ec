/**
 * Chinese forms whose cells wrap or stack what is usually one run: a label its narrow cell wrapped over
 * several rows (机动车销售统一发票), a head value printed above its label, a code printed in groups or
 * letter-spaced. As the text layer gives them: lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText, type Draw } from './page-builder.js';

/** A classic 机动车销售统一发票's grid, the buyer's row given by `buyerRow`. */
function carForm(buyerRow: Draw[]): Draw[] {
  return [
    { text: '机动车销售统一发票', x: 90, y: 6, size: 5 },
    { text: '发票代码 137021921160', x: 190, y: 6 }, { text: '发票号码 00582417', x: 190, y: 11 }, { text: '开票日期 2022-03-09', x: 190, y: 16 },
    ...buyerRow,
    { text: '车辆类型', x: 10, y: 42 }, { text: '轿车', x: 50, y: 42 }, { text: '厂牌型号', x: 84, y: 42 }, { text: '海岱牌HD7200T5', x: 119, y: 42 },
    { text: '价税合计', x: 10, y: 66 }, { text: 'ⓧ壹拾叁万贰仟陆佰圆整', x: 50, y: 66 }, { text: '小写', x: 154, y: 66 }, { text: '¥132600.00', x: 165, y: 66 },
    { text: '销货单位名称', x: 10, y: 74 }, { text: '青岛海岱汽车销售服务有限公司', x: 50, y: 74 }, { text: '电话', x: 154, y: 74 }, { text: '0532-88917734', x: 165, y: 74 },
    { text: '纳税人识别号', x: 10, y: 82 }, { text: '91370200MA3C8P5Q1N', x: 50, y: 82 }, { text: '账号', x: 154, y: 82 }, { text: '38010120100208871', x: 165, y: 82 },
    { text: '增值税税率或征收率', x: 10, y: 98 }, { text: '13%', x: 50, y: 98 }, { text: '增值税税额', x: 84, y: 98 }, { text: '¥15254.87', x: 119, y: 98 },
    { text: '不含税价', x: 10, y: 106 }, { text: '¥117345.13', x: 50, y: 106 },
  ];
}

describe('a party label its narrow cell wrapped over rows', () => {
  it('reads the 机动车 form\'s 纳税人识别号 wrapped as 纳税 / 人识 / 别号 as one label, not as the name\'s glyphs', () => {
    const inv = parseChineseInvoiceText(toPageText(carForm([
      { text: '购买方名称及身份证号码/组', x: 10, y: 31 }, { text: '织机构代码', x: 10, y: 34.5 },
      { text: '纳税', x: 154, y: 29.2, size: 2.8 }, { text: '青岛崂山海韵酒店管理有限公司', x: 50, y: 32.6, size: 2.8 },
      { text: '人识', x: 154, y: 32.6, size: 2.8 }, { text: '91370212MA3R6H2K9M', x: 165, y: 32.6, size: 2.8 }, { text: '别号', x: 154, y: 36.1, size: 2.8 },
    ])));
    expect(inv.buyer.name).toBe('青岛崂山海韵酒店管理有限公司');
    expect(inv.buyer.taxId).toBe('91370212MA3R6H2K9M');
    expect(inv.seller.name).toBe('青岛海岱汽车销售服务有限公司');
  });

  it('reads the 数电 form\'s 身份证号码/统一社会信用代码/纳税人识别号 wrapped over four rows', () => {
    const inv = parseChineseInvoiceText(toPageText(carForm([
      { text: '身份证号码/', x: 107, y: 31.4 }, { text: '统一社会信用', x: 107, y: 35.1 },
      { text: '购买方名称', x: 9, y: 37 }, { text: '苏州高新区枫桥智能装备有限公司', x: 37, y: 37 }, { text: '91320505MA1Q8W6D27', x: 129, y: 37 },
      { text: '代码/纳税人', x: 107, y: 38.8 }, { text: '识别号', x: 107, y: 42.5 },
    ])));
    expect(inv.buyer.name).toBe('苏州高新区枫桥智能装备有限公司');
    expect(inv.buyer.taxId).toBe('91320505MA1Q8W6D27');
  });

  it('ends the name where the ID its check character confirms starts, the gap before it read as a glyph', () => {
    const inv = parseChineseInvoiceText(toPageText(carForm([
      { text: '购买方名称及身份证号码/组织机构代码', x: 10, y: 31 }, { text: '青岛崂山海韵酒店管理有限公司191370212MA3R6H2K9M', x: 50, y: 31 },
      { text: '纳税人识别号', x: 154, y: 31 }, { text: '91370212MA3R6H2K9M', x: 180, y: 31 },
    ])));
    expect(inv.buyer.name).toBe('青岛崂山海韵酒店管理有限公司');
    expect(inv.buyer.taxId).toBe('91370212MA3R6H2K9M');
  });

  it('ends a name before the ID label\'s first row OCR ran into it (…有限公司身份证号码/)', () => {
    const inv = parseChineseInvoiceText(toPageText(carForm([
      { text: '购买方名称', x: 9, y: 35 }, { text: '杭州钱塘新区远航智能物流装备有限公司身份证号码/', x: 37, y: 35 },
      { text: '统一社会信用', x: 110, y: 38.7 }, { text: '代码/纳税人', x: 110, y: 42.4 }, { text: '91330114MA2H7K3C5X', x: 130, y: 38.7 },
    ])));
    expect(inv.buyer.name).toBe('杭州钱塘新区远航智能物流装备有限公司');
  });
});

/** A 数电 form's body under a head given by `head`. */
function shudian(head: Draw[]): Draw[] {
  return [
    { text: '电子发票（普通发票）', x: 75, y: 8, size: 5 },
    ...head,
    { text: '购买方信息', x: 9, y: 34, size: 3 }, { text: '名称：郑州金水中原数码科技有限公司', x: 16, y: 36 }, { text: '名称：郑州二七商都电子产品有限公司', x: 114, y: 36 },
    { text: '项目名称', x: 23, y: 57 }, { text: '单价', x: 110, y: 57 }, { text: '金额', x: 133, y: 57 }, { text: '税率/征收率', x: 156, y: 57 }, { text: '税额', x: 188, y: 57 },
    { text: '*电子计算机*笔记本电脑', x: 8, y: 62 }, { text: '3982.30', x: 112, y: 62 }, { text: '11946.90', x: 136, y: 62 }, { text: '13%', x: 173, y: 62 }, { text: '1553.10', x: 191, y: 62 },
    { text: '合计', x: 8, y: 70 }, { text: '¥11946.90', x: 135, y: 70 }, { text: '¥1553.10', x: 189, y: 70 },
    { text: '价税合计（大写）', x: 10, y: 78 }, { text: '⊗壹万叁仟伍佰圆整', x: 100, y: 78 }, { text: '（小写）¥13500.00', x: 150, y: 78 },
  ];
}

describe('a head value printed above its label', () => {
  it('reads the 数电 number and date standing a line above their labels', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '25412000000516027734', x: 170, y: 14.5 }, { text: '发票号码：', x: 170, y: 19.5 },
      { text: '2025年05月16日', x: 170, y: 27.7 }, { text: '开票日期：', x: 170, y: 32.7 },
    ])));
    expect(inv.number).toBe('25412000000516027734');
    expect(inv.date).toBe('2025-05-16');
  });

  it('takes the figure above a classic head\'s labels when the one below is another field\'s', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '033002100311', x: 195, y: 8, size: 2.5 }, { text: '发票代码：', x: 195, y: 11, size: 2.5 },
      { text: '40718265', x: 195, y: 14.5, size: 2.5 }, { text: '发票号码：', x: 195, y: 17.6, size: 2.5 },
      { text: '2021年10月28日', x: 195, y: 22.1, size: 2.5 }, { text: '开票日期：', x: 195, y: 25.3, size: 2.5 },
    ])));
    expect([inv.code, inv.number, inv.date]).toEqual(['033002100311', '40718265', '2021-10-28']);
  });

  it('takes a classic head\'s values half a row above their labels and right of them (a print offset upward)', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '044001900211', x: 188.2, y: 6.6, size: 2.5 }, { text: '发票代码：', x: 172.9, y: 9.4, size: 2.5 },
      { text: '28401763', x: 188.2, y: 12.9, size: 2.5 }, { text: '发票号码：', x: 172.9, y: 15, size: 2.5 },
      { text: '2021年09月14日', x: 188.2, y: 18.4, size: 2.5 }, { text: '开票日期：', x: 172.9, y: 20.8, size: 2.5 },
      { text: '499144283017', x: 23.2, y: 24.1, size: 2.5 }, { text: '机器编号：', x: 7, y: 26.4, size: 2.5 },
    ])));
    expect([inv.code, inv.number, inv.date]).toEqual(['044001900211', '28401763', '2021-09-14']);
  });

  it('still takes a value printed below its label (套打偏移), not the one above', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '发票号码：', x: 170, y: 15 }, { text: '25412000000516027734', x: 176, y: 17.4 },
      { text: '开票日期：', x: 170, y: 22 }, { text: '2025年05月16日', x: 176, y: 24.4 },
    ])));
    expect([inv.number, inv.date]).toEqual(['25412000000516027734', '2025-05-16']);
  });
});

describe('a code or number in runs', () => {
  it('joins a 数电 number printed in groups of four into its 20 digits', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '发票号码：2550 2000 0009 3046 8815', x: 152, y: 14.5 }, { text: '开票日期：2025年09月30日', x: 152, y: 22.4 },
    ])));
    expect(inv.number).toBe('25502000000930468815');
  });

  it('joins a code and number set glyph by glyph', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '发票代码：', x: 171, y: 7 }, { text: '4300212130', x: 186, y: 7, glyphs: 3 },
      { text: '发票号码：', x: 171, y: 15 }, { text: '01836257', x: 186, y: 15, glyphs: 3 },
      { text: '开票日期：2021年11月15日', x: 171, y: 21 },
    ])));
    expect([inv.code, inv.number]).toEqual(['4300212130', '01836257']);
  });

  it('keeps an 8-digit number apart from a figure of a length of its own beside it, and takes the run of a valid length beside a stray one', () => {
    const beside = parseChineseInvoiceText(toPageText(shudian([
      { text: '发票号码：40718265', x: 152, y: 14.5 }, { text: '033002100311', x: 182, y: 14.5 }, { text: '开票日期：2021年10月28日', x: 152, y: 22.4 },
    ])));
    expect(beside.number).toBe('40718265');
    const stray = parseChineseInvoiceText(toPageText(shudian([
      { text: '发票号码：1 25502000000930468815', x: 152, y: 14.5 }, { text: '开票日期：2025年09月30日', x: 152, y: 22.4 },
    ])));
    expect(stray.number).toBe('25502000000930468815');
  });
});
