/**
 * merge: lays invoices out several per sheet for printing.
 *
 *   collect inputs → load + analyse each (parallel, cached) → drop byte-identical duplicates → sort →
 *   plan cells → place pages sheet by sheet (one document open at a time) → labels, cut lines,
 *   page numbers, summary → PDF (or a ZIP with the PDF and the originals).
 *
 * Vector content stays vector (pages become form XObjects) and visible annotation appearances, such as
 * the seller's seal in a signature widget, are flattened onto the page.
 */
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFArray, PDFDocument, PDFName, PDFRef, pushGraphicsState, popGraphicsState, concatTransformationMatrix, drawObject, type PDFPage, type PDFFont } from 'pdf-lib';
import { openSink } from '../core/sink.js';
import { writeFileAtomic } from '../core/atomic-write.js';
import { PdfStreamWriter } from '../pdf/stream-writer.js';
import { defaultConfig } from '../config/defaults.js';
import { Cache } from '../core/cache.js';
import { InvoicectlError, toErrorInfo, type ErrorInfo } from '../core/errors.js';
import type { FileType } from '../core/filetype.js';
import { collectInputs, loadInput, type InputFile, type InputSpec, type Limits } from '../core/inputs.js';
import { assertNotAborted, runBatch } from '../core/pipeline.js';
import { fontFor } from '../pdf/fonts.js';
import { drawCutLines, drawLabel, drawPageNumber, drawSummary, summaryRowsPerSheet, type SummaryRow } from '../merge/decorations.js';
import { parseGrid, type Rect, type Size } from '../merge/geometry.js';
import { layoutSheets, placeInCell, type SheetLayout } from '../merge/layout.js';
import { resolveMergeOptions, type MergeLayoutOptions } from '../merge/options.js';
import { analyzeSource, embedSource, type Placeable, type SourceInfo } from '../merge/sources.js';

export interface MergeProgress {
  phase: 'analyze' | 'place';
  done: number;
  total: number;
  failed: number;
  name?: string;
}

export interface MergeOptions extends MergeLayoutOptions {
  inputs: InputSpec[];
  concurrency?: number;
  limits?: Partial<Limits>;
  /** A cache for per-input analysis; null or omitted: no cache. */
  cache?: Cache | null;
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

export interface MergeDocument {
  file: string;
  sha256: string | null;
  type: FileType | null;
  pages: number;
  label: string;
  status: 'placed' | 'duplicate' | 'failed';
  /** Where each page went; sheet and cell are 1-based, sheets counted in the output (summary included). */
  placements: { page: number; sheet: number; cell: number }[];
  duplicateOf?: string;
  error?: ErrorInfo;
  cache?: 'HIT' | 'MISS';
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

interface Analyzed {
  file: InputFile;
  sha256: string;
  type: FileType;
  info: SourceInfo;
  label: string;
  doc: MergeDocument;
}

export async function merge(options: MergeOptions): Promise<MergeResult> {
  const o = resolveMergeOptions(options);
  const limits: Limits = { ...defaultConfig().limits, ...options.limits };
  const grid = parseGrid(o.layout);
  const signal = options.signal;

  // 1. Inputs, analysed in parallel. Bytes are not kept: placing reads each document again, one at a time.
  const { files, errors } = await collectInputs(options.inputs, { limits, stdin: options.stdin });
  const concurrency = options.concurrency ?? defaultConfig().concurrency;
  const analyzedResults = await runBatch(
    files,
    async (file) => {
      const input = await loadInput(file);
      const { info, cache } = await analyzeSource(input, limits, options.cache ?? null);
      return { file, sha256: input.sha256, type: input.type, info, cache };
    },
    { concurrency, signal, nameOf: (f) => f.name, onProgress: (e) => options.onProgress?.({ phase: 'analyze', ...e }) },
  );
  assertNotAborted(signal);

  const documents: MergeDocument[] = [];
  const placeable: Analyzed[] = [];
  const firstBySha = new Map<string, string>();
  analyzedResults.forEach((r, i) => {
    const file = files[i];
    const label = o.labelFrom === 'filename' ? path.basename(file.name).replace(/\.[^.]+$/, '') : file.folder;
    if (!r.ok) {
      documents.push({ file: file.name, sha256: null, type: null, pages: 0, label, status: 'failed', placements: [], error: r.error });
      return;
    }
    const { sha256, type, info, cache } = r.value;
    const doc: MergeDocument = { file: file.name, sha256, type, pages: info.pages.length, label, status: 'placed', placements: [], cache };
    documents.push(doc);
    const first = firstBySha.get(sha256);
    if (first !== undefined && !o.keepDuplicates) {
      // Reimbursing one invoice twice is the mistake accountants fear most: place it once, say so.
      doc.status = 'duplicate';
      doc.duplicateOf = first;
      return;
    }
    if (first === undefined) firstBySha.set(sha256, file.name);
    placeable.push({ file, sha256, type, info, label, doc });
  });
  for (const e of errors) documents.push({ file: e.name, sha256: null, type: null, pages: 0, label: '', status: 'failed', placements: [], error: e.error });

  sortDocuments(placeable, o.sort);

  // 2. Sheet geometry and the plan.
  const layout = layoutSheets(o, placeable.map((a) => a.info.pages));
  const { sheet, cells, plan, orientation, margins: marginsPt } = layout;
  const contentSheets = layout.sheets;
  const summarySheets = o.summary ? Math.ceil(Math.max(1, documents.length) / summaryRowsPerSheet(sheet, marginsPt)) : 0;
  const totalSheets = summarySheets + contentSheets;
  placeable.forEach((a, i) => {
    a.doc.placements = plan[i].map((ref, page) => ({ page: page + 1, sheet: summarySheets + ref.sheet + 1, cell: ref.cell + 1 }));
  });

  if (contentSheets === 0) {
    throw new InvoicectlError('NO_USABLE_INPUT', 'nothing to merge: no input could be placed', { documents: documents.map((d) => ({ file: d.file, error: d.error })) });
  }

  // 3. The output document, streamed: each sheet is written out and forgotten once it is complete.
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setProducer('invoicectl');
  out.setCreator('invoicectl merge');
  const texts = [...(o.labels ? placeable.map((a) => a.label) : []), ...(o.summary ? documents.flatMap((d) => [d.file, d.label]) : [])];
  const font: PDFFont = await fontFor(out, texts);
  const sink = openSink(o.outputType === 'pdf' ? options.outputPath : undefined);
  try {
    const writer = new PdfStreamWriter(out, sink.write);
    const summaryPages = Array.from({ length: summarySheets }, () => PdfStreamWriter.appendPage(out, [sheet.width, sheet.height]));
    const pinned = new Set<PDFRef>([...PdfStreamWriter.rootRefs(out), ...summaryPages.flatMap(pageRefs)]);
    const sheets: PDFPage[] = [];
    let completed = 0;
    const sheetAt = (index: number): PDFPage => {
      while (sheets.length <= index) {
        const page = PdfStreamWriter.appendPage(out, [sheet.width, sheet.height]);
        if (o.cutLines) drawCutLines(page, cells, sheet);
        sheets.push(page);
      }
      return sheets[index];
    };
    /** Sheets before `index` get nothing more: number them, write them out. */
    const completeBefore = (index: number) => {
      if (index <= completed) return;
      for (; completed < Math.min(index, sheets.length); completed++) {
        if (o.pageNumbers) drawPageNumber(sheets[completed], font, summarySheets + completed + 1, totalSheets, sheet, marginsPt);
      }
      const open = new Set(sheets.slice(completed).flatMap(pageRefs));
      writer.flushExcept((ref) => pinned.has(ref) || open.has(ref));
    };

    let done = 0;
    let failed = 0;
    for (const [i, a] of placeable.entries()) {
      assertNotAborted(signal);
      try {
        const input = await loadInput(a.file);
        const pages = await embedSource(out, input, options.cache ?? null);
        pages.forEach((p, pageIndex) => {
          const ref = plan[i][pageIndex];
          if (!ref) return;
          const page = sheetAt(ref.sheet);
          const cell = cells[ref.cell];
          placeOnSheet(page, p, layout, cell, `P${i}_${pageIndex}`);
          if (o.labels && a.label) drawLabel(page, font, a.label, cell);
        });
      } catch (err) {
        failed += 1;
        a.doc.status = 'failed';
        a.doc.error = toErrorInfo(err);
        a.doc.placements = [];
      }
      done += 1;
      options.onProgress?.({ phase: 'place', done, total: placeable.length, failed, name: a.file.name });
      // Every planned sheet exists even if its only document failed, so sheet numbers stay true.
      sheetAt(plan[i].at(-1)?.sheet ?? 0);
      completeBefore(plan[i + 1]?.[0]?.sheet ?? contentSheets);
    }

    if (o.summary) {
      const rows = summaryRows(documents);
      const perSheet = summaryRowsPerSheet(sheet, marginsPt);
      const title = `invoicectl merge: ${documents.length} inputs, ${documents.filter((d) => d.status === 'placed').length} placed, ${totalSheets} sheets (${o.layout} on ${o.paper} ${orientation})`;
      summaryPages.forEach((page, s) => {
        drawSummary(page, font, title, rows.slice(s * perSheet, (s + 1) * perSheet), sheet, marginsPt);
        if (o.pageNumbers) drawPageNumber(page, font, s + 1, totalSheets, sheet, marginsPt);
      });
    }
    assertNotAborted(signal);
    await writer.finish();
    await sink.commit();
  } catch (err) {
    await sink.discard();
    throw err;
  }
  const counts = {
    inputs: documents.length,
    placed: documents.filter((d) => d.status === 'placed').length,
    duplicates: documents.filter((d) => d.status === 'duplicate').length,
    failed: documents.filter((d) => d.status === 'failed').length,
  };
  const result: MergeResult = {
    output: sink.bytes(),
    outputPath: sink.path,
    outputType: o.outputType,
    mime: 'application/pdf',
    sheets: totalSheets,
    summarySheets,
    paper: { ...layout.sheetMm, orientation },
    grid,
    documents,
    counts,
  };
  if (o.outputType === 'zip') {
    const zip = await archive(result.output!, files, documents);
    result.mime = 'application/zip';
    if (options.outputPath) {
      await writeFileAtomic(options.outputPath, zip);
      result.output = null;
      result.outputPath = options.outputPath;
    } else result.output = zip;
  }
  return result;
}

/**
 * Draws one page (form or image) into `area`: fitted, centred, turned by the page's own /Rotate and,
 * when it makes the page larger, by 90° more (counter-clockwise, the way landscape pages are printed).
 */
function placeOnSheet(page: PDFPage, p: Placeable, layout: SheetLayout, cell: Rect, name: string): void {
  const own = p.kind === 'form' ? p.form.rotate : 0;
  const natural = p.kind === 'form' ? { width: p.form.width, height: p.form.height } : { width: p.width, height: p.height };
  const displayed = own % 180 === 0 ? natural : { width: natural.height, height: natural.width };
  const fit = placeInCell(layout, cell, displayed);
  const turn = (own + (fit.rotation ? 270 : 0)) % 360;
  const s = fit.scale;
  const { width: w, height: h } = natural;
  const { x: X, y: Y } = fit;
  // Content space [0,w]x[0,h] → the fitted box, turned clockwise by `turn`.
  const m: [number, number, number, number, number, number] =
    turn === 90 ? [0, -s, s, 0, X, Y + s * w]
    : turn === 180 ? [-s, 0, 0, -s, X + s * w, Y + s * h]
    : turn === 270 ? [0, s, -s, 0, X + s * h, Y]
    : [s, 0, 0, s, X, Y];
  // An image XObject paints the unit square, so it is first scaled to its natural size.
  const [a, b, c, d, e, f] = p.kind === 'image' ? [m[0] * w, m[1] * w, m[2] * h, m[3] * h, m[4], m[5]] : m;
  const ref = p.kind === 'form' ? p.form.ref : p.image.ref;
  page.node.setXObject(PDFName.of(name), ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(a, b, c, d, e, f), drawObject(name), popGraphicsState());
}

/** The page object and its content streams: what must stay in memory while the page is drawn on. */
function pageRefs(page: PDFPage): PDFRef[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray().filter((c): c is PDFRef => c instanceof PDFRef) : [];
  return [page.ref, ...refs];
}

function sortDocuments(items: Analyzed[], sort: 'input' | 'name' | 'mtime'): void {
  if (sort === 'name') items.sort((a, b) => a.file.name.localeCompare(b.file.name, undefined, { numeric: true }));
  else if (sort === 'mtime') items.sort((a, b) => a.file.mtimeMs - b.file.mtimeMs);
}

function summaryRows(documents: MergeDocument[]): SummaryRow[] {
  const indexOf = new Map(documents.map((d, i) => [d.file, i + 1]));
  return documents.map((d, i) => ({
    index: i + 1,
    file: d.file,
    pages: d.pages ? String(d.pages) : '-',
    label: d.label,
    placed:
      d.status === 'placed' ? d.placements.map((p) => `${p.sheet}/${p.cell}`).join(', ')
      : d.status === 'duplicate' ? `duplicate of #${indexOf.get(d.duplicateOf!)}`
      : (d.error?.code ?? 'failed'),
  }));
}

/** The merged PDF plus every input that was read, for archiving. */
async function archive(pdf: Uint8Array, files: InputFile[], documents: MergeDocument[]): Promise<Uint8Array> {
  const zip = new AdmZip();
  zip.addFile('merged.pdf', Buffer.from(pdf));
  const kept = new Set(documents.filter((d) => d.status !== 'failed').map((d) => d.file));
  for (const file of files) {
    if (!kept.has(file.name)) continue;
    zip.addFile(`inputs/${safeEntryName(file.name)}`, Buffer.from(await file.read()));
  }
  return zip.toBuffer();
}

/** A relative path with no `..`, drive or leading slash, so the archive extracts safely anywhere. */
function safeEntryName(name: string): string {
  const parts = name.replace(/\\/g, '/').replace(/^[A-Za-z]:/, '').split('/').filter((p) => p && p !== '.' && p !== '..');
  return parts.join('/') || 'input';
}
