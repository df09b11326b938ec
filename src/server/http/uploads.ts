/**
 * Multipart uploads streamed straight into the blob store (hashed on the way, never held whole in
 * memory), with a per-file size limit. A client that disconnects mid-upload, or a file over the limit,
 * leaves nothing behind: the temp file is removed, and so are the blobs this request already stored.
 */
import type { FastifyRequest } from 'fastify';
import type { BlobStore } from '../store/blobs.js';
import { HttpError } from './errors.js';

export interface ReceivedFile {
  field: string;
  /** From readMultipartFile: the bytes of a small file, or the private temp file holding a larger one (the caller removes it). */
  bytes?: Buffer;
  path?: string;
  /** From readMultipartFile: the first KiB, enough to sniff the type. */
  head?: Buffer;
  /** The client's file name, reduced to its last path segment. */
  filename: string;
  mimetype: string;
  sha256: string;
  size: number;
}

export interface ReceivedUpload {
  files: ReceivedFile[];
  /** The non-file form fields (the last value when a field is repeated). */
  fields: Record<string, string>;
}

export interface ReceiveOptions {
  maxFileBytes: number;
  maxFiles?: number;
  /** Called with the shas of blobs to drop when the request fails (they may be shared with stored rows). */
  discard: (shas: string[]) => Promise<void>;
}

export async function receiveUploads(request: FastifyRequest, blobs: BlobStore, options: ReceiveOptions): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw new HttpError(415, 'INVALID_CONTENT_TYPE', 'the request must be multipart/form-data');
  const out: ReceivedUpload = { files: [], fields: {} };
  try {
    // The parser's own limit sits one byte above ours, so the blob store's count trips first with a clear message.
    for await (const part of request.parts({ limits: { fileSize: options.maxFileBytes + 1, files: options.maxFiles, fieldSize: 1024 * 1024 } })) {
      if (part.type === 'field') {
        out.fields[part.fieldname] = String(part.value);
        continue;
      }
      // Held until the response is sent (app.ts): another request's cleanup must not delete these bytes
      // before this one has stored its rows for them.
      const blob = await blobs.putStream(part.file, options.maxFileBytes, request.id).catch((err: unknown) => {
        part.file.resume();
        throw err;
      });
      out.files.push({ field: part.fieldname, filename: baseName(part.filename), mimetype: part.mimetype, sha256: blob.sha256, size: blob.size });
    }
    return out;
  } catch (err) {
    await options.discard(out.files.map((f) => f.sha256));
    throw malformedBody(err) ?? err;
  }
}

/**
 * The form parser's own complaints ("Boundary not found", "Malformed part header", "Unexpected end of
 * form") are plain Errors without a code: the client's body is broken, a 400 in every spec's shape.
 * Errors with a code (a full disk, a closed connection, a framework limit) keep theirs.
 */
function malformedBody(err: unknown): HttpError | undefined {
  if (!(err instanceof Error) || err.constructor !== Error) return undefined;
  const e = err as Error & { code?: unknown; statusCode?: unknown };
  if (e.code !== undefined || e.statusCode !== undefined || e.message === 'aborted') return undefined;
  return new HttpError(400, 'INVALID_MULTIPART', `malformed multipart/form-data body: ${e.message}`);
}

/** `C:\\a\\b.pdf` and `../../b.pdf` → `b.pdf`: a client's name is a label, never a path. */
export function baseName(name: string | undefined): string {
  const last = (name ?? '').split(/[\\/]/).pop() ?? '';
  return last.replace(/[\u0000-\u001f]/g, '').trim() || 'upload';
}
