/**
 * Drafts (invoices-api.md §4): a named selection of invoices kept for later. The spec has only the
 * save; list, get and delete are what a client of it needs next. A missing draft is 4001 (ours).
 */
import { ownedBy, ownerForNewRows } from '../../auth/scope.js';
import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ServerContext } from '../../context.js';
import { ApiError, CODES, ok } from '../errors.js';
import { invoiceShape, iso, type InvoiceStore } from '../store.js';
import { TAG, envelope, errorEnvelope, errors, idParams, invoiceExample, invoiceSchema, page, paging } from './common.js';

interface DraftRow {
  id: string;
  name: string;
  invoice_ids: string;
  created_at: number;
  updated_at: number;
}

const draftSchema = {
  type: 'object',
  properties: { draftId: { type: 'string' }, name: { type: 'string' }, invoiceCount: { type: 'integer' }, invoiceIds: { type: 'array', items: { type: 'string' } }, createdAt: { type: 'string' } },
} as const;

const draftExample = { draftId: 'draft_3f9a1c2b7d8e4a5b6c7d8e9f', name: '11月报销单', invoiceCount: 2, invoiceIds: ['inv_001', 'inv_002'], createdAt: '2023-11-22T16:00:00.000Z' };

const shape = (row: DraftRow) => {
  const invoiceIds = JSON.parse(row.invoice_ids) as string[];
  return { draftId: row.id, name: row.name, invoiceCount: invoiceIds.length, invoiceIds, createdAt: iso(row.created_at) };
};

export async function draftRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  const rowOf = (id: string) => {
    const own = ownedBy('owner');
    const row = ctx.db.prepare(`SELECT * FROM invoice_drafts WHERE id = ?${own.sql}`).get(id, ...own.args) as DraftRow | undefined;
    if (!row) throw new ApiError(CODES.DRAFT_NOT_FOUND, `draft ${id} does not exist`);
    return row;
  };

  app.post(
    '/drafts',
    {
      schema: {
        tags: [TAG],
        summary: 'Save a selection of invoices as a draft',
        description: 'Every invoice must exist (2001) and not be deleted (2002).',
        body: {
          type: 'object',
          required: ['invoiceIds', 'name'],
          additionalProperties: false,
          properties: { invoiceIds: { type: 'array', maxItems: 1000, items: { type: 'string' } }, name: { type: 'string', minLength: 1, maxLength: 200 } },
          example: { invoiceIds: ['inv_001', 'inv_002'], name: '11月报销单' },
        },
        response: { 200: envelope(draftSchema, draftExample), ...errors, 410: errorEnvelope },
      },
    },
    async (request) => {
      const body = request.body as { invoiceIds: string[]; name: string };
      for (const id of body.invoiceIds) invoices.require(id);
      const id = `draft_${randomBytes(12).toString('hex')}`;
      const now = Date.now();
      ctx.db.prepare('INSERT INTO invoice_drafts (id, owner, name, invoice_ids, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)').run(id, ownerForNewRows(), body.name.trim(), JSON.stringify(body.invoiceIds), now, now);
      return ok(shape(rowOf(id)));
    },
  );

  app.get(
    '/drafts',
    {
      schema: {
        tags: [TAG],
        summary: 'List drafts, newest first',
        description: 'Not in invoices-api.md (it only saves drafts); page and pageSize as for GET /invoices.',
        querystring: { type: 'object', additionalProperties: false, properties: paging },
        response: {
          200: envelope(
            { type: 'object', properties: { data: { type: 'array', items: draftSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } },
            { data: [draftExample], total: 1, page: 1, pageSize: 20 },
          ),
          ...errors,
        },
      },
    },
    async (request) => {
      const query = request.query as { page: number; pageSize: number };
      const own = ownedBy('owner');
      const total = ctx.db.prepare(`SELECT COUNT(*) FROM invoice_drafts WHERE 1${own.sql}`).pluck().get(...own.args) as number;
      const rows = ctx.db.prepare(`SELECT * FROM invoice_drafts WHERE 1${own.sql} ORDER BY created_at DESC, rowid DESC LIMIT ? OFFSET ?`).all(...own.args, query.pageSize, (query.page - 1) * query.pageSize) as DraftRow[];
      return ok(page(rows.map(shape), total, query));
    },
  );

  app.get(
    '/drafts/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'One draft, with its invoices',
        description: 'invoices lists the ones still there (deleted invoices drop out; invoiceIds keeps what was saved).',
        params: idParams,
        response: { 200: envelope({ type: 'object', properties: { ...draftSchema.properties, invoices: { type: 'array', items: invoiceSchema } } }, { ...draftExample, invoiceCount: 1, invoiceIds: [invoiceExample.id], invoices: [invoiceExample] }), ...errors },
      },
    },
    async (request) => {
      const draft = shape(rowOf((request.params as { id: string }).id));
      const live = draft.invoiceIds.map((id) => invoices.get(id)).filter((r) => r && r.deleted_at === null);
      return ok({ ...draft, invoices: live.map((r) => invoiceShape(r!)) });
    },
  );

  app.delete(
    '/drafts/:id',
    { schema: { tags: [TAG], summary: 'Delete a draft', description: 'The invoices in it stay. 4001 when there is no such draft.', params: idParams, response: { 200: envelope({ type: 'null' }, null), ...errors } } },
    async (request) => {
      const row = rowOf((request.params as { id: string }).id);
      ctx.db.prepare('DELETE FROM invoice_drafts WHERE id = ?').run(row.id);
      return ok(null);
    },
  );
}
