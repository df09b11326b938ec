/**
 * OFD → PDF on test OFDs built with the features of printer-driver 数电 invoices (see ofd-builder.ts and
 * driver-ofd.ts). Glyph positions are read back from the PDF by MuPDF and compared with where the OFD
 * declares them; clipping is checked on poppler's pixels.
 */
import { createCanvas } from '@napi-rs/canvas';
import fontkit from '@pdf-lib/fontkit';
import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/api/extract.js';
import { parseOfd, type OfdTextObject } from '../../src/ofd/parse.js';
import { ofdToPdf } from '../../src/ofd/to-pdf.js';
import { bundledCjkFontPath } from '../../src/pdf/fonts.js';
import { driverFont, driverOfd, scaledText, SHUDIAN, shudianOfd } from './driver-ofd.js';
import { buildOfd, declaredGlyphs, type ClipArea, type ObjectSpec, type OfdSpec } from './ofd-builder.js';
import { isInk, isRed, pdfGlyphs, pixelAt, popplerRender, type Pixels } from './poppler-fitz.js';

describe('text space: CTM-scaled and rotated text, negative origins, g deltas, CGTransform, annotations', () => {
  let spec: OfdSpec;
  let font: Awaited<ReturnType<typeof driverFont>>;
  let pdf: Uint8Array;
  beforeAll(async () => {
    font = await driverFont('发票专用■');
    spec = driverOfd({ bytes: font.bytes, ids: font.ids.slice(0, 4) });
    pdf = await ofdToPdf(buildOfd(spec));
  });

  it('puts every glyph where the OFD declares it, at the declared size', () => {
    const declared = declaredGlyphs(spec.pages[0]!);
    const drawn = pdfGlyphs(pdf).filter((g) => g.char.trim());
    expect(declared.length).toBe(51);
    expect(drawn.length).toBe(declared.length);
    for (const d of declared) {
      const hit = drawn.find((g) => g.char === d.char && Math.abs(g.x - d.x) < 0.2 && Math.abs(g.y - d.y) < 0.2);
      expect(hit, `${d.char} at ${d.x.toFixed(2)},${d.y.toFixed(2)}; drawn: ${JSON.stringify(drawn.filter((g) => g.char === d.char))}`).toBeDefined();
      if (hit!.size > 0) expect(hit!.size).toBeCloseTo(d.size, 1);
    }
  });

  it('draws CGTransform glyphs from the embedded font by id, where the text is', () => {
    // The driver font has no cmap: looking the characters up would find nothing (□ boxes or a
    // substitute). Each of 发票专用 must show ink inside its own declared em cell, and nowhere else around.
    const pixels = popplerRender(pdf, 150);
    for (const [i, char] of Array.from('发票专用').entries()) {
      const x = 20 + 5 * i;
      const inCell = inkIn(pixels, x + 0.3, 107 - 4.2, x + 4.7, 107 + 0.8);
      expect(inCell, char).toBeGreaterThan(0.1);
    }
    expect(inkIn(pixels, 20, 108.5, 40, 110)).toBe(0);
  });

  it('draws the glyph the file names, not the character looked up in another font', async () => {
    // 'I' drawn as glyph id of ■ (a solid square in the embedded font): the square's box is full of ink.
    const square = font.font.getGlyph(font.ids[4]!).bbox;
    const em = font.font.unitsPerEm;
    const text = { ...scaledText([10, 10, 40, 40], [30, 0, 0, 30, 0, 35], 0, 0, 'I', []), font: 'F2', cgTransform: [{ position: 0, codeCount: 1, glyphs: [font.ids[4]!] }] };
    const out = await ofdToPdf(buildOfd({ pages: [{ size: [60, 60], objects: [text] }], fonts: [{ id: 'F2', name: 'font_1', file: { name: 'font_1.otf', bytes: font.bytes } }] }));
    const pixels = popplerRender(out, 100);
    const box = [10 + (square.minX / em) * 30, 45 - (square.maxY / em) * 30, 10 + (square.maxX / em) * 30, 45 - (square.minY / em) * 30] as const;
    expect(inkIn(pixels, box[0] + 0.5, box[1] + 0.5, box[2] - 0.5, box[3] - 0.5)).toBeGreaterThan(0.98);
    expect(pdfGlyphs(out).map((g) => g.char).join('')).toBe('I'); // still the text the file states
  });

  it('draws glyphs by id from an OpenType font with CFF outlines', async () => {
    // '.' drawn as the glyph id of 口 in Noto Sans SC (CFF): ink along the box's top stroke, high above
    // where a period would sit, and none in the box's middle.
    const bytes = new Uint8Array(fs.readFileSync(bundledCjkFontPath()));
    const otf = fontkit.create(bytes);
    const box = otf.glyphForCodePoint('口'.codePointAt(0)!);
    const text = { ...scaledText([10, 10, 40, 40], [30, 0, 0, 30, 0, 35], 0, 0, '.', []), font: 'F2', cgTransform: [{ position: 0, codeCount: 1, glyphs: [box.id] }] };
    const out = await ofdToPdf(buildOfd({ pages: [{ size: [60, 60], objects: [text] }], fonts: [{ id: 'F2', name: 'font_1', file: { name: 'font_1.otf', bytes } }] }));
    const pixels = popplerRender(out, 100);
    const em = otf.unitsPerEm;
    const [left, right, top, bottom] = [10 + (box.bbox.minX / em) * 30, 10 + (box.bbox.maxX / em) * 30, 45 - (box.bbox.maxY / em) * 30, 45 - (box.bbox.minY / em) * 30];
    expect(inkIn(pixels, left + 3, top, right - 3, top + 1.2)).toBeGreaterThan(0.5);
    expect(inkIn(pixels, left + 4, top + 5, right - 4, bottom - 5)).toBe(0);
  });
});

it('maps CGTransform ranges over all TextCodes of an object: one to one, many to one, one to many', () => {
  const text = {
    kind: 'text' as const, boundary: [0, 0, 50, 10] as [number, number, number, number], size: 3, font: 'F1',
    codes: [{ x: 0, y: 3, text: 'AB', deltaX: [2] }, { x: 10, y: 3, text: 'CDE', deltaX: [2, 2] }],
    cgTransform: [{ position: 0, codeCount: 1, glyphs: [4] }, { position: 1, codeCount: 2, glyphs: [7] }, { position: 3, codeCount: 1, glyphs: [8, 9] }],
  };
  const doc = parseOfd(buildOfd({ pages: [{ size: [50, 10], objects: [text] }], fonts: [{ id: 'F1', name: 'x' }] }));
  const glyphs = (doc.pages[0]!.objects[0] as OfdTextObject).codes.flatMap((c) => c.glyphs);
  expect(glyphs.map((g) => [g.char, g.glyphIds])).toEqual([['A', [4]], ['B', [7]], ['C', []], ['D', [8, 9]], ['E', undefined]]);
  // A CodeCount far beyond the text stops at its end.
  const huge = { ...text, cgTransform: [{ position: 3, codeCount: 1e12, glyphs: [1, 2] }] };
  const hostile = parseOfd(buildOfd({ pages: [{ size: [50, 10], objects: [huge] }], fonts: [{ id: 'F1', name: 'x' }] }));
  expect((hostile.pages[0]!.objects[0] as OfdTextObject).codes[1]!.glyphs.map((g) => g.glyphIds)).toEqual([undefined, [1], [2]]);
});

describe('clipping (Clips / Clip / Area, both fill rules, nested, on paths, text and images)', () => {
  const RED: [number, number, number] = [255, 0, 0];
  const square = (w: number) => `M 0 0 L ${w} 0 L ${w} ${w} L 0 ${w} C`;
  /** A circle as two arcs, always drawn in the same direction. */
  const circle = (cx: number, cy: number, r: number) => `M ${cx + r} ${cy} A ${r} ${r} 0 1 1 ${cx - r} ${cy} A ${r} ${r} 0 1 1 ${cx + r} ${cy} C`;
  const ring: ClipArea = { data: `${circle(20, 20, 18)} ${circle(20, 20, 10)}`, rule: 'Even-Odd' };
  const redSquare = (x: number, y: number, clips: ClipArea[][], more: Partial<ObjectSpec> = {}): ObjectSpec => ({ kind: 'path', boundary: [x, y, 40, 40], data: square(40), fill: RED, stroke: undefined, clips, ...more }) as ObjectSpec;

  let pixels: Pixels;
  beforeAll(async () => {
    const canvas = createCanvas(8, 8);
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#f00';
    ctx.fillRect(0, 0, 8, 8);
    const objects: ObjectSpec[] = [
      redSquare(5, 5, [[ring]]), // the seal ring: Even-Odd
      redSquare(55, 5, [[{ ...ring, rule: 'NonZero' }]]), // the same circles, NonZero: a full disc
      // Nested: a unit circle scaled by the Area's CTM, intersected with the left half.
      redSquare(105, 5, [[{ data: circle(0, 0, 1), ctm: [18, 0, 0, 18, 20, 20] }], [{ data: 'M 0 0 L 20 0 L 20 40 L 0 40 C' }]]),
      // The object's CTM scales the square to 40 mm, not its clip (Boundary space): only 20 mm show.
      redSquare(155, 5, [[{ data: square(20) }]], { data: square(20), ctm: [2, 0, 0, 2, 0, 0] }),
      { kind: 'image', boundary: [5, 55, 40, 40], ctm: [40, 0, 0, 40, 0, 0], resource: 'IMG', clips: [[ring]] },
      // Text, clipped to the top half of its box, beside the same text unclipped.
      { ...scaledText([55, 55, 40, 40], [36, 0, 0, 36, 2, 34], 0, 0, '票', []), clips: [[{ data: 'M 0 0 L 40 0 L 40 20 L 0 20 C' }]] },
      scaledText([105, 55, 40, 40], [36, 0, 0, 36, 2, 34], 0, 0, '票', []),
      // A Text area: the red square shows only through the stroke of 一 (a band across the middle).
      redSquare(155, 55, [[{ text: { size: 40, font: 'F1', code: { x: 0, y: 36, text: '一' } } }]]),
    ];
    const spec: OfdSpec = { pages: [{ size: [200, 100], objects }], fonts: [{ id: 'F1', name: '宋体' }], images: [{ id: 'IMG', name: 'red.png', bytes: new Uint8Array(canvas.toBuffer('image/png')) }] };
    pixels = popplerRender(await ofdToPdf(buildOfd(spec)), 100);
  });

  /** Pixels of a 40 mm box at (x, y) that break `expectRed` (undefined: the edge, not judged). */
  const wrongPixels = (x0: number, y0: number, expectRed: (x: number, y: number) => boolean | undefined) => {
    let wrong = 0;
    let judged = 0;
    for (let y = 0.25; y < 40; y += 0.5) {
      for (let x = 0.25; x < 40; x += 0.5) {
        const want = expectRed(x, y);
        if (want === undefined) continue;
        judged++;
        if (isRed(pixelAt(pixels, x0 + x, y0 + y)) !== want) wrong++;
      }
    }
    return { wrong, judged };
  };
  const radius = (x: number, y: number) => Math.hypot(x - 20, y - 20);
  const band = (v: number, edges: number[]) => (edges.some((e) => Math.abs(v - e) < 0.8) ? undefined : true);

  it('Even-Odd: the red fill shows only in the ring', () => {
    const r = wrongPixels(5, 5, (x, y) => band(radius(x, y), [10, 18]) && radius(x, y) > 10 && radius(x, y) < 18);
    expect(r.judged).toBeGreaterThan(5000);
    expect(r.wrong).toBe(0);
  });

  it('NonZero: the same two circles let the whole disc through', () => {
    expect(wrongPixels(55, 5, (x, y) => band(radius(x, y), [18]) && radius(x, y) < 18).wrong).toBe(0);
  });

  it('nested clips intersect, and an Area CTM places its path', () => {
    expect(wrongPixels(105, 5, (x, y) => band(radius(x, y), [18]) && band(x, [20]) && radius(x, y) < 18 && x < 20).wrong).toBe(0);
  });

  it('clips are in the Boundary space, without the object CTM', () => {
    expect(wrongPixels(155, 5, (x, y) => band(x, [20]) && band(y, [20]) && x < 20 && y < 20).wrong).toBe(0);
  });

  it('clips an image', () => {
    const r = wrongPixels(5, 55, (x, y) => band(radius(x, y), [10, 18]) && radius(x, y) > 10 && radius(x, y) < 18);
    expect(r.wrong).toBe(0);
  });

  it('clips to the glyph shapes of a Text area', () => {
    const redIn = (y0: number, y1: number) => wrongPixels(155, 55, (_x, y) => (y >= y0 && y < y1 ? false : undefined));
    expect(redIn(0, 10).wrong).toBe(0); // nothing red above the stroke…
    expect(redIn(30, 40).wrong).toBe(0); // …or below it
    const band = redIn(10, 30); // "wrong" here counts the red pixels
    expect(band.wrong).toBeGreaterThan(band.judged * 0.03); // the stroke itself is red
    expect(band.wrong).toBeLessThan(band.judged * 0.5);
  });

  it('a Clip is the union of its areas, also when too many areas are joined into one path', async () => {
    const twoDiscs: ClipArea[] = [{ data: circle(10, 10, 8) }, { data: circle(30, 30, 8), rule: 'Even-Odd' }];
    const many: ClipArea[][] = Array.from({ length: 30 }, () => twoDiscs); // 2^30 combinations: joined
    const spec: OfdSpec = { pages: [{ size: [100, 50], objects: [redSquare(5, 5, [twoDiscs]), redSquare(55, 5, many)] }] };
    const union = popplerRender(await ofdToPdf(buildOfd(spec)), 100);
    for (const x0 of [5, 55]) {
      expect(isRed(pixelAt(union, x0 + 10, 5 + 10)), `${x0}: first disc`).toBe(true);
      expect(isRed(pixelAt(union, x0 + 30, 5 + 30)), `${x0}: second disc`).toBe(true);
      expect(isRed(pixelAt(union, x0 + 30, 5 + 10)), `${x0}: outside both`).toBe(false);
      expect(isRed(pixelAt(union, x0 + 10, 5 + 30)), `${x0}: outside both`).toBe(false);
    }
  });

  it('clips text: ink above the clip line only; the unclipped twin has ink below it', () => {
    expect(inkIn(pixels, 55, 55, 95, 74.5)).toBeGreaterThan(0.05);
    expect(inkIn(pixels, 55, 75.5, 95, 95)).toBe(0);
    expect(inkIn(pixels, 105, 75.5, 145, 95)).toBeGreaterThan(0.05);
  });
});

describe('extract of a 数电 invoice whose text is CTM-scaled (no tags, no CustomData: page text only)', () => {
  it('reads the parties, the number, the date and the totals', async () => {
    const { results } = await extract({ inputs: [{ name: 'shudian.ofd', bytes: buildOfd(shudianOfd()) }], ocr: false, concurrency: 1 });
    const r = results[0]!;
    expect(r.source).toBe('text');
    const inv = r.invoice!;
    expect(inv.seller.name).toBe(SHUDIAN.sellerName);
    expect(inv.buyer.name).toBe(SHUDIAN.buyerName);
    expect(inv.seller.taxId).toBe(SHUDIAN.sellerTaxId);
    expect(inv.buyer.taxId).toBe(SHUDIAN.buyerTaxId);
    expect(inv).toMatchObject({ number: SHUDIAN.number, date: SHUDIAN.date, amount: SHUDIAN.amount, taxAmount: SHUDIAN.taxAmount, totalAmount: SHUDIAN.totalAmount });
    expect(inv.items.map((i) => i.name)).toEqual(['*信息技术服务*软件开发服务费']);
    expect(r.checks.every((c) => c.ok)).toBe(true);
  });
});

/** Share of inked pixels in a page rectangle (mm). */
function inkIn(p: Pixels, x0: number, y0: number, x1: number, y1: number): number {
  let ink = 0;
  let all = 0;
  const step = 25.4 / p.dpi;
  for (let y = y0; y < y1; y += step) {
    for (let x = x0; x < x1; x += step) {
      all++;
      if (isInk(pixelAt(p, x, y))) ink++;
    }
  }
  return all ? ink / all : 0;
}
