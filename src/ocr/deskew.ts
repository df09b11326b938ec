/**
 * A scanned page's skew: the small angle by which its text lines lean, so that the page can be turned
 * straight before text detection. The detector's boxes are axis-aligned; on a page skewed by 1.5° a line
 * drifts ~40 px across an A4 page at 200 dpi, more than its height, and boxes cut across lines.
 *
 * Projection profiles (the classic method, as in Leptonica's pixFindSkew): the ink of a downscaled,
 * thresholded page is summed along lines of each candidate angle; at the page's angle the sums fall into
 * sharp peaks (the text lines) and gaps (the space between them), so their sum of squares is largest.
 * Candidates are taken coarse, then fine around the best. Rows and columns are both tried, so a page lying
 * sideways (read upright later by the orientation step) gets its skew too.
 *
 * A page without clear lines (a photo on a desk, a blank page, a sparse receipt) is left as it is: the
 * best angle must stand out from the others (`confidence`), else the estimate is 0.
 */
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';

export interface Skew {
  /**
   * Degrees, clockwise on the image (y down): the page's lines run along this angle from the horizontal
   * (or, on a page lying sideways, from the vertical). Turning the image by −angle makes them straight.
   */
  angle: number;
  /** The best angle's profile score over the median score of all candidates: ~1 without lines. */
  confidence: number;
}

/** Longest side of the page the profiles are taken on: 10 pt text lines of an A4 page stay ~7 px apart. */
const PROFILE_SIDE = 600;
/** Candidates: ±MAX_ANGLE in COARSE steps, then finer around the best, down to FINE. */
const MAX_ANGLE = 5;
const COARSE = 0.5;
const FINE = 0.02;
/**
 * The best angle's score over the median candidate's, below which no line structure is trusted. Drawn
 * and scanned text pages score 2-6; noise, photos of a surface, and a page's empty background ~1.0-1.1.
 */
const MIN_CONFIDENCE = 1.3;
/** Too little ink (a blank page) or too much (a photo, a dark background) for a line structure. */
const MIN_INK = 0.002;
const MAX_INK = 0.25;
/** Below this the page is read as it is: a turn resamples the whole page for nothing. */
const MIN_SKEW = 0.2;
/**
 * PaddleOCR reads a page straightened only from 1°: below it a full-width A4 line drifts less than a
 * line's height, so its axis-aligned boxes still hold whole lines, while the turn resamples the print.
 * Straightened at 0.8°, its readings lost fine detail that carried fields (an umlaut and a space in a
 * buyer's name, a doubled digit in an invoice number: bench/accuracy/README.md). tesseract, whose lines
 * ran into the next column from 0.8°, is straightened from MIN_SKEW.
 */
export const PADDLE_MIN_SKEW = 1;

/**
 * The angle to straighten a page image by: its skew when clear and at least `least` degrees, else 0.
 * `measured`: the image's `imageSkew` angle when the caller already has it (it is then not measured again).
 */
export function pageSkew(image: Image, least = MIN_SKEW, measured?: number): number {
  const angle = measured ?? imageSkew(image).angle;
  return Math.abs(angle) >= least ? angle : 0;
}

/**
 * A page image for an engine that reads it whole (tesseract): straightened and encoded again as PNG
 * (same size, turned by −skew about its centre, corners white), or the bytes as they are when the page
 * is straight, unclear, or not an image canvas decodes (the engine then says what is wrong with it).
 * `measured`: as for pageSkew.
 */
export async function straightenedImage(bytes: Uint8Array, measured?: number): Promise<{ bytes: Uint8Array; skew: number }> {
  let image: Image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return { bytes, skew: 0 };
  }
  const skew = pageSkew(image, MIN_SKEW, measured);
  if (skew === 0) return { bytes, skew };
  const canvas = createCanvas(image.width, image.height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, image.width, image.height);
  ctx.translate(image.width / 2, image.height / 2);
  ctx.rotate((-skew * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  return { bytes: new Uint8Array(await canvas.encode('png')), skew };
}

/** The skew of a decoded page image (see `estimateSkew`): draws it downscaled, in grey. */
export function imageSkew(image: Image | import('@napi-rs/canvas').Canvas): Skew {
  const scale = Math.min(1, PROFILE_SIDE / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * scale));
  const height = Math.max(1, Math.round(image.height * scale));
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  const rgba = ctx.getImageData(0, 0, width, height).data;
  const grey = new Uint8Array(width * height);
  // Luma from the green channel is enough for ink against paper, and a grey scan has R = G = B.
  for (let i = 0, j = 0; j < grey.length; i += 4, j++) grey[j] = rgba[i + 1]!;
  return estimateSkew(grey, width, height);
}

/** The skew of a grey page (one byte a pixel, row-major); angle 0 when the page shows no clear lines. */
export function estimateSkew(grey: Uint8Array, width: number, height: number): Skew {
  const ink = inkPixels(grey, width, height);
  const share = ink.count / (width * height);
  if (share < MIN_INK || share > MAX_INK) return { angle: 0, confidence: 0 };
  // Both ways coarse, then only the way the lines run refined.
  const rows = profile(ink, width, height, 'rows');
  const columns = profile(ink, width, height, 'columns');
  const best = columns.confidence > rows.confidence ? columns : rows;
  if (best.confidence < MIN_CONFIDENCE) return { angle: 0, confidence: best.confidence };
  return { angle: best.refine(), confidence: best.confidence };
}

interface Ink {
  xs: Int32Array;
  ys: Int32Array;
  count: number;
}

/** The dark pixels, by Otsu's threshold: the grey level that best splits the page into ink and paper. */
function inkPixels(grey: Uint8Array, width: number, height: number): Ink {
  const histogram = new Float64Array(256);
  for (const v of grey) histogram[v]! += 1;
  const total = grey.length;
  let sumAll = 0;
  for (let v = 0; v < 256; v++) sumAll += v * histogram[v]!;
  let threshold = 128, bestVariance = -1, below = 0, sumBelow = 0;
  for (let v = 0; v < 256; v++) {
    below += histogram[v]!;
    sumBelow += v * histogram[v]!;
    const above = total - below;
    if (below === 0 || above === 0) continue;
    const meanBelow = sumBelow / below, meanAbove = (sumAll - sumBelow) / above;
    const variance = below * above * (meanBelow - meanAbove) ** 2;
    if (variance > bestVariance) { bestVariance = variance; threshold = v; }
  }
  // A page with no ink has no dark mode: Otsu would split the paper's noise. Ink is well below paper.
  let count = 0;
  const dark = (v: number) => v <= threshold && v < 200;
  for (const v of grey) if (dark(v)) count++;
  const xs = new Int32Array(count), ys = new Int32Array(count);
  for (let y = 0, p = 0, n = 0; y < height; y++) {
    for (let x = 0; x < width; x++, p++) {
      if (dark(grey[p]!)) { xs[n] = x; ys[n] = y; n++; }
    }
  }
  return { xs, ys, count };
}

/**
 * The angle whose profile is sharpest. `rows`: lines run left to right, ink at (x, y) lies on the line
 * y − x·tan(a); `columns`: lines run top to bottom, on x + y·tan(a). Each step searches around the best
 * of the one before, ten times finer: ±MAX_ANGLE by COARSE (the peak of a text page's score is ~1° wide
 * at this size), then ±COARSE by COARSE / 5, then by FINE.
 */
function profile(ink: Ink, width: number, height: number, along: 'rows' | 'columns') {
  const [across, lengthwise, span, length] = along === 'rows' ? [ink.ys, ink.xs, height, width] : [ink.xs, ink.ys, width, height];
  const sign = along === 'rows' ? -1 : 1;
  const reach = Math.ceil(length * Math.tan(((MAX_ANGLE + COARSE) * Math.PI) / 180)) + 1;
  const bins = new Float64Array(span + 2 * reach);
  const score = (degrees: number) => {
    const slope = sign * Math.tan((degrees * Math.PI) / 180);
    bins.fill(0);
    // Every index is positive (reach covers the largest shift), so | 0 rounds like Math.round.
    for (let i = 0; i < ink.count; i++) bins[(across[i]! + lengthwise[i]! * slope + reach + 0.5) | 0]! += 1;
    let sum = 0;
    for (const b of bins) sum += b * b;
    return sum;
  };
  const scan = (from: number, to: number, step: number) => {
    const scores: { angle: number; score: number }[] = [];
    for (let a = from; a <= to + 1e-9; a += step) scores.push({ angle: a, score: score(a) });
    return scores;
  };
  const coarse = scan(-MAX_ANGLE, MAX_ANGLE, COARSE);
  const median = [...coarse].sort((p, q) => p.score - q.score)[coarse.length >> 1]!.score;
  const top = coarse.reduce((p, q) => (q.score > p.score ? q : p));
  return {
    /** The best angle's score over the median candidate's. */
    confidence: median > 0 ? top.score / median : 0,
    /** The angle, refined around the coarse best. */
    refine(): number {
      let best = top;
      for (const step of [COARSE / 5, FINE]) {
        const centre = best.angle;
        best = scan(centre - step * 5, centre + step * 5, step).reduce((p, q) => (q.score > p.score ? q : p), best);
      }
      return Math.round(best.angle * 1000) / 1000;
    },
  };
}
