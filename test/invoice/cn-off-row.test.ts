/**
 * Chinese forms that print a value off its label's row or under another label: party values set above
 * their 名称 and ID labels, a narrow roll that prints each value on the line under its label or names
 * its parties 收款单位 / 付款单位, and a 数电 invoice whose lines run over two sheets with a 小计 on each.
 * As the text layer gives them: lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { toPageText, type Draw } from './page-builder.js';

/** A 数电 form with the parties' rows given by `parties`. */
function shudian(parties: Draw[]): Draw[] {
  return [
    { text: '电子发票（增值税专用发票）', x: 66, y: 7.6, size: 5.6 },
    { text: '发票号码：25132000000846217903', x: 155, y: 14.5 }, { text: '开票日期：2025年09月09日', x: 155, y: 22.4 },
    ...parties,
    { text: '项目名称', x: 23, y: 61.8 }, { text: '单价', x: 110, y: 61.8 }, { text: '金额', x: 134, y: 61.8 }, { text: '税率/征收率', x: 157, y: 61.8 }, { text: '税额', x: 188, y: 61.8 },
    { text: '*化学原料*氢氧化钠', x: 8, y: 67.1 }, { text: '3185.84', x: 112, y: 67.1 }, { text: '38230.08', x: 137, y: 67.1 }, { text: '13%', x: 173, y: 67.1 }, { text: '4969.91', x: 191, y: 67.1 },
    { text: '合计', x: 8, y: 79.6 }, { text: '¥38230.08', x: 135, y: 79.6 }, { text: '¥4969.91', x: 189, y: 79.6 },
    { text: '价税合计（大写）', x: 9, y: 102.3 }, { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 101, y: 102.3 }, { text: '（小写）¥43199.99', x: 140, y: 102.3 },
  ];
}

describe('party values printed above their labels', () => {
  it('reads both 数电 parties whose names and IDs stand a line above their labels', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '石家庄藁城区华北净水材料有限公司', x: 16, y: 33.9, size: 3.2 }, { text: '唐山曹妃甸冀东化工原料贸易有限公司', x: 107, y: 33.9, size: 3.2 },
      { text: '名称：', x: 16, y: 40.1 }, { text: '名称：', x: 107, y: 40.1 },
      { text: '91130109MA0G4K7T2B', x: 16, y: 46.8, size: 3.2 }, { text: '91130209MA0D8R5P3P', x: 107, y: 46.8, size: 3.2 },
      { text: '统一社会信用代码/纳税人识别号：', x: 16, y: 53.1 }, { text: '统一社会信用代码/纳税人识别号：', x: 107, y: 53.1 },
    ])));
    expect(inv.buyer.name).toBe('石家庄藁城区华北净水材料有限公司');
    expect(inv.buyer.taxId).toBe('91130109MA0G4K7T2B');
    expect(inv.seller.name).toBe('唐山曹妃甸冀东化工原料贸易有限公司');
    expect(inv.seller.taxId).toBe('91130209MA0D8R5P3P');
  });

  it('reads a person as the buyer above a 名称 with no ID row, and not the seller\'s ID under its 名称 as a name', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '孙建华', x: 16, y: 33.9, size: 3.2 }, { text: '沈阳市铁西区北方家电销售有限公司', x: 70, y: 33.9, size: 3.2 },
      { text: '名称：', x: 16, y: 40.1 }, { text: '名称：', x: 70, y: 40.1 },
      { text: '91210106MA0YD2K8WF', x: 70, y: 46.8, size: 3.2 }, { text: '统一社会信用代码/纳税人识别号：', x: 70, y: 53.1 },
    ])));
    expect(inv.buyer.name).toBe('孙建华');
    expect(inv.seller.name).toBe('沈阳市铁西区北方家电销售有限公司');
    expect(inv.seller.taxId).toBe('91210106MA0YD2K8WF');
  });

  it('reads a name above its label whose cell opens with the vertical side label\'s glyph OCR ran into it', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '孙建华', x: 10, y: 22.4, size: 3.1 }, { text: '销沈阳市铁西区北方家电销售有限公司', x: 42, y: 22.4, size: 3.3 },
      { text: '名称：', x: 10, y: 27, size: 2.6 }, { text: '名称：', x: 46, y: 27, size: 2.7 },
      { text: '91210106MA0YD2K8WF', x: 46, y: 31.2 }, { text: '统一社会信用代码/纳税人识别号：', x: 46, y: 35.3 },
    ])));
    expect(inv.seller.name).toBe('沈阳市铁西区北方家电销售有限公司');
    expect(inv.buyer.name).toBe('孙建华');
  });

  it('reads a classic form\'s four rows, each value above its label, the address and bank the way the name went', () => {
    const block = (y: number, [name, id, addr, bank]: string[]): Draw[] => [
      { text: name!, x: 15, y }, { text: '名', x: 15, y: y + 4.1 }, { text: '称：', x: 30, y: y + 4.1 },
      { text: id!, x: 15, y: y + 8.6 }, { text: '纳税人识别号：', x: 15, y: y + 12.6 },
      { text: addr!, x: 15, y: y + 17.1 }, { text: '地址、电话：', x: 15, y: y + 21 },
      { text: bank!, x: 15, y: y + 25.8 }, { text: '开户行及账号：', x: 15, y: y + 29.8 },
    ];
    const inv = parseChineseInvoiceText(toPageText([
      { text: '山东增值税专用发票', x: 86, y: 6.6, size: 5.3 }, { text: '发票代码：3700213130', x: 183, y: 6.6 }, { text: '发票号码：07395128', x: 183, y: 15 },
      { text: '开票日期：2021年09月14日', x: 183, y: 20.8 },
      ...block(29.5, ['烟台芝罘精工机械制造有限公司', '91370602MA3C6T8R43', '烟台市芝罘区幸福南路12号 0535-6815520', '中国银行烟台芝罘支行 218612345678']),
      { text: '货物或应税劳务、服务名称', x: 14, y: 64.8 }, { text: '金额', x: 149, y: 64.8 }, { text: '税率', x: 173, y: 64.8 }, { text: '税额', x: 195, y: 64.8 },
      { text: '*机械设备*数控车床', x: 8, y: 68.8 }, { text: '168141.59', x: 155, y: 68.8 }, { text: '13%', x: 176, y: 68.8 }, { text: '21858.41', x: 201, y: 68.8 },
      { text: '合计', x: 8, y: 74.9 }, { text: '￥168141.59', x: 152, y: 74.9 }, { text: '￥21858.41', x: 198, y: 74.9 },
      { text: '价税合计（大写）', x: 9, y: 95.2 }, { text: 'ⓧ壹拾玖万圆整', x: 36, y: 95.2 }, { text: '（小写）￥190000.00', x: 86, y: 95.2 },
      ...block(101.1, ['济宁市任城区鲁南机床有限公司', '91370811MA3D2W7K94', '济宁市任城区建设北路66号 0537-2213058', '中国农业银行济宁任城支行 15321101040009876']),
    ]));
    expect(inv.buyer.name).toBe('烟台芝罘精工机械制造有限公司');
    expect(inv.buyer.taxId).toBe('91370602MA3C6T8R43');
    expect(inv.buyer.phone).toBe('0535-6815520');
    expect(inv.buyer.account).toBe('218612345678');
    expect(inv.seller.name).toBe('济宁市任城区鲁南机床有限公司');
    expect(inv.seller.taxId).toBe('91370811MA3D2W7K94');
    expect(inv.seller.account).toBe('15321101040009876');
  });

  it('still reads a buyer\'s ID cell left empty as no ID, not the name row above it', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '名称：', x: 16, y: 36.2 }, { text: '昆明滇池国家旅游度假区管理委员会', x: 25, y: 36.2 }, { text: '名称：', x: 113, y: 36.2 }, { text: '大理古城洱海之心酒店管理有限公司', x: 122, y: 36.2 },
      { text: '统一社会信用代码/纳税人识别号：', x: 16, y: 45.8 }, { text: '统一社会信用代码/纳税人识别号：', x: 113, y: 45.8 }, { text: '91532901MA6P4R3H7G', x: 160, y: 45.8 },
    ])));
    expect(inv.buyer.name).toBe('昆明滇池国家旅游度假区管理委员会');
    expect(inv.buyer.taxId).toBeNull();
    expect(inv.seller.taxId).toBe('91532901MA6P4R3H7G');
  });
});

describe('party names wrapped over two rows off their label\'s row', () => {
  it('reads both 数电 names set above their labels and wrapped over two rows, first row and last', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '厦门火炬高新区海沧湾新材料', x: 15.5, y: 33.1, size: 3.2 }, { text: '泉州晋江经济开发区闽南精密', x: 102, y: 33.1, size: 3.2 },
      { text: '科技股份有限公司', x: 15.5, y: 37.8, size: 3.2 }, { text: '纺织机械制造有限公司', x: 102, y: 37.8, size: 3.2 },
      { text: '名称：', x: 15.5, y: 42.5 }, { text: '名称：', x: 102, y: 42.5 },
      { text: '91350200MA8RE5K1X3', x: 15.5, y: 47.6, size: 3.2 }, { text: '91350582MA31T7H6D2', x: 102, y: 47.6, size: 3.2 },
      { text: '统一社会信用代码/纳税人识别号：', x: 15.5, y: 52.3 }, { text: '统一社会信用代码/纳税人识别号：', x: 102, y: 52.3 },
    ])));
    expect(inv.buyer.name).toBe('厦门火炬高新区海沧湾新材料科技股份有限公司');
    expect(inv.buyer.taxId).toBe('91350200MA8RE5K1X3');
    expect(inv.seller.name).toBe('泉州晋江经济开发区闽南精密纺织机械制造有限公司');
    expect(inv.seller.taxId).toBe('91350582MA31T7H6D2');
  });

  it('reads a buyer\'s wrapped name above its label beside a seller whose 名称 row stands level with its first row', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      ...[...'购买方信息'].map((text, i) => ({ text, x: 9, y: 32 + i * 3.6 })), ...[...'销售方信息'].map((text, i) => ({ text, x: 84.5, y: 32 + i * 3.6 })),
      { text: '海口江东新区琼州湾国际旅游', x: 15.5, y: 33.1, size: 3.2 }, { text: '名称：海南椰风印务有限公司', x: 90.9, y: 33.1, size: 3.2 },
      { text: '会展服务有限公司', x: 15.5, y: 37.8, size: 3.2 }, { text: '统一社会信用代码/纳税人识别号：91460100MA5T6Y2C9C', x: 90.9, y: 37.8, size: 3.2 },
      { text: '名称：', x: 15.5, y: 42.5 },
      { text: '91460100MA5U3R8F23', x: 15.5, y: 47.6, size: 3.2 }, { text: '统一社会信用代码/纳税人识别号：', x: 15.5, y: 52.3 },
    ])));
    expect(inv.buyer.name).toBe('海口江东新区琼州湾国际旅游会展服务有限公司');
    expect(inv.seller.name).toBe('海南椰风印务有限公司');
  });

  it('reads names beside their labels whose first row stands above the label\'s row', () => {
    const inv = parseChineseInvoiceText(toPageText(shudian([
      { text: '南宁五象新区东盟跨境电子', x: 24.5, y: 33.3, size: 3.2 }, { text: '柳州阳和工业新区桂中汽车', x: 122.4, y: 33.3, size: 3.2 },
      { text: '名称：商务产业园运营有限公司', x: 15.5, y: 38.1, size: 3.2 }, { text: '名称：零部件制造有限公司', x: 113.4, y: 38.1, size: 3.2 },
      { text: '统一社会信用代码/纳税人识别号：91450100MA5PR1K4TY', x: 15.5, y: 43.7, size: 3.2 },
      { text: '统一社会信用代码/纳税人识别号：91450200MA5L8D6N2X', x: 113.4, y: 43.7, size: 3.2 },
    ])));
    expect(inv.buyer.name).toBe('南宁五象新区东盟跨境电子商务产业园运营有限公司');
    expect(inv.seller.name).toBe('柳州阳和工业新区桂中汽车零部件制造有限公司');
  });

  it('reads a name above its label whose first row OCR ran into the 机器编号 run of the line above', () => {
    // A scan's OCR boxes (mm, a classic form at 200 dpi): the name's first row starts inside the
    // 机器编号 box's width and stands a half row under it, level enough to join its line; the cipher
    // block's rows beside. Every box carries OCR's certainty.
    const [page] = toPageText([
      { text: '河北增值税专用发票', x: 82.8, y: 6.9, size: 6.5 }, { text: '发票代码： 1300212130', x: 181.6, y: 8.1, size: 3.9 },
      { text: '发票号码： 05173926', x: 181.6, y: 13.7, size: 3.9 }, { text: '开票日期： 2021年03月17日', x: 181.5, y: 19.4, size: 3.9 },
      { text: '机器编号：661023874519', x: 6.1, y: 27.2, size: 4.4 },
      { text: '<5*2-+1847/>93*<<6-2+4/815>*7+3->>/62<1*59+', x: 132.3, y: 28.2, size: 5.3 },
      { text: '石家庄高新区太行精密五金制品', x: 14.2, y: 30, size: 4.4 }, { text: '销售有限公司', x: 14.6, y: 34.5, size: 3.4 },
      { text: '452>7/-*38<1<<+26*915-/74>8/3-+*2<6>>41-09', x: 132.3, y: 32.8, size: 5.2 },
      { text: '名', x: 14.5, y: 38.4, size: 3.8 }, { text: '称：', x: 28.6, y: 38.2, size: 3.8 },
      { text: '91130101MA0E5L7R4P', x: 14.5, y: 42.4, size: 3.9 }, { text: '纳税人识别号：', x: 14.9, y: 46.7, size: 3.6 },
      { text: '货物或应税劳务、服务名称', x: 14.1, y: 67.9, size: 3.9 }, { text: '金额', x: 149.5, y: 66.5, size: 3.8 }, { text: '税率', x: 172.2, y: 66.3, size: 3.7 }, { text: '税额', x: 194.3, y: 66, size: 3.6 },
      { text: '*金属制品*紧固件', x: 8.1, y: 72.3, size: 3.6 }, { text: '35398.23', x: 156, y: 70.5, size: 3.8 }, { text: '13%', x: 175.9, y: 70.2, size: 3.8 }, { text: '4601.77', x: 200.8, y: 70, size: 3.8 },
      { text: '合计', x: 8.3, y: 78.5, size: 3.8 }, { text: '￥35398.23', x: 153.8, y: 77.1, size: 3.4 }, { text: '￥4601.77', x: 198.5, y: 76.3, size: 3.8 },
      { text: '价税合计（大写）', x: 9.3, y: 97.6, size: 3.6 }, { text: 'ⓧ肆万圆整', x: 35.7, y: 97.6, size: 3.6 }, { text: '（小写）￥40000.00', x: 96.6, y: 97.6, size: 3.6 },
      ...[...'销售方'].map((text, i) => ({ text, x: 8.8, y: 104 + i * 3.6, size: 3.4 })),
      { text: '唐山曹妃甸冀东重型机械有限公司', x: 15.3, y: 100.1, size: 3.6 }, { text: '名', x: 15.3, y: 104.3, size: 3.6 }, { text: '称：', x: 29.6, y: 104.3, size: 3.6 },
      { text: '91130209MA0D8R5P3P', x: 15.3, y: 108.5, size: 3.6 }, { text: '纳税人识别号：', x: 15.3, y: 112.5, size: 3.6 },
    ]);
    const inv = parseChineseInvoiceText([{ ...page!, items: page!.items.map((i) => ({ ...i, confidence: 96 })) }]);
    expect(inv.buyer.name).toBe('石家庄高新区太行精密五金制品销售有限公司');
    expect(inv.buyer.taxId).toBe('91130101MA0E5L7R4P');
    expect(inv.seller.name).toBe('唐山曹妃甸冀东重型机械有限公司');
    expect(inv.seller.taxId).toBe('91130209MA0D8R5P3P');
  });

  it('does not take another row\'s value above a name for its first row (a 住址 over 卖方单位/个人)', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '电子发票（二手车销售统一发票）', x: 60, y: 8, size: 5 }, { text: '发票号码 25332000000520147736', x: 150, y: 16 }, { text: '开票日期 2025年08月27日', x: 150, y: 21 },
      { text: '买方单位/个人', x: 8, y: 30 }, { text: '欧阳思远', x: 40, y: 30 }, { text: '单位代码/身份证号码', x: 100, y: 30 }, { text: '330106198806142712', x: 140, y: 30 },
      { text: '买方单位/个人住址', x: 8, y: 35 }, { text: '杭州市西湖区文三路二五九号', x: 40, y: 35 },
      { text: '卖方单位/个人', x: 8, y: 40 }, { text: '诸葛明辉', x: 40, y: 40 }, { text: '单位代码/身份证号码', x: 100, y: 40 }, { text: '330102197603024818', x: 140, y: 40 },
      { text: '车价合计（大写）', x: 8, y: 50 }, { text: '伍万陆仟叁佰捌拾圆伍角', x: 40, y: 50 }, { text: '小写', x: 100, y: 50 }, { text: '¥56380.50', x: 140, y: 50 },
    ]));
    expect(inv.seller.name).toBe('诸葛明辉');
    expect(inv.buyer.name).toBe('欧阳思远');
  });
});

describe('a classic form printed over two sheets, cut between the party blocks', () => {
  it('reads the seller from the block on the second sheet, the buyer from the first', () => {
    const [first] = toPageText([
      { text: '内蒙古增值税专用发票', x: 83.6, y: 6.6, size: 5.3 }, { text: '发票代码：1500212130', x: 182.5, y: 6.6, size: 2.5 },
      { text: '发票号码：02846157', x: 182.5, y: 15, size: 2.5 }, { text: '开票日期：2021年06月22日', x: 182.5, y: 20.8, size: 2.5 },
      ...[...'购买方'].map((text, i) => ({ text, x: 8.8, y: 38 + i * 3.2, size: 2.6 })),
      { text: '呼和浩特金山开发区塞北乳业包装材料有限公司', x: 15.3, y: 33.3, size: 2.6 }, { text: '名', x: 15.3, y: 37.3, size: 2.6 }, { text: '称：', x: 29.6, y: 37.3, size: 2.6 },
      { text: '91150105MA0Q7E3K2K', x: 15.3, y: 41.5, size: 2.6 }, { text: '纳税人识别号：', x: 15.3, y: 45.5, size: 2.6 },
      { text: '货物或应税劳务、服务名称', x: 14.4, y: 67.2, size: 2.6 }, { text: '金额', x: 150, y: 67.2, size: 2.6 }, { text: '税率', x: 172.7, y: 67.2, size: 2.6 }, { text: '税额', x: 194.7, y: 67.2, size: 2.6 },
      { text: '*电机*永磁同步电机', x: 8.3, y: 71.2, size: 2.6 }, { text: '82699.12', x: 156.3, y: 71.2, size: 2.6 }, { text: '13%', x: 176.4, y: 71.2, size: 2.6 }, { text: '10750.88', x: 201, y: 71.2, size: 2.6 },
      { text: '合计', x: 8.3, y: 77.5, size: 2.6 }, { text: '￥82699.12', x: 153.7, y: 77.5, size: 2.6 }, { text: '￥10750.88', x: 198.3, y: 77.5, size: 2.6 },
      { text: '价税合计（大写）', x: 9.3, y: 97.6, size: 2.6 }, { text: 'ⓧ玖万叁仟肆佰伍拾圆整', x: 35.7, y: 97.6, size: 2.6 }, { text: '（小写）￥93450.00', x: 96.6, y: 97.6, size: 2.6 },
    ]);
    const [second] = toPageText([
      ...[...'销售方'].map((text, i) => ({ text, x: 8.8, y: 10 + i * 3.2, size: 2.6 })),
      { text: '包头稀土高新区北疆新能源装备制造股份有限公司', x: 15.3, y: 5.3, size: 2.6 }, { text: '名', x: 15.3, y: 9.3, size: 2.6 }, { text: '称：', x: 29.6, y: 9.3, size: 2.6 },
      { text: '91150291MA0N4B8T68', x: 15.3, y: 13.5, size: 2.6 }, { text: '纳税人识别号：', x: 15.3, y: 17.5, size: 2.6 },
      { text: '收款人：赵蕾　　复核：张强　　开票人：王慧', x: 8, y: 40, size: 2.6 },
    ]);
    const inv = parseChineseInvoiceText([first!, { ...second!, page: 2, items: second!.items.map((i) => ({ ...i, page: 2 })) }]);
    expect(inv.buyer.name).toBe('呼和浩特金山开发区塞北乳业包装材料有限公司');
    expect(inv.buyer.taxId).toBe('91150105MA0Q7E3K2K');
    expect(inv.seller.name).toBe('包头稀土高新区北疆新能源装备制造股份有限公司');
    expect(inv.seller.taxId).toBe('91150291MA0N4B8T68');
  });
});

describe('a 卷式 roll', () => {
  const lines = (rows: string[], top: number, pitch = 4.1): Draw[] => rows.map((text, i) => ({ text, x: 4, y: top + i * pitch, size: 2.6 }));

  it('reads each value on the line under its label: the number, not the code above its label, and both parties', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '浙江增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：', '033002000212', '发票号码：', '17320586', '开票日期：', '2024-12-03', '销售方名称：', '杭州市西湖区龙井问茶文化发展有限公司',
        '纳税人识别号：', '91330106MA2H4K9P3P', '购买方名称：', '浙江之江数字文旅产业发展有限公司', '纳税人识别号：', '91330100MA2KE6T1RK'], 15.3),
      { text: '项目', x: 4, y: 74.3, size: 2.6 }, { text: '单价', x: 43, y: 74.3, size: 2.6 }, { text: '数量', x: 52, y: 74.3, size: 2.6 }, { text: '金额', x: 66, y: 74.3, size: 2.6 },
      { text: '茶点', x: 4, y: 79.1, size: 2.6 }, { text: '45.00', x: 41, y: 79.1, size: 2.6 }, { text: '4', x: 55, y: 79.1, size: 2.6 }, { text: '180.00', x: 64, y: 79.1, size: 2.6 },
      ...lines(['合计金额(小写)：', '¥180.00', '合计金额(大写)：', '壹佰捌拾圆整'], 89.4),
    ], 76, 165));
    expect(inv.code).toBe('033002000212');
    expect(inv.number).toBe('17320586');
    expect(inv.seller.name).toBe('杭州市西湖区龙井问茶文化发展有限公司');
    expect(inv.seller.taxId).toBe('91330106MA2H4K9P3P');
    expect(inv.buyer.name).toBe('浙江之江数字文旅产业发展有限公司');
    expect(inv.buyer.taxId).toBe('91330100MA2KE6T1RK');
    expect(inv.totalAmount).toBe(180);
  });

  it('reads a name under its label that the printer wrapped at a column narrower than the roll, by the name\'s end', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '浙江增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：', '033002000512', '发票号码：', '07319246', '开票日期：', '2024-03-16', '销售方名称：', '绍兴市越城区府山街道咸亨老街酒家餐', '饮有限公司',
        '纳税人识别号：', '92330602MA2D8R5L4X', '购买方名称：', '绍兴柯桥区中国轻纺城国际物流园仓储', '管理服务有限公司', '纳税人识别号：', '91330621MA2BG7K31W'], 15.3),
      { text: '项目', x: 4, y: 86.3, size: 2.6 }, { text: '单价', x: 43, y: 86.3, size: 2.6 }, { text: '数量', x: 52, y: 86.3, size: 2.6 }, { text: '金额', x: 66, y: 86.3, size: 2.6 },
      { text: '黄酒', x: 4, y: 91.1, size: 2.6 }, { text: '68.00', x: 41, y: 91.1, size: 2.6 }, { text: '4', x: 55, y: 91.1, size: 2.6 }, { text: '272.00', x: 64, y: 91.1, size: 2.6 },
      ...lines(['合计金额(小写)：', '¥272.00'], 101.4),
    ], 76, 165));
    expect(inv.seller).toMatchObject({ name: '绍兴市越城区府山街道咸亨老街酒家餐饮有限公司', taxId: '92330602MA2D8R5L4X' });
    expect(inv.buyer).toMatchObject({ name: '绍兴柯桥区中国轻纺城国际物流园仓储管理服务有限公司', taxId: '91330621MA2BG7K31W' });
  });

  it('does not join the line under a short name that ends as a name does, nor one that does not end so', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '浙江增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：', '033002000512', '发票号码：', '07319246', '开票日期：', '2024-03-16', '销售方名称：', '绍兴市越城区咸亨酒店', '绍兴黄酒博物馆',
        '纳税人识别号：', '92330602MA2D8R5L4X', '购买方名称：', '绍兴柯桥区中国轻纺城', '服务热线', '纳税人识别号：', '91330621MA2BG7K31W'], 15.3),
      { text: '项目', x: 4, y: 86.3, size: 2.6 }, { text: '单价', x: 43, y: 86.3, size: 2.6 }, { text: '数量', x: 52, y: 86.3, size: 2.6 }, { text: '金额', x: 66, y: 86.3, size: 2.6 },
      { text: '黄酒', x: 4, y: 91.1, size: 2.6 }, { text: '68.00', x: 41, y: 91.1, size: 2.6 }, { text: '4', x: 55, y: 91.1, size: 2.6 }, { text: '272.00', x: 64, y: 91.1, size: 2.6 },
      ...lines(['合计金额(小写)：', '¥272.00'], 101.4),
    ], 76, 165));
    expect(inv.seller.name).toBe('绍兴市越城区咸亨酒店');
    expect(inv.buyer.name).toBe('绍兴柯桥区中国轻纺城');
  });

  it('reads a name on the line under its label that fills the line and wraps onto the next, not a short name\'s next line', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '江苏增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：', '032001900412', '发票号码：', '40928156', '开票日期：', '2024-10-11', '销售方名称：', '南京市玄武区钟山风景区梅花山茶社', '服务热线',
        '纳税人识别号：', '91320102MA21PH3Q8K', '购买方名称：', '南京江北新区长江智能制造产业协同创新研究院运营管理', '有限公司', '纳税人识别号：', '91320100MA1X7F2K47'], 15.3),
      { text: '项目', x: 4, y: 86.3, size: 2.6 }, { text: '单价', x: 43, y: 86.3, size: 2.6 }, { text: '数量', x: 52, y: 86.3, size: 2.6 }, { text: '金额', x: 66, y: 86.3, size: 2.6 },
      { text: '茶水', x: 4, y: 91.1, size: 2.6 }, { text: '88.00', x: 41, y: 91.1, size: 2.6 }, { text: '6', x: 55, y: 91.1, size: 2.6 }, { text: '528.00', x: 64, y: 91.1, size: 2.6 },
      ...lines(['合计金额(小写)：', '¥528.00', '合计金额(大写)：', '伍佰贰拾捌圆整'], 101.4),
    ], 76, 165));
    expect(inv.buyer.name).toBe('南京江北新区长江智能制造产业协同创新研究院运营管理有限公司');
    expect(inv.buyer.taxId).toBe('91320100MA1X7F2K47');
    expect(inv.seller.name).toBe('南京市玄武区钟山风景区梅花山茶社');
    expect(inv.seller.taxId).toBe('91320102MA21PH3Q8K');
  });

  it('reads a name beside its label that runs on onto the next line, the other party\'s 税号 on the line above the label', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '山东增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：037022000411', '发票号码：51842730', '开票日期：2024-08-09', '销售方名称：青岛市市南区栈桥海鲜大排档餐饮管理有限', '公司',
        '纳税人识别号：91370202MA3CLQ6N2P', '购买方名称：青岛崂山区海尔路创新产业园智慧家电研发', '中心有限公司', '纳税人识别号：91370212MA3RX5T8KW'], 15.3),
      { text: '项目', x: 4, y: 58.3, size: 2.6 }, { text: '单价', x: 43, y: 58.3, size: 2.6 }, { text: '数量', x: 52, y: 58.3, size: 2.6 }, { text: '金额', x: 66, y: 58.3, size: 2.6 },
      { text: '海鲜套餐', x: 4, y: 63.1, size: 2.6 }, { text: '398.00', x: 41, y: 63.1, size: 2.6 }, { text: '2', x: 55, y: 63.1, size: 2.6 }, { text: '796.00', x: 64, y: 63.1, size: 2.6 },
      ...lines(['合计金额(小写)：¥796.00'], 73.4),
    ], 76, 165));
    expect(inv.seller).toMatchObject({ name: '青岛市市南区栈桥海鲜大排档餐饮管理有限公司', taxId: '91370202MA3CLQ6N2P' });
    expect(inv.buyer).toMatchObject({ name: '青岛崂山区海尔路创新产业园智慧家电研发中心有限公司', taxId: '91370212MA3RX5T8KW' });
  });

  it('reads the parties named 收款单位 and 付款单位（个人）, each with its 税号 under it', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '江苏增值税普通发票（卷式）', x: 7, y: 3.3, size: 3.3 },
      ...lines(['发票代码：032001900311', '发票号码：05817264', '机器编号：539912407713', '收款单位：南京市秦淮区夫子庙老门东餐饮管理', '有限公司',
        '税号：91320104MA1Y8R3K6F', '开票日期：2024-07-22', '收款员：周静', '付款单位（个人）：南京紫金山数智科技有限公', '司', '税号：91320102MA20D7W5Q7'], 14.2, 3.8),
      { text: '项目', x: 3, y: 61.6, size: 2.5 }, { text: '单价', x: 25, y: 61.6, size: 2.5 }, { text: '数量', x: 35, y: 61.6, size: 2.5 }, { text: '金额', x: 49, y: 61.6, size: 2.5 },
      { text: '餐费', x: 3, y: 66.1, size: 2.5 }, { text: '570.00', x: 23, y: 66.1, size: 2.5 }, { text: '1', x: 39, y: 66.1, size: 2.5 }, { text: '570.00', x: 47, y: 66.1, size: 2.5 },
      { text: '合计金额（小写）：¥570.00', x: 2, y: 80.3, size: 2.5 },
    ], 57, 150));
    expect(inv.seller.name).toBe('南京市秦淮区夫子庙老门东餐饮管理有限公司');
    expect(inv.seller.taxId).toBe('91320104MA1Y8R3K6F');
    expect(inv.buyer.name).toBe('南京紫金山数智科技有限公司');
    expect(inv.buyer.taxId).toBe('91320102MA20D7W5Q7');
  });
});

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

  it('takes a scanned 小计 cell with a stray glyph in its gap (小窗计) for the 小计 row, no item', () => {
    const inv = parseChineseInvoiceText([
      sheet(1, [['*电子元件*贴片电阻', '640.00', '83.20'], ['*集成电路*微控制器', '4800.00', '624.00']], [['小窗计', '¥5440.00', '¥707.20']], null),
      sheet(2, [['*印制电路板*双面电路板', '3850.00', '500.50']], [['小计', '¥3850.00', '¥500.50'], ['合计', '¥9290.00', '¥1207.70']], '⊗壹万零肆佰玖拾柒圆柒角  （小写）¥10497.70'),
    ]);
    expect(inv.items.map((i) => i.amount)).toEqual([640, 4800, 3850]);
    expect(inv.amount).toBe(9290);
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

describe('a 价税合计 row a skew cut in two', () => {
  /** The 数电 form with its 价税合计 row's labels level and its values, (小写) label among them, a skew's drop lower. */
  function skewed(values: Draw[]): Draw[] {
    return [...shudian([
      { text: '名称：石家庄华北净水材料有限公司', x: 16, y: 36.2 }, { text: '名称：唐山冀东化工原料贸易有限公司', x: 107, y: 36.2 },
    ]).filter((d) => !/价税合计|小写|⊗/.test(d.text)), { text: '价税合计（大写）', x: 12.9, y: 93, size: 2.9 }, ...values];
  }

  it('reads the total from the values line whose (小写) label stands between the words and the figure', () => {
    const inv = parseChineseInvoiceText(toPageText(skewed([{ text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分（小写）¥43199.99', x: 105.5, y: 95.6, size: 3.7 }])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(inv.totalInWords).toBe('肆万叁仟壹佰玖拾玖圆玖角玖分');
    expect(inv.amount).toBe(38230.08);
  });

  it('reads it too when the words and the (小写) figure are cells of their own', () => {
    const inv = parseChineseInvoiceText(toPageText(skewed([
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 105.5, y: 95.5, size: 3.7 }, { text: '（小写）¥43199.99', x: 163, y: 96, size: 3.7 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(inv.totalInWords).toBe('肆万叁仟壹佰玖拾玖圆玖角玖分');
  });

  it('does not take a line of other text under the labels for the row\'s values', () => {
    const inv = parseChineseInvoiceText(toPageText(skewed([
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 105.5, y: 93, size: 2.9 }, { text: '（小写）¥43199.99', x: 150, y: 93, size: 2.9 },
      { text: '备注：合同号 2025-118 押金（小写）¥500.00', x: 20, y: 95.6, size: 3.7 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
  });
});

describe('a 通用机打发票 whose typed values stand low and right of their cells', () => {
  /** The form's rows, each label with another label on its row and its value a little lower. */
  const form = (dateValue: string): PageText[] => toPageText([
    { text: '辽宁省地方税务局通用机打发票', x: 80, y: 6, size: 5 }, { text: '发票代码', x: 201, y: 6 }, { text: '221021670412', x: 217, y: 6 },
    { text: '发票号码', x: 201, y: 15.7 }, { text: '00263158', x: 217, y: 17.3 },
    { text: '开票日期', x: 9.8, y: 29.2 }, { text: '行业分类', x: 121.7, y: 29.2 },
    { text: dateValue, x: 43.8, y: 30.8 }, { text: '服务业', x: 155.7, y: 30.8 },
    { text: '付款方名称', x: 9.8, y: 35.3 }, { text: '付款方识别号', x: 121.7, y: 35.3 },
    { text: '大连中山区港湾国际会展服务有限公司', x: 43.8, y: 36.9 }, { text: '91210200MA0Y7P4R10', x: 155.7, y: 36.9 },
    { text: '合计金额（大写）', x: 9.8, y: 66 }, { text: '（小写）', x: 151.7, y: 66 },
    { text: '壹仟零捌拾元整', x: 43.8, y: 67.6 }, { text: '¥1080.00', x: 196.7, y: 67.6 },
    { text: '备注', x: 9.8, y: 72.1 }, { text: '会展日期2016年03月18日至20日', x: 43.8, y: 73.6 },
  ], 240, 90);

  it('reads the date under 开票日期, not the label beside it nor a date in 备注', () => {
    const inv = parseChineseInvoiceText(form('2016-03-21'));
    expect(inv.date).toBe('2016-03-21');
    expect(inv.totalAmount).toBe(1080);
  });

  it('reads no date when the cell under 开票日期 holds none', () => {
    expect(parseChineseInvoiceText(form('')).date).toBeNull();
  });
});

describe('a 数电 page turned in print, the 合计 figures and the 价税合计 values each lower to the right', () => {
  /** The form with its 合计 row and 价税合计 row as a clockwise turn sets them: label, then figures lower. */
  function turned(rows: Draw[]): Draw[] {
    return [...shudian([
      { text: '名称：贵港市港北区金穗粮油贸易有限公司', x: 15, y: 35 }, { text: '名称：梧州市长洲区西江航运物流有限公司', x: 113, y: 37.7 },
    ]).filter((d) => !/合计|小写|⊗|¥/.test(d.text)), ...rows];
  }

  it('takes the 价税合计 values from the line under its labels, not the 合计 tax set beside the labels', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 6.1, y: 100.7, size: 3.2 }, { text: '¥38230.08', x: 130.6, y: 104.1 },
      { text: '价税合计（大写）', x: 6.9, y: 105.7, size: 3.2 }, { text: '¥4969.91', x: 187.4, y: 106.1, size: 3.4 },
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 105, y: 109.2, size: 3.5 }, { text: '（小写）¥43199.99', x: 155.7, y: 110, size: 3.5 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(inv.totalInWords).toBe('肆万叁仟壹佰玖拾玖圆玖角玖分');
  });

  it('takes the 价税合计 values from the line under its labels when both 合计 figures stand beside the labels', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 4.1, y: 97.7, size: 2.6 },
      { text: '价税合计（大写）', x: 4.3, y: 100.6, size: 3.2 }, { text: '¥38230.08', x: 84.7, y: 99.7, size: 4.9 }, { text: '¥4969.91', x: 121.4, y: 100.2, size: 4.4 },
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 68, y: 102.7, size: 4.6 }, { text: '（小写）¥43199.99', x: 101.4, y: 103, size: 4.3 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(inv.totalInWords).toBe('肆万叁仟壹佰玖拾玖圆玖角玖分');
  });

  it('names the net and tax of a 合计 row whose figures it did not read, rather than leave them silently empty', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 6.1, y: 100.7, size: 3.2 }, { text: '¥38230.08', x: 130.6, y: 104.1 },
      { text: '价税合计（大写）', x: 6.9, y: 105.7, size: 3.2 }, { text: '¥4969.91', x: 187.4, y: 106.1, size: 3.4 },
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 105, y: 109.2, size: 3.5 }, { text: '（小写）¥43199.99', x: 155.7, y: 110, size: 3.5 },
    ])));
    expect([inv.amount, inv.taxAmount]).toEqual([null, null]);
    expect(Object.keys(guessesOf(inv))).toEqual(expect.arrayContaining(['amount', 'taxAmount']));
  });

  it('does not take the 合计 row\'s two figures, set just over the labels, for the 价税合计 values', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 6.1, y: 96, size: 3.2 }, { text: '¥38230.08', x: 130.6, y: 101.5 }, { text: '¥4969.91', x: 170, y: 101.5 },
      { text: '价税合计（大写）', x: 6.9, y: 104, size: 3.2 },
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分（小写）¥43199.99', x: 105, y: 109.5, size: 3.5 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(inv.totalInWords).toBe('肆万叁仟壹佰玖拾玖圆玖角玖分');
  });

  it('does not take the figure under the item table\'s 合计 label for the total when the 价税合计 values are lost', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 6.1, y: 96, size: 3.2 }, { text: '¥38230.08', x: 130.6, y: 101.5 }, { text: '¥4969.91', x: 170, y: 101.5 },
      { text: '价税合计（大写）', x: 6.9, y: 104, size: 3.2 },
      { text: '⊗肆万叁仟壹佰玖拾玖圆玖角玖分', x: 60, y: 110, size: 3.5 }, { text: '（小写）¥43199.99', x: 150, y: 116, size: 3.5 },
    ])));
    // The words and the (小写) figure stand too far apart to be read as the row: no total, not the net.
    expect(inv.totalAmount).toBeNull();
  });

  it('still takes a lone figure beside the labels as the total when no line near states the words and the (小写) figure', () => {
    const inv = parseChineseInvoiceText(toPageText(turned([
      { text: '合计', x: 8, y: 79.6 }, { text: '¥38230.08', x: 135, y: 79.6 }, { text: '¥4969.91', x: 189, y: 79.6 },
      { text: '价税合计（大写）', x: 9, y: 102.3 }, { text: '¥43199.99', x: 150, y: 102.3 },
    ])));
    expect(inv.totalAmount).toBe(43199.99);
    expect(guessesOf(inv)).toEqual({});
  });
});
