/**
 * A 数电 invoice (电子发票（普通发票）) in the shape the national platform writes from 2023 on: the printed
 * labels on a page template whose fonts and colour come from the template's own PageRes and a Layer
 * DrawParam, nested in PageBlocks; the values on the page, in nested PageBlocks, with fonts referenced
 * by ID and sizes in mm; glyph steps in DeltaX lists with the `g` repeat form; labels squeezed by a CTM
 * inside their Boundary; the amount in words placed by a CTM translation; a long item name wrapped onto
 * a second TextCode that states only its Y.
 */
import { code, layer, rawOfd, text, type RawOfd } from './raw-ofd.js';

export const MODERN = {
  number: '25332000000456789012',
  date: '2025年03月18日',
  buyerName: '杭州青禾文化传播有限公司',
  buyerTaxId: '91330106MA2H3K7L5P',
  sellerName: '宁波云帆信息技术有限公司',
  sellerTaxId: '91330201MA2KX8R36B',
  itemLines: ['*信息技术服务*', '软件开发及运维费'],
  amount: '8490.57',
  tax: '509.43',
  total: '9000.00',
  inWords: '玖仟圆整',
};

const LABEL = 201; // 楷体, from the template's PageRes
const SONG = 3; // 宋体, PublicRes
const COURIER = 7; // Courier New, PublicRes

const label = (id: number, boundary: string, size: number, deltaX: string, chars: string, extra: Record<string, string | number> = {}) =>
  text({ ID: id, Boundary: boundary, Font: LABEL, Size: size, ...extra }, [code({ X: extra.CTM ? 0.53 : 0, Y: size, DeltaX: deltaX }, chars)]);

function templateContent(): string {
  const party = (dx: number, id: number, side: string) =>
    `<ofd:PageBlock ID="${id}"><ofd:PageBlock ID="${id + 1}">` +
    text({ ID: id + 2, Boundary: `${5.5 + dx} 32.5 4 18`, Font: LABEL, Size: 3.175 }, [code({ X: 0.4, Y: 3, DeltaY: 'g 4 3.5' }, `${side}方信息`)]) +
    label(id + 3, `${11.5 + dx} 33.5 7.5 5`, 3, 'g 2 3', '名称:') +
    label(id + 4, `${11 + dx} 44 67.5 3.3`, 3.175, 'g 8 3.18 1.59 g 6 3.18', '统一社会信用代码/纳税人识别号：', { CTM: '0.89 0 0 1 0 0' }) +
    '</ofd:PageBlock></ofd:PageBlock>';
  return layer(
    label(100, '60 8 100 9', 7, 'g 9 7', '电子发票（普通发票）') +
    `<ofd:PageBlock ID="101">${label(102, '150 11.5 15 5', 3, 'g 4 3', '发票号码：')}${label(103, '150 17.5 15 5', 3, 'g 4 3', '开票日期：')}</ofd:PageBlock>` +
    party(0, 110, '购买') + party(100.5, 120, '销售') +
    label(130, '16 53.5 16 5', 3, 'g 3 4', '项目名称') +
    label(131, '143.5 53.5 9 5', 3, '3 1.5 1.5', '金 额') +
    label(132, '194.5 53.5 9 5', 3, '3 1.5 1.5', '税 额') +
    label(133, '21 93 15 5', 3, '3 g 6 1.5', '合 计') +
    label(134, '17 99.5 25.6 5', 3, 'g 7 3.2', '价税合计（大写）') +
    label(135, '144 99.5 12 5', 3, 'g 3 3', '（小写）'),
    ' DrawParam="210"',
  );
}

function pageContent(): string {
  const m = MODERN;
  const value = (id: number, boundary: string, font: number, size: number, deltaX: string, chars: string, y = size) =>
    text({ ID: id, Boundary: boundary, Font: font, Size: size }, [code({ X: 0, Y: y, DeltaX: deltaX }, chars)]);
  const party = (dx: number, id: number, name: string, taxId: string) =>
    `<ofd:PageBlock ID="${id}"><ofd:PageBlock ID="${id + 1}">` +
    value(id + 2, `${19.09 + dx} 33.4 ${(Array.from(name).length * 3.1718).toFixed(2)} 5.17`, SONG, 3.1718, `g ${Array.from(name).length - 1} 3.1718`, name, 3.17) +
    value(id + 3, `${53.62 + dx} 43.3 47 6.23`, COURIER, 4.2333, 'g 17 2.54', taxId, 4.23) +
    '</ofd:PageBlock></ofd:PageBlock>';
  const item = text({ ID: 320, Boundary: '6.5 57.5 28 10', Font: SONG, Size: 3 }, [
    code({ X: 0, Y: 3, DeltaX: '1.5 g 6 3' }, m.itemLines[0]!),
    code({ Y: 6.5, DeltaX: 'g 7 3' }, m.itemLines[1]!),
  ]);
  return layer(
    `<ofd:PageBlock ID="300">${value(301, '170.5 11.5 27 5', SONG, 3, 'g 19 1.35', m.number)}${value(302, '170.5 17.5 19.8 5', SONG, 3, 'g 4 1.35 3 g 2 1.35 3 g 2 1.35', m.date)}</ofd:PageBlock>` +
    party(0, 310, m.buyerName, m.buyerTaxId) + party(100.5, 315, m.sellerName, m.sellerTaxId) +
    item +
    value(321, '144 57.5 10 5', SONG, 3, 'g 4 1.35 1.5 1.35', m.amount) +
    value(322, '196 57.5 8 5', SONG, 3, 'g 3 1.35 1.5 1.35', m.tax) +
    value(323, '142 93 13 5', SONG, 3, '3 g 4 1.35 1.5 1.35', `¥${m.amount}`) +
    value(324, '194 93 11 5', SONG, 3, '3 g 3 1.35 1.5 1.35', `¥${m.tax}`) +
    // The amount in words: its baseline and start from the CTM's translation.
    text({ ID: 325, Boundary: '60 96 40 10', Font: SONG, Size: 3, CTM: '1 0 0 1 3.5 6.5' }, [code({ X: 0, Y: 0, DeltaX: 'g 3 3' }, m.inWords)]) +
    value(326, '157.5 99.5 13 5', SONG, 3, '3 g 4 1.35 1.5 1.35', `¥${m.total}`),
  );
}

export function modernInvoice(): Uint8Array {
  const spec: RawOfd = {
    publicRes: `<ofd:Fonts><ofd:Font ID="${SONG}" FontName="宋体" FamilyName="宋体"/><ofd:Font ID="${COURIER}" FontName="Courier New" FamilyName="Courier New"/></ofd:Fonts>`,
    templates: [{
      id: 'Tpl', content: templateContent(), zOrder: 'Background',
      pageRes: `<ofd:Fonts><ofd:Font ID="${LABEL}" FontName="楷体" FamilyName="楷体"/></ofd:Fonts><ofd:DrawParams><ofd:DrawParam ID="210"><ofd:FillColor Value="128 0 0"/></ofd:DrawParam></ofd:DrawParams>`,
    }],
    pages: [{ content: pageContent(), templates: [{ id: 'Tpl' }] }],
  };
  return rawOfd(spec);
}
