/** Document conversion: converters behind one interface, the matrix that chains them, and helpers. */
export type { Converter, ConvertContext, ConvertInput, ConvertOptions, ConvertOutput, EngineAvailability, EngineName, PageSizeName } from './types.js';
export {
  ConversionRegistry,
  convertDocument,
  createDefaultRegistry,
  disposeConverters,
  findPath,
  getDefaultRegistry,
  listConversions,
  registerConverter,
  type ConversionPath,
  type ConversionPlan,
  type ConversionStep,
  type DefaultRegistryOptions,
} from './matrix.js';
export { createLibreOfficeConverter, type LibreOfficeConverter } from './libreoffice.js';
export { LIBREOFFICE_INSTALL_HINT, SofficePool, type SofficeJob, type SofficePoolOptions } from './soffice-pool.js';
export { createPandocConverter, PANDOC_INSTALL_HINT } from './pandoc.js';
export { createImagesToPdfConverter, imagesToPdf } from './images-to-pdf.js';
export { createPdfToImagesConverter, pdfToImages } from './pdf-to-images.js';
export { createPdfToTextConverter, pdfToText } from './pdf-to-text.js';
export { createOfdToPdfConverter } from './ofd-to-pdf.js';
export { createOcrConverter, tesseractLanguages, OCR_DEFAULT_LANGUAGE, type OcrConverter, type OcrConverterOptions } from './ocr-pdf.js';
export { collectSources, detectFormat, type ConvertSource } from './sources.js';
export { baseNameOf, formatOfName, mimeOf, normalizeFormat } from './formats.js';
export { PAGE_SIZES_MM } from './options.js';
export { parsePageRanges } from '../core/page-ranges.js';
