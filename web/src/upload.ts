/**
 * Uploading one file the way invoices-api.md §7.1 describes: up to 5 MB in one request (with progress),
 * larger files in 2 MB chunks, 3 at a time, resumable: the file's SHA-256 names the upload, the server
 * says which chunks it already has (GET /invoices/upload-chunk?fileHash=), only the rest are sent, then
 * POST /invoices/merge-chunks joins them.
 */
import { BASE, call, json, type Invoice } from './api';

export const MAX_BYTES = 10 * 1024 * 1024;

export const CHUNK_THRESHOLD = 5 * 1024 * 1024;
export const CHUNK_SIZE = 2 * 1024 * 1024;
const PARALLEL = 3;

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Why an upload failed: the spec's code (null: the network), the server's message, and whether trying again can help. */
export class UploadError extends Error {
  constructor(
    readonly code: number | null,
    message: string,
    readonly invoice: Invoice | null = null,
  ) {
    super(message);
  }
  /** A dropped connection or a server fault may pass on a second try; a refused or unreadable file will not. */
  get retryable(): boolean {
    return this.code === null || this.code >= 5000;
  }
}

/** One request with upload progress (fetch has none). */
function post(url: string, form: FormData, onProgress: (sent: number) => void): Promise<{ code: number; message: string; data: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.upload.onprogress = (e) => onProgress(e.loaded);
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText));
      } catch {
        reject(new UploadError(xhr.status >= 500 ? 5001 : null, `HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new UploadError(null, 'network error'));
    xhr.send(form);
  });
}

function check(body: { code: number; message: string; data: unknown }): void {
  if (body.code !== 0) throw new UploadError(body.code, body.message, body.code === 2003 ? (body.data as Invoice) : null);
}

/**
 * `onProgress`: bytes of the file the server has (a chunk counts as it goes, so a large file moves from
 * the first second); `onSent`: every byte is there and the server is reading the invoice.
 */
export async function uploadFile(file: File, onProgress: (bytes: number) => void, onSent: () => void = () => {}): Promise<{ invoice: Invoice; duplicate: boolean; chunked: boolean }> {
  if (file.size <= CHUNK_THRESHOLD) {
    const form = new FormData();
    form.append('file', file, file.name);
    const body = await post(`${BASE}/invoices/upload`, form, (sent) => {
      // The form's own bytes (boundaries, headers) count in `sent`: a file's bar stops at its size.
      onProgress(Math.min(file.size, sent));
      if (sent >= file.size) onSent();
    });
    check(body);
    onProgress(file.size);
    return { invoice: body.data as Invoice, duplicate: body.message === 'duplicate', chunked: false };
  }
  const bytes = await file.arrayBuffer();
  const fileHash = await sha256Hex(bytes);
  const totalChunks = Math.ceil(file.size / CHUNK_SIZE);
  const { uploadedChunks } = await call<{ uploadedChunks: number[] }>(`/invoices/upload-chunk?fileHash=${fileHash}`);
  const have = new Set(uploadedChunks);
  const todo = Array.from({ length: totalChunks }, (_, i) => i).filter((i) => !have.has(i));
  const sizeOf = (i: number) => Math.min(CHUNK_SIZE, file.size - i * CHUNK_SIZE);
  let landed = [...have].reduce((sum, i) => sum + sizeOf(i), 0);
  const inFlight = new Map<number, number>();
  const report = () => onProgress(landed + [...inFlight.values()].reduce((a, b) => a + b, 0));
  report();
  const sendChunk = async (index: number) => {
    const chunk = bytes.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
    const form = new FormData();
    form.append('chunkIndex', String(index));
    form.append('chunkHash', await sha256Hex(chunk));
    form.append('fileHash', fileHash);
    form.append('fileName', file.name);
    form.append('totalChunks', String(totalChunks));
    form.append('chunk', new Blob([chunk]), `${file.name}.part${index}`);
    try {
      const body = await post(`${BASE}/invoices/upload-chunk`, form, (sent) => {
        inFlight.set(index, Math.min(sent, chunk.byteLength));
        report();
      });
      check(body);
      landed += chunk.byteLength;
    } finally {
      inFlight.delete(index);
      report();
    }
  };
  // A failed chunk fails the file only once every other chunk in flight has landed or failed too: a
  // resume then asks the server what it has, and would send again a chunk still on its way.
  const queue = [...todo];
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await sendChunk(next);
  }));
  const failed = lanes.find((lane) => lane.status === 'rejected');
  if (failed) throw failed.reason;
  onSent();
  let body: { code: number; message: string; data: Invoice };
  try {
    const res = await fetch(`${BASE}/invoices/merge-chunks`, json('POST', { fileHash, fileName: file.name, totalChunks }));
    body = await res.json();
  } catch {
    throw new UploadError(null, 'network error');
  }
  check(body);
  return { invoice: body.data, duplicate: body.message === 'duplicate', chunked: true };
}
