/**
 * OCR for extract: one tesseract.js pool per extract run, started on the first page that needs it
 * (a batch of digital PDFs never pays for it) and sized like the batch.
 */
import type { PageText } from '../core/text.js';
import type { OcrPool } from '../ocr/index.js';

export interface OcrSettings {
  /** Tesseract language codes joined by '+', from the @tesseract.js-data packages. */
  langs: string;
  /** Resolution image-only PDF pages are rendered at for OCR. */
  dpi: number;
  /** Pages a worker recognises before it is replaced (tesseract.js leaks otherwise). */
  recycleAfter: number;
}

export class LazyOcr {
  private pool?: OcrPool;

  constructor(
    readonly settings: OcrSettings,
    private readonly concurrency: number,
  ) {}

  /** OCRs a PNG or JPEG page image into positioned text (mm, as a PDF text layer). */
  async pageText(image: Uint8Array, options: { dpi: number; page: number; signal?: AbortSignal }): Promise<PageText> {
    // Loaded on first use: the OCR modules bring pdf-lib and fontkit, which digital PDFs never need.
    const { createOcrPool, ocrToPageText } = await import('../ocr/index.js');
    this.pool ??= createOcrPool({ langs: this.settings.langs, concurrency: this.concurrency, recycleAfter: this.settings.recycleAfter });
    const result = await this.pool.recognize(image, { dpi: options.dpi, signal: options.signal });
    return ocrToPageText(result, { dpi: options.dpi, page: options.page });
  }

  async dispose(): Promise<void> {
    await this.pool?.dispose();
    this.pool = undefined;
  }
}
