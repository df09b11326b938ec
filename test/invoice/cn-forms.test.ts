/**
 * Chinese invoices on forms of their own, as their text layers lay them out (mm from the top-left): a
 * 卷式 roll, a 通用定额发票, a 二手车销售统一发票, a 通用机打发票, a paper 机动车销售统一发票 and a 收购
 * invoice. Each case is one behaviour of the parser; the printed pages these came from are in
 * bench/cn-pages (roll-juanshi, dinge-quota, ershouche, jida-tingche, classic-jidongche, classic-shougou).
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { toPageText, type Draw } from './page-builder.js';

const NOW = new Date('2026-01-01');
const failed = (inv: ReturnType<typeof parseChineseInvoiceText>) => runChecks(inv, NOW).filter((c) => !c.ok).map((c) => c.id);

/** One row of cells, all at one height. */
const row = (y: number, ...cells: Array<[number, string]>): Draw[] => cells.map(([x, text]) => ({ text, x, y, size: 2.8 }));

describe('cn-forms: 增值税普通发票（卷式）', () => {
  const roll = (wrapped: boolean): Draw[] => [
    { text: '广东增值税普通发票（卷式）', x: 16, y: 4, size: 3.3 },
    ...row(15, [4, '发票代码：044031970111']), ...row(19, [4, '发票号码：03621457']), ...row(23.5, [4, '机器编号：499099812345']),
    ...(wrapped
      ? [...row(31.7, [4, '销售方名称：深圳市南山区海岸城粤味轩餐饮管理有限公']), ...row(35.7, [4, '司'])]
      : row(31.7, [4, '销售方名称：深圳市南山区海岸城粤味轩餐饮管理公司'])),
    ...row(40, [4, '纳税人识别号：91440305A6EP9GGJ86']),
    ...row(44, [4, '开票日期：2024-03-15'], [33, '收款员：李娜']),
    ...row(48, [4, '购买方名称：深圳市前海新程信息技术有限公司']), ...row(52, [4, '纳税人识别号：91440300MA5FBUBYJL']),
    ...row(58, [4.5, '项目'], [37, '单价'], [49, '数量'], [66, '金额']),
    ...row(62.7, [4.5, '餐费'], [34.6, '286.00'], [53, '1'], [63.7, '286.00']),
    ...row(67.2, [4.5, '酒水饮料'], [36, '18.00'], [53, '4'], [65, '72.00']),
    ...row(72, [4.5, '茶位费'], [37.6, '8.00'], [53, '5'], [65, '40.00']),
    ...row(77.5, [4, '合计金额(小写)：¥398.00']), ...row(81.8, [4, '合计金额(大写)：叁佰玖拾捌圆整']),
  ];

  it('reads the total from 合计金额(小写), not as a net: a roll prints no tax', () => {
    const inv = parseChineseInvoiceText(toPageText(roll(true), 76, 165));
    expect(inv.totalAmount).toBe(398);
    expect(inv.amount).toBeNull();
    expect(inv.taxAmount).toBeNull();
    expect(inv.items.map((i) => i.amount)).toEqual([286, 72, 40]);
    // Lines without a 税率 or 税额 column: a missing net and tax is no misreading.
    expect(failed(inv)).toEqual([]);
  });

  it('joins the name\'s last glyph that the roll wrapped to the start of the next line', () => {
    const inv = parseChineseInvoiceText(toPageText(roll(true), 76, 165));
    expect(inv.seller.name).toBe('深圳市南山区海岸城粤味轩餐饮管理有限公司');
    expect(inv.seller.taxId).toBe('91440305A6EP9GGJ86');
    expect(inv.buyer.name).toBe('深圳市前海新程信息技术有限公司');
  });

  it('does not take a vertical side label\'s glyphs left of a name for its wrapped row', () => {
    // A scan's row with the vertical 购买方 label's first glyph run into the 名称 cell, its other glyphs below.
    const long = '中建华南城市更新（广州）建设发展有限公司黄埔区第二项目经理';
    const inv = parseChineseInvoiceText(toPageText([
      ...row(8.8, [104.7, '发票号码： 25422000000645566778']), ...row(14.1, [104.6, '开票日期： 2025年08月25日']),
      ...row(23.3, [5.3, `购名称：${long}`]), ...row(26.5, [5.4, '买']), ...row(29.6, [5.4, '方'], [10.1, '部']),
      ...row(34.3, [10, '统一社会信用代码/纳税人识别号： 91440106MA5D8G1N4Q']),
    ]));
    expect(inv.buyer.name).toBe(`${long}部`);
  });

  it('still asks for the net and tax of a VAT invoice whose lines have a tax column', () => {
    const page = roll(false).map((d) => (d.text === '金额' ? [d, { text: '税额', x: 82, y: d.y, size: 2.8 }] : d.text === '286.00' && d.x > 60 ? [d, { text: '37.18', x: 82, y: d.y, size: 2.8 }] : [d])).flat();
    const inv = parseChineseInvoiceText(toPageText(page, 90, 165));
    expect(inv.items[0]!.taxAmount).toBe(37.18);
    expect(runChecks(inv, NOW).find((c) => c.id === 'required_fields')?.message).toMatch(/amount, taxAmount/);
  });
});

describe('cn-forms: 通用定额发票', () => {
  it('reads the face value printed in 大写 words alone', () => {
    const inv = parseChineseInvoiceText(toPageText([
      { text: '深圳市通用定额发票', x: 51, y: 5.6, size: 4.9 }, { text: '发票联', x: 67, y: 12, size: 3.2 },
      { text: '发票代码 144032160210', x: 8, y: 18.4, size: 3.5 }, { text: '发票号码 18273645', x: 113.7, y: 18.4, size: 3.5 },
      { text: '贰拾圆', x: 56, y: 27, size: 10.6 }, { text: '（手写无效）', x: 55.6, y: 43, size: 3.5 }, { text: '¥20.00', x: 83.8, y: 43, size: 3.5 },
      { text: '国家税务总局深圳市税务局监制', x: 8, y: 70.6, size: 2.5 },
    ], 150, 80));
    expect([inv.code, inv.number, inv.totalAmount, inv.totalInWords]).toEqual(['144032160210', '18273645', 20, '贰拾圆']);
    expect(inv.date).toBeNull();
    expect(inv.buyer.name).toBeNull();
  });
});

describe('cn-forms: 二手车销售统一发票', () => {
  const page: Draw[] = [
    ...row(5.8, [8, '机打代码 144002220011'], [94.7, '二手车销售统一发票'], [199.3, '发票代码 144002220011']),
    ...row(15.7, [8, '机打号码 00456712'], [199.3, '发票号码 00456712']),
    ...row(22.8, [8, '机器编号 499912345678'], [199.3, '开票日期 2024年09月12日']),
    ...row(29.2, [9.8, '买方单位/个人'], [39.8, '陈志远'], [136.9, '单位代码/身份证号码'], [168.9, '440306198806152410']),
    ...row(35.3, [9.8, '买方单位/个人住址'], [39.8, '广东省深圳市宝安区新安街道创业二路28号'], [136.9, '电话'], [168.9, '13823456781']),
    ...row(41.4, [9.8, '卖方单位/个人'], [39.8, '深圳市鹏城汽车租赁有限公司'], [136.9, '单位代码/身份证号码'], [168.9, '91440300MA5FBUBYJL']),
    ...row(47.7, [9.8, '卖方单位/个人住址'], [39.8, '深圳市福田区深南大道6008号'], [136.9, '电话'], [168.9, '0755-83345120']),
    ...row(53.8, [9.8, '车牌照号'], [39.8, '粤B·7K3M2'], [72.2, '登记证号'], [104.5, '440012345678']),
    ...row(75.5, [9.8, '车价合计（大写）'], [39.8, '捌万陆仟圆整'], [136.9, '小写'], [168.9, '¥86000.00']),
    ...row(81.6, [9.8, '经营、拍卖单位'], [39.8, '深圳市华南二手车交易市场经营管理有限公司']),
    ...row(87.7, [9.8, '经营、拍卖单位地址'], [39.8, '深圳市龙岗区布吉街道吉华路388号'], [136.9, '纳税人识别号'], [168.9, '91440307287J0R118Q']),
    ...row(99.8, [9.8, '二手车市场'], [39.8, '深圳市华南二手车交易市场有限公司'], [136.9, '纳税人识别号'], [168.9, '91440307MA5EJQJQW8']),
    ...row(112.3, [10, '开票单位（盖章）'], [213.3, '开票人：黄丽']),
  ];

  it('reads 买方 and 卖方 单位/个人 as the parties, their 住址 rows apart, and 车价合计 as the total', () => {
    const inv = parseChineseInvoiceText(toPageText(page, 240, 140));
    expect(inv.buyer.name).toBe('陈志远');
    expect(inv.buyer.taxId).toBe('440306198806152410');
    expect(inv.seller.name).toBe('深圳市鹏城汽车租赁有限公司');
    expect(inv.seller.taxId).toBe('91440300MA5FBUBYJL');
    expect([inv.code, inv.number, inv.date, inv.totalAmount, inv.totalInWords]).toEqual(['144002220011', '00456712', '2024-09-12', 86000, '捌万陆仟圆整']);
  });
});

describe('cn-forms: 通用机打发票', () => {
  it('reads 付款方 as the buyer and 收款方 as the seller, their 识别号 cells apart from the names', () => {
    const inv = parseChineseInvoiceText(toPageText([
      ...row(5.8, [86.3, '广东省深圳市通用机打发票'], [201.6, '发票代码 144031722010']),
      ...row(15.7, [201.6, '发票号码 04567231']),
      ...row(29.2, [9.8, '开票日期'], [39.8, '2023-05-18'], [121.7, '行业分类'], [151.7, '服务业']),
      ...row(35.3, [9.8, '付款方名称'], [39.8, '深圳市芯源电子有限公司'], [121.7, '付款方识别号'], [151.7, '91440300MA5H2K8R3M']),
      ...row(41.4, [9.8, '收款方名称'], [39.8, '深圳市福田区华强北停车场管理有限公司'], [121.7, '收款方识别号'], [151.7, '914403040W49KFT2X1']),
      ...row(47.7, [9.8, '项目'], [39.8, '单位'], [80.8, '数量'], [121.7, '单价'], [151.7, '金额']),
      ...row(53.8, [9.8, '月租停车服务费'], [39.8, '月'], [80.8, '3'], [121.7, '600.00'], [151.7, '1800.00']),
      ...row(59.9, [9.8, '临时停车费'], [39.8, '次'], [80.8, '6'], [121.7, '15.00'], [151.7, '90.00']),
      ...row(66, [9.8, '合计金额（大写）'], [39.8, '壹仟捌佰玖拾圆整'], [151.7, '（小写）'], [192.7, '¥1890.00']),
      ...row(78.4, [10, '机打号码 04567231'], [188, '开票人：张敏']),
    ], 240, 140));
    expect(inv.buyer).toMatchObject({ name: '深圳市芯源电子有限公司', taxId: '91440300MA5H2K8R3M' });
    expect(inv.seller).toMatchObject({ name: '深圳市福田区华强北停车场管理有限公司', taxId: '914403040W49KFT2X1' });
    expect([inv.totalAmount, inv.amount, inv.taxAmount]).toEqual([1890, null, null]);
  });
});

describe('cn-forms: a toll booth\'s 通用机打发票 (车辆通行费)', () => {
  const ticket = (title: string): Draw[] => [
    ...row(4, [38, title]), ...row(9, [40, '车辆通行费　发票联']),
    ...row(14, [6, '发票代码 143001960407'], [66, '发票号码 07318826']),
    ...row(21, [7, '入口站'], [30, '长沙西'], [62, '出口站'], [85, '岳阳东']),
    ...row(27, [7, '车型'], [30, '一型客车'], [62, '车牌号'], [85, '湘A·7QK52']),
    ...row(33, [7, '日期'], [30, '2023-05-02 14:26'], [62, '收费员'], [85, '0318']),
    ...row(39, [7, '金额（大写）'], [30, '柒拾伍圆整'], [62, '（小写）'], [85, '¥75.00']),
    ...row(46, [6, '收款单位：湖南长岳高速公路有限公司']),
  ];

  it('is no VAT form: its total alone is no misreading', () => {
    const inv = parseChineseInvoiceText(toPageText(ticket('湖南省通用机打发票'), 110, 80));
    const missing = (i: typeof inv) => runChecks(i, NOW).find((c) => c.id === 'required_fields' && !c.ok)?.message ?? '';
    expect(inv).toMatchObject({ code: '143001960407', number: '07318826', totalAmount: 75, amount: null, taxAmount: null });
    expect(inv.type).not.toBe('toll');
    expect(missing(inv)).not.toMatch(/amount/i);
    // The 通行费 VAT invoice states its 金额 and 税额: without them, it is flagged.
    const vat = parseChineseInvoiceText(toPageText(ticket('湖南增值税电子普通发票（通行费）'), 110, 80));
    expect(vat.type).toBe('toll');
    expect(missing(vat)).toMatch(/amount, taxAmount/);
  });
});

describe('cn-forms: 通用机打发票 naming 付款单位（个人） and 收款单位', () => {
  it('reads the label cells without a colon as the parties, their 纳税人识别号 cells as their IDs, not the foot\'s 收款单位（盖章）', () => {
    const inv = parseChineseInvoiceText(toPageText([
      ...row(5.8, [66.3, '国家税务总局江苏省税务局通用机打发票'], [201.6, '发票代码 132051970201']),
      ...row(15.7, [201.6, '发票号码 00736215']),
      ...row(29.2, [9.8, '开票日期'], [39.8, '2022-08-30'], [121.7, '行业分类'], [151.7, '其他服务业']),
      ...row(35.3, [9.8, '付款单位（个人）'], [39.8, '苏州工业园区金鸡湖畔国际会议中心酒店管理服务有限公司'], [121.7, '纳税人识别号'], [151.7, '91320505MA20NQ7R5A']),
      ...row(41.4, [9.8, '收款单位'], [39.8, '苏州市吴中区太湖旅游度假区游船服务有限公司'], [121.7, '纳税人识别号'], [151.7, '91310115MA1K4D9E3T']),
      ...row(47.7, [9.8, '项目'], [39.8, '单位'], [80.8, '数量'], [121.7, '单价'], [151.7, '金额']),
      ...row(53.8, [9.8, '游船包船服务'], [39.8, '次'], [80.8, '2'], [121.7, '2400.00'], [151.7, '4800.00']),
      ...row(60, [9.8, '合计金额（大写）'], [39.8, '肆仟捌佰圆整'], [151.7, '（小写）'], [192.7, '¥4800.00']),
      ...row(72, [10, '机打号码 00736215'], [160, '开票人：顾佳怡 收款单位（盖章）']),
    ], 240, 140));
    expect(inv.buyer).toMatchObject({ name: '苏州工业园区金鸡湖畔国际会议中心酒店管理服务有限公司', taxId: '91320505MA20NQ7R5A' });
    expect(inv.seller).toMatchObject({ name: '苏州市吴中区太湖旅游度假区游船服务有限公司', taxId: '91310115MA1K4D9E3T' });
  });
});

describe('cn-forms: 通用机打发票 naming 付款单位名称 and 收款单位名称', () => {
  it('reads the label cells with the side before 名称 as the parties, their ID cells wrapped before 号 as their IDs', () => {
    const inv = parseChineseInvoiceText(toPageText([
      ...row(5.8, [70, '北京市通用机打发票'], [150, '发票代码 111001681021']),
      ...row(15.7, [150, '发票号码 30817264']),
      ...row(29.2, [9.8, '开票日期'], [39.8, '2019-11-22'], [110, '行业分类'], [142, '餐饮业']),
      ...row(37, [9.8, '付款单位名称'], [39.8, '北京市海淀区中关村第三小学']),
      ...row(43, [9.8, '付款单位纳税人识别'], [39.8, '12110108MB0Q4K7L3D']), ...row(46.4, [9.8, '号']),
      ...row(53, [9.8, '项目'], [39.8, '单位'], [90, '数量'], [130, '单价'], [160, '金额']),
      ...row(59, [9.8, '工作餐'], [39.8, '份'], [90, '42'], [130, '35.00'], [160, '1470.00']),
      ...row(66, [9.8, '合计金额（大写）'], [39.8, '壹仟肆佰柒拾圆整'], [130, '（小写）'], [160, '¥1470.00']),
      ...row(73, [9.8, '收款单位名称'], [39.8, '北京市朝阳区望京街道老北京炸酱面馆']),
      ...row(79, [9.8, '收款单位纳税人识别'], [39.8, '92110105MA01XK3P9W']), ...row(82.4, [9.8, '号']),
      ...row(89, [9.8, '备注'], [39.8, '秋季运动会工作人员午餐']),
      ...row(98, [10, '机打号码 30817264'], [160, '开票人：刘淑芬 收款单位（盖章）']),
    ], 210, 140));
    expect(inv.buyer).toMatchObject({ name: '北京市海淀区中关村第三小学', taxId: '12110108MB0Q4K7L3D' });
    expect(inv.seller).toMatchObject({ name: '北京市朝阳区望京街道老北京炸酱面馆', taxId: '92110105MA01XK3P9W' });
    expect(inv.totalAmount).toBe(1470);
    expect(failed(inv)).toEqual([]);
  });
});

describe('cn-forms: paper 机动车销售统一发票', () => {
  const form = (buyerCells: Array<[number, string]>): Draw[] => [
    ...row(5.8, [8, '机打代码 144002124160'], [94.7, '机动车销售统一发票'], [201.6, '发票代码 144002124160']),
    ...row(15.7, [8, '机打号码 01234567'], [201.6, '发票号码 01234567']),
    ...row(22.8, [8, '机器编号 499112345678'], [201.6, '开票日期 2021-11-20']),
    ...row(29.2, [9.8, '购买方名称及身份证号码/组']),
    ...row(31, ...buyerCells, [145.7, '纳税人识别号']),
    ...row(32.6, [9.8, '织机构代码']),
    ...row(40.6, [9.8, '车辆类型'], [49.8, '轿车'], [81.8, '厂牌型号'], [145.7, '产地'], [169.7, '广东深圳']),
    ...row(64.1, [9.8, '价税合计'], [49.8, 'ⓧ壹拾伍万捌仟捌佰圆整'], [145.7, '小写'], [169.7, '¥158800.00']),
    ...row(70.2, [9.8, '销货单位名称'], [49.8, '深圳市鹏城比亚迪汽车销售服务有限公司'], [145.7, '电话'], [169.7, '0755-82901234']),
    ...row(76.3, [9.8, '纳税人识别号'], [49.8, '91440304MA54X9QG4B'], [145.7, '账号'], [169.7, '44201532500052501234']),
    ...row(90, [9.8, '增值税税率或征收率'], [49.8, '13%'], [81.8, '增值税税额'], [113.7, '¥18269.03']),
    ...row(98, [9.8, '不含税价'], [49.8, '¥140530.97'], [81.8, '完税凭证号码']),
    ...row(104.3, [10, '销货单位盖章'], [110.3, '开票人：吴佳']),
  ];

  it('splits the buyer\'s ID number from the name in its one cell, and stops the seller\'s name at the 电话 cell', () => {
    const inv = parseChineseInvoiceText(toPageText(form([[49.8, '刘洋'], [58.2, '440306198806152410']]), 240, 140));
    expect(inv.buyer).toMatchObject({ name: '刘洋', taxId: '440306198806152410' });
    expect(guessesOf(inv)).toEqual({});
    expect(inv.seller).toMatchObject({ name: '深圳市鹏城比亚迪汽车销售服务有限公司', taxId: '91440304MA54X9QG4B' });
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([140530.97, 18269.03, 158800]);
  });

  it('puts the name in doubt when OCR ran it into the ID with no space (a stray glyph may end it)', () => {
    const inv = parseChineseInvoiceText(toPageText(form([[49.8, '刘洋烟4403061988061 52410']]), 240, 140));
    expect(inv.buyer).toMatchObject({ name: '刘洋烟', taxId: '440306198806152410' });
    expect(Object.keys(guessesOf(inv))).toEqual(['buyer.name']);
  });
});

describe('cn-forms: 收购 invoices', () => {
  const FARMER = ['陈秀兰', '370782196703124522'] as const;
  const ISSUER = ['寿光市鲁丰蔬菜加工有限公司', '91370783PPA3M3R7Q2'] as const;
  /** A classic 增值税电子普通发票 with the 收购 mark: `top` in the 购买方 block, `bottom` in the 销售方 block. */
  const classic = (top: readonly [string, string], bottom: readonly [string, string], mark = '收购', topIdLabel = '纳税人识别号：'): Draw[] => [
    { text: '山东增值税电子普通发票', x: 80, y: 6, size: 5 }, { text: mark, x: 19, y: 4, size: 4 },
    ...row(6, [180, '发票代码：037071900111']), ...row(10, [180, '发票号码：02718459']), ...row(14, [180, '开票日期：2021年05月26日']),
    ...row(25, [12, '名称：'], [30, top[0]]), ...row(29, [12, topIdLabel], [30, top[1]]),
    ...row(50, [12, '货物或应税劳务、服务名称'], [70, '数量'], [90, '单价'], [120, '金额'], [150, '税率'], [175, '税额']),
    ...row(55, [12, '*蔬菜*黄瓜'], [70, '3200'], [90, '1.25'], [120, '4000.00'], [150, '免税'], [175, '***']),
    ...row(70, [12, '合计'], [120, '￥4000.00'], [175, '***']),
    ...row(76, [12, '价税合计（大写）'], [50, 'ⓧ肆仟圆整'], [140, '（小写）￥4000.00']),
    ...row(84, [12, '名称：'], [30, bottom[0]]), ...row(88, [12, '纳税人识别号：'], [30, bottom[1]]),
    ...row(100, [12, '收款人：孙海燕'], [100, '开票人：孙海燕']),
    ...[...'购买方'].map((ch, i) => ({ text: ch, x: 5, y: 23 + i * 3.5, size: 2.8 })),
    ...[...'销售方'].map((ch, i) => ({ text: ch, x: 5, y: 82 + i * 3.5, size: 2.8 })),
  ];

  it('swaps the blocks of a classic one: the farmer in 购买方 sold, the issuer in 销售方 bought', () => {
    const inv = parseChineseInvoiceText(toPageText(classic(FARMER, ISSUER), 220, 140));
    expect(inv.seller).toMatchObject({ name: FARMER[0], taxId: FARMER[1] });
    expect(inv.buyer).toMatchObject({ name: ISSUER[0], taxId: ISSUER[1] });
    expect(guessesOf(inv)).toEqual({});
  });

  it('reads the farmer\'s ID row labelled 身份证号码 and swaps the blocks by it', () => {
    const inv = parseChineseInvoiceText(toPageText(classic(FARMER, ISSUER, '收购', '身 份 证 号 码：'), 220, 140));
    expect(inv.seller).toMatchObject({ name: FARMER[0], taxId: FARMER[1] });
    expect(inv.buyer).toMatchObject({ name: ISSUER[0], taxId: ISSUER[1] });
    expect(guessesOf(inv)).toEqual({});
  });

  it('reads a paper 农产品收购发票 naming the issuer 收购单位 and the farmer 销售方（姓名）, label cells without a colon', () => {
    const inv = parseChineseInvoiceText(toPageText([
      ...row(5.8, [86.3, '黑龙江省农产品收购发票'], [201.6, '发票代码 123011970511']),
      ...row(15.7, [201.6, '发票号码 01846273']),
      ...row(29.2, [9.8, '开票日期'], [39.8, '2021-10-15'], [121.7, '收购地点'], [151.7, '五常市龙凤山镇乐园村']),
      ...row(35.3, [9.8, '收购单位'], [39.8, '五常市稻花香米业加工有限公司'], [121.7, '纳税人识别号'], [151.7, '91230184MA1D3N7W6G']),
      ...row(41.4, [9.8, '销售方（姓名）'], [39.8, '孙桂兰'], [121.7, '身份证号码'], [151.7, '230184197208115622']),
      ...row(47.7, [9.8, '品名'], [39.8, '单位'], [80.8, '数量'], [121.7, '单价'], [151.7, '金额']),
      ...row(53.8, [9.8, '稻谷'], [39.8, '千克'], [80.8, '25000'], [121.7, '3.20'], [151.7, '80000.00']),
      ...row(60, [9.8, '合计金额（大写）'], [39.8, '捌万圆整'], [151.7, '（小写）'], [192.7, '¥80000.00']),
      ...row(72, [10, '机打号码 01846273'], [160, '开票人：于海波 收购单位（盖章）']),
    ], 240, 140));
    expect(inv.seller).toMatchObject({ name: '孙桂兰', taxId: '230184197208115622' });
    expect(inv.buyer).toMatchObject({ name: '五常市稻花香米业加工有限公司', taxId: '91230184MA1D3N7W6G' });
    expect(inv.totalAmount).toBe(80000);
  });

  it('leaves blocks that already name the farmer as 销售方 as they are', () => {
    const inv = parseChineseInvoiceText(toPageText(classic(ISSUER, FARMER), 220, 140));
    expect(inv.seller.name).toBe(FARMER[0]);
    expect(inv.buyer.name).toBe(ISSUER[0]);
  });

  it('puts both names in doubt when the IDs do not say who the farmer is', () => {
    const inv = parseChineseInvoiceText(toPageText(classic([FARMER[0], ''], ISSUER), 220, 140));
    expect(Object.keys(guessesOf(inv)).sort()).toEqual(['buyer.name', 'seller.name']);
  });

  it('reads an invoice without the mark by its blocks', () => {
    const inv = parseChineseInvoiceText(toPageText(classic(FARMER, ISSUER, '发票联'), 220, 140));
    expect(inv.buyer.name).toBe(FARMER[0]);
    expect(inv.seller.name).toBe(ISSUER[0]);
  });
});
