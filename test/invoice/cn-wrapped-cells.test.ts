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
});
