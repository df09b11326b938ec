/**
 * The native image decoder (@napi-rs/canvas), run as a child process by image-decoder.ts so that a
 * crash or a hang inside it is contained; also callable in-process where there is no compiled child.
 */
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';
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

// @napi-rs/canvas decodes a JPEG upright already (it applies the EXIF orientation itself).
export async function decodeImage(bytes: Uint8Array, { pixels, blank }: DecodeWanted): Promise<Decoded> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height } = image;
  if (!pixels && !blank) return { width, height };
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  // A scanned page's RGBA is ~15 MB: sent to the parent, it cost more than the decoding.
  return pixels ? { width, height, rgba } : { width, height, blank: looksBlank(rgba) };
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('message', (m: { bytes: Uint8Array } & DecodeWanted) => {
    decodeImage(m.bytes, m).then(
      (decoded) => process.send!({ ok: true, decoded }),
      (err: unknown) => process.send!({ ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0)); // the parent is gone
}
