/**
 * An 8-bit grey PNG of one byte per pixel, compressed for speed (core/image/fast-png.ts). The accents'
 * word stacks go to tesseract.js as PNG (its pool takes PNG or JPEG bytes): @napi-rs/canvas's encoder
 * writes RGBA at its default compression, 20-40 ms a stack, here a few; tesseract reads the same pixels
 * (a grey stack has R = G = B).
 */
import { fastPng } from '../../core/image/fast-png.js';

export function greyPng(grey: Uint8Array, width: number, height: number): Uint8Array {
  return fastPng(grey, width, height, 1);
}
