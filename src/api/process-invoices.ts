/**
 * process-invoices: what the web invoice processor does with an upload — the print layout of every
 * invoice (merge, two per A4 unless the options say otherwise) plus the data of every invoice
 * (extract), written side by side into one folder:
 *
 *   processed_invoices.pdf   the merged sheets
 *   invoices.json            one extract result per document (docs/invoice-model.md)
 *   invoices.csv             the same as CSV with a byte-order mark (Excel reads Chinese names right)
 *
 * Progress counts documents: each is analysed and placed once (merge) and read once (extract).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import type { InputSpec } from '../core/inputs.js';
import { assertNotAborted } from '../core/pipeline.js';
import { resultFormatter } from '../extract/output.js';
import type { ExtractResult } from '../invoice/model.js';
import type { MergeLayoutOptions } from '../merge/options.js';
import type { Runtime } from '../runtime.js';
import { extract, type ExtractSummary } from './extract.js';
import { merge, type MergeDocument } from './merge.js';

export const PROCESSED_FILES = {
  pdf: { name: 'processed_invoices.pdf', mime: 'application/pdf' },
  json: { name: 'invoices.json', mime: 'application/json' },
  csv: { name: 'invoices.csv', mime: 'text/csv; charset=utf-8' },
} as const;

export interface ProcessInvoicesOptions {
  /** The documents: PDFs, ZIP archives of them, and whatever else merge and extract read. */
  inputs: InputSpec[];
  /** Where the three result files are written (created when missing). */
  outDir: string;
  layout?: MergeLayoutOptions;
  runtime: Runtime;
  signal?: AbortSignal;
  onProgress?: (progress: { stage: string; done: number; total: number }) => void;
}

export interface ProcessedFile {
  name: string;
  path: string;
  mime: string;
}

export interface ProcessInvoicesResult {
  files: ProcessedFile[];
  sheets: number;
  documents: { file: string; status: MergeDocument['status']; extract: ExtractResult['status'] | null; error?: { code: string; message: string } }[];
  counts: { inputs: number; placed: number; duplicates: number; failed: number; needsReview: number };
}

export async function processInvoices(options: ProcessInvoicesOptions): Promise<ProcessInvoicesResult> {
  const { runtime, signal } = options;
  await fs.mkdir(options.outDir, { recursive: true });
  const target = (file: { name: string; mime: string }): ProcessedFile => ({ ...file, path: path.join(options.outDir, file.name) });
  const pdf = target(PROCESSED_FILES.pdf);
  const json = target(PROCESSED_FILES.json);
  const csv = target(PROCESSED_FILES.csv);

  // 1. The layout. Merge knows how many documents there are once it has collected them; each is
  //    counted once for merge and once for extract.
  let total = 0;
  let mergeDone = 0;
  const report = (stage: string, extracted: number) => options.onProgress?.({ stage, done: mergeDone + extracted, total });
  const merged = await merge({
    ...options.layout,
    outputType: 'pdf',
    inputs: options.inputs,
    outputPath: pdf.path,
    runtime,
    signal,
    onProgress: (e) => {
      // Documents are counted as merge reads them; its placing phase counts placements, another unit.
      if (e.phase === 'analyze') {
        total = e.total * 2;
        mergeDone = e.done;
      }
      report('Merging PDF files', 0);
    },
  });
  assertNotAborted(signal);

  // 2. The data of every invoice, written as it arrives.
  const jsonOut = await fs.open(json.path, 'w');
  const csvOut = await fs.open(csv.path, 'w');
  const asJson = resultFormatter('json');
  const asCsv = resultFormatter('csv', { bom: true });
  let extracted = 0;
  let summary: ExtractSummary;
  try {
    await jsonOut.write(asJson.begin());
    await csvOut.write(asCsv.begin());
    report('Extracting invoice data', 0);
    summary = await extract({
      inputs: options.inputs,
      runtime,
      signal,
      onResult: async (result, index) => {
        await jsonOut.write(asJson.result(result, index));
        await csvOut.write(asCsv.result(result, index));
        report('Extracting invoice data', ++extracted);
      },
    });
    await jsonOut.write(asJson.end());
    await csvOut.write(asCsv.end());
  } finally {
    await Promise.all([jsonOut.close(), csvOut.close()]);
  }

  // 3. One line per document: how it was placed and how it was read.
  const byFile = new Map(summary.results.map((r) => [r.file, r]));
  const documents = merged.documents.map((d) => {
    const read = byFile.get(d.file);
    const error = d.error ?? read?.error;
    return { file: d.file, status: d.status, extract: read?.status ?? null, ...(error ? { error: { code: error.code, message: error.message } } : {}) };
  });
  return {
    files: [pdf, json, csv],
    sheets: merged.sheets,
    documents,
    counts: { ...merged.counts, needsReview: summary.counts.needsReview },
  };
}
