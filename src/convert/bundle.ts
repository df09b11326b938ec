/**
 * A conversion's outputs as one byte string, so the cache can keep a whole result (a document plus its
 * media, or one image per page) under one key:
 *
 *   [4 bytes: header length, big-endian][header: JSON { v: 1, outputs: [{ name, mime, size, pages? }] }][bytes...]
 */
import { InvoicectlError } from '../core/errors.js';
import type { ConvertOutput } from './types.js';

export interface BundledOutput extends ConvertOutput {
  /** Page count of a PDF output. */
  pages?: number;
}

interface Header {
  v: 1;
  outputs: { name: string; mime: string; size: number; pages?: number }[];
}

export function packOutputs(outputs: BundledOutput[]): Uint8Array {
  const header: Header = { v: 1, outputs: outputs.map((o) => ({ name: o.name, mime: o.mime, size: o.bytes.length, pages: o.pages })) };
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(json.length);
  return Buffer.concat([length, json, ...outputs.map((o) => o.bytes)]);
}

export function unpackOutputs(bundle: Uint8Array): BundledOutput[] {
  const buf = Buffer.from(bundle.buffer, bundle.byteOffset, bundle.byteLength);
  const bad = (why: string) => new InvoicectlError('CACHE_ERROR', `a cached conversion is unreadable (${why}); clear it with \`invoicectl cache prune\``);
  if (buf.length < 4) throw bad('too short');
  const headerLength = buf.readUInt32BE(0);
  if (4 + headerLength > buf.length) throw bad('header past the end');
  let header: Header;
  try {
    header = JSON.parse(buf.subarray(4, 4 + headerLength).toString('utf8')) as Header;
  } catch {
    throw bad('header is not JSON');
  }
  if (header.v !== 1 || !Array.isArray(header.outputs)) throw bad('unknown format');
  let offset = 4 + headerLength;
  const outputs = header.outputs.map((o) => {
    if (!Number.isInteger(o.size) || o.size < 0 || offset + o.size > buf.length) throw bad('size mismatch');
    const bytes = new Uint8Array(buf.buffer, buf.byteOffset + offset, o.size);
    offset += o.size;
    return { name: o.name, mime: o.mime, bytes, ...(o.pages !== undefined ? { pages: o.pages } : {}) };
  });
  if (offset !== buf.length) throw bad('size mismatch');
  return outputs;
}
