/**
 * merge: lays invoices out several per sheet for printing.
 *
 *   collect inputs → analyse each (parallel, cached) → record documents, dropping byte-identical
 *   duplicates → sort → plan sheets and cells → write the sheets, streamed (src/merge/write-sheets) →
 *   the PDF, or a ZIP with the PDF and the originals.
 *
 * Vector content stays vector (pages become form XObjects) and visible annotation appearances, such as
 * the seller's seal in a signature widget, are flattened onto the page.
 */
import type { MergeDefaults } from '../config/defaults.js';
import { sharedSettings, type RuntimeSettings, type SharedOverrides } from '../config/shared-settings.js';
import type { Cache } from '../core/cache.js';
import { InvoicectlError, toErrorInfo } from '../core/errors.js';
import { collectInputs, loadInput, type InputError, type InputFile, type InputSpec, type Limits } from '../core/inputs.js';
import { assertNotAborted, letEventsIn, runBatch, type Settled } from '../core/pipeline.js';
import { openSink } from '../core/sink.js';
import { countDocuments, DocumentRecorder, recordDocuments, sortDocuments, type Analysis, type MergeDocument, type PlaceableDocument } from '../merge/documents.js';
import { parseGrid, type Size } from '../merge/geometry.js';
import { layoutSheets, sheetGeometry, summaryRowsPerSheet, type SheetLayout } from '../merge/layout.js';
import { resolveMergeOptions, type MergeLayoutOptions } from '../merge/options.js';
import { analyzePlainSource } from '../merge/lean-sources.js';
import { CellPlanner } from '../merge/plan.js';
import { InputBuffers, POOLED_READ_BYTES, type PooledBytes } from '../merge/input-buffers.js';
import type { Placing, SheetJob } from '../merge/write-sheets.js';
import { writePlainSheets } from '../merge/write-plain-sheets.js';
import type { Runtime } from '../runtime.js';

export type { MergeDocument } from '../merge/documents.js';

export interface MergeProgress {
  /**
   * Every input read (`analyze`, done/total over the inputs), then every document placed (`place`, over
   * those placed). A merge that places its inputs as it reads them (see placesAsRead) reports `analyze` only.
   */
  phase: 'analyze' | 'place';
  done: number;
  total: number;
  failed: number;
  name?: string;
}

/** What merge uses of a runtime (src/runtime.ts). */
export type MergeRuntime = RuntimeSettings & Pick<Runtime, 'imageDecoder'>;

export interface MergeOptions extends MergeLayoutOptions, SharedOverrides {
  inputs: InputSpec[];
  /**
   * Its cache, limits, concurrency and config.merge (the layout's defaults) apply where these options say
   * nothing; its image decoder draws an OFD's images. A whole Runtime fits.
   */
  runtime?: MergeRuntime;
  signal?: AbortSignal;
  onProgress?: (event: MergeProgress) => void;
  /** Read for the input `-`. */
  stdin?: NodeJS.ReadableStream;
  /**
   * Write the result here (atomically: a temp file, renamed when complete) instead of returning bytes.
   * A large batch is then streamed to disk and never held in memory.
   */
  outputPath?: string;
}

export interface MergeResult {
  /** The PDF or ZIP bytes, or null when written to `outputPath`. */
  output: Uint8Array | null;
  outputPath?: string;
  outputType: 'pdf' | 'zip';
  mime: string;
  sheets: number;
  summarySheets: number;
  paper: Size & { orientation: 'portrait' | 'landscape' };
  grid: { rows: number; cols: number };
  documents: MergeDocument[];
  counts: { inputs: number; placed: number; duplicates: number; failed: number };
}

export async function merge(options: MergeOptions): Promise<MergeResult> {
  const shared = sharedSettings(options.runtime, options);
  // The runtime's config.merge is the layout wherever the call's own options say nothing.
  const o = resolveMergeOptions(options, shared.config.merge);
  const { limits } = shared;
  const { files, errors } = await collectInputs(options.inputs, { limits, stdin: options.stdin });
  const plan = placesAsRead(o) ? planAsRead(files, errors, limits, shared, o, options) : await planAhead(files, errors, limits, shared, o, options);
  const { contentSheets, ...output } = await writeOutput(o, options, { ...plan, files, limits, cache: shared.cache });
  const { layout, summarySheets, documents } = plan;
  return {
    ...output,
    outputType: o.outputType,
    mime: o.outputType === 'zip' ? 'application/zip' : 'application/pdf',
    sheets: summarySheets + contentSheets,
    summarySheets,
    paper: { ...layout.sheetMm, orientation: layout.orientation },
    grid: parseGrid(o.layout),
    documents,
    counts: countDocuments(documents),
  };
}

type SharedSettings = ReturnType<typeof sharedSettings>;

/**
 * What writing the sheets needs: their geometry, and the documents to place with their cells (every
 * input's document, complete once they have been placed; the content sheets are known before placing
 * when every input was analysed first).
 */
interface MergePlan extends Pick<SheetJob, 'layout' | 'summarySheets' | 'contentSheets' | 'documents' | 'labels' | 'placing'> {
  /** Progress of the placing, when it is a phase of its own. */
  onPlaced?: (done: number, failed: number, name: string) => void;
}

/**
 * Inputs read and opened for analysis are kept for placing, up to this many bytes in all: a batch of a
 * few hundred invoices is then read and parsed once. Beyond it placing reads each input again, so memory
 * does not grow with the batch.
 */
const RETAIN_BYTES = 32 << 20;

/**
 * A plain merge in input order needs nothing of a document but its page count before placing it: no
 * orientation chosen from every page, no page numbers or summary that count the sheets, no labels whose
 * font must be chosen for all. Its inputs are placed as they are read: each read and opened once (when
 * they are more than analysis keeps, RETAIN_BYTES, 2,000 real invoices: ~10-20% less CPU than reading
 * them twice), into buffers used again from one input to the next (InputBuffers: 200 real invoices
 * ~8% less CPU than fresh memory for each, bench/merge/README.md). Any other merge analyses every input
 * first, in parallel, and keeps them for placing.
 */
function placesAsRead(o: MergeDefaults): boolean {
  return o.orientation !== 'auto' && o.sort === 'input' && !o.pageNumbers && !o.summary && !o.labels;
}

/**
 * A merge that draws nothing but the pages (placed as read, no cut lines) is written without pdf-lib
 * (write-plain-sheets.ts), which then loads only for a document the lean reader does not take. Any other
 * merge draws with pdf-lib (write-sheets.ts). The one choice between the two.
 */
function writtenPlain(o: MergeDefaults): boolean {
  return placesAsRead(o) && !o.cutLines;
}

/** Every input read and analysed (in parallel), then sorted and planned, before anything is placed. */
async function planAhead(files: InputFile[], errors: InputError[], limits: Limits, shared: SharedSettings, o: MergeDefaults, options: MergeOptions): Promise<MergePlan> {
  const { analyzeSource } = await import('../merge/sources.js');
  const analyses = await analyzeInputs(files, limits, shared, options, analyzeSource);
  const { documents, placeable } = recordDocuments(files, analyses, errors, o);
  sortDocuments(placeable, o.sort);
  const { layout, summarySheets } = planSheets(o, placeable, documents);
  return {
    layout,
    summarySheets,
    contentSheets: layout.sheets,
    documents,
    labels: placeable.map((a) => a.label),
    placing: placeable.map((document, i) => ({ document, cells: layout.plan[i] })),
    onPlaced: (done, failed, name) => options.onProgress?.({ phase: 'place', done, total: placeable.length, failed, name }),
  };
}

/**
 * Each input read, analysed and handed over for placing in turn (placesAsRead): its bytes and the PDF as
 * opened go straight to placing and are let go after it. Progress is that of the reading.
 */
function planAsRead(files: InputFile[], errors: InputError[], limits: Limits, shared: SharedSettings, o: MergeDefaults, options: MergeOptions): MergePlan {
  const layout = sheetGeometry(o);
  // Written without pdf-lib: PDFs the lean reader opens are analysed by it, the others by sources.ts.
  const analyze: Analyze = writtenPlain(o) ? analyzePlainSource : async (...args) => (await import('../merge/sources.js')).analyzeSource(...args);
  const recorder = new DocumentRecorder(o);
  const planner = new CellPlanner(layout.cells.length, o.keepTogether);
  const { signal } = options;
  async function* placing(): AsyncGenerator<Placing> {
    let failed = 0;
    let placed = 0;
    // A thread reads ahead only for a batch larger than analysis would keep: below, it did not pay (and
    // node:worker_threads is not even loaded).
    const large = files.reduce((sum, f) => sum + f.size, 0) > RETAIN_BYTES;
    const readAhead = large ? (await import('../merge/read-ahead.js')).startReadAhead(files, shared.concurrency) : null;
    const buffers = new InputBuffers();
    try {
      for (const [index, file] of files.entries()) {
        await letEventsIn();
        assertNotAborted(signal);
        let analysis: Settled<Analysis>;
        let pooled: PooledBytes | null = null;
        try {
          const read = await readAhead?.take(index);
          // Bytes in a buffer that is filled again later: the read-ahead thread's ring, or the pool.
          pooled = read ? (read.release ? { bytes: read.bytes, release: read.release } : null) : file.path && file.size <= POOLED_READ_BYTES ? buffers.read(file.path) : null;
          // The bytes and hash the thread read stand for the file's; loadInput sniffs them as it would.
          const source = read ? { ...file, read: async () => read.bytes, sha256: read.sha256 } : pooled ? { ...file, read: async () => pooled!.bytes } : file;
          analysis = { ok: true, value: await analyzeInput(source, file, limits, shared.cache, options, () => true, analyze) };
        } catch (err) {
          analysis = { ok: false, error: toErrorInfo(err) };
          failed += 1;
        }
        // A PDF's buffer is filled again once the sheets it lies on are written. pdf-lib keeps an image's
        // bytes until the end, and an OFD is converted again when placed: those keep a copy of their own.
        const retained = analysis.ok ? analysis.value.retained : undefined;
        if (pooled && retained && analysis.ok && analysis.value.type !== 'pdf') {
          retained.input = { ...retained.input, bytes: new Uint8Array(retained.input.bytes) };
          pooled.release();
        }
        const document = recorder.add(file, analysis);
        options.onProgress?.({ phase: 'analyze', done: index + 1, total: files.length, failed, name: file.name });
        const release = pooled?.release;
        if (!document) {
          release?.();
          continue;
        }
        const cells = planner.next(document.info.pages.length);
        document.doc.placements = cells.map((ref, page) => ({ page: page + 1, sheet: ref.sheet + 1, cell: ref.cell + 1 }));
        placed += 1;
        yield { document, cells, release };
      }
    } finally {
      await readAhead?.stop();
    }
    const documents = recorder.finish(errors);
    if (placed === 0) throw noUsableInput(documents);
  }
  return { layout, summarySheets: 0, documents: recorder.documents, labels: [], placing: placing() };
}

/** analyzeSource (sources.ts), or analyzePlainSource for a merge written without pdf-lib. */
type Analyze = (...args: Parameters<typeof analyzePlainSource>) => Promise<Awaited<ReturnType<typeof analyzePlainSource>>>;

/**
 * One input read (from `source`: the file, or what the read-ahead thread read of it), its type and page
 * sizes found; the bytes and the opened PDF kept for placing when `keep` says so.
 */
async function analyzeInput(source: InputFile, file: InputFile, limits: Limits, cache: Cache | null, options: MergeOptions, keep: (bytes: number, opened: boolean) => boolean, analyze: Analyze): Promise<Analysis> {
  const input = { ...(await loadInput(source)), file };
  const { info, cache: status, opened, lean } = await analyze(input, limits, cache, options.runtime?.imageDecoder);
  return { file, sha256: input.sha256, type: input.type, info, cache: status, retained: keep(input.bytes.length, !!(opened ?? lean)) ? { input, pdf: opened, lean } : undefined };
}

/** Type and page sizes of every input, in parallel. */
async function analyzeInputs(files: InputFile[], limits: Limits, shared: SharedSettings, options: MergeOptions, analyze: Analyze) {
  let retainedBytes = 0;
  const results = await runBatch(
    files,
    // Opened PDFs are kept for placing up to RETAIN_BYTES; the others are read again when placed.
    (file) =>
      analyzeInput(file, file, limits, shared.cache, options, (bytes, opened) => {
        const keep = opened && retainedBytes + bytes <= RETAIN_BYTES;
        if (keep) retainedBytes += bytes;
        return keep;
      }, analyze),
    {
      concurrency: shared.concurrency,
      signal: options.signal,
      nameOf: (f) => f.name,
      onProgress: (e) => options.onProgress?.({ phase: 'analyze', ...e }),
    },
  );
  assertNotAborted(options.signal);
  return results;
}

/** Sheet geometry, each page's sheet and cell, and the summary sheets that come first. */
function planSheets(o: MergeDefaults, placeable: PlaceableDocument[], documents: MergeDocument[]): { layout: SheetLayout; summarySheets: number } {
  const layout = layoutSheets(o, placeable.map((a) => a.info.pages));
  if (layout.sheets === 0) throw noUsableInput(documents);
  const summarySheets = o.summary ? Math.ceil(Math.max(1, documents.length) / summaryRowsPerSheet(layout.sheet, layout.margins)) : 0;
  placeable.forEach((a, i) => {
    a.doc.placements = layout.plan[i].map((ref, page) => ({ page: page + 1, sheet: summarySheets + ref.sheet + 1, cell: ref.cell + 1 }));
  });
  return { layout, summarySheets };
}

function noUsableInput(documents: MergeDocument[]): InvoicectlError {
  return new InvoicectlError('NO_USABLE_INPUT', 'nothing to merge: no input could be placed', { documents: documents.map((d) => ({ file: d.file, error: d.error })) });
}

/**
 * Streams the sheets into the output file (atomically: a temp file renamed when complete) or memory; for
 * a ZIP, into its merged.pdf entry, followed by the inputs that were read.
 */
async function writeOutput(
  o: MergeDefaults,
  options: MergeOptions,
  job: MergePlan & { files: InputFile[]; limits: Limits; cache: Cache | null },
): Promise<{ output: Uint8Array | null; outputPath?: string; contentSheets: number }> {
  const sink = openSink(options.outputPath);
  let contentSheets: number;
  try {
    // The ZIP writer (fflate, which builds its tables when it loads) only for --output-type zip.
    const archive = o.outputType === 'zip' ? new (await import('../merge/archive.js')).MergeArchive(sink.write) : null;
    const pdf = archive ? archive.entry('merged.pdf') : { write: sink.write, end: () => {} };
    const write = writtenPlain(o) ? writePlainSheets : (await import('../merge/write-sheets.js')).writeSheets;
    contentSheets = await write(
      {
        ...job,
        options: o,
        cache: job.cache,
        decoder: options.runtime?.imageDecoder,
        signal: options.signal,
      },
      pdf.write,
      archive ? undefined : sink.writeMany,
    );
    pdf.end();
    if (archive) {
      const kept = new Set(job.documents.filter((d) => d.status !== 'failed').map((d) => d.file));
      await archive.addInputs(job.files.filter((f) => kept.has(f.name)));
      archive.end();
    }
    await sink.commit();
  } catch (err) {
    await sink.discard();
    throw err;
  }
  return { output: sink.bytes(), outputPath: sink.path, contentSheets };
}
