/**
 * The native image decoder (@napi-rs/canvas), run as a child process by image-decoder.ts so that a
 * crash or a hang inside it is contained; also callable in-process where there is no compiled child.
 */
import { fileURLToPath } from 'node:url';
import { createCanvas, loadImage } from '@napi-rs/canvas';

export interface Decoded {
  width: number;
  height: number;
  /** RGBA on white, row-major; only when pixels were asked for. */
  rgba?: Uint8ClampedArray;
}

// @napi-rs/canvas decodes a JPEG upright already (it applies the EXIF orientation itself).
export async function decodeImage(bytes: Uint8Array, pixels: boolean): Promise<Decoded> {
  const image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  const { width, height } = image;
  if (!pixels) return { width, height };
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0);
  return { width, height, rgba: ctx.getImageData(0, 0, width, height).data };
}

if (process.send && process.argv[1] === fileURLToPath(import.meta.url)) {
  process.on('message', (m: { bytes: Uint8Array; pixels: boolean }) => {
    decodeImage(m.bytes, m.pixels).then(
      (decoded) => process.send!({ ok: true, decoded }),
      (err: unknown) => process.send!({ ok: false, message: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.on('disconnect', () => process.exit(0)); // the parent is gone
}
