/**
 * Scanned PDF or image → searchable PDF, the way OCRmyPDF does it: each page keeps its picture and gets
 * an invisible text layer from tesseract.js (src/ocr), so viewers can search and select the words and
 * `pdftotext` extracts them. Pages that already carry text are left alone (OCRmyPDF's --skip-text).
 *
 * Images are first placed on pages by images-to-pdf (so page size, orientation, margins and EXIF
 * orientation behave exactly as without OCR); every page without text is then rendered and recognised.
 * OCRing the rendering rather than the source image is what lets one overlay path serve scans, photos
 * and PDFs alike: the text lands where the page shows it, whatever the image's placement.
 *
 * Workers are pooled per language set and live until dispose(), so a batch pays their start-up once.
 */
import { createRequire } from 'node:module';
import os from 'node:os';
import { InvoicectlError, throwIfAborted } from '../core/errors.js';
import { engineFor, type OcrEngineChoice } from '../ocr/engine-choice.js';
import { OcrEngines, type PaddleRecognizer } from '../ocr/engines.js';
import { paddleVersion } from '../ocr/paddle/paddle-models.js';
import { addTextLayerToPdf } from '../ocr/searchable-pdf.js';
import { renderPdfPage } from '../pdf/render.js';
import { baseNameOf, formatOfName } from './formats.js';
import { imagesToPdf } from './images-to-pdf.js';
import { checkOptions, type OptionKey } from './options.js';
import type { ConvertOptions, Converter, EngineAvailability } from './types.js';

const require = createRequire(import.meta.url);

const SOURCES = ['pdf', 'png', 'jpg', 'tiff'];

export const OCR_DEFAULT_LANGUAGE = 'chi_sim+eng';

/** Render resolution for recognition; tesseract reads body text best at about 300 dpi. */
const OCR_DPI = { low: 150, medium: 200, high: 300, best: 400 } as const;

/** The spec's language codes (convert-api.md: ['zh_CN', 'en']) and common spellings → tesseract codes. */
const LANGUAGE_ALIASES: Record<string, string> = {
  zh: 'chi_sim',
  zh_cn: 'chi_sim',
  zh_hans: 'chi_sim',
  zh_sg: 'chi_sim',
  zh_tw: 'chi_tra',
  zh_hk: 'chi_tra',
  zh_hant: 'chi_tra',
  en: 'eng',
  en_us: 'eng',
  en_gb: 'eng',
  de: 'deu',
  fr: 'fra',
  ja: 'jpn',
  ko: 'kor',
};

/** ['zh_CN', 'en'] or ['chi_sim+eng'] → 'chi_sim+eng' (tesseract's form); undefined for none. */
export function tesseractLanguages(list: readonly string[] | undefined): string | undefined {
  if (!list || list.length === 0) return undefined;
  const codes = list.flatMap((l) => String(l).split('+')).map((l) => l.trim().toLowerCase().replace(/-/g, '_')).filter(Boolean);
  const out: string[] = [];
  for (const code of codes) {
    const lang = LANGUAGE_ALIASES[code] ?? code;
    if (!/^[a-z]{3}(_[a-z]+)?$/.test(lang)) {
      throw new InvoicectlError('INVALID_OPTION', `"${code}" is not an OCR language (use tesseract codes such as chi_sim, eng, or zh_CN, en)`, { option: 'ocrLanguage' });
    }
    if (!out.includes(lang)) out.push(lang);
  }
  return out.length ? out.join('+') : undefined;
}

function packageVersion(name: string): string | undefined {
  try {
    return (require(`${name}/package.json`) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

export interface OcrConverterOptions {
  /** Languages when a conversion names none (tesseract codes joined by '+'). Default chi_sim+eng. */
  language?: string;
  /** tesseract.js workers per language set. Default: half the cores (rendering needs the rest), at least 1. */
  workers?: number;
  /** Which OCR engine reads the pages (src/ocr/engines.ts). Default auto. */
  engine?: OcrEngineChoice;
  /** The PaddleOCR engine (its runtime's); default: the process's shared one. */
  paddle?: () => Promise<PaddleRecognizer>;
}

export interface OcrConverter extends Converter {
  /** tesseract.js workers per language set, and the engine choice: as built, for health reports and tests. */
  readonly workers: number;
  readonly engineChoice: OcrEngineChoice;
  dispose(): Promise<void>;
}

export function createOcrConverter(settings: OcrConverterOptions = {}): OcrConverter {
  const workers = settings.workers ?? Math.max(1, Math.floor(os.availableParallelism() / 2));
  const engine = settings.engine ?? 'auto';
  const engines = new OcrEngines({ concurrency: workers, paddle: settings.paddle });

  /** Fails fast when tesseract is the engine and a language package is missing: an engine not installed. */
  const checkLanguages = (langs: string): void => {
    if (engineFor(langs, engine) === 'tesseract') {
      try {
        engines.pool(langs);
      } catch (err) {
        const lang = (err as InvoicectlError).details?.lang;
        if (err instanceof InvoicectlError && err.code === 'OCR_FAILED' && typeof lang === 'string') {
          throw new InvoicectlError('ENGINE_UNAVAILABLE', `${err.message}; install with: npm install @tesseract.js-data/${lang}`, { engine: 'tesseract', hint: `npm install @tesseract.js-data/${lang}` });
        }
        throw err;
      }
    }
  };

  return {
    id: 'ocr',
    engine: 'tesseract',
    workers,
    engineChoice: engine,
    ocr: true,
    from: SOURCES,
    to: ['pdf'],
    supports: (from, to) => to === 'pdf' && SOURCES.includes(from),

    async available(): Promise<EngineAvailability> {
      const tesseract = packageVersion('tesseract.js');
      if (!tesseract) return { ok: false, hint: 'tesseract.js is not installed: npm install tesseract.js' };
      const data = ['eng', 'chi_sim', 'deu', 'fra'].map((l) => `${l} ${packageVersion(`@tesseract.js-data/${l}`) ?? 'missing'}`);
      // The language data shapes the result as much as the engine, so both are in the version (cache keys).
      return { ok: true, version: `engine ${engine}; tesseract.js ${tesseract}; ${data.join(', ')}; ${paddleVersion()}` };
    },

    async convert(input, to, options, ctx) {
      const from = formatOfName(input.name);
      if (to !== 'pdf' || !SOURCES.includes(from)) {
        throw new InvoicectlError('UNSUPPORTED_CONVERSION', `OCR makes searchable PDFs from pdf, png, jpg or tiff, not ${from || 'this file'} → ${to}`, { from, to });
      }
      if (!options.ocrEnabled) throw new InvoicectlError('INVALID_OPTION', 'the OCR converter runs only with ocrEnabled', { option: 'ocrEnabled' });
      const isImage = from !== 'pdf';
      // Page layout options shape the pages images are placed on; a PDF keeps its own pages.
      const allowed: OptionKey[] = isImage ? ['ocrEnabled', 'pageSize', 'orientation', 'margins', 'imageOptions', 'maxImagePixels'] : ['ocrEnabled'];
      checkOptions(options, 'OCR', 'pdf', allowed);
      const langs = tesseractLanguages(options.ocrLanguage) ?? settings.language ?? OCR_DEFAULT_LANGUAGE;
      checkLanguages(langs);

      const pdf = isImage ? await imagesToPdf([input], withoutOcr(options), ctx) : input.bytes;
      const dpi = OCR_DPI[options.quality ?? 'high'];
      const pool = ctx.pdfjs?.();
      const { pdf: searchable } = await addTextLayerToPdf(pdf, async (index) => {
        throwIfAborted(ctx.signal);
        const page = await renderPdfPage(pdf, index + 1, { dpi, pool });
        const png = new Uint8Array(await page.encode('png'));
        // The wait for an OCR thread is not this conversion's time (ctx.queued).
        const taken = ctx.queued?.();
        try {
          return await engines.recognize(png, langs, engine, { dpi, signal: ctx.signal, onStart: taken });
        } finally {
          taken?.();
        }
      }, pool);
      return [{ name: `${baseNameOf(input.name)}.pdf`, bytes: searchable, mime: 'application/pdf' }];
    },

    async dispose() {
      await engines.dispose();
    },
  };
}

/** The OCR options of `options` (for the OCR step of a chain whose last step is something else). */
export function ocrPart(options: ConvertOptions): ConvertOptions {
  return { ocrEnabled: options.ocrEnabled, ocrLanguage: options.ocrLanguage, quality: options.quality };
}

/** `options` without the OCR ones (for the steps that are not OCR). */
export function withoutOcr(options: ConvertOptions): ConvertOptions {
  const { ocrEnabled: _e, ocrLanguage: _l, ...rest } = options;
  return rest;
}
