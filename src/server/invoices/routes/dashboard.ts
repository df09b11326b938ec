/** GET /dashboard/stats (invoices-api.md §1.1); the definitions are in ../stats.ts and the OpenAPI description. */
import type { FastifyInstance } from 'fastify';
import { ok } from '../errors.js';
import { dashboardStats } from '../stats.js';
import type { InvoiceStore } from '../store.js';
import { TAG, envelope, errors } from './common.js';

const nullableNumber = { type: 'number', nullable: true } as const;

export async function dashboardRoutes(app: FastifyInstance, invoices: InvoiceStore): Promise<void> {
  app.get(
    '/dashboard/stats',
    {
      schema: {
        tags: [TAG],
        summary: 'Dashboard figures',
        description:
          'By the month invoices were uploaded, Beijing time. processedCount: this month\'s invoices whose extraction has ended (verified, reviewing or failed). pendingCount: this month\'s invoices waiting for extraction or review (pending, reviewing). savedTax: deductible input VAT, the sum of taxAmount of this month\'s verified vat_special invoices, each invoice once (copies with duplicateOf set are left out). Each *Change: percent change against last month, one decimal; null when last month\'s figure is 0.',
        response: {
          200: envelope(
            {
              type: 'object',
              properties: {
                processedCount: { type: 'integer' },
                processedChange: nullableNumber,
                pendingCount: { type: 'integer' },
                pendingChange: nullableNumber,
                savedTax: { type: 'number' },
                savedChange: nullableNumber,
              },
            },
            { processedCount: 1284, processedChange: 12.5, pendingCount: 12, pendingChange: -2.4, savedTax: 4590.2, savedChange: 5.8 },
          ),
          ...errors,
        },
      },
    },
    async () => ok(dashboardStats(invoices)),
  );
}
