/**
 * OCR for extract: the OCR layer (src/ocr/engines.ts) per extract run, started on the first page that
 * needs it (a batch of digital PDFs never pays for it) and sized like the batch.
 */
import type { PageText } from '../core/text.js';
import type { OcrEngineChoice } from '../ocr/engine-choice.js';
import type { OcrEngines, PaddleRecognizer } from '../ocr/engines.js';

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

export class LazyOcr {
  private engines?: OcrEngines;
  /** The skew each page was straightened by before reading (its items' boxes are in the straightened image). */
  private readonly skews = new WeakMap<PageText, number>();

  constructor(
    readonly settings: OcrSettings,
    private readonly concurrency: number,
    /** The PaddleOCR engine (its runtime's); default: the process's shared one. */
    private readonly paddle?: () => Promise<PaddleRecognizer>,
  ) {}

  /** OCRs a PNG or JPEG page image into positioned text (mm, as a PDF text layer). */
  /** `skew`: the image's skew when already measured (RecognizeOptions.skew). */
  async pageText(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal; skew?: number }): Promise<PageText> {
    // Loaded on first use: the OCR modules bring pdf-lib, fontkit and ONNX Runtime, which digital PDFs never need.
    const [{ OcrEngines }, { ocrToPageText }] = await Promise.all([import('../ocr/engines.js'), import('../ocr/to-page-text.js')]);
    this.engines ??= new OcrEngines({ concurrency: this.concurrency, recycleAfter: this.settings.recycleAfter, paddle: this.paddle });
    const result = await this.engines.recognize(image, this.settings.langs, this.settings.engine, { dpi: options.dpi, signal: options.signal, skew: options.skew });
    const text = ocrToPageText(result, { dpi: options.dpi, page: options.page });
    if (result.skew) this.skews.set(text, result.skew);
    return text;
  }

  /** Degrees (clockwise) the page read into `text` was straightened by; undefined when it was read as it was. */
  skewOf(text: PageText): number | undefined {
    return this.skews.get(text);
  }

  async dispose(): Promise<void> {
    await this.engines?.dispose();
    this.engines = undefined;
  }
}
