/**
 * What processor-api.md accepts: PDFs and ZIP archives of PDFs, 50 MB each, with the listed MIME types.
 * The type is decided by the name, the declared MIME type and the bytes together (a renamed text file is
 * refused), and a ZIP is opened with the CLI's rules (no `../` entries, bounded entries and size, at
 * least one PDF) before anything is queued.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { collectZip, readFileHead, type Limits } from '../../core/inputs.js';
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

async function checkZip(file: ReceivedFile, blobs: BlobStore, limits: Limits): Promise<void> {
  const bytes = await fs.readFile(blobs.pathOf(file.sha256));
  const { files, errors } = collectZip(file.filename, bytes, { limits, accept: (name) => name.toLowerCase().endsWith('.pdf') });
  const refused = errors.find((e) => e.error.code.startsWith('ZIP_'));
  if (refused) throw new HttpError(400, refused.error.code, refused.error.message);
  if (files.length === 0) throw new HttpError(400, 'INVALID_FILE_TYPE', `${file.filename} holds no PDF file`);
}
