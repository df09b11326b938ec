/** Small test pictures whose content is known: white with a red block in the stored top-left quarter. */
import { createCanvas } from '@napi-rs/canvas';
import UTIF from 'utif2';

/** A w×h white picture with a red block in its stored top-left quarter. */
export function picture(w: number, h: number) {
  const c = createCanvas(w, h);
  const ctx = c.getContext('2d');
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, w, h);
  ctx.fillStyle = '#f00';
  ctx.fillRect(0, 0, w / 2, h / 2);
  return { canvas: c, ctx };
}
export const pngOf = (w: number, h: number) => new Uint8Array(picture(w, h).canvas.toBuffer('image/png'));
export const jpegOf = (w: number, h: number) => new Uint8Array(picture(w, h).canvas.toBuffer('image/jpeg', 95));

/** Inserts an EXIF APP1 segment with only an Orientation tag right after the JPEG's SOI. */
export function withExifOrientation(jpeg: Uint8Array, orientation: number): Uint8Array {
  const tiff = [0x4d, 0x4d, 0x00, 0x2a, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, orientation, 0, 0, 0, 0, 0, 0];
  const payload = [...Buffer.from('Exif\0\0', 'latin1'), ...tiff];
  const len = payload.length + 2;
  const app1 = [0xff, 0xe1, len >> 8, len & 0xff, ...payload];
  return new Uint8Array([...jpeg.subarray(0, 2), ...app1, ...jpeg.subarray(2)]);
}

export function tiffOf(w: number, h: number): Uint8Array {
  const { ctx } = picture(w, h);
  const rgba = ctx.getImageData(0, 0, w, h).data;
  return new Uint8Array(UTIF.encodeImage(new Uint8Array(rgba.buffer), w, h));
}

/** A white page `widthMm` x `heightMm` at `dpi` with black bars [x, y, width, height] in mm: ink where text would be. */
export function pageWithBars(widthMm: number, heightMm: number, dpi: number, bars: Array<[number, number, number, number]>): Uint8Array {
  const px = (mm: number) => (mm * dpi) / 25.4;
  const canvas = createCanvas(Math.round(px(widthMm)), Math.round(px(heightMm)));
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = '#000';
  for (const [x, y, w, h] of bars) g.fillRect(px(x), px(y), px(w), px(h));
  return new Uint8Array(canvas.toBuffer('image/png'));
}
