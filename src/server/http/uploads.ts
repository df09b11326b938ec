/**
 * Multipart uploads streamed straight into the blob store (hashed on the way, never held whole in
 * memory), with a per-file size limit. A client that disconnects mid-upload, or a file over the limit,
 * leaves nothing behind: the temp file is removed, and so are the blobs this request already stored.
 */
import type { FastifyRequest } from 'fastify';
import type { FileStore } from '../store/files.js';
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
  /**
   * Removes the blobs of these files (all of the upload's by default) that no stored file row uses: a
   * request that fails after the upload leaves nothing behind, and a blob shared with a row stays.
   */
  discard(files?: readonly { sha256: string }[]): Promise<void>;
  /** Runs `work`; when it fails, the upload is discarded and the error goes on. */
  discardOnFailure<T>(work: () => Promise<T> | T): Promise<T>;
}

export interface ReceiveOptions {
  maxFileBytes: number;
  maxFiles?: number;
}

export async function receiveUploads(request: FastifyRequest, store: FileStore, options: ReceiveOptions): Promise<ReceivedUpload> {
  if (!request.isMultipart()) throw new HttpError(415, 'INVALID_CONTENT_TYPE', 'the request must be multipart/form-data');
  const blobs = store.blobs;
  const out: ReceivedUpload = {
    files: [],
    fields: {},
    discard: (files = out.files) => store.removeOrphanBlobs(files.map((f) => f.sha256)),
    discardOnFailure: async (work) => {
      try {
        return await work();
      } catch (err) {
        await out.discard();
        throw err;
      }
    },
  };
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
    await out.discard();
    await drainBody(request, options);
    throw malformedBody(err) ?? err;
  }
}

/** How long a refused upload's remaining body is read before the answer goes out anyway. */
const DRAIN_MS = 10_000;

/**
 * Reads (and drops) the rest of a refused request's body when its declared size is within the limits
 * plus 1 MiB, so the client gets the answer (a 413 for a file a little over the limit, a 507 on a full
 * disk, a refused file type) instead of a connection closed while it is still sending (EPIPE), as
 * multipart-file.ts does for its routes. A larger or undeclared body is not read: that connection is
 * closed after the answer.
 */
async function drainBody(request: FastifyRequest, options: ReceiveOptions): Promise<void> {
  const raw = request.raw;
  const declared = Number(raw.headers['content-length']);
  const acceptable = Number.isFinite(declared) && declared <= options.maxFileBytes * (options.maxFiles ?? 1) + (1 << 20);
  if (raw.complete || raw.destroyed || !acceptable) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      raw.off('end', done).off('close', done).off('error', done);
      resolve();
    };
    const timer = setTimeout(done, DRAIN_MS);
    raw.on('end', done).on('close', done).on('error', done);
    raw.resume();
  });
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
