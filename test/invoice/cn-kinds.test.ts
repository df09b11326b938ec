/**
 * Kinds of Chinese invoices the corpus lacks, as generated pages: tickets without an item table, a party
 * name wrapped onto a second row of its cell, a 销货清单 second page. Each case is one behaviour of the
 * parser; the printed pages these came from are in bench/cn-pages.
 */
import { describe, expect, it } from 'vitest';
import type { PageText } from '../../src/core/text.js';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { toPageText, type Draw } from './page-builder.js';

const NOW = new Date('2025-12-01');

/** A 数电 电子发票: buyer's column at x 12, seller's at x 112, vertical side labels at 5 and 105. */
function digitalPage(o: { buyer?: Draw[]; buyerTaxId?: false; seller?: Draw[]; sellerTaxId?: false; items?: Draw[]; sum?: [string, string]; grand?: [string, string]; sideLabels?: false } = {}): Draw[] {
  const page: Draw[] = [
    { text: '电子发票（增值税专用发票）', x: 62, y: 8, size: 5 },
    { text: '发票号码：', x: 140, y: 14 }, { text: '25442000000093312784', x: 158, y: 14 },
    { text: '开票日期：', x: 140, y: 19 }, { text: '2025年02月27日', x: 158, y: 19 },
    ...(o.buyer ?? [{ text: '名称：', x: 12, y: 30 }, { text: '南京智控自动化设备有限公司', x: 21, y: 30 }]),
    ...(o.buyerTaxId === false ? [] : [{ text: '统一社会信用代码/纳税人识别号：', x: 12, y: 38, size: 2.5 }, { text: '91320100MA1Y3R7K6M', x: 55, y: 38 }]),
    ...(o.seller ?? [{ text: '名称：', x: 112, y: 30 }, { text: '广州南沙精工钢构有限公司', x: 121, y: 30 }]),
    ...(o.sellerTaxId === false ? [] : [{ text: '统一社会信用代码/纳税人识别号：', x: 112, y: 38, size: 2.5 }, { text: '91440101MA9Y6F3T0H', x: 155, y: 38 }]),
    { text: '项目名称', x: 12, y: 50 }, { text: '规格型号', x: 55, y: 50 }, { text: '单位', x: 80, y: 50, glyphs: 4 }, { text: '数量', x: 95, y: 50, glyphs: 4 },
    { text: '单价', x: 113, y: 50, glyphs: 4 }, { text: '金额', x: 136, y: 50, glyphs: 4 }, { text: '税率/征收率', x: 152, y: 50 }, { text: '税额', x: 181, y: 50, glyphs: 4 },
    ...(o.items ?? [{ text: '*金属结构*钢结构件', x: 12, y: 56 }, { text: '吨', x: 82, y: 56 }, { text: '2', x: 98, y: 56 }, { text: '500.00', x: 110, y: 56 },
      { text: '1000.00', x: 136, y: 56 }, { text: '13%', x: 158, y: 56 }, { text: '130.00', x: 181, y: 56 }]),
    { text: '合计', x: 28, y: 80, glyphs: 9 }, { text: o.sum?.[0] ?? '¥1000.00', x: 136, y: 80 }, { text: o.sum?.[1] ?? '¥130.00', x: 180, y: 80 },
    { text: '价税合计（大写）', x: 12, y: 88 }, { text: o.grand?.[0] ?? '⊗壹仟壹佰叁拾圆整', x: 50, y: 88 }, { text: `（小写）${o.grand?.[1] ?? '¥1130.00'}`, x: 140, y: 88 },
    { text: '备注', x: 12, y: 96 },
    { text: '开票人：冯凯', x: 12, y: 128 },
  ];
  if (o.sideLabels === false) return page;
  for (const [i, ch] of [...'购买方信息'].entries()) page.push({ text: ch, x: 5, y: 28 + i * 3.5 });
  for (const [i, ch] of [...'销售方信息'].entries()) page.push({ text: ch, x: 105, y: 28 + i * 3.5 });
  return page;
}

const LONG_FIRST = '中建华南城市更新（广州）建设发展有限公司黄埔区第二项';
const LONG = `${LONG_FIRST}目经理部`;

describe('cn-kinds: a party name wrapped onto a second row at the cell\'s left edge', () => {
  it('joins the second row of the buyer\'s name (left column, its row bounded by the seller\'s label)', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: LONG_FIRST, x: 21, y: 30 }, { text: '目经理部', x: 12, y: 34.5 },
    ] })));
    expect(inv.buyer.name).toBe(LONG);
    expect(inv.buyer.taxId).toBe('91320100MA1Y3R7K6M');
    expect(inv.seller.name).toBe('广州南沙精工钢构有限公司');
  });

  it('joins the second row of the seller\'s name (right column, up to the page edge)', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ seller: [
      { text: '名称：', x: 112, y: 30 }, { text: LONG_FIRST.slice(0, 24), x: 121, y: 30 }, { text: LONG.slice(24), x: 112, y: 34.5 },
    ] })));
    expect(inv.seller.name).toBe(LONG);
    expect(inv.buyer.name).toBe('南京智控自动化设备有限公司');
  });

  it('joins a wrapped row a line pitch under a name with no tax-ID row under it (a body or a person without one)', () => {
    // Nothing under the 名称 label gives the rows' pitch: the wrapped row stands 1.4 glyph heights down.
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ buyerTaxId: false, buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: LONG_FIRST, x: 21, y: 30 }, { text: '目经理部', x: 12, y: 34.3 },
    ] })));
    expect(inv.buyer.name).toBe(LONG);
    expect(inv.seller.name).toBe('广州南沙精工钢构有限公司');
    // Another name, its last glyph alone on a row twice the glyph height down (line height 2).
    const other = '南宁市青秀区凤岭北社区居民委员会老年人日间照料中心筹备';
    const lone = parseChineseInvoiceText(toPageText(digitalPage({ buyerTaxId: false, buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: other, x: 21, y: 30 }, { text: '组', x: 12, y: 36 },
    ] })));
    expect(lone.buyer.name).toBe(`${other}组`);
  });

  it('leaves a row under a lone name unbounded on the right alone (a grid\'s label cell wrapped under 名称)', () => {
    // The seller's column runs to the page's edge: its name cannot be seen to fill the cell.
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ sellerTaxId: false, seller: [
      { text: '名称', x: 112, y: 30 }, { text: '四川蜀道云图测绘技术有限公司', x: 121, y: 30 }, { text: '统一社会信', x: 112, y: 34.5, size: 2.5 },
    ] })));
    expect(inv.seller.name).toBe('四川蜀道云图测绘技术有限公司');
  });

  it('joins a wrapped row that opens with a Latin word or a figure, the first row short of the cell by that word', () => {
    // The first row ends 12 mm short of the seller's label: more than its margin, less than that and "EPC".
    const first = '中建八局第三建设有限公司杭州亚运配套道路改造工程';
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: first, x: 21, y: 30 }, { text: 'EPC总承包项目经理部', x: 12, y: 34.5 },
    ] })));
    expect(inv.buyer.name).toBe(`${first}EPC总承包项目经理部`);
    const other = '广州地铁集团有限公司十一号线二期工程土建施工三标';
    const year = parseChineseInvoiceText(toPageText(digitalPage({ buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: other, x: 21, y: 30 }, { text: '2025年度总承包项目经理部', x: 12, y: 34.5 },
    ] })));
    expect(year.buyer.name).toBe(`${other}2025年度总承包项目经理部`);
  });

  it('leaves a line under the label alone when the name\'s row does not fill its cell', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ buyer: [
      { text: '名称：', x: 12, y: 30 }, { text: '南京智控自动化设备有限公司', x: 21, y: 30 }, { text: '个人', x: 12, y: 34.5 },
    ] })));
    expect(inv.buyer.name).toBe('南京智控自动化设备有限公司');
  });
});

describe('cn-kinds: 铁路电子客票 and other 数电 tickets', () => {
  const ticket: Draw[] = [
    { text: '电子发票（铁路电子客票）', x: 70, y: 8, size: 5 },
    { text: '发票号码：', x: 150, y: 12 }, { text: '25119110850001234567', x: 166, y: 12, size: 2.5 },
    { text: '开票日期：', x: 150, y: 17 }, { text: '2025年03月12日', x: 166, y: 17 },
    { text: '北京南站', x: 15, y: 30, size: 4 }, { text: 'G1', x: 95, y: 30, size: 4 }, { text: '上海虹桥站', x: 165, y: 30, size: 4 },
    { text: '2025年03月14日 09:00开', x: 15, y: 40 }, { text: '05车12A号', x: 95, y: 40 }, { text: '二等座', x: 175, y: 40 },
    { text: '票价：', x: 15, y: 46 }, { text: '￥662.00', x: 95, y: 46, size: 4 },
    { text: '3101011990****1234  张伟', x: 15, y: 54 },
    { text: '电子客票号：', x: 15, y: 60 }, { text: '5230712345031460123456', x: 33, y: 60 },
    { text: '购买方名称：', x: 15, y: 66 }, { text: '上海澄明办公用品有限公司', x: 33, y: 66 },
    { text: '统一社会信用代码：', x: 130, y: 66 }, { text: '91310115MA1K4B7X2D', x: 157, y: 66 },
  ];

  it('reads number, date, fare and buyer, and no 发票代码 from the passenger\'s masked ID number', () => {
    const inv = parseChineseInvoiceText(toPageText(ticket));
    expect(inv).toMatchObject({ type: 'train', code: null, number: '25119110850001234567', date: '2025-03-12', totalAmount: 662, currency: 'CNY' });
    expect(inv.buyer).toMatchObject({ name: '上海澄明办公用品有限公司', taxId: '91310115MA1K4B7X2D' });
  });

  it.each([['退票费', '33.00', 33], ['改签费', '10.00', 10]])('takes a %s ticket\'s fee for its amount, not the 原票价 beside it', (label, fee, want) => {
    const refund = ticket.map((d) => (d.text === '票价：' ? { ...d, text: `${label}：` } : d.text === '￥662.00' ? { ...d, text: `￥${fee}` } : d));
    const inv = parseChineseInvoiceText(toPageText([...refund, { text: '原票价：￥165.00', x: 150, y: 46 }]));
    expect(inv.totalAmount).toBe(want);
  });

  it('takes no bare figure in the head of a 数电 ticket for a 发票代码', () => {
    const inv = parseChineseInvoiceText(toPageText([...ticket.filter((d) => !d.text.includes('****')), { text: '1100202503', x: 15, y: 22 }]));
    expect(inv.code).toBeNull();
  });
});

describe('cn-kinds: a 销货清单 second page', () => {
  const row = (no: string, name: string, amount: string, tax: string, y: number): Draw[] => [
    { text: no, x: 6, y }, { text: name, x: 18, y }, { text: '个', x: 82, y }, { text: '1', x: 98, y }, { text: amount, x: 110, y },
    { text: amount, x: 136, y }, { text: '13%', x: 158, y }, { text: tax, x: 181, y },
  ];
  const page1 = digitalPage({ items: [{ text: '（详见销货清单）', x: 12, y: 56 }, { text: '1000.00', x: 136, y: 56 }, { text: '130.00', x: 181, y: 56 }] });
  const list: Draw[] = [
    { text: '销售货物或者提供应税劳务、服务清单', x: 55, y: 8, size: 4 },
    { text: '购买方名称：南京智控自动化设备有限公司', x: 12, y: 18 }, { text: '所属发票号码：25442000000093312784', x: 130, y: 18 },
    { text: '销售方名称：广州南沙精工钢构有限公司', x: 12, y: 23 }, { text: '共1页 第1页', x: 130, y: 23 },
    { text: '序号', x: 4, y: 30 }, { text: '项目名称', x: 18, y: 30 }, { text: '规格型号', x: 55, y: 30 }, { text: '单位', x: 80, y: 30 }, { text: '数量', x: 95, y: 30 },
    { text: '单价', x: 113, y: 30 }, { text: '金额', x: 136, y: 30 }, { text: '税率/征收率', x: 152, y: 30 }, { text: '税额', x: 181, y: 30 },
    ...row('1', '*金属结构*钢梁', '600.00', '78.00', 36), ...row('2', '*金属结构*钢柱', '300.00', '39.00', 41), ...row('3', '*金属结构*连接板', '100.00', '13.00', 46),
    { text: '小计', x: 14, y: 52 }, { text: '¥1000.00', x: 136, y: 52 }, { text: '¥130.00', x: 180, y: 52 },
    { text: '总计', x: 14, y: 57 }, { text: '¥1000.00', x: 136, y: 57 }, { text: '¥130.00', x: 180, y: 57 },
    { text: '备注：', x: 12, y: 64 }, { text: '销售方（章）', x: 12, y: 75 }, { text: '开票日期：2025年02月27日', x: 140, y: 75 },
  ];
  const second = toPageText(list)[0];
  const pages: PageText[] = [toPageText(page1)[0], { ...second, page: 2, items: second.items.map((i) => ({ ...i, page: 2 })) }];

  it('takes the list\'s lines as the items, without its 小计 and 总计 rows or the line pointing to it', () => {
    const inv = parseChineseInvoiceText(pages);
    expect(inv.items.map((i) => [i.name, i.amount, i.taxAmount])).toEqual([['*金属结构*钢梁', 600, 78], ['*金属结构*钢柱', 300, 39], ['*金属结构*连接板', 100, 13]]);
    expect(inv).toMatchObject({ amount: 1000, taxAmount: 130, totalAmount: 1130 });
    expect(inv.seller.name).toBe('广州南沙精工钢构有限公司');
    expect(inv.buyer.name).toBe('南京智控自动化设备有限公司');
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('takes no line of figures without a name from the pointing table, one per rate whose 详见 cell a scan cut off', () => {
    const cut = digitalPage({ items: [{ text: '（详见销货清单）', x: 12, y: 56 }, { text: '600.00', x: 136, y: 56 }, { text: '78.00', x: 181, y: 56 },
      { text: '400.00', x: 136, y: 60.5 }, { text: '52.00', x: 181, y: 60.5 }] });
    const inv = parseChineseInvoiceText([toPageText(cut)[0], pages[1]]);
    expect(inv.items.map((i) => [i.name, i.amount, i.taxAmount])).toEqual([['*金属结构*钢梁', 600, 78], ['*金属结构*钢柱', 300, 39], ['*金属结构*连接板', 100, 13]]);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('keeps the pointing line when no list page came with the invoice', () => {
    const inv = parseChineseInvoiceText(toPageText(page1));
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['（详见销货清单）', 1000]]);
  });
});

describe('cn-kinds: 电子发票（机动车销售统一发票）, a grid of labelled cells', () => {
  // Label and value cells side by side; the cell under 增值税税额 holds the 不含税价 row's label and the
  // one under 主管税务机关及代码 nothing, so no figure is to be taken "under a header".
  const cells = (y: number, ...c: Array<[number, string]>): Draw[] => c.map(([x, text]) => ({ text, x, y, size: 2.8 }));
  const car: Draw[] = [
    { text: '电子发票（机动车销售统一发票）', x: 55, y: 8, size: 5 },
    { text: '发票号码：', x: 140, y: 14 }, { text: '25442000000301234567', x: 158, y: 14, size: 2.5 },
    { text: '开票日期：', x: 140, y: 19 }, { text: '2025年06月18日', x: 158, y: 19 },
    ...cells(30, [8, '购买方名称'], [30, '周子涵'], [90, '身份证号码/统一社会信用代码/纳税人识别号'], [150, '440106199205123458']),
    ...cells(37, [8, '车辆类型'], [30, '轿车'], [50, '厂牌型号'], [70, '星驰牌SXC7200'], [110, '产地'], [125, '广东广州']),
    ...cells(44, [8, '价税合计'], [30, '⊗贰拾万圆整'], [140, '小写'], [155, '¥200000.00']),
    ...cells(51, [8, '销售方名称'], [30, '广州穗星汽车销售服务有限公司'], [90, '统一社会信用代码/纳税人识别号'], [150, '91440300MA5G1L9P6F']),
    ...cells(58, [8, '增值税税率或征收率'], [38, '13%'], [50, '增值税税额'], [70, '¥23008.85'], [95, '主管税务机关及代码'], [125, '国家税务总局广州市天河区税务局 144010600']),
    ...cells(65, [8, '不含税价'], [30, '¥176991.15'], [50, '完税凭证号码'], [95, '吨位'], [125, '限乘人数'], [145, '5']),
  ];

  it('reads 不含税价, 增值税税额 and 价税合计 beside their labels, and both parties', () => {
    const inv = parseChineseInvoiceText(toPageText(car));
    expect(inv).toMatchObject({ number: '25442000000301234567', date: '2025-06-18', amount: 176991.15, taxAmount: 23008.85, totalAmount: 200000 });
    expect(inv.seller).toMatchObject({ name: '广州穗星汽车销售服务有限公司', taxId: '91440300MA5G1L9P6F' });
    expect(inv.buyer).toMatchObject({ name: '周子涵', taxId: '440106199205123458' });
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('takes no code for a tax figure from the cell under 增值税税额', () => {
    const inv = parseChineseInvoiceText(toPageText([...car.filter((d) => d.text !== '¥23008.85'),
      ...cells(62, [70, '144010600'])]));
    expect(inv.taxAmount).not.toBe(144010600);
  });
});

describe('cn-kinds: a 特定业务 table between the items and 合计', () => {
  const item: Draw[] = [{ text: '*不动产*办公楼', x: 12, y: 56 }, { text: '平方米', x: 80, y: 56 }, { text: '100', x: 97, y: 56 }, { text: '10.00', x: 112, y: 56 },
    { text: '1000.00', x: 136, y: 56 }, { text: '13%', x: 158, y: 56 }, { text: '130.00', x: 181, y: 56 }];
  const table = (header: string[], values: string[]): Draw[] => [
    ...header.map((text, k) => ({ text, x: 12 + k * 32, y: 63, size: 2.5 })), ...values.map((text, k) => ({ text, x: 12 + k * 32, y: 68, size: 2.5 })),
  ];

  it.each([
    ['销售不动产, with figures', ['不动产单元代码', '不动产地址', '土地增值税项目编号', '核定计税价格', '实际成交含税金额'], ['510107001003GB0001', '成都市武侯区天府大道1700号', '5101072021001', '1100.00', '1130.00']],
    ['建筑服务, words only', ['建筑服务发生地', '详细地址', '建筑项目名称', '跨地（市）标志'], ['湖北省武汉市', '高新大道666号', '光谷园区二期', '否']],
    ['旅客运输', ['出行人', '有效身份证件号', '出行日期', '出发地', '到达地'], ['李明', '610102199003****15', '2025-04-28', '西安', '延安']],
    ['货物运输', ['运输工具种类', '运输工具牌号', '起运地', '到达地', '运输货物名称'], ['公路运输', '苏E6T215', '江苏省苏州市', '湖北省武汉市', '机械零部件']],
    ['机动车', ['车辆类型', '厂牌型号', '合格证号', '车辆识别代号/车架号码', '发动机号码'], ['轿车', '东风牌EQ7000BEVF5', 'WAP400250123456', 'LGBH52E09SY104731', '0251872']],
    ['拖拉机和联合收割机', ['产地', '合格证号', '发动机号码', '底盘号/机架号', '吨位'], ['山东省潍坊市', 'TLJ2025018842', '25060431', '2510 3377', '3.5']],
  ])('%s: its rows are no item lines', (_kind, header, values) => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ items: [...item, ...table(header, values)] })));
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['*不动产*办公楼', 1000]]);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('cn-kinds: 航空运输电子客票行程单 figures under their headers', () => {
  const HEADERS = ['票价', '燃油附加费', '增值税税率', '增值税税额', '民航发展基金', '其他税费', '合计'];
  const itinerary = (values: Draw[]): Draw[] => [
    { text: '电子发票（航空运输电子客票行程单）', x: 50, y: 8, size: 5 },
    { text: '发票号码：', x: 150, y: 14 }, { text: '25447000000034567890', x: 166, y: 14, size: 2.5 },
    { text: '旅客姓名', x: 10, y: 24 }, { text: '林晓东', x: 10, y: 29 },
    ...HEADERS.map((text, k) => ({ text, x: 12 + k * 27, y: 60, size: 2.8 })), ...values,
    { text: '填开单位：', x: 70, y: 75 }, { text: '广州穗云航空服务有限公司', x: 86, y: 75 }, { text: '填开日期：', x: 150, y: 75 }, { text: '2025-03-28', x: 166, y: 75 },
    { text: '购买方名称：', x: 10, y: 82 }, { text: '深圳市芯源电子有限公司', x: 28, y: 82 },
  ];
  const figures = ['880.00', '20.00', '9%', '74.31', '50.00', '0.00', '950.00'];

  it.each([
    ['one cell each ("CNY 880.00")', figures.map((f, k) => ({ text: f.endsWith('%') ? f : `CNY ${f}`, x: 12 + k * 27, y: 65, size: 2.8 }))],
    ['the currency in a cell of its own ("CNY" | "880.00")', figures.flatMap((f, k) => (f.endsWith('%') ? [{ text: f, x: 14 + k * 27, y: 65, size: 2.8 }]
      : [{ text: 'CNY', x: 10 + k * 27, y: 65, size: 2.8 }, { text: f, x: 18 + k * 27, y: 65, size: 2.8 }]))],
  ])('reads total, tax and net with %s', (_how, values) => {
    const inv = parseChineseInvoiceText(toPageText(itinerary(values as Draw[])));
    expect(inv).toMatchObject({ type: 'flight', totalAmount: 950, taxAmount: 74.31, amount: 875.69, date: '2025-03-28' });
    expect(inv.seller.name).toBe('广州穗云航空服务有限公司');
  });

  const values = figures.map((f, k) => ({ text: f.endsWith('%') ? f : `¥${f}`, x: 12 + k * 27, y: 65, size: 2.8 }));

  it('names the issuer when a stamp over 填开单位 left its label misread (镇开华检), not an empty seller', () => {
    const page = itinerary(values).map((d) => (d.text === '填开单位：' ? { ...d, text: '镇开华检：' } : d));
    const inv = parseChineseInvoiceText(toPageText(page));
    expect(inv.seller.name).toBeNull();
    expect(Object.keys(guessesOf(inv))).toEqual(['seller.name']);
    // Read, it is no doubt.
    expect(guessesOf(parseChineseInvoiceText(toPageText(itinerary(values))))).toEqual({});
  });

  it('ends the buyer\'s name at a 统一社会信用代码/纳税人识别号 label whose first half OCR misread (统十)', () => {
    const page = [...itinerary(values), { text: '统十社会信用代码/纳税人识别号：', x: 110, y: 82 }, { text: '91430104MA4T6W2L8A', x: 160, y: 82 }];
    const inv = parseChineseInvoiceText(toPageText(page));
    expect(inv.buyer).toMatchObject({ name: '深圳市芯源电子有限公司', taxId: '91430104MA4T6W2L8A' });
  });
});

describe('cn-kinds: whose block is whose, when the side labels do not reach the name rows', () => {
  const block = (y: number, name: string, id: string): Draw[] => [
    { text: '名称:', x: 12, y, glyphs: 8 }, { text: name, x: 32, y },
    { text: '纳税人识别号:', x: 12, y: y + 5 }, { text: id, x: 40, y: y + 5 },
    { text: '地址、电话:', x: 12, y: y + 10, glyphs: 3.2 }, { text: '开户行及账号:', x: 12, y: y + 15 },
  ];
  /** A vertical side label set compactly in the middle of its four-row block, short of the 名称 row. */
  const compact = (text: string, y: number): Draw[] => [...text].map((ch, i) => ({ text: ch, x: 5, y: y + 6 + i * 3 }));
  const form = (top: Draw[], bottom: Draw[]): Draw[] => [
    { text: '广东增值税电子普通发票', x: 62, y: 6, size: 5 },
    { text: '发票代码:', x: 140, y: 12 }, { text: '044002100211', x: 160, y: 12 },
    { text: '发票号码:', x: 140, y: 17 }, { text: '51230987', x: 160, y: 17 },
    { text: '开票日期:', x: 140, y: 22 }, { text: '2021年12月20日', x: 160, y: 22 },
    ...top,
    { text: '货物或应税劳务、服务名称', x: 12, y: 52 }, { text: '数量', x: 99, y: 52, glyphs: 5 }, { text: '单价', x: 116, y: 52, glyphs: 5 },
    { text: '金额', x: 140, y: 52, glyphs: 6 }, { text: '税率', x: 160, y: 52 }, { text: '税额', x: 178, y: 52, glyphs: 6 },
    { text: '*维修服务*车辆保养', x: 12, y: 57 }, { text: '1', x: 102, y: 57 }, { text: '970.87', x: 112, y: 57 },
    { text: '970.87', x: 142, y: 57 }, { text: '3%', x: 161, y: 57 }, { text: '29.13', x: 181, y: 57 },
    { text: '合计', x: 28, y: 72, glyphs: 10 }, { text: '¥970.87', x: 140, y: 72 }, { text: '¥29.13', x: 179, y: 72 },
    { text: '价税合计（大写）', x: 12, y: 79 }, { text: '⊗壹仟圆整', x: 60, y: 79 }, { text: '（小写）', x: 140, y: 79 }, { text: '¥1000.00', x: 156, y: 79 },
    ...bottom,
    { text: '收款人:刘芳', x: 10, y: 112 }, { text: '复核:陈建', x: 60, y: 112 }, { text: '开票人:王小雨', x: 110, y: 112 },
  ];
  const seller = block(30, '广州穗星汽车销售服务有限公司', '91440300MA5G1L9P6F');
  const buyer = block(88, '广州南沙精工钢构有限公司', '91440101MA9Y6F3T0H');

  it('sides a classic form\'s blocks by their compact vertical labels, the seller\'s on top', () => {
    const inv = parseChineseInvoiceText(toPageText(form([...seller, ...compact('销售方', 30)], [...buyer, ...compact('购买方', 88)])));
    expect(inv.seller).toMatchObject({ name: '广州穗星汽车销售服务有限公司', taxId: '91440300MA5G1L9P6F' });
    expect(inv.buyer).toMatchObject({ name: '广州南沙精工钢构有限公司', taxId: '91440101MA9Y6F3T0H' });
  });

  it('keeps the usual order with the buyer on top', () => {
    const inv = parseChineseInvoiceText(toPageText(form([...buyer.map((d) => ({ ...d, y: d.y - 58 })), ...compact('购买方', 30)],
      [...seller.map((d) => ({ ...d, y: d.y + 58 })), ...compact('销售方', 88)])));
    expect(inv.seller.name).toBe('广州穗星汽车销售服务有限公司');
    expect(inv.buyer.name).toBe('广州南沙精工钢构有限公司');
  });

  it('sides names side by side by the block titles above them, the seller\'s on the left', () => {
    const page = digitalPage({
      sideLabels: false,
      buyer: [{ text: '名称：', x: 12, y: 30 }, { text: '广州穗达建材贸易有限公司', x: 21, y: 30 }],
      seller: [{ text: '名称：', x: 112, y: 30 }, { text: '重庆山城装饰工程有限公司', x: 121, y: 30 }],
    });
    const titled = [...page, { text: '销售方信息', x: 45, y: 24 }, { text: '购买方信息', x: 145, y: 24 }];
    const inv = parseChineseInvoiceText(toPageText(titled));
    expect(inv.seller.name).toBe('广州穗达建材贸易有限公司');
    expect(inv.buyer.name).toBe('重庆山城装饰工程有限公司');
    // Without titles, side by side is buyer left, seller right (the 数电 template).
    const plain = parseChineseInvoiceText(toPageText(page));
    expect(plain.buyer.name).toBe('广州穗达建材贸易有限公司');
  });
});

describe('cn-kinds: an ERP\'s summary lines in place of a 合计 row', () => {
  it.each([
    ['金额合计：¥1000.00', '税额合计：¥130.00'],
    ['合计金额：¥1000.00', '合计税额：¥130.00'],
  ])('reads net and tax from "%s" / "%s", and no item from them', (net, tax) => {
    const page = digitalPage().filter((d) => !/^(?:合计|¥1000\.00|¥130\.00)$/.test(d.text));
    const inv = parseChineseInvoiceText(toPageText([...page, { text: net, x: 100, y: 80 }, { text: tax, x: 150, y: 80 }]));
    expect(inv).toMatchObject({ amount: 1000, taxAmount: 130, totalAmount: 1130 });
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['*金属结构*钢结构件', 1000]]);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('cn-kinds: a vertical margin note beside a party\'s name', () => {
  // As Chromium prints a 数电 page with "下载次数：3" set vertically at its right edge: one item per glyph,
  // the note's glyphs smaller than the name's and reaching above and below its row.
  const page = (note: boolean, seller = '长沙市岳麓区小林修车铺（个体工商户）', glyphs?: number): Draw[] => {
    const d: Draw[] = [
      { text: '电子发票（普通发票）', x: 70, y: 8, size: 5 },
      { text: '发票号码：', x: 155, y: 17 }, { text: '25432000000823344556', x: 170, y: 17, size: 2.5 },
      { text: '名称：', x: 15.5, y: 36.4 }, { text: '长沙星城物流有限公司', x: 24.5, y: 36.2, size: 3.2 },
      { text: '统一社会信用代码/纳税人识别号：', x: 15.5, y: 46 }, { text: '91430104MA4L7C3N6G', x: 61.6, y: 45.8, size: 3.2 },
      { text: '名称：', x: 113.6, y: 36.4 }, { text: seller, x: 122.6, y: 36.2, size: 3.2, glyphs },
      { text: '统一社会信用代码/纳税人识别号：', x: 113.6, y: 46 }, { text: '92430104MA4LQ8D2XF', x: 159.7, y: 45.8, size: 3.2 },
    ];
    for (const [i, ch] of [...'购买方信息'].entries()) d.push({ text: ch, x: 8.8, y: 33.8 + i * 3.7 });
    for (const [i, ch] of [...'销售方信息'].entries()) d.push({ text: ch, x: 106.9, y: 33.8 + i * 3.7 });
    if (note) {
      d.push(...['下', '载', '次', '数'].map((text, i) => ({ text, x: 201.9, y: 33.5 + i * 2.55, size: 2.5 })),
        { text: '：', x: 201.9, y: 42, size: 2.5 }, { text: '3', x: 202.2, y: 41.9, size: 2.5 });
    }
    return d;
  };

  it('keeps its glyphs out of the name', () => {
    expect(parseChineseInvoiceText(toPageText(page(false))).seller.name).toBe('长沙市岳麓区小林修车铺（个体工商户）');
    const inv = parseChineseInvoiceText(toPageText(page(true)));
    expect(inv.seller.name).toBe('长沙市岳麓区小林修车铺（个体工商户）');
    expect(inv.buyer.name).toBe('长沙星城物流有限公司');
  });

  it('keeps a name printed glyph by glyph whole', () => {
    expect(parseChineseInvoiceText(toPageText(page(true, '广州南沙精工钢构有限公司', 3.4))).seller.name).toBe('广州南沙精工钢构有限公司');
  });
});

describe('an invoice in a foreign currency with the foreign figures as columns of the item table', () => {
  const page: Draw[] = [
    { text: '电子发票（普通发票）', x: 75, y: 7.6, size: 5.6 },
    { text: '发票号码：25312000000850042786', x: 155, y: 14.5 }, { text: '开票日期：2025年11月17日', x: 155, y: 22.4 },
    { text: '名称：Harbor Lane Trading Pte. Ltd.', x: 15.5, y: 36.2, size: 3.2 }, { text: '名称：上海外高桥国际物流有限公司', x: 94, y: 36.2, size: 3.2 },
    { text: '统一社会信用代码/纳税人识别号：91310115MA1H9T4R7M', x: 94, y: 45.8, size: 3.2 },
    { text: '项目名称', x: 23.3, y: 57.1 }, { text: '外币金额', x: 56.9, y: 57.1 }, { text: '币种', x: 78.4, y: 57.1 }, { text: '汇率', x: 94.9, y: 57.1 },
    { text: '数量', x: 111.4, y: 57.1 }, { text: '金额', x: 132.1, y: 57.1 }, { text: '税率/征收率', x: 155.8, y: 57.1 }, { text: '税额', x: 187.5, y: 57.1 },
    { text: '*物流辅助服务*国际货运代理服务', x: 8.3, y: 62.1 }, { text: '3,250.00', x: 52.3, y: 62.1 }, { text: 'USD', x: 75.5, y: 62.1 }, { text: '7.0984', x: 97.5, y: 62.1 },
    { text: '1', x: 119.5, y: 62.1 }, { text: '21763.96', x: 135.4, y: 62.1 }, { text: '6%', x: 173.8, y: 62.1 }, { text: '1305.84', x: 191.1, y: 62.1 },
    { text: '*物流辅助服务*仓储服务', x: 8.3, y: 70.3 }, { text: '1,180.00', x: 52.3, y: 70.3 }, { text: 'USD', x: 75.5, y: 70.3 }, { text: '7.0984', x: 97.5, y: 70.3 },
    { text: '1', x: 119.5, y: 70.3 }, { text: '7901.99', x: 137.1, y: 70.3 }, { text: '6%', x: 173.8, y: 70.3 }, { text: '474.12', x: 192.8, y: 70.3 },
    { text: '合计', x: 8.3, y: 78.5 }, { text: '¥29665.95', x: 133.8, y: 78.5 }, { text: '¥1779.96', x: 189.5, y: 78.5 },
    { text: '价税合计（大写）', x: 9.3, y: 97.5 }, { text: '⊗叁万壹仟肆佰肆拾伍圆玖角壹分', x: 87.7, y: 97.5 }, { text: '（小写）¥31445.91', x: 144.7, y: 97.5 },
  ];

  it('takes each line\'s 金额 in 人民币, not its 外币金额, and finds the lines adding up', () => {
    const inv = parseChineseInvoiceText(toPageText(page));
    expect(inv.items.map((i) => [i.amount, i.taxAmount])).toEqual([[21763.96, 1305.84], [7901.99, 474.12]]);
    expect(inv).toMatchObject({ currency: 'CNY', amount: 29665.95, taxAmount: 1779.96, totalAmount: 31445.91 });
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('cn-kinds: a 差额开票 line whose rate reads ***', () => {
  const line = (rate: string, tax: string): Draw[] => [{ text: '*旅游服务*旅游服务费', x: 12, y: 56 }, { text: '1', x: 98, y: 56 }, { text: '10358.49', x: 110, y: 56 },
    { text: '10358.49', x: 136, y: 56 }, { text: rate, x: 158, y: 56 }, { text: tax, x: 181, y: 56 }];

  it('reads no rate over a tax figure (the tax is on the margin), so the line\'s tax is not checked against a 0 rate', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ items: line('***', '141.51'), sum: ['¥10358.49', '¥141.51'], grand: ['⊗壹万零伍佰圆整', '¥10500.00'] })));
    expect(inv.items[0].taxRate).toBeNull();
    expect(inv.items[0].taxAmount).toBe(141.51);
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([10358.49, 141.51, 10500]);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('still reads a *** rate over a *** tax as a 免税 line\'s 0', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPage({ items: line('***', '***'), sum: ['¥10358.49', '***'], grand: ['⊗壹万零叁佰伍拾捌圆肆角玖分', '¥10358.49'] })));
    expect(inv.items[0].taxRate).toBe(0);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});
