/**
 * extract: structured invoice data from every document given.
 *
 *   collect inputs → for each document (in parallel, cached by its bytes): read it by type, best source
 *   first (embedded / attached XML, OFD fields, text layer by position, QR code, OCR) → merge the
 *   partial invoices field by field → checks → status → results in input order, each handed to
 *   `onResult` as soon as it and those before it are done, duplicates marked on the way.
 *
 * One document's failure is its result's error; the batch goes on.
 */
import { defaultConfig } from '../config/defaults.js';
import { Cache, stableStringify } from '../core/cache.js';
import { monotonicMs } from '../core/clock.js';
import { InvoicectlError, toErrorInfo } from '../core/errors.js';
import { collectInputs, loadInput, sha256, type InputFile, type InputSpec, type Limits } from '../core/inputs.js';
import { assertNotAborted, runBatch, type ProgressEvent } from '../core/pipeline.js';
import { onFirstUse } from '../core/remembered.js';
import { loadTemplates, type ExtractResult, type Template } from '../invoice/index.js';
import { createPdfTextPool, THREADED_BATCH, type PdfTextPool } from '../pdf/text-pool.js';
import { createDocumentThreads, type DocumentThreads } from '../extract/document-threads.js';
import type { Runtime } from '../runtime.js';
import { CACHE_VERSION } from '../version.js';
import { paddleVersion } from '../ocr/paddle/paddle-models.js';
import type { QrMode, ReadContext, Reading } from '../extract/context.js';
import { DuplicateFinder } from '../extract/duplicates.js';
import { LazyOcr, type OcrSettings } from '../extract/ocr.js';
import { checkEngineChoice, engineFor } from '../ocr/engine-choice.js';
import { readDocument } from '../extract/read-document.js';
import { settle } from '../extract/settle.js';

export interface ExtractOptions {
  inputs: InputSpec[];
  concurrency?: number;
  limits?: Partial<Limits>;
  /** Caches each document's reading by its bytes; null or omitted: no cache. */
  cache?: Cache | null;
  signal?: AbortSignal;
  /** Read for the input `-`. */
  stdin?: NodeJS.ReadableStream;
  /** invoice2data-style YAML templates: a directory, or templates already loaded. */
  templates?: string | readonly Template[];
  /** OCR for scans and photos; false switches it off (image-only documents then fail). */
  ocr?: Partial<OcrSettings> | false;
  /** When to decode the QR code of a Chinese invoice. Default 'auto'. */
  qr?: QrMode;
  /** For encrypted PDFs. */
  password?: string;
  /** "Today" for the date_plausible check. */
  now?: Date;
  onProgress?: (event: ProgressEvent) => void;
  /** Each result, in input order, as soon as it and every result before it are done. */
  onResult?: (result: ExtractResult, index: number) => void | Promise<void>;
  /** Long-lived engines (PDF text threads, OCR workers) to use instead of starting and stopping this run's own. */
  runtime?: Runtime;
}

export interface ExtractSummary {
  results: ExtractResult[];
  counts: { inputs: number; ok: number; needsReview: number; failed: number; duplicates: number };
}

export async function extract(options: ExtractOptions): Promise<ExtractSummary> {
  // A shared runtime (the server's) carries the user's config: its limits and OCR settings apply.
  const defaults = options.runtime?.config ?? defaultConfig();
  const limits: Limits = { ...defaults.limits, ...options.limits };
  const concurrency = options.concurrency ?? defaults.concurrency;
  const templates = typeof options.templates === 'string' ? loadTemplates(options.templates) : (options.templates ?? []);
  const ocrSettings: OcrSettings | null = options.ocr === false ? null : { ...defaults.extract.ocr, ...options.ocr };
  if (ocrSettings && !(ocrSettings.dpi >= 72 && ocrSettings.dpi <= 1200)) {
    throw new InvoicectlError('INVALID_OPTION', `the OCR resolution must be between 72 and 1200 dpi (got ${ocrSettings.dpi})`);
  }
  if (ocrSettings) checkEngineChoice(ocrSettings.engine);
  const shared = options.runtime;
  const ocr = ocrSettings ? (shared?.ocr(ocrSettings) ?? new LazyOcr(ocrSettings, concurrency)) : null;
  const qr = options.qr ?? defaults.extract.qr;
  // Everything that changes what a document reads as; the run-time knobs (concurrency, recycling) do not.
  const engine = ocrSettings && engineFor(ocrSettings.langs, ocrSettings.engine);
  // Made when a cache key is: the OCR models' versions are read from their packages (a few ms), which a
  // run without a cache never needs.
  const cacheOptions = onFirstUse(() => {
    const ocrKey = ocrSettings && { langs: ocrSettings.langs, dpi: ocrSettings.dpi, engine, models: engine === 'paddle' ? paddleVersion() : undefined };
    return { templates: templates.length ? sha256(stableStringify(templates)) : null, ocr: ocrKey, qr, password: !!options.password };
  });
  let pdfText: PdfTextPool | undefined;
  let ownThreads: DocumentThreads | undefined;

  try {
    // 1. Inputs. What cannot even be collected (a missing file, an unsafe ZIP entry) is reported first.
    const { files, errors } = await collectInputs(options.inputs, { limits, stdin: options.stdin });
    pdfText = shared?.pdfText() ?? createPdfTextPool(Math.min(concurrency, files.length), files.length);
    // A server's runtime reads digital PDFs whole on its threads, and keeps its event loop for requests.
    // So does a large batch: parsing the invoices was the busy part of its main thread (the pdf.js threads
    // that read its text layers waited most of the time), and on threads it uses every core; its main
    // thread, which has no requests to answer, is one of them.
    const digital = { templates, qr, maxPages: limits.maxPages };
    const documents = shared
      ? shared.documentThreads(stableStringify({ ...cacheOptions(), maxPages: limits.maxPages }), digital)
      : files.length >= THREADED_BATCH
        ? (ownThreads = createDocumentThreads(concurrency, digital, { callerReads: true }))
        : undefined;
    const ctx: ReadContext = { templates, ocr, pdfText: pdfText.read, readDigital: documents?.read, pdfjs: shared?.pdfjs, imageDecoder: shared?.imageDecoder, qr, maxPages: limits.maxPages, maxImagePixels: limits.maxImagePixels, password: options.password, signal: options.signal };
    const results: ExtractResult[] = [];
    const duplicates = new DuplicateFinder();
    const emit = async (result: ExtractResult) => {
      const duplicateOf = duplicates.check(result);
      if (duplicateOf) result.duplicateOf = duplicateOf;
      results.push(result);
      await options.onResult?.(result, results.length - 1);
    };
    for (const e of errors) await emit(failed(e.name, '', e.error, 0));

    // 2. Documents in parallel, released in input order as soon as each one's predecessors are done.
    const finished: (ExtractResult | undefined)[] = new Array(files.length);
    let next = 0;
    let releasing = Promise.resolve();
    const release = async () => {
      while (next < files.length && finished[next]) {
        await emit(finished[next]!);
        finished[next++] = undefined;
      }
    };
    const settledResults = await runBatch(
      files,
      async (file, index) => {
        const result = extractFile(file, ctx, options.cache ?? null, cacheOptions, options.now ?? new Date());
        // Nothing comes after it: what the document threads have not started, the calling thread reads.
        if (index === files.length - 1) ownThreads?.lastHandedOut();
        finished[index] = await result;
        releasing = releasing.then(release);
        await releasing;
      },
      // Twice as many documents in flight as threads: while one document's text is parsed here, the
      // reader threads already work on the next ones instead of waiting. Document threads beside this
      // one want theirs queued (document-threads.ts, QUEUED).
      { concurrency: ownThreads?.inFlight ?? concurrency * 2, signal: options.signal, nameOf: (f) => f.name, onProgress: options.onProgress },
    );
    // Not started (aborted): no result to report; the operation as a whole stops below.
    assertNotAborted(options.signal);
    settledResults.forEach((r, i) => {
      if (!r.ok) finished[i] = failed(files[i].name, '', r.error, 0);
    });
    releasing = releasing.then(release);
    await releasing;
    return { results, counts: countResults(results) };
  } finally {
    if (!shared) await Promise.all([ocr?.dispose(), pdfText?.destroy(), ownThreads?.destroy()]);
  }
}

/** One document → its result; never throws (a failure is the result's error). */
async function extractFile(file: InputFile, ctx: ReadContext, cache: Cache | null, cacheOptions: () => unknown, now: Date): Promise<ExtractResult> {
  const started = monotonicMs();
  let hash = '';
  try {
    const input = await loadInput(file);
    hash = input.sha256;
    const read = async () => readDocument(input.bytes, input.type, file.name, ctx);
    let reading: Reading;
    let cacheStatus: 'HIT' | 'MISS' = 'MISS';
    if (cache) {
      const key = Cache.key({ input: hash, operation: 'extract', options: cacheOptions(), version: CACHE_VERSION });
      const got = await cache.getOrBuildJson('extract', key, read, ctx.signal);
      reading = got.value;
      cacheStatus = got.status;
    } else {
      reading = await read();
    }
    const { invoice, checks, status, source } = settle(reading, now);
    return { file: file.name, sha256: hash, status, source, invoice, checks, cache: cacheStatus, pages: reading.pages, elapsedMs: elapsed(started) };
  } catch (err) {
    return failed(file.name, hash, toErrorInfo(err), elapsed(started));
  }
}

function failed(file: string, hash: string, error: { code: string; message: string }, elapsedMs: number): ExtractResult {
  return { file, sha256: hash, status: 'failed', source: null, invoice: null, checks: [], error: { code: error.code, message: error.message }, cache: 'MISS', pages: 0, elapsedMs };
}

const elapsed = (started: number) => Math.round(monotonicMs() - started);

function countResults(results: readonly ExtractResult[]): ExtractSummary['counts'] {
  const count = (pred: (r: ExtractResult) => boolean) => results.filter(pred).length;
  return {
    inputs: results.length,
    ok: count((r) => r.status === 'ok'),
    needsReview: count((r) => r.status === 'needs_review'),
    failed: count((r) => r.status === 'failed'),
    duplicates: count((r) => r.duplicateOf !== undefined),
  };
}
