/**
 * Searchable PDFs from OCR, the way OCRmyPDF makes them: the page shows the scan, and an invisible text
 * layer (text render mode 3: neither filled nor stroked) puts each recognised word over its image so
 * viewers can search and select it and `pdftotext` extracts it.
 *
 * Each word is drawn at its box's left edge on the line's baseline, at the line's height, and squeezed
 * horizontally (Tz) to the box's width, so selection highlights match the picture whatever font we use.
 * A page the OCR read turned upright or straightened gets its words turned back onto the scan.
 * Latin text uses Helvetica (no embedding); words Helvetica's WinAnsi encoding cannot hold (CJK and
 * other scripts) use the project's CJK font (src/pdf/fonts.ts), subset to the glyphs used.
 */
import {
  PDFDocument,
  PDFFont,
  PDFName,
  PDFPage,
  StandardFonts,
  TextRenderingMode,
  beginText,
  concatTransformationMatrix,
  endText,
  popGraphicsState,
  pushGraphicsState,
  setCharacterSqueeze,
  setFontAndSize,
  setTextMatrix,
  setTextRenderingMode,
  showText,
  type PDFOperator,
} from 'pdf-lib';
import { damageReason, InvoicectlError } from '../core/errors.js';
import { checkPng } from '../core/image/png-check.js';
import { sharedPdfjsPool, type PdfjsPool } from '../pdf/pdfjs-pool.js';
import { readImageHeader } from '../core/image/image-header.js';
import { embedCjkFont } from '../pdf/fonts.js';
import type { OcrResult, OcrWord } from './types.js';
import { hasCjk } from './cjk.js';

export interface SearchablePage {
  /** The page picture, PNG or JPEG. */
  image: Uint8Array;
  /** OCR of that same picture (pixel coordinates). */
  ocr: OcrResult;
  /** Resolution of the picture; sets the page size. Default 150. */
  dpi?: number;
}

/** Builds a PDF with one page per image, each carrying its OCR text invisibly. */
export async function buildSearchablePdf(pages: SearchablePage[], options: { title?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  if (options.title) doc.setTitle(options.title);
  const fonts = new TextLayerFonts(doc);
  for (const [index, { image, ocr, dpi = 150 }] of pages.entries()) {
    const info = readImageHeader(image);
    if (!info || info.kind === 'tiff') throw new InvoicectlError('IMAGE_CORRUPT', `page ${index + 1}: the image is not a readable PNG or JPEG`);
    if (info.kind === 'png') await checkPng(image, `page ${index + 1}`);
    const embedded = await (info.kind === 'png' ? doc.embedPng(image) : doc.embedJpg(image)).catch((err: unknown) => {
      throw new InvoicectlError('IMAGE_CORRUPT', `page ${index + 1}: the image cannot be embedded: ${(err as Error).message}`, undefined, { cause: err });
    });
    const width = (info.width / dpi) * 72;
    const height = (info.height / dpi) * 72;
    const page = doc.addPage([width, height]);
    page.drawImage(embedded, { x: 0, y: 0, width, height });
    await drawTextLayer(page, ocr, fonts);
  }
  return doc.save();
}

export type OcrForPage = (pageIndex: number) => OcrResult | undefined | Promise<OcrResult | undefined>;

export interface AddTextLayerResult {
  pdf: Uint8Array;
  /** 0-based indexes of pages that received a text layer. */
  pagesWithTextAdded: number[];
  /** 0-based indexes of pages left alone because they already had text. */
  pagesSkipped: number[];
}

/**
 * Overlays OCR text onto an existing (scanned) PDF. Pages that already carry text are left alone
 * (OCRmyPDF's --skip-text), and for them `ocrForPage` is not even called, so a caller can render and
 * OCR lazily. The OCR result's pixel boxes are mapped onto the page as pdf.js renders it (crop box,
 * /Rotate), so OCR a rendering made with `renderPdfPage`.
 */
export async function addTextLayerToPdf(
  pdfBytes: Uint8Array,
  ocrForPage: OcrForPage | Map<number, OcrResult>,
  /** A runtime's pdf.js pool; without one, the process's own. */
  pdfjs: PdfjsPool = sharedPdfjsPool(),
): Promise<AddTextLayerResult> {
  // pdf.js throws PDF_ENCRYPTED / PDF_CORRUPT here; pdf-lib cannot write encrypted PDFs anyway.
  const hasText = await pdfjs.pagesWithText({ bytes: pdfBytes });
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(pdfBytes);
  } catch (err) {
    throw new InvoicectlError('PDF_CORRUPT', `the PDF cannot be loaded for writing: ${damageReason(err)}`, undefined, { cause: err });
  }
  const lookup: OcrForPage = typeof ocrForPage === 'function' ? ocrForPage : (i) => ocrForPage.get(i);
  const fonts = new TextLayerFonts(doc);
  const pagesWithTextAdded: number[] = [];
  const pagesSkipped: number[] = [];
  for (const [index, page] of doc.getPages().entries()) {
    if (hasText[index]) {
      pagesSkipped.push(index);
      continue;
    }
    const ocr = await lookup(index);
    if (!ocr) continue;
    await drawTextLayer(page, ocr, fonts);
    pagesWithTextAdded.push(index);
  }
  return { pdf: await doc.save(), pagesWithTextAdded, pagesSkipped };
}


/** Helvetica when it can encode a word, else the CJK font (embedded once per document, on first need). */
class TextLayerFonts {
  private latin?: Promise<PDFFont>;
  private cjk?: Promise<PDFFont>;

  constructor(private readonly doc: PDFDocument) {}

  async forText(text: string): Promise<PDFFont> {
    this.latin ??= this.doc.embedFont(StandardFonts.Helvetica);
    const latin = await this.latin;
    try {
      latin.encodeText(text); // throws for characters outside WinAnsi
      return latin;
    } catch {
      this.cjk ??= embedCjkFont(this.doc);
      return this.cjk;
    }
  }
}

/**
 * Maps the upright page as displayed (points, origin bottom-left, the frame pdf.js renders) onto the
 * page's user space, undoing /Rotate and the crop box offset. Returns the matrix and displayed size.
 */
function displayFrame(page: PDFPage): { matrix: [number, number, number, number, number, number]; width: number; height: number } {
  const { x, y, width: w, height: h } = page.getCropBox();
  const rotation = (((page.getRotation().angle % 360) + 360) % 360);
  switch (rotation) {
    case 90: return { matrix: [0, 1, -1, 0, x + w, y], width: h, height: w };
    case 180: return { matrix: [-1, 0, 0, -1, x + w, y + h], width: w, height: h };
    case 270: return { matrix: [0, -1, 1, 0, x, y + h], width: h, height: w };
    default: return { matrix: [1, 0, 0, 1, x, y], width: w, height: h };
  }
}

async function drawTextLayer(page: PDFPage, ocr: OcrResult, fonts: TextLayerFonts): Promise<void> {
  if (ocr.lines.length === 0) return;
  const frame = displayFrame(page);
  const onImage = toImage(ocr);
  const sx = frame.width / onImage.width;  // points per pixel of the image as scanned
  const sy = frame.height / onImage.height;
  // A page read sideways has its lines' heights along the image's x and their widths along its y.
  const [across, along] = ocr.turn === 90 || ocr.turn === 270 ? [sx, sy] : [sy, sx];
  const fontKeys = new Map<PDFFont, PDFName>(); // one resource entry per font per page
  const fontKey = (font: PDFFont) => {
    let key = fontKeys.get(font);
    if (!key) fontKeys.set(font, (key = page.node.newFontDictionary(font.name, font.ref)));
    return key;
  };
  const ops: PDFOperator[] = [
    pushGraphicsState(),
    concatTransformationMatrix(...frame.matrix),
    beginText(),
    setTextRenderingMode(TextRenderingMode.Invisible),
  ];
  for (const line of ocr.lines) {
    const size = Math.max(1, (line.bbox.y1 - line.bbox.y0) * across);
    const lineWidth = Math.max(1, line.bbox.x1 - line.bbox.x0);
    for (const word of mergeCjkRuns(line.words)) {
      const font = await fonts.forText(word.text);
      const natural = font.widthOfTextAtSize(word.text, size);
      const target = Math.max(0.1, (word.bbox.x1 - word.bbox.x0) * along);
      // Baseline under this word, interpolated along a (possibly skewed) line.
      const t = (word.bbox.x0 - line.bbox.x0) / lineWidth;
      const baselinePx = line.baseline.y0 + (line.baseline.y1 - line.baseline.y0) * t;
      const start = onImage.point(word.bbox.x0, baselinePx);
      ops.push(
        setFontAndSize(fontKey(font), size),
        setCharacterSqueeze(natural > 0 ? clamp((100 * target) / natural, 1, 1000) : 100),
        // Along the page's turn and skew: the text runs (cos, sin) on the image, y down; in PDF space y is up.
        setTextMatrix(start.cos, -start.sin, start.sin, start.cos, start.x * sx, frame.height - start.y * sy),
        showText(font.encodeText(word.text)),
      );
    }
  }
  ops.push(endText(), popGraphicsState());
  page.pushOperators(...ops);
}

/**
 * Where a point of the OCR's boxes lies on the image as scanned, and the direction of its text there.
 * The OCR read the image turned clockwise by `turn` and straightened by −`skew` about its centre (the
 * turned image's centre is the scanned one's), so its points are turned back by `skew − turn`. Also the
 * scanned image's size, which a sideways page's OCR gives swapped.
 */
function toImage(ocr: OcrResult): { width: number; height: number; point: (x: number, y: number) => { x: number; y: number; cos: number; sin: number } } {
  const sideways = ocr.turn === 90 || ocr.turn === 270;
  const width = sideways ? ocr.height : ocr.width;
  const height = sideways ? ocr.width : ocr.height;
  const radians = (((ocr.skew ?? 0) - (ocr.turn ?? 0)) * Math.PI) / 180;
  const cos = Math.cos(radians), sin = Math.sin(radians);
  const [cx, cy] = [ocr.width / 2, ocr.height / 2];
  const point = (x: number, y: number) => ({ x: width / 2 + (x - cx) * cos - (y - cy) * sin, y: height / 2 + (x - cx) * sin + (y - cy) * cos, cos, sin });
  return { width, height, point };
}

/**
 * chi_sim reports every CJK glyph as a word; drawn one by one, extractors put spaces between them
 * ("发 票"). Adjacent CJK "words" are merged into one run spanning their boxes.
 */
function mergeCjkRuns(words: OcrWord[]): OcrWord[] {
  const out: OcrWord[] = [];
  for (const word of words) {
    const last = out[out.length - 1];
    if (last && endsWithCjk(last.text) && startsWithCjk(word.text)) {
      out[out.length - 1] = {
        text: last.text + word.text,
        confidence: Math.min(last.confidence, word.confidence),
        bbox: {
          x0: Math.min(last.bbox.x0, word.bbox.x0),
          y0: Math.min(last.bbox.y0, word.bbox.y0),
          x1: Math.max(last.bbox.x1, word.bbox.x1),
          y1: Math.max(last.bbox.y1, word.bbox.y1),
        },
      };
    } else {
      out.push(word);
    }
  }
  return out;
}

const endsWithCjk = (text: string) => hasCjk([...text].at(-1) ?? '');
const startsWithCjk = (text: string) => hasCjk(String.fromCodePoint(text.codePointAt(0) ?? 32));

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
