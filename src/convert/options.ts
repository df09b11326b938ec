/**
 * Option checking shared by the converters: each converter says which options it honours, and anything
 * else that is set is refused with INVALID_OPTION rather than silently ignored (a caller who asked for
 * landscape pages must not get portrait ones without being told).
 */
import { InvoicectlError } from '../core/errors.js';
import { parsePageRanges } from '../core/page-ranges.js';
import type { ConvertOptions, PageSizeName } from './types.js';


export type OptionKey = Exclude<keyof ConvertOptions, 'quality' | 'debug' | 'ocrLanguage'>;

/** ISO 216 / US paper sizes in millimetres, portrait. */
export const PAGE_SIZES_MM: Record<PageSizeName, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
  B5: { width: 176, height: 250 },
  Letter: { width: 215.9, height: 279.4 },
  Legal: { width: 215.9, height: 355.6 },
};

export const MM_TO_PT = 72 / 25.4;

function invalid(message: string, details?: Record<string, unknown>): never {
  throw new InvoicectlError('INVALID_OPTION', message, details);
}

/**
 * Validates option values and refuses options this converter cannot honour. `quality`, `debug` and
 * `ocrLanguage` are hints every converter accepts (the spec sends quality by default); `ocrEnabled: true`
 * is refused unless allowed: only the OCR converter allows it.
 */
export function checkOptions(options: ConvertOptions, converter: string, to: string, allowed: readonly OptionKey[]): void {
  validateValues(options);
  const set = (Object.keys(options) as (keyof ConvertOptions)[]).filter((k) => {
    const v = options[k];
    if (v === undefined) return false;
    if (k === 'ocrEnabled') return v === true;
    return !['quality', 'debug', 'ocrLanguage'].includes(k);
  }) as OptionKey[];
  const refused = set.filter((k) => !allowed.includes(k));
  if (refused.length > 0) {
    invalid(`${converter} cannot honour ${refused.join(', ')} when converting to ${to}` +
      (allowed.length ? ` (it supports: ${allowed.join(', ')})` : ''), { converter, to, options: refused, supported: [...allowed] });
  }
}

function validateValues(o: ConvertOptions): void {
  if (o.quality !== undefined && !['low', 'medium', 'high', 'best'].includes(o.quality)) invalid(`quality must be low, medium, high or best, not ${String(o.quality)}`);
  if (o.pageSize !== undefined && o.pageSize !== 'fit' && !(o.pageSize in PAGE_SIZES_MM)) {
    invalid(`pageSize must be one of ${[...Object.keys(PAGE_SIZES_MM), 'fit'].join(', ')}, not ${String(o.pageSize)}`);
  }
  if (o.orientation !== undefined && !['portrait', 'landscape', 'auto'].includes(o.orientation)) invalid(`orientation must be portrait, landscape or auto, not ${String(o.orientation)}`);
  for (const [side, mm] of Object.entries(o.margins ?? {})) {
    if (mm !== undefined && (typeof mm !== 'number' || !Number.isFinite(mm) || mm < 0 || mm > 500)) invalid(`margins.${side} must be 0..500 mm, not ${String(mm)}`);
  }
  const img = o.imageOptions;
  if (img?.format !== undefined && !['jpg', 'jpeg', 'png'].includes(img.format)) invalid(`imageOptions.format must be jpg or png, not ${String(img.format)}`);
  if (img?.quality !== undefined && !(Number.isInteger(img.quality) && img.quality >= 1 && img.quality <= 100)) invalid(`imageOptions.quality must be an integer 1..100, not ${String(img.quality)}`);
  if (img?.dpi !== undefined && !(typeof img.dpi === 'number' && img.dpi >= 10 && img.dpi <= 2400)) invalid(`imageOptions.dpi must be 10..2400, not ${String(img.dpi)}`);
  const c = o.pdfOptions?.compression;
  if (c !== undefined && !['none', 'low', 'medium', 'high'].includes(c)) invalid(`pdfOptions.compression must be none, low, medium or high, not ${String(c)}`);
  if (o.pages !== undefined) parsePageRanges(o.pages); // syntax only; bounds are checked against the document
  if (o.maxImagePixels !== undefined && !(Number.isInteger(o.maxImagePixels) && o.maxImagePixels > 0)) invalid('maxImagePixels must be a positive integer');
}

