/**
 * Extensions to invoices-api.md for reviewing invoices on the web page (not in the spec): correct a
 * field (stored with source `manual`, the checks run again), approve, delete or approve many at once,
 * and export a spreadsheet (CSV that spreadsheets open without mangling codes, or .xlsx) in the page's
 * language.
 */
import type { FastifyInstance } from 'fastify';
import { needsReview, roundingCheckedWith, runChecks, tillReceiptCheckedWith } from '../../../invoice/checks.js';
import type { ExtractResult, Invoice } from '../../../invoice/model.js';
import { INVOICE_TYPE_LABELS } from '../../../invoice/type-labels.js';
import type { ServerContext } from '../../context.js';
import { startOfBeijingMonth } from '../../http/time.js';
import { ApiError, CODES, ok } from '../errors.js';
import { invoiceDetailShape, type InvoiceRow, type InvoiceStore } from '../store.js';
import { sheetColumns, toCsv, toXlsx, type SheetLang } from './sheet-export.js';
import { TAG, binary, envelope, errorEnvelope, errors, idParams, invoiceExample } from './common.js';

const reviewExample = {
  ...invoiceExample,
  checks: [{ id: 'totals_consistent', ok: true }],
  error: null,
  source: 'text',
  fieldSources: { number: 'text', totalAmount: 'manual' },
  invoice: { type: 'vat_special', number: '12345678', currency: 'CNY', totalAmount: 1250, seller: { name: '上海某某科技有限公司', taxId: '91310000MA1FL0000X' }, items: [], fieldSources: { number: 'text', totalAmount: 'manual' } },
  pages: 1,
  approvedAt: null,
};

const EXTENSION = 'Extension to invoices-api.md (used by the web page).';

/** The fields a reviewer may correct: the library's names (docs/invoice-model.md), money as numbers. */
export const EDITABLE = {
  type: 'text', code: 'text', number: 'text', date: 'date', dueDate: 'date', checkCode: 'text', currency: 'text',
  amount: 'money', taxAmount: 'money', totalAmount: 'money', totalInWords: 'text', remarks: 'text',
  'seller.name': 'text', 'seller.taxId': 'text', 'seller.address': 'text', 'seller.phone': 'text', 'seller.bank': 'text', 'seller.account': 'text',
  'buyer.name': 'text', 'buyer.taxId': 'text', 'buyer.address': 'text', 'buyer.phone': 'text', 'buyer.bank': 'text', 'buyer.account': 'text',
} as const;
type EditableField = keyof typeof EDITABLE;
// Every invoice type has its category label: the labels' keys are the types.
const TYPES = Object.keys(INVOICE_TYPE_LABELS);

/** The value as the model holds it, or a 1001 saying what is wrong with it. */
function parseValue(field: EditableField, raw: string | number | null): string | number | null {
  if (raw === null || raw === '') return null;
  const kind = EDITABLE[field];
  if (kind === 'money') {
    const n = typeof raw === 'number' ? raw : Number(String(raw).replace(/[,\s¥￥€$]/g, ''));
    if (!Number.isFinite(n)) throw new ApiError(CODES.BAD_PARAMETER, `${field} must be an amount (got "${raw}")`);
    return Math.round(n * 100) / 100;
  }
  const text = String(raw).trim();
  if (kind === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(text)) throw new ApiError(CODES.BAD_PARAMETER, `${field} must be a date YYYY-MM-DD (got "${text}")`);
  if (field === 'type' && !TYPES.includes(text)) throw new ApiError(CODES.BAD_PARAMETER, `type must be one of ${TYPES.join(', ')}`);
  if (field === 'currency' && !/^[A-Z]{3}$/.test(text)) throw new ApiError(CODES.BAD_PARAMETER, `currency must be an ISO 4217 code such as CNY (got "${text}")`);
  return text;
}

/**
 * The checks run again on the corrected invoice (with the till's rounding the read one was checked with,
 * and as a till receipt when it was checked as one);
 * the document-bound ones (QR code, OCR doubt) are kept, minus the doubt a person has now settled.
 */
export function recheck(result: ExtractResult, inv: Invoice, settled: string[]): ExtractResult {
  const fresh = runChecks(inv, new Date(), roundingCheckedWith(result.invoice!, result.checks), tillReceiptCheckedWith(result.invoice!, result.checks));
  const kept = result.checks.filter((c) => !fresh.some((f) => f.id === c.id) && !(c.id === 'ocr_uncertain' && settled.length > 0 && settled.every((s) => c.message?.includes(s)) && onlyNames(c.message ?? '', settled)));
  const checks = [...fresh, ...kept];
  return { ...result, invoice: inv, checks, status: needsReview(checks) ? 'needs_review' : 'ok' };
}

/** Whether an ocr_uncertain message names no field beyond `fields`. */
function onlyNames(message: string, fields: string[]): boolean {
  const named = message.match(/\b(?:number|code|amount|taxAmount|totalAmount|seller\.name|buyer\.name)\b/g) ?? [];
  return named.every((n) => fields.includes(n));
}

export async function reviewRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  const readResult = (row: InvoiceRow): ExtractResult => {
    const result = row.result ? (JSON.parse(row.result) as ExtractResult) : null;
    if (!result?.invoice) throw new ApiError(CODES.EXTRACTION_FAILED, `invoice ${row.id} has no data to correct yet (${row.status})`);
    return result;
  };
  const approve = (row: InvoiceRow) => {
    if (row.status === 'pending' || row.status === 'failed') throw new ApiError(CODES.BAD_PARAMETER, `invoice ${row.id} is ${row.status}: only a read invoice can be approved`);
    const result = { ...readResult(row), approvedAt: new Date().toISOString() };
    ctx.db.prepare("UPDATE invoices SET status = 'verified', result = ?, updated_at = ? WHERE id = ?").run(JSON.stringify(result), Date.now(), row.id);
  };

  app.get(
    '/invoices/:id/review',
    {
      schema: {
        tags: [TAG],
        summary: 'The whole extracted invoice (extension)',
        description: `${EXTENSION} GET /invoices/{id}, plus the library's full invoice (docs/invoice-model.md: parties with tax ids and accounts, line items, check code, currency, fieldSources with \`manual\` for corrected fields), the number of pages, and approvedAt when a person approved it.`,
        params: idParams,
        response: { 200: envelope({ type: 'object', additionalProperties: true }, reviewExample), ...errors, 410: errorEnvelope },
      },
    },
    async (request) => {
      const row = invoices.require((request.params as { id: string }).id);
      const result = row.result ? (JSON.parse(row.result) as ExtractResult & { approvedAt?: string }) : null;
      return ok({ ...invoiceDetailShape(row), invoice: result?.invoice ?? null, pages: result?.pages ?? null, approvedAt: result?.approvedAt ?? null });
    },
  );

  app.patch(
    '/invoices/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'Correct a field (extension)',
        description: `${EXTENSION} body {field, value}: field is a name of docs/invoice-model.md (${Object.keys(EDITABLE).join(', ')}); value a string, a number for amounts, or null. The value is stored, fieldSources[field] becomes \`manual\`, the checks run again and the status follows them (verified when every check passes, else reviewing). An earlier approval is withdrawn. Answers as GET /invoices/{id}/review.`,
        params: idParams,
        body: {
          type: 'object',
          required: ['field', 'value'],
          additionalProperties: false,
          properties: { field: { type: 'string', enum: Object.keys(EDITABLE) }, value: { type: ['string', 'number', 'null'], maxLength: 2000 } },
        },
        response: { 200: envelope({ type: 'object', additionalProperties: true }, reviewExample), ...errors, 410: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request) => {
      const row = invoices.require((request.params as { id: string }).id);
      const { field, value } = request.body as { field: EditableField; value: string | number | null };
      const parsed = parseValue(field, value);
      const { approvedAt: _dropped, ...result } = readResult(row) as ExtractResult & { approvedAt?: string };
      const inv: Invoice = structuredClone(result.invoice!);
      const [head, tail] = field.split('.') as [string, string | undefined];
      if (tail) (inv[head as 'seller' | 'buyer'] as unknown as Record<string, unknown>)[tail] = parsed;
      else (inv as unknown as Record<string, unknown>)[head] = parsed;
      inv.fieldSources = { ...(inv.fieldSources ?? {}), [field]: 'manual' as never };
      invoices.recordResult(row.id, recheck(result, inv, [field]));
      const updated = invoices.require(row.id);
      const stored = JSON.parse(updated.result!) as ExtractResult;
      return ok({ ...invoiceDetailShape(updated), invoice: stored.invoice, pages: stored.pages, approvedAt: null });
    },
  );

  app.post(
    '/invoices/:id/approve',
    {
      schema: {
        tags: [TAG],
        summary: 'Approve an invoice (extension)',
        description: `${EXTENSION} A person looked at it and accepts it: status becomes verified and GET /invoices/{id}/review says approvedAt. A pending or failed invoice cannot be approved (1001).`,
        params: idParams,
        response: { 200: envelope({ type: 'null' }, null), ...errors, 410: errorEnvelope },
      },
    },
    async (request) => {
      approve(invoices.require((request.params as { id: string }).id));
      return ok(null);
    },
  );

  app.post(
    '/invoices/bulk',
    {
      schema: {
        tags: [TAG],
        summary: 'Approve or delete many invoices (extension)',
        description: `${EXTENSION} body {action: approve | delete, ids}. Each invoice is done on its own: data.done lists the ids done, data.failed the others with the spec's code and a message (a batch never stops at one bad id).`,
        body: {
          type: 'object',
          required: ['action', 'ids'],
          additionalProperties: false,
          properties: { action: { type: 'string', enum: ['approve', 'delete'] }, ids: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string' } } },
        },
        response: { 200: envelope({ type: 'object', additionalProperties: true }, { done: ['inv_001'], failed: [{ id: 'inv_002', code: 2001, message: 'invoice inv_002 does not exist' }] }), ...errors },
      },
    },
    async (request) => {
      const { action, ids } = request.body as { action: 'approve' | 'delete'; ids: string[] };
      const done: string[] = [];
      const failed: { id: string; code: number; message: string }[] = [];
      for (const id of ids) {
        try {
          const row = invoices.require(id);
          if (action === 'delete') invoices.softDelete(row.id);
          else approve(row);
          done.push(id);
        } catch (err) {
          if (!(err instanceof ApiError)) throw err;
          failed.push({ id, code: err.code, message: err.message });
        }
      }
      return ok({ done, failed });
    },
  );

  app.get(
    '/dashboard/month',
    {
      schema: {
        tags: [TAG],
        summary: "This month's invoices at a glance (extension)",
        description: `${EXTENSION} Invoices uploaded this month (Beijing time), each counted once: count (duplicates left out), toReview (reviewing), failed, duplicates (copies of an earlier invoice, duplicateOf set), and totals: the sum of totalAmount per currency (an unknown currency as null), duplicates left out.`,
        response: {
          200: envelope(
            { type: 'object', additionalProperties: true },
            { count: 12, toReview: 2, failed: 1, duplicates: 1, totals: [{ currency: 'CNY', total: 10250.5, invoices: 10 }] },
          ),
          ...errors,
        },
      },
    },
    async () => {
      const rows = invoices.createdBetween(startOfBeijingMonth(Date.now()), Number.MAX_SAFE_INTEGER);
      const firsts = rows.filter((r) => r.duplicate_of === null);
      const totals = new Map<string | null, { total: number; invoices: number }>();
      for (const row of firsts) {
        if (row.total_amount === null) continue;
        const currency = row.result ? ((JSON.parse(row.result) as ExtractResult).invoice?.currency ?? null) : null;
        const sum = totals.get(currency) ?? { total: 0, invoices: 0 };
        sum.total = Math.round((sum.total + row.total_amount) * 100) / 100;
        sum.invoices++;
        totals.set(currency, sum);
      }
      return ok({
        count: firsts.length,
        toReview: firsts.filter((r) => r.status === 'reviewing').length,
        failed: firsts.filter((r) => r.status === 'failed').length,
        duplicates: rows.length - firsts.length,
        totals: [...totals].map(([currency, t]) => ({ currency, ...t })).sort((a, b) => b.invoices - a.invoices),
      });
    },
  );

  app.get(
    '/invoices/export-sheet',
    {
      schema: {
        tags: [TAG],
        summary: 'The invoices as a spreadsheet, in the page language (extension)',
        description: `${EXTENSION} format=csv: UTF-8 with a byte-order mark; codes, numbers, tax ids, accounts and check codes written as ="…" so spreadsheets keep them as text (leading zeros, 20-digit numbers), and a value starting with = + - @ prefixed with ' so it is not run as a formula. format=xlsx: the same columns, text cells for those fields, number cells for amounts. lang=zh|en: headers and statuses. Duplicate of: the original's number and file. ids: comma-separated, in that order; without it every live invoice, newest first.`,
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['format'],
          properties: { format: { type: 'string', enum: ['csv', 'xlsx'] }, lang: { type: 'string', enum: ['zh', 'en'], default: 'zh' }, ids: { type: 'string', maxLength: 100_000 } },
        },
        response: { 200: binary('invoices.csv or invoices.xlsx, as an attachment', ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']), ...errors, 410: errorEnvelope },
      },
    },
    async (request, reply) => {
      const { format, lang, ids } = request.query as { format: 'csv' | 'xlsx'; lang: SheetLang; ids?: string };
      const rows = ids ? ids.split(',').map((id) => id.trim()).filter(Boolean).map((id) => invoices.require(id)) : invoices.list({ page: 1, pageSize: 1_000_000 }).rows;
      const original = (id: string | null) => (id ? (invoices.get(id) ?? null) : null);
      const { header, lines } = sheetColumns(rows, lang, original);
      const name = `invoices.${format}`;
      reply.header('content-disposition', `attachment; filename="${name}"`);
      if (format === 'csv') return reply.type('text/csv; charset=utf-8').send(toCsv(header, lines));
      return reply.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').send(Buffer.from(toXlsx(header, lines)));
    },
  );
}
