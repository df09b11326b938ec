/**
 * Test OFDs shaped like the 数电 invoices printer drivers write: Size="1" text scaled by CTMs (also
 * rotated), Boundaries with negative origins, negative TextCode Y, `g` deltas, CGTransform glyphs from an
 * embedded font without a cmap, an annotation page, and a seal fill clipped to its ring.
 */
import fontkit from '@pdf-lib/fontkit';
import fs from 'node:fs';
import type { ObjectSpec, OfdSpec, PageSpec, TextSpec } from './ofd-builder.js';

const TRUETYPE_CJK = '/usr/share/fonts/truetype/wqy/wqy-microhei.ttc';

/**
 * A font program like the ones drivers embed: a TrueType subset of a CJK font holding only the given
 * characters, with no cmap (characters cannot be looked up, only glyph ids drawn). Returns the ids.
 */
export async function driverFont(chars: string): Promise<{ bytes: Uint8Array; ids: number[]; font: fontkit.Font }> {
  const collection = fontkit.create(fs.readFileSync(TRUETYPE_CJK)) as unknown as { fonts: fontkit.Font[] };
  const source = collection.fonts[0]!;
  const subset = source.createSubset();
  const ids = Array.from(chars).map((c) => subset.includeGlyph(source.glyphForCodePoint(c.codePointAt(0)!)));
  const parts: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const stream = subset.encodeStream();
    stream.on('data', (d: Uint8Array) => parts.push(d));
    stream.on('end', () => resolve());
    stream.on('error', reject);
  });
  const bytes = new Uint8Array(Buffer.concat(parts));
  return { bytes, ids, font: fontkit.create(bytes) };
}

const ones = (n: number, v = 1) => Array<number>(n).fill(v);

/** Text at Size 1 with the scale (and position) in the CTM, one em per character unless told. */
export function scaledText(boundary: [number, number, number, number], ctm: TextSpec['ctm'], x: number, y: number, text: string, deltaX = ones(Array.from(text).length - 1)): TextSpec {
  return { kind: 'text', boundary, ctm, size: 1, font: 'F1', codes: [{ x, y, text, deltaX }] };
}

/** One page with every text-space case of the issue; the CGTransform font is passed in. */
export function driverPage(cgIds: number[]): PageSpec {
  const objects: ObjectSpec[] = [
    // Title: the whole page as Boundary, negative origin, the scale and baseline in the CTM, Y < 0.
    scaledText([-1.5, -124, 213, 140], [7.054, 0, 0, 7.054, 0, 134.026], 8.5, -0.25, '电子发票（普通发票）'),
    // A vertical label: rotated CTM, DeltaX steps down the page.
    scaledText([4, 30, 6, 20], [0, 3.1743, -3.1743, 0, 4, 0], 0.3, -0.2, '购买方信息', ones(4, 1.1)),
    // Digits in half-em cells (written with the g repeat syntax).
    scaledText([150, 10, 50, 6], [3.175, 0, 0, 3.175, 0, 4.5], 0, 0, '25442000000123456789', ones(19, 0.55)),
    // Two TextCodes (second line) and a DeltaY column above the Boundary (negative Y).
    {
      kind: 'text', boundary: [120, 60, 60, 20], ctm: [2.8, 0, 0, 2.8, 0, 0], size: 1, font: 'F1',
      codes: [
        { x: 0, y: 1, text: '备注', deltaX: [1] },
        { x: 0, y: 2.2, text: 'ABC-1', deltaX: [0.6, 0.6, 0.5, 0.5] },
        { x: 10, y: -0.5, text: '开票', deltaY: [1.2] },
      ],
    },
    // CGTransform: the characters are drawn as glyph ids of the embedded font (which has no cmap).
    { ...scaledText([20, 100, 60, 10], [5, 0, 0, 5, 0, 7], 0, 0, '发票专用'), font: 'F2', cgTransform: [{ position: 0, codeCount: 4, glyphs: cgIds }] },
  ];
  return {
    size: [210, 140],
    objects,
    annots: [{ boundary: [150, 100, 40, 20], objects: [scaledText([0, 0, 40, 20], [4, 0, 0, 4, 2, 10], 0, 0, '已验证')] }],
  };
}

export function driverOfd(font: { bytes: Uint8Array; ids: number[] }): OfdSpec {
  return {
    pages: [driverPage(font.ids)],
    fonts: [{ id: 'F1', name: '宋体' }, { id: 'F2', name: 'font_1', file: { name: 'font_1.otf', bytes: font.bytes } }],
    repeatSyntax: true,
  };
}

/** What the 数电 test invoice states, for the extract assertions. */
export const SHUDIAN = {
  number: '25332000000456789012',
  date: '2025-03-18',
  buyerName: '杭州青禾文化传播有限公司',
  buyerTaxId: '91330106MA2H3K7L5P',
  sellerName: '宁波云帆信息技术有限公司',
  sellerTaxId: '91330201MA2KX8R36B',
  amount: 8490.57,
  taxAmount: 509.43,
  totalAmount: 9000,
};

/**
 * A 数电 invoice laid out like the real ones (电子发票（普通发票）, party blocks side by side with
 * vertical labels, the item table, totals, remarks), written the printer-driver way: every text object
 * has a page-sized Boundary with a negative origin, Size="1", its scale and place in a CTM, TextCode
 * Y < 0, DeltaX in text-space units; the vertical labels are one rotated TextCode each.
 */
export function shudianOfd(): OfdSpec {
  const s = SHUDIAN;
  const objects: ObjectSpec[] = [];
  /** Text with its baseline's left end at (x, y) mm, `size` mm high, `cell` ems per character. */
  const put = (text: string, x: number, y: number, size = 3.175, cell?: number) => {
    const chars = Array.from(text);
    const cells = cell === undefined ? chars.map((c) => (/[\x20-\x7e]/.test(c) ? 0.55 : 1)) : chars.map(() => cell);
    const k = 0.12; // the baseline sits k ems above the text-space origin, as drivers write it
    objects.push(scaledText([-2, -3, 214, 146], [size, 0, 0, size, x + 2, y + 3 + size * k], 0, -k, text, cells.slice(0, -1)));
  };
  /** A vertical label: one TextCode, rotated CTM, characters 3.5 mm apart down the page. */
  const vertical = (text: string, x: number, y: number) =>
    objects.push(scaledText([-2, -3, 214, 146], [0, 3.1743, -3.1743, 0, x + 2 + 3.1743 * 0.8, y + 3], 0.1, 0.8, text, ones(Array.from(text).length - 1, 1.1)));

  put('电子发票（普通发票）', 62, 15.5, 7.054);
  put('发票号码：', 155, 14.5, 3);
  put(s.number, 170.5, 14.5, 3);
  put('开票日期：', 155, 20.5, 3);
  put('2025年03月18日', 170.5, 20.5, 3);
  vertical('购买方信息', 5.5, 32.5);
  put('名称：', 11.5, 36.5, 3);
  put(s.buyerName, 19.1, 36.5, 3.1718);
  put('统一社会信用代码/纳税人识别号：', 11.5, 47, 3);
  put(s.buyerTaxId, 58.6, 47.5, 4.2333, 0.55);
  vertical('销售方信息', 106, 32.5);
  put('名称：', 111.5, 36.5, 3);
  put(s.sellerName, 119.1, 36.5, 3.1718);
  put('统一社会信用代码/纳税人识别号：', 111.5, 47, 3);
  put(s.sellerTaxId, 158.6, 47.5, 4.2333, 0.55);
  const header: [string, number][] = [['项目名称', 16], ['规格型号', 43], ['单  位', 67.5], ['数  量', 93], ['单  价', 117.5], ['金  额', 143.5], ['税率/征收率', 157], ['税  额', 194.5]];
  for (const [label, x] of header) put(label, x, 56.5, 3);
  put('*信息技术服务*软件开发服务费', 6.5, 61, 3);
  put('项', 70, 61, 3);
  put('1', 96, 61, 3);
  put('8490.566037735849', 105, 61, 3);
  put('8490.57', 143.5, 61, 3);
  put('6%', 165.8, 61, 3);
  put('509.43', 196.1, 61, 3);
  put('合      计', 21, 96.5, 3, 0.55);
  put('¥8490.57', 143.5, 96.5, 3);
  put('¥509.43', 194.1, 96.5, 3);
  put('价税合计（大写）', 17, 103, 3);
  put('玖仟圆整', 63.5, 103, 3);
  put('（小写）', 144, 103, 3);
  put('¥9000.00', 157.5, 103, 3);
  vertical('备注', 5.5, 110);
  put('开 票 人：', 20, 133.5, 3, 0.55);
  put('陈晓', 36.5, 133.5, 3);
  return { pages: [{ size: [210, 140], objects }], fonts: [{ id: 'F1', name: '宋体' }], repeatSyntax: true };
}
