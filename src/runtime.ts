/**
 * The long-lived things operations share: configuration, the content cache, and the engines that are
 * costly to start (PDF text threads, OCR workers, the PaddleOCR engine, the converters and their
 * LibreOffice pool, the pdf.js render pool, the image decoder). The CLI makes one per command; the server one at start, so no request pays pool
 * start-up, and its task threads borrow its LibreOffice pool and PaddleOCR engine. Engines start on
 * first use and stay until `dispose()`.
 */
import { defaultConfig, type Config } from './config/defaults.js';
import { Cache } from './core/cache.js';
import type { Limits } from './core/inputs.js';
import { createDocumentThreads, type DocumentThreads } from './extract/document-threads.js';
import { LazyOcr, type OcrSettings } from './extract/ocr.js';
import type { DigitalOptions } from './extract/read-digital.js';
import { createPdfTextPool, type PdfTextPool } from './pdf/text-pool.js';
import type { ConversionRegistry } from './convert/matrix.js';
import type { SofficeRunner } from './convert/soffice-pool.js';
import type { PaddleRecognizer, SharedPaddle } from './ocr/engines.js';
import { Supervisor, type EngineState, type Supervised } from './core/supervisor.js';
import { createPdfjsPool, type PdfjsPool } from './pdf/pdfjs-pool.js';
import type { ImageDecoder } from './core/image/image-decoder.js';

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
  /** The LibreOffice pool the converters use: `convert.sofficeInstances` office processes at most; started on demand. */
  soffice(): Promise<SofficeRunner>;
  /** The PaddleOCR engine extract and the converters use (its host process starts on the first page). */
  paddle(): Promise<PaddleRecognizer>;
  /** pdf.js for rendering pages and reading their sizes: threads, and the child processes pages are rendered in. */
  pdfjs(): PdfjsPool;
  /** The child processes untrusted images are decoded in (core/image/image-decoder.ts). */
  imageDecoder(): Promise<ImageDecoder>;
  /** Every engine this runtime started or may start, with its state and processes (core/supervisor.ts). */
  engines(): EngineState[];
  /** Stops every engine; one used after this starts anew. */
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
  /**
   * The LibreOffice pool to use instead of one of its own: a server's task threads use the server's
   * (soffice-remote.ts), so `convert.sofficeInstances` bounds the whole process.
   */
  soffice?: SofficeRunner;
  /** The PaddleOCR engine to use instead of one of its own (a task thread's: its server's, paddle-remote.ts). Not disposed with the runtime. */
  paddle?: PaddleRecognizer;
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
  // Starts, watches, restarts and stops the engines below: one found dead is started again on next use.
  const supervisor = new Supervisor();
  // Thread pools: their pool replaces a thread that died, so they are alive until stopped.
  const pdfText = supervisor.register<PdfTextPool>({
    name: 'pdf-text',
    start: () => createPdfTextPool(concurrency, Infinity, options.inlinePdfBytes ?? 0),
    stop: (pool) => pool.destroy(),
  });
  // Both replace a child process that died by itself on their next call; the supervisor reports and stops them.
  const pdfjs = supervisor.register<PdfjsPool>({
    name: 'pdfjs',
    start: () => createPdfjsPool(concurrency),
    pids: (pool) => pool.pids(),
    stop: (pool) => pool.destroy(),
  });
  const imageDecoder = supervisor.register<ImageDecoder>({
    name: 'image-decoder',
    // Loaded on first use: the decoder's module brings the canvas, which digital PDFs never need.
    start: () => import('./core/image/image-decoder.js').then((m) => m.createImageDecoder()),
    pids: (decoder) => decoder.pids(),
    stop: (decoder) => decoder.close(),
  });
  const ocrs = new Map<string, Supervised<LazyOcr>>();
  const documentPools = new Map<string, Supervised<DocumentThreads>>();
  // Loaded on first use: the converters' modules are not needed by extract or merge.
  let converters: Promise<ConversionRegistry> | undefined;
  // The pool replaces an instance that died by itself; the supervisor sees its processes and stops it.
  const ownSoffice = options.soffice
    ? undefined
    : supervisor.register<SofficeRunner>({
        name: 'libreoffice',
        start: () => import('./convert/matrix.js').then((m) => m.sofficePoolFromConfig(config.convert)),
        alive: (pool) => pool.isDisposed !== true,
        pids: (pool) => pool.pids?.() ?? [],
        stop: (pool) => pool.dispose(),
      });
  const soffice = (): Promise<SofficeRunner> => (options.soffice ? Promise.resolve(options.soffice) : ownSoffice!.use());
  // Loaded on first use: the OCR modules bring tesseract.js and ONNX Runtime, which digital PDFs never need.
  const ownPaddle = options.paddle
    ? undefined
    : supervisor.register<SharedPaddle>({
        name: 'paddle',
        start: () => import('./ocr/engines.js').then((m) => m.createPaddleEngine()),
        alive: (engine) => !engine.isDisposed && engine.isAlive !== false,
        pids: (engine) => engine.pids?.() ?? [],
        stop: (engine) => engine.dispose(),
      });
  const paddle = (): Promise<PaddleRecognizer> => (options.paddle ? Promise.resolve(options.paddle) : ownPaddle!.use());
  return {
    config,
    cache,
    limits: config.limits,
    concurrency,
    pdfText: () => pdfText.useNow(),
    pdfjs: () => pdfjs.useNow(),
    imageDecoder: () => imageDecoder.use(),
    ocr: (settings) => {
      const key = `${settings.langs}@${settings.dpi}@${settings.engine}`;
      let ocr = ocrs.get(key);
      if (!ocr) ocrs.set(key, (ocr = supervisor.register({ name: `ocr ${key}`, start: () => new LazyOcr(settings, concurrency, paddle), stop: (o) => o.dispose() })));
      return ocr.useNow();
    },
    documentThreads: (key, digital) => {
      if (!options.documentThreads) return undefined;
      let pool = documentPools.get(key);
      if (!pool) {
        const name = `document-threads ${documentPools.size + 1}`;
        documentPools.set(key, (pool = supervisor.register({ name, start: () => createDocumentThreads(concurrency, digital), stop: (p) => p.destroy() })));
      }
      return pool.useNow();
    },
    converters: () => (converters ??= Promise.all([import('./convert/matrix.js'), soffice()]).then(([m, pool]) => m.registryFromConfig(config.convert, { soffice: pool, paddle }))),
    soffice,
    paddle,
    engines: () => supervisor.state(),
    dispose: async () => {
      const registry = converters;
      converters = undefined;
      // The registry disposes its converters, the LibreOffice pool with them (a given pool too: for a
      // remote one that only ends this runtime's waiting jobs); the supervisor stops the runtime's own.
      await Promise.all([registry?.then((r) => r.dispose()), supervisor.stopAll()]);
    },
  };
}
