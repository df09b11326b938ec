/** OCR: tesseract.js worker pool, OCR → positioned text, QR decoding, searchable PDFs. */
export {
  OcrPool,
  createOcrPool,
  type OcrModel,
  type OcrPoolOptions,
  type OcrPoolStats,
  type RecognizeOptions,
} from './tesseract/pool.js';
export type { OcrBBox, OcrLine, OcrResult, OcrWord } from './types.js';
export { ocrToPageText, type OcrToPageTextOptions } from './to-page-text.js';
export { decodeQr } from './qr.js';
export { buildSearchablePdf, addTextLayerToPdf, type SearchablePage, type OcrForPage, type AddTextLayerResult } from './searchable-pdf.js';
export { normalizeCjkSpacing, hasCjk } from './cjk.js';
export { parseTesseractTsv } from './tesseract/tsv.js';
