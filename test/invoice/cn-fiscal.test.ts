/**
 * Forms beside the VAT invoices that users file with them: the 财政电子票据 of hospitals, government
 * offices and charities (票据代码 of 8 digits, 票据号码 of 10, 交款人 and 收款单位, a total and no tax),
 * and the 数电 电子发票（二手车销售统一发票）, which states a car's price and no tax. Generated pages of
 * the layouts in bench/cn-pages (fiscal-*, sd-ershouche-*), other names and figures.
 */
import { describe, expect, it } from 'vitest';
import { runChecks, needsReview } from '../../src/invoice/checks.js';
import { invoiceFromPages } from '../../src/invoice/parse.js';
import { toPageText, type Draw } from './page-builder.js';

const NOW = new Date('2025-12-01');

/** A 财政电子票据: `title`, the payer's label (交款人 / 捐赠人), and the 其他信息 row's own amounts. */
function fiscalPage(title: string, payerLabel: string, other: string): Draw[] {
  return [
    { text: title, x: 60, y: 8, size: 5 },
    { text: '票据号码：', x: 160, y: 12 }, { text: '0047710236', x: 176, y: 12 },
    { text: '校验码：', x: 160, y: 16 }, { text: '5d0e9a', x: 173, y: 16 },
    { text: '开票日期：', x: 160, y: 20 }, { text: '2025-10-21', x: 176, y: 20 },
    { text: '票据代码：', x: 8, y: 20 }, { text: '33010225', x: 24, y: 20 },
    { text: `${payerLabel}统一社会信用代码：`, x: 8, y: 24 },
    { text: `${payerLabel}：`, x: 8, y: 28 }, { text: '钱思远', x: 20, y: 28 },
    { text: '项目名称', x: 12, y: 36 }, { text: '数量/单位', x: 40, y: 36 }, { text: '金额（元）', x: 62, y: 36 }, { text: '备注', x: 88, y: 36 },
    { text: '项目名称', x: 106, y: 36 }, { text: '数量/单位', x: 134, y: 36 }, { text: '金额（元）', x: 156, y: 36 }, { text: '备注', x: 182, y: 36 },
    { text: '诊察费', x: 10, y: 41 }, { text: '1', x: 34, y: 41 }, { text: '25.00', x: 72, y: 41 },
    { text: '卫生材料费', x: 104, y: 41 }, { text: '1', x: 128, y: 41 }, { text: '312.40', x: 164, y: 41 },
    { text: '金额合计（大写）', x: 10, y: 47 }, { text: '叁佰叁拾柒圆肆角', x: 60, y: 47 }, { text: '（小写）', x: 150, y: 47 }, { text: '337.40', x: 172, y: 47 },
    { text: '其他信息', x: 10, y: 53 }, { text: other, x: 36, y: 53, size: 2.5 },
    { text: '收款单位（章）：', x: 10, y: 62 }, { text: '杭州市西湖区仁济医院', x: 32, y: 62 },
    { text: '复核人：', x: 110, y: 62 }, { text: '周婷', x: 121, y: 62 }, { text: '收款人：', x: 168, y: 62 }, { text: '吴刚', x: 179, y: 62 },
  ];
}

describe('财政电子票据', () => {
  it('reads the 票据代码, 票据号码, payer and payee, and the total of 金额合计, the 医保 payments aside', () => {
    const [{ invoice: inv }] = invoiceFromPages(toPageText(fiscalPage('浙江省医疗门诊收费票据（电子）', '交款人',
      '门诊号：0031557  医保统筹基金支付：180.20  个人账户支付：57.20  个人现金支付：100.00')));
    expect(inv.code).toBe('33010225');
    expect(inv.number).toBe('0047710236');
    expect(inv.date).toBe('2025-10-21');
    expect(inv.totalAmount).toBe(337.4);
    expect(inv.buyer.name).toBe('钱思远');
    expect(inv.seller.name).toBe('杭州市西湖区仁济医院');
    expect(needsReview(runChecks(inv, NOW))).toBe(false);
  });

  it('takes a donation\'s 捐赠人 as the payer', () => {
    const [{ invoice: inv }] = invoiceFromPages(toPageText(fiscalPage('公益事业捐赠统一票据（电子）', '捐赠人', '捐赠方式：银行转账')));
    expect([inv.buyer.name, inv.seller.name, inv.totalAmount]).toEqual(['钱思远', '杭州市西湖区仁济医院', 337.4]);
  });
});

describe('the 数电 二手车销售统一发票', () => {
  it('reads the car\'s price as the total and asks for no net or tax', () => {
    const page: Draw[] = [
      { text: '电子发票（二手车销售统一发票）', x: 60, y: 8, size: 5 },
      { text: '发票号码', x: 160, y: 8 }, { text: '25442000000733018274', x: 173, y: 8, size: 2.5 },
      { text: '开票日期', x: 160, y: 13 }, { text: '2025年07月15日', x: 173, y: 13 },
      { text: '买方单位/个人', x: 10, y: 30 }, { text: '韩晓东', x: 40, y: 30 },
      { text: '统一社会信用代码/身份证号码', x: 120, y: 30, size: 2.5 }, { text: '440106198703152212', x: 160, y: 30 },
      { text: '卖方单位/个人', x: 10, y: 37 }, { text: '广州市天河区骏通汽车贸易有限公司', x: 40, y: 37 },
      { text: '统一社会信用代码/身份证号码', x: 120, y: 37, size: 2.5 }, { text: '91440106MA5CX3QW8L', x: 160, y: 37 },
      { text: '车牌照号', x: 10, y: 44 }, { text: '粤A·6P2R9', x: 40, y: 44 }, { text: '登记证号', x: 70, y: 44 }, { text: '440021736455', x: 90, y: 44 },
      { text: '车价合计（大写）', x: 10, y: 58 }, { text: '肆万柒仟伍佰圆整', x: 40, y: 58 }, { text: '小写', x: 120, y: 58 }, { text: '¥47500.00', x: 160, y: 58 },
      { text: '开票人：', x: 10, y: 90 }, { text: '梁敏', x: 22, y: 90 },
    ];
    const [{ invoice: inv }] = invoiceFromPages(toPageText(page, 240));
    expect(inv.number).toBe('25442000000733018274');
    expect(inv.totalAmount).toBe(47500);
    expect(inv.seller.name).toBe('广州市天河区骏通汽车贸易有限公司');
    expect(inv.buyer.name).toBe('韩晓东');
    expect(runChecks(inv, NOW).filter((c) => !c.ok)).toEqual([]);
  });
});
