/**
 * The native image decoder (@napi-rs/canvas), run as a child process by image-decoder.ts so that a
 * crash or a hang inside it is contained; also callable in-process where there is no compiled child.
 */
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { serveContained } from '../contained-child.js';
import { looksBlank } from './ink.js';

export interface Decoded {
  width: number;
  height: number;
  /** RGBA on white, row-major; only when pixels were asked for. */
  rgba?: Uint8ClampedArray;
  /** Whether the image shows no ink (looksBlank); only when asked for without the pixels. */
  blank?: boolean;
}

/** What to decode: the size only, the pixels, or whether the pixels are blank (without sending them). */
export interface DecodeWanted {
  pixels: boolean;
  blank?: boolean;
}

/**
 * Whether a page is blank is judged at a quarter of its size: drawing a 200 dpi A4 scan whole to read its
 * pixels cost 60-90 ms here, a quarter of it 7-9 ms; text stays well darker than looksBlank's light grey
 * at that scale (a stroke mixed with white is still ink).
 */
const BLANK_SCALE = 4;

// @napi-rs/canvas decodes a JPEG upright already (it applies the EXIF orientation itself).
export async function decodeImage(bytes: Uint8Array, { pixels, blank }: DecodeWanted): Promise<Decoded> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height } = image;
  if (!pixels && !blank) return { width, height };
  // A scanned page's RGBA is ~15 MB: sent to the parent, it cost more than the decoding.
  if (!pixels) return { width, height, blank: looksBlank(rgbaOnWhite(image, Math.ceil(width / BLANK_SCALE), Math.ceil(height / BLANK_SCALE))) };
  return { width, height, rgba: rgbaOnWhite(image, width, height) };
}

/** The image drawn at width × height on white, as RGBA. */
function rgbaOnWhite(image: Image, width: number, height: number): Uint8ClampedArray {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  return ctx.getImageData(0, 0, width, height).data;
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  serveContained(async (m: { bytes: Uint8Array } & DecodeWanted) => ({ ok: true, decoded: await decodeImage(m.bytes, m) }));
}
