/**
 * Extensions to invoices-api.md for the web page (not in the spec): an invoice's pages as PDF (an OFD
 * rendered by the library's OFD → PDF converter, the one merge uses) and the layout plan of a merge task
 * before it runs, computed by the merge's own code from the same options and page sizes, so a preview
 * drawn from it shows what the merged PDF will hold.
 */
import fs from 'node:fs/promises';
import type { FastifyInstance } from 'fastify';
import { sniffFileType } from '../../../core/filetype.js';
import { zipHasOfdRoot, type InputFile, type LoadedInput } from '../../../core/inputs.js';
import { layoutSheets, placeInCell } from '../../../merge/layout.js';
import { checkMergeOptions, type MergeLayoutOptions } from '../../../merge/options.js';
import { analyzeSource, ofdAsPdf, type SourceInfo } from '../../../merge/sources.js';
import { INVOICE_TYPE_LABELS } from '../../../invoice/type-labels.js';
import type { ServerContext } from '../../context.js';
import { ApiError, CODES, ok } from '../errors.js';
import type { InvoiceRow, InvoiceStore } from '../store.js';
import { TAG, binary, envelope, errorEnvelope, errors, idParams } from './common.js';

const EXTENSION = 'Extension to invoices-api.md (used by the web page).';

export async function pageRoutes(app: FastifyInstance, ctx: ServerContext, invoices: InvoiceStore): Promise<void> {
  /** The stored file as the merge reads it. */
  const loaded = async (row: InvoiceRow): Promise<LoadedInput> => {
    const file = ctx.files.get(row.file_id)!;
    const bytes = new Uint8Array(await fs.readFile(ctx.files.pathOf(file)));
    const type = sniffFileType(bytes, () => zipHasOfdRoot(bytes));
    if (!type) throw new ApiError(CODES.UNSUPPORTED_FILE, `${row.file_name} is not a document merge can place`);
    const input: InputFile = { name: row.file_name, folder: '', mtimeMs: row.created_at, size: bytes.length, read: async () => bytes, sha256: row.sha256 };
    return { file: input, bytes, type, sha256: row.sha256 };
  };

  app.get(
    '/invoices/:id/pdf',
    {
      schema: {
        tags: [TAG],
        summary: "The invoice's pages as PDF (extension)",
        description: `${EXTENSION} A PDF as uploaded; an OFD rendered to vector PDF by the converter merge uses (cached by content). Images have no PDF here (1002): their fileUrl is drawn as it is.`,
        params: idParams,
        response: { 200: binary('The pages as PDF', ['application/pdf']), ...errors, 410: errorEnvelope, 415: errorEnvelope },
      },
    },
    async (request, reply) => {
      const row = invoices.require((request.params as { id: string }).id);
      if (row.file_type !== 'pdf' && row.file_type !== 'ofd') throw new ApiError(CODES.UNSUPPORTED_FILE, `${row.file_name} is an image, not a document with pages`);
      const input = await loaded(row);
      const pdf = input.type === 'ofd' ? await ofdAsPdf(input, ctx.runtime.limits, ctx.runtime.cache, ctx.runtime.imageDecoder) : input.bytes;
      return reply.type('application/pdf').header('cache-control', 'private, max-age=3600').send(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
    },
  );

  app.post(
    '/merge-tasks/plan',
    {
      schema: {
        tags: [TAG],
        summary: 'The layout a merge task would produce (extension)',
        description: `${EXTENSION} Takes the body of POST /merge-tasks (outputType optional) and answers where every page of every invoice would land, computed by the merge's own layout code with the server's merge defaults: the sheet size in points, the cells, and per invoice per page its sheet and cell (0-based), the placed box (points, PDF space: origin bottom left) and the extra rotation (0 or 90: turned counter-clockwise). Nothing is queued.`,
        body: {
          type: 'object',
          required: ['invoiceIds'],
          additionalProperties: false,
          properties: {
            invoiceIds: { type: 'array', minItems: 1, maxItems: 1000, items: { type: 'string' } },
            outputType: { type: 'string', enum: ['pdf', 'zip'] },
            layout: { type: 'object', additionalProperties: true },
          },
        },
        response: {
          200: envelope(
            { type: 'object', additionalProperties: true },
            {
              sheet: { width: 595.28, height: 841.89 }, orientation: 'portrait', sheets: 1, labelBand: 0, labels: false, pageNumbers: false,
              cells: [{ x: 28.35, y: 432.11, width: 538.58, height: 381.43 }, { x: 28.35, y: 36.35, width: 538.58, height: 381.43 }],
              invoices: [{ id: 'inv_001', label: '增值税专用发票', pages: [{ sheet: 0, cell: 0, width: 595.28, height: 396.85, box: { x: 28.35, y: 443.85, width: 538.58, height: 359.05 }, rotation: 0 }] }],
            },
          ),
          ...errors,
          410: errorEnvelope,
        },
      },
    },
    async (request) => {
      const body = request.body as { invoiceIds: string[]; layout?: MergeLayoutOptions };
      let o;
      try {
        o = checkMergeOptions(body.layout ?? {}, ctx.runtime.config.merge);
      } catch (err) {
        throw new ApiError(CODES.BAD_PARAMETER, (err as Error).message);
      }
      const rows = body.invoiceIds.map((id) => invoices.require(id));
      const unreadable = rows.filter((r) => r.status === 'failed');
      if (unreadable.length > 0) throw new ApiError(CODES.EXTRACTION_FAILED, `these invoices could not be read and cannot be laid out: ${unreadable.map((r) => r.id).join(', ')}`, { invoiceIds: unreadable.map((r) => r.id) });
      const infos: SourceInfo[] = [];
      for (const row of rows) infos.push((await analyzeSource(await loaded(row), ctx.runtime.limits, ctx.runtime.cache, ctx.runtime.imageDecoder)).info);
      const layout = layoutSheets(o, infos.map((i) => i.pages));
      return ok({
        sheet: layout.sheet,
        orientation: layout.orientation,
        sheets: layout.sheets,
        cells: layout.cells,
        labelBand: layout.labelBand,
        labels: o.labels,
        pageNumbers: o.pageNumbers,
        invoices: rows.map((row, doc) => ({
          id: row.id,
          label: INVOICE_TYPE_LABELS[row.type ?? 'other'] ?? INVOICE_TYPE_LABELS.other,
          pages: layout.plan[doc].map((ref, page) => {
            const size = infos[doc].pages[page];
            const fit = placeInCell(layout, layout.cells[ref.cell], size);
            return { sheet: ref.sheet, cell: ref.cell, width: size.width, height: size.height, box: { x: fit.x, y: fit.y, width: fit.width, height: fit.height }, rotation: fit.rotation };
          }),
        })),
      });
    },
  );
}
