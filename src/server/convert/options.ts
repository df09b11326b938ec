/**
 * convert-api.md's ConvertOptions onto the library's. What no converter can honour is refused with
 * E00002 naming the option, never dropped: embedFonts false (PDF output always embeds fonts, so true is
 * accepted as what happens anyway), PDF encryption passwords, wordOptions, excelOptions and
 * customSettings. Options a particular conversion path cannot apply are refused by the library itself
 * (INVALID_OPTION naming the option → E00002).
 */
import type { ConvertOptions } from '../../convert/types.js';
import { ConvertApiError, E } from './errors.js';

export interface SpecOptions extends ConvertOptions {
  pdfOptions?: ConvertOptions['pdfOptions'] & { embedFonts?: boolean; password?: string };
  wordOptions?: Record<string, unknown>;
  excelOptions?: Record<string, unknown>;
  customSettings?: Record<string, unknown>;
}

export function libraryOptions(options: SpecOptions = {}): ConvertOptions {
  const refuse = (option: string, why: string) => {
    throw new ConvertApiError(E.BAD_PARAMETER, `options.${option}: ${why}`, { option });
  };
  const { pdfOptions, wordOptions, excelOptions, customSettings, ...rest } = options;
  if (wordOptions !== undefined) refuse('wordOptions', 'not supported by any converter here');
  if (excelOptions !== undefined) refuse('excelOptions', 'not supported by any converter here');
  if (customSettings !== undefined) refuse('customSettings', 'not supported by any converter here');
  if (pdfOptions?.password !== undefined) refuse('pdfOptions.password', 'PDF encryption is not supported');
  if (pdfOptions?.embedFonts === false) refuse('pdfOptions.embedFonts', 'PDF output always embeds its fonts');
  const { embedFonts: _always, password: _never, ...pdf } = pdfOptions ?? {};
  return { ...rest, ...(pdfOptions ? { pdfOptions: pdf } : {}) };
}
