/**
 * What OCR of a photographed 发票 gives that a text layer never does, read right: a vertical side label
 * broken into pieces (the seller's 销 left as a cell of its own before 名称, its 息 run into the buyer's
 * tax ID row), and a stray glyph read in the gap of the widely spaced 合 计. As OCR gives them: lines
 * of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { toPageText, type Draw } from './page-builder.js';

const NOW = new Date('2025-12-01');

/** A 数电 电子发票（普通发票）, buyer and seller side by side, as OCR of a photo reads it. */
function digitalPhoto({ totalCell = '合计', item = '*餐饮服务*餐饮服务', seller = '名称：广州市凯瑞餐饮有限公司', amountHeader = '金额', yen = '￥', figuresDy = 0 } = {}): Draw[] {
  return [
    { text: '电子发票（普通发票）', x: 43, y: 6, size: 4 },
    { text: '发票号码： 24442000000116575693', x: 98, y: 6 },
    { text: '开票日期： 2024年03月25日', x: 98, y: 12 },
    // The buyer's vertical label survives in part; the seller's is a lone 销 before its 名称 and a lone 息 below.
    { text: '购', x: 4, y: 22 }, { text: '买', x: 4, y: 25 },
    { text: '名称：杭州趣链科技有限公司', x: 7.5, y: 23 }, { text: '销', x: 67.7, y: 22.6 }, { text: seller, x: 71.4, y: 23 },
    { text: '统一社会信用代码/纳税人识别号：91330108MA27Y5XH5G', x: 7, y: 30 }, { text: '息', x: 68, y: 30.5 },
    { text: '统一社会信用代码/纳税人识别号：91440101MA9W1G3C9A', x: 71, y: 30 },
    { text: '项目名称', x: 10, y: 36 }, { text: '规格型号', x: 27, y: 36 }, { text: '单位', x: 42, y: 36 }, { text: '数量', x: 59, y: 36 },
    { text: '单价', x: 75, y: 36 }, { text: `${amountHeader}税率/征收率`, x: 91, y: 36 }, { text: '税额', x: 123, y: 36 },
    { text: item, x: 3, y: 40 }, { text: '1', x: 63, y: 40 }, { text: '232.67', x: 75, y: 40 }, { text: '232.67', x: 91, y: 40 },
    { text: '1%', x: 105, y: 40 }, { text: '2.33', x: 126, y: 40 },
    { text: totalCell, x: 13, y: 62 }, { text: `${yen}232.67`, x: 90, y: 62 + figuresDy }, { text: `${yen}2.33`, x: 125, y: 62 + figuresDy },
    { text: '价税合计（大写）', x: 11, y: 66 }, { text: '贰佰叁拾伍圆整', x: 37, y: 66 }, { text: `（小写）${yen}235.00`, x: 92, y: 66 },
    { text: '开票人：李维仲', x: 13, y: 87 },
  ];
}

/** The same invoice in red letter (红字): its figures negative, its 大写 words after "（负数）". */
function redLetter(draws: Draw[], { small = '￥-235.00', words = '（负数）贰佰叁拾伍圆整' } = {}): Draw[] {
  return draws.map((d) => (/^[￥Y]?(?:232\.67|2\.33)$/.test(d.text) ? { ...d, text: d.text.replace(/^([￥Y]?)/, '$1-') }
    : d.text === '贰佰叁拾伍圆整' ? { ...d, text: words } : d.text.startsWith('（小写）') ? { ...d, text: `（小写）${small}` } : d));
}

describe('a photographed 数电 invoice read by OCR', () => {
  it('gives the seller the 名称 beside the buyer\'s, however little of its side label OCR kept', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPhoto()));
    expect(inv.buyer.name).toBe('杭州趣链科技有限公司');
    expect(inv.seller.name).toBe('广州市凯瑞餐饮有限公司');
    expect(inv.buyer.taxId).toBe('91330108MA27Y5XH5G');
    expect(inv.seller.taxId).toBe('91440101MA9W1G3C9A');
  });

  it('reads the 合计 row when OCR puts a stray glyph in its gap', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ totalCell: '合名计' })));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([232.67, 2.33, 235]);
  });

  it('takes no item whose name merely starts and ends like 合…计 for the 合计 row', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ item: '合金计' })));
    expect(inv.items.map((i) => [i.name, i.amount])).toEqual([['合金计', 232.67]]);
  });

  it('drops a lone letter OCR read before a name, apart from it', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ seller: '名称：S 湖南曾小厨餐饮管理有限公司贤童店' })));
    expect(inv.seller.name).toBe('湖南曾小厨餐饮管理有限公司贤童店');
    // A branch's name after 有限公司 is part of the name, not in doubt.
    expect(guessesOf(inv)).toEqual({});
  });

  it('puts a name in doubt when glyphs that make no branch follow its legal form', () => {
    for (const seller of ['名称：娄底市娄星区萝卜餐饮店酒格', '名称：深圳市宝安区杨德餐饮店（个体工商户）弹']) {
      const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ seller })));
      expect(inv.seller.name).toBe(seller.slice(3));
      expect(Object.keys(guessesOf(inv))).toEqual(['seller.name']);
    }
  });

  it('reads the table and totals when OCR gives 全额 for 金额 and Y for ¥', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ amountHeader: '全额', yen: 'Y', totalCell: '合名计' })));
    expect(inv.items.map((i) => [i.name, i.amount, i.taxAmount])).toEqual([['*餐饮服务*餐饮服务', 232.67, 2.33]]);
    expect([inv.amount, inv.taxAmount, inv.totalAmount, inv.totalInWords]).toEqual([232.67, 2.33, 235, '贰佰叁拾伍圆整']);
  });

  it('reads the 合计 row whose figures a skewed scan set a little above or below its label, as no item', () => {
    for (const figuresDy of [-2, 2]) {
      const inv = parseChineseInvoiceText(toPageText(digitalPhoto({ figuresDy })));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], String(figuresDy)).toEqual([232.67, 2.33, 235]);
      expect(inv.items.map((i) => i.amount)).toEqual([232.67]);
    }
  });

  it('takes the 合计 row\'s ¥ figures lines under its label, not the item figures a photo\'s bent rows set level with it', () => {
    // The second item's figures, printed without ¥, sit on the label's line; the row's own ¥ net and tax
    // two and three lines under it, each on a line of its own.
    const bent = digitalPhoto().filter((d) => !/^(?:合计|￥232\.67|￥2\.33|价税合计（大写）|贰佰叁拾伍圆整|（小写）￥235\.00)$/.test(d.text)).concat([
      { text: '*餐饮服务*茶位费', x: 3, y: 45 },
      { text: '合计', x: 13, y: 50 }, { text: '4', x: 63, y: 50 }, { text: '25.00', x: 75, y: 50 }, { text: '100.00', x: 91, y: 50 }, { text: '1%', x: 105, y: 50 }, { text: '1.00', x: 126, y: 50 },
      { text: '￥332.67', x: 90, y: 56 }, { text: '￥3.33', x: 125, y: 60 },
      { text: '价税合计（大写）', x: 11, y: 66 }, { text: '叁佰叁拾陆圆整', x: 37, y: 66 }, { text: '（小写）￥336.00', x: 92, y: 66 },
    ]);
    const inv = parseChineseInvoiceText(toPageText(bent));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([332.67, 3.33, 336]);
  });

  it('reads the 合计 figures set apart from their label when a stamp\'s words were read into the net\'s cell', () => {
    // A 已入账 stamp over the row: OCR glues its words to the net ("已入账￥232.67").
    const stamped = digitalPhoto({ figuresDy: 2 }).map((d) => (d.text === '￥232.67' ? { ...d, text: '已入账￥232.67' } : d));
    const inv = parseChineseInvoiceText(toPageText(stamped));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([232.67, 2.33, 235]);
  });

  it('reads a rate whose % OCR took for a 9, a 96 or a 9% when the line\'s amount × that rate is its tax', () => {
    // "1%" read "19" (232.67 × 1% = 2.33) and "3%" read "396" on a line whose tax is 3 % of its amount.
    const rated = (rate: string, tax = '2.33') => parseChineseInvoiceText(toPageText(digitalPhoto().map((d) => (d.text === '1%' ? { ...d, text: rate } : d.text === '2.33' ? { ...d, text: tax } : d))));
    expect(rated('19').items[0]!.taxRate).toBe(0.01);
    expect(rated('396', '6.98').items[0]!.taxRate).toBe(0.03);
    expect(rated('1396', '30.25').items[0]!.taxRate).toBe(0.13);
    expect(rated('69%', '13.96').items[0]!.taxRate).toBe(0.06);
    // A rate no tax bears out stays as read (and the line's check fails): 3 % of 232.67 is not 2.33.
    expect(rated('39').items[0]!.taxRate).toBe(0.39);
  });

  it('gives a red-letter invoice\'s total the minus OCR lost when its 大写 words say （负数）', () => {
    const red = (small: string, words?: string) => parseChineseInvoiceText(toPageText(redLetter(digitalPhoto(), { small, words })));
    for (const small of ['￥235.00', 'Y235.00']) {
      const inv = red(small);
      expect([inv.amount, inv.taxAmount, inv.totalAmount], small).toEqual([-232.67, -2.33, -235]);
      expect(inv.documentType, small).toBe('credit_note');
    }
    // Words without （负数）, or of another figure, leave the figure as read.
    expect(red('￥235.00', '贰佰叁拾伍圆整').totalAmount).toBe(235);
    expect(red('￥253.00').totalAmount).toBe(253);
  });

  it('joins the 小写 figure OCR split with a space when the 大写 words on the row state the joined figure', () => {
    const read = (small: string, words = '贰佰叁拾伍圆整') => parseChineseInvoiceText(toPageText(digitalPhoto().map((d) => (d.text.startsWith('（小写）') ? { ...d, text: `（小写）${small}` }
      : d.text === '贰佰叁拾伍圆整' ? { ...d, text: words } : d))));
    expect(read('￥2 35.00').totalAmount).toBe(235);
    expect(read('￥23 5.00').totalAmount).toBe(235);
    expect(read('￥-2 35.00', '（负数）贰佰叁拾伍圆整').totalAmount).toBe(-235);
    // Words of another figure, or none, leave the figure as read: nothing says the digits make one.
    expect(read('￥2 53.00').totalAmount).toBe(2);
    expect(read('￥2 35.00', '').totalAmount).toBe(2);
  });

  it('gives a red-letter line\'s tax the minus OCR lost when the line\'s rate makes it from the negative amount', () => {
    // The item's tax cell (x 126) read without its minus; the rate as printed, or its % read as 96.
    const read = (rate: string, tax = '2.33') => parseChineseInvoiceText(toPageText(redLetter(digitalPhoto()).map((d) => (d.x === 126 && d.y === 40 ? { ...d, text: tax }
      : d.x === 105 && d.y === 40 ? { ...d, text: rate } : d))));
    for (const rate of ['1%', '196']) {
      const inv = read(rate);
      expect([inv.items[0].amount, inv.items[0].taxRate, inv.items[0].taxAmount], rate).toEqual([-232.67, 0.01, -2.33]);
      expect(runChecks(inv, NOW).filter((c) => !c.ok), rate).toEqual([]);
    }
    // A figure no rate makes from the amount keeps its sign as read, and the check names the line.
    const other = read('1%', '3.33');
    expect(other.items[0].taxAmount).toBe(3.33);
    expect(runChecks(other, NOW).find((c) => c.id === 'tax_rate_consistent')?.ok).toBe(false);
  });

  it('reads a red-letter invoice\'s 合计 row of minus figures when OCR puts a stray glyph in its gap', () => {
    for (const totalCell of ['合酒计', '合 05 计']) {
      const inv = parseChineseInvoiceText(toPageText(redLetter(digitalPhoto({ totalCell }))));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], totalCell).toEqual([-232.67, -2.33, -235]);
    }
  });

  it('gives a red-letter invoice\'s 合计 net or tax the minus OCR lost when only the negative figure makes the total', () => {
    for (const lost of ['￥-2.33', '￥-232.67']) {
      const inv = parseChineseInvoiceText(toPageText(redLetter(digitalPhoto()).map((d) => (d.text === lost ? { ...d, text: lost.replace('-', '') } : d))));
      expect([inv.amount, inv.taxAmount, inv.totalAmount], lost).toEqual([-232.67, -2.33, -235]);
    }
  });

  it('leaves the page count a multi-page invoice prints out of a name on its row', () => {
    for (const count of ['共2页第1页', '共 2 页 第 1 页', '第1页/共2页']) {
      const inv = parseChineseInvoiceText(toPageText([...digitalPhoto(), { text: count, x: 120, y: 23.2 }]));
      expect(inv.seller.name, count).toBe('广州市凯瑞餐饮有限公司');
    }
  });
});
