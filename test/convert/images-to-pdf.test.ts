import { describe, expect, it } from 'vitest';
import { createImagesToPdfConverter, imagesToPdf } from '../../src/convert/images-to-pdf.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import { renderPdfPage } from '../../src/pdf/render.js';
import { InvoicectlError } from '../../src/core/errors.js';
import { pdfPageSizes } from './helpers.js';
import { jpegOf, pngOf, tiffOf, withExifOrientation } from '../helpers/images.js';

async function pixel(pdf: Uint8Array, x: number, y: number): Promise<'red' | 'white' | string> {
  const page = await renderPdfPage(pdf, 1, { dpi: 72 });
  const i = (Math.round(y) * page.width + Math.round(x)) * 4;
  const [r, g, b] = [page.rgba[i], page.rgba[i + 1], page.rgba[i + 2]];
  if (r > 200 && g < 60 && b < 60) return 'red';
  if (r > 200 && g > 200 && b > 200) return 'white';
  return `rgb(${r},${g},${b})`;
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'resolved', (e: unknown) => (e instanceof InvoicectlError ? e.code : String(e)));

describe('images → PDF', () => {
  const conv = createImagesToPdfConverter();

  it('PNG on A4 by default; auto orientation follows the image', async () => {
    const [portrait] = await conv.convert({ bytes: pngOf(100, 200), name: 'scan.png' }, 'pdf', {}, {});
    expect(portrait.name).toBe('scan.pdf');
    const [p] = await pdfPageSizes(portrait.bytes);
    expect(p.width).toBeCloseTo(595.28, 1);
    expect(p.height).toBeCloseTo(841.89, 1);
    const [landscape] = await conv.convert({ bytes: pngOf(300, 100), name: 'wide.png' }, 'pdf', { pageSize: 'A3' }, {});
    const [l] = await pdfPageSizes(landscape.bytes);
    expect(l.width).toBeCloseTo(1190.55, 1);
    expect(l.height).toBeCloseTo(841.89, 1);
    const [forced] = await conv.convert({ bytes: pngOf(300, 100), name: 'wide.png' }, 'pdf', { pageSize: 'Letter', orientation: 'portrait' }, {});
    expect((await pdfPageSizes(forced.bytes))[0]).toEqual({ width: 612, height: 792 });
  });

  it('fit: the page is the image at its dpi, plus margins in mm', async () => {
    const [out] = await conv.convert({ bytes: pngOf(144, 72), name: 'a.png' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 }, margins: { left: 10, right: 10 } }, {});
    const [s] = await pdfPageSizes(out.bytes);
    expect(s.width).toBeCloseTo(144 + (20 * 72) / 25.4, 2);
    expect(s.height).toBeCloseTo(72, 2);
    // Image placed after the left margin: red at the left of the image area, white in the margin.
    expect(await pixel(out.bytes, 2, 10)).toBe('white');
    expect(await pixel(out.bytes, 28.35 + 10, 10)).toBe('red');
  });

  it('honours EXIF orientation 6: width and height swap and the picture is turned clockwise', async () => {
    const jpeg = withExifOrientation(jpegOf(200, 100), 6);
    const [out] = await conv.convert({ bytes: jpeg, name: 'photo.jpg' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 } }, {});
    const [s] = await pdfPageSizes(out.bytes);
    expect(s.width).toBeCloseTo(100, 2);
    expect(s.height).toBeCloseTo(200, 2);
    // The stored top-left red quarter is displayed at the top right.
    expect(await pixel(out.bytes, 75, 50)).toBe('red');
    expect(await pixel(out.bytes, 25, 50)).toBe('white');
    expect(await pixel(out.bytes, 75, 150)).toBe('white');
  });

  it('EXIF orientation 3 (180°) and 8 (counter-clockwise)', async () => {
    const [o3] = await conv.convert({ bytes: withExifOrientation(jpegOf(200, 100), 3), name: 'a.jpg' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 } }, {});
    expect(await pixel(o3.bytes, 150, 75)).toBe('red');
    expect(await pixel(o3.bytes, 50, 25)).toBe('white');
    const [o8] = await conv.convert({ bytes: withExifOrientation(jpegOf(200, 100), 8), name: 'a.jpg' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 } }, {});
    expect((await pdfPageSizes(o8.bytes))[0].width).toBeCloseTo(100, 2);
    expect(await pixel(o8.bytes, 25, 150)).toBe('red');
  });

  it('TIFF is decoded and embedded losslessly', async () => {
    const [out] = await conv.convert({ bytes: tiffOf(120, 80), name: 'fax.tiff' }, 'pdf', { pageSize: 'fit', imageOptions: { dpi: 72 } }, {});
    const [s] = await pdfPageSizes(out.bytes);
    expect(s).toEqual({ width: 120, height: 80 });
    expect(await pixel(out.bytes, 20, 20)).toBe('red');
    expect(await pixel(out.bytes, 100, 60)).toBe('white');
  });

  it('many images → one PDF, one page each, in order', async () => {
    const pdf = await imagesToPdf([
      { bytes: pngOf(100, 200), name: '1.png' },
      { bytes: jpegOf(300, 100), name: '2.jpg' },
      { bytes: tiffOf(50, 50), name: '3.tif' },
    ], { pageSize: 'A4' });
    const sizes = await pdfPageSizes(pdf);
    expect(sizes).toHaveLength(3);
    expect(sizes[0].height).toBeGreaterThan(sizes[0].width);
    expect(sizes[1].width).toBeGreaterThan(sizes[1].height);
  });

  it('reads size and declared dpi from headers', () => {
    const png = pngOf(10, 10);
    expect(readImageHeader(png)).toEqual({ kind: 'png', width: 10, height: 10 });
    // pHYs after IHDR: 11811 px/m = 300 dpi (the header reader does not need a valid CRC).
    const phys = [0, 0, 0, 9, ...Buffer.from('pHYs'), 0, 0, 0x2e, 0x23, 0, 0, 0x2e, 0x23, 1, 0, 0, 0, 0];
    const withPhys = new Uint8Array([...png.subarray(0, 33), ...phys, ...png.subarray(33)]);
    expect(readImageHeader(withPhys)).toEqual({ kind: 'png', width: 10, height: 10, dpi: 300 });
    expect(readImageHeader(jpegOf(30, 20))).toMatchObject({ kind: 'jpg', width: 30, height: 20 });
  });

  it('refuses images above the pixel limit, before decoding them', async () => {
    expect(await codeOf(conv.convert({ bytes: pngOf(20, 20), name: 'a.png' }, 'pdf', { maxImagePixels: 399 }, {}))).toBe('IMAGE_TOO_LARGE');
    // A PNG header claiming 100000×100000: refused from the header alone.
    const bomb = pngOf(1, 1);
    new DataView(bomb.buffer).setUint32(16, 100_000);
    new DataView(bomb.buffer).setUint32(20, 100_000);
    const err = await conv.convert({ bytes: bomb, name: 'bomb.png' }, 'pdf', {}, {}).catch((e: unknown) => e);
    expect((err as InvoicectlError).code).toBe('IMAGE_TOO_LARGE');
    expect((err as InvoicectlError).message).toContain('100000×100000');
  });

  it('corrupt images → IMAGE_CORRUPT', async () => {
    expect(await codeOf(conv.convert({ bytes: new TextEncoder().encode('hello'), name: 'a.png' }, 'pdf', {}, {}))).toBe('IMAGE_CORRUPT');
    const png = pngOf(50, 50);
    expect(await codeOf(conv.convert({ bytes: png.subarray(0, 60), name: 'cut.png' }, 'pdf', {}, {}))).toBe('IMAGE_CORRUPT');
    const jpeg = jpegOf(50, 50);
    expect(await codeOf(conv.convert({ bytes: jpeg.subarray(0, 20), name: 'cut.jpg' }, 'pdf', {}, {}))).toBe('IMAGE_CORRUPT');
    expect(await codeOf(conv.convert({ bytes: new Uint8Array([0x49, 0x49, 0x2a, 0, 8, 0, 0, 0]), name: 'x.tiff' }, 'pdf', {}, {}))).toBe('IMAGE_CORRUPT');
  });

  it('refuses options it cannot honour', async () => {
    expect(await codeOf(conv.convert({ bytes: pngOf(5, 5), name: 'a.png' }, 'pdf', { pages: '1' }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(conv.convert({ bytes: pngOf(5, 5), name: 'a.png' }, 'pdf', { imageOptions: { quality: 50 } }, {}))).toBe('INVALID_OPTION');
    expect(await codeOf(conv.convert({ bytes: pngOf(5, 5), name: 'a.png' }, 'pdf', { margins: { left: 200, right: 200 } }, {}))).toBe('INVALID_OPTION');
  });
});
