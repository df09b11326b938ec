/**
 * What processor-api.md accepts: PDFs and ZIP archives of PDFs, 50 MB each, with the listed MIME types.
 * The type is decided by the name, the declared MIME type and the bytes together (a renamed text file is
 * refused), and a ZIP is opened with the CLI's rules (no `../` entries, bounded entries and size, at
 * least one PDF) before anything is queued.
 */
import fs from 'node:fs/promises';
import { Worker } from 'node:worker_threads';
import { compiledScript } from '../../core/compiled-script.js';
import { checkZipBytes, type ZipCheck } from './zip-check.js';
import path from 'node:path';
import { readFileHead, type Limits } from '../../core/inputs.js';
import { HttpError } from '../http/errors.js';
import type { ReceivedFile } from '../http/uploads.js';
import type { BlobStore } from '../store/blobs.js';

export const UPLOAD_LIMITS = {
  maxFileBytes: 50 * 1024 * 1024,
  contentTypes: ['application/pdf', 'application/zip', 'application/x-zip-compressed', 'application/octet-stream'],
  extensions: ['.pdf', '.zip'],
} as const;

const FILE_FIELDS = new Set(['files', 'file']);
/**
 * A part without a Content-Type reads as text/plain (RFC 7578's default): the spec's own Python client
 * (requests with open files) sends PDFs that way. The bytes decide for it, as for octet-stream.
 */
const UNDECLARED = 'text/plain';

export async function checkUploadedFile(file: ReceivedFile, blobs: BlobStore, limits: Limits): Promise<void> {
  if (!FILE_FIELDS.has(file.field)) throw new HttpError(400, 'VALIDATION_ERROR', `files go in the form field "files" (got a file in "${file.field}")`);
  const extension = path.extname(file.filename).toLowerCase();
  const mime = file.mimetype.split(';')[0].trim().toLowerCase();
  if (!(UPLOAD_LIMITS.extensions as readonly string[]).includes(extension) || !(mime === UNDECLARED || (UPLOAD_LIMITS.contentTypes as readonly string[]).includes(mime))) {
    throw new HttpError(400, 'INVALID_FILE_TYPE', `${file.filename}: only PDF and ZIP files are accepted (${UPLOAD_LIMITS.extensions.join(', ')}; got ${mime})`);
  }
  if (file.size === 0) throw new HttpError(400, 'FILE_EMPTY', `${file.filename} is empty (0 bytes)`);
  const head = await readFileHead(blobs.pathOf(file.sha256), 1024);
  if (head.subarray(0, 4).toString('latin1') === 'PK\u0003\u0004') return checkZip(file, blobs, limits);
  if (!head.toString('latin1').includes('%PDF-')) throw new HttpError(400, 'INVALID_FILE_TYPE', `${file.filename} is neither a PDF nor a ZIP archive (by its content)`);
}

/** A ZIP's check may use this much heap: far above what the limits let an archive need. */
const ZIP_CHECK_HEAP_MB = 512;

async function checkZip(file: ReceivedFile, blobs: BlobStore, limits: Limits): Promise<void> {
  const { refused, pdfs } = await zipContents(blobs.pathOf(file.sha256), file.filename, limits);
  if (refused) throw new HttpError(400, refused.code, refused.message);
  if (pdfs === 0) throw new HttpError(400, 'INVALID_FILE_TYPE', `${file.filename} holds no PDF file`);
}

/**
 * Opening a hostile archive (hundreds of thousands of entries, a bomb) is the kind of work that must
 * not run on the event loop or in the server's heap: it runs on a thread with a heap limit, and a
 * thread that runs out of it refuses the archive. Without the compiled thread script (tests from
 * sources) it runs here.
 */
async function zipContents(path: string, filename: string, limits: Limits): Promise<ZipCheck> {
  const script = compiledScript('./zip-check-thread.js', import.meta.url);
  if (!script) {
    return checkZipBytes(filename, await fs.readFile(path), limits);
  }
  return new Promise<ZipCheck>((resolve) => {
    const worker = new Worker(script, { workerData: { path, filename, limits }, resourceLimits: { maxOldGenerationSizeMb: ZIP_CHECK_HEAP_MB } });
    const tooBig = (why: string): ZipCheck => ({ refused: { code: 'ZIP_TOO_LARGE', message: `${filename} could not be opened within the server's limits (${why})` }, pdfs: 0 });
    worker.once('message', (check: ZipCheck) => resolve(check));
    worker.once('error', (err: Error & { code?: string }) => resolve(tooBig(err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? `more than ${ZIP_CHECK_HEAP_MB} MB of memory` : err.message)));
    worker.once('exit', (code) => resolve(tooBig(`the check ended with code ${code}`)));
  });
}
