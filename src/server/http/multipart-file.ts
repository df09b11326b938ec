/**
 * One file out of a multipart/form-data body, for a route that reads one file once (extract-api.md's
 * POST /extract): the body is scanned with Buffer.indexOf, the file's bytes are hashed as they arrive
 * and kept in memory up to `memoryBytes` (in a private temp file beyond), other parts are skipped
 * unread. Busboy, behind @fastify/multipart, spent about as much CPU on a 100 KB upload as the rest of
 * a cached /extract answer together (a parser and part streams per request, a JS boundary search).
 *
 * What it keeps of RFC 7578: the boundary from the Content-Type, parts' `name`, `filename` (or
 * `filename*`) and Content-Type (text/plain when absent, as busboy says); a part with a filename is a file.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { InvoicectlError } from '../../core/errors.js';
import { HttpError } from './errors.js';
import { baseName, type ReceivedFile } from './uploads.js';

export interface MultipartFileOptions {
  /** The form field that holds the file. */
  field: string;
  maxFileBytes: number;
  /** The whole body, every part included. */
  maxBodyBytes: number;
  /** Files up to this size stay in memory; larger ones go to a temp file (the caller removes it). */
  memoryBytes: number;
  tempPath: () => string;
}

const CRLF = Buffer.from('\r\n');
const HEADERS_END = Buffer.from('\r\n\r\n');
/** Part headers beyond this are not a form but an attack or a broken client. */
const MAX_HEADER_BYTES = 16 * 1024;
/** What a type sniffer needs: PDF readers accept the header anywhere in the first 1 KiB. */
const HEAD_BYTES = 1024;

/** Resolves with the file (undefined when the form has none under `field`); fails with HttpError or FILE_SIZE_EXCEEDED. */
export function readMultipartFile(request: IncomingMessage, options: MultipartFileOptions): Promise<ReceivedFile | undefined> {
  const boundary = boundaryOf(request.headers['content-type'] ?? '');
  if (!boundary) return Promise.reject(new HttpError(400, 'INVALID_MULTIPART', 'multipart/form-data without a boundary'));
  return new Promise((resolve, reject) => {
    const parser = new MultipartFileParser(boundary, options);
    let bodyBytes = 0;
    // Settled once: an error event after the body ended must not remove the file the caller now has.
    let settled = false;
    const fail = (err: unknown) => {
      if (settled) return;
      settled = true;
      request.off('data', onData);
      parser.abort().then(() => reject(err), reject);
      // Read the rest of an acceptable body, so the answer reaches the client instead of a reset connection.
      if (bodyBytes <= options.maxBodyBytes) request.resume();
    };
    const onData = (chunk: Buffer) => {
      bodyBytes += chunk.length;
      if (bodyBytes > options.maxBodyBytes) return fail(new InvoicectlError('FILE_SIZE_EXCEEDED', `the request body is over the limit of ${options.maxBodyBytes} bytes`));
      try {
        // A temp file that cannot keep up pauses the upload until it has written what it holds.
        if (!parser.push(chunk)) {
          request.pause();
          parser.drained().then(() => request.resume(), fail);
        }
      } catch (err) {
        fail(err);
      }
    };
    request.on('data', onData);
    request.once('end', () => {
      if (settled) return;
      settled = true;
      parser.end().then(resolve, (err: unknown) => parser.abort().then(() => reject(err), reject));
    });
    // A client that goes away mid-upload: 'close' before 'end'.
    request.once('close', () => {
      if (!request.complete) fail(new HttpError(400, 'UPLOAD_ABORTED', 'the client closed the connection during the upload'));
    });
    request.once('error', fail);
  });
}

/** `multipart/form-data; boundary="abc"` → `abc` (RFC 2046: 1 to 70 characters). */
function boundaryOf(contentType: string): string | undefined {
  const m = /;\s*boundary=(?:"([^"]{1,70})"|([^;\s]{1,70}))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

type State = 'preamble' | 'afterBoundary' | 'headers' | 'body' | 'done';

class MultipartFileParser {
  /** `--boundary`: opens the first part. */
  private readonly dashBoundary: Buffer;
  /** `\r\n--boundary`: ends a part's content. */
  private readonly delimiter: Buffer;
  private state: State = 'preamble';
  /** Unparsed bytes kept from the previous chunk: a split header block or a possible start of the delimiter. */
  private pending: Buffer | undefined;
  /** Whether the current part is the file we keep. */
  private keeping = false;
  private files = 0;
  private file: { filename: string; mimetype: string } | undefined;
  private readonly hash = createHash('sha256');
  private size = 0;
  private readonly chunks: Buffer[] = [];
  /** The file's first HEAD_BYTES, for sniffing its type. */
  private readonly head: Buffer[] = [];
  private headSize = 0;
  private tempFile: { path: string; stream: fs.WriteStream } | undefined;
  /** The temp file's write error, reported by drained() and end(). */
  private writeError: Error | undefined;

  constructor(
    boundary: string,
    private readonly options: MultipartFileOptions,
  ) {
    this.dashBoundary = Buffer.from(`--${boundary}`);
    this.delimiter = Buffer.from(`\r\n--${boundary}`);
  }

  /** Parses a chunk; false when the temp file asks the caller to wait for drained(). */
  push(chunk: Buffer): boolean {
    let buf = this.pending ? Buffer.concat([this.pending, chunk]) : chunk;
    this.pending = undefined;
    for (;;) {
      switch (this.state) {
        case 'preamble': {
          // The first `--boundary` at the start of the body or of a line.
          let at = buf.indexOf(this.dashBoundary);
          while (at > 0 && !(buf[at - 2] === 13 && buf[at - 1] === 10)) at = buf.indexOf(this.dashBoundary, at + 1);
          if (at < 0) return this.keep(buf.subarray(Math.max(0, buf.length - this.dashBoundary.length - 1)));
          buf = buf.subarray(at + this.dashBoundary.length);
          this.state = 'afterBoundary';
          break;
        }
        case 'afterBoundary': {
          // `--` closes the form; otherwise optional padding and CRLF start a part's headers.
          if (buf.length < 2) return this.keep(buf);
          if (buf[0] === 45 && buf[1] === 45) {
            this.state = 'done';
            return true;
          }
          const eol = buf.indexOf(CRLF);
          if (eol < 0) return buf.length > 256 ? this.malformed() : this.keep(buf);
          if (buf.subarray(0, eol).toString('latin1').trim() !== '') return this.malformed();
          buf = buf.subarray(eol + 2);
          this.state = 'headers';
          break;
        }
        case 'headers': {
          // An empty header block is just CRLF; otherwise it ends with a blank line.
          if (buf.length < 2) return this.keep(buf);
          const end = buf[0] === 13 && buf[1] === 10 ? -2 : buf.indexOf(HEADERS_END);
          if (end === -1) return buf.length > MAX_HEADER_BYTES ? this.malformed() : this.keep(buf);
          this.startPart(end < 0 ? '' : buf.subarray(0, end).toString('utf8'));
          buf = buf.subarray(end + 4);
          this.state = 'body';
          break;
        }
        case 'body': {
          const at = buf.indexOf(this.delimiter);
          if (at >= 0) {
            this.content(buf.subarray(0, at));
            buf = buf.subarray(at + this.delimiter.length);
            this.keeping = false;
            this.state = 'afterBoundary';
            break;
          }
          // Everything but a tail that may be the start of a delimiter split across chunks.
          const tail = partialMatchAt(buf, this.delimiter);
          const ready = this.content(buf.subarray(0, tail));
          this.keep(buf.subarray(tail));
          return ready;
        }
        case 'done':
          // The epilogue: ignored.
          return true;
      }
    }
  }

  /** Resolves once the temp file has taken what it was given. */
  drained(): Promise<void> {
    return new Promise((resolve, reject) => {
      const stream = this.tempFile!.stream;
      if (this.writeError) return reject(this.writeError);
      const onError = (err: Error) => reject(err);
      stream.once('error', onError);
      stream.once('drain', () => {
        stream.off('error', onError);
        resolve();
      });
    });
  }

  /** The body ended: the file, whole. */
  async end(): Promise<ReceivedFile | undefined> {
    if (this.state !== 'done') throw new HttpError(400, 'INVALID_MULTIPART', 'the multipart body ends before its closing boundary');
    if (!this.file) return undefined;
    const base = { field: this.options.field, filename: this.file.filename, mimetype: this.file.mimetype, sha256: this.hash.digest('hex'), size: this.size, head: Buffer.concat(this.head) };
    if (!this.tempFile) {
      // Joined when first read: a cached answer needs only the hash and the head, not a copy of the file.
      const { chunks, size } = this;
      let bytes: Buffer | undefined;
      return {
        ...base,
        get bytes() {
          return (bytes ??= chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, size));
        },
      };
    }
    const { path, stream } = this.tempFile;
    if (this.writeError) throw this.writeError;
    await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    return { ...base, path };
  }

  /** Stops, and removes the temp file if there is one. */
  async abort(): Promise<void> {
    if (!this.tempFile) return;
    const { path, stream } = this.tempFile;
    this.tempFile = undefined;
    await new Promise<void>((resolve) => stream.destroy().once('close', () => resolve()));
    await fs.promises.rm(path, { force: true });
  }

  private keep(buf: Buffer): boolean {
    // A copy, so a small remainder does not hold the whole chunk it came from.
    this.pending = buf.length ? Buffer.from(buf) : undefined;
    return true;
  }

  private malformed(): never {
    throw new HttpError(400, 'INVALID_MULTIPART', 'malformed multipart/form-data body');
  }

  private startPart(headerBlock: string): void {
    let disposition = '';
    let mimetype = 'text/plain';
    for (const line of headerBlock.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const name = line.slice(0, colon).trim().toLowerCase();
      if (name === 'content-disposition') disposition = line.slice(colon + 1);
      else if (name === 'content-type') mimetype = line.slice(colon + 1).trim() || mimetype;
    }
    const params = dispositionParams(disposition);
    const filename = params['filename*'] ?? params.filename;
    if (filename === undefined) return; // a plain field: not read
    // As @fastify/multipart configured by the other routes: one file per request.
    if (++this.files > 1) throw new HttpError(400, 'TOO_MANY_FILES', 'Reach files limit');
    if (params.name !== this.options.field) return;
    this.keeping = true;
    this.file = { filename: baseName(filename), mimetype };
  }

  /** Content of the current part; false when the temp file is full for now. */
  private content(bytes: Buffer): boolean {
    if (!this.keeping || bytes.length === 0) return true;
    this.size += bytes.length;
    if (this.size > this.options.maxFileBytes) {
      throw new InvoicectlError('FILE_SIZE_EXCEEDED', `the file is over the limit of ${this.options.maxFileBytes} bytes`, { limit: this.options.maxFileBytes });
    }
    this.hash.update(bytes);
    if (this.headSize < HEAD_BYTES) {
      this.head.push(bytes.subarray(0, HEAD_BYTES - this.headSize));
      this.headSize += this.head[this.head.length - 1].length;
    }
    if (!this.tempFile && this.size <= this.options.memoryBytes) {
      this.chunks.push(bytes);
      return true;
    }
    if (!this.tempFile) {
      const path = this.options.tempPath();
      this.tempFile = { path, stream: fs.createWriteStream(path, { flags: 'wx' }) };
      this.tempFile.stream.on('error', (err) => (this.writeError ??= err));
      for (const held of this.chunks.splice(0)) this.tempFile.stream.write(held);
    }
    return this.tempFile.stream.write(bytes);
  }
}

/** Where a suffix of `buf` that is a prefix of `needle` starts (buf.length when none). */
function partialMatchAt(buf: Buffer, needle: Buffer): number {
  for (let at = Math.max(0, buf.length - needle.length + 1); at < buf.length; at++) {
    // The delimiter starts with CR: only those positions can match.
    at = buf.indexOf(needle[0], at);
    if (at < 0) break;
    if (buf.compare(needle, 0, buf.length - at, at, buf.length) === 0) return at;
  }
  return buf.length;
}

/** `form-data; name="file"; filename="a.pdf"` → {name, filename}; `filename*=UTF-8''…` is decoded. */
function dispositionParams(header: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (let m = re.exec(header); m; m = re.exec(header)) {
    const key = m[1].toLowerCase();
    let value = m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3].trim();
    if (key.endsWith('*')) {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(value);
      try {
        value = ext ? decodeURIComponent(ext[2]) : value;
      } catch {
        continue;
      }
    }
    out[key] = value;
  }
  return out;
}
