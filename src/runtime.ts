/**
 * The long-lived things operations share: configuration, the content cache, and the engines that are
 * costly to start (PDF text threads, OCR workers). The CLI makes one per command; the server one at
 * start, so no request pays pool start-up. Engines start on first use and stay until `dispose()`.
 */
import { defaultConfig, type Config } from './config/defaults.js';
import { Cache } from './core/cache.js';
import type { Limits } from './core/inputs.js';
import { createDocumentThreads, type DocumentThreads } from './extract/document-threads.js';
import { LazyOcr, type OcrSettings } from './extract/ocr.js';
import type { DigitalOptions } from './extract/read-digital.js';
import { createPdfTextPool, type PdfTextPool } from './pdf/text-pool.js';
import type { ConversionRegistry } from './convert/matrix.js';

export interface Runtime {
  readonly config: Config;
  readonly cache: Cache | null;
  readonly limits: Limits;
  readonly concurrency: number;
  /** PDF text reader threads, shared by every operation of this runtime. */
  pdfText(): PdfTextPool;
  /** OCR workers for these settings, shared by every operation that asks for the same languages and dpi. */
  ocr(settings: OcrSettings): LazyOcr;
  /** Threads that read digital PDFs whole, when the runtime was made with `documentThreads`; one pool per `key` (what the options are). */
  documentThreads(key: string, options: DigitalOptions): DocumentThreads | undefined;
  /** The converters, set up as `config.convert` says (LibreOffice pool size and time limit, OCR workers and engine); loaded on first use. */
  converters(): Promise<ConversionRegistry>;
  dispose(): Promise<void>;
}

export interface RuntimeOptions {
  config?: Config;
  /** Overrides `config.cache`; null: no cache. */
  cache?: Cache | null;
  concurrency?: number;
  /** PDFs up to this size are read lean on the calling thread rather than on the text threads (see text-pool.ts); 0: none. */
  inlinePdfBytes?: number;
  /** Reads digital PDFs whole on `concurrency` threads (see document-threads.ts); the server's choice. */
  documentThreads?: boolean;
}

export function createRuntime(options: RuntimeOptions = {}): Runtime {
  const config = options.config ?? defaultConfig();
  const concurrency = options.concurrency ?? config.concurrency;
  const cache =
    options.cache !== undefined
      ? options.cache
      : config.cache.enabled
        ? new Cache({ dir: config.cache.dir, enabled: true, ttlMs: config.cache.ttlDays * 86_400_000, staleLockMs: config.cache.staleLockSeconds * 1000 })
        : null;
  let pdfText: PdfTextPool | undefined;
  const ocrs = new Map<string, LazyOcr>();
  const documentPools = new Map<string, DocumentThreads>();
  // Loaded on first use: the converters' modules are not needed by extract or merge.
  let converters: Promise<ConversionRegistry> | undefined;
  return {
    config,
    cache,
    limits: config.limits,
    concurrency,
    pdfText: () => (pdfText ??= createPdfTextPool(concurrency, Infinity, options.inlinePdfBytes ?? 0)),
    ocr: (settings) => {
      const key = `${settings.langs}@${settings.dpi}@${settings.engine}`;
      let ocr = ocrs.get(key);
      if (!ocr) ocrs.set(key, (ocr = new LazyOcr(settings, concurrency)));
      return ocr;
    },
    documentThreads: (key, digital) => {
      if (!options.documentThreads) return undefined;
      let pool = documentPools.get(key);
      if (!pool) documentPools.set(key, (pool = createDocumentThreads(concurrency, digital)));
      return pool;
    },
    converters: () => (converters ??= import('./convert/matrix.js').then((m) => m.registryFromConfig(config.convert))),
    dispose: async () => {
      const registry = converters;
      converters = undefined;
      await Promise.all([pdfText?.destroy(), registry?.then((r) => r.dispose()), ...[...ocrs.values()].map((o) => o.dispose()), ...[...documentPools.values()].map((p) => p.destroy())]);
      pdfText = undefined;
      ocrs.clear();
      documentPools.clear();
    },
  };
}
