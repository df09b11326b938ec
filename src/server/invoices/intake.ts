/**
 * Taking in an invoice file, however it arrived (upload, batch, merged chunks): check it is a PDF,
 * JPG, PNG or OFD of at most 10 MB by its bytes, find the invoice if these bytes were stored before,
 * or store a new one and queue its extraction; then wait a while for the result, so a client usually
 * gets the fields in the upload's answer (a slow OCR answers `pending`: poll GET /invoices/{id}).
 */
import fs from 'node:fs/promises';
import { sniffFileType } from '../../core/filetype.js';
import { readFileHead, zipHasOfdRoot } from '../../core/inputs.js';
import type { ServerContext } from '../context.js';
import { waitForTask } from '../queue/wait.js';
import { ApiError, CODES } from './errors.js';
import { EXTRACT_KIND, type ExtractInput } from './tasks.js';
import type { InvoiceFileType, InvoiceRow, InvoiceStore } from './store.js';

export const MAX_INVOICE_BYTES = 10 * 1024 * 1024;
/** How long an upload waits for extraction before answering `pending`. */
export const EXTRACTION_WAIT_MS = 30_000;
export const OWNER = 'invoices';

const TYPES: Partial<Record<string, InvoiceFileType>> = { pdf: 'pdf', jpeg: 'jpg', png: 'png', ofd: 'ofd' };

export interface StoredBlobRef {
  sha256: string;
  size: number;
  fileName: string;
  /** The size limit it was received under: 10 MB for a single upload, limits.maxFileBytes for a chunked one. */
  maxBytes?: number;
}

export interface Intake {
  invoice: InvoiceRow;
  /** True when these bytes were an invoice already (the answer is that invoice). */
  duplicate: boolean;
}

/** The invoice file type by content; anything else is 1002, and an empty file too. */
export async function invoiceTypeOf(ctx: ServerContext, blob: StoredBlobRef): Promise<InvoiceFileType> {
  if (blob.size === 0) throw new ApiError(CODES.UNSUPPORTED_FILE, `${blob.fileName} is empty`);
  const limit = blob.maxBytes ?? MAX_INVOICE_BYTES;
  if (blob.size > limit) throw new ApiError(CODES.FILE_TOO_LARGE, `${blob.fileName} is over the limit of ${limit} bytes`);
  // The first KiB tells every type apart but one: only a ZIP is read whole, to see whether it is an OFD.
  const path = ctx.blobs.pathOf(blob.sha256);
  const head = await readFileHead(path, 1024);
  const whole = head[0] === 0x50 && head[1] === 0x4b ? await fs.readFile(path) : head;
  const sniffed = sniffFileType(head, () => zipHasOfdRoot(whole));
  const type = sniffed ? TYPES[sniffed] : undefined;
  if (!type) throw new ApiError(CODES.UNSUPPORTED_FILE, `${blob.fileName}: only PDF, JPG, PNG and OFD invoices are accepted (by content${sniffed ? `: this is ${sniffed}` : ''})`);
  return type;
}

/** Stores the invoice (or finds it) and queues its extraction; does not wait. */
export async function takeIn(ctx: ServerContext, invoices: InvoiceStore, blob: StoredBlobRef): Promise<Intake> {
  const fileType = await invoiceTypeOf(ctx, blob);
  const known = invoices.bySha(blob.sha256);
  if (known) {
    if (known.deleted_at !== null) invoices.restore(known.id);
    return { invoice: invoices.get(known.id)!, duplicate: true };
  }
  let invoice: InvoiceRow;
  try {
    invoice = ctx.db.transaction(() => {
      const file = ctx.files.add(blob, { owner: OWNER, name: blob.fileName, mime: mimeOf(fileType), ttlMs: null });
      return invoices.create({ fileId: file.id, sha256: blob.sha256, fileName: blob.fileName, fileType });
    })();
  } catch (err) {
    // The same bytes in two requests at once: the other one stored them first.
    const raced = (err as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' ? invoices.bySha(blob.sha256) : undefined;
    if (raced) return { invoice: raced, duplicate: true };
    throw err;
  }
  const input: ExtractInput = { invoiceId: invoice.id };
  const task = ctx.queue.enqueue({ system: 'invoices', kind: EXTRACT_KIND, owner: OWNER, input, inputFiles: [invoice.file_id] });
  invoices.setTask(invoice.id, task.id);
  return { invoice: invoices.get(invoice.id)!, duplicate: false };
}

/** The invoice once its extraction has ended, or still pending after `EXTRACTION_WAIT_MS`. */
export async function settled(ctx: ServerContext, invoices: InvoiceStore, invoice: InvoiceRow): Promise<InvoiceRow> {
  if (invoice.status === 'pending' && invoice.task_id) await waitForTask(ctx.queue, invoice.task_id, EXTRACTION_WAIT_MS);
  return invoices.get(invoice.id)!;
}

const mimeOf = (type: InvoiceFileType) => ({ pdf: 'application/pdf', jpg: 'image/jpeg', png: 'image/png', ofd: 'application/ofd' })[type];
