/** Invoices: list, detail, the original file, delete (invoices-api.md §2.1, 2.2, 2.7). */
import fs from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { resultFormatter } from '../../../extract/output.js';
import type { ExtractResult } from '../../../invoice/model.js';
import type { ServerContext } from '../../context.js';
import { ok } from '../errors.js';
import { INVOICE_STATUSES, invoiceDetailShape, invoiceShape, type InvoiceStatus, type InvoiceStore } from '../store.js';
import { TAG, binary, envelope, errorEnvelope, errors, idParams, invoiceExample, invoiceSchema, page, paging } from './common.js';

export async function invoiceRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  app.get(
    '/invoices',
    {
      schema: {
        tags: [TAG],
        summary: 'List invoices, newest first',
        description:
          'keyword matches part of the seller name or of the invoice number. status: pending (extraction not ended), verified (every invoicectl check passed: arithmetic, formats, cross-checks of the document; not a tax bureau verification), reviewing (extraction asks for a human look), failed (the document could not be read). Deleted invoices are not listed.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          properties: { ...paging, status: { type: 'string', enum: [...INVOICE_STATUSES] }, keyword: { type: 'string', maxLength: 200 } },
        },
        response: {
          200: envelope(
            { type: 'object', properties: { data: { type: 'array', items: invoiceSchema }, total: { type: 'integer' }, page: { type: 'integer' }, pageSize: { type: 'integer' } } },
            { data: [invoiceExample], total: 1, page: 1, pageSize: 20 },
          ),
          ...errors,
        },
      },
    },
    async (request) => {
      const query = request.query as { page: number; pageSize: number; status?: InvoiceStatus; keyword?: string };
      const { rows, total } = invoices.list({ ...query, keyword: query.keyword?.trim() || undefined });
      return ok(page(rows.map(invoiceShape), total, query));
    },
  );

  app.get(
    '/invoices/export',
    {
      schema: {
        tags: [TAG],
        summary: 'The extracted data of invoices as CSV (Excel-friendly) or JSON',
        description:
          'A file, not the envelope: format=csv gives UTF-8 CSV with a byte-order mark (Excel reads the Chinese names right), one row per invoice, the columns of `invoicectl extract --format csv`; format=json the library\'s results (docs/invoice-model.md). ids: comma-separated invoice IDs, in that order; without it every live invoice, newest first. Invoices not yet read are left out.',
        querystring: {
          type: 'object',
          additionalProperties: false,
          required: ['format'],
          properties: { format: { type: 'string', enum: ['csv', 'json'] }, ids: { type: 'string', maxLength: 100_000 } },
        },
        response: { 200: binary('invoices.csv or invoices.json, as an attachment', ['text/csv', 'application/json']), ...errors, 410: errorEnvelope },
      },
    },
    async (request, reply) => {
      const { format, ids } = request.query as { format: 'csv' | 'json'; ids?: string };
      const rows = ids ? ids.split(',').filter(Boolean).map((id) => invoices.require(id.trim())) : invoices.list({ page: 1, pageSize: 1_000_000 }).rows;
      const results = rows.flatMap((r) => (r.result ? [{ ...(JSON.parse(r.result) as ExtractResult), file: r.file_name }] : []));
      const out = resultFormatter(format, { bom: true });
      const body = out.begin() + results.map((r, i) => out.result(r, i)).join('') + out.end();
      return reply
        .type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8')
        .header('content-disposition', `attachment; filename="invoices.${format}"`)
        .send(body);
    },
  );

  app.get(
    '/invoices/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'One invoice',
        description: 'The Invoice, plus the checks extraction ran (each {id, ok, message}), its error when it failed, and where the fields came from (xml, ofd, text, qr, ocr).',
        params: idParams,
        response: {
          200: envelope({
            type: 'object',
            properties: {
              ...invoiceSchema.properties,
              checks: { type: 'array', items: { type: 'object', additionalProperties: true } },
              fieldSources: { type: 'object', additionalProperties: { type: 'string' }, description: 'Where each field was read (library field names → xml, ofd, text, qr, ocr, template)' },
              error: { type: 'object', nullable: true, additionalProperties: true },
              source: { type: 'string', nullable: true },
            },
          }, invoiceExample),
          ...errors,
          410: errorEnvelope,
        },
      },
    },
    async (request) => ok(invoiceDetailShape(invoices.require((request.params as { id: string }).id))),
  );

  app.get(
    '/invoices/:id/file',
    {
      schema: {
        tags: [TAG],
        summary: "The invoice's original file (its fileUrl)",
        description: 'The bytes as uploaded, with their type (application/pdf, image/jpeg, image/png, application/ofd). Shown inline unless inline=false. 2001/2002 as for GET /invoices/{id}.',
        params: idParams,
        querystring: { type: 'object', additionalProperties: false, properties: { inline: { type: 'boolean', default: true } } },
        response: { 200: binary('The file as uploaded', ['application/pdf', 'image/jpeg', 'image/png', 'application/ofd']), ...errors, 410: errorEnvelope },
      },
    },
    async (request, reply) => {
      const invoice = invoices.require((request.params as { id: string }).id);
      const file = ctx.files.get(invoice.file_id)!;
      const inline = (request.query as { inline: boolean }).inline;
      reply
        .header('content-type', file.mime)
        .header('content-length', file.size)
        .header('content-disposition', `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(invoice.file_name)}`);
      return reply.send(fs.createReadStream(ctx.files.pathOf(file)));
    },
  );

  app.delete(
    '/invoices/:id',
    {
      schema: {
        tags: [TAG],
        summary: 'Delete an invoice',
        description: 'Asking for it afterwards gives 2002 (deleted). Uploading the same file again brings it back.',
        params: idParams,
        response: { 200: envelope({ type: 'null' }, null), ...errors, 410: errorEnvelope },
      },
    },
    async (request) => {
      const invoice = invoices.require((request.params as { id: string }).id);
      invoices.softDelete(invoice.id);
      return ok(null);
    },
  );
}
