/**
 * What an uploaded ZIP holds, opened with the CLI's rules: the refusal of an archive past the limits
 * (its ZIP_ error) and how many PDFs it holds. Runs on the ZIP check thread, or in process without it
 * (see upload-checks.ts).
 */
import { collectZip, type Limits } from '../../core/inputs.js';

/** What a ZIP holds, as the check saw it. */
export interface ZipCheck {
  refused?: { code: string; message: string };
  pdfs: number;
}

export function checkZipBytes(filename: string, bytes: Uint8Array, limits: Limits): ZipCheck {
  const result = collectZip(filename, bytes, { limits, accept: (name) => name.toLowerCase().endsWith('.pdf') });
  const refused = result.errors.find((e) => e.error.code.startsWith('ZIP_'));
  return { refused: refused ? { code: refused.error.code, message: refused.error.message } : undefined, pdfs: result.files.length };
}
