/**
 * PDF → one PNG or JPEG per page, rendered with pdf.js (src/pdf/render.ts). Pages are rendered and
 * encoded one at a time so memory holds a single page bitmap, whatever the page count.
 */
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { sharedPdfjsPool } from '../pdf/pdfjs-pool.js';
import { renderPdfPages } from '../pdf/render.js';
import { baseNameOf } from './formats.js';
import { DEFAULT_MAX_IMAGE_PIXELS, parsePageRanges } from '../core/page-ranges.js';
import { checkOptions } from './options.js';
import type { ConvertContext, ConvertOptions, ConvertOutput, Converter } from './types.js';

/** Render resolution when imageOptions.dpi is not given: the spec's default 300, scaled by quality. */
const DPI_BY_QUALITY = { low: 96, medium: 150, high: 300, best: 600 } as const;

export interface PdfToImagesOptions extends ConvertOptions {
  /** Called after each page so callers can report progress. */
  onPage?: (page: number, total: number) => void;
}

/** Renders the selected pages of `pdf` to `format` images named <base>-<page>.<ext>. */
export async function pdfToImages(pdf: Uint8Array, name: string, format: 'png' | 'jpg', options: PdfToImagesOptions = {}, ctx: ConvertContext = {}): Promise<ConvertOutput[]> {
  const { onPage, ...convertOptions } = options;
  checkOptions(convertOptions, 'PDF → images', format, ['imageOptions', 'pages', 'maxImagePixels']);
  const requested = options.imageOptions?.format;
  if (requested && (requested === 'png' ? 'png' : 'jpg') !== format) {
    throw new InvoicectlError('INVALID_OPTION', `imageOptions.format ${requested} contradicts the target ${format}`, { option: 'imageOptions.format' });
  }
  if (format === 'png' && options.imageOptions?.quality !== undefined) {
    throw new InvoicectlError('INVALID_OPTION', 'imageOptions.quality applies to JPEG only (PNG is lossless)', { option: 'imageOptions.quality' });
  }
  const dpi = options.imageOptions?.dpi ?? DPI_BY_QUALITY[options.quality ?? 'high'];
  const quality = options.imageOptions?.quality ?? 90;
  const maxPixels = options.maxImagePixels ?? DEFAULT_MAX_IMAGE_PIXELS;

  // Page count and sizes first: resolves "3-" and refuses oversized renders before allocating them.
  const pool = ctx.pdfjs?.() ?? sharedPdfjsPool();
  const sizes = await pool.pageSizes({ bytes: pdf, password: ctx.password }, ctx.signal);
  const pages = options.pages ? parsePageRanges(options.pages, sizes.length) : sizes.map((_, i) => i + 1);
  for (const n of pages) {
    const width = Math.round((sizes[n - 1].width * dpi) / 72);
    const height = Math.round((sizes[n - 1].height * dpi) / 72);
    if (width * height > maxPixels) {
      throw new InvoicectlError('IMAGE_TOO_LARGE', `page ${n} at ${dpi} dpi would be ${width}×${height} pixels, over the limit of ${maxPixels}`, { page: n, dpi, maxImagePixels: maxPixels });
    }
  }

  const base = baseNameOf(name);
  const digits = String(Math.max(...pages)).length;
  const outputs: ConvertOutput[] = [];
  for await (const page of renderPdfPages(pdf, { dpi, pages, password: ctx.password, signal: ctx.signal, pool })) {
    throwIfAborted(ctx.signal);
    const bytes = await page.encode(format === 'png' ? 'png' : 'jpeg', quality);
    outputs.push({ name: `${base}-${String(page.page).padStart(digits, '0')}.${format}`, bytes: new Uint8Array(bytes), mime: format === 'png' ? 'image/png' : 'image/jpeg' });
    onPage?.(outputs.length, pages.length);
  }
  return outputs;
}

export function createPdfToImagesConverter(): Converter {
  return {
    id: 'pdf-to-images',
    engine: 'native',
    from: ['pdf'],
    to: ['png', 'jpg'],
    available: async () => ({ ok: true }),
    async convert(input, to, options, ctx) {
      if (to !== 'png' && to !== 'jpg') throw new InvoicectlError('UNSUPPORTED_CONVERSION', `PDF pages render to png or jpg, not ${to}`, { to });
      return pdfToImages(input.bytes, input.name, to, options, ctx);
    },
  };
}
