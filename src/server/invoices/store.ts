/**
 * Invoice rows and their shape in invoices-api.md. Status: `pending` until extraction has ended,
 * `verified` when every one of invoicectl's checks passed (our arithmetic, format and cross-checks of
 * the document, not the tax bureau's verification), `reviewing` when extraction asks for a human look
 * (needs_review), `failed` when the document could not be read.
 */
import { randomBytes } from 'node:crypto';
import { invoiceIdentity } from '../../invoice/identity.js';
import type { ExtractResult } from '../../invoice/model.js';
import { ownedBy, ownerForNewRows } from '../auth/scope.js';
import type { Db } from '../store/db.js';
import { ApiError, CODES } from './errors.js';

export type InvoiceStatus = 'pending' | 'verified' | 'reviewing' | 'failed';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['pending', 'verified', 'reviewing', 'failed'];
export const FILE_TYPES = ['pdf', 'jpg', 'png', 'ofd'] as const;
export type InvoiceFileType = (typeof FILE_TYPES)[number];

export interface InvoiceRow {
  id: string;
  file_id: string;
  sha256: string;
  file_name: string;
  file_type: InvoiceFileType;
  task_id: string | null;
  status: InvoiceStatus;
  code: string | null;
  number: string | null;
  type: string | null;
  seller_name: string | null;
  buyer_name: string | null;
  date: string | null;
  amount: number | null;
  tax_amount: number | null;
  total_amount: number | null;
  result: string | null;
  created_at: number;
  updated_at: number;
  deleted_at: number | null;
  identity: string | null;
  /** The API key's owner (see auth/scope.ts). */
  owner: string;
  /** The earliest live invoice that is the same invoice in other bytes (another format, a re-saved copy). */
  duplicate_of: string | null;
}

/**
 * Every read of invoice rows goes through this, so each row knows whether it repeats an invoice
 * stored before it (same identity, earlier upload, not deleted).
 */
const SELECT = `SELECT i.*, (
    SELECT d.id FROM invoices d
    WHERE d.owner = i.owner AND d.identity = i.identity AND d.deleted_at IS NULL AND (d.created_at < i.created_at OR (d.created_at = i.created_at AND d.rowid < i.rowid))
    ORDER BY d.created_at, d.rowid LIMIT 1
  ) AS duplicate_of FROM invoices i`;

export const API_BASE = '/api/v1';
export const fileUrlOf = (id: string) => `${API_BASE}/invoices/${id}/file`;
export const iso = (ms: number) => new Date(ms).toISOString();

/** invoices-api.md's InvoiceType; the library also knows train and toll tickets, which the spec files under other. */
const SPEC_TYPES = new Set(['vat_special', 'vat_normal', 'flight', 'taxi', 'hotel', 'other']);

/** The spec's Invoice. */
export function invoiceShape(row: InvoiceRow) {
  return {
    id: row.id,
    code: row.code,
    number: row.number,
    type: row.type && SPEC_TYPES.has(row.type) ? row.type : 'other',
    sellerName: row.seller_name,
    buyerName: row.buyer_name,
    date: row.date,
    amount: row.amount,
    taxAmount: row.tax_amount,
    totalAmount: row.total_amount,
    status: row.status,
    fileUrl: fileUrlOf(row.id),
    fileType: row.file_type,
    fileName: row.file_name,
    duplicateOf: row.duplicate_of,
    createdAt: iso(row.created_at),
    updatedAt: iso(row.updated_at),
  };
}

/** The detail adds what extraction found wrong, so a reviewer knows what to look at. */
export function invoiceDetailShape(row: InvoiceRow) {
  const result = row.result ? (JSON.parse(row.result) as ExtractResult) : null;
  return {
    ...invoiceShape(row),
    checks: result?.checks ?? [],
    error: result?.error ?? null,
    source: result?.source ?? null,
    // Where each field was read: xml, ofd, text, qr, ocr, template (library field names).
    fieldSources: result?.invoice?.fieldSources ?? {},
  };
}

export function statusOf(result: ExtractResult): InvoiceStatus {
  if (result.status === 'failed' || !result.invoice) return 'failed';
  if (result.status === 'ok' && result.checks.every((c) => c.ok)) return 'verified';
  return 'reviewing';
}

export class InvoiceStore {
  constructor(private readonly db: Db) {}

  create(fields: { fileId: string; sha256: string; fileName: string; fileType: InvoiceFileType; now?: number }): InvoiceRow {
    const now = fields.now ?? Date.now();
    const id = `inv_${randomBytes(12).toString('hex')}`;
    this.db
      .prepare(
        "INSERT INTO invoices (id, owner, file_id, sha256, file_name, file_type, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 'pending', ?, ?)",
      )
      .run(id, ownerForNewRows(), fields.fileId, fields.sha256, fields.fileName, fields.fileType, now, now);
    return this.get(id)!;
  }

  get(id: string): InvoiceRow | undefined {
    const own = ownedBy('i.owner');
    return this.db.prepare(`${SELECT} WHERE i.id = ?${own.sql}`).get(id, ...own.args) as InvoiceRow | undefined;
  }

  bySha(sha256: string): InvoiceRow | undefined {
    const own = ownedBy('i.owner');
    return this.db.prepare(`${SELECT} WHERE i.sha256 = ?${own.sql}`).get(sha256, ...own.args) as InvoiceRow | undefined;
  }

  /** A live invoice, or the spec's 2001 (never existed) / 2002 (deleted). */
  require(id: string): InvoiceRow {
    const row = this.get(id);
    if (!row) throw new ApiError(CODES.INVOICE_NOT_FOUND, `invoice ${id} does not exist`);
    if (row.deleted_at !== null) throw new ApiError(CODES.INVOICE_DELETED, `invoice ${id} has been deleted`);
    return row;
  }

  setTask(id: string, taskId: string): void {
    const own = ownedBy('owner');
    this.db.prepare(`UPDATE invoices SET task_id = ?, status = 'pending', updated_at = ? WHERE id = ?${own.sql}`).run(taskId, Date.now(), id, ...own.args);
  }

  /** Records what extraction read. */
  recordResult(id: string, result: ExtractResult): void {
    const inv = result.invoice;
    this.db
      .prepare(
        `UPDATE invoices SET status = ?, code = ?, number = ?, type = ?, seller_name = ?, buyer_name = ?, date = ?,
           amount = ?, tax_amount = ?, total_amount = ?, identity = ?, result = ?, updated_at = ? WHERE id = ?`,
      )
      .run(
        statusOf(result),
        inv?.code ?? null,
        inv?.number ?? null,
        inv?.type ?? null,
        inv?.seller.name ?? null,
        inv?.buyer.name ?? null,
        inv?.date ?? null,
        inv?.amount ?? null,
        inv?.taxAmount ?? null,
        inv?.totalAmount ?? null,
        inv ? invoiceIdentity(inv) : null,
        JSON.stringify(result),
        Date.now(),
        id,
      );
  }

  /** Extraction itself broke (not the document): the invoice is failed, with the reason. */
  recordFailure(id: string, error: { code: string; message: string }): void {
    const result = { status: 'failed', invoice: null, checks: [], error } as unknown as ExtractResult;
    this.db.prepare("UPDATE invoices SET status = 'failed', result = ?, updated_at = ? WHERE id = ? AND status = 'pending'").run(JSON.stringify(result), Date.now(), id);
  }

  softDelete(id: string): void {
    const own = ownedBy('owner');
    this.db.prepare(`UPDATE invoices SET deleted_at = ?, updated_at = ? WHERE id = ?${own.sql}`).run(Date.now(), Date.now(), id, ...own.args);
  }

  /** Uploading a deleted invoice's file again brings it back as it was. */
  restore(id: string): void {
    const own = ownedBy('owner');
    this.db.prepare(`UPDATE invoices SET deleted_at = NULL, updated_at = ? WHERE id = ?${own.sql}`).run(Date.now(), id, ...own.args);
  }

  list(query: { page: number; pageSize: number; status?: InvoiceStatus; keyword?: string }): { rows: InvoiceRow[]; total: number } {
    const own = ownedBy('i.owner');
    const where = [`i.deleted_at IS NULL${own.sql}`];
    const args: unknown[] = [...own.args];
    if (query.status) {
      where.push('i.status = ?');
      args.push(query.status);
    }
    if (query.keyword) {
      // The keyword is text, not a pattern: % and _ in it match themselves.
      const like = `%${query.keyword.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      where.push("(i.seller_name LIKE ? ESCAPE '\\' OR i.number LIKE ? ESCAPE '\\')");
      args.push(like, like);
    }
    const filter = `WHERE ${where.join(' AND ')}`;
    const total = this.db.prepare(`SELECT COUNT(*) FROM invoices i ${filter}`).pluck().get(...args) as number;
    const rows = this.db
      .prepare(`${SELECT} ${filter} ORDER BY i.created_at DESC, i.rowid DESC LIMIT ? OFFSET ?`)
      .all(...args, query.pageSize, (query.page - 1) * query.pageSize) as InvoiceRow[];
    return { rows, total };
  }

  /** Live invoices created in [from, to). */
  createdBetween(from: number, to: number): InvoiceRow[] {
    const own = ownedBy('i.owner');
    return this.db.prepare(`${SELECT} WHERE i.deleted_at IS NULL AND i.created_at >= ? AND i.created_at < ?${own.sql}`).all(from, to, ...own.args) as InvoiceRow[];
  }

  /** Rows read before invoices-2 get their identity from the result they kept. */
  fillIdentities(): void {
    const rows = this.db.prepare('SELECT id, result FROM invoices WHERE identity IS NULL AND result IS NOT NULL').all() as { id: string; result: string }[];
    const set = this.db.prepare('UPDATE invoices SET identity = ? WHERE id = ?');
    for (const row of rows) {
      const invoice = (JSON.parse(row.result) as ExtractResult).invoice;
      if (invoice) set.run(invoiceIdentity(invoice), row.id);
    }
  }
}
