/**
 * OCR for extract: the OCR layer (src/ocr/engines.ts) per extract run, started on the first page that
 * needs it (a batch of digital PDFs never pays for it) and sized like the batch.
 */
import type { PageText } from '../core/text.js';
import { InvoicectlError } from '../core/errors.js';
import { engineFor, type OcrEngineChoice } from '../ocr/engine-choice.js';
import type { OcrEngines, PaddleRecognizer } from '../ocr/engines.js';
import { CYRILLIC_LANGS, cyrillicReadAsLatin, GREEK_LANGS, greekReadAsLatin, withCyrillicSigns } from './ocr-script.js';

export interface OcrSettings {
  /** Tesseract language codes joined by '+' (chi_sim, eng, ... as in the @tesseract.js-data packages). */
  langs: string;
  /** Which engine reads the pages: auto picks PaddleOCR for Chinese and English, tesseract.js for the rest. */
  engine: OcrEngineChoice;
  /** Resolution image-only PDF pages are rendered at for OCR. */
  dpi: number;
  /** Pages a tesseract.js worker recognises before it is replaced (tesseract.js leaks otherwise). */
  recycleAfter: number;
}

/** Degrees (clockwise) a page was straightened by (`skew`) and turned by to read it upright (`turn`). */
export interface PageFrame {
  skew?: number;
  turn?: 90 | 180 | 270;
}

export class LazyOcr {
  private engines?: OcrEngines;
  /** How each page was straightened and turned before reading (its items' boxes are in that image). */
  private readonly frames = new WeakMap<PageText, PageFrame>();

  constructor(
    readonly settings: OcrSettings,
    private readonly concurrency: number,
    /** The PaddleOCR engine (its runtime's); default: the process's shared one. */
    private readonly paddle?: () => Promise<PaddleRecognizer>,
  ) {}

  /**
   * OCRs a PNG or JPEG page image into positioned text (mm, as a PDF text layer). `skew`: the image's
   * skew when already measured (RecognizeOptions.skew). `tesseract`: read with tesseract.js in these
   * languages (tesseract codes joined by '+') instead of the configured ones, with page segmentation
   * `psm` (ocr-marks.ts reads a row cut from a page as a block, 6); the OCR_FAILED of a language not
   * installed is the caller's.
   */
  async pageText(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal; skew?: number; tesseract?: string; psm?: number }): Promise<PageText> {
    // Loaded on first use: the OCR modules bring pdf-lib, fontkit and ONNX Runtime, which digital PDFs never need.
    const [{ OcrEngines }, { ocrToPageText }] = await Promise.all([import('../ocr/engines.js'), import('../ocr/to-page-text.js')]);
    this.engines ??= new OcrEngines({ concurrency: this.concurrency, recycleAfter: this.settings.recycleAfter, paddle: this.paddle });
    const [langs, engine] = options.tesseract ? [options.tesseract, 'tesseract' as const] : [this.settings.langs, this.settings.engine];
    const result = await this.engines.recognize(image, langs, engine, { dpi: options.dpi, signal: options.signal, skew: options.skew, psm: options.psm });
    const text = ocrToPageText(result, { dpi: options.dpi, page: options.page });
    if (result.skew || result.turn) this.frames.set(text, { skew: result.skew, turn: result.turn });
    if (engineFor(langs, engine) !== 'paddle') return text;
    if (cyrillicReadAsLatin(text)) return this.inScript(image, options, text, CYRILLIC_LANGS, withCyrillicSigns);
    if (greekReadAsLatin(text)) return this.inScript(image, options, text, GREEK_LANGS, (page) => page);
    return text;
  }

  /**
   * A page PaddleOCR read as Cyrillic or Greek taken for Latin (ocr-script.ts), read again with tesseract's
   * models of that script (`langs`), the signs they misread given back (`signs`); PaddleOCR's reading when
   * they are not installed, which leaves the page to review as before.
   */
  private async inScript(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal; skew?: number }, latin: PageText, langs: string, signs: (page: PageText) => PageText): Promise<PageText> {
    try {
      return signs(await this.pageText(image, { ...options, tesseract: langs }));
    } catch (error) {
      if (error instanceof InvoicectlError && error.code === 'OCR_FAILED' && error.details?.lang) return latin;
      throw error;
    }
  }

  /** How the page read into `text` was straightened and turned; empty when it was read as it was. */
  frameOf(text: PageText): PageFrame {
    return this.frames.get(text) ?? {};
  }

  async dispose(): Promise<void> {
    await this.engines?.dispose();
    this.engines = undefined;
  }
}
