/**
 * One place that loads pdf.js for Node: the legacy build (Node has no DOMMatrix etc. without it), with
 * cmaps and standard fonts read from the installed package, never downloaded.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';

const require = createRequire(import.meta.url);
const pdfjsRoot = path.dirname(require.resolve('pdfjs-dist/package.json'));

export const PDFJS_CMAP_DIR = path.join(pdfjsRoot, 'cmaps') + path.sep;
export const PDFJS_STANDARD_FONT_DIR = path.join(pdfjsRoot, 'standard_fonts') + path.sep;
export const PDFJS_WASM_DIR = path.join(pdfjsRoot, 'wasm') + path.sep;

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | undefined;

export function loadPdfjs(): Promise<PdfjsModule> {
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsPromise;
}

export type PdfjsDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;

/**
 * Opens a PDF with pdf.js. The bytes are copied because pdf.js transfers (detaches) the buffer it is given.
 * Maps pdf.js failures onto stable codes: PDF_ENCRYPTED for a password, PDF_CORRUPT otherwise.
 */
export async function openPdfjs(bytes: Uint8Array, options: { password?: string } = {}): Promise<PdfjsDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    cMapUrl: PDFJS_CMAP_DIR,
    cMapPacked: true,
    standardFontDataUrl: PDFJS_STANDARD_FONT_DIR,
    wasmUrl: PDFJS_WASM_DIR,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    return await task.promise;
  } catch (err) {
    const name = (err as { name?: string })?.name;
    if (name === 'PasswordException') {
      throw new InvoicectlError('PDF_ENCRYPTED', 'the PDF is encrypted and needs a password', undefined, { cause: err });
    }
    throw new InvoicectlError('PDF_CORRUPT', `the PDF cannot be read: ${(err as Error)?.message ?? err}`, undefined, { cause: err });
  }
}
