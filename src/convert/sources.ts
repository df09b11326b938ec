/**
 * What `convert` reads: like src/core/inputs.ts (files, folders, globs, ZIP archives, `-`, bytes), but
 * for every format the conversion matrix knows, office documents included. core/inputs takes only
 * invoice documents and would open a DOCX (a ZIP) as an archive, so here an archive is only what is
 * named .zip (or, for stdin and bytes, a ZIP that is neither an OFD nor an office document); archives
 * are then expanded by core/inputs' collectZip, with its safety limits, keeping every known format.
 *
 * The source format is decided by content where the content is decisive (PDF, PNG, JPEG, TIFF, OFD,
 * which office document a ZIP holds) and by the extension otherwise (Markdown, HTML, CSV, text).
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { readZipDirectory, readZipEntry, type ZipDirectoryEntry } from '../core/zip-directory.js';
import { toErrorInfo } from '../core/errors.js';
import { sniffFileType } from '../core/filetype.js';
import { checkSize, collectZip, globMatches, readStream, walkFolder, zipHasOfdRoot, type InputError, type InputFile, type InputSpec, type Limits } from '../core/inputs.js';
import { formatOfName } from './formats.js';

export interface ConvertSource {
  file: InputFile;
  /** The folder the input sits in on disk (an archive's folder for its entries); none for stdin and bytes. */
  besideDir?: string;
  /** The input's own path on disk, so an output never overwrites it. */
  path?: string;
}

export interface CollectSourcesOptions {
  limits: Limits;
  /** Formats taken from folders (explicitly named files are always taken). */
  formats: readonly string[];
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
}

export interface CollectedSources {
  sources: ConvertSource[];
  errors: InputError[];
}

/** Office formats that are ZIP containers: never expanded as archives. */
const ZIP_DOCUMENTS = new Set(['docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'ofd']);

export async function collectSources(specs: InputSpec[], options: CollectSourcesOptions): Promise<CollectedSources> {
  const out: CollectedSources = { sources: [], errors: [] };
  const cwd = options.cwd ?? process.cwd();
  const wanted = new Set([...options.formats, 'zip']);
  for (const spec of specs) {
    try {
      if (typeof spec !== 'string' && 'path' in spec) await addFile(spec.name, spec.path, options, out);
      else if (typeof spec !== 'string') await addBytes(spec.name, spec.bytes, options, out);
      else if (spec === '-') await addBytes('-', await readStream(options.stdin ?? process.stdin, options.limits.maxFileBytes), options, out);
      else await addPath(spec, cwd, wanted, options, out);
    } catch (err) {
      out.errors.push({ name: typeof spec === 'string' ? spec : spec.name, error: toErrorInfo(err) });
    }
  }
  return out;
}

async function addPath(spec: string, cwd: string, wanted: Set<string>, options: CollectSourcesOptions, out: CollectedSources): Promise<void> {
  const abs = path.resolve(cwd, spec);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) {
    for (const m of await globMatches(spec, cwd)) await addFile(m, path.resolve(cwd, m), options, out);
    return;
  }
  if (stat.isDirectory()) {
    const walked = await walkFolder(abs);
    const wantedName = (rel: string) => wanted.has(formatOfName(rel));
    for (const rel of walked.dangling.filter(wantedName)) {
      out.errors.push({ name: path.join(spec, rel), error: { code: 'FILE_NOT_FOUND', message: `${path.join(spec, rel)} is a symbolic link to nothing` } });
    }
    for (const rel of walked.files.filter(wantedName)) await addFile(path.join(spec, rel), path.join(abs, rel), options, out);
    return;
  }
  await addFile(spec, abs, options, out);
}

async function addFile(name: string, abs: string, options: CollectSourcesOptions, out: CollectedSources): Promise<void> {
  try {
    const stat = await fs.stat(abs);
    checkSize(name, stat.size, options.limits);
    const besideDir = path.dirname(abs);
    if (formatOfName(name) === 'zip') {
      const { files, errors } = collectZip(name, await fs.readFile(abs), { limits: options.limits, accept: acceptFormats(options.formats) });
      out.sources.push(...files.map((file) => ({ file, besideDir })));
      out.errors.push(...errors);
      return;
    }
    const file: InputFile = { name, folder: path.basename(besideDir), mtimeMs: stat.mtimeMs, size: stat.size, read: () => fs.readFile(abs) };
    out.sources.push({ file, besideDir, path: abs });
  } catch (err) {
    out.errors.push({ name, error: toErrorInfo(err) });
  }
}

async function addBytes(name: string, bytes: Uint8Array, options: CollectSourcesOptions, out: CollectedSources): Promise<void> {
  checkSize(name, bytes.length, options.limits);
  if (detectFormat(name, bytes) === 'zip') {
    const { files, errors } = collectZip(name, bytes, { limits: options.limits, accept: acceptFormats(options.formats) });
    out.sources.push(...files.map((file) => ({ file })));
    out.errors.push(...errors);
    return;
  }
  out.sources.push({ file: { name, folder: '', mtimeMs: Date.now(), size: bytes.length, read: async () => bytes } });
}

/** Archive entries worth converting: those whose name says a format the matrix knows. */
const acceptFormats = (formats: readonly string[]) => (entryName: string) => formats.includes(formatOfName(entryName));

/**
 * The source format of a document: by content when the bytes say (a PDF named .docx is a PDF), by the
 * name's extension when they do not ('' when there is none).
 */
export function detectFormat(name: string, bytes: Uint8Array): string {
  const ext = formatOfName(name);
  const sniffed = sniffFileType(bytes, () => zipHasOfdRoot(bytes));
  switch (sniffed) {
    case 'pdf':
    case 'png':
    case 'tiff':
    case 'ofd':
      return sniffed;
    case 'jpeg':
      return 'jpg';
    case 'zip':
      return ZIP_DOCUMENTS.has(ext) ? ext : (officeFormatOfZip(bytes) ?? 'zip');
    default:
      return ext;
  }
}

/** Which office document a ZIP is, from its well-known entries; undefined for a plain archive. */
function officeFormatOfZip(bytes: Uint8Array): string | undefined {
  let entries: ZipDirectoryEntry[];
  try {
    // An archive of more entries than any office document has is not looked into: it is refused as an archive.
    entries = readZipDirectory(bytes, 'the file', OFFICE_MAX_ENTRIES);
  } catch {
    return undefined;
  }
  const entry = (name: string) => entries.find((e) => e.name === name);
  if (entry('word/document.xml')) return 'docx';
  if (entry('xl/workbook.xml')) return 'xlsx';
  if (entry('ppt/presentation.xml')) return 'pptx';
  const mimetypeEntry = entry('mimetype');
  let mimetype: string | undefined;
  try {
    mimetype = mimetypeEntry && mimetypeEntry.size < 200 ? readZipEntry(bytes, mimetypeEntry, 'mimetype').toString('latin1').trim() : undefined;
  } catch {
    return undefined;
  }
  const odf: Record<string, string> = {
    'application/vnd.oasis.opendocument.text': 'odt',
    'application/vnd.oasis.opendocument.spreadsheet': 'ods',
    'application/vnd.oasis.opendocument.presentation': 'odp',
  };
  return mimetype ? odf[mimetype] : undefined;
}

/** The default limits.maxZipEntries. */
const OFFICE_MAX_ENTRIES = 10_000;
