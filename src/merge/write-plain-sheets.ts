/**
 * Writes the sheets of a plain merge (no labels, page numbers, summary or cut lines: nothing drawn but
 * the pages) with no PDF object model: each PDF the lean reader opens is placed by lean-embed.ts, its
 * objects copied as their bytes, and the sheets, page tree, catalog and cross-reference table are
 * written as text. pdf-lib (~820 KB of modules to load, and an object for every value it touches) is
 * loaded only for a document the lean reader does not take (pdf-lib-placer.ts). Streamed like
 * write-sheets.ts: a sheet is written as soon as no later document lands on it. Why:
 * docs/architecture.md, "Merge without pdf-lib".
 */
import { toErrorInfo } from '../core/errors.js';
import { loadInput } from '../core/inputs.js';
import { assertNotAborted, letEventsIn } from '../core/pipeline.js';
import { embedLeanPage, pdfNumber, type LeanPdf } from '../pdf/lean-embed.js';
import { RawCopier, type RawTarget } from '../pdf/raw-copy.js';
import { RawPdfWriter, sheetContent, type Sink } from '../pdf/raw-pdf-writer.js';
import { placementMatrix, type PlacedThing } from './layout.js';
import type { PdfLibPlacer } from './pdf-lib-placer.js';
import type { PlaceableDocument } from './documents.js';
import type { SheetJob } from './write-sheets.js';

export type PlainSheetJob = Pick<SheetJob, 'layout' | 'placing' | 'cache' | 'limits' | 'decoder' | 'signal' | 'onPlaced'>;

interface Sheet {
  number: number;
  /** `/Name n 0 R` of every form or image drawn on it. */
  xobjects: string;
  /** Its content stream's operators. */
  ops: string;
}

// pdf-lib writes these as UTF-16 text strings; so do we, so both kinds of merge carry the same Info.
const PRODUCER = utf16Hex('invoicectl');
const CREATOR = utf16Hex('invoicectl merge');

/** Returns the number of content sheets written. */
export async function writePlainSheets(job: PlainSheetJob, sink: Sink, sinkMany?: (chunks: Uint8Array[]) => Promise<void>): Promise<number> {
  const { layout, signal } = job;
  const { sheet, cells } = layout;
  const writer = new RawPdfWriter(sink, sinkMany);
  const numbering = { last: 0 };
  const writeRaw = writer.writeRaw.bind(writer);
  const target: RawTarget = { nextNumber: () => ++numbering.last, writeRaw };
  // Numbered as pdf-lib numbers a new document's: page tree, catalog, info.
  const pagesNumber = target.nextNumber();
  const catalogNumber = target.nextNumber();
  const infoNumber = target.nextNumber();
  const sheets: Sheet[] = [];
  let completed = 0;
  let placer: PdfLibPlacer | undefined;
  const sheetAt = (index: number): Sheet => {
    while (sheets.length <= index) sheets.push({ number: target.nextNumber(), xobjects: '', ops: '' });
    return sheets[index];
  };
  /** Sheets before `index` get nothing more: write them out. */
  const completeBefore = (index: number) => {
    for (; completed < Math.min(index, sheets.length); completed++) {
      const s = sheets[completed];
      const { data, deflated } = sheetContent(Buffer.from(s.ops, 'latin1'));
      const contents = target.nextNumber();
      writeRaw(contents, [`<< /Length ${data.length}${deflated ? ' /Filter /FlateDecode' : ''} >>\nstream\n`, data, '\nendstream']);
      writeRaw(s.number, [
        `<< /Type /Page /Parent ${pagesNumber} 0 R /Resources << /XObject <<${s.xobjects} >> >> /MediaBox [0 0 ${pdfNumber(sheet.width)} ${pdfNumber(sheet.height)}] /Contents ${contents} 0 R >>`,
      ]);
      s.xobjects = s.ops = '';
    }
  };

  /** The document's pages in the output: through the lean reader, else through pdf-lib. */
  const placeDocument = async (a: PlaceableDocument): Promise<(PlacedThing & { number: number })[]> => {
    const { retained } = a;
    a.retained = undefined;
    const input = retained?.input ?? (await loadInput(a.file, a.doc.sha256 ?? undefined));
    // A PDF the lean reader did not open when it was analysed (lean-sources.ts) goes to pdf-lib at once.
    if (retained?.lean) {
      try {
        return placeLean(retained.lean, target);
      } catch {
        // What was already copied stays in the output unreferenced; pdf-lib reads the file again.
      }
    }
    placer ??= await (await import('./pdf-lib-placer.js')).PdfLibPlacer.create(numbering, writeRaw);
    return placer.place(input, job.limits, job.cache, retained?.pdf, job.decoder);
  };

  let failed = 0;
  let i = 0;
  for await (const { document: a, cells: refs, release } of job.placing) {
    await letEventsIn();
    assertNotAborted(signal);
    // Sheets before this document's first get nothing more.
    if (refs.length) completeBefore(refs[0].sheet);
    try {
      const pages = await placeDocument(a);
      pages.forEach((p, pageIndex) => {
        const ref = refs[pageIndex];
        if (!ref) return;
        const s = sheetAt(ref.sheet);
        const name = `P${i}_${pageIndex}`;
        s.xobjects += ` /${name} ${p.number} 0 R`;
        s.ops += `q\n${placementMatrix(layout, cells[ref.cell], p).map(pdfNumber).join(' ')} cm\n/${name} Do\nQ\n`;
      });
    } catch (err) {
      failed += 1;
      a.doc.status = 'failed';
      a.doc.error = toErrorInfo(err);
      a.doc.placements = [];
    }
    // Everything the document's pages use is written (the writer copies what it writes): its bytes are free.
    release?.();
    job.onPlaced?.(i + 1, failed, a.file.name);
    // Every planned sheet exists even if its only document failed, so sheet numbers stay true.
    sheetAt(refs.at(-1)?.sheet ?? 0);
    i += 1;
  }
  completeBefore(sheets.length);
  assertNotAborted(signal);
  writeRaw(pagesNumber, [`<< /Type /Pages /Kids [${sheets.map((s) => `${s.number} 0 R`).join(' ')}] /Count ${sheets.length} >>`]);
  writeRaw(catalogNumber, [`<< /Type /Catalog /Pages ${pagesNumber} 0 R >>`]);
  writeRaw(infoNumber, [`<< /Producer ${PRODUCER} /Creator ${CREATOR} >>`]);
  writer.writeTrailer(numbering.last + 1, `/Root ${catalogNumber} 0 R /Info ${infoNumber} 0 R`);
  return sheets.length;
}

/** Every page of a PDF the lean reader opened, as forms of the output. */
function placeLean(pdf: LeanPdf, target: RawTarget): (PlacedThing & { number: number })[] {
  const refuse = (): never => {
    throw new Error('the raw copy needs a parser');
  };
  // What the bytes alone do not settle (a damaged object, a wrong /Length) is pdf-lib's to read: the
  // document then goes through it whole.
  const copier = new RawCopier(pdf.locate, target, { objectBytes: refuse, streamData: refuse });
  return pdf.pages.map((page) => ({ kind: 'form' as const, ...embedLeanPage(pdf, page, copier, target) }));
}

function utf16Hex(text: string): string {
  let hex = '<FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `${hex}>`;
}
