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
  const dark = (x: number, y: number) => isDark(rgba, (y * width + x) * 4);
  const box = darkBox(dark, width, height);
  if (!box) return null;
  const boxWidth = box.x1 - box.x0 + 1;
  const boxHeight = box.y1 - box.y0 + 1;
  if (Math.max(boxWidth, boxHeight) > 1.1 * Math.min(boxWidth, boxHeight)) return null;

  // One of the three finder patterns sits on the top edge whatever the code's rotation: its side, the
  // longer of the edge's first and last dark runs, is 7 modules.
  let first = 0;
  while (box.x0 + first <= box.x1 && dark(box.x0 + first, box.y0)) first++;
  let last = 0;
  while (box.x1 - last >= box.x0 && dark(box.x1 - last, box.y0)) last++;
  const module = Math.max(first, last) / 7;
  if (module < 1) return null;
  const estimate = boxWidth / module;
  const version = Math.round((estimate - 17) / 4);
  const modules = 17 + 4 * version;
  if (version < 1 || version > 40 || Math.abs(estimate - modules) > 1) return null;

  // Only the modules' centres are read: a few thousand pixels, not the whole image.
  const size = (modules + 2 * QUIET_ZONE) * px;
  const out = new Uint32Array(size * size).fill(0xffffffff);
  const stepX = boxWidth / modules;
  const stepY = boxHeight / modules;
  for (let j = 0; j < modules; j++) {
    const sy = Math.floor(box.y0 + (j + 0.5) * stepY);
    for (let i = 0; i < modules; i++) {
      if (!dark(Math.floor(box.x0 + (i + 0.5) * stepX), sy)) continue;
      const top = (j + QUIET_ZONE) * px;
      const left = (i + QUIET_ZONE) * px;
      for (let y = top; y < top + px; y++) out.fill(0xff000000, y * size + left, y * size + left + px);
    }
  }
  return { rgba: new Uint8ClampedArray(out.buffer), width: size, height: size };
}

/** A pixel darker than mid-grey (Rec. 601 luma, as jsQR's binariser weighs the channels); a transparent one is paper. */
function isDark(rgba: Uint8ClampedArray, p: number): boolean {
  return rgba[p + 3]! >= 128 && 0.299 * rgba[p]! + 0.587 * rgba[p + 1]! + 0.114 * rgba[p + 2]! < 128;
}

/**
 * The bounding box of the dark pixels, each edge found by scanning inward from the image's edge: for a
 * code with its quiet zone, the margin's pixels and a few more are read, not the image.
 */
function darkBox(dark: (x: number, y: number) => boolean, width: number, height: number) {
  const rowHas = (y: number, from: number, to: number) => {
    for (let x = from; x <= to; x++) if (dark(x, y)) return true;
    return false;
  };
  const columnHas = (x: number, from: number, to: number) => {
    for (let y = from; y <= to; y++) if (dark(x, y)) return true;
    return false;
  };
  let y0 = 0;
  while (y0 < height && !rowHas(y0, 0, width - 1)) y0++;
  if (y0 === height) return null;
  let y1 = height - 1;
  while (!rowHas(y1, 0, width - 1)) y1--;
  let x0 = 0;
  while (!columnHas(x0, y0, y1)) x0++;
  let x1 = width - 1;
  while (!columnHas(x1, y0, y1)) x1--;
  return { x0, y0, x1, y1 };
}
