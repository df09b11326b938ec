/**
 * Uploading one file the way invoices-api.md §7.1 describes: up to 5 MB in one request (with progress),
 * larger files in 2 MB chunks, 3 at a time, resumable: the file's SHA-256 names the upload, the server
 * says which chunks it already has (GET /invoices/upload-chunk?fileHash=), only the rest are sent, then
 * POST /invoices/merge-chunks joins them.
 */
import { BASE, call, json, type Invoice } from './api';

export const CHUNK_THRESHOLD = 5 * 1024 * 1024;
export const CHUNK_SIZE = 2 * 1024 * 1024;
const PARALLEL = 3;

async function sha256Hex(data: ArrayBuffer): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
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
        reject(new Error(`HTTP ${xhr.status}`));
      }
    };
    xhr.onerror = () => reject(new Error('network error'));
    xhr.send(form);
  });
}

export async function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<{ invoice: Invoice; duplicate: boolean; chunked: boolean }> {
  if (file.size <= CHUNK_THRESHOLD) {
    const form = new FormData();
    form.append('file', file, file.name);
    const body = await post(`${BASE}/invoices/upload`, form, (sent) => onProgress(sent / file.size));
    if (body.code !== 0) throw new Error(body.message);
    onProgress(1);
    return { invoice: body.data as Invoice, duplicate: body.message === 'duplicate', chunked: false };
  }
  const bytes = await file.arrayBuffer();
  const fileHash = await sha256Hex(bytes);
  const totalChunks = Math.ceil(file.size / CHUNK_SIZE);
  const { uploadedChunks } = await call<{ uploadedChunks: number[] }>(`/invoices/upload-chunk?fileHash=${fileHash}`);
  const have = new Set(uploadedChunks);
  const todo = Array.from({ length: totalChunks }, (_, i) => i).filter((i) => !have.has(i));
  let done = have.size;
  onProgress(done / totalChunks);
  const sendChunk = async (index: number) => {
    const chunk = bytes.slice(index * CHUNK_SIZE, (index + 1) * CHUNK_SIZE);
    const form = new FormData();
    form.append('chunkIndex', String(index));
    form.append('chunkHash', await sha256Hex(chunk));
    form.append('fileHash', fileHash);
    form.append('fileName', file.name);
    form.append('totalChunks', String(totalChunks));
    form.append('chunk', new Blob([chunk]), `${file.name}.part${index}`);
    const body = await post(`${BASE}/invoices/upload-chunk`, form, () => {});
    if (body.code !== 0) throw new Error(body.message);
    onProgress(++done / totalChunks);
  };
  // A failed chunk fails the file only once every other chunk in flight has landed or failed too: a
  // resume then asks the server what it has, and would send again a chunk still on its way.
  const queue = [...todo];
  const lanes = await Promise.allSettled(Array.from({ length: Math.min(PARALLEL, queue.length) }, async () => {
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) await sendChunk(next);
  }));
  const failed = lanes.find((lane) => lane.status === 'rejected');
  if (failed) throw failed.reason;
  const res = await fetch(`${BASE}/invoices/merge-chunks`, json('POST', { fileHash, fileName: file.name, totalChunks }));
  const body = (await res.json()) as { code: number; message: string; data: Invoice };
  if (body.code !== 0) throw new Error(body.message);
  return { invoice: body.data, duplicate: body.message === 'duplicate', chunked: true };
}
