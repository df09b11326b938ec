/**
 * The OFD container: a ZIP read through adm-zip, with the limits and path rules that keep a hostile
 * file from escaping (`../` names), exhausting memory (a ZIP bomb) or taking the batch down (any
 * adm-zip failure becomes a coded error). Entries are decompressed on demand, each at most once.
 */
import AdmZip from 'adm-zip';
import { damageReason, InvoicectlError } from '../core/errors.js';
import { zipEntryCount } from '../core/zip-directory.js';

export interface OfdLimits {
  maxEntries?: number;     // default 10 000
  maxTotalBytes?: number;  // decompressed bytes over all entries; default 256 MiB
  /** Pages the document may list (limits.maxPages), checked before any page is read; default none. */
  maxPages?: number;
  /** Pixels an image resource may have (limits.maxImagePixels), checked from its header; default none. */
  maxImagePixels?: number;
}

const DEFAULT_MAX_ENTRIES = 10_000;
const DEFAULT_MAX_TOTAL_BYTES = 256 * 1024 * 1024;

export class OfdContainer {
  private readonly entries = new Map<string, AdmZip.IZipEntry>();
  private readonly cache = new Map<string, Uint8Array>();
  private readonly maxTotalBytes: number;
  private totalBytes = 0;

  constructor(bytes: Uint8Array, limits: OfdLimits = {}) {
    if (bytes.length < 22 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
      throw new InvoicectlError('OFD_CORRUPT', bytes.length === 0 ? 'the OFD file is empty' : 'the OFD file is not a ZIP container');
    }
    const maxEntries = limits.maxEntries ?? DEFAULT_MAX_ENTRIES;
    this.maxTotalBytes = limits.maxTotalBytes ?? DEFAULT_MAX_TOTAL_BYTES;
    // The count from the end record, before adm-zip builds an object for every entry.
    const declaredEntries = declaredCount(bytes);
    if (declaredEntries > maxEntries) {
      throw new InvoicectlError('ZIP_TOO_MANY_ENTRIES', `the OFD container has ${declaredEntries} entries (limit ${maxEntries})`);
    }
    let zip: AdmZip;
    let list: AdmZip.IZipEntry[];
    try {
      zip = new AdmZip(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
      list = zip.getEntries();
    } catch (err) {
      throw new InvoicectlError('OFD_CORRUPT', `the OFD container cannot be read: ${damageReason(err)}`, undefined, { cause: err });
    }
    if (list.length > maxEntries) {
      throw new InvoicectlError('ZIP_TOO_MANY_ENTRIES', `the OFD container has ${list.length} entries (limit ${maxEntries})`);
    }
    let declared = 0;
    for (const entry of list) {
      const name = entry.entryName;
      if (isUnsafeName(name)) {
        throw new InvoicectlError('ZIP_UNSAFE_PATH', `the OFD container has an unsafe entry name: ${JSON.stringify(name)}`);
      }
      if (entry.isDirectory) continue;
      // Declared sizes are checked up front so a bomb is refused before anything is inflated;
      // actual sizes are checked again on read, since the header can lie.
      declared += entry.header.size;
      if (declared > this.maxTotalBytes) {
        throw new InvoicectlError('ZIP_TOO_LARGE', `the OFD container inflates to more than ${this.maxTotalBytes} bytes`);
      }
      this.entries.set(normalize(name), entry);
    }
  }

  has(path: string): boolean {
    return this.entries.has(normalize(path));
  }

  /** The entry's bytes, or undefined when there is no such entry. Corrupt data throws OFD_CORRUPT. */
  read(path: string): Uint8Array | undefined {
    const key = normalize(path);
    const cached = this.cache.get(key);
    if (cached) return cached;
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    let data: Buffer;
    try {
      data = entry.getData();
    } catch (err) {
      throw new InvoicectlError('OFD_CORRUPT', `the OFD entry ${key} cannot be inflated: ${damageReason(err)}`, undefined, { cause: err });
    }
    if (data.length !== entry.header.size) {
      throw new InvoicectlError('OFD_CORRUPT', `the OFD entry ${key} is truncated or damaged`);
    }
    this.totalBytes += data.length;
    if (this.totalBytes > this.maxTotalBytes) {
      throw new InvoicectlError('ZIP_TOO_LARGE', `the OFD container inflates to more than ${this.maxTotalBytes} bytes`);
    }
    const bytes = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    this.cache.set(key, bytes);
    return bytes;
  }
}

/** The entry count the archive declares; 0 when its end record is unreadable (adm-zip then says why). */
function declaredCount(bytes: Uint8Array): number {
  try {
    return zipEntryCount(bytes);
  } catch {
    return 0;
  }
}

function isUnsafeName(name: string): boolean {
  if (name.startsWith('/') || name.startsWith('\\') || /^[a-zA-Z]:/.test(name)) return true;
  return name.split(/[\\/]/).some((part) => part === '..');
}

/** Entry key: forward slashes, no leading slash, no `.` segments, case kept (OFD paths are case-sensitive). */
function normalize(path: string): string {
  return path
    .replace(/\\/g, '/')
    .split('/')
    .filter((p) => p !== '' && p !== '.')
    .join('/');
}

/**
 * Resolves a reference found in an OFD XML file. Absolute references (`/Doc_0/...`) start at the
 * container root; relative ones at the directory of the file that holds them. `..` is resolved here
 * (references may legitimately climb), but never above the root.
 */
export function resolvePath(baseDir: string, ref: string): string {
  const parts = ref.startsWith('/') || ref.startsWith('\\') ? [] : baseDir.split('/').filter(Boolean);
  for (const part of ref.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

export function dirname(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}
