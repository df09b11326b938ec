/**
 * Office documents → PDF and office ↔ office through LibreOffice (the pool in soffice-pool.ts).
 *
 * Filters are named explicitly on both sides: on load so a damaged DOCX fails instead of being
 * "rescued" by LibreOffice's type detection as a plain-text document full of ZIP bytes, and on store so
 * the result never depends on which application the document happened to open in.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InvoicectlError } from '../core/errors.js';
import { baseNameOf, formatOfName, mimeOf } from './formats.js';
import { checkOptions, PAGE_SIZES_MM, type OptionKey } from './options.js';
import { runProcess } from './process.js';
import { LIBREOFFICE_INSTALL_HINT, SofficePool, type SofficeJob, type SofficePoolOptions, type SofficeRunner } from './soffice-pool.js';
import type { ConvertOptions, Converter, EngineAvailability, PageSizeName } from './types.js';
import { makeTempDir, removeTemp } from '../core/temp-files.js';

type Family = 'writer' | 'calc' | 'impress';

/** Import filter (and options) per source format. CSV options: comma, double quote, UTF-8, from row 1. */
const SOURCES: Record<string, { family: Family; filter: string; options?: string }> = {
  docx: { family: 'writer', filter: 'MS Word 2007 XML' },
  doc: { family: 'writer', filter: 'MS Word 97' },
  odt: { family: 'writer', filter: 'writer8' },
  rtf: { family: 'writer', filter: 'Rich Text Format' },
  html: { family: 'writer', filter: 'HTML (StarWriter)' },
  txt: { family: 'writer', filter: 'Text (encoded)', options: 'UTF8' },
  xlsx: { family: 'calc', filter: 'Calc MS Excel 2007 XML' },
  xls: { family: 'calc', filter: 'MS Excel 97' },
  ods: { family: 'calc', filter: 'calc8' },
  csv: { family: 'calc', filter: 'Text - txt - csv (StarCalc)', options: '44,34,76,1' },
  pptx: { family: 'impress', filter: 'Impress MS PowerPoint 2007 XML' },
  ppt: { family: 'impress', filter: 'MS PowerPoint 97' },
  odp: { family: 'impress', filter: 'impress8' },
};

/** Export filter per family and target format. */
const TARGETS: Record<Family, Record<string, { filter: string; options?: string }>> = {
  writer: {
    pdf: { filter: 'writer_pdf_Export' },
    docx: { filter: 'MS Word 2007 XML' },
    doc: { filter: 'MS Word 97' },
    odt: { filter: 'writer8' },
    rtf: { filter: 'Rich Text Format' },
    txt: { filter: 'Text (encoded)', options: 'UTF8' },
  },
  calc: {
    pdf: { filter: 'calc_pdf_Export' },
    xlsx: { filter: 'Calc MS Excel 2007 XML' },
    xls: { filter: 'MS Excel 97' },
    ods: { filter: 'calc8' },
    // Export tokens: comma, ", UTF-8, -, -, language, quote only where needed, -, cells as shown.
    csv: { filter: 'Text - txt - csv (StarCalc)', options: '44,34,76,1,,0,false,true,true' },
  },
  impress: {
    pdf: { filter: 'impress_pdf_Export' },
    pptx: { filter: 'Impress MS PowerPoint 2007 XML' },
    ppt: { filter: 'MS PowerPoint 97' },
    odp: { filter: 'impress8' },
  },
};

const unique = (xs: string[]) => [...new Set(xs)];

/** PDF export settings (LibreOffice "FilterData") from the spec's quality and compression options. */
function pdfFilterData(options: ConvertOptions): Record<string, string | number | boolean> {
  const presets: Record<string, Record<string, string | number | boolean>> = {
    low: { Quality: 50, ReduceImageResolution: true, MaxImageResolution: 150 },
    medium: { Quality: 75, ReduceImageResolution: true, MaxImageResolution: 300 },
    high: { Quality: 90 },
    best: { UseLosslessCompression: true },
  };
  const compression: Record<string, Record<string, string | number | boolean>> = {
    none: { UseLosslessCompression: true },
    low: { Quality: 95 },
    medium: { Quality: 80, ReduceImageResolution: true, MaxImageResolution: 300 },
    high: { Quality: 60, ReduceImageResolution: true, MaxImageResolution: 150 },
  };
  // Explicit compression says more about the images than the general quality hint, so it wins.
  const data = { ...(options.pdfOptions?.compression ? compression[options.pdfOptions.compression] : presets[options.quality ?? 'high']) };
  if (options.pages) data.PageRange = options.pages;
  return data;
}

/** Page style changes (1/100 mm) for Writer and Calc, or undefined when nothing is asked. */
function pageChange(options: ConvertOptions): SofficeJob['page'] {
  const page: NonNullable<SofficeJob['page']> = {};
  if (options.pageSize && options.pageSize !== 'fit') {
    const { width, height } = PAGE_SIZES_MM[options.pageSize as PageSizeName];
    page.width = Math.round(width * 100);
    page.height = Math.round(height * 100);
    page.landscape = false;
  }
  if (options.orientation && options.orientation !== 'auto') page.landscape = options.orientation === 'landscape';
  if (options.margins) {
    page.margins = {};
    for (const [side, mm] of Object.entries(options.margins)) if (mm !== undefined) page.margins[side as 'top'] = Math.round(mm * 100);
  }
  return Object.keys(page).length ? page : undefined;
}

export interface LibreOfficeConverter extends Converter {
  readonly pool: SofficeRunner;
  dispose(): Promise<void>;
}

/** A Converter over a LibreOffice pool (a new pool from `pool` options, or one you pass: a SofficePool, or one in another thread). */
export function createLibreOfficeConverter(pool: SofficeRunner | SofficePoolOptions = {}): LibreOfficeConverter {
  const thePool = 'run' in pool ? pool : new SofficePool(pool);
  let version: Promise<string | undefined> | undefined;

  return {
    id: 'libreoffice',
    engine: 'libreoffice',
    pool: thePool,
    enforcesTimeout: true,
    from: Object.keys(SOURCES),
    to: unique(Object.values(TARGETS).flatMap((t) => Object.keys(t))),

    supports(from, to) {
      const src = SOURCES[from];
      return !!src && from !== to && to in TARGETS[src.family];
    },

    async available(): Promise<EngineAvailability> {
      const a = thePool.available();
      if (!a.ok) return { ok: false, hint: a.hint };
      version ??= runProcess(a.soffice!, ['--version'], { timeoutMs: 30_000, engine: 'libreoffice' })
        .then((r) => /LibreOffice\s+([\d.]+)/.exec(r.stdout)?.[1])
        .catch(() => undefined);
      return { ok: true, version: (await version) ?? thePool.version };
    },

    async convert(input, to, options, ctx) {
      const from = formatOfName(input.name);
      const src = SOURCES[from];
      const target = src && from !== to ? TARGETS[src.family][to] : undefined;
      if (!src || !target) {
        throw new InvoicectlError('UNSUPPORTED_CONVERSION', `LibreOffice cannot convert ${from || 'this file'} to ${to}`, { from, to });
      }
      const allowed: OptionKey[] = [];
      if (to === 'pdf') allowed.push('pdfOptions', 'pages');
      // Impress slides have no page styles to resize; Writer and Calc do.
      if (src.family !== 'impress') allowed.push('pageSize', 'orientation', 'margins');
      checkOptions(options, 'LibreOffice', to, allowed);
      if (options.pageSize === 'fit') {
        throw new InvoicectlError('INVALID_OPTION', 'pageSize "fit" only applies to images → PDF', { option: 'pageSize' });
      }

      const avail = thePool.available();
      if (!avail.ok) {
        throw new InvoicectlError('ENGINE_UNAVAILABLE', `LibreOffice is not available: ${avail.hint}`, { engine: 'libreoffice', hint: avail.hint ?? LIBREOFFICE_INSTALL_HINT });
      }

      const dir = await makeTempDir('invoicectl-lo-job-');
      try {
        // Neutral file names: LibreOffice only sees our paths, never user-supplied ones.
        const inPath = path.join(dir, `input.${from}`);
        const outPath = path.join(dir, `output.${to}`);
        await writeFile(inPath, input.bytes);
        await thePool.run({
          input: inPath,
          output: outPath,
          inputFilter: src.filter,
          inputFilterOptions: src.options,
          filter: target.filter,
          filterOptions: target.options,
          filterData: to === 'pdf' ? pdfFilterData(options) : undefined,
          page: src.family !== 'impress' ? pageChange(options) : undefined,
        }, ctx);
        let bytes: Buffer;
        try {
          bytes = await readFile(outPath);
        } catch {
          throw new InvoicectlError('CONVERSION_FAILED', `LibreOffice reported success but wrote no ${to}`, { engine: 'libreoffice' });
        }
        if (bytes.length === 0) throw new InvoicectlError('CONVERSION_FAILED', `LibreOffice wrote an empty ${to}`, { engine: 'libreoffice' });
        return [{ name: `${baseNameOf(input.name)}.${to}`, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), mime: mimeOf(to) }];
      } finally {
        await removeTemp(dir);
      }
    },

    dispose: () => thePool.dispose(),
  };
}
