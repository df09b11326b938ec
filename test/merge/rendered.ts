/** What a merged PDF shows, as other programs read it: poppler's pixels and text. */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Every page rendered by poppler (pdftoppm), one SHA-256 of its pixels per page. At 72 dpi a digit
 * changed in an invoice placed four to a sheet changes the pixels (59 of 60 single-digit changes on a
 * 2x2 sheet of two real invoices; at 12 dpi 23, at 24 dpi 42), and so does a page moved by half a
 * point. Rendering costs about the same CPU at 12 and at 72 dpi (poppler's time goes into reading the
 * content), so the pages are written to files and hashed one by one rather than held in memory.
 */
export function renderedPages(pdf: Uint8Array, dpi = 72): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'invoicectl-rendered-'));
  try {
    execFileSync('pdftoppm', ['-r', String(dpi), '-', path.join(dir, 'page')], { input: pdf, stdio: ['pipe', 'ignore', 'ignore'] });
    // pdftoppm numbers the files with as many digits as the last page has: in page order when sorted.
    return fs.readdirSync(dir).sort().map((f) => createHash('sha256').update(fs.readFileSync(path.join(dir, f))).digest('hex'));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The text poppler finds on every page (pdftotext). */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf, maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'ignore'] }).toString('utf8');
}
