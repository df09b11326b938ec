import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText, looksChinese } from '../../src/invoice/cn/text.js';
import { runChecks } from '../../src/invoice/checks.js';
import { parseChineseAmount } from '../../src/invoice/cn/amount-words.js';
import { pdfPageText } from '../../src/pdf/text.js';
import { readFixture } from './fixtures.js';
import { toPageText, toPdf, type Draw } from './page-builder.js';

/** A 增值税电子普通发票 as its text layer places things (A5 landscape, mm from top-left). */
const vatNormal: Draw[] = [
  { text: '浙江增值税电子普通发票', x: 62, y: 6, size: 6, glyphs: 7 },
  { text: '发票代码:', x: 140, y: 12 }, { text: '033002000211', x: 160, y: 12 },
  { text: '发票号码:', x: 140, y: 17 }, { text: '83089647', x: 160, y: 17 },
  { text: '开票日期:', x: 140, y: 22 }, { text: '2020年07月23日', x: 160, y: 22 },
  { text: '机器编号:', x: 10, y: 27 }, { text: '927000236092', x: 28, y: 27 },
  { text: '校验码:', x: 140, y: 27, glyphs: 4 }, { text: '16197 83356 74145 07415', x: 160, y: 27 },
  // buyer block, vertical 购买方 label at the left edge
  { text: '购', x: 5, y: 34 }, { text: '买', x: 5, y: 39 }, { text: '方', x: 5, y: 44 },
  { text: '名称:', x: 12, y: 34, glyphs: 8 }, { text: '江苏京利华新材料有限公司', x: 32, y: 34 },
  { text: '纳税人识别号:', x: 12, y: 39 }, { text: '91320115MA202UKD7X', x: 40, y: 39 },
  { text: '地址、电话:', x: 12, y: 44, glyphs: 3.2 },
  { text: '开户行及账号:', x: 12, y: 49 },
  { text: '密', x: 118, y: 36 }, { text: '码', x: 118, y: 41 }, { text: '区', x: 118, y: 46 },
  { text: '0062477>548-1109>61*9-52160+', x: 125, y: 34 }, { text: '2>+<79<931-426-8*+38+412394<', x: 125, y: 39 },
  { text: '/+-9-18810/<3/3+8<1-553*3*+/', x: 125, y: 44 }, { text: '27<<-<-6+3>896019*0119*93+3/', x: 125, y: 49 },
  // items
  { text: '货物或应税劳务、服务名称', x: 12, y: 57 }, { text: '规格型号', x: 64, y: 57 }, { text: '单位', x: 84, y: 57, glyphs: 5 },
  { text: '数量', x: 99, y: 57, glyphs: 5 }, { text: '单价', x: 116, y: 57, glyphs: 5 }, { text: '金额', x: 140, y: 57, glyphs: 6 },
  { text: '税率', x: 160, y: 57 }, { text: '税额', x: 178, y: 57, glyphs: 6 },
  { text: '*餐饮服务*餐费', x: 12, y: 62 }, { text: '份', x: 86, y: 62 }, { text: '2', x: 102, y: 62 }, { text: '255.339806', x: 112, y: 62 },
  { text: '510.68', x: 142, y: 62 }, { text: '3%', x: 161, y: 62 }, { text: '15.32', x: 181, y: 62 },
  { text: '合计', x: 28, y: 85, glyphs: 10 }, { text: '¥510.68', x: 140, y: 85 }, { text: '¥15.32', x: 179, y: 85 },
  { text: '价税合计（大写）', x: 12, y: 92 }, { text: '⊗伍佰贰拾陆圆整', x: 60, y: 92 }, { text: '（小写）', x: 140, y: 92 }, { text: '¥526.00', x: 156, y: 92 },
  // seller block; the name is one item per glyph
  { text: '销', x: 5, y: 100 }, { text: '售', x: 5, y: 105 }, { text: '方', x: 5, y: 110 },
  { text: '名称:', x: 12, y: 100, glyphs: 8 }, { text: '兰溪市悦济舫餐厅', x: 32, y: 100, glyphs: 3.1 },
  { text: '纳税人识别号:', x: 12, y: 105 }, { text: '92330781MA2EDMFU50', x: 40, y: 105, glyphs: 1.7 },
  { text: '地址、电话:', x: 12, y: 110, glyphs: 3.2 }, { text: '兰溪市丹溪大道1055号 057988222001', x: 32, y: 110 },
  { text: '开户行及账号:', x: 12, y: 115 }, { text: '中国邮政储蓄银行兰溪分行 6217993300118475000', x: 40, y: 115 },
  { text: '备注', x: 118, y: 100 }, { text: '订单号 A-1024', x: 130, y: 100 },
  { text: '收款人:管理员', x: 10, y: 125 }, { text: '复核:管理员', x: 60, y: 125 }, { text: '开票人:管理员', x: 110, y: 125 }, { text: '销售方:(章)', x: 160, y: 125 },
];

/** A 数电 电子发票（普通发票）: no code, buyer and seller side by side, labels with inline values. */
const digital: Draw[] = [
  { text: '电子发票（普通发票）', x: 70, y: 8, size: 6 },
  { text: '发票号码：', x: 140, y: 14 }, { text: '25924000000001260164', x: 158, y: 14 },
  { text: '开票日期：', x: 140, y: 19 }, { text: '2025年04月01日', x: 158, y: 19 },
  { text: '购买方信息', x: 5, y: 28, glyphs: 0 }, // placeholder replaced below by vertical glyphs
  { text: '名称：威高集团有限公司', x: 12, y: 30 }, { text: '名称：青岛嘉仕汇酒店管理有限公司', x: 112, y: 30 },
  { text: '统一社会信用代码/纳税人识别号：', x: 12, y: 38, size: 2.5 }, { text: '913710007062495888', x: 55, y: 38 },
  { text: '统一社会信用代码/纳税人识别号：', x: 112, y: 38, size: 2.5 }, { text: '91370203MA3N3AR685', x: 155, y: 38 },
  { text: '项目名称', x: 12, y: 50 }, { text: '规格型号', x: 55, y: 50 }, { text: '单位', x: 80, y: 50, glyphs: 4 }, { text: '数量', x: 95, y: 50, glyphs: 4 },
  { text: '单价', x: 113, y: 50, glyphs: 4 }, { text: '金额', x: 136, y: 50, glyphs: 4 }, { text: '税率/征收率', x: 152, y: 50 }, { text: '税额', x: 181, y: 50, glyphs: 4 },
  { text: '*住宿服务*住宿费', x: 12, y: 56 }, { text: '天', x: 82, y: 56 }, { text: '1', x: 98, y: 56 }, { text: '357.547169811321', x: 106, y: 56 },
  { text: '357.55', x: 137, y: 56 }, { text: '6%', x: 158, y: 56 }, { text: '21.45', x: 182, y: 56 },
  { text: '*住宿服务*加床', x: 12, y: 61 }, { text: '次', x: 82, y: 61 }, { text: '1', x: 98, y: 61 }, { text: '0', x: 110, y: 61 },
  { text: '0.00', x: 138, y: 61 }, { text: '免税', x: 158, y: 61 }, { text: '***', x: 182, y: 61 },
  { text: '合计', x: 28, y: 80, glyphs: 9 }, { text: '¥357.55', x: 136, y: 80 }, { text: '¥21.45', x: 180, y: 80 },
  { text: '价税合计（大写）', x: 12, y: 88 }, { text: '⊗叁佰柒拾玖圆整', x: 50, y: 88 }, { text: '（小写）¥379.00', x: 140, y: 88 },
  { text: '备注', x: 12, y: 96 }, { text: '购方开户银行:威海农行高区支行;', x: 25, y: 96 }, { text: '银行账号:15560201040009819;', x: 25, y: 101 },
  { text: '开票人：王琦', x: 140, y: 128 },
].filter((d) => d.glyphs !== 0) as Draw[];
for (const [i, ch] of [...'购买方信息'].entries()) digital.push({ text: ch, x: 5, y: 28 + i * 3.5 });
for (const [i, ch] of [...'销售方信息'].entries()) digital.push({ text: ch, x: 105, y: 28 + i * 3.5 });

const NOW = new Date('2025-06-01');

describe('cn-text: 增值税电子普通发票 layout', () => {
  it('reads the header, both parties, the table, totals, words and remarks', () => {
    const inv = parseChineseInvoiceText(toPageText(vatNormal));
    expect(inv).toMatchObject({
      type: 'vat_normal', code: '033002000211', number: '83089647', date: '2020-07-23', checkCode: '16197833567414507415',
      currency: 'CNY', amount: 510.68, taxAmount: 15.32, totalAmount: 526, totalInWords: '伍佰贰拾陆圆整', remarks: '订单号 A-1024',
    });
    expect(inv.buyer).toEqual({ name: '江苏京利华新材料有限公司', taxId: '91320115MA202UKD7X', address: null, phone: null, bank: null, account: null });
    expect(inv.seller).toEqual({
      name: '兰溪市悦济舫餐厅', taxId: '92330781MA2EDMFU50', address: '兰溪市丹溪大道1055号', phone: '057988222001',
      bank: '中国邮政储蓄银行兰溪分行', account: '6217993300118475000',
    });
    expect(inv.items).toEqual([{ name: '*餐饮服务*餐费', spec: null, unit: '份', quantity: 2, unitPrice: 255.339806, amount: 510.68, taxRate: 0.03, taxAmount: 15.32 }]);
    expect(inv.fieldSources).toMatchObject({ number: 'text', 'seller.name': 'text' });
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('recovers figures a scan lost from the arithmetic the invoice prints (大写 = 小写, net + tax = total)', () => {
    const lost = vatNormal.filter((d) => d.text !== '¥526.00' && d.text !== '¥15.32' && d.text !== '15.32');
    const inv = parseChineseInvoiceText(toPageText(lost));
    expect(inv).toMatchObject({ totalAmount: 526, amount: 510.68, taxAmount: 15.32 });
  });

  it('takes a lost 小写 from the 大写 words, not from a tax figure the skew set below 合计', () => {
    // A skewed scan: the 合计 row's tax figure lands on its own line under 合计, and the 小写 figure is lost.
    const skewed = vatNormal.filter((d) => d.text !== '¥526.00').map((d) => (d.text === '¥15.32' ? { ...d, x: 30, y: 88 } : d));
    const inv = parseChineseInvoiceText(toPageText(skewed));
    expect(inv).toMatchObject({ totalAmount: 526, amount: 510.68, taxAmount: 15.32 });
  });

  it('gives the same fields through a real PDF (pdf-lib + CJK font → pdf.js)', async () => {
    const pages = await pdfPageText(await toPdf(vatNormal));
    const inv = parseChineseInvoiceText(pages);
    expect(inv).toMatchObject({ code: '033002000211', number: '83089647', date: '2020-07-23', amount: 510.68, taxAmount: 15.32, totalAmount: 526 });
    expect(inv.buyer.name).toBe('江苏京利华新材料有限公司');
    expect(inv.seller).toMatchObject({ name: '兰溪市悦济舫餐厅', taxId: '92330781MA2EDMFU50' });
    expect(inv.items[0]).toMatchObject({ name: '*餐饮服务*餐费', quantity: 2, amount: 510.68, taxRate: 0.03 });
  });
});

describe('cn-text: 数电 电子发票（普通发票）layout', () => {
  it('reads the 20-digit number, side-by-side parties, a tax-exempt line and totals', () => {
    const pages = toPageText(digital);
    expect(looksChinese(pages[0].items.map((i) => i.text).join(''))).toBe(true);
    const inv = parseChineseInvoiceText(pages);
    expect(inv).toMatchObject({
      type: 'vat_normal', code: null, number: '25924000000001260164', date: '2025-04-01', checkCode: null,
      amount: 357.55, taxAmount: 21.45, totalAmount: 379, totalInWords: '叁佰柒拾玖圆整',
    });
    expect(inv.buyer).toMatchObject({ name: '威高集团有限公司', taxId: '913710007062495888' });
    expect(inv.seller).toMatchObject({ name: '青岛嘉仕汇酒店管理有限公司', taxId: '91370203MA3N3AR685' });
    expect(inv.items).toEqual([
      { name: '*住宿服务*住宿费', spec: null, unit: '天', quantity: 1, unitPrice: 357.547169811321, amount: 357.55, taxRate: 0.06, taxAmount: 21.45 },
      { name: '*住宿服务*加床', spec: null, unit: '次', quantity: 1, unitPrice: 0, amount: 0, taxRate: 0, taxAmount: 0 },
    ]);
    expect(inv.remarks).toContain('15560201040009819');
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});

describe('cn-text: 航空运输电子客票行程单 (real PDF)', () => {
  it('reads type, number, issue date, totals, carrier and buyer', async () => {
    const pages = await pdfPageText(readFixture('cn', 'ofdrw__xbrl-001_air_itinerary_einvoice_preview.pdf'));
    const inv = parseChineseInvoiceText(pages);
    expect(inv).toMatchObject({
      type: 'flight', code: null, number: '9223372036854775807', date: '2021-07-28', checkCode: '7890',
      totalAmount: 620, taxAmount: 47.07, amount: 572.93,
    });
    expect(inv.seller.name).toBe('中国南方航空股份有限公司');
    expect(inv.buyer).toMatchObject({ name: '北京XXX公司', taxId: '9111000007311XXXX' });
  });
});

// ---------------------------------------------------------------------------------------------------
// Layouts built item by item: spaced labels, values off their label's baseline, one glyph per item.

import type { PageText, TextItem } from '../../src/core/text.js';
import { groupLines } from '../../src/invoice/layout.js';

const isCjk = (ch: string) => /[\u3000-\u9fff\uff00-\uffef]/.test(ch);

/** One item per glyph (spaces dropped), widths by glyph class, in a scrambled but fixed order. */
function oneGlyphPerItem(pages: PageText[]): PageText[] {
  let seed = 7;
  const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  return pages.map((p) => {
    const items: TextItem[] = p.items.flatMap((it) => {
      const chars = [...it.text];
      const weight = (ch: string) => (/\s/.test(ch) ? 0.3 : isCjk(ch) ? 1 : 0.55);
      const total = chars.reduce((n, ch) => n + weight(ch), 0) || 1;
      let x = it.x;
      return chars.flatMap((ch) => {
        const width = (weight(ch) / total) * it.width;
        const out = /\s/.test(ch) ? [] : [{ ...it, text: ch, x, width }];
        x += width;
        return out;
      });
    });
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return { ...p, items };
  });
}

/**
 * A classic 增值税电子专用发票 as a tax-control PDF prints it: labels spaced glyph by glyph over the
 * width of the longest label ("名" … "称" … "：" as separate items), values overprinted a little off
 * the label's baseline in another font size, an address wrapped onto two rows, vertical 购买方 / 密码区 /
 * 销售方 / 备注 labels one glyph per item.
 */
const spacedLabels: Draw[] = [
  { text: '贵州增值税电子专用发票', x: 69, y: 7, size: 6.7 },
  { text: '发票代码：', x: 148.6, y: 7 }, { text: '052002100113', x: 164, y: 6.6, size: 3.4 },
  { text: '发票号码：', x: 148.6, y: 12.9 }, { text: '00008006', x: 164, y: 12.5, size: 3.4 },
  { text: '开票日期：', x: 148.6, y: 18.4 }, { text: '2022年05月05日', x: 164, y: 18.6 },
  { text: '校验码：', x: 148.6, y: 23.9, glyphs: 5 }, { text: '18001 80151 30308 62041', x: 164, y: 24.2, size: 2.8 },
  { text: '购买方', x: 6.8, y: 32.8, glyphs: 0 },
  { text: '名', x: 13.5, y: 31.2 }, { text: '称：', x: 29.1, y: 31.2 }, { text: '中国移动通信集团贵州有限公司黔南分公司', x: 36, y: 31.6 },
  { text: '纳税人识别号：', x: 13.5, y: 36.4, glyphs: 3.2 }, { text: '91522701709696623X', x: 36, y: 35.5, size: 4.2 },
  { text: '地址、电话：', x: 13.5, y: 42, glyphs: 4.4 },
  { text: '贵州省黔南布依族苗族自治州都匀市龙山大道伯爵国际花园13栋1层1号', x: 36, y: 40.8, size: 2.3 },
  { text: '13908546986', x: 37.3, y: 43.4, size: 2.3 },
  { text: '开户行及账号：', x: 13.5, y: 47.3, glyphs: 3.2 }, { text: '中国工商银行股份有限公司贵阳省政府支行 2402012219200041549', x: 36, y: 47.6, size: 2.3 },
  { text: '007136</-512<*7/2<-847-+<06+', x: 130, y: 31.4 }, { text: '8+>2-6*76<3<<729<79>71498+-*', x: 130, y: 35.9 },
  { text: '<+/>*+2240<4953<072768-7747*', x: 130, y: 40.4 }, { text: '-0/107+<0>+26601>9<31+*7/2--', x: 130, y: 44.9 },
  { text: '项目名称', x: 25, y: 52.6 }, { text: '规格型号', x: 64, y: 52.6 }, { text: '单位', x: 85.5, y: 52.6, glyphs: 3.2 },
  { text: '数量', x: 99.3, y: 52.6, glyphs: 6.3 }, { text: '单价', x: 120.5, y: 52.6, glyphs: 5.3 }, { text: '金额', x: 144.7, y: 52.6, glyphs: 6.7 },
  { text: '税率', x: 166.7, y: 52.6, glyphs: 3.2 }, { text: '税额', x: 185, y: 52.6, glyphs: 7 },
  { text: '*经纪代理服务*经纪代理服务', x: 5.5, y: 56.7 }, { text: '月', x: 86.9, y: 56.7 }, { text: '1', x: 111.9, y: 56.7 },
  { text: '24519.05', x: 120.3, y: 56.7 }, { text: '24519.05', x: 150.8, y: 56.7 }, { text: '3%', x: 172, y: 56.7 }, { text: '735.57', x: 195, y: 56.7 },
  { text: '合计', x: 22.5, y: 91.7, glyphs: 12 }, { text: '¥24519.05', x: 146.7, y: 91.7 }, { text: '¥735.57', x: 191.5, y: 91.7 },
  { text: '价税合计（大写）', x: 17.3, y: 97.3 }, { text: '⊗贰万伍仟贰佰伍拾肆圆陆角贰分', x: 60, y: 97.8 },
  { text: '（小写）', x: 156.6, y: 97.3 }, { text: '¥25254.62', x: 170, y: 97.8 },
  { text: '名', x: 13.5, y: 105 }, { text: '称：', x: 29.1, y: 105 }, { text: '独山县城南网格刘梦阳通讯店', x: 36, y: 105.3 },
  { text: '纳税人识别号：', x: 13.5, y: 109.8, glyphs: 3.2 }, { text: '92522726MA7GNHJ07M', x: 36, y: 108.8, size: 4.2 },
  { text: '地址、电话：', x: 13.5, y: 114.3, glyphs: 4.4 }, { text: '独山县金海龙庭A栋2单元904号13765480901', x: 36, y: 114 },
  { text: '开户行及账号：', x: 13.5, y: 119, glyphs: 3.2 }, { text: '中国建设银行股份有线公司独山支行6217007130003921667', x: 36, y: 119.5, size: 2.6 },
  { text: '订单 2022-0505', x: 128, y: 110 },
  { text: '收款人：管理员', x: 7.1, y: 125.1 }, { text: '复核：管理员', x: 63.6, y: 125.1 }, { text: '开票人：管理员', x: 105.7, y: 125.1 },
].filter((d) => d.glyphs !== 0) as Draw[];
for (const [i, ch] of [...'购买方'].entries()) spacedLabels.push({ text: ch, x: 6.8, y: 32.8 + i * 6.35 });
for (const [i, ch] of [...'密码区'].entries()) spacedLabels.push({ text: ch, x: 120.4, y: 32.5 + i * 6.35 });
for (const [i, ch] of [...'销售方'].entries()) spacedLabels.push({ text: ch, x: 6.8, y: 106.3 + i * 6.35 });
for (const [i, ch] of [...'备注'].entries()) spacedLabels.push({ text: ch, x: 120.4, y: 107.5 + i * 10 });

const spacedExpected = {
  type: 'vat_special', code: '052002100113', number: '00008006', date: '2022-05-05', checkCode: '18001801513030862041',
  amount: 24519.05, taxAmount: 735.57, totalAmount: 25254.62, totalInWords: '贰万伍仟贰佰伍拾肆圆陆角贰分', remarks: '订单 2022-0505',
  buyer: {
    name: '中国移动通信集团贵州有限公司黔南分公司', taxId: '91522701709696623X', address: '贵州省黔南布依族苗族自治州都匀市龙山大道伯爵国际花园13栋1层1号',
    phone: '13908546986', bank: '中国工商银行股份有限公司贵阳省政府支行', account: '2402012219200041549',
  },
  seller: {
    name: '独山县城南网格刘梦阳通讯店', taxId: '92522726MA7GNHJ07M', address: '独山县金海龙庭A栋2单元904号', phone: '13765480901',
    bank: '中国建设银行股份有线公司独山支行', account: '6217007130003921667',
  },
  items: [{ name: '*经纪代理服务*经纪代理服务', spec: null, unit: '月', quantity: 1, unitPrice: 24519.05, amount: 24519.05, taxRate: 0.03, taxAmount: 735.57 }],
};

describe('cn-text: spaced-out labels and values off their baseline', () => {
  it('keeps vertical labels apart and joins a label spaced glyph by glyph', () => {
    const lines = groupLines(toPageText(spacedLabels)[0].items);
    expect(lines.filter((l) => l.vertical).map((l) => l.text).sort()).toEqual(['备注', '密码区', '购买方', '销售方']);
    const taxIdLine = lines.find((l) => l.text.includes('纳税人识别号'))!;
    expect(taxIdLine.segments[0].text).toBe('纳税人识别号：91522701709696623X');
    expect(lines.find((l) => /^名/.test(l.text) && l.y < 40)!.segments.slice(0, 2).map((s) => s.text)).toEqual(['名', '称：中国移动通信集团贵州有限公司黔南分公司']);
  });

  it('reads every party field, 校验码, the table, totals and 备注', () => {
    const inv = parseChineseInvoiceText(toPageText(spacedLabels));
    expect(inv).toMatchObject(spacedExpected);
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });

  it('gives the same fields through a real PDF', async () => {
    const inv = parseChineseInvoiceText(await pdfPageText(await toPdf(spacedLabels)));
    expect(inv).toMatchObject(spacedExpected);
  });
});

describe('cn-text: one glyph per item, in no particular order', () => {
  it('reads the spaced-label invoice from single glyphs', () => {
    const inv = parseChineseInvoiceText(oneGlyphPerItem(toPageText(spacedLabels)));
    expect(inv).toMatchObject(spacedExpected);
  });

  it('reads the 增值税电子普通发票 layout from single glyphs', () => {
    const inv = parseChineseInvoiceText(oneGlyphPerItem(toPageText(vatNormal)));
    expect(inv).toMatchObject({ code: '033002000211', number: '83089647', date: '2020-07-23', checkCode: '16197833567414507415', amount: 510.68, taxAmount: 15.32, totalAmount: 526 });
    expect(inv.buyer).toMatchObject({ name: '江苏京利华新材料有限公司', taxId: '91320115MA202UKD7X' });
    expect(inv.seller).toEqual({
      name: '兰溪市悦济舫餐厅', taxId: '92330781MA2EDMFU50', address: '兰溪市丹溪大道1055号', phone: '057988222001',
      bank: '中国邮政储蓄银行兰溪分行', account: '6217993300118475000',
    });
    expect(inv.items).toEqual([{ name: '*餐饮服务*餐费', spec: null, unit: '份', quantity: 2, unitPrice: 255.339806, amount: 510.68, taxRate: 0.03, taxAmount: 15.32 }]);
  });

  it('reads the 数电 layout from single glyphs', () => {
    const inv = parseChineseInvoiceText(oneGlyphPerItem(toPageText(digital)));
    expect(inv).toMatchObject({ number: '25924000000001260164', date: '2025-04-01', amount: 357.55, taxAmount: 21.45, totalAmount: 379, totalInWords: '叁佰柒拾玖圆整' });
    expect(inv.buyer).toMatchObject({ name: '威高集团有限公司', taxId: '913710007062495888' });
    expect(inv.seller).toMatchObject({ name: '青岛嘉仕汇酒店管理有限公司', taxId: '91370203MA3N3AR685' });
    expect(inv.items.map((i) => [i.name, i.amount, i.taxRate])).toEqual([['*住宿服务*住宿费', 357.55, 0.06], ['*住宿服务*加床', 0, 0]]);
  });

  it('ends a party row at a vertical 备注 centred on the block that spans fewer rows than it (a real OCR page)', () => {
    // 备/注 stand beside the seller's middle rows; 乘车人 (a remark) sits right of them near the name's row.
    const page = JSON.parse(readFileSync(path.join(__dirname, 'ocr-pages', 'intercity-bus-scan.json'), 'utf8')) as PageText & { source: string };
    const inv = parseChineseInvoiceText([{ page: page.page, width: page.width, height: page.height, items: page.items }]);
    expect(inv.seller.name).toBe('广州市城际通客运有限公司');
    expect(inv.buyer.name).toBe('杭州云票科技有限公司');
  });

  it('keeps an OCR\'d vertical label out of the rows beside it when its glyphs wander or one is lost', () => {
    const item = (text: string, x: number, y: number, width = 4): TextItem => ({ text, x, y, width, height: 4, page: 1 });
    const items: TextItem[] = [
      item('称：威高集团有限公司', 30, 40, 40), item('纳税人识别号：913710007062495888', 30, 45, 60),
      // 销售方信息 read with its 销 lost, the glyphs' boxes up to 1 mm apart in x (a scan).
      item('售', 100, 40), item('方', 100.9, 45), item('信', 99.6, 50), item('息', 100.4, 55),
      item('称：深圳市海味轩餐饮管理有限公司', 14, 95, 50), item('纳税人识别号：91440300MA5F2Q8TX6', 14, 100, 55),
      item('备', 151, 95.5), item('注', 150, 100.6),
    ];
    const lines = groupLines(items);
    expect(lines.filter((l) => l.vertical).map((l) => l.text).sort()).toEqual(['售方信息', '备注']);
    expect(lines.find((l) => l.text.includes('威高'))!.text).toBe('称：威高集团有限公司');
    expect(lines.find((l) => l.text.includes('海味轩'))!.text).toBe('称：深圳市海味轩餐饮管理有限公司');
  });

  it('splits column headers printed glyph by glyph with no space inside and a gap between', () => {
    const items: TextItem[] = [];
    for (const [word, x0] of [['增值税税率', 86], ['增值税税额', 102.3]] as const) {
      for (const [i, ch] of [...word].entries()) items.push({ text: ch, x: x0 + i * 2.8, y: 107.8, width: 2.8, height: 2.8, page: 1 });
    }
    expect(groupLines(items)[0].segments.map((s) => s.text)).toEqual(['增值税税率', '增值税税额']);
  });
});

describe('cn-text: multi-page invoice', () => {
  it('reads items from every page and the totals from the page that prints them', () => {
    const head = vatNormal.filter((d) => d.y < 60 && !/^\*/.test(d.text));
    const row = (name: string, amount: string, tax: string, y: number): Draw[] => [
      { text: name, x: 12, y }, { text: '个', x: 86, y }, { text: '1', x: 102, y }, { text: amount, x: 112, y },
      { text: amount, x: 142, y }, { text: '13%', x: 161, y }, { text: tax, x: 181, y },
    ];
    const tail = vatNormal.filter((d) => d.y >= 100);
    const page1: Draw[] = [...head, ...row('*文具*中性笔', '100.00', '13.00', 62), ...row('*文具*笔记本', '50.00', '6.50', 67), { text: '合计', x: 28, y: 85, glyphs: 10 }, { text: '价税合计（大写）', x: 12, y: 92 }, { text: '（小写）', x: 140, y: 92 }, ...tail];
    const page2: Draw[] = [...head, ...row('*文具*文件夹', '20.00', '2.60', 62),
      { text: '合计', x: 28, y: 85, glyphs: 10 }, { text: '¥170.00', x: 140, y: 85 }, { text: '¥22.10', x: 179, y: 85 },
      { text: '价税合计（大写）', x: 12, y: 92 }, { text: '⊗壹佰玖拾贰圆壹角', x: 60, y: 92 }, { text: '（小写）', x: 140, y: 92 }, { text: '¥192.10', x: 156, y: 92 }, ...tail];
    const pages: PageText[] = [toPageText(page1)[0], { ...toPageText(page2)[0], page: 2, items: toPageText(page2)[0].items.map((i) => ({ ...i, page: 2 })) }];
    const inv = parseChineseInvoiceText(pages);
    expect(inv.items.map((i) => [i.name, i.amount, i.taxAmount])).toEqual([['*文具*中性笔', 100, 13], ['*文具*笔记本', 50, 6.5], ['*文具*文件夹', 20, 2.6]]);
    expect(inv).toMatchObject({ amount: 170, taxAmount: 22.1, totalAmount: 192.1, totalInWords: '壹佰玖拾贰圆壹角', code: '033002000211', number: '83089647' });
    expect(inv.seller.name).toBe('兰溪市悦济舫餐厅');
    expect(runChecks(inv, NOW).find((c) => c.id === 'items_sum')?.ok).toBe(true);
  });
});

describe('cn-text: labels and values run together', () => {
  it('splits a row holding two labelled values in one item', () => {
    const draws: Draw[] = [
      { text: '电子发票（普通发票）', x: 70, y: 8, size: 6 },
      { text: '发票号码：25924000000001260999', x: 140, y: 14 }, { text: '开票日期：2025年04月02日', x: 140, y: 19 },
      { text: '购买方名称：北京某某科技有限公司统一社会信用代码/纳税人识别号：91110108MA01B7XN5F', x: 8, y: 30 },
      { text: '销售方名称：上海某某餐饮有限公司', x: 8, y: 36 }, { text: '纳税人识别号：91310000MA1FL3LX2K', x: 110, y: 36 },
      { text: '价税合计（大写）', x: 12, y: 88 }, { text: '⊗壹佰圆整', x: 50, y: 88 }, { text: '（小写）¥100.00', x: 140, y: 88 },
    ];
    const inv = parseChineseInvoiceText(toPageText(draws));
    expect(inv.buyer).toMatchObject({ name: '北京某某科技有限公司', taxId: '91110108MA01B7XN5F' });
    expect(inv.seller).toMatchObject({ name: '上海某某餐饮有限公司', taxId: '91310000MA1FL3LX2K' });
    expect(inv).toMatchObject({ number: '25924000000001260999', totalAmount: 100, totalInWords: '壹佰圆整' });
  });

  it('takes the parties\' address, phone and bank from a 数电 备注 that prints them', () => {
    const draws: Draw[] = [
      ...digital.filter((d) => !/^(购方开户银行|银行账号)/.test(d.text)),
      { text: '购买方地址:山东省威海市火炬高技术产业开发区初村镇威高路1号; 电话:5620755;', x: 25, y: 96 },
      { text: '销方开户银行:中国建设银行股份有限公司青岛伊春路支行; 银行账号:37150198646500000221;', x: 25, y: 101 },
    ];
    const inv = parseChineseInvoiceText(toPageText(draws));
    expect(inv.buyer).toMatchObject({ name: '威高集团有限公司', address: '山东省威海市火炬高技术产业开发区初村镇威高路1号', phone: '5620755' });
    expect(inv.seller).toMatchObject({ name: '青岛嘉仕汇酒店管理有限公司', bank: '中国建设银行股份有限公司青岛伊春路支行', account: '37150198646500000221' });
    expect(inv.remarks).toContain('购买方地址');
  });
});

describe('cn-text: 红字发票 (red-letter credit note)', () => {
  it('a negative total makes it a credit note and keeps the sign its issuer XML carries', () => {
    const negative = (t: string) => t.replace(/^(¥|（小写）¥)?(\d)/, '$1-$2');
    const red = digital.map((d) => (/^(?:¥|（小写）¥)?\d+\.\d\d$/.test(d.text) && d.y >= 56 && d.y <= 88 ? { ...d, text: negative(d.text) } : d));
    const inv = parseChineseInvoiceText(toPageText(red));
    expect(inv).toMatchObject({ documentType: 'credit_note', amount: -357.55, taxAmount: -21.45, totalAmount: -379 });
    expect(parseChineseInvoiceText(toPageText(digital)).documentType).toBe('invoice');
  });

  it.each(['⊗（负数）叁佰柒拾玖圆整', '（负数）⊗叁佰柒拾玖圆整', '负叁佰柒拾玖圆整'])('keeps the sign of the 大写 words %s', (words) => {
    const negative = (t: string) => t.replace(/^(¥|（小写）¥)?(\d)/, '$1-$2');
    const red = digital.map((d) => (/^(?:¥|（小写）¥)?\d+\.\d\d$/.test(d.text) && d.y >= 56 && d.y <= 88 ? { ...d, text: negative(d.text) }
      : d.text === '⊗叁佰柒拾玖圆整' ? { ...d, text: words } : d));
    const inv = parseChineseInvoiceText(toPageText(red));
    expect(inv).toMatchObject({ documentType: 'credit_note', totalAmount: -379 });
    expect(parseChineseAmount(inv.totalInWords!)).toBe(-379);
    expect(runChecks(inv, NOW).find((c) => c.id === 'words_match_figures')).toEqual({ id: 'words_match_figures', ok: true });
  });
});
