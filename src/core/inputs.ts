/**
 * Turns what the user named (files, folders, globs, ZIP archives, `-` for stdin, or bytes handed over
 * by the server) into a flat list of documents. Reading is lazy so a batch of thousands of files does
 * not hold them all in memory. Every refusal is a per-file error with a stable code; the rest goes on.
 */
import fs from 'node:fs/promises';
import { closeSync, fstatSync, openSync, read as readCallback, readFileSync, readSync, statSync } from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import { damageReason, InvoicectlError, toErrorInfo, type ErrorInfo } from './errors.js';
import { sniffFileType, type FileType } from './filetype.js';
import { readZipDirectory, readZipEntry, unreadableReason, type ZipDirectoryEntry } from './zip-directory.js';
import { compareNames } from './name-order.js';
import type { Config } from '../config/defaults.js';

export type Limits = Config['limits'];

/**
 * Files up to this size are read, and every file stat'ed and sniffed, with synchronous calls. Each call
 * of the promise API is a round trip through the thread pool: measured on 200 invoices, open + close cost
 * 40 ms that way and 2 ms synchronously, a whole read 75 ms of CPU against 30. Reading 4 MB from the page
 * cache blocks for about a millisecond; larger files are read without blocking, in one request
 * (readOnPool). Reading invoices on the pool too was measured (h15d): it moved the page faults of the
 * fresh memory off the main thread (~65 ms less CPU there for 200 invoices) but cost as much CPU in all
 * and, on the shared 2 cores, blocked the main thread in submitting requests (up to 8 ms each).
 */
const SYNC_READ_BYTES = 4 << 20;

/**
 * Inside folders and archives only files named like documents are taken (or with no extension), so the
 * notes and spreadsheets that sit beside invoices are not reported as failures. Their type is still
 * decided by content: a text file named .pdf is an error.
 */
const DOCUMENT_EXTENSIONS = new Set(['', '.pdf', '.ofd', '.xml', '.png', '.jpg', '.jpeg', '.tif', '.tiff', '.zip']);
const isDocumentName = (name: string) => DOCUMENT_EXTENSIONS.has(path.extname(name).toLowerCase());

/** Bytes given directly (an upload, a test), named as the caller wants them reported. */
export interface BytesInput {
  name: string;
  bytes: Uint8Array;
  /** Category label; default: the folder part of `name`. */
  label?: string;
  mtimeMs?: number;
  /** SHA-256 (hex) of `bytes` when the caller has it already (the server hashes uploads as they arrive): not computed again. */
  sha256?: string;
}

/** A file already on disk (the server's stored uploads), shown under `name`; never expanded as a glob. */
export interface StoredInput {
  name: string;
  path: string;
  /** Category label; default: none. */
  label?: string;
}

export type InputSpec = string | BytesInput | StoredInput;

export interface InputFile {
  /** The path as given; a ZIP entry is "archive.zip/inner/path.pdf". */
  name: string;
  /** The folder the document sits in (its category in an accountant's tree); '' at the top. */
  folder: string;
  mtimeMs: number;
  size: number;
  read(): Promise<Uint8Array>;
  /** The file on disk that `read` reads, when there is one (not for bytes given, ZIP entries or stdin). */
  path?: string;
  /** The bytes' SHA-256 when the caller gave it (BytesInput.sha256). */
  sha256?: string;
}

export interface InputError {
  name: string;
  error: ErrorInfo;
}

export interface LoadedInput {
  file: InputFile;
  bytes: Uint8Array;
  type: FileType;
  sha256: string;
}

export interface CollectOptions {
  limits: Limits;
  /** Read for `-`; default process.stdin. */
  stdin?: NodeJS.ReadableStream;
  cwd?: string;
}

export interface CollectResult {
  files: InputFile[];
  errors: InputError[];
}

export async function collectInputs(specs: InputSpec[], options: CollectOptions): Promise<CollectResult> {
  const out: CollectResult = { files: [], errors: [] };
  const cwd = options.cwd ?? process.cwd();
  for (const spec of specs) {
    try {
      if (typeof spec !== 'string' && 'path' in spec) await addFile(spec.name, spec.path, spec.label ?? '', options.limits, out);
      else if (typeof spec !== 'string') await addBytes(spec, options.limits, out);
      else if (spec === '-') await addBytes({ name: '-', bytes: await readStream(options.stdin ?? process.stdin, options.limits.maxFileBytes) }, options.limits, out);
      else await addPath(spec, cwd, options.limits, out);
    } catch (err) {
      out.errors.push({ name: typeof spec === 'string' ? spec : spec.name, error: toErrorInfo(err) });
    }
  }
  return out;
}

async function addPath(spec: string, cwd: string, limits: Limits, out: CollectResult): Promise<void> {
  const abs = path.resolve(cwd, spec);
  const stat = await fs.stat(abs).catch(() => null);
  if (!stat) {
    for (const m of await globMatches(spec, cwd)) await addFile(m, path.resolve(cwd, m), path.basename(path.dirname(m)), limits, out);
    return;
  }
  if (stat.isDirectory()) {
    const { files, dangling } = await walkFolder(abs);
    const shownIn = under(spec);
    const absIn = under(abs);
    for (const rel of dangling.filter(isDocumentName)) {
      out.errors.push({ name: shownIn + rel, error: { code: 'FILE_NOT_FOUND', message: `${shownIn + rel} is a symbolic link to nothing (${await fs.readlink(absIn + rel).catch(() => '?')})` } });
    }
    const named = path.basename(abs);
    for (const rel of files.filter(isDocumentName)) {
      // The category of a file is the folder it sits in below the named folder (or the named folder itself).
      const cut = rel.lastIndexOf(path.sep);
      const folder = cut < 0 ? named : path.basename(rel.slice(0, cut));
      await addFile(shownIn + rel, absIn + rel, folder, limits, out);
    }
    return;
  }
  await addFile(spec, abs, path.basename(path.dirname(abs)), limits, out);
}

/**
 * What path.join(dir, rel) gives for every `rel` walkFolder returns (entry names joined by the
 * separator: no `.`, `..` or empty segment): `dir` normalised once, then prefixed by concatenation.
 * path.join normalises the whole string on every call, ~15 µs each until V8 has optimised it: 10-15 ms
 * of a 200-invoice merge, which joins two paths per file.
 */
function under(dir: string): string {
  const base = path.normalize(dir);
  return base === '.' || base === `.${path.sep}` ? '' : base.endsWith(path.sep) ? base : base + path.sep;
}

/** The files a pattern names (sorted); a path that neither exists nor is a pattern is FILE_NOT_FOUND. */
export async function globMatches(spec: string, cwd: string): Promise<string[]> {
  // The glob matcher loads only for a name that is not an existing path.
  const { glob, isDynamicPattern } = await import('tinyglobby');
  if (!isDynamicPattern(spec)) throw new InvoicectlError('FILE_NOT_FOUND', `no such file or folder: ${spec}`);
  const matches = (await glob(spec, { cwd, onlyFiles: true, dot: false })).sort();
  if (matches.length === 0) throw new InvoicectlError('FILE_NOT_FOUND', `the pattern matched no files: ${spec}`);
  return matches;
}

/** The order of a folder's files and of an archive's entries (English collation, name-order.ts). */
const byName = compareNames;

/**
 * Files below `dir`, relative, sorted so runs are reproducible; hidden files and folders skipped.
 * Symbolic links are followed to files and folders, as `find -L` does (accountants link folders of
 * invoices into one tree); each real folder is walked once, so a link back up cannot loop. Links that
 * lead nowhere are listed apart (`dangling`), for the caller to report.
 */
export async function walkFolder(dir: string): Promise<{ files: string[]; dangling: string[] }> {
  const files: string[] = [];
  const dangling: string[] = [];
  const walked = new Set<string>();
  const visit = async (rel: string): Promise<void> => {
    const real = await fs.realpath(path.join(dir, rel)).catch(() => null);
    if (!real || walked.has(real)) return;
    walked.add(real);
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      // = path.join(rel, entry.name): an entry's name holds no separator and is never `.` or `..`.
      const child = rel ? rel + path.sep + entry.name : entry.name;
      let kind: 'file' | 'dir' | 'other' | 'dangling' = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : 'other';
      if (entry.isSymbolicLink()) {
        const target = await fs.stat(path.join(dir, child)).catch(() => null);
        kind = !target ? 'dangling' : target.isFile() ? 'file' : target.isDirectory() ? 'dir' : 'other';
      }
      if (kind === 'file') files.push(child);
      else if (kind === 'dangling') dangling.push(child);
      else if (kind === 'dir') await visit(child);
    }
  };
  await visit('');
  return { files: files.sort(byName), dangling: dangling.sort(byName) };
}

async function addFile(name: string, abs: string, folder: string, limits: Limits, out: CollectResult): Promise<void> {
  try {
    const stat = statSync(abs);
    checkSize(name, stat.size, limits);
    if (startsLikeZip(abs)) {
      // Read once: the same bytes tell an OFD (kept as a document) from an archive (expanded).
      const bytes = await fs.readFile(abs);
      if (!zipHasOfdRoot(bytes, limits.maxZipEntries)) {
        expandZip(name, bytes, limits, out);
        return;
      }
    }
    out.files.push({ name, folder, mtimeMs: stat.mtimeMs, size: stat.size, path: abs, read: async () => (stat.size <= SYNC_READ_BYTES ? readFileSync(abs) : readOnPool(abs)) });
  } catch (err) {
    out.errors.push({ name, error: toErrorInfo(err) });
  }
}

/**
 * A large file's bytes, read on the thread pool in one request (fs.readFile makes one per 512 KB, and
 * the promise API more): opened, sized and closed synchronously.
 */
async function readOnPool(abs: string): Promise<Uint8Array> {
  const fd = openSync(abs, 'r');
  try {
    const size = fstatSync(fd).size;
    const bytes = Buffer.allocUnsafeSlow(size);
    let at = 0;
    while (at < size) {
      const n = await readAt(fd, bytes, at, size - at);
      if (n === 0) break;
      at += n;
    }
    // A file that shrank since it was listed: what is there now, as readFileSync returns.
    return at === size ? bytes : bytes.subarray(0, at);
  } finally {
    closeSync(fd);
  }
}

function readAt(fd: number, into: Uint8Array, at: number, length: number): Promise<number> {
  return new Promise((resolve, reject) => readCallback(fd, into, at, length, at, (err, n) => (err ? reject(err) : resolve(n))));
}

async function addBytes(input: BytesInput, limits: Limits, out: CollectResult): Promise<void> {
  checkSize(input.name, input.bytes.length, limits);
  if (sniffFileType(input.bytes, () => zipHasOfdRoot(input.bytes, limits.maxZipEntries)) === 'zip') {
    expandZip(input.name, input.bytes, limits, out);
    return;
  }
  const bytes = input.bytes;
  out.files.push({
    name: input.name,
    folder: input.label ?? path.basename(path.dirname(input.name)).replace(/^\.$/, ''),
    mtimeMs: input.mtimeMs ?? Date.now(),
    size: bytes.length,
    read: async () => bytes,
    ...(input.sha256 ? { sha256: input.sha256 } : {}),
  });
}

/** Empty files and files over the size limit are refused before anything reads them. */
export function checkSize(name: string, size: number, limits: Limits): void {
  if (size === 0) throw new InvoicectlError('FILE_EMPTY', `${name} is empty (0 bytes)`);
  if (size > limits.maxFileBytes) {
    throw new InvoicectlError('FILE_SIZE_EXCEEDED', `${name} is ${size} bytes, over the limit of ${limits.maxFileBytes}`, { size, limit: limits.maxFileBytes });
  }
}

/** Looks at the first bytes only, so ordinary documents are not read here. */
function startsLikeZip(abs: string): boolean {
  const fd = openSync(abs, 'r');
  try {
    const head = Buffer.alloc(4);
    return sniffFileType(head.subarray(0, readSync(fd, head, 0, 4, 0))) === 'zip';
  } finally {
    closeSync(fd);
  }
}

/** The first `length` bytes of a file (fewer when it is shorter): enough to tell its type. */
export async function readFileHead(file: string, length: number): Promise<Buffer> {
  const handle = await fs.open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(length), 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * Whether a ZIP is an OFD (has OFD.xml at its root). An archive with more entries than `maxEntries` is
 * not looked into (it is refused as an archive, from its count).
 */
export function zipHasOfdRoot(bytes: Uint8Array, maxEntries = DEFAULT_MAX_SNIFF_ENTRIES): boolean {
  try {
    return readZipDirectory(bytes, 'the file', maxEntries).some((e) => e.name === 'OFD.xml');
  } catch {
    return false;
  }
}

/** The default limits.maxZipEntries: enough for any OFD. */
const DEFAULT_MAX_SNIFF_ENTRIES = 10_000;

/**
 * Lists a ZIP's entries as documents. The entry count is checked from the archive's end record before
 * any entry is read (ZIP_TOO_MANY_ENTRIES); the total declared and actual decompressed size are bounded
 * (ZIP bombs). Each entry is judged on its own: names with `..` or absolute paths (ZIP_UNSAFE_PATH), a
 * compression method we cannot read (ZIP_UNSUPPORTED_METHOD) and a name two entries share
 * (ZIP_DUPLICATE_ENTRY: which one is meant cannot be known) fail that entry only.
 * Nested archives are expanded once more at most.
 */
function expandZip(name: string, bytes: Uint8Array, limits: Limits, out: CollectResult, depth = 0, accept = isDocumentName): void {
  let entries: ZipDirectoryEntry[];
  try {
    // Sorted like a folder walk, so the order does not depend on how the archive was written.
    entries = readZipDirectory(bytes, name, limits.maxZipEntries)
      .filter((e) => !e.isDirectory)
      .sort((a, b) => byName(a.name, b.name));
  } catch (err) {
    if (err instanceof InvoicectlError) throw err;
    throw new InvoicectlError('ZIP_CORRUPT', `${name} is not a readable ZIP archive: ${damageReason(err)}`, undefined, { cause: err });
  }
  const liar = entries.find(claimsImpossibleSize);
  if (liar) throw new InvoicectlError('ZIP_CORRUPT', `${name} is damaged: the entry ${liar.name} claims a size its data cannot hold`);
  const declared = entries.reduce((sum, e) => sum + e.size, 0);
  if (declared > limits.maxZipBytes) {
    throw new InvoicectlError('ZIP_TOO_LARGE', `${name} would decompress to ${declared} bytes, over the limit of ${limits.maxZipBytes}`);
  }
  const seen = new Map<string, number>();
  for (const entry of entries) seen.set(entry.name, (seen.get(entry.name) ?? 0) + 1);
  let budget = limits.maxZipBytes;
  for (const [i, entry] of entries.entries()) {
    const entryName = `${name}/${entry.name}`;
    if (isUnsafeEntryName(entry.name)) {
      out.errors.push({ name: entryName, error: { code: 'ZIP_UNSAFE_PATH', message: `refused ZIP entry with an unsafe path: ${entry.name}` } });
      continue;
    }
    const base = path.posix.basename(entry.name);
    if (base.startsWith('.') || entry.name.startsWith('__MACOSX/') || !(accept(base) || /\.zip$/i.test(base))) continue;
    const copies = seen.get(entry.name) ?? 1;
    if (copies > 1) {
      // One error for the name (the entries are sorted, so its copies are neighbours).
      if (entries[i - 1]?.name !== entry.name) {
        out.errors.push({ name: entryName, error: { code: 'ZIP_DUPLICATE_ENTRY', message: `${name} holds ${copies} entries named ${entry.name}; which one is meant cannot be told, so none is read`, details: { copies } } });
      }
      continue;
    }
    try {
      const unreadable = unreadableReason(entry, entryName);
      if (unreadable) throw unreadable;
      checkSize(entryName, entry.size, limits);
      const folderPart = path.posix.dirname(entry.name);
      const folder = folderPart === '.' ? path.basename(name).replace(/\.zip$/i, '') : path.posix.basename(folderPart);
      // Decompressing is deferred to read(); the actual size is checked against the declared one.
      const read = async () => readZipEntry(bytes, entry, entryName);
      budget -= entry.size;
      if (budget < 0) throw new InvoicectlError('ZIP_TOO_LARGE', `${name} exceeds the decompressed size limit at ${entry.name}`);
      if (/\.zip$/i.test(base) && depth < 1) {
        expandZip(entryName, readZipEntry(bytes, entry, entryName), limits, out, depth + 1, accept);
        continue;
      }
      out.files.push({ name: entryName, folder, mtimeMs: entry.mtimeMs, size: entry.size, read });
    } catch (err) {
      out.errors.push({ name: entryName, error: toErrorInfo(err) });
    }
  }
}

/** Deflate cannot expand data more than 1032 times: a larger declared size is a lie, not a bomb. */
const MAX_DEFLATE_RATIO = 1032;

/**
 * A size the entry's data cannot have: deflate neither expands more than 1032 times nor grows data by
 * more than 5 bytes per 64 KB block (plus an encryption header's 12).
 */
function claimsImpossibleSize(entry: ZipDirectoryEntry): boolean {
  const { size, compressedSize, method } = entry;
  if (method === 0) return size !== compressedSize && size + 12 !== compressedSize; // stored
  if (method !== 8) return false;
  return size > compressedSize * MAX_DEFLATE_RATIO + 64 || compressedSize > size + 5 * Math.ceil(size / 65535) + 32;
}

/**
 * A ZIP archive's entries as inputs, with the same safety rules, for callers that take other kinds of
 * files than invoice documents (convert takes office documents): `accept` judges an entry by its name.
 */
export function collectZip(name: string, bytes: Uint8Array, options: { limits: Limits; accept: (entryName: string) => boolean }): CollectResult {
  const out: CollectResult = { files: [], errors: [] };
  try {
    expandZip(name, bytes, options.limits, out, 0, options.accept);
  } catch (err) {
    out.errors.push({ name, error: toErrorInfo(err) });
  }
  return out;
}

export function isUnsafeEntryName(entryName: string): boolean {
  const normal = entryName.replace(/\\/g, '/');
  return normal.startsWith('/') || /^[A-Za-z]:/.test(normal) || normal.split('/').includes('..');
}

/**
 * Reads a document, sniffs its type and hashes it. Unrecognised or empty content is a per-file error.
 * `knownSha256`: the hash from an earlier read of the same file (merge reads each input twice: to plan,
 * then to place) or from the caller (the server hashes uploads as they arrive), so that hashing, a large
 * part of reading, is not done again.
 */
export async function loadInput(file: InputFile, knownSha256 = file.sha256): Promise<LoadedInput> {
  const bytes = await readInputBytes(file);
  const type = sniffFileType(bytes, () => zipHasOfdRoot(bytes));
  if (!type) {
    throw new InvoicectlError('INVALID_FILE_TYPE', `${file.name} is not a PDF, OFD, XML, PNG, JPEG, TIFF or ZIP file (by its content)`);
  }
  return { file, bytes, type, sha256: knownSha256 ?? (await sha256Of(bytes)) };
}

/**
 * Inputs up to this size are hashed on the calling thread, larger ones through WebCrypto, which hashes on
 * libuv's thread pool but first copies the bytes on the calling thread: for an invoice (100–300 KB) the
 * copy and the job cost the main thread more than hashing in place (~1 ms of CPU per MB). A large file
 * does not hold the event loop (a server's) for long.
 */
const INLINE_HASH_BYTES = 1 << 20;

async function sha256Of(bytes: Uint8Array): Promise<string> {
  if (bytes.length <= INLINE_HASH_BYTES) return sha256(bytes);
  return Buffer.from(await crypto.webcrypto.subtle.digest('SHA-256', bytes)).toString('hex');
}

/** A collected file's bytes; a file gone since collection is FILE_NOT_FOUND, an empty one FILE_EMPTY. */
export async function readInputBytes(file: InputFile): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await file.read();
  } catch (err) {
    if (err instanceof InvoicectlError) throw err;
    throw new InvoicectlError('FILE_NOT_FOUND', `cannot read ${file.name}: ${(err as Error).message}`);
  }
  if (bytes.length === 0) throw new InvoicectlError('FILE_EMPTY', `${file.name} is empty (0 bytes)`);
  return bytes;
}

export function sha256(bytes: Uint8Array | string): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

/**
 * A stream's bytes (stdin), counted against `maxBytes` as they arrive: `- < /dev/zero` is refused with
 * FILE_SIZE_EXCEEDED once it passes the limit, and reading stops there (leaving the loop destroys the
 * stream), so memory never holds more than the limit.
 */
export async function readStream(stream: NodeJS.ReadableStream, maxBytes = Number.POSITIVE_INFINITY, name = '-'): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk as Uint8Array);
    size += bytes.length;
    if (size > maxBytes) throw new InvoicectlError('FILE_SIZE_EXCEEDED', `${name} (standard input) is over the limit of ${maxBytes} bytes`, { limit: maxBytes });
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
