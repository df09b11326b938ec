/**
 * What is printed or stamped over a Chinese invoice after it was issued, as a scan's OCR or a text layer
 * gives it: a stamp's words run into a figure of the 合计 row. Lines of cells, mm from the top-left.
 */
import { describe, expect, it } from 'vitest';
import { parseChineseInvoiceText } from '../../src/invoice/cn/text.js';
import { toPageText, type Draw } from './page-builder.js';

/** A 数电 专用发票 whose 合计 row's cells are `sum`: [net cell, tax cell] (x 90 and 126; null: not read). */
function digitalScan(sum: [string | null, string]): Draw[] {
  return [
    { text: '电子发票（增值税专用发票）', x: 50, y: 4, size: 4 },
    { text: '发票号码： 25372000000611408253', x: 103.6, y: 9 },
    { text: '开票日期： 2025年10月17日', x: 103.5, y: 14 },
    { text: '名称：烟台港城冷链仓储有限公司', x: 10.5, y: 20.5 },
    { text: '名称：潍坊渤海机械制造有限公司', x: 60.5, y: 20.5 },
    { text: '项目名称', x: 15.4, y: 36 }, { text: '单位', x: 54.1, y: 36 }, { text: '数量', x: 64.8, y: 36 },
    { text: '单价', x: 76.8, y: 36 }, { text: '金额', x: 91.4, y: 36 }, { text: '税率/征收率', x: 107.3, y: 36 }, { text: '税额', x: 126.9, y: 36 },
    { text: '*通用设备*冷库压缩机组', x: 5.3, y: 39 }, { text: '套', x: 55, y: 39 }, { text: '2', x: 70.7, y: 39 }, { text: '61946.90', x: 77, y: 39 },
    { text: '123893.80', x: 91, y: 39 }, { text: '13%', x: 111, y: 39 }, { text: '16106.19', x: 127, y: 39 },
    // A stamp (已核对, 财务部) over the net's figure of the 合计 row.
    { text: '已核对。', x: 90, y: 43 },
    { text: '合', x: 5.3, y: 45 }, { text: '计', x: 9, y: 45 }, ...(sum[0] === null ? [] : [{ text: sum[0], x: 90, y: 45 }]), { text: sum[1], x: 126, y: 45 },
    { text: '价税合计（大写）', x: 5.6, y: 63 }, { text: '壹拾叁万玖仟玖佰玖拾玖圆玖角玖分', x: 55.9, y: 63 }, { text: '（小写）￥139999.99', x: 100, y: 63 },
    { text: '开票人：郑洁', x: 9.4, y: 76.5 },
  ];
}

describe('a stamp over the 合计 row', () => {
  it('keeps the tax read in its column when the net\'s figure under the stamp is not read', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan([null, '￥16106.19'])));
    expect(inv.taxAmount).toBe(16106.19);
    expect(inv.amount).toBe(123893.8);
    expect(inv.totalAmount).toBe(139999.99);
  });

  it('reads both figures as before when the stamp leaves them readable', () => {
    const inv = parseChineseInvoiceText(toPageText(digitalScan(['￥123893.80', '￥16106.19'])));
    expect([inv.amount, inv.taxAmount]).toEqual([123893.8, 16106.19]);
  });
});
