/** A 数电 电子发票（普通发票） as text runs (mm from the top-left), for the text-layer tests: its values, and which runs are values. */
import type { PageText } from '../../src/core/text.js';

export const TRUE = { number: '25924000000001260164', date: '2025-04-01', seller: '青岛嘉仕汇酒店管理有限公司', buyer: '威高集团有限公司', total: 379, amount: 357.55, tax: 21.45 };

export type Run = { text: string; x: number; y: number; size?: number; value?: boolean };

/** A 数电 电子发票（普通发票）: labels in one font, the values in another. */
export const RUNS: Run[] = [
  { text: '电子发票（普通发票）', x: 70, y: 8, size: 6 },
  { text: '发票号码：', x: 130, y: 14 }, { text: TRUE.number, x: 150, y: 14, value: true },
  { text: '开票日期：', x: 130, y: 20 }, { text: '2025年04月01日', x: 150, y: 20, value: true },
  ...[...'购买方信息'].map((text, i) => ({ text, x: 5, y: 28 + i * 3.5 })),
  ...[...'销售方信息'].map((text, i) => ({ text, x: 105, y: 28 + i * 3.5 })),
  { text: '名称：', x: 12, y: 30 }, { text: TRUE.buyer, x: 22, y: 30, value: true },
  { text: '名称：', x: 112, y: 30 }, { text: TRUE.seller, x: 122, y: 30, value: true },
  { text: '统一社会信用代码/纳税人识别号：', x: 12, y: 38, size: 2.5 }, { text: '913710007062495888', x: 55, y: 38, value: true },
  { text: '统一社会信用代码/纳税人识别号：', x: 112, y: 38, size: 2.5 }, { text: '91370203MA3N3AR685', x: 155, y: 38, value: true },
  { text: '项目名称', x: 12, y: 50 }, { text: '单位', x: 80, y: 50 }, { text: '数量', x: 95, y: 50 },
  { text: '单价', x: 113, y: 50 }, { text: '金额', x: 136, y: 50 }, { text: '税率/征收率', x: 152, y: 50 }, { text: '税额', x: 181, y: 50 },
  { text: '*住宿服务*住宿费', x: 12, y: 56, value: true }, { text: '天', x: 82, y: 56, value: true }, { text: '1', x: 98, y: 56, value: true },
  { text: '357.55', x: 113, y: 56, value: true }, { text: '357.55', x: 137, y: 56, value: true }, { text: '6%', x: 158, y: 56, value: true }, { text: '21.45', x: 182, y: 56, value: true },
  { text: '合      计', x: 28, y: 80 }, { text: '¥357.55', x: 136, y: 80, value: true }, { text: '¥21.45', x: 180, y: 80, value: true },
  { text: '价税合计（大写）', x: 12, y: 88 }, { text: '⊗叁佰柒拾玖圆整', x: 50, y: 88, value: true },
  { text: '（小写）', x: 130, y: 88 }, { text: '¥379.00', x: 145, y: 88, value: true },
  { text: '开票人：', x: 130, y: 120 }, { text: '王琦', x: 145, y: 120, value: true },
];

/** The runs as positioned text, as a text layer gives them (one item per run). */
export function runsAsPage(runs: readonly Run[] = RUNS): PageText[] {
  const width = (r: Run) => [...r.text].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 1 : 0.55) * (r.size ?? 3), 0);
  return [{ page: 1, width: 210, height: 140, items: runs.map((r) => ({ text: r.text, x: r.x, y: r.y, width: width(r), height: r.size ?? 3, page: 1 })) }];
}
