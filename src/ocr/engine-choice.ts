/**
 * Which OCR engine reads a page (see engines.ts for why): kept apart from the engines so the CLI and the
 * option checks can use it without loading them.
 */
import { InvoicectlError } from '../core/errors.js';

export type OcrEngineChoice = 'auto' | 'paddle' | 'tesseract';
export const OCR_ENGINE_CHOICES: readonly OcrEngineChoice[] = ['auto', 'paddle', 'tesseract'];

/** Tesseract language codes PaddleOCR's Chinese+English model covers. */
const PADDLE_LANGS = new Set(['chi_sim', 'eng']);

export function checkEngineChoice(value: string): OcrEngineChoice {
  if ((OCR_ENGINE_CHOICES as readonly string[]).includes(value)) return value as OcrEngineChoice;
  throw new InvoicectlError('INVALID_OPTION', `OCR engine must be one of ${OCR_ENGINE_CHOICES.join(', ')}, got "${value}"`, { option: 'ocrEngine' });
}

/** Which engine reads a page in these languages (tesseract codes joined by '+'). */
export function engineFor(langs: string, choice: OcrEngineChoice = 'auto'): 'paddle' | 'tesseract' {
  if (choice !== 'auto') return choice;
  return langs.split('+').every((l) => PADDLE_LANGS.has(l)) ? 'paddle' : 'tesseract';
}
