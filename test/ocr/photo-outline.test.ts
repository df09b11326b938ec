/**
 * Finding the paper on a phone photo (src/ocr/photo): photos made at test time of a generated 发票 by
 * bench/accuracy/phone-photo.mjs (perspective, turns, desk, uneven light, blur, JPEG 70), whose page
 * corners are known; a flat scan of the same page, which has no desk to cut.
 */
import path from 'node:path';
import { loadImage, createCanvas, ImageData } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { findPageOutline } from '../../src/ocr/photo/page-outline.js';
import { flattenPhoto, photoForOcr } from '../../src/ocr/photo/flatten-photo.js';
import { imageSkew } from '../../src/ocr/deskew.js';
import { skewAngle } from '../../src/ocr/photo/deskew.js';
import { flattenQuad } from '../../src/ocr/photo/perspective.js';
// @ts-expect-error: plain ESM helpers shared with the benches
import { phonePhoto, photoVariants } from '../../bench/accuracy/phone-photo.mjs';
// @ts-expect-error: plain ESM helpers shared with the benches
import { scanPage } from '../../fixtures/scan.mjs';

const ROOT = path.resolve(__dirname, '..', '..');
const INVOICE = path.join(ROOT, 'fixtures', 'invoices', '餐饮', 'dinner-haiweixuan.pdf');
const REAL_CLASSIC = path.resolve(ROOT, '..', 'shared', 'corpus', 'cn-pdf', 'vmxmy__2024年04月05日阿斯兰航空服务经纪代理服务39000.pdf');
const REAL_CLASSIC_2 = path.resolve(ROOT, '..', 'shared', 'corpus', 'cn-pdf', 'vmxmy__2024年04月05日阿斯兰航空服务经纪代理服务18000.pdf');

async function pixels(jpeg: Uint8Array) {
  const img = await loadImage(Buffer.from(jpeg));
  const ctx = createCanvas(img.width, img.height).getContext('2d');
  ctx.drawImage(img, 0, 0);
  return { rgba: ctx.getImageData(0, 0, img.width, img.height).data, width: img.width, height: img.height };
}

describe('the paper on a phone photo', () => {
  it('finds the four corners of the page however the photo turns and tilts it', async () => {
    const variants = [11, 12, 13].flatMap((seed) => photoVariants(seed).filter((v: { crop?: number }) => !v.crop));
    // Both kinds of turn, and every side tilted away, are among the six photos.
    expect(new Set(variants.map((v: { turn: number }) => v.turn % 180)).size).toBe(2);
    for (const variant of variants) {
      const { jpeg, corners } = await phonePhoto(INVOICE, variant, { dpi: 150 });
      const { rgba, width, height } = await pixels(jpeg);
      const found = findPageOutline(rgba, width, height);
      expect(found, JSON.stringify(variant)).not.toBeNull();
      const diagonal = Math.hypot(corners[0][0] - corners[2][0], corners[0][1] - corners[2][1]);
      for (const [x, y] of corners as Array<[number, number]>) {
        const off = Math.min(...found!.map(([fx, fy]) => Math.hypot(fx - x, fy - y)));
        expect(off / diagonal, JSON.stringify(variant)).toBeLessThan(0.015);
      }
    }
  });

  it('finds the page on a small, blurred photo whose frame the blur darkens (a dark rim along its edge)', async () => {
    // A worn print photographed badly and small (a till receipt's photo is 500-600 pixels tall): 65 dpi, blur 1.5 px, JPEG 40. The blur darkens the photo's
    // outermost pixels, and the noise of that dark rim steps along the frame like print.
    const variants = [11, 12, 13].flatMap((seed) => photoVariants(seed).filter((v: { crop?: number }) => !v.crop));
    for (const variant of variants.map((v: object) => ({ ...v, blur: 1.5, quality: 40 }))) {
      const { jpeg, corners } = await phonePhoto(INVOICE, variant, { dpi: 65 });
      const { rgba, width, height } = await pixels(jpeg);
      const rim = [0, 1, 2].map((y) => rgba[(y * width + (width >> 1)) * 4]!);
      expect(rim[0], 'the rim is darker than the desk inside it').toBeLessThan(rim[2]!);
      const found = findPageOutline(rgba, width, height);
      expect(found, JSON.stringify(variant)).not.toBeNull();
      const diagonal = Math.hypot(corners[0][0] - corners[2][0], corners[0][1] - corners[2][1]);
      for (const [x, y] of corners as Array<[number, number]>) {
        const off = Math.min(...found!.map(([fx, fy]) => Math.hypot(fx - x, fy - y)));
        expect(off / diagonal, JSON.stringify(variant)).toBeLessThan(0.015);
      }
    }
  });

  it('draws the page flat as wide and tall as the page seen from the front', async () => {
    const [variant] = photoVariants(21);
    const { jpeg } = await phonePhoto(INVOICE, { ...variant, turn: 0 }, { dpi: 150 });
    const { rgba, width, height } = await pixels(jpeg);
    const flat = flattenPhoto(rgba, width, height)!;
    // The generated page is 240 x 140 mm (a classic 发票's size): the flattened page keeps its proportions.
    expect(flat.width / flat.height).toBeGreaterThan((240 / 140) * 0.95);
    expect(flat.width / flat.height).toBeLessThan((240 / 140) * 1.05);
    const decoded = await loadImage(Buffer.from(flat.encoded));
    expect([decoded.width, decoded.height]).toEqual([flat.width, flat.height]);
  });

  it('finds nothing to cut on a flat scan, whose paper fills the frame, and leaves its 0.8° skew', async () => {
    const { rgba, width, height } = await pixels(await scanPage(INVOICE, { dpi: 150 }));
    expect(findPageOutline(rgba, width, height)).toBeNull();
    expect(flattenPhoto(rgba, width, height)).toBeNull();
  });

  it('measures the rows of a skewed scan, and leaves its turn to the OCR engine, which sees it too', async () => {
    for (const [skew, turn] of [[2.5, 0], [-3, 90], [1.6, 180], [-2.2, 270]]) {
      const { rgba, width, height } = await pixels(await scanPage(INVOICE, { dpi: 150, skew, turn }));
      expect(findPageOutline(rgba, width, height)).toBeNull();
      expect(Math.abs(skewAngle(rgba, width, height) - skew), `${skew}° at ${turn}`).toBeLessThan(0.2);
      expect(flattenPhoto(rgba, width, height), `${skew}° at ${turn}`).toBeNull();
      // The engine gets the skew measured here, the very angle it would measure on the same pixels.
      const { photo, skew: measured } = photoForOcr(rgba, width, height);
      expect(photo).toBeNull();
      expect(Math.abs(measured! - skew), `${skew}° at ${turn}`).toBeLessThan(0.2);
      const canvas = createCanvas(width, height);
      canvas.getContext('2d').putImageData(new ImageData(rgba, width, height), 0, 0);
      expect(measured).toBe(imageSkew(canvas).angle);
    }
  });

  it('hands no skew along with a photo it flattened: the engine measures the new image', async () => {
    const [variant] = photoVariants(21);
    const { jpeg } = await phonePhoto(INVOICE, { ...variant, turn: 0 }, { dpi: 150 });
    const { rgba, width, height } = await pixels(jpeg);
    const { photo, skew } = photoForOcr(rgba, width, height);
    expect(photo?.outline).not.toBeNull();
    expect(skew).toBeUndefined();
  });

  it('leaves a square scan as it is', async () => {
    const { rgba, width, height } = await pixels(await scanPage(INVOICE, { dpi: 150, skew: 0 }));
    expect(skewAngle(rgba, width, height)).toBe(0);
    expect(flattenPhoto(rgba, width, height)).toBeNull();
  });

  it('leaves images too small, too thin or blank to hold a page as they are', () => {
    for (const [width, height, grey] of [[1, 1, 255], [8, 6000, 255], [3000, 3000, 255], [40, 40, 0]] as const) {
      const rgba = new Uint8ClampedArray(width * height * 4).fill(grey);
      expect(flattenPhoto(rgba, width, height), `${width}x${height} grey ${grey}`).toBeNull();
    }
  });

  it('draws no more pixels than the photo has, keeping the page\'s proportions', () => {
    const rgba = new Uint8ClampedArray(100 * 50 * 4).fill(200);
    const flat = flattenQuad(rgba, 100, 50, [[-50, -25], [150, -25], [150, 75], [-50, 75]]);
    expect(flat.width * flat.height).toBeLessThanOrEqual(100 * 50);
    expect(flat.width / flat.height).toBeCloseTo(2, 1);
    expect(flat.rgba.length).toBe(flat.width * flat.height * 4);
  });

  it('cuts nothing when print lies outside the region found (it is no whole sheet)', () => {
    // A desk (grey 90) with a sheet (grey 235) on it; then the same with small light notes beside the sheet.
    const draw = (notes: boolean) => {
      const w = 400, h = 300, rgba = new Uint8ClampedArray(w * h * 4);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const sheet = x >= 60 && x < 340 && y >= 50 && y < 250;
        const note = notes && !sheet && (x % 40) < 8 && (y % 40) < 8;
        const v = sheet || note ? 235 : 90;
        rgba.set([v, v, v, 255], (y * w + x) * 4);
      }
      return rgba;
    };
    const found = findPageOutline(draw(false), 400, 300)!;
    // The edge is a wall on both its sides: the corners come out within a pixel or two.
    [[60, 50], [340, 50], [340, 250], [60, 250]].forEach(([x, y], i) => expect(Math.hypot(found[i]![0] - x, found[i]![1] - y)).toBeLessThan(2.5));
    expect(findPageOutline(draw(true), 400, 300)).toBeNull();
  });

  it('finds no outline on photos cropped inside the sheet, whose form frame is no page edge', async () => {
    // A generated 发票, and two real classic ones (a wide frame under a title block) cropped the ways
    // cn-photo-made crops them (the seeds its harness gives their names), where the frame passed for a sheet.
    const cases = [[INVOICE, 1], [INVOICE, 2], [REAL_CLASSIC, 2200762445], [REAL_CLASSIC_2, 194602806]] as const;
    for (const [pdf, seed] of cases) {
      const variant = photoVariants(seed)[2];
      const { jpeg } = await phonePhoto(pdf, variant, { dpi: 200 });
      const { rgba, width, height } = await pixels(jpeg);
      expect(findPageOutline(rgba, width, height), `${path.basename(pdf)} ${JSON.stringify(variant)}`).toBeNull();
    }
  });

  it('measures the turn of a cropped photo whose corners show a dark desk', async () => {
    for (const seed of [3, 4, 6, 9]) {
      const variant = { ...photoVariants(seed)[2], desk: '#3f4a3c', crop: 0.01 };
      const { rgba, width, height } = await pixels((await phonePhoto(INVOICE, variant, { dpi: 150 })).jpeg);
      expect(Math.abs(skewAngle(rgba, width, height) - variant.skew), JSON.stringify(variant)).toBeLessThan(0.5);
    }
  });

  it('turns a cropped photo whose lines the engine’s straightening cannot see back by its rows', async () => {
    const turned: number[] = [];
    for (const seed of [3, 4, 6, 9]) {
      const variant = { ...photoVariants(seed)[2], desk: '#3f4a3c', crop: 0.01 };
      const { rgba, width, height } = await pixels((await phonePhoto(INVOICE, variant, { dpi: 150 })).jpeg);
      const straight = flattenPhoto(rgba, width, height);
      if (!straight) continue;
      turned.push(seed);
      expect(straight.turnedBy).toBeCloseTo(skewAngle(rgba, width, height), 6);
      // Turned back, the page's rows lie square.
      expect(Math.abs(skewAngle(straight.rgba, straight.width, straight.height)), JSON.stringify(variant)).toBeLessThan(0.3);
    }
    expect(turned.length).toBeGreaterThan(0);
  });
});
