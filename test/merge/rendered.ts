/** What a merged PDF shows, as other programs read it: poppler's pixels and text. */
import { execFileSync } from 'node:child_process';

/** Every page rendered by poppler (pdftoppm), the PPMs one after another. */
export function renderedPages(pdf: Uint8Array, dpi = 24): Buffer {
  return execFileSync('pdftoppm', ['-r', String(dpi), '-'], { input: pdf, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'ignore'] });
}

/** The text poppler finds on every page (pdftotext). */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] }).toString('utf8');
}
