/**
 * A QR code that fills an image (an invoice's code as an image XObject, or drawn from its squares),
 * redrawn on its own module grid: every module sampled once at its centre and painted as a square of a
 * few whole pixels, with the 4-module quiet zone the standard asks for.
 *
 * Why: jsQR's first decode in a process runs in V8's interpreter, where its cost follows the work it
 * is given: the pixels it binarises and scans for finder patterns, and the Reed-Solomon search for
 * errors when its sampling of the modules is off (a 300 px code shrunk by a fraction to ~1.6 px
 * modules spent a third of its decode there). A clean grid of 2-3 px modules is a fraction of the
 * pixels and samples without errors. When the image does not look like a bare code (its dark pixels'
 * box is not square, or the finder's width gives no QR size), there is no grid and the caller reads
 * the image as it is.
 */

export interface Pixels {
  rgba: Uint8ClampedArray;
  width: number;
  height: number;
}

/** The quiet zone around a symbol, in modules (ISO/IEC 18004). */
const QUIET_ZONE = 4;

/**
 * The code redrawn at `px` pixels per module, or null when `rgba` (row-major RGBA) does not hold a bare,
 * upright QR code: its dark pixels' bounding box must be square (within 10%) and the dark run along its
 * top edge (a finder pattern's outer side: 7 modules) must give a module count of 17 + 4v (v = 1-40)
 * within a module.
 */
export function onModuleGrid(rgba: Uint8ClampedArray, width: number, height: number, px: number): Pixels | null {
  const { dark, box } = darkPixels(rgba, width, height);
  if (!box) return null;
  const boxWidth = box.x1 - box.x0 + 1;
  const boxHeight = box.y1 - box.y0 + 1;
  if (Math.max(boxWidth, boxHeight) > 1.1 * Math.min(boxWidth, boxHeight)) return null;

  // One of the three finder patterns sits on the top edge whatever the code's rotation: its side, the
  // longer of the edge's first and last dark runs, is 7 modules.
  const row = box.y0 * width;
  let first = 0;
  while (box.x0 + first <= box.x1 && dark[row + box.x0 + first]) first++;
  let last = 0;
  while (box.x1 - last >= box.x0 && dark[row + box.x1 - last]) last++;
  const module = Math.max(first, last) / 7;
  if (module < 1) return null;
  const estimate = boxWidth / module;
  const version = Math.round((estimate - 17) / 4);
  const modules = 17 + 4 * version;
  if (version < 1 || version > 40 || Math.abs(estimate - modules) > 1) return null;

  const size = (modules + 2 * QUIET_ZONE) * px;
  const out = new Uint32Array(size * size).fill(0xffffffff);
  const stepX = boxWidth / modules;
  const stepY = boxHeight / modules;
  for (let j = 0; j < modules; j++) {
    const sy = Math.floor(box.y0 + (j + 0.5) * stepY);
    for (let i = 0; i < modules; i++) {
      if (!dark[sy * width + Math.floor(box.x0 + (i + 0.5) * stepX)]) continue;
      const top = (j + QUIET_ZONE) * px;
      const left = (i + QUIET_ZONE) * px;
      for (let y = top; y < top + px; y++) out.fill(0xff000000, y * size + left, y * size + left + px);
    }
  }
  return { rgba: new Uint8ClampedArray(out.buffer), width: size, height: size };
}

/** Pixels darker than mid-grey (transparent ones count as paper), and their bounding box. */
function darkPixels(rgba: Uint8ClampedArray, width: number, height: number) {
  const dark = new Uint8Array(width * height);
  let x0 = width;
  let y0 = height;
  let x1 = -1;
  let y1 = -1;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * 4;
      // Rec. 601 luma, as jsQR's binariser weighs the channels.
      if (rgba[p + 3]! < 128 || 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]! >= 128) continue;
      dark[y * width + x] = 1;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      y1 = y;
    }
  }
  return { dark, box: x1 < 0 ? null : { x0, y0, x1, y1 } };
}
