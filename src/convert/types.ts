/**
 * The one interface every conversion path implements, whatever engine sits behind it (pure JS,
 * LibreOffice, pandoc). The registry in matrix.ts only ever sees this shape.
 */
import type { ImageDecoder } from '../core/image/image-decoder.js';
import type { PdfjsPool } from '../pdf/pdfjs-pool.js';

/** 'tesseract' is tesseract.js (WebAssembly, in-process), named apart because it has its own data and version. */
export type EngineName = 'native' | 'libreoffice' | 'pandoc' | 'tesseract';

export type PageSizeName = 'A4' | 'A3' | 'B5' | 'Letter' | 'Legal';

/**
 * The spec's conversion options (convert-api.md §3.3.3), as far as a converter can act on them.
 * Everything here may change the output, so all of it belongs in a cache key; run-time knobs that do
 * not (signal, timeout) live in ConvertContext instead.
 */
export interface ConvertOptions {
  /** A hint every converter accepts; engines that have quality knobs map it (PDF image quality, dpi). */
  quality?: 'low' | 'medium' | 'high' | 'best';
  /**
   * Make the result searchable: the registry routes the conversion through the OCR converter (the one
   * with `ocr: true`); every other converter refuses `true` with INVALID_OPTION.
   */
  ocrEnabled?: boolean;
  /** Spec codes ('zh_CN', 'en') or tesseract codes ('chi_sim', 'eng'). */
  ocrLanguage?: string[];
  /** 'fit' = page the size of the content (images → PDF only). */
  pageSize?: PageSizeName | 'fit';
  /** 'auto' follows the content's aspect ratio (images → PDF only). */
  orientation?: 'portrait' | 'landscape' | 'auto';
  /** Millimetres. */
  margins?: { top?: number; right?: number; bottom?: number; left?: number };
  imageOptions?: {
    format?: 'jpg' | 'jpeg' | 'png';
    /** JPEG quality 1..100. */
    quality?: number;
    /** Render resolution for PDF → images (default 300 as the spec says); assumed image dpi for 'fit'. */
    dpi?: number;
  };
  pdfOptions?: {
    compression?: 'none' | 'low' | 'medium' | 'high';
  };
  /** Page selection such as "1-3,5" (1-based, "7-" = 7 to the end). */
  pages?: string;
  /** Keep intermediate artefacts in the output where a converter has them (DOCX → LaTeX package). */
  debug?: boolean;
  /** Refuse images above this many pixels (IMAGE_TOO_LARGE). Default 100 million. */
  maxImagePixels?: number;
  /** E-invoice targets (xrechnung, ubl, cii, facturx): business terms given by the user, `{ 'BT-10': '04011000-1234-56' }`. */
  einvoice?: { set?: Record<string, string> };
}

export interface ConvertInput {
  bytes: Uint8Array;
  /** File name; its base name names the outputs and its extension is the default source format. */
  name: string;
}

export interface ConvertOutput {
  name: string;
  bytes: Uint8Array;
  mime: string;
}

export interface ConvertContext {
  signal?: AbortSignal;
  /**
   * Time limit of each step in ms (ENGINE_TIMEOUT): from when the engine takes the job for a converter
   * that `enforcesTimeout` (a pool's queue and an engine's start not counted), else from the step's start,
   * less the time its pages wait in an OCR engine's queue (`queued`).
   * Engines have their own default.
   */
  timeoutMs?: number;
  /**
   * For a step the registry times: call it when the step's work joins the queue of an engine that other
   * conversions share (OCR threads), and call what it returns when the engine takes the work. The limit
   * stands still in between.
   */
  queued?: () => () => void;
  /** Opens an encrypted source PDF (converters that read PDFs with pdf.js). Never changes the output. */
  password?: string;
  /** A runtime's pdf.js pool (page counts, text, rendering); absent (no runtime): the process's own. */
  pdfjs?: () => PdfjsPool;
  /** A runtime's image decoder; absent: the process's own. */
  imageDecoder?: () => Promise<ImageDecoder>;
  /**
   * The request's page and image limits, for converters that parse a container as they convert (OFD):
   * they check them while parsing, before any page is drawn, instead of a second parse beforehand.
   */
  limits?: { maxPages?: number; maxImagePixels?: number };
}

export interface EngineAvailability {
  ok: boolean;
  version?: string;
  /** How to make it available (an install command) when `ok` is false. */
  hint?: string;
}

export interface Converter {
  /** Stable id, e.g. 'libreoffice', 'pandoc', 'images-to-pdf'. */
  id: string;
  /** Source formats (normalised codes: docx, xlsx, md, png, jpg, tiff, pdf, ...). */
  from: string[];
  /** Target formats. Not every from×to pair need be valid: see `supports`. */
  to: string[];
  engine: EngineName;
  /**
   * An OCR converter: used only when options.ocrEnabled is set, and then always (see
   * ConversionRegistry.plan). It produces PDF.
   */
  ocr?: boolean;
  /**
   * Reads the text out of a laid-out document (PDF → txt/md/json). A chain may start or end with it but
   * not pass through it after another step: csv → pdf → txt → docx is nobody's idea of a conversion,
   * while pdf → md → docx (text and headings into Word) is. From an image it needs OCR first.
   */
  extractsText?: boolean;
  /** Optional finer filter when not every from×to pair works (e.g. no spreadsheet → docx). */
  supports?(from: string, to: string): boolean;
  /** Applies `ctx.timeoutMs` itself from when its engine takes the job; the registry times the other steps. */
  enforcesTimeout?: boolean;
  available(): Promise<EngineAvailability>;
  convert(input: ConvertInput, to: string, options: ConvertOptions, ctx: ConvertContext): Promise<ConvertOutput[]>;
  /** Releases processes or other resources the converter holds (LibreOffice pool). */
  dispose?(): Promise<void>;
}
