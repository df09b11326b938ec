/**
 * Merge tasks (invoices-api.md §3): lay stored invoices out for print (PDF) or bundle the layout with
 * the originals (ZIP). totalAmount is the sum of the invoices' totals (null when any is unknown);
 * totalPages is the number of sheets, known once the task has completed (null before).
 */
import { ownedBy, ownerForNewRows } from '../../auth/scope.js';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { INVOICE_TYPE_LABELS } from '../../../invoice/type-labels.js';
import { checkMergeOptions, type MergeLayoutOptions } from '../../../merge/options.js';
import type { ServerContext } from '../../context.js';
import type { Task } from '../../queue/task-queue.js';
import { ApiError, CODES, ok } from '../errors.js';
import { OWNER } from '../intake.js';
import { iso, type InvoiceStore } from '../store.js';
import { MERGE_KIND, type MergeInput, type MergeOutcome } from '../tasks.js';
import { TAG, binary, envelope, errorEnvelope, errors, idParams, page, paging } from './common.js';

interface MergeTaskRow {
  id: string;
  invoice_ids: string;
  output_type: 'pdf' | 'zip';
  total_amount: number | null;
  total_pages: number | null;
  created_at: number;
}


const mergeTaskSchema = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    invoiceIds: { type: 'array', items: { type: 'string' } },
    status: { type: 'string', enum: ['pending', 'processing', 'completed', 'failed'] },
    outputType: { type: 'string', enum: ['pdf', 'zip'] },
    totalPages: { type: 'integer', nullable: true },
    totalAmount: { type: 'number', nullable: true },
    createdAt: { type: 'string' },
    downloadUrl: { type: 'string', nullable: true },
    error: { type: 'string' },
  },
} as const;

const example = {
  id: 'task_9b2f7c1e-8d4a-4f3b-9c2d-1e0f9a8b7c6d',
  invoiceIds: ['inv_001', 'inv_002', 'inv_003'],
  status: 'processing',
  outputType: 'pdf',
  totalPages: null,
  totalAmount: 11700.0,
  createdAt: '2023-11-22T15:00:00.000Z',
  downloadUrl: null,
};

const completedExample = { ...example, status: 'completed', totalPages: 2, downloadUrl: `/api/v1/merge-tasks/${example.id}/download` };

export async function mergeTaskRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  const rowOf = (id: string) => {
    const own = ownedBy('owner');
    const row = ctx.db.prepare(`SELECT * FROM invoice_merge_tasks WHERE id = ?${own.sql}`).get(id, ...own.args) as MergeTaskRow | undefined;
    if (!row) throw new ApiError(CODES.MERGE_TASK_NOT_FOUND, `merge task ${id} does not exist`);
    return row;
  };
  const shape = (row: MergeTaskRow) => {
    const task = ctx.queue.get<MergeInput, MergeOutcome>(row.id);
    const status = statusOf(task);
    return {
      id: row.id,
      invoiceIds: JSON.parse(row.invoice_ids) as string[],
      status,
      outputType: row.output_type,
      totalPages: row.total_pages,
      totalAmount: row.total_amount,
      createdAt: iso(row.created_at),
      downloadUrl: status === 'completed' ? `/api/v1/merge-tasks/${row.id}/download` : null,
      ...(task?.error ? { error: `${task.error.code}: ${task.error.message}` } : {}),
    };
  };

  ctx.queue.onCompleted<MergeInput, MergeOutcome>(MERGE_KIND, (task, result) => {
    ctx.db.prepare('UPDATE invoice_merge_tasks SET total_pages = ? WHERE id = ?').run(result.totalPages, task.id);
  });

  app.post(
    '/merge-tasks',
    {
      schema: {
        tags: [TAG],
        summary: 'Create a merge task',
        description:
          'Lays the invoices out in the order given: layout is rows x columns per sheet (1x1, 2x1 = two invoices one above the other, 2x2), orientation, margin and gap in mm, page numbers, category labels (the kind of each invoice, e.g. 增值税专用发票). outputType zip holds the merged PDF and the original files. Unknown or deleted invoices refuse the task (2001, 2002), and so do invoices whose document could not be read (2003, data.invoiceIds). totalAmount: the sum of the invoices\' totalAmount, null when any is not known yet. totalPages: the sheets of the merged PDF, null until the task has completed. A task that could not place every invoice fails (3003 on download, error in the task).',
        body: {
          type: 'object',
          required: ['invoiceIds', 'outputType'],
          additionalProperties: false,
          properties: {
            invoiceIds: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string' } },
            outputType: { type: 'string', enum: ['pdf', 'zip'] },
            layout: {
              type: 'object',
              additionalProperties: false,
              properties: {
                layout: { type: 'string', example: '2x1' },
                orientation: { type: 'string', enum: ['portrait', 'landscape'] },
                margin: { type: 'number', minimum: 0, maximum: 100 },
                gap: { type: 'number', minimum: 0, maximum: 100 },
                showPageNumber: { type: 'boolean' },
                showCategoryLabel: { type: 'boolean' },
              },
            },
          },
          example: { invoiceIds: ['inv_001', 'inv_002', 'inv_003'], outputType: 'pdf', layout: { layout: '2x1', orientation: 'portrait', margin: 10, gap: 5, showPageNumber: true, showCategoryLabel: true } },
        },
        response: { 200: envelope(mergeTaskSchema, example), ...errors, 410: errorEnvelope },
      },
    },
    async (request) => {
      const body = request.body as { invoiceIds: string[]; outputType: 'pdf' | 'zip'; layout?: MergeLayoutOptions };
      const layout = body.layout ?? {};
      try {
        checkMergeOptions(layout, ctx.runtime.config.merge);
      } catch (err) {
        throw new ApiError(CODES.BAD_PARAMETER, (err as Error).message);
      }
      const rows = body.invoiceIds.map((id) => invoices.require(id));
      // An invoice whose document could not be read cannot be laid out either: say so now, not as a failed task later.
      const unreadable = rows.filter((r) => r.status === 'failed');
      if (unreadable.length > 0) throw new ApiError(CODES.EXTRACTION_FAILED, `these invoices could not be read and cannot be merged: ${unreadable.map((r) => r.id).join(', ')}`, { invoiceIds: unreadable.map((r) => r.id) });
      const totals = rows.map((r) => r.total_amount);
      const totalAmount = totals.every((t) => t !== null) ? Math.round(totals.reduce((a, b) => a! + b!, 0)! * 100) / 100 : null;
      const id = `task_${randomUUID()}`;
      const input: MergeInput = { files: rows.map((r) => ({ id: r.file_id, label: INVOICE_TYPE_LABELS[r.type ?? 'other'] ?? INVOICE_TYPE_LABELS.other })), outputType: body.outputType, layout };
      ctx.db.transaction(() => {
        ctx.db
          .prepare('INSERT INTO invoice_merge_tasks (id, owner, invoice_ids, output_type, total_amount, created_at) VALUES (?, ?, ?, ?, ?, ?)')
          .run(id, ownerForNewRows(), JSON.stringify(body.invoiceIds), body.outputType, totalAmount, Date.now());
        ctx.queue.enqueue({ id, system: 'invoices', kind: MERGE_KIND, owner: OWNER, input, inputFiles: [...new Set(rows.map((r) => r.file_id))] });
      })();
      return ok(shape(rowOf(id)));
    },
  );

  app.get(
    '/merge-tasks',
    {
      schema: {
        tags: [TAG],
        summary: 'List merge tasks, newest first',
        description: 'page from 1, pageSize 1 to 100 (default 20); out of range is 1001. Each task as in GET /merge-tasks/{id}.',
        querystring: { type: 'object', additionalProperties: false, properties: paging },
        response: {
          200: envelope(
            { type: 'object', properties: { data: { type: 'array', items: mergeTaskSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } },
            { data: [completedExample], total: 1, page: 1, pageSize: 20 },
          ),
          ...errors,
        },
      },
    },
    async (request) => {
      const query = request.query as { page: number; pageSize: number };
      const own = ownedBy('owner');
      const total = ctx.db.prepare(`SELECT COUNT(*) FROM invoice_merge_tasks WHERE 1${own.sql}`).pluck().get(...own.args) as number;
      const rows = ctx.db
        .prepare(`SELECT * FROM invoice_merge_tasks WHERE 1${own.sql} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?`)
        .all(...own.args, query.pageSize, (query.page - 1) * query.pageSize) as MergeTaskRow[];
      return ok(page(rows.map(shape), total, query));
    },
  );

  app.get(
    '/merge-tasks/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'One merge task',
        description: 'status pending (queued), processing, completed (downloadUrl set, totalPages known) or failed (error says why). 3001 when there is no such task.',
        params: idParams,
        response: { 200: envelope(mergeTaskSchema, completedExample), ...errors },
      },
    },
    async (request) => ok(shape(rowOf((request.params as { id: string }).id))),
  );

  app.get(
    '/merge-tasks/:id/download',
    {
      schema: {
        tags: [TAG],
        summary: 'Download the merged PDF or ZIP',
        description: '3002 while the task is pending or processing, 3003 when it failed.',
        params: idParams,
        response: { 200: binary('invoices_merged.pdf or invoices_merged.zip, as an attachment', ['application/pdf', 'application/zip']), ...errors, 409: errorEnvelope, 422: errorEnvelope },
      },
    },
    async (request, reply) => {
      const row = rowOf((request.params as { id: string }).id);
      const task = ctx.queue.get(row.id);
      const status = statusOf(task);
      if (status === 'pending' || status === 'processing') throw new ApiError(CODES.MERGE_TASK_RUNNING, `merge task ${row.id} is ${status}`);
      if (status === 'failed') throw new ApiError(CODES.MERGE_TASK_FAILED, `merge task ${row.id} failed${task?.error ? `: ${task.error.message}` : ''}`);
      const [file] = ctx.files.filesOf(row.id, 'output');
      reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', `attachment; filename="${file.name}"`);
      return reply.send(fs.createReadStream(ctx.files.pathOf(file)));
    },
  );
}

function statusOf(task: Task | undefined): 'pending' | 'processing' | 'completed' | 'failed' {
  switch (task?.status) {
    case 'queued':
      return 'pending';
    case 'running':
      return 'processing';
    case 'completed':
      return 'completed';
    default:
      return 'failed';
  }
}
