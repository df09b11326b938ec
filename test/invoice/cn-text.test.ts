import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText, looksChinese } from '../../src/invoice/cn-text.js';
import { runChecks } from '../../src/invoice/checks.js';
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
