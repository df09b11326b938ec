/**
 * pageImages: where a page draws its image XObjects, and their pixels decoded by the lean reader (PNG
 * predictors on multi-byte pixels, indexed and 1-bit images, soft masks over white).
 */
import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFHexString, PDFName, PDFRawStream, type PDFDict } from 'pdf-lib';
import { describe, expect, test } from 'vitest';
import { tryLeanDocument } from '../../src/pdf/lean-text.js';
import { pageImages } from '../../src/pdf/page-images.js';

/** PNG filter of one row (type 0-4) with `bpp` bytes per pixel, as an encoder writes it. */
function filterRow(type: number, row: Uint8Array, prev: Uint8Array | null, bpp: number): Uint8Array {
  const out = new Uint8Array(row.length + 1);
  out[0] = type;
  for (let i = 0; i < row.length; i++) {
    const left = i >= bpp ? row[i - bpp] : 0;
    const up = prev ? prev[i] : 0;
    const upLeft = prev && i >= bpp ? prev[i - bpp] : 0;
    const p = left + up - upLeft;
    const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
    const pred = [0, left, up, (left + up) >> 1, paeth][type];
    out[i + 1] = (row[i] - pred) & 0xff;
  }
  return out;
}

/** A one-page PDF drawing image streams (dict entries + raw data, Flate-compressed) at the given boxes. */
async function pdfWithImages(images: { dict: Record<string, unknown>; data: Uint8Array; box: [number, number, number, number]; smask?: { data: Uint8Array } }[]) {
  const doc = await PDFDocument.create();
  const page = doc.addPage([600, 800]);
  const names: string[] = [];
  let content = '';
  images.forEach((im, i) => {
    const dict: Record<string, unknown> = { Type: 'XObject', Subtype: 'Image', Filter: 'FlateDecode', ...im.dict };
    if (im.smask) {
      const mask = doc.context.flateStream(im.smask.data, { Type: 'XObject', Subtype: 'Image', Width: im.dict.Width, Height: im.dict.Height, ColorSpace: 'DeviceGray', BitsPerComponent: 8 });
      dict.SMask = doc.context.register(mask);
    }
    const stream = PDFRawStream.of(doc.context.obj(dict as never) as PDFDict, deflateSync(im.data));
    const ref = doc.context.register(stream);
    const name = `Im${i}`;
    names.push(name);
    page.node.setXObject(PDFName.of(name), ref);
    const [x, y, w, h] = im.box;
    content += `q ${w} 0 0 ${h} ${x} ${y} cm /${name} Do Q\n`;
  });
  page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.flateStream(content)));
  return doc.save();
}

describe('pageImages', () => {
  test('an RGB image with PNG predictors (every filter type) decodes to its pixels, placed from the top-left corner', async () => {
    const width = 7;
    const height = 10;
    const pixels = new Uint8Array(width * height * 3).map((_, i) => (i * 37 + (i >> 3) * 11) & 0xff);
    const rows: Uint8Array[] = [];
    for (let y = 0; y < height; y++) {
      const row = pixels.subarray(y * width * 3, (y + 1) * width * 3);
      rows.push(filterRow(y % 5, row, y ? pixels.subarray((y - 1) * width * 3, y * width * 3) : null, 3));
    }
    const data = new Uint8Array(rows.reduce((n, r) => n + r.length, 0));
    rows.reduce((at, r) => (data.set(r, at), at + r.length), 0);
    const bytes = await pdfWithImages([
      { dict: { Width: width, Height: height, ColorSpace: 'DeviceRGB', BitsPerComponent: 8, DecodeParms: { Predictor: 15, Colors: 3, Columns: width, BitsPerComponent: 8 } }, data, box: [50, 600, 70, 100] },
    ]);
    const layout = pageImages(bytes, 1, 1e6)!;
    expect(layout.width).toBe(600);
    expect(layout.images).toHaveLength(1);
    const im = layout.images[0];
    expect([im.x, im.y, im.width, im.height, im.pixelWidth, im.pixelHeight]).toEqual([50, 100, 70, 100, width, height]);
    const rgba = im.rgba()!;
    for (let i = 0; i < width * height; i++) expect([...rgba.subarray(i * 4, i * 4 + 4)]).toEqual([pixels[i * 3], pixels[i * 3 + 1], pixels[i * 3 + 2], 255]);
  });

  test('a 1-bit indexed image maps through its palette; a soft mask lays the image over white', async () => {
    // 8x2, 1 bit per pixel, palette: index 0 red, index 1 blue. Row 0 alternates 1, 0, ...; row 1 is all 1.
    const indexed = { dict: { Width: 8, Height: 2, ColorSpace: ['Indexed', 'DeviceRGB', 1, PDFHexString.of('FF00000000FF')], BitsPerComponent: 1 }, data: new Uint8Array([0b10101010, 0xff]), box: [0, 0, 80, 20] as [number, number, number, number] };
    const gray = { dict: { Width: 2, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, data: new Uint8Array([0, 0]), box: [100, 0, 20, 10] as [number, number, number, number], smask: { data: new Uint8Array([255, 0]) } };
    const layout = pageImages(await pdfWithImages([indexed, gray]), 1, 1e6)!;
    const a = layout.images[0].rgba()!;
    expect([...a.subarray(0, 8)]).toEqual([0, 0, 255, 255, 255, 0, 0, 255]);
    expect([...a.subarray(8 * 4, 8 * 4 + 4)]).toEqual([0, 0, 255, 255]);
    const b = layout.images[1].rgba()!;
    // Opaque black stays black; fully transparent black shows the white paper.
    expect([...b]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });

  test('the document the text was read from gives the same images as the file', async () => {
    const bytes = await pdfWithImages([{ dict: { Width: 2, Height: 1, ColorSpace: 'DeviceGray', BitsPerComponent: 8 }, data: new Uint8Array([0, 200]), box: [30, 500, 40, 20] }]);
    const lean = tryLeanDocument(bytes, { maxPages: 10 })!;
    expect(lean.layer.pages.map((p) => p.page)).toEqual([1]);
    const fromDoc = pageImages(lean.doc, 1, 1e6)!;
    const fromBytes = pageImages(bytes, 1, 1e6)!;
    const placed = (l: typeof fromDoc) => l.images.map((im) => [im.x, im.y, im.width, im.height, im.pixelWidth, im.pixelHeight, [...im.rgba()!]]);
    expect(placed(fromDoc)).toEqual([[30, 280, 40, 20, 2, 1, [0, 0, 0, 255, 200, 200, 200, 255]]]);
    expect(placed(fromDoc)).toEqual(placed(fromBytes));
  });
});
