/** The public library API: the operations the CLI and the server call. */
export { merge, type MergeOptions, type MergeResult, type MergeDocument, type MergeProgress } from './api/merge.js';
export { extract, type ExtractOptions, type ExtractSummary } from './api/extract.js';
export { validate, PROFILES, type ValidateOptions, type ValidateResult, type ValidateSummary, type Finding, type Profile } from './api/validate.js';
export { processInvoices, PROCESSED_FILES, type ProcessInvoicesOptions, type ProcessInvoicesResult } from './api/process-invoices.js';
export { resultFormatter, type ExtractFormat } from './extract/output.js';
export type { ExtractResult, Invoice, Party, LineItem, Check, DocumentType } from './invoice/model.js';
export { convert, conversionMatrix, type ConvertRequest, type ConvertResult, type ConvertedFile, type ConvertedOutput, type ConvertTarget } from './api/convert.js';
export { createDefaultRegistry, ConversionRegistry, disposeConverters, type ConversionPath, type ConvertOptions, type Converter } from './convert/index.js';
export { Cache, type CacheStats, type CacheStatus } from './core/cache.js';
export { createRuntime, type Runtime, type RuntimeOptions } from './runtime.js';
export { InvoicectlError, ERROR_CODES, type ErrorCode, type ErrorInfo } from './core/errors.js';
export { collectInputs, loadInput, type InputSpec, type InputFile, type BytesInput } from './core/inputs.js';
export { loadConfig } from './config/load.js';
export { defaultConfig, type Config } from './config/defaults.js';
export { VERSION } from './version.js';
