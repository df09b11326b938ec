/**
 * The numbers of placing a PDF page, whichever reader found them (pdf-lib's objects in embed-page.ts, the
 * lean reader's in lean-embed.ts): its visible box, its rotation, where its annotation appearances land,
 * and the wrapper form that paints them over the page.
 */

export type Box = { x: number; y: number; width: number; height: number };
export type Matrix = [number, number, number, number, number, number];

/** A page box from its four numbers (corners in either order), or undefined when it is not a usable rectangle. */
export function boxFrom([x1, y1, x2, y2]: number[]): Box | undefined {
  const box = { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) };
  return Object.values(box).every(Number.isFinite) && box.width > 0 && box.height > 0 ? box : undefined;
}

/**
 * A /Rotate value as clockwise degrees: 0, 90, 180 or 270. A value that is not a multiple of 90 (45, NaN)
 * is 0, as pdf.js reads it, so merge and convert turn a page alike.
 */
export function normalRotation(angle: number): number {
  if (!Number.isFinite(angle) || angle % 90 !== 0) return 0;
  return ((angle % 360) + 360) % 360;
}

/**
 * Maps an annotation's appearance into page space (PDF 32000-1 12.5.5): its /BBox, transformed by its
 * /Matrix, onto the annotation's /Rect. Undefined when the box is empty.
 */
export function appearanceMatrix(rect: number[], bbox: number[], matrix: number[]): Matrix | undefined {
  const m = matrix.length === 6 ? matrix : [1, 0, 0, 1, 0, 0];
  const box = transformedBounds(bbox, m);
  const [rx1, ry1, rx2, ry2] = [Math.min(rect[0], rect[2]), Math.min(rect[1], rect[3]), Math.max(rect[0], rect[2]), Math.max(rect[1], rect[3])];
  const bw = box.x2 - box.x1;
  const bh = box.y2 - box.y1;
  if (bw <= 0 || bh <= 0) return undefined;
  const sx = (rx2 - rx1) / bw;
  const sy = (ry2 - ry1) / bh;
  return [sx, 0, 0, sy, rx1 - box.x1 * sx, ry1 - box.y1 * sy];
}

function transformedBounds(bbox: number[], m: number[]) {
  const corners = [
    [bbox[0], bbox[1]],
    [bbox[2], bbox[1]],
    [bbox[0], bbox[3]],
    [bbox[2], bbox[3]],
  ].map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]]);
  const xs = corners.map((c) => c[0]);
  const ys = corners.map((c) => c[1]);
  return { x1: Math.min(...xs), y1: Math.min(...ys), x2: Math.max(...xs), y2: Math.max(...ys) };
}

/**
 * The content of the form that flattens appearances onto a page: the page content (`/Page`) isolated in
 * q/Q (it may leave the graphics state changed), then each appearance (`/Annot0`, ...) at its matrix.
 */
export function wrapperContent(matrices: Matrix[]): string {
  const ops = ['q /Page Do Q'];
  matrices.forEach((m, i) => ops.push(`q ${m.map(fmt).join(' ')} cm /Annot${i} Do Q`));
  return ops.join('\n');
}

function fmt(n: number): string {
  return Number.isInteger(n) ? String(n) : n.toFixed(4);
}

/** An annotation's flags that keep it off the page: Hidden (bit 2) and NoView (bit 6), PDF 32000-1 12.5.3. */
export const NOT_SHOWN = (1 << 1) | (1 << 5);
