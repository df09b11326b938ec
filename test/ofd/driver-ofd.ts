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
