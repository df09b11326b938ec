/**
 * PaddleOCR's DB text detection: the model gives each pixel a probability of being inside text; the
 * connected regions above a threshold, kept when their mean probability is high, are the text boxes.
 * The model was trained on regions shrunk towards their centre, so each box is grown back by PaddleOCR's
 * unclip rule (offset = area × ratio / perimeter). Boxes are axis-aligned: pages are upright and
 * deskewed before OCR, so a rotated rectangle would buy little here.
 */
import { createCanvas } from '@napi-rs/canvas';
import type { GreyImage, OcrBBox } from '../types.js';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

// PaddleOCR's defaults for PP-OCRv4 detection.
const PIXEL_THRESHOLD = 0.3;
const BOX_THRESHOLD = 0.6;
const UNCLIP_RATIO = 1.5;
// ImageNet normalisation, as the detector was trained with.
const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];
/** Per channel, the network's input for each grey level (a page has a million pixels, a grey 256 levels). */
const NORMALISED = MEAN.map((mean, c) => Float32Array.from({ length: 256 }, (_, v) => (v / 255 - mean) / STD[c]!));

export async function detectTextBoxes(ort: Ort, det: Session, grey: GreyImage, maxSide: number): Promise<OcrBBox[]> {
  const scale = Math.min(1, maxSide / Math.max(grey.width, grey.height));
  // The network downsamples by 32, so both sides must be multiples of it.
  const w = Math.max(32, Math.round((grey.width * scale) / 32) * 32);
  const h = Math.max(32, Math.round((grey.height * scale) / 32) * 32);
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext('2d');
  ctx.drawImage(grey.canvas, 0, 0, w, h);
  const rgba = ctx.getImageData(0, 0, w, h).data;
  const plane = w * h;
  const input = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c++) {
    const channel = input.subarray(c * plane, (c + 1) * plane), value = NORMALISED[c]!;
    for (let p = 0; p < plane; p++) channel[p] = value[rgba[p * 4]!]!;
  }
  const tensor = new ort.Tensor('float32', input, [1, 3, h, w]);
  const output = (await det.run({ [det.inputNames[0]!]: tensor }))[det.outputNames[0]!]!;
  const boxes = regions(output.data as Float32Array, w, h);
  const sx = grey.width / w, sy = grey.height / h;
  return boxes.map((b) => ({
    x0: Math.max(0, Math.floor(b.x0 * sx)),
    y0: Math.max(0, Math.floor(b.y0 * sy)),
    x1: Math.min(grey.width, Math.ceil(b.x1 * sx)),
    y1: Math.min(grey.height, Math.ceil(b.y1 * sy)),
  })).filter((b) => b.x1 - b.x0 >= 2 && b.y1 - b.y0 >= 2);
}

/** Connected regions (4-neighbours) of the thresholded map, scored, filtered and grown. */
function regions(prob: Float32Array, w: number, h: number): OcrBBox[] {
  const seen = new Uint8Array(w * h);
  const stack = new Int32Array(w * h);
  const boxes: OcrBBox[] = [];
  for (let start = 0; start < prob.length; start++) {
    if (seen[start] || prob[start]! <= PIXEL_THRESHOLD) continue;
    let top = 0, count = 0, sum = 0;
    let x0 = w, y0 = h, x1 = 0, y1 = 0;
    stack[top++] = start;
    seen[start] = 1;
    while (top > 0) {
      const p = stack[--top]!;
      const x = p % w, y = (p - x) / w;
      count++;
      sum += prob[p]!;
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
      const push = (q: number) => {
        if (!seen[q] && prob[q]! > PIXEL_THRESHOLD) { seen[q] = 1; stack[top++] = q; }
      };
      if (x > 0) push(p - 1);
      if (x < w - 1) push(p + 1);
      if (y > 0) push(p - w);
      if (y < h - 1) push(p + w);
    }
    const bw = x1 - x0 + 1, bh = y1 - y0 + 1;
    if (Math.min(bw, bh) < 3 || sum / count < BOX_THRESHOLD) continue;
    const grow = (bw * bh * UNCLIP_RATIO) / (2 * (bw + bh));
    boxes.push({ x0: x0 - grow, y0: y0 - grow, x1: x1 + 1 + grow, y1: y1 + 1 + grow });
  }
  return boxes;
}
