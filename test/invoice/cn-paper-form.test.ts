/**
 * The pre-printed paper 增值税专用/普通发票 (before 数电) prints no 发票代码/发票号码 labels: the code
 * stands alone at the top left (repeated by the printer at the top right) and the number follows the
 * № mark. As OCR of a photo gives them: lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText, type Draw } from './page-builder.js';

/** A classic paper form's head and body; `head` replaces the code/number/date rows. */
function paperForm(head: Draw[]): Draw[] {
  return [
    ...head,
    { text: '机器编号', x: 12, y: 16 }, { text: '499098765432', x: 26, y: 16 },
    { text: '此联不作报销扣税凭证使用', x: 80, y: 16 },
    { text: '开票日期：2019年06月03日', x: 150, y: 16 },
    { text: '购', x: 8, y: 22 }, { text: '名 称：上海明远机电设备有限公司', x: 14, y: 22 },
    { text: '密', x: 120, y: 22 }, { text: '3<*9-1+/>0-39063/*', x: 126, y: 22 },
    { text: '纳税人识别号：91310115MA1K4R6W2U', x: 14, y: 27 },
    { text: '地址、电话：上海市浦东新区张江路665号 021-50801234', x: 14, y: 32 },
    { text: '开户行及帐号：招商银行张江支行 121908812310601', x: 14, y: 37 },
    { text: '货物或应税劳务名称', x: 14, y: 44 }, { text: '规格型号', x: 60, y: 44 }, { text: '单位', x: 80, y: 44 },
    { text: '数量', x: 92, y: 44 }, { text: '单价', x: 108, y: 44 }, { text: '金额', x: 135, y: 44 }, { text: '税率', x: 160, y: 44 }, { text: '税额', x: 180, y: 44 },
    { text: '*机械设备*水泵', x: 14, y: 50 }, { text: 'QW-50', x: 60, y: 50 }, { text: '台', x: 81, y: 50 }, { text: '2', x: 94, y: 50 },
    { text: '1250.00', x: 106, y: 50 }, { text: '2500.00', x: 133, y: 50 }, { text: '13%', x: 161, y: 50 }, { text: '325.00', x: 180, y: 50 },
    { text: '合 计', x: 30, y: 80 }, { text: '¥2500.00', x: 132, y: 80 }, { text: '¥325.00', x: 178, y: 80 },
    { text: '价税合计（大写）', x: 14, y: 86 }, { text: '⊗贰仟捌佰贰拾伍圆整', x: 60, y: 86 }, { text: '（小写）¥2825.00', x: 150, y: 86 },
    { text: '销', x: 8, y: 93 }, { text: '名 称：苏州恒达泵业有限公司', x: 14, y: 93 },
    { text: '纳税人识别号：91320505MA1MQ3XT8B', x: 14, y: 98 },
    { text: '收款人：王丽', x: 14, y: 118 }, { text: '复核：张强', x: 60, y: 118 }, { text: '开票人：李明', x: 110, y: 118 },
  ];
}

describe('the head of a paper 发票 without labels', () => {
  it('reads the code standing alone and the number after №, the printer\'s repeat agreeing', () => {
    const inv = parseChineseInvoiceText(toPageText(paperForm([
      { text: '3100184130', x: 20, y: 6 }, { text: '上海增值税专用发票', x: 70, y: 6, size: 5 },
      { text: 'No 02135790', x: 150, y: 6 }, { text: '3100184130', x: 185, y: 6 },
      { text: '02135790', x: 185, y: 10 },
    ])));
    expect(inv.code).toBe('3100184130');
    expect(inv.number).toBe('02135790');
    expect(inv.date).toBe('2019-06-03');
    expect(inv.totalAmount).toBe(2825);
    expect(inv.seller.name).toBe('苏州恒达泵业有限公司');
  });

  it('reads the № mark however OCR renders it', () => {
    for (const mark of ['№', 'N0', 'Nº', 'No.']) {
      const inv = parseChineseInvoiceText(toPageText(paperForm([
        { text: '144031900111', x: 20, y: 6 }, { text: '广东增值税普通发票', x: 70, y: 6, size: 5 }, { text: `${mark} 40761822`, x: 150, y: 6 },
      ])));
      expect([mark, inv.code, inv.number]).toEqual([mark, '144031900111', '40761822']);
    }
  });

  it('takes no figure after a label for the code (机器编号), and no body figure for the number', () => {
    const inv = parseChineseInvoiceText(toPageText(paperForm([{ text: '上海增值税专用发票', x: 70, y: 6, size: 5 }])));
    expect(inv.code).toBeNull();
    expect(inv.number).toBeNull();
  });

  it('leaves the code unread when the head shows two different bare codes', () => {
    const inv = parseChineseInvoiceText(toPageText(paperForm([
      { text: '3100184130', x: 20, y: 6 }, { text: '上海增值税专用发票', x: 70, y: 6, size: 5 },
      { text: 'No 02135790', x: 150, y: 6 }, { text: '3100184180', x: 185, y: 6 },
    ])));
    expect(inv.code).toBeNull();
    expect(inv.number).toBe('02135790');
  });

  it('keeps labelled values over the unlabelled head', () => {
    const inv = parseChineseInvoiceText(toPageText(paperForm([
      { text: '3100184130', x: 20, y: 6 }, { text: '上海增值税专用发票', x: 70, y: 6, size: 5 },
      { text: '发票代码：031001900104', x: 150, y: 6 }, { text: '发票号码：77010203', x: 150, y: 10 },
    ])));
    expect(inv.code).toBe('031001900104');
    expect(inv.number).toBe('77010203');
  });
});

/**
 * A paper 专用发票 whose values the printer set with the sheet offset (套打偏移): every value ~2.5 mm lower
 * and ~6 mm right of its place, so the head's labels and the 价税合计 row's labels print no value on
 * their line and each value stands on the line just below.
 */
describe('a paper 发票 printed with the sheet offset', () => {
  const LABELS: Draw[] = [
    { text: '江苏增值税专用发票', x: 70, y: 6, size: 5 },
    { text: '发票代码：', x: 150, y: 6 }, { text: '发票号码：', x: 150, y: 11 }, { text: '开票日期：', x: 150, y: 16 },
    { text: '购', x: 8, y: 24 }, { text: '名 称：', x: 14, y: 24 }, { text: '纳税人识别号：', x: 14, y: 30 },
    { text: '货物或应税劳务、服务名称', x: 14, y: 44 }, { text: '规格型号', x: 60, y: 44 }, { text: '单位', x: 80, y: 44 },
    { text: '数量', x: 92, y: 44 }, { text: '单价', x: 108, y: 44 }, { text: '金额', x: 135, y: 44 }, { text: '税率', x: 160, y: 44 }, { text: '税额', x: 180, y: 44 },
    { text: '合 计', x: 30, y: 78 }, { text: '价税合计（大写）', x: 14, y: 88 }, { text: '（小写）', x: 130, y: 88 },
    { text: '销', x: 8, y: 96 }, { text: '名 称：', x: 14, y: 96 }, { text: '纳税人识别号：', x: 14, y: 102 },
    { text: '收款人：', x: 14, y: 122 }, { text: '复核：', x: 60, y: 122 }, { text: '开票人：', x: 110, y: 122 },
  ];
  const VALUES: Draw[] = [
    { text: '3200204130', x: 165, y: 6 }, { text: '07314526', x: 165, y: 11 }, { text: '2021年03月22日', x: 165, y: 16 },
    { text: '无锡市滨湖区太湖精工机械有限公司', x: 28, y: 24 }, { text: '91320211MA1P8QF30G', x: 40, y: 30 },
    { text: '*通用设备*数控车床', x: 14, y: 50 }, { text: 'CK6150', x: 60, y: 50 }, { text: '台', x: 81, y: 50 }, { text: '1', x: 94, y: 50 },
    { text: '56637.17', x: 106, y: 50 }, { text: '56637.17', x: 133, y: 50 }, { text: '13%', x: 161, y: 50 }, { text: '7362.83', x: 180, y: 50 },
    { text: '¥56637.17', x: 132, y: 78 }, { text: '¥7362.83', x: 178, y: 78 },
    { text: 'ⓧ陆万肆仟圆整', x: 50, y: 88 }, { text: '¥64000.00', x: 150, y: 88 },
    { text: '常州市武进区恒锋数控机床有限公司', x: 28, y: 96 }, { text: '91320412MA1W5BN824', x: 40, y: 102 },
  ];
  const offset = (dx: number, dy: number): Draw[] => [...LABELS, ...VALUES.map((d) => ({ ...d, x: d.x + dx, y: d.y + dy }))];

  it('reads each head value and the 价税合计 values from the line just below their labels', () => {
    const inv = parseChineseInvoiceText(toPageText(offset(6, 2.6)));
    expect(inv).toMatchObject({ code: '3200204130', number: '07314526', date: '2021-03-22', amount: 56637.17, taxAmount: 7362.83, totalAmount: 64000, totalInWords: '陆万肆仟圆整' });
    expect(inv.seller.name).toBe('常州市武进区恒锋数控机床有限公司');
    expect(inv.buyer.name).toBe('无锡市滨湖区太湖精工机械有限公司');
  });

  it('reads the 价税合计 values below their labels as OCR gives them, the ⓧ read as another symbol', () => {
    const scanned = offset(6, 2.6).map((d) => (d.text === 'ⓧ陆万肆仟圆整' ? { ...d, text: '②陆万肆仟圆整' } : d));
    expect(parseChineseInvoiceText(toPageText(scanned))).toMatchObject({ totalAmount: 64000, totalInWords: '陆万肆仟圆整' });
  });

  it('reads the same as the page printed in place', () => {
    const inPlace = parseChineseInvoiceText(toPageText(offset(0, 0)));
    expect(inPlace).toMatchObject({ code: '3200204130', number: '07314526', date: '2021-03-22', totalAmount: 64000 });
  });

  it('takes no value from a line farther than a line height below its label', () => {
    expect(parseChineseInvoiceText(toPageText(offset(6, 4.5))).date).toBeNull();
  });
});
