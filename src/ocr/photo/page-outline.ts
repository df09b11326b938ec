/**
 * Where the paper lies on a phone photo: the four corners of the sheet photographed on a desk, at an
 * angle and turned. The light across a photo changes slowly (a lamp, a shadow) while the paper's edge
 * is a step between two materials, so the desk is what can be reached from the photo's border without
 * crossing such a step; the paper is the large region left, and its corners are those of the largest
 * quadrilateral on the region's convex hull. Nothing is found (null) when the paper fills the frame (a
 * scan, a cropped photo) or the region is not a quadrilateral (a crumpled receipt, a busy background):
 * the photo is then read as it is.
 */

export type Point = [number, number];
/** Corners in image pixels, clockwise from the one nearest the image's top-left corner. */
export type Quad = [Point, Point, Point, Point];

/** Longest side of the reduced image the paper is looked for on: the edge is found to a few pixels. */
const SEARCH_SIDE = 400;
/**
 * Step of log-brightness over two pixels of the reduced image that makes an edge: light and a desk's
 * grain change far less than this over a few pixels; paper against a desk changes by log(1.5) = 0.4 or
 * more (a light grey desk under the same light).
 */
const EDGE = 0.25;
/** The paper must cover this share of the photo at least (a far-away sheet is no page to read)... */
const MIN_AREA = 0.2;
/** ...and leave this much desk visible: a frame-filling paper needs no correction. */
const MAX_AREA = 0.95;
/** At most this share of the photo may be print outside the paper (specks of a desk's grain, not text). */
const MAX_OUTSIDE = 0.002;
/** Pixels of the reduced image along its frame that are no print beside the paper, however they step (largestRegion). */
const RIM = 2;
/** The region must fill its quadrilateral this well (a paper, not a blob). */
const MIN_FILL = 0.93;

export function findPageOutline(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number): Quad | null {
  const scale = Math.min(1, SEARCH_SIDE / Math.max(width, height));
  const w = Math.max(8, Math.round(width * scale)), h = Math.max(8, Math.round(height * scale));
  const light = logBrightness(rgba, width, height, w, h);
  const desk = deskFromBorder(light, w, h);
  const paper = largestRegion(desk, w, h);
  if (!paper || paper.count < MIN_AREA * w * h || paper.count > MAX_AREA * w * h) return null;
  // Print outside the region (a title above a form's frame) says the region is not the whole sheet;
  // so does a "desk" as bright as the paper (a photo cropped inside the sheet, whose frame was found).
  if (paper.outside > MAX_OUTSIDE * w * h) return null;
  if (median(light, (i) => desk[i] === 1) > median(light, (i) => paper.label[i] === paper.id) - EDGE) return null;
  const hull = convexHull(paper.edge);
  const quad = largestQuad(hull);
  if (!quad) return null;
  const area = polygonArea(quad);
  if (area <= 0 || paper.count / area < MIN_FILL || area / paper.count > 1 / MIN_FILL) return null;
  if (!quad.every((_, i) => cornerAngleOk(quad, i))) return null;
  // The hull runs along the reduced pixels' outer edges; each stands for 1/scale photo pixels.
  return clockwiseFromTopLeft(quad.map(([x, y]) => [(x * width) / w, (y * height) / h] as Point));
}

/** Mean log-brightness of each block of the photo that one reduced pixel covers. */
function logBrightness(rgba: Uint8Array | Uint8ClampedArray, width: number, height: number, w: number, h: number): Float32Array {
  const sum = new Float64Array(w * h), count = new Uint32Array(w * h);
  // Every other row and column is enough to average a block of 5 or more pixels.
  const step = width / w >= 4 ? 2 : 1;
  for (let y = 0; y < height; y += step) {
    const ry = Math.min(h - 1, Math.floor((y * h) / height));
    for (let x = 0; x < width; x += step) {
      const i = (y * width + x) * 4;
      const r = Math.min(w - 1, Math.floor((x * w) / width)) + ry * w;
      sum[r] += 0.299 * rgba[i]! + 0.587 * rgba[i + 1]! + 0.114 * rgba[i + 2]!;
      count[r]++;
    }
  }
  const out = new Float32Array(w * h);
  for (let i = 0; i < out.length; i++) out[i] = Math.log(1 + sum[i]! / Math.max(1, count[i]!));
  return out;
}

/**
 * Edge pixels: where brightness differs by more than EDGE between the two neighbours on either side
 * (left and right, or above and below). Across two pixels, so that an edge a little off the grid, whose
 * pixels cover the paper by a share that grows slowly along it, still is a wall and no path of small
 * steps leads from the desk onto the paper.
 */
function edges(light: Float32Array, w: number, h: number): Uint8Array {
  const wall = new Uint8Array(w * h);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const p = y * w + x;
      const dx = x > 0 && x < w - 1 ? Math.abs(light[p + 1]! - light[p - 1]!) : 0;
      const dy = y > 0 && y < h - 1 ? Math.abs(light[p + w]! - light[p - w]!) : 0;
      if (Math.max(dx, dy) > EDGE) wall[p] = 1;
    }
  }
  return wall;
}

/** The pixels reached from the border without crossing an edge (1 = desk). */
function deskFromBorder(light: Float32Array, w: number, h: number): Uint8Array {
  const wall = edges(light, w, h);
  const desk = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  let top = 0;
  const visit = (q: number) => {
    if (!desk[q] && !wall[q]) {
      desk[q] = 1;
      stack[top++] = q;
    }
  };
  for (let x = 0; x < w; x++) {
    visit(x);
    visit((h - 1) * w + x);
  }
  for (let y = 0; y < h; y++) {
    visit(y * w);
    visit(y * w + w - 1);
  }
  while (top) {
    const p = stack[--top]!;
    const x = p % w;
    if (x > 0) visit(p - 1);
    if (x < w - 1) visit(p + 1);
    if (p >= w) visit(p - w);
    if (p < w * (h - 1)) visit(p + w);
  }
  return desk;
}

/**
 * The largest 4-connected region not reached from the border: its size (holes filled), its edge pixels,
 * and how many pixels of other such regions lie outside it.
 */
function largestRegion(desk: Uint8Array, w: number, h: number): { count: number; edge: Point[]; outside: number; label: Int32Array; id: number } | null {
  const label = new Int32Array(w * h);
  const stack = new Int32Array(w * h);
  let best: { id: number; count: number } | null = null;
  let id = 0, total = 0;
  // Pixels of other regions on the photo's rim, as many pixels deep as RIM, for each region.
  const rim: number[] = [];
  for (let start = 0; start < w * h; start++) {
    if (desk[start] || label[start]) continue;
    id++;
    let top = 0, count = 0;
    rim[id] = 0;
    label[start] = id;
    stack[top++] = start;
    while (top) {
      const p = stack[--top]!;
      count++;
      const x = p % w;
      const y = (p - x) / w;
      if (Math.min(x, y, w - 1 - x, h - 1 - y) < RIM) rim[id]++;
      for (const q of [x > 0 ? p - 1 : -1, x < w - 1 ? p + 1 : -1, p - w, p + w]) {
        if (q < 0 || q >= w * h || desk[q] || label[q]) continue;
        label[q] = id;
        stack[top++] = q;
      }
    }
    if (!best || count > best.count) best = { id, count };
    total += count;
  }
  if (!best) return null;
  // The photo's rim is no print beside the paper: a lens's vignette or a blur darkens it, and its noise,
  // in the dark, makes steps along the frame.
  for (let other = 1; other <= id; other++) if (other !== best.id) total -= rim[other]!;
  // The print on the paper forms holes of its own (ink is a step too): each row's span counts as paper.
  const edge: Point[] = [];
  let filled = 0;
  for (let y = 0; y < h; y++) {
    let first = -1, last = -1;
    for (let x = 0; x < w; x++) {
      if (label[y * w + x] !== best.id) continue;
      if (first < 0) first = x;
      last = x;
    }
    if (first < 0) continue;
    filled += last - first + 1;
    edge.push([first, y], [last + 1, y], [first, y + 1], [last + 1, y + 1]);
  }
  // Pixels of other regions inside the paper's row spans are its holes; the rest lie outside.
  return { count: filled, edge, outside: Math.max(0, total - filled), label, id: best.id };
}

/** The median of `values` over the indices `where` keeps (0 when none). */
function median(values: Float32Array, where: (i: number) => boolean): number {
  const kept: number[] = [];
  for (let i = 0; i < values.length; i++) if (where(i)) kept.push(values[i]!);
  kept.sort((a, b) => a - b);
  return kept.length ? kept[kept.length >> 1]! : 0;
}

/** Andrew's monotone chain. */
function convexHull(points: Point[]): Point[] {
  const pts = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (pts.length < 3) return pts;
  const cross = (o: Point, a: Point, b: Point) => (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);
  const lower: Point[] = [], upper: Point[] = [];
  for (const p of pts) {
    while (lower.length >= 2 && cross(lower.at(-2)!, lower.at(-1)!, p) <= 0) lower.pop();
    lower.push(p);
  }
  for (const p of pts.reverse()) {
    while (upper.length >= 2 && cross(upper.at(-2)!, upper.at(-1)!, p) <= 0) upper.pop();
    upper.push(p);
  }
  return [...lower.slice(0, -1), ...upper.slice(0, -1)];
}

const triangle = (a: Point, b: Point, c: Point) => Math.abs((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0])) / 2;

/** The quadrilateral of largest area with its corners on the hull (a sheet's corners are the hull's extremes). */
function largestQuad(hull: Point[]): Quad | null {
  const n = hull.length;
  if (n < 4) return null;
  let best = -1;
  let quad: Quad | null = null;
  for (let i = 0; i < n; i++) {
    for (let k = i + 2; k < n; k++) {
      // For the diagonal i-k, the farthest hull point on each side.
      let left = -1, li = -1, right = -1, ri = -1;
      for (let j = i + 1; j < k; j++) {
        const a = triangle(hull[i]!, hull[j]!, hull[k]!);
        if (a > left) [left, li] = [a, j];
      }
      for (let j = k + 1; j < n + i; j++) {
        const a = triangle(hull[i]!, hull[j % n]!, hull[k]!);
        if (a > right) [right, ri] = [a, j % n];
      }
      if (li < 0 || ri < 0 || left + right <= best) continue;
      best = left + right;
      quad = [hull[i]!, hull[li]!, hull[k]!, hull[ri]!];
    }
  }
  return quad;
}

function polygonArea(poly: readonly Point[]): number {
  let a = 0;
  for (let i = 0; i < poly.length; i++) {
    const [x0, y0] = poly[i]!, [x1, y1] = poly[(i + 1) % poly.length]!;
    a += x0 * y1 - x1 * y0;
  }
  return Math.abs(a) / 2;
}

/** A sheet seen at up to ~30° keeps its corners between 55° and 125°. */
function cornerAngleOk(quad: readonly Point[], i: number): boolean {
  const p = quad[i]!, a = quad[(i + 3) % 4]!, b = quad[(i + 1) % 4]!;
  const u = [a[0] - p[0], a[1] - p[1]], v = [b[0] - p[0], b[1] - p[1]];
  const cos = (u[0]! * v[0]! + u[1]! * v[1]!) / (Math.hypot(u[0]!, u[1]!) * Math.hypot(v[0]!, v[1]!));
  const deg = (Math.acos(Math.max(-1, Math.min(1, cos))) * 180) / Math.PI;
  return deg >= 55 && deg <= 125;
}

/** The corners clockwise on screen (y down), starting from the one nearest the image's top-left. */
function clockwiseFromTopLeft(points: Point[]): Quad {
  const cx = points.reduce((s, p) => s + p[0], 0) / 4, cy = points.reduce((s, p) => s + p[1], 0) / 4;
  const sorted = [...points].sort((a, b) => Math.atan2(a[1] - cy, a[0] - cx) - Math.atan2(b[1] - cy, b[0] - cx));
  const first = sorted.reduce((bi, p, i) => (p[0] + p[1] < sorted[bi]![0] + sorted[bi]![1] ? i : bi), 0);
  return [0, 1, 2, 3].map((k) => sorted[(first + k) % 4]!) as Quad;
}
