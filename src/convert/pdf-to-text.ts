/**
 * PDF → plain text, Markdown or JSON from the PDF's text layer (no OCR: a scanned page yields nothing).
 * The text is put in reading order (columns, paragraphs, headings: src/convert/text/) and written
 * by src/convert/text/render.ts. Formats:
 * - txt: a paragraph per line, blank lines between paragraphs, a form feed between pages;
 * - md: headings (#..### by font size), paragraphs, lists;
 * - json: { units, pages: [{ page, width, height, lines: [{ text, x, y, width, height, fontSize, bold }],
 *   blocks: [{ type, level?, marker?, text, lines }] }] } with positions in mm and font sizes in pt.
 */
import { damageReason, InvoicectlError, throwIfAborted } from '../core/errors.js';
import { sharedPdfjsPool } from '../pdf/pdfjs-pool.js';
import { baseNameOf, mimeOf } from './formats.js';
import { checkOptions } from './options.js';
import { buildDocument } from './text/document.js';
import { toJson, toMarkdown, toPlainText } from './text/render.js';
import type { ConvertContext, ConvertOptions, ConvertOutput, Converter } from './types.js';

export type TextFormat = 'txt' | 'md' | 'json';

const TARGETS: readonly string[] = ['txt', 'md', 'json'];

/** Converts `pdf` to one text output named <base>.<format>. Only `pages` is honoured. */
export async function pdfToText(pdf: Uint8Array, name: string, format: TextFormat, options: ConvertOptions = {}, ctx: ConvertContext = {}): Promise<ConvertOutput> {
  checkOptions(options, 'PDF → text', format, ['pages']);
  throwIfAborted(ctx.signal);
  const pages = await (ctx.pdfjs?.() ?? sharedPdfjsPool())
    // fonts: bold is what marks same-size headings
    .pageText({ bytes: pdf, fonts: true, pages: options.pages }, ctx.signal)
    .catch((err: unknown) => {
    // openPdfjs maps load failures; a PDF that opens but breaks inside a page is corrupt too.
    if (err instanceof InvoicectlError) throw err;
    throw new InvoicectlError('PDF_CORRUPT', `the PDF cannot be read: ${damageReason(err)}`, undefined, { cause: err });
  });
  throwIfAborted(ctx.signal);
  const doc = buildDocument(pages);
  const text = format === 'md' ? toMarkdown(doc) : format === 'json' ? toJson(doc) : toPlainText(doc);
  return { name: `${baseNameOf(name)}.${format}`, bytes: new TextEncoder().encode(text), mime: mimeOf(format) };
}

export function createPdfToTextConverter(): Converter {
  return {
    id: 'pdf-to-text',
    engine: 'native',
    from: ['pdf'],
    to: [...TARGETS],
    available: async () => ({ ok: true }),
    async convert(input, to, options, ctx) {
      if (!TARGETS.includes(to)) throw new InvoicectlError('UNSUPPORTED_CONVERSION', `PDF text converts to txt, md or json, not ${to}`, { to });
      return [await pdfToText(input.bytes, input.name, to as TextFormat, options, ctx)];
    },
  };
}
