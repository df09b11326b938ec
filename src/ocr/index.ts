/** OCR: tesseract.js worker pool, OCR → positioned text, QR decoding, searchable PDFs. */
export {
  OcrPool,
  createOcrPool,
  type OcrBBox,
  type OcrLine,
  type OcrModel,
  type OcrPoolOptions,
  type OcrPoolStats,
  type OcrResult,
  type OcrWord,
  type RecognizeOptions,
} from './pool.js';
export { ocrToPageText, type OcrToPageTextOptions } from './to-page-text.js';
export { decodeQr } from './qr.js';
export { buildSearchablePdf, addTextLayerToPdf, type SearchablePage, type OcrForPage, type AddTextLayerResult } from './searchable-pdf.js';
export { normalizeCjkSpacing, hasCjk } from './cjk.js';
export { parseTesseractTsv } from './tsv.js';
