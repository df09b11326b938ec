/**
 * One error type for the whole library. `code` is stable: scripts, tests and the HTTP API match on it;
 * `message` is for people and may change.
 */
export const ERROR_CODES = [
  // input
  'FILE_NOT_FOUND',
  'FILE_EMPTY',
  'FILE_SIZE_EXCEEDED',
  'INVALID_FILE_TYPE',
  'UNSUPPORTED_FILE_TYPE',
  'PAGE_LIMIT_EXCEEDED',
  'IMAGE_TOO_LARGE',
  'IMAGE_CORRUPT',
  'ZIP_CORRUPT',
  'ZIP_UNSAFE_PATH',
  'ZIP_TOO_MANY_ENTRIES',
  'ZIP_TOO_LARGE',
  'ZIP_UNSUPPORTED_METHOD',
  'ZIP_DUPLICATE_ENTRY',
  'PDF_CORRUPT',
  'PDF_ENCRYPTED',
  'OFD_CORRUPT',
  'XML_CORRUPT',
  'XML_UNSAFE',
  'DUPLICATE_INPUT',
  'NO_USABLE_INPUT',
  // operations
  'OCR_FAILED',
  'EXTRACTION_FAILED',
  'CONVERSION_FAILED',
  'UNSUPPORTED_CONVERSION',
  'INVALID_OPTION',
  'ENGINE_UNAVAILABLE',
  'ENGINE_TIMEOUT',
  'ENGINE_FAILED',
  // configuration and runtime
  'CONFIG_INVALID',
  'CACHE_ERROR',
  'ABORTED',
  'TASK_NOT_FOUND',
  'TASK_TIMEOUT',
  'DATABASE_CORRUPT',
  'INTERNAL_ERROR',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: Record<string, unknown>;
}

export class InvoicectlError extends Error {
  readonly code: ErrorCode;
  readonly details?: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'InvoicectlError';
    this.code = code;
    this.details = details;
  }

  toJSON(): ErrorInfo {
    return this.details ? { code: this.code, message: this.message, details: this.details } : { code: this.code, message: this.message };
  }
}

export function isInvoicectlError(err: unknown): err is InvoicectlError {
  return err instanceof InvoicectlError;
}

/**
 * Refuses a document with more pages than `limit` (limits.maxPages; none when undefined), before its
 * pages are read: reading or rendering thousands of pages is unbounded work for one input. Here, with no
 * imports, so that every reader (the lean PDF reader, pdf-lib, pdf.js, TIFF headers, OFD) can check it.
 */
export function assertPageLimit(name: string, pages: number, limit: number | undefined): void {
  if (limit !== undefined && pages > limit) {
    throw new InvoicectlError('PAGE_LIMIT_EXCEEDED', `${name} has ${pages} pages, over the limit of ${limit}`, { pages, limit });
  }
}

/** Any thrown value as `{code, message}`; unknown failures become INTERNAL_ERROR (or `fallback`). */
export function toErrorInfo(err: unknown, fallback: ErrorCode = 'INTERNAL_ERROR'): ErrorInfo {
  if (err instanceof InvoicectlError) return err.toJSON();
  if (err instanceof Error && err.name === 'AbortError') return { code: 'ABORTED', message: 'aborted' };
  const message = err instanceof Error ? err.message : String(err);
  return { code: fallback, message };
}

/** Throws ABORTED when the signal fired; call between steps of long work. */
export function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw new InvoicectlError('ABORTED', 'the operation was aborted');
}

/**
 * What a parser's own exception (pdf-lib, pdf.js, adm-zip) means for the person whose file it is. Their
 * messages name internals ("Maximum call stack size exceeded", "Cannot read properties of undefined
 * (reading 'Pages')", "ADM-ZIP: Invalid CEN header"); users get one of these reasons, and the exception
 * itself goes along as the error's `cause`, for logs.
 */
export function damageReason(err: unknown, fallback = 'it is damaged or truncated'): string {
  const message = err instanceof Error ? err.message : String(err);
  if (/circular reference/i.test(message)) return 'the page tree loops';
  if (/Maximum call stack size exceeded/.test(message)) return 'its objects nest too deeply';
  if (/ADM-ZIP|Invalid (CEN|LOC|END) header|zip format|header size|compressed size|invalid distance|invalid block|invalid stored/i.test(message)) return 'its ZIP structure is damaged';
  return fallback;
}
