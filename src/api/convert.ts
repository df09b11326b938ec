/**
 * convert: documents into other formats through the conversion matrix (src/convert/matrix.ts).
 *
 *   collect inputs (any format the matrix reads; archives expanded) → per input, in parallel: read,
 *   detect the source format by content, plan the chain of converters, convert or take the cached
 *   result (key: content, target, options, converters and their engine versions) → write the outputs
 *   where asked as each input completes → the ZIP, if one was asked for, once all are done.
 *
 * Where outputs go (ConvertTarget): kept as bytes (library, server), beside each input with the new
 * extension, one named file (one result only), a folder, or a ZIP. Several results from one input
 * (one image per page) are named <basename>-<page>.<ext> by the converter.
 */
import path from 'node:path';
import AdmZip from 'adm-zip';
import { PDFDocument } from 'pdf-lib';
import { writeFileAtomic } from '../core/atomic-write.js';
import { sharedSettings, type SharedOverrides } from '../config/shared-settings.js';
import { Cache } from '../core/cache.js';
import { InvoicectlError, type ErrorInfo } from '../core/errors.js';
import { readInputBytes, sha256, type InputFile, type InputSpec } from '../core/inputs.js';
import { assertNotAborted, runBatch, type ProgressEvent } from '../core/pipeline.js';
import { packOutputs, unpackOutputs, type BundledOutput } from '../convert/bundle.js';
import { baseNameOf, normalizeFormat } from '../convert/formats.js';
import { getDefaultRegistry, type ConversionPath, type ConversionRegistry } from '../convert/matrix.js';
import { OCR_DEFAULT_LANGUAGE, tesseractLanguages } from '../convert/ocr-pdf.js';
import { checkPageLimit } from '../convert/page-limit.js';
import { collectSources, detectFormat, type ConvertSource } from '../convert/sources.js';
import type { ConvertOptions } from '../convert/types.js';
import type { Runtime } from '../runtime.js';
import { CACHE_VERSION } from '../version.js';

/** Where the outputs go. */
export type ConvertTarget =
  | { kind: 'bytes' }
  | { kind: 'beside' }
  | { kind: 'file'; path: string }
  | { kind: 'dir'; path: string }
  /** Every output in one ZIP, written to `path` or returned as bytes. */
  | { kind: 'zip'; path?: string };

export interface ConvertRequest extends SharedOverrides {
  inputs: InputSpec[];
  /** Target format: pdf, png, jpg, txt, md, json, docx, tex, html, odt, xlsx, ... */
  to: string;
  /** Source format for every input, instead of detecting it (the spec's sourceFormat; stdin text). */
  from?: string;
  options?: ConvertOptions;
  /** Default: bytes. */
  output?: ConvertTarget;
  /**
   * Its converters (config.convert: LibreOffice instances, OCR workers and engine), time limit
   * (convert.timeoutSeconds), cache, limits and concurrency apply where these options say nothing.
   */
  runtime?: Runtime;
  signal?: AbortSignal;
  onProgress?: (event: ProgressEvent) => void;
  /** Read for the input `-`. */
  stdin?: NodeJS.ReadableStream;
  /** Time limit of each conversion step (ENGINE_TIMEOUT; see ConvertContext.timeoutMs); default: the runtime's convert.timeoutSeconds, else the engines' own. */
  timeoutMs?: number;
  /** Opens encrypted PDFs where the path reads PDFs with pdf.js (PDF → images). */
  password?: string;
  /** Default: the runtime's converters, else the shared registry with every built-in converter. */
  registry?: ConversionRegistry;
}

export interface ConvertedOutput {
  name: string;
  mime: string;
  size: number;
  /** Page count, for PDF outputs. */
  pages?: number;
  /** Where it was written (not for 'bytes' and 'zip' targets). */
  path?: string;
  /** The content, for the 'bytes' target. */
  bytes?: Uint8Array;
}

export interface ConvertedFile {
  file: string;
  sha256: string | null;
  /** The detected (or given) source format. */
  from: string | null;
  status: 'converted' | 'failed';
  /** The converters that ran, in order, e.g. ['pandoc', 'libreoffice']. */
  via: string[];
  outputs: ConvertedOutput[];
  cache?: 'HIT' | 'MISS';
  error?: ErrorInfo;
}

export interface ConvertResult {
  to: string;
  files: ConvertedFile[];
  counts: { inputs: number; converted: number; failed: number; outputs: number };
  /** For the 'zip' target: its entries, and its path or bytes. */
  zip?: { path?: string; bytes?: Uint8Array; entries: string[] };
}

export async function convert(request: ConvertRequest): Promise<ConvertResult> {
  const shared = sharedSettings(request.runtime, request);
  const registry = request.registry ?? (request.runtime ? await request.runtime.converters() : getDefaultRegistry());
  const timeoutMs = request.timeoutMs ?? (request.runtime ? request.runtime.config.convert.timeoutSeconds * 1000 : undefined);
  const to = normalizeFormat(request.to);
  const options = normalizeOptions(request.options ?? {});
  const target = request.output ?? { kind: 'bytes' };
  const { limits, cache: resultCache } = shared;
  const signal = request.signal;

  // 1. Inputs.
  const { sources, errors } = await collectSources(request.inputs, { limits, formats: registry.sources(), stdin: request.stdin });
  if (sources.length === 0 && errors.length === 0) throw new InvoicectlError('NO_USABLE_INPUT', 'nothing to convert: no input holds a document of a format the conversion matrix reads');
  if (target.kind === 'file' && sources.length > 1) {
    throw new InvoicectlError('INVALID_OPTION', `${sources.length} inputs cannot go into one file (${target.path}); name a folder (DIR/) or a .zip`, { inputs: sources.length });
  }
  const bases = uniqueBaseNames(sources, target);
  const writer = outputWriter(target);

  // 2. Each input converted (in parallel, cached) and written as soon as it is done.
  const known: { sha256: string | null; from: string | null; via: string[] }[] = sources.map(() => ({ sha256: null, from: null, via: [] }));
  const settled = await runBatch(
    sources,
    async (source, i) => {
      refuseOverwritingInput(target, source, `${bases[i]}.${to}`);
      const doc = await readSource(source.file, request.from);
      known[i] = { sha256: doc.sha256, from: doc.from, via: [] };
      await checkPageLimit(doc, source.file.name, limits, request.password, request.runtime?.pdfjs);
      const plan = await registry.plan(doc.from, to, options);
      known[i].via = plan.steps.map((s) => s.converter.id);
      const name = `${bases[i]}.${doc.from}`;
      const build = async () =>
        withPageCounts(await registry.run(plan, { bytes: doc.bytes, name }, options, { signal, timeoutMs, password: request.password, pdfjs: request.runtime?.pdfjs, imageDecoder: request.runtime?.imageDecoder, limits }));
      let outputs: BundledOutput[];
      let cache: 'HIT' | 'MISS' = 'MISS';
      if (resultCache?.enabled) {
        // The name is in the key because outputs are named after it (and a TeX package's .tex inside).
        const key = Cache.key({ input: doc.sha256, operation: 'convert', options: { to, name, options, engines: plan.engines }, version: CACHE_VERSION });
        const cached = await resultCache.getOrBuild('convert', key, async () => packOutputs(await build()), signal);
        outputs = unpackOutputs(cached.value);
        cache = cached.status;
      } else {
        outputs = await build();
      }
      return { outputs: await writer.write(i, source, outputs), cache };
    },
    { concurrency: shared.concurrency, signal, nameOf: (s) => s.file.name, onProgress: request.onProgress },
  );

  const files: ConvertedFile[] = settled.map((r, i) => ({
    file: sources[i].file.name,
    ...known[i],
    ...(r.ok ? { status: 'converted' as const, outputs: r.value.outputs, cache: r.value.cache } : { status: 'failed' as const, outputs: [], error: r.error }),
  }));
  for (const e of errors) files.push({ file: e.name, sha256: null, from: null, status: 'failed', via: [], outputs: [], error: e.error });

  // 3. A stopped batch leaves no ZIP (files written already stay: each is complete).
  assertNotAborted(signal);
  const zip = await writer.finish();
  const converted = files.filter((f) => f.status === 'converted');
  return {
    to,
    files,
    counts: { inputs: files.length, converted: converted.length, failed: files.length - converted.length, outputs: converted.reduce((n, f) => n + f.outputs.length, 0) },
    ...(zip ? { zip } : {}),
  };
}

/** Every source → target path, the engines behind it and whether they are installed here (`--list`). */
export function conversionMatrix(registry: ConversionRegistry = getDefaultRegistry()): Promise<ConversionPath[]> {
  return registry.listConversions();
}

/**
 * Options as the cache key should see them: OCR languages in tesseract's spelling and always explicit
 * (so a different default can never reuse a result), OCR hints dropped when OCR is off.
 */
function normalizeOptions(options: ConvertOptions): ConvertOptions {
  const { ocrEnabled, ocrLanguage, ...rest } = options;
  if (!ocrEnabled) return rest;
  return { ...rest, ocrEnabled: true, ocrLanguage: (tesseractLanguages(ocrLanguage) ?? OCR_DEFAULT_LANGUAGE).split('+') };
}

/** Fails before any work when the output would replace the input (pdf → searchable pdf beside itself). */
function refuseOverwritingInput(target: ConvertTarget, source: ConvertSource, outputName: string): void {
  const intended =
    target.kind === 'beside' && source.besideDir ? path.join(source.besideDir, outputName)
    : target.kind === 'dir' ? path.join(target.path, outputName)
    : target.kind === 'file' ? target.path
    : undefined;
  if (intended && source.path && path.resolve(intended) === path.resolve(source.path)) {
    throw new InvoicectlError('INVALID_OPTION', `the output would overwrite the input ${source.file.name}; name another output with -o`, { path: intended });
  }
}

async function readSource(file: InputFile, from: string | undefined): Promise<{ bytes: Uint8Array; sha256: string; from: string }> {
  const bytes = await readInputBytes(file);
  return { bytes, sha256: sha256(bytes), from: from ? normalizeFormat(from) : detectFormat(file.name, bytes) };
}

/** Adds the page count to PDF outputs (reported per output, and kept in the cache with them). */
async function withPageCounts(outputs: BundledOutput[]): Promise<BundledOutput[]> {
  return Promise.all(
    outputs.map(async (o) => {
      if (o.mime !== 'application/pdf') return o;
      const pages = await PDFDocument.load(o.bytes, { updateMetadata: false, ignoreEncryption: true }).then((d) => d.getPageCount(), () => undefined);
      return pages === undefined ? o : { ...o, pages };
    }),
  );
}

/**
 * One base name per input (outputs are named after it), unique where the outputs meet: two inputs
 * both called invoice.pdf in different folders become invoice-… and invoice_2-… in one output folder.
 */
function uniqueBaseNames(sources: ConvertSource[], target: ConvertTarget): string[] {
  const used = new Set<string>();
  return sources.map((s) => {
    const base = s.file.name === '-' ? 'stdin' : baseNameOf(s.file.name);
    const scope = target.kind === 'beside' ? (s.besideDir ?? '') : '';
    let name = base;
    for (let n = 2; used.has(`${scope}\0${name.toLowerCase()}`); n++) name = `${base}_${n}`;
    used.add(`${scope}\0${name.toLowerCase()}`);
    return name;
  });
}

interface OutputWriter {
  /** Writes (or keeps) one input's outputs; returns how they are reported. */
  write(index: number, source: ConvertSource, outputs: BundledOutput[]): Promise<ConvertedOutput[]>;
  /** Completes the target (the ZIP) once every input is done. */
  finish(): Promise<ConvertResult['zip'] | undefined>;
}

function outputWriter(target: ConvertTarget): OutputWriter {
  const describe = (o: BundledOutput, extra: Partial<ConvertedOutput> = {}): ConvertedOutput => ({
    name: o.name,
    mime: o.mime,
    size: o.bytes.length,
    ...(o.pages !== undefined ? { pages: o.pages } : {}),
    ...extra,
  });

  /** Writes each output to the path `where` gives it, never over the input itself. */
  const writeFiles = async (source: ConvertSource, outputs: BundledOutput[], where: (o: BundledOutput) => string) => {
    const paths = outputs.map(where);
    const clash = paths.find((p) => source.path && path.resolve(p) === path.resolve(source.path));
    if (clash) throw new InvoicectlError('INVALID_OPTION', `the output would overwrite the input ${source.file.name}; name another output with -o`, { path: clash });
    for (const [i, o] of outputs.entries()) await writeFileAtomic(paths[i], o.bytes);
    return outputs.map((o, i) => describe(o, { path: paths[i] }));
  };

  switch (target.kind) {
    case 'bytes':
      return { write: async (_i, _s, outputs) => outputs.map((o) => describe(o, { bytes: o.bytes })), finish: async () => undefined };
    case 'beside':
      return {
        write: async (_i, source, outputs) => {
          const dir = source.besideDir;
          if (!dir) throw new InvoicectlError('INVALID_OPTION', `${source.file.name} has no folder to write beside (stdin or bytes); name an output`);
          return writeFiles(source, outputs, (o) => path.join(dir, o.name));
        },
        finish: async () => undefined,
      };
    case 'dir':
      return { write: async (_i, source, outputs) => writeFiles(source, outputs, (o) => path.join(target.path, o.name)), finish: async () => undefined };
    case 'file':
      return {
        write: async (_i, source, outputs) => {
          // Side files (a Markdown file's media folder) go beside the named file, where it refers to them.
          const main = outputs.filter((o) => !o.name.includes('/'));
          if (main.length !== 1) {
            throw new InvoicectlError('INVALID_OPTION', `${source.file.name} gave ${main.length} results (e.g. one image per page), which cannot go into one file; name a folder (DIR/) or a .zip, or choose pages`, { results: main.length });
          }
          return writeFiles(source, outputs, (o) => (o === main[0] ? target.path : path.join(path.dirname(target.path), o.name)));
        },
        finish: async () => undefined,
      };
    case 'zip': {
      const byInput = new Map<number, BundledOutput[]>();
      return {
        write: async (index, _s, outputs) => {
          byInput.set(index, outputs);
          return outputs.map((o) => describe(o));
        },
        finish: async () => {
          // In input order, whatever order the conversions finished in.
          const all = [...byInput.entries()].sort(([a], [b]) => a - b).flatMap(([, outputs]) => outputs);
          if (all.length === 0) return undefined;
          let bytes: Uint8Array;
          let entries: string[];
          if (all.length === 1 && all[0].mime === 'application/zip') {
            // A single result that is a ZIP already (a LaTeX package) is written as it is, not wrapped.
            bytes = all[0].bytes;
            entries = new AdmZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getEntries().map((e) => e.entryName);
          } else {
            const zip = new AdmZip();
            for (const o of all) zip.addFile(o.name, Buffer.from(o.bytes.buffer, o.bytes.byteOffset, o.bytes.byteLength));
            bytes = zip.toBuffer();
            entries = all.map((o) => o.name);
          }
          if (!target.path) return { bytes, entries };
          await writeFileAtomic(target.path, bytes);
          return { path: target.path, entries };
        },
      };
    }
  }
}
