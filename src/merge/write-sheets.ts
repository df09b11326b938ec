/**
 * Writes the planned sheets as a PDF, streamed: summary sheets first (drawn last, once every document's
 * fate is known), then the content sheets, each written out and forgotten as soon as no later document
 * lands on it. Documents are opened one at a time, in order, and let go once placed; they may be given
 * as they are read (an async iterable), each with its cells.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, concatTransformationMatrix, drawObject, popGraphicsState, pushGraphicsState, type PDFFont, type PDFPage } from 'pdf-lib';
import type { MergeDefaults } from '../config/defaults.js';
import type { Cache } from '../core/cache.js';
import { toErrorInfo } from '../core/errors.js';
import { loadInput, type Limits } from '../core/inputs.js';
import { assertNotAborted, letEventsIn } from '../core/pipeline.js';
import { fontFor } from '../pdf/fonts.js';
import { PdfStreamWriter } from '../pdf/stream-writer.js';
import { drawCutLines, drawLabel, drawPageNumber, drawSummary, summaryRowsPerSheet } from './decorations.js';
import { summaryRows, type MergeDocument, type PlaceableDocument } from './documents.js';
import type { Rect } from './geometry.js';
import { placementMatrix, type SheetGeometry } from './layout.js';
import type { CellRef } from './plan.js';
import { embedSource, type DecoderSource, type Placeable } from './sources.js';

/** A document to place, with the sheet and cell of each of its pages. */
export interface Placing {
  document: PlaceableDocument;
  cells: CellRef[];
  /** Called once the sheets the document lies on are written: nothing points into its bytes any more. */
  release?: () => void;
}

export interface SheetJob {
  options: MergeDefaults;
  layout: SheetGeometry;
  summarySheets: number;
  /** Content sheets in all; needed before placing only for page numbers and the summary. */
  contentSheets?: number;
  documents: MergeDocument[];
  /** The labels drawn (with --labels), known before placing: the decoration font must draw them all. */
  labels: string[];
  placing: Iterable<Placing> | AsyncIterable<Placing>;
  cache: Cache | null;
  limits: Limits;
  decoder?: DecoderSource;
  signal?: AbortSignal;
  onPlaced?: (done: number, failed: number, name: string) => void;
}

/** Returns the number of content sheets written. */
export async function writeSheets(job: SheetJob, sink: (chunk: Uint8Array) => void, sinkMany?: (chunks: Uint8Array[]) => Promise<void>): Promise<number> {
  const { options: o, layout, summarySheets, documents, signal } = job;
  const { sheet, cells, margins } = layout;
  const totalSheets = summarySheets + (job.contentSheets ?? NaN);
  if ((o.pageNumbers || o.summary) && job.contentSheets === undefined) throw new Error('page numbers and the summary need the sheet count before placing');
  const out = await PDFDocument.create({ updateMetadata: false });
  out.setProducer('invoicectl');
  out.setCreator('invoicectl merge');
  const font = await decorationFont(out, o, job.labels, documents);
  const writer = new PdfStreamWriter(out, sink, sinkMany);
  // Numbers taken as pdf-lib's nextRef takes them, without the PDFRef it would make and keep.
  const target = { nextNumber: () => ++out.context.largestObjectNumber, writeRaw: writer.writeRaw.bind(writer) };
  const newSheet = () => PdfStreamWriter.appendPage(out, [sheet.width, sheet.height]);
  const summaryPages = Array.from({ length: summarySheets }, newSheet);
  const pinned = new Set<PDFRef>([...PdfStreamWriter.rootRefs(out), ...summaryPages.flatMap(pageRefs)]);
  const sheets: PDFPage[] = [];
  let completed = 0;
  /** Documents whose bytes may be used again once the sheets up to `sheet` are written, in placing order. */
  const releases: { sheet: number; release: () => void }[] = [];
  const sheetAt = (index: number): PDFPage => {
    while (sheets.length <= index) {
      const page = newSheet();
      if (o.cutLines) drawCutLines(page, cells, sheet);
      sheets.push(page);
    }
    return sheets[index];
  };
  /** Sheets before `index` get nothing more: number them, write them out. */
  const completeBefore = (index: number) => {
    if (index <= completed) return;
    for (; completed < Math.min(index, sheets.length); completed++) {
      if (font && o.pageNumbers) drawPageNumber(sheets[completed], font, summarySheets + completed + 1, totalSheets, sheet, margins);
    }
    const open = new Set(sheets.slice(completed).flatMap(pageRefs));
    writer.flushExcept((ref) => pinned.has(ref) || open.has(ref));
    // The documents on the sheets written are written too (the writer copies what it writes).
    while (releases.length && releases[0].sheet < completed) releases.shift()!.release();
  };

  let failed = 0;
  let i = 0;
  for await (const { document: a, cells: refs, release } of job.placing) {
    await letEventsIn();
    assertNotAborted(signal);
    // Sheets before this document's first get nothing more.
    if (refs.length) completeBefore(refs[0].sheet);
    try {
      const { retained } = a;
      a.retained = undefined;
      const input = retained?.input ?? (await loadInput(a.file, a.doc.sha256 ?? undefined));
      const pages = await embedSource(out, target, input, job.limits, job.cache, retained?.pdf, job.decoder);
      pages.forEach((p, pageIndex) => {
        const ref = refs[pageIndex];
        if (!ref) return;
        const page = sheetAt(ref.sheet);
        const cell = cells[ref.cell];
        placeOnSheet(page, p, layout, cell, `P${i}_${pageIndex}`);
        if (font && o.labels && a.label) drawLabel(page, font, a.label, cell);
      });
    } catch (err) {
      failed += 1;
      a.doc.status = 'failed';
      a.doc.error = toErrorInfo(err);
      a.doc.placements = [];
    }
    job.onPlaced?.(i + 1, failed, a.file.name);
    // Every planned sheet exists even if its only document failed, so sheet numbers stay true.
    sheetAt(refs.at(-1)?.sheet ?? 0);
    if (release) releases.push({ sheet: refs.at(-1)?.sheet ?? 0, release });
    i += 1;
  }
  completeBefore(sheets.length);

  if (font && o.summary) {
    const rows = summaryRows(documents);
    const perSheet = summaryRowsPerSheet(sheet, margins);
    const placed = documents.filter((d) => d.status === 'placed').length;
    const title = `invoicectl merge: ${documents.length} inputs, ${placed} placed, ${totalSheets} sheets (${o.layout} on ${o.paper} ${layout.orientation})`;
    summaryPages.forEach((page, s) => {
      drawSummary(page, font, title, rows.slice(s * perSheet, (s + 1) * perSheet), sheet, margins);
      if (o.pageNumbers) drawPageNumber(page, font, s + 1, totalSheets, sheet, margins);
    });
  }
  assertNotAborted(signal);
  await writer.finish();
  return sheets.length;
}

/**
 * The font for labels, page numbers and the summary, able to draw all their texts; none when nothing
 * is written, so a plain merge loads no font (and no fontkit).
 */
async function decorationFont(out: PDFDocument, o: MergeDefaults, labels: string[], documents: MergeDocument[]): Promise<PDFFont | null> {
  if (!o.labels && !o.pageNumbers && !o.summary) return null;
  const texts = [...(o.labels ? labels : []), ...(o.summary ? documents.flatMap((d) => [d.file, d.label]) : [])];
  return fontFor(out, texts);
}

/** Draws one page (form or image) into `cell` (placementMatrix). */
function placeOnSheet(page: PDFPage, p: Placeable, layout: SheetGeometry, cell: Rect, name: string): void {
  const placed = p.kind === 'form' ? { kind: p.kind, width: p.form.width, height: p.form.height, rotate: p.form.rotate } : { kind: p.kind, width: p.width, height: p.height, rotate: 0 };
  const [a, b, c, d, e, f] = placementMatrix(layout, cell, placed);
  const ref = p.kind === 'form' ? p.form.ref : p.image.ref;
  sheetXObjects(page).set(PDFName.of(name), ref);
  page.pushOperators(pushGraphicsState(), concatTransformationMatrix(a, b, c, d, e, f), drawObject(name), popGraphicsState());
}

/**
 * A sheet's XObject resources, looked up once: pdf-lib's setXObject looks up every resource entry of
 * the page, climbing the page tree, for each form placed.
 */
const xobjects = new WeakMap<PDFPage, PDFDict>();
function sheetXObjects(page: PDFPage): PDFDict {
  let dict = xobjects.get(page);
  if (!dict) xobjects.set(page, (dict = page.node.normalizedEntries().XObject));
  return dict;
}

/** The page object and its content streams: what must stay in memory while the page is drawn on. */
function pageRefs(page: PDFPage): PDFRef[] {
  const contents = page.node.get(PDFName.of('Contents'));
  const refs = contents instanceof PDFRef ? [contents] : contents instanceof PDFArray ? contents.asArray().filter((c): c is PDFRef => c instanceof PDFRef) : [];
  return [page.ref, ...refs];
}
