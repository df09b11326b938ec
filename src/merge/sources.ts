/**
 * The documents merge can place: PDF pages, OFD pages (rendered to vector PDF) and images (PNG, JPEG, TIFF). Analysis (type, page sizes)
 * is cached by content, so planning a re-run over the same folder opens nothing; placing then opens
 * each document once, in order, and lets it go.
 */
import { PDFObjectCopier, type PDFDocument, type PDFImage } from 'pdf-lib';
import { Cache } from '../core/cache.js';
import { damageReason, InvoicectlError } from '../core/errors.js';
import type { Limits, LoadedInput } from '../core/inputs.js';
import { firstDamagedObject } from '../pdf/damaged-object.js';
import { embedPageAsForm, pageRotation, visibleBox, type FormPage, type ObjectCopier } from '../pdf/embed-page.js';
import { openPdfPages, readFully, type SourcePdf } from '../pdf/lazy-pdf.js';
import { RawObjectCopier, type RawTarget } from '../pdf/raw-object-copier.js';
import { CACHE_VERSION } from '../version.js';
import { shownSize } from './geometry.js';
import { analysisKey, type DecoderSource, type SourceInfo } from './source-info.js';

export type { DecoderSource, SourceInfo } from './source-info.js';

/** A placeable page in the output document: a form XObject (PDF page) or an image. */
export type Placeable = { kind: 'form'; form: FormPage } | { kind: 'image'; image: PDFImage; width: number; height: number };

/**
 * Type and page sizes of an input. `opened`: the PDF as analysis opened it (not on a cache hit), which
 * placing can use instead of reading and opening the file again.
 */
export async function analyzeSource(input: LoadedInput, limits: Limits, cache: Cache | null, decoder?: DecoderSource): Promise<{ info: SourceInfo; cache: 'HIT' | 'MISS'; opened?: SourcePdf }> {
  let opened: SourcePdf | undefined;
  const build = async () => {
    const { info, pdf } = await analyze(input, limits, cache, decoder);
    opened = input.type === 'pdf' ? pdf : undefined;
    return info;
  };
  if (!cache) return { info: await build(), cache: 'MISS', opened };
  const { value, status } = await cache.getOrBuildJson('merge-analyze', analysisKey(input.sha256, limits), build);
  return { info: value, cache: status, opened };
}

/** An OFD as PDF, cached by content: analysing and placing it then convert it once. */
export async function ofdAsPdf(input: LoadedInput, limits: Limits, cache: Cache | null, decoder?: DecoderSource): Promise<Uint8Array> {
  // Loaded on demand: the OFD renderer and its XML parser are not needed for a folder of PDFs.
  const { ofdToPdf } = await import('../ofd/to-pdf.js');
  // The page count and image sizes are checked while the OFD is parsed, before anything is drawn.
  const ofdLimits = { maxPages: limits.maxPages, maxImagePixels: limits.maxImagePixels };
  const convert = async () => ofdToPdf(input.bytes, { limits: ofdLimits, decoder: await decoder?.() });
  if (!cache) return convert();
  const key = Cache.key({ input: input.sha256, operation: 'ofd-pdf', options: ofdLimits, version: CACHE_VERSION });
  return (await cache.getOrBuild('ofd-pdf', key, convert)).value;
}

async function analyze(input: LoadedInput, limits: Limits, cache: Cache | null, decoder?: DecoderSource): Promise<{ info: SourceInfo; pdf?: SourcePdf }> {
  const { type, file } = input;
  const bytes = type === 'ofd' ? await ofdAsPdf(input, limits, cache, decoder) : input.bytes;
  if (type === 'pdf' || type === 'ofd') {
    const pdf = await openPdfPages(bytes, file.name, limits.maxPages);
    const pages = pdf.pages.map(({ node }) => shownSize(visibleBox(node), pageRotation(node)));
    return { info: { type, pages }, pdf };
  }
  if (type === 'png' || type === 'jpeg' || type === 'tiff') {
    const { imagePageSizes } = await import('./images.js');
    return { info: { type, pages: imagePageSizes(bytes, type, file.name, limits) } };
  }
  throw new InvoicectlError('UNSUPPORTED_FILE_TYPE', `${file.name}: merge places PDF, OFD and image files, not ${type.toUpperCase()}`);
}

/**
 * Brings the pages of one input into the output document. Objects the pages use are written to `target`
 * as their original bytes when the lean reader could read the file, else copied through pdf-lib.
 */
export async function embedSource(out: PDFDocument, target: RawTarget, input: LoadedInput, limits: Limits, cache: Cache | null, opened?: SourcePdf, decoder?: DecoderSource): Promise<Placeable[]> {
  const { bytes, type, file } = input;
  if (type === 'pdf' || type === 'ofd') {
    const pdf = type === 'ofd' ? await ofdAsPdf(input, limits, cache, decoder) : bytes;
    const src = opened ?? (await openPdfPages(pdf, file.name));
    if (src.raw) {
      try {
        return embedPages(out, new RawObjectCopier(src.raw, target, out.context), src);
      } catch {
        // An object the cross-reference data misplaces shows only when it is copied. What was already
        // copied stays in the output unreferenced; pdf-lib's full parse, which scans the file, tries again.
      }
    }
    const full = src.raw ? await readFully(pdf, file.name) : src;
    const damaged = firstDamagedObject(full.context, full.pages.map((p) => p.node));
    if (damaged) throw new InvoicectlError('PDF_CORRUPT', `${file.name} is not a readable PDF: object ${damaged.objectNumber} of its pages is damaged`);
    try {
      return embedPages(out, PDFObjectCopier.for(full.context, out.context), full);
    } catch (err) {
      // pdf-lib's own exception ("Bad encoding in flate stream", "Expected instance of PDFDict") is the
      // file's damage, said in its terms; the exception stays the cause, for logs.
      if (err instanceof InvoicectlError) throw err;
      throw new InvoicectlError('PDF_CORRUPT', `${file.name} is not a readable PDF: ${damageReason(err, 'a page or an object it uses is damaged')}`, undefined, { cause: err });
    }
  }
  const { embedImages } = await import('./images.js');
  const images = await embedImages(out, bytes, type, file.name);
  return images.map((image) => ({ kind: 'image' as const, image, width: image.width, height: image.height }));
}

function embedPages(out: PDFDocument, copier: ObjectCopier, src: SourcePdf): Placeable[] {
  return src.pages.map((page) => ({ kind: 'form' as const, form: embedPageAsForm(out, copier, page) }));
}
