/**
 * What OCR of a scanned 发票 gives that a text layer never does, read right or put in doubt: a tax ID's
 * 0 read as the letter O, a 20-digit 发票号码 cut into two runs, a side label reduced to its 销 on the
 * buyer's row beside a two-glyph name, and a 行程单's 填开单位 row run into the buyer's 名称 below it. As
 * OCR gives them: lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { groupLines } from '../../src/invoice/layout.js';
import { isValidUscc, withOcrDigits } from '../../src/invoice/cn/uscc.js';
import { guessesOf } from '../../src/invoice/guesses.js';
import { toPageText, type Draw } from './page-builder.js';

/** A 数电 电子发票（普通发票）, buyer and seller side by side, as OCR of a scan reads it. */
function digitalScan({ number = '发票号码： 25432000000098870126', buyer = '名称：个人', buyerId = '', sellerId = '92430104MA4LQ8D2XF', sideGlyph = true } = {}): Draw[] {
  return [
    { text: '电子发票（普通发票）', x: 50, y: 4, size: 4 },
    { text: number, x: 103.6, y: 9 },
    { text: '开票日期： 2025年08月30日', x: 103.5, y: 14 },
    { text: '购', x: 5.9, y: 20.5 }, { text: buyer, x: 10.5, y: 20.5 },
    // The seller's vertical label, OCR'd to a lone 销 on the buyer's row and the rest below.
    ...(sideGlyph ? [{ text: '销', x: 56, y: 20.5 }] : []),
    { text: '名称：长沙市岳麓区小林修车铺（个体工商户）', x: 60.5, y: 22.8 },
    { text: `统一社会信用代码/纳税人识别号：${buyerId}`, x: 10.2, y: 28.5 },
    { text: `统一社会信用代码/纳税人识别号： ${sellerId}`, x: 60.1, y: 28.5 },
    { text: '项目名称', x: 15.4, y: 36 }, { text: '规格型号', x: 38.7, y: 36 }, { text: '单位', x: 54.1, y: 36 }, { text: '数量', x: 64.8, y: 36 },
    { text: '单价', x: 76.8, y: 36 }, { text: '金额', x: 91.4, y: 36 }, { text: '税率/征收率', x: 107.3, y: 36 }, { text: '税额', x: 126.9, y: 36 },
    { text: '*修理修配劳务*汽车维修', x: 5.3, y: 39 }, { text: '次', x: 51.7, y: 39 }, { text: '1', x: 70.7, y: 39 }, { text: '396.04', x: 79.2, y: 39 },
    { text: '396.04', x: 94.7, y: 39 }, { text: '1%', x: 120.1, y: 39 }, { text: '3.96', x: 130.3, y: 39 },
    { text: '合计', x: 5.3, y: 45 }, { text: '￥396.04', x: 93.5, y: 45 }, { text: '¥3.96', x: 129.3, y: 45 },
    { text: '价税合计（大写）', x: 5.6, y: 63 }, { text: '肆佰圆整', x: 55.9, y: 63 }, { text: '（小写）￥400.00', x: 74.3, y: 63 },
    { text: '开票人：林小军', x: 9.4, y: 76.5 },
  ];
}

describe('a scanned 数电 invoice read by OCR', () => {
  it('drops a side label\'s lone glyph far right of a two-glyph name', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan()));
    expect(inv.buyer.name).toBe('个人');
    expect(inv.seller.name).toBe('长沙市岳麓区小林修车铺（个体工商户）');
  });

  it('leaves a glyph of the vertical side label out of a name\'s wrapped second row', () => {
    // OCR's boxes of a 200 dpi scan: 4-5 mm high; the side label's 方 left of where the cell starts.
    // (Its 购 above is lost: the 方 stands alone, in the row of the name's second line.)
    const draws = digitalScan({ buyer: '名称：中建华南城市', sideGlyph: false }).filter((d) => d.text !== '购')
      .map((d) => (d.text.startsWith('名称：中建') ? { ...d, size: 5 } : d));
    const wrapped = { text: '更新项目经理部', x: 10.5, y: 24.3, size: 4 };
    expect(parseChineseInvoiceText(toPageText([...draws, wrapped])).buyer.name).toBe('中建华南城市更新项目经理部');
    // OCR's box of the lone 方 as narrow as the glyph: 2.6 mm short of the cell.
    const pages = toPageText([...draws, wrapped]);
    pages[0]!.items.push({ text: '方', x: 5.6, y: 24.8, width: 2.3, height: 2.8, page: 1 });
    const inv = parseChineseInvoiceText(pages);
    expect(inv.buyer.name).toBe('中建华南城市更新项目经理部');
  });

  it('keeps a name\'s wrapped second row that OCR ran together with a tall glyph of the side label', () => {
    // The vertical 购买方 label's blurred 买 read as a 刀 as tall as two rows, left of the cell: OCR's cell
    // holds it and the wrapped row, one glyph's gap apart, and is as tall as the glyph.
    const draws = digitalScan({ buyer: '名称：中铁三局（南', sideGlyph: false }).filter((d) => d.text !== '购' && !d.text.startsWith('名称：长沙'))
      .map((d) => (d.text.startsWith('名称：中铁') ? { ...d, y: 18, size: 4 } : d));
    const pages = toPageText([...draws, { text: '沙港区项目经理部）', x: 10.5, y: 23, size: 4 }]);
    pages[0]!.items.push({ text: '刀', x: 5.6, y: 20.5, width: 3.2, height: 7, page: 1 });
    const inv = parseChineseInvoiceText(pages);
    expect(inv.buyer.name).toBe('中铁三局（南沙港区项目经理部）');
    expect(guessesOf(inv)['buyer.name']).toBeUndefined();
  });

  it('puts in doubt a branch\'s name that stops where no name ends, its second row lost', () => {
    for (const name of ['中建华南城市更新（广州）建设发展有限公司黄埔区第二项目经', '中建华南城市更新（广州）建设发展有限公司黄埔区第二项']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: `名称：${name}`, sideGlyph: false })));
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)['buyer.name']).toMatch(/branch's name that ends on no word/);
    }
    for (const name of ['中建华南城市更新（广州）建设发展有限公司黄埔区第二项目经理部', '苏州星湖城市轨道交通运营管理有限公司物资采购分公司', '广州星河数科技术有限公司']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: `名称：${name}`, sideGlyph: false })));
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)).toEqual({});
    }
  });

  it('puts in doubt a name that stops inside its legal form, the wrapped rest lost', () => {
    for (const name of ['浙江之江星辰新能源汽车销售服务有限公', '浙江之江星辰新能源汽车股份有限']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: `名称：${name}`, sideGlyph: false })));
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)['buyer.name']).toMatch(/stops inside its legal form/);
    }
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: '名称：浙江之江星辰新能源汽车销售服务有限公司萧山分公司', sideGlyph: false })));
    expect(guessesOf(inv)).toEqual({});
  });

  it('puts in doubt a name that ends with its legal form twice, a seal\'s name read over it', () => {
    for (const name of ['厦门市思明区鹭江道海峡国际会服务限公司服务有限公司', '厦门海峡会展有限公司配套服务有限责任公司']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: `名称：${name}`, sideGlyph: false })));
      expect(inv.buyer.name).toBe(name);
      expect(guessesOf(inv)['buyer.name']).toMatch(/legal form twice/);
    }
    for (const name of ['中国石化销售股份有限公司河南郑州石油分公司', '中国石油天然气股份有限公司广东销售公司', '厦门海峡会展服务有限公司']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: `名称：${name}`, sideGlyph: false })));
      expect(guessesOf(inv)).toEqual({});
    }
  });

  it('leaves another cell\'s text a row above and far right out of a name', () => {
    const inv = parseChineseInvoiceText(toPageText([...digitalScan({ buyer: '名称：广州穗达建材贸易有限公司', sideGlyph: false }).filter((d) => !d.text.startsWith('名称：长沙')),
      { text: '附销货清单1页', x: 133, y: 18.5 }]));
    expect(inv.buyer.name).toBe('广州穗达建材贸易有限公司');
  });

  it('keeps a name printed glyph by glyph, its glyphs near each other', () => {
    const inv = parseChineseInvoiceText(toPageText([...digitalScan({ buyer: '名称：', sideGlyph: false }), { text: '张三丰', x: 20, y: 20.5, glyphs: 4 }]));
    expect(inv.buyer.name).toBe('张三丰');
  });

  it('joins a 20-digit 发票号码 that OCR cut into two runs', () => {
    for (const number of ['发票号码：25442000000801 122334', '发票号码： 25352000000299871 164']) {
      const inv = parseChineseInvoiceText(toPageText(digitalScan({ number })));
      expect(inv.number).toBe(number.replace(/\D/g, ''));
      expect(guessesOf(inv).number).toBeUndefined();
    }
  });

  it('joins runs of any length that add up to 20 digits', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ number: '发票号码： 241 17000000045213368' })));
    expect(inv.number).toBe('24117000000045213368');
  });

  it('reads the 合计 row from a cell with one or two stray glyphs in its gap, the figures a line apart', () => {
    const draws = digitalScan().filter((d) => !['合计', '￥396.04', '¥3.96'].includes(d.text));
    for (const cell of ['合 9 计', '合名计', '合 05 计']) {
      const inv = parseChineseInvoiceText(toPageText([...draws, { text: cell, x: 5.3, y: 43.4 }, { text: '￥396.04', x: 93.5, y: 45.8 }, { text: '¥3.96', x: 129.3, y: 45.8 }]));
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([396.04, 3.96, 400]);
    }
  });

  it('reads the 合计 row a line apart when OCR misread the tax\'s *** of a 不征税 invoice', () => {
    // The line's cells: 不征税 lines (tax ***), the 合计 label, its ¥ figure and tax a line below.
    const lines = digitalScan().filter((d) => d.y !== 39 && d.y !== 45);
    const item = [{ text: '*预付卡销售*购物卡', x: 5.3, y: 39 }, { text: '400.00', x: 94.7, y: 39 }, { text: '不征税', x: 117.8, y: 39 }, { text: '***', x: 131.6, y: 39 }];
    for (const stars of ['**:', '水水鸡']) {
      const inv = parseChineseInvoiceText(toPageText([...lines, ...item, { text: '合计', x: 5.7, y: 45 }, { text: '￥400.00', x: 93.5, y: 47.4 }, { text: stars, x: 131.7, y: 47.4 }]));
      expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([400, 0, 400]);
    }
    // A line of such cells with no ¥ figure is no totals row.
    const none = parseChineseInvoiceText(toPageText([...lines, ...item, { text: '合计', x: 5.7, y: 45 }, { text: '水水', x: 93.5, y: 47.4 }, { text: '**:', x: 131.7, y: 47.4 }]));
    expect(none.amount).toBeNull();
  });

  it('joins a 发票代码 that OCR cut into runs, and puts one of 11 digits in doubt', () => {
    const page = (code: string) => [...digitalScan({ number: '发票号码： 30571122' }), { text: `发票代码： ${code}`, x: 103.6, y: 4 }];
    const inv = parseChineseInvoiceText(toPageText(page('03200200041 1')));
    expect([inv.code, inv.number]).toEqual(['032002000411', '30571122']);
    expect(guessesOf(inv)).toEqual({});
    const cut = parseChineseInvoiceText(toPageText(page('03200200041')));
    expect(cut.code).toBe('03200200041');
    expect(guessesOf(cut).code).toMatch(/10 or 12 digits/);
  });

  it('reads the 合计 row when OCR cut its cell in two around a stray glyph', () => {
    const draws = digitalScan().filter((d) => d.text !== '合计');
    const inv = parseChineseInvoiceText(toPageText([...draws, { text: '合', x: 5.3, y: 45 }, { text: '5计', x: 10.3, y: 45 }]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([396.04, 3.96, 400]);
  });

  it('reads the 合计 row from a cell with three stray glyphs in its gap, the tax a line below', () => {
    const draws = digitalScan().filter((d) => !['合计', '¥3.96'].includes(d.text));
    const inv = parseChineseInvoiceText(toPageText([...draws, { text: '合 830 计', x: 5.3, y: 45 }, { text: '¥3.96', x: 129.3, y: 46.6 }]));
    expect([inv.amount, inv.taxAmount, inv.totalAmount]).toEqual([396.04, 3.96, 400]);
  });

  it('takes no 小计\'s figure cut off a line below it for the blank 价税合计 of a first sheet', () => {
    const draws = digitalScan().filter((d) => d.y < 45 || d.y === 76.5);
    const inv = parseChineseInvoiceText(toPageText([...draws,
      { text: '小计', x: 5.3, y: 55 }, { text: '￥396.04', x: 93.5, y: 55 }, { text: '¥3.96', x: 129.3, y: 56.6 },
      { text: '价税合计（大写）', x: 5.6, y: 58.5 }, { text: '（小写）', x: 74.3, y: 58.5 },
    ]));
    expect(inv.totalAmount).toBeNull();
  });

  it('ends a name before the ID label OCR ran into its cell, with the ID and a head field after it', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: '名称：', buyerId: '' })
      .concat([{ text: '湖南星城云图软件有限公司纳税人识别号', x: 24, y: 20.5 }, { text: '91430104MA4T2K7L8X校验码：a93c7', x: 75, y: 19.8 }])));
    expect(inv.buyer.name).toBe('湖南星城云图软件有限公司');
  });

  it('names the buyer of a 普通发票 whose 名称 label is printed and no name read', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: '名称：' })));
    expect(inv.buyer.name).toBeNull();
    expect(guessesOf(inv)['buyer.name']).toMatch(/名称 label printed/);
    // A 卷式 roll may leave the row blank.
    const roll = parseChineseInvoiceText(toPageText(digitalScan({ buyer: '名称：' }).map((d) => (d.text === '电子发票（普通发票）' ? { ...d, text: '增值税普通发票（卷式）' } : d))));
    expect(guessesOf(roll)['buyer.name']).toBeUndefined();
  });

  it('puts a 发票号码 of neither 8 nor 20 digits in doubt', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ number: '发票号码： 25352000000299871' })));
    expect(inv.number).toBe('25352000000299871');
    expect(guessesOf(inv).number).toMatch(/8 or 20 digits/);
    // Runs that do not add up to 20 digits are not joined.
    const short = parseChineseInvoiceText(toPageText(digitalScan({ number: '发票号码： 25352000000299871 16' })));
    expect(short.number).toBe('25352000000299871');
    expect(guessesOf(short).number).toMatch(/8 or 20 digits/);
  });

  it('reads a tax ID\'s letter O as the 0 it is when the check character says so', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan({ buyer: '名称：广州星河数科技术有限公司', buyerId: '91440101MA9Y6F3TOH', sellerId: '92330782MA2EC7W5KO' })));
    expect(inv.buyer.taxId).toBe('91440101MA9Y6F3T0H');
    expect(inv.seller.taxId).toBe('92330782MA2EC7W5K0');
  });
});

describe('a tax ID with the letters a 统一社会信用代码 never holds', () => {
  it('gets its digits back only when that makes the check character right', () => {
    expect(withOcrDigits('91420111MA4FOB9E60')).toBe('91420111MA4F0B9E60');
    expect(isValidUscc('91420111MA4F0B9E60')).toBe(true);
    // The check character does not hold with a 0 either: kept as read, for the checksum check to flag.
    expect(withOcrDigits('91440101MA9Y6F3TOA')).toBe('91440101MA9Y6F3TOA');
    // A valid code, and a misread without those letters (Q read as 0), stay as they are.
    expect(withOcrDigits('91440106MA5D8G1N4Q')).toBe('91440106MA5D8G1N4Q');
    expect(withOcrDigits('91440106MA5D8G1N40')).toBe('91440106MA5D8G1N40');
    // A 居民身份证号码 whose 0 was read as O.
    expect(withOcrDigits('11010519491231OO2X')).toBe('11010519491231002X');
  });
});

describe('a scanned 航空运输电子客票行程单 read by OCR', () => {
  const flight = (): Draw[] => [
    { text: '电子发票（航空运输电子客票行程单）', x: 29.5, y: 2.5 }, { text: '发票号码： 25447000000087654321', x: 103, y: 2.5 },
    { text: '国内国际标识：国内', x: 5.7, y: 13.7 },
    { text: '旅客姓名', x: 6.5, y: 18.7 }, { text: '有效身份证件号码', x: 29.6, y: 18.7 },
    { text: '陈立', x: 6.3, y: 22.7 }, { text: '110105198806****21', x: 29.5, y: 22.7 },
    { text: '票价', x: 6.2, y: 41 }, { text: '燃油附加费', x: 26.2, y: 41 }, { text: '增值税税率', x: 44.2, y: 41 }, { text: '增值税税额', x: 61.9, y: 41 },
    { text: '民航发展基金', x: 80.1, y: 41 }, { text: '其他税费', x: 100.6, y: 41 }, { text: '合计', x: 115.5, y: 41 },
    { text: 'CNY 2350.00', x: 6.3, y: 45.3 }, { text: 'CNY 150.00', x: 26, y: 45.3 }, { text: '9%', x: 44, y: 45.3 }, { text: 'CNY 206.42', x: 61.9, y: 45.3 },
    { text: 'CNY 50.00', x: 80, y: 45.3 }, { text: 'CNY 0.00', x: 100.6, y: 45.3 }, { text: 'CNY 2550.00', x: 115.5, y: 45.3 },
    { text: '电子客票号码： 7849988776655', x: 4.9, y: 49.3 }, { text: '验证码： 4521', x: 47, y: 49.3 },
    // The 填开单位 row stands a little above the buyer's, its cell over the buyer's name.
    // (OCR's boxes of a 200 dpi scan: 4.8 mm high, 3.9 mm apart).
    { text: '销售网点代号： PEK123/08670011', x: 4.9, y: 52, size: 4.8 }, { text: '填开单位：广州穗云航空服务有限公司', x: 57.7, y: 52, size: 4.8 },
    { text: '填开日期： 2025-07-15', x: 142, y: 52, size: 4.8 },
    { text: '购买方名称：苏州星湖城市轨道交通运营管理有限公司物资采购分公司', x: 4.6, y: 55.9, size: 4.8 },
    { text: '统一社会信用代码/纳税人识别号： 91320594MA27K5N1XF', x: 82.4, y: 55.9, size: 4.8 },
  ];

  it('keeps the 填开单位 cell out of the buyer\'s name and takes it for the seller', () => {
    const inv = parseChineseInvoiceText(toPageText(flight()));
    expect(inv.buyer.name).toBe('苏州星湖城市轨道交通运营管理有限公司物资采购分公司');
    expect(inv.seller.name).toBe('广州穗云航空服务有限公司');
    expect(inv.number).toBe('25447000000087654321');
  });
});

/**
 * A classic 增值税电子普通发票, scanned at 200 dpi, as OCR reads it: items [text, x, y, width, height] in mm. The
 * buyer's name wraps to a second row, the cipher's second line (no three of its symbols in a row) on
 * it; the vertical 密码区 label's boxes stand 0.8 of their height apart.
 */
const classicScanItems: Array<[string, number, number, number, number]> = [
  ["上海增值税电子普通发票", 82.04199999999999, 6.476999999999999, 58.29299999999999, 6.985],
  ["发票代码： 031001900511", 173.355, 10.16, 29.463999999999995, 3.937], ["发票号码： 09371264", 173.355, 15.875, 24.13, 3.81],
  ["开票日期： 2021年04月16日", 172.974, 21.462999999999997, 31.622999999999998, 4.318],
  ["机器编号：661711408832", 7.365999999999999, 25.4, 31.496, 3.5559999999999996],
  ["校验码：40852 -17736 95021 68349", 172.974, 27.051, 41.528999999999996, 4.445],
  ["53>*-7<0/18+92*>4-36<1/+07*58>-2<94/61+*3>0", 132.84199999999998, 29.337, 79.502, 6.095999999999999],
  ["称：上海张江AI创新小镇2号园区物业管理服务有限公司第三分公司浦东软件园", 29.083, 29.845, 94.361, 6.095999999999999],
  ["名", 15.366999999999997, 30.352999999999998, 3.429, 3.5559999999999996],
  ["-75<8/2+14*>69-3<0/57+*82>1-4<63/9+*05>7-28", 133.09599999999998, 33.909, 79.121, 6.095999999999999],
  ["配套服务中心", 15.24, 34.417, 16.891, 3.81], ["购", 8.89, 38.735, 3.429, 3.81],
  ["<1/4+*96>3-0<", 133.731, 39.623999999999995, 23.749000000000002, 3.429], ["密", 126.87299999999999, 40.513, 3.6829999999999994, 3.81],
  ["纳税人识别号：91310115MA1HB5QX2K", 14.985999999999999, 40.64, 50.672999999999995, 5.206999999999999],
  ["买", 8.763, 42.037, 3.5559999999999996, 3.937], ["码", 126.619, 43.56099999999999, 3.81, 4.318],
  ["方", 8.89, 45.465999999999994, 3.302, 3.81], ["地址、电话：上海市浦东新区碧波路690号 021-50801234", 14.731999999999998, 47.244, 73.40599999999999, 5.334],
  ["区", 126.87299999999999, 47.244, 3.302, 3.5559999999999996],
  ["开户行及账号：上海浦东发展银行张江科技支行 98160078801400021732", 14.350999999999999, 53.593999999999994, 89.789, 6.223],
  ["货物或应税劳务、服务名称", 13.97, 61.722, 32.893, 4.318], ["规格型号", 60.83299999999999, 62.483999999999995, 11.43, 3.6829999999999994],
  ["单位", 84.32799999999999, 62.73799999999999, 6.095999999999999, 3.6829999999999994], ["数量", 99.82199999999999, 62.992, 6.985, 3.937],
  ["单价", 121.79299999999999, 63.37299999999999, 6.858, 3.81], ["金额", 151.638, 63.754, 6.985, 3.81],
  ["税率", 175.768, 64.135, 6.35, 3.5559999999999996], ["税额", 196.34199999999998, 64.51599999999999, 6.985, 3.5559999999999996],
  ["*现代服务*保洁服务", 8.128, 65.65899999999999, 24.637999999999998, 3.937], ["月", 80.264, 66.80199999999999, 3.429, 3.5559999999999996],
  ["27184.47", 126.238, 67.437, 11.937999999999999, 3.6829999999999994], ["1", 108.96599999999998, 67.818, 1.7779999999999998, 2.159],
  ["27184.47", 158.87699999999998, 67.945, 11.811, 3.6829999999999994], ["3%", 181.483, 68.326, 4.445, 3.429],
  ["815.53", 203.32699999999997, 68.45299999999999, 9.270999999999999, 3.6829999999999994], ["合", 8.001, 71.882, 3.429, 3.5559999999999996],
  ["计", 18.288, 72.009, 3.429, 3.5559999999999996], ["￥27184.47", 156.464, 73.78699999999999, 14.096999999999998, 3.81],
  ["￥815.53", 201.041, 74.54899999999999, 11.43, 3.81], ["价税合计（大写）", 8.636, 91.948, 21.462999999999997, 3.937],
  ["贰万捌仟圆整", 35.178999999999995, 92.329, 19.304, 3.937], ["（小写）￥28000.00", 86.10600000000001, 93.21799999999999, 24.256999999999998, 3.937],
  ["名", 14.350999999999999, 100.20299999999999, 3.6829999999999994, 3.81],
  ["称：上海浦江清洁服务有限公司", 28.701999999999998, 100.584, 38.861999999999995, 3.937],
  ["纳税人识别号：91310115MA1K7R3NOM", 13.716, 106.29899999999999, 51.30799999999999, 5.206999999999999], ["销", 8.255, 106.553, 3.175, 3.429],
  ["售", 7.874, 109.47399999999999, 3.429, 4.318], ["备", 126.11099999999999, 110.109, 3.0479999999999996, 3.81],
  ["地址、电话：上海市浦东新区川沙路5558号 021-58391122", 13.588999999999999, 113.15699999999998, 75.184, 5.206999999999999],
  ["注", 125.73, 113.15699999999998, 3.6829999999999994, 3.937], ["方", 8.001, 113.28399999999999, 3.0479999999999996, 3.5559999999999996],
  ["开户行及账号：中国工商银行上海川沙支行 1001703009006682311", 13.716, 119.88799999999999, 82.296, 5.334],
  ["收款人：周洁", 9.779, 127.76199999999999, 16.891, 4.318], ["复核：吴涛", 70.612, 128.778, 14.096999999999998, 3.81],
  ["开票人：孙丽", 128.524, 129.54, 16.891, 4.191], ["销售方：（章）", 189.357, 130.429, 18.668999999999997, 4.191]
];
/** The page with some cells' text swapped, and `drop`'s cells left out (glyphs OCR lost). */
const classicScan = (swap: Record<string, string> = {}, drop: string[] = []) => [{
  page: 1, width: 220, height: 140,
  items: classicScanItems.filter(([text]) => !drop.includes(text)).map(([text, x, y, width, height]) => ({ text: swap[text] ?? text, x, y, width, height, page: 1 })),
}];

describe('a scanned classic invoice read by OCR', () => {
  it('doubts a name OCR read with a glyph outside GB2312 (洁 read as its traditional 潔)', () => {
    const ocr = (page: ReturnType<typeof classicScan>) => page.map((p) => ({ ...p, items: p.items.map((i) => ({ ...i, confidence: 95 })) }));
    const misread = { '称：上海浦江清洁服务有限公司': '称：上海浦江清潔服务有限公司' };
    const inv = parseChineseInvoiceText(ocr(classicScan(misread)));
    expect(inv.seller.name).toBe('上海浦江清潔服务有限公司');
    expect(Object.keys(guessesOf(inv))).toContain('seller.name');
    // Read right, or the same glyph in a text layer (the font's own character): no doubt.
    expect(Object.keys(guessesOf(parseChineseInvoiceText(ocr(classicScan()))))).not.toContain('seller.name');
    expect(Object.keys(guessesOf(parseChineseInvoiceText(classicScan(misread))))).not.toContain('seller.name');
  });

  it('reads the 合计 figures set apart from their label when OCR cut one at its thousands ("￥27 184.47")', () => {
    const inv = parseChineseInvoiceText(classicScan({ '￥27184.47': '￥27 184.47' }));
    expect(inv).toMatchObject({ amount: 27184.47, taxAmount: 815.53, totalAmount: 28000 });
    // A space elsewhere in a figure is no thousands' cut: the row is not taken as figures.
    expect(parseChineseInvoiceText(classicScan({ '￥27184.47': '￥2718 4.47' })).amount).not.toBe(27184.47);
  });

  it('reads the vertical 密码区 label whose OCR boxes stand 0.8 of their height apart', () => {
    const vertical = groupLines(classicScan()[0]!.items).filter((l) => l.vertical).map((l) => l.text);
    expect(vertical).toContain('密码区');
    // Another label's glyphs, set tighter still: 3.81 mm boxes 2.97 mm apart.
    const items = classicScan()[0]!.items.filter((it) => !/^[购买方]$/.test(it.text));
    for (const [i, ch] of [...'购买方'].entries()) items.push({ text: ch, x: 8.9, y: 38.7 + i * 2.97, width: 3.4, height: 3.81, page: 1 });
    expect(groupLines(items).filter((l) => l.vertical).map((l) => l.text)).toContain('购买方');
  });

  it('keeps a 密码区 line of figures and symbols out of a wrapped name, and joins its second row', () => {
    // OCR lost the vertical 密码区 label: nothing bounds the name's rows on the right.
    const lost = ['密', '码', '区'];
    const inv = parseChineseInvoiceText(classicScan({}, lost));
    expect(inv.buyer.name).toBe('上海张江AI创新小镇2号园区物业管理服务有限公司第三分公司浦东软件园配套服务中心');
    expect(inv.seller.name).toBe('上海浦江清洁服务有限公司');
    // Another name and another cipher line, the same geometry.
    const other = parseChineseInvoiceText(classicScan({
      '称：上海张江AI创新小镇2号园区物业管理服务有限公司第三分公司浦东软件园': '称：南京江北新区智能制造产业园管理有限公司研创园分公司第二',
      '配套服务中心': '物业服务中心',
      '-75<8/2+14*>69-3<0/57+*82>1-4<63/9+*05>7-28': '9/2<-03+71*>48/6-<29+0*73>5/1-86<*04+9/2>7-31',
    }, lost));
    expect(other.buyer.name).toBe('南京江北新区智能制造产业园管理有限公司研创园分公司第二物业服务中心');
  });
});

/**
 * A 数电 专用发票, scanned at 200 dpi, as OCR reads it (items [text, x, y, width, height] in mm): the buyer's
 * name fills its cell and wraps, and the layout joins its first row, the seller's vertical label's 销 and
 * the seller's "名称：…" into one cell.
 */
const digitalRunInItems: Array<[string, number, number, number, number]> = [
  ["电子发票（增值税专用发票", 66.42099999999999, 7.492999999999999, 73.53299999999999, 7.62],
  ["发票号码： 25332000000734418806", 155.44799999999998, 15.113, 48.895, 4.826], ["开票日期： 2025年10月20日", 155.321, 22.86, 37.846, 4.826],
  ["名称：中建八局第三建设有限公司杭州2025亚运村配套道路改造工程EPC总", 15.113, 34.417, 105.79099999999998, 6.858],
  ["购", 9.017, 35.81399999999999, 3.429, 3.6829999999999994],
  ["名称：杭州萧山商品混凝土有限公司", 131.31799999999998, 36.576, 51.053999999999995, 4.952999999999999],
  ["销", 124.58699999999999, 37.337999999999994, 3.5559999999999996, 3.81], ["刀", 8.763, 38.735, 4.064, 8.763],
  ["承包项目经理部", 15.748, 41.65599999999999, 22.732999999999997, 3.937], ["统一社会信用代码/纳税人识别号：", 131.064, 45.847, 45.593, 4.952999999999999],
  ["信", 8.763, 46.10099999999999, 3.81, 4.952999999999999], ["息", 8.89, 50.419, 3.429, 3.937],
  ["统一社会信用代码/纳税人识别号： 91330100MA2KD1R59L", 14.858999999999998, 50.672999999999995, 80.645, 5.715],
  ["息", 124.46, 51.435, 3.5559999999999996, 4.572], ["91330109MA28N3PQ47", 131.064, 52.196999999999996, 34.797999999999995, 4.445],
  ["项目名称", 23.114, 62.23, 12.7, 4.191], ["规格型号", 56.007, 62.73799999999999, 12.826999999999998, 4.064], ["单位", 78.105, 62.865, 7.874, 4.318],
  ["数量", 93.345, 62.992, 8.255, 4.572], ["单价", 108.96599999999998, 63.119, 8.255, 4.572], ["金额", 131.572, 63.754, 8.001, 4.191],
  ["税率/征收率", 155.321, 64.135, 16.764, 3.937], ["税额", 186.43599999999998, 64.51599999999999, 7.874, 4.191],
  ["*水泥混凝土*商品混凝土", 8.128, 67.056, 33.909, 4.445], ["C30", 51.94299999999999, 67.818, 5.968999999999999, 4.064],
  ["立方米", 73.66, 67.818, 10.287, 4.445], ["860", 97.663, 68.326, 6.223, 4.318], ["388.35", 110.99799999999999, 68.58, 10.16, 4.064],
  ["333981.00", 133.731, 68.834, 15.113, 4.191], ["3%", 172.085, 69.59599999999999, 5.206999999999999, 3.81],
  ["10019.43", 188.976, 69.59599999999999, 13.461999999999998, 4.191], ["计", 11.937999999999999, 75.31099999999999, 8.763, 4.318],
  ["合", 8.001, 75.565, 3.81, 3.81], ["￥333981.00", 132.08, 77.47, 16.383, 3.5559999999999996],
  ["￥10019.43", 187.325, 77.978, 14.858999999999998, 3.937], ["价税合计（大写）", 8.382, 102.362, 24.002999999999997, 4.699],
  ["⑧叁拾肆万肆仟圆肆角叁分", 124.20599999999999, 104.14, 36.702999999999996, 4.826],
  ["（小写）￥344000.43", 172.974, 104.90199999999999, 27.558999999999997, 4.445], ["备", 7.746999999999999, 110.744, 4.064, 4.445],
  ["注", 7.492999999999999, 113.919, 4.318, 4.572], ["开票人：陈敏", 14.096999999999998, 122.809, 18.541999999999998, 4.064]
];
const digitalRunIn = (swap: Record<string, string> = {}) => [{
  page: 1, width: 210, height: 140,
  items: digitalRunInItems.map(([text, x, y, width, height]) => ({ text: swap[text] ?? text, x, y, width, height, page: 1 })),
}];

describe('a scanned 数电 invoice whose buyer name runs into the seller\'s label', () => {
  it('reads the seller\'s 名称 after its side glyph inside the buyer\'s cell, and each name whole', () => {
    const inv = parseChineseInvoiceText(digitalRunIn());
    expect(inv.buyer.name).toBe('中建八局第三建设有限公司杭州2025亚运村配套道路改造工程EPC总承包项目经理部');
    expect(inv.seller.name).toBe('杭州萧山商品混凝土有限公司');
    // Other names, the same geometry.
    const other = parseChineseInvoiceText(digitalRunIn({
      '名称：中建八局第三建设有限公司杭州2025亚运村配套道路改造工程EPC总': '名称：广州地铁集团有限公司十一号线二期工程土建施工总承包第三标段',
      '承包项目经理部': '项目经理部',
      '名称：杭州萧山商品混凝土有限公司': '名称：广州穗城建材供应有限公司',
    }));
    expect(other.buyer.name).toBe('广州地铁集团有限公司十一号线二期工程土建施工总承包第三标段项目经理部');
    expect(other.seller.name).toBe('广州穗城建材供应有限公司');
  });
});

describe('a scanned 卷式 printing each value under its label', () => {
  it('reads a name whose long first row OCR boxed taller than its glyphs (the skew) and its wrapped rest', () => {
    const lines = (rows: string[], top: number): Draw[] => rows.map((text, i) => ({ text, x: 4, y: top + i * 4.1, size: 2.6 }));
    const [page] = toPageText([
      { text: '江苏增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...lines(['发票代码：', '032001900412', '发票号码：', '40928156', '开票日期：', '2024-10-11', '销售方名称：', '南京市玄武区钟山风景区梅花山茶社有限公司',
        '纳税人识别号：', '91320102MA21PH3Q8K', '购买方名称：', '南京江北新区长江智能制造产业协同创新研究院运营管理', '有限公司', '纳税人识别号：', '91320100MA1X7F2K47'], 15.3),
      { text: '项目', x: 4, y: 86.3, size: 2.6 }, { text: '单价', x: 43, y: 86.3, size: 2.6 }, { text: '数量', x: 52, y: 86.3, size: 2.6 }, { text: '金额', x: 66, y: 86.3, size: 2.6 },
      { text: '茶水', x: 4, y: 91.1, size: 2.6 }, { text: '88.00', x: 41, y: 91.1, size: 2.6 }, { text: '6', x: 55, y: 91.1, size: 2.6 }, { text: '528.00', x: 64, y: 91.1, size: 2.6 },
      { text: '合计金额(小写)：', x: 4, y: 101.4, size: 2.6 }, { text: '¥528.00', x: 4, y: 105.5, size: 2.6 },
    ], 76, 165);
    // The long row's box 1.6 times as tall as its glyphs, centred where they are.
    const items = page!.items.map((i) => (i.text.endsWith('运营管理') ? { ...i, y: i.y - 0.8, height: 4.2 } : i));
    const inv = parseChineseInvoiceText([{ ...page!, items }]);
    expect(inv.buyer.name).toBe('南京江北新区长江智能制造产业协同创新研究院运营管理有限公司');
    expect(inv.seller.name).toBe('南京市玄武区钟山风景区梅花山茶社有限公司');
  });
});

describe('a scanned date whose day OCR split', () => {
  it('joins the day\'s digits OCR split with a space under 开票日期, but takes no time after a one-digit day for them', () => {
    const roll = (date: string): Draw[] => [
      { text: '江苏增值税普通发票（卷式）', x: 16, y: 4.3, size: 3.3 },
      ...['发票代码：', '032001900412', '发票号码：', '40928156', '开票日期：', date, '销售方名称：', '南京市玄武区钟山风景区梅花山茶社有限公司'].map((text, i) => ({ text, x: 4, y: 15.3 + i * 4.1, size: 2.6 })),
      { text: '合计金额(小写)：', x: 4, y: 60, size: 2.6 }, { text: '¥528.00', x: 4, y: 64.1, size: 2.6 },
    ];
    expect(parseChineseInvoiceText(toPageText(roll('2024-10-1 1'), 76, 165)).date).toBe('2024-10-11');
    expect(parseChineseInvoiceText(toPageText(roll('2024-10-1 9:30'), 76, 165)).date).toBe('2024-10-01');
  });
});

describe('a scanned 数电 invoice whose party blocks stand one above the other', () => {
  /** Buyer's block over the seller's, each with its vertical side label left of it; `buyerSide` its glyphs as OCR read them. */
  function stacked(buyerSide: string): Draw[] {
    return [
      { text: '电子发票（增值税专用发票', x: 66, y: 7.6, size: 5 },
      { text: '发票号码： 25442000000318460279', x: 155, y: 15.1 }, { text: '开票日期： 2025年10月09日', x: 155, y: 23.1 },
      ...[...buyerSide].map((ch, i) => ({ text: ch, x: 10.7, y: 32 + i * 3.7, size: 3.4 })),
      { text: '名称：深圳市南山区粤海数码科技有限公司', x: 19.6, y: 31.5, size: 5.3 },
      { text: '统一社会信用代码/纳税人识别号： 91440300MA5H7K2P38', x: 19.3, y: 37.2, size: 5.7 },
      ...[...'销售方信息'].map((ch, i) => ({ text: ch, x: 10.8, y: 50.8 + i * 3.7, size: 3.4 })),
      { text: '名称：广州市天河区珠江新城办公设备有限公司', x: 19.4, y: 50.7, size: 5.2 },
      { text: '统一社会信用代码/纳税人识别号： 91440106MA9W3R8N5D', x: 18.9, y: 56, size: 5.7 },
      { text: '项目名称', x: 23, y: 72 }, { text: '单价', x: 110, y: 72 }, { text: '金额', x: 134, y: 72 }, { text: '税率/征收率', x: 157, y: 72 }, { text: '税额', x: 188, y: 72 },
      { text: '*计算机外部设备*显示器', x: 8, y: 77 }, { text: '1592.9204', x: 110, y: 77 }, { text: '15929.20', x: 136, y: 77 }, { text: '13%', x: 173, y: 77 }, { text: '2070.80', x: 191, y: 77 },
      { text: '合计', x: 8, y: 90 }, { text: '¥15929.20', x: 135, y: 90 }, { text: '¥2070.80', x: 189, y: 90 },
      { text: '价税合计（大写）', x: 9, y: 100 }, { text: '⊗壹万捌仟圆整', x: 101, y: 100 }, { text: '（小写）¥18000.00', x: 140, y: 100 },
    ];
  }

  it('reads the buyer from the upper block whose side label OCR misread, not the lower block\'s 销售方', () => {
    const inv = parseChineseInvoiceText(toPageText(stacked('实方信息')));
    expect(inv.buyer.name).toBe('深圳市南山区粤海数码科技有限公司');
    expect(inv.buyer.taxId).toBe('91440300MA5H7K2P38');
    expect(inv.seller.name).toBe('广州市天河区珠江新城办公设备有限公司');
    expect(inv.seller.taxId).toBe('91440106MA9W3R8N5D');
  });

  it('still reads both when the upper label reads 购买方信息', () => {
    const inv = parseChineseInvoiceText(toPageText(stacked('购买方信息')));
    expect(inv.buyer.name).toBe('深圳市南山区粤海数码科技有限公司');
    expect(inv.seller.name).toBe('广州市天河区珠江新城办公设备有限公司');
  });
});

describe('a scanned 价税合计 row whose label its narrow cell wrapped after 价税', () => {
  function page(grand: Draw[]): Draw[] {
    return [
      { text: '电子发票（增值税专用发票', x: 66, y: 7.6, size: 5 },
      { text: '发票号码： 25442000000318460279', x: 155, y: 15.1 }, { text: '开票日期： 2025年10月09日', x: 155, y: 23.1 },
      { text: '购', x: 5.9, y: 32 }, { text: '名称：深圳市南山区粤海数码科技有限公司', x: 12, y: 32 }, { text: '销', x: 105, y: 32 }, { text: '名称：广州市天河区珠江新城办公设备有限公司', x: 110, y: 32 },
      { text: '项目名称', x: 23, y: 72 }, { text: '单价', x: 110, y: 72 }, { text: '金额', x: 134, y: 72 }, { text: '税率/征收率', x: 157, y: 72 }, { text: '税额', x: 188, y: 72 },
      { text: '*计算机外部设备*显示器', x: 8, y: 77 }, { text: '1592.9204', x: 110, y: 77 }, { text: '15929.20', x: 136, y: 77 }, { text: '13%', x: 173, y: 77 }, { text: '2070.80', x: 191, y: 77 },
      // The 合计 row's tax a skew's drop under it.
      { text: '合计¥15929.20', x: 8, y: 90 }, { text: '¥2070.80', x: 186, y: 93.6 },
      ...grand,
    ];
  }

  it('reads the total and its words from the values line that opens with 价税, and the tax from them', () => {
    const inv = parseChineseInvoiceText(toPageText(page([
      { text: '价税壹万捌仟圆整（小写）¥18000.00', x: 2, y: 100 }, { text: '合计', x: 2.5, y: 104 }, { text: '（大', x: 2.5, y: 108 }, { text: '写）', x: 2.5, y: 112 },
    ])));
    expect(inv.totalAmount).toBe(18000);
    expect(inv.totalInWords).toBe('壹万捌仟圆整');
    expect(inv.taxAmount).toBe(2070.8);
    expect(inv.amount).toBe(15929.2);
  });

  it('takes no 小写 figure from a line without the 大写 words before it', () => {
    const inv = parseChineseInvoiceText(toPageText(page([{ text: '备注：押金（小写）¥500.00', x: 12, y: 100 }])));
    expect(inv.totalAmount).not.toBe(500);
    expect(inv.totalInWords).toBeNull();
  });
});
