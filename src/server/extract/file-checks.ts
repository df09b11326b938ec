/** What extract-api.md accepts: PDF, PNG and JPEG files of at most 10 MB, judged by their bytes. */
import { sniffFileType } from '../../core/filetype.js';
import { readFileHead } from '../../core/inputs.js';
import type { ReceivedFile } from '../http/uploads.js';
import { ExtractApiError, SUPPORTED } from './errors.js';

export const MAX_BYTES = 10 * 1024 * 1024;
const DECLARED = new Set(['application/pdf', 'image/png', 'image/jpeg', 'image/jpg']);
/** What a client sends when it declares no type (RFC 7578's default), or does not know it. */
const UNDECLARED = new Set(['text/plain', 'application/octet-stream']);
const TYPES = new Set(['pdf', 'png', 'jpeg']);

export async function checkExtractFile(file: ReceivedFile): Promise<void> {
  const mime = file.mimetype.split(';')[0].trim().toLowerCase();
  if (file.size === 0) throw new ExtractApiError(400, 'Empty file', 'File size: 0 bytes');
  const type = sniffFileType(file.head ?? file.bytes ?? (await readFileHead(file.path!, 1024)));
  const declaredOk = DECLARED.has(mime) || UNDECLARED.has(mime);
  if (!declaredOk || !type || !TYPES.has(type)) throw new ExtractApiError(400, `Invalid file type: ${declaredOk ? (type ?? 'unknown content') : mime}`, SUPPORTED);
}
