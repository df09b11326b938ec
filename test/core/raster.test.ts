/** decodeRaster: pixels as a person sees them (EXIF applied), TIFF decoded, limits before decoding. */
import { describe, expect, it } from 'vitest';
import { decodeRaster, type Raster } from '../../src/core/image/raster.js';
import { readImageHeader } from '../../src/core/image/image-header.js';
import { jpegOf, pngOf, tiffOf, withExifOrientation } from '../helpers/images.js';

/** Is the pixel near (fx, fy) — fractions of width and height — red? */
function redAt(r: Raster, fx: number, fy: number): boolean {
  const i = (Math.floor(fy * r.height) * r.width + Math.floor(fx * r.width)) * 4;
  return r.rgba[i] > 200 && r.rgba[i + 1] < 80 && r.rgba[i + 2] < 80;
}
const LIMITS = { maxPixels: 1e8 };

describe('decodeRaster', () => {
  it('a PNG as stored, with its own bytes kept', async () => {
    const png = pngOf(80, 40);
    const [r] = await decodeRaster(png, 'a.png', LIMITS);
    expect([r.width, r.height]).toEqual([80, 40]);
    expect([redAt(r, 0.1, 0.1), redAt(r, 0.9, 0.1), redAt(r, 0.1, 0.9)]).toEqual([true, false, false]);
    expect(r.encoded).toBe(png);
  });

  it.each([
    // orientation, displayed size, where the stored top-left red block ends up
    [6, [40, 80], [0.9, 0.1]], // turned 90° clockwise: top right
    [8, [40, 80], [0.1, 0.9]], // turned 90° counter-clockwise: bottom left
    [3, [80, 40], [0.9, 0.9]], // turned 180°: bottom right
  ] as const)('a JPEG with EXIF orientation %i is turned upright', async (orientation, size, red) => {
    const [r] = await decodeRaster(withExifOrientation(jpegOf(80, 40), orientation), 'photo.jpg', LIMITS);
    expect([r.width, r.height]).toEqual(size);
    expect(redAt(r, red[0], red[1])).toBe(true);
    expect(redAt(r, 1 - red[0], 1 - red[1])).toBe(false);
    // The pixels changed, so the bytes handed to OCR are a new PNG of the upright picture.
    expect(readImageHeader(r.encoded)).toMatchObject({ kind: 'png', width: size[0], height: size[1] });
  });

  it('a TIFF page is decoded to pixels and a lossless PNG', async () => {
    const [r] = await decodeRaster(tiffOf(120, 80), 'fax.tiff', LIMITS);
    expect([r.width, r.height]).toEqual([120, 80]);
    expect([redAt(r, 0.2, 0.2), redAt(r, 0.8, 0.8)]).toEqual([true, false]);
    expect(readImageHeader(r.encoded)).toMatchObject({ kind: 'png', width: 120, height: 80 });
  });

  it('refuses an image over the pixel limit from its header, and corrupt bytes, with stable codes', async () => {
    await expect(decodeRaster(pngOf(200, 100), 'big.png', { maxPixels: 10_000 })).rejects.toMatchObject({ code: 'IMAGE_TOO_LARGE' });
    await expect(decodeRaster(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]), 'bad.png', LIMITS)).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
    await expect(decodeRaster(new TextEncoder().encode('hello'), 'x.png', LIMITS)).rejects.toMatchObject({ code: 'IMAGE_CORRUPT' });
  });
});
