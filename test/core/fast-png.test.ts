/**
 * A rendered page goes to OCR as a PNG written by src/core/image/fast-png.ts: decoded, it must give
 * exactly the page's pixels (grey when the page is, RGB otherwise), and it is not used for a page
 * with transparent pixels.
 */
import { describe, expect, it } from 'vitest';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { checkPng } from '../../src/core/image/png-check.js';
import { opaquePng } from '../../src/core/image/fast-png.js';

async function decoded(png: Uint8Array): Promise<Uint8ClampedArray> {
  const image = await loadImage(Buffer.from(png));
  const ctx = createCanvas(image.width, image.height).getContext('2d');
  ctx.drawImage(image, 0, 0);
  return ctx.getImageData(0, 0, image.width, image.height).data;
}

/** A page of varied pixels: every channel from `pick` (R = G = B when it returns one value). */
function page(width: number, height: number, pick: (i: number) => [number, number, number]): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let i = 0; i < width * height; i++) rgba.set([...pick(i), 255], i * 4);
  return rgba;
}

describe('opaquePng', () => {
  it('writes a grey page as an 8-bit grey PNG that decodes to its pixels', async () => {
    const [width, height] = [53, 29];
    const rgba = page(width, height, (i) => { const v = (i * 7919) % 256; return [v, v, v]; });
    const png = opaquePng(rgba, width, height)!;
    await expect(checkPng(png, 'page.png')).resolves.toBeUndefined();
    expect(png[25]).toBe(0); // IHDR colour type: grey
    expect([...await decoded(png)]).toEqual([...rgba]);
  });

  it('writes a colour page as RGB that decodes to its pixels', async () => {
    const [width, height] = [41, 17];
    const rgba = page(width, height, (i) => [(i * 31) % 256, (i * 17) % 256, (i * 101) % 256]);
    const png = opaquePng(rgba, width, height)!;
    expect(png[25]).toBe(2); // IHDR colour type: RGB
    expect([...await decoded(png)]).toEqual([...rgba]);
  });

  it('declines a page with a transparent pixel', () => {
    const rgba = page(8, 8, () => [200, 200, 200]);
    rgba[4 * 5 + 3] = 0;
    expect(opaquePng(rgba, 8, 8)).toBeNull();
  });
});
