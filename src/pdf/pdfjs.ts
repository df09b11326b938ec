/**
 * One place that loads pdf.js for Node: the legacy build (Node has no DOMMatrix etc. without it), with
 * cmaps and standard fonts read from the installed package, never downloaded. Only the pdf.js threads
 * (pdfjs-pool.ts) load it: what it and the set-up below change stays in their own globals.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { DEFAULT_MAX_IMAGE_PIXELS } from '../core/page-ranges.js';
import { damageReason, InvoicectlError } from '../core/errors.js';
import { LeanDocument } from './lean/document.js';

/**
 * The installed package's folder of `name` (cmaps, standard_fonts, wasm). Found when a document is opened,
 * not as this module loads: every extract paid for resolving the package (a search of node_modules, its
 * package.json read), and most never open pdf.js.
 */
let pdfjsRoot: string | undefined;
function pdfjsDir(name: string): string {
  pdfjsRoot ??= path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return path.join(pdfjsRoot, name) + path.sep;
}

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjsPromise: Promise<PdfjsModule> | undefined;

/**
 * The legacy build's core-js replaces Array.prototype.push (of its thread) with a JavaScript version
 * (it fixes edge cases of arrays longer than 2^32 on V8 <= 121). That made every push in the process
 * about 2.4x slower and cost extract ~13% of its time; pdf.js does not rely on those edge cases.
 */
const nativePush = Array.prototype.push;
function restoreNativePush(): void {
  // eslint-disable-next-line no-extend-native -- putting back what was there
  if (Array.prototype.push !== nativePush) Array.prototype.push = nativePush;
}

/**
 * pdf.js inflates streams through the web DecompressionStream when there is one; in Node that goes
 * through web streams around zlib and made text extraction ~15% slower than pdf.js's own synchronous
 * inflate, which it falls back to without it. Nothing else here uses DecompressionStream.
 */
function preferSyncInflate(): void {
  (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
}

export function loadPdfjs(): Promise<PdfjsModule> {
  preferSyncInflate();
  pdfjsPromise ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((pdfjs) => {
    restoreNativePush();
    return pdfjs;
  });
  return pdfjsPromise;
}

export type PdfjsDocument = Awaited<ReturnType<PdfjsModule['getDocument']>['promise']>;

/**
 * Opens a PDF with pdf.js. The bytes are copied because pdf.js transfers (detaches) the buffer it is given.
 * `textOnly`: the document will not be rendered (text and attachments only).
 * Maps pdf.js failures onto stable codes: PDF_ENCRYPTED for a password, PDF_CORRUPT otherwise.
 */
export async function openPdfjs(bytes: Uint8Array, options: { password?: string; textOnly?: boolean } = {}): Promise<PdfjsDocument> {
  const doc = await openAsIs(bytes, options);
  // pdf.js believes a page tree's /Count of 0 or 1 (and any it can reach pages for); merge and the lean
  // text reader walk the kids. One page model for every command: the kids' pages.
  const kids = kidPages(bytes);
  if (kids === undefined || kids === doc.numPages) return doc;
  const { withActualPageCounts } = await import('./lazy-pdf.js');
  const repaired = withActualPageCounts(bytes);
  if (repaired === bytes) return doc;
  await doc.destroy();
  return openAsIs(repaired, options);
}

/** The pages the page tree's kids hold, by the lean reader; undefined when it cannot tell (encrypted, damaged). */
function kidPages(bytes: Uint8Array): number | undefined {
  try {
    return new LeanDocument(bytes).pages().length;
  } catch {
    return undefined;
  }
}

async function openAsIs(bytes: Uint8Array, options: { password?: string; textOnly?: boolean }): Promise<PdfjsDocument> {
  const pdfjs = await loadPdfjs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    password: options.password,
    cMapUrl: pdfjsDir('cmaps'),
    cMapPacked: true,
    // The standard 14 fonts' outlines are only needed to draw; their widths are built into pdf.js, so
    // text comes out the same without them, and loading and converting them per document cost ~10%.
    standardFontDataUrl: options.textOnly ? undefined : pdfjsDir('standard_fonts'),
    wasmUrl: pdfjsDir('wasm'),
    isEvalSupported: false,
    // An image XObject over the pixel limit is left out, not decoded: a 20000×30000 JBIG2 image in a
    // 1 KB PDF made pdf.js grow arrays until V8 aborted the whole process (SIGTRAP).
    maxImageSize: DEFAULT_MAX_IMAGE_PIXELS,
    useSystemFonts: false,
    verbosity: 0,
  });
  try {
    const doc = await task.promise;
    restoreNativePush(); // the worker module, loaded with the first document, carries core-js too
    return doc;
  } catch (err) {
    throw pdfjsError(err);
  }
}

/**
 * A pdf.js exception as a stable code: PDF_ENCRYPTED for a password, else PDF_CORRUPT with a reason
 * people understand (pdf.js says "Pages tree contains circular reference.", or overflows the stack on
 * deep nesting); its own exception stays the cause, for logs.
 */
export function pdfjsError(err: unknown): InvoicectlError {
  if (err instanceof InvoicectlError) return err;
  if ((err as { name?: string })?.name === 'PasswordException') {
    return new InvoicectlError('PDF_ENCRYPTED', 'the PDF is encrypted and needs a password', undefined, { cause: err });
  }
  return new InvoicectlError('PDF_CORRUPT', `the PDF cannot be read: ${damageReason(err)}`, undefined, { cause: err });
}
