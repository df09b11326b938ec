/** Test inputs built with the real engines, and content probes for the outputs. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';

/** Runs `fn` in a fresh temp dir and removes it afterwards. */
export function inTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'invoicectl-test-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A DOCX made by pandoc from Markdown; `files` are written beside it first (images it references). */
export function docxFromMarkdown(markdown: string, files: Record<string, Uint8Array> = {}, to = 'docx'): Uint8Array {
  return inTempDir((dir) => {
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    writeFileSync(path.join(dir, 'in.md'), markdown);
    execFileSync('pandoc', ['in.md', '-f', 'markdown', '-t', to, '-o', `out.${to}`], { cwd: dir });
    return new Uint8Array(readFileSync(path.join(dir, `out.${to}`)));
  });
}

/** Raw OOXML page break for pandoc Markdown → DOCX. */
export const DOCX_PAGE_BREAK = '\n```{=openxml}\n<w:p><w:r><w:br w:type="page"/></w:r></w:p>\n```\n';

/** Text of a PDF via poppler's pdftotext (layout-free). */
export function pdfText(pdf: Uint8Array): string {
  return execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
}

/** Page sizes in PDF points. */
export async function pdfPageSizes(pdf: Uint8Array): Promise<{ width: number; height: number }[]> {
  const doc = await PDFDocument.load(pdf);
  return doc.getPages().map((p) => p.getSize());
}

/** Whether a PDF starts like one. */
export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';
}

/** Processes whose command line contains `needle` (pgrep -f), excluding pgrep itself. */
export function processesMatching(needle: string): string[] {
  try {
    return execFileSync('pgrep', ['-af', needle]).toString().trim().split('\n').filter((l) => l && !l.includes('pgrep'));
  } catch {
    return []; // pgrep exits 1 when nothing matches
  }
}
